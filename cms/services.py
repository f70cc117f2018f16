"""What every service shares: the refusal a business rule raises, free of any API."""


class ServiceError(Exception):
    """A business rule refused the action: a French message, a stable code, optionally a field."""

    def __init__(self, message, code="INVALID", field=None):
        super().__init__(message)
        self.message = message
        self.code = code
        self.field = field
