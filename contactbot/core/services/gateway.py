"""The seam between services and the homeserver: what services may ask of Matrix.

Services depend on this Protocol only; ``core.transport.matrix_client`` implements it over
the client-server API, and tests use a recording fake.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

JSON = dict[str, Any]


@dataclass(frozen=True, slots=True)
class ProfileAnswer:
    """How the homeserver answered a profile request, read defensively.

    ``body`` is the parsed JSON (``None`` when it was not JSON, was not read because the status
    was 5xx, or was larger than the cap: then ``oversized``); ``retry_after_ms`` comes from a
    429's body or its ``Retry-After`` header.
    """

    status: int
    body: object = None
    retry_after_ms: int | None = None
    oversized: bool = False


class MatrixGateway(Protocol):
    """Client-server calls, made as the bot unless ``as_user`` names another namespace user."""

    bot_user_id: str

    async def send_message(
        self, room_id: str, content: JSON, *, txn_id: str | None = None, event_type: str = ...
    ) -> str:
        """Send a room event and return its event ID. ``txn_id`` makes a retry idempotent."""
        ...

    async def send_state(
        self, room_id: str, event_type: str, content: JSON, state_key: str = ""
    ) -> str: ...

    async def get_state(self, room_id: str) -> list[JSON]:
        """The room's full current state as raw events."""
        ...

    async def get_state_event(
        self, room_id: str, event_type: str, state_key: str = ""
    ) -> JSON | None:
        """One state event's content, or None when it is not set."""
        ...

    async def get_joined_members(self, room_id: str) -> dict[str, str | None]:
        """User ID → display name of every joined member."""
        ...

    async def join_room(self, room_id: str) -> None: ...

    async def leave_room(self, room_id: str, reason: str | None = None) -> None: ...

    async def kick(self, room_id: str, user_id: str, reason: str) -> None: ...

    async def ban(self, room_id: str, user_id: str, reason: str) -> None: ...

    async def redact(self, room_id: str, event_id: str, reason: str | None = None) -> None: ...

    async def get_profile(self, user_id: str) -> JSON | None:
        """The user's whole profile (all fields), or None on 404."""
        ...

    async def fetch_profile(
        self, user_id: str, *, key: str | None = None, max_bytes: int, timeout: float
    ) -> ProfileAnswer:
        """``GET /profile/{userId}`` (or one ``key`` of it), whatever the status code; bodies
        over ``max_bytes`` are not read. Raises ``HomeserverUnavailable`` when unreachable."""
        ...

    async def client_versions(self) -> JSON | None:
        """``GET /_matrix/client/versions``, or None when it cannot be read."""
        ...

    def as_user(self, user_id: str) -> MatrixGateway:
        """The same calls made as another user of the appservice's namespace."""
        ...

    async def ensure_registered(self) -> None:
        """Register this namespace user if the homeserver does not know it yet."""
        ...

    async def invite(self, room_id: str, user_id: str) -> None: ...

    async def joined_rooms(self) -> set[str]:
        """Rooms this user is joined to, as the homeserver sees it."""
        ...

    async def ping_homeserver(self) -> int | None:
        """Ask the homeserver to ping us back; its round-trip ms, or None if unsupported."""
        ...
