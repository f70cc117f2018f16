"""Operations: health of each dependency, Prometheus metrics, structured logs with a request id.

Infrastructure only: nothing here knows a content type. See docs/observability.md.
"""
