from django.apps import AppConfig


class BenchConfig(AppConfig):
    """Declares, for the peers only, the same fields our GraphQL listing exposes."""

    name = "bench"
    label = "bench"

    def ready(self):
        from bench.peers import declare_peer_fields

        declare_peer_fields()
