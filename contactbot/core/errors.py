"""The exception hierarchy. A ``UserError`` message is safe to show to the user who caused it."""

from __future__ import annotations


class ContactbotError(Exception):
    """Base class of every error contactbot raises on purpose."""


class UserError(ContactbotError):
    """The user asked for something wrong; ``message`` is replied to them as-is."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class PermissionDenied(UserError):
    """The sender lacks the power level or role the action needs."""


class NotFound(UserError):
    """The thing the user named does not exist."""


class ConfigError(ContactbotError):
    """The configuration is unusable; the message names the key."""

    def __init__(self, key: str, message: str) -> None:
        super().__init__(f"{key}: {message}")
        self.key = key


class DatabaseUnavailable(ContactbotError):
    """PostgreSQL cannot be reached; callers answer 5xx so the homeserver retries."""


class HomeserverUnavailable(ContactbotError):
    """The homeserver could not be reached or failed (5xx); the work is retried later."""


class HomeserverRefused(ContactbotError):
    """The homeserver answered with an error of the request's own making (4xx, bar 429).

    Retrying would not help. ``errcode`` is the Matrix error code (``M_FORBIDDEN`` …) so callers
    can tell a missing power level from a missing room without knowing the client library.
    """

    def __init__(self, errcode: str, message: str, http_status: int) -> None:
        super().__init__(f"{errcode}: {message}" if errcode else message)
        self.errcode = errcode
        self.message = message
        self.http_status = http_status

    @property
    def not_found(self) -> bool:
        return self.http_status == 404 or self.errcode == "M_NOT_FOUND"


class SchemaTooNew(ContactbotError):
    """The database was migrated by a newer contactbot than this one."""
