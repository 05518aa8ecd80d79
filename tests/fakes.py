"""A recording stand-in for the homeserver, for tests below the end-to-end level."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import Any

from contactbot.core.errors import HomeserverUnavailable
from contactbot.core.services.gateway import ProfileAnswer

JSON = dict[str, Any]


@dataclass
class Sent:
    room_id: str
    event_type: str
    content: JSON
    txn_id: str | None
    state_key: str | None = None


@dataclass
class FakeGateway:
    """Implements ``MatrixGateway``; every call is recorded in ``calls``, messages in ``sent``."""

    bot_user_id: str = "@contactbot:example.org"
    sent: list[Sent] = field(default_factory=list)
    calls: list[tuple[Any, ...]] = field(default_factory=list)
    state: dict[str, list[JSON]] = field(default_factory=dict)
    members: dict[str, dict[str, str | None]] = field(default_factory=dict)
    profiles: dict[str, JSON] = field(default_factory=dict)
    fail_sends: int = 0
    # While True, every call that reaches the homeserver fails as an outage would.
    down: bool = False
    # After this many more successful sends, the next send fails once (then it is cleared).
    fail_sends_after: int | None = None
    # Profile answers that are not a plain 200/404 (status code, body), by user ID.
    profile_answers: dict[str, ProfileAnswer] = field(default_factory=dict)
    versions: JSON | None = None
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    _txns: dict[str, str] = field(default_factory=dict)

    def _event_id(self) -> str:
        return f"$sent{next(self._ids)}"

    async def send_message(
        self,
        room_id: str,
        content: JSON,
        *,
        txn_id: str | None = None,
        event_type: str = "m.room.message",
    ) -> str:
        if self.down:
            raise HomeserverUnavailable("homeserver down (fake)")
        if self.fail_sends_after == 0:
            self.fail_sends_after = None
            self.fail_sends += 1
        if self.fail_sends > 0:
            self.fail_sends -= 1
            raise HomeserverUnavailable("homeserver unreachable (fake)")
        # Like a homeserver, a repeated transaction ID returns the first event, sends nothing.
        if txn_id is not None and txn_id in self._txns:
            return self._txns[txn_id]
        if self.fail_sends_after is not None:
            self.fail_sends_after -= 1
        event_id = self._event_id()
        if txn_id is not None:
            self._txns[txn_id] = event_id
        self.sent.append(Sent(room_id, event_type, content, txn_id))
        return event_id

    async def send_state(
        self, room_id: str, event_type: str, content: JSON, state_key: str = ""
    ) -> str:
        self.sent.append(Sent(room_id, event_type, content, None, state_key))
        event_id = self._event_id()
        # Like a homeserver, the room's state now holds the event (what get_state answers).
        room_state = self.state.setdefault(room_id, [])
        room_state[:] = [
            e for e in room_state if (e.get("type"), e.get("state_key")) != (event_type, state_key)
        ]
        room_state.append(
            {
                "type": event_type,
                "state_key": state_key,
                "content": dict(content),
                "sender": self.bot_user_id,
                "event_id": event_id,
                "room_id": room_id,
                "origin_server_ts": 1_700_000_000_000,
            }
        )
        return event_id

    async def get_state(self, room_id: str) -> list[JSON]:
        if self.down:
            raise HomeserverUnavailable("homeserver down (fake)")
        self.calls.append(("get_state", room_id))
        return [dict(e) for e in self.state.get(room_id, [])]

    async def get_state_event(
        self, room_id: str, event_type: str, state_key: str = ""
    ) -> JSON | None:
        for event in self.state.get(room_id, []):
            if event.get("type") == event_type and event.get("state_key") == state_key:
                content = event.get("content")
                return dict(content) if isinstance(content, dict) else None
        return None

    async def get_joined_members(self, room_id: str) -> dict[str, str | None]:
        return dict(self.members.get(room_id, {}))

    async def join_room(self, room_id: str) -> None:
        self.calls.append(("join", room_id))

    async def leave_room(self, room_id: str, reason: str | None = None) -> None:
        self.calls.append(("leave", room_id, reason))

    async def kick(self, room_id: str, user_id: str, reason: str) -> None:
        self.calls.append(("kick", room_id, user_id, reason))

    async def ban(self, room_id: str, user_id: str, reason: str) -> None:
        self.calls.append(("ban", room_id, user_id, reason))

    async def redact(self, room_id: str, event_id: str, reason: str | None = None) -> None:
        self.calls.append(("redact", room_id, event_id, reason))

    async def get_profile(self, user_id: str) -> JSON | None:
        profile = self.profiles.get(user_id)
        return dict(profile) if profile is not None else None

    async def fetch_profile(
        self, user_id: str, *, key: str | None = None, max_bytes: int, timeout: float
    ) -> ProfileAnswer:
        self.calls.append(("fetch_profile", user_id, key))
        if user_id in self.profile_answers:
            return self.profile_answers[user_id]
        profile = self.profiles.get(user_id)
        if profile is None or (key is not None and key not in profile):
            return ProfileAnswer(404, {"errcode": "M_NOT_FOUND", "error": "Profile not found"})
        return ProfileAnswer(200, dict(profile) if key is None else {key: profile[key]})

    async def client_versions(self) -> JSON | None:
        return self.versions

    def as_user(self, user_id: str) -> FakeGateway:
        # Shares the recordings, so a test sees what every namespace user did.
        self.calls.append(("as_user", user_id))
        return self

    async def ensure_registered(self) -> None:
        self.calls.append(("ensure_registered",))

    async def invite(self, room_id: str, user_id: str) -> None:
        self.calls.append(("invite", room_id, user_id))

    async def joined_rooms(self) -> set[str]:
        return set()

    async def ping_homeserver(self) -> int | None:
        return 1

    def messages(self, room_id: str | None = None) -> list[JSON]:
        return [
            s.content
            for s in self.sent
            if s.event_type == "m.room.message" and (room_id is None or s.room_id == room_id)
        ]
