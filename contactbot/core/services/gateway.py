"""The seam between services and the homeserver: what services may ask of Matrix.

Services depend on this Protocol only; ``core.transport.matrix_client`` implements it over
the client-server API, and tests use a recording fake.
"""

from __future__ import annotations

from typing import Any, Protocol

JSON = dict[str, Any]


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

    async def ping_homeserver(self) -> int | None:
        """Ask the homeserver to ping us back; its round-trip ms, or None if unsupported."""
        ...
