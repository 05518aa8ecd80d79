"""Room events as the handlers see them: validated once, typed, never trusted further."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

JSON = dict[str, Any]


class MalformedEvent(ValueError):
    """The event lacks what every room event must have; it is stored and reported, not run."""


@dataclass(frozen=True, slots=True)
class RoomEvent:
    event_id: str
    room_id: str
    sender: str
    type: str
    content: JSON
    state_key: str | None = None
    origin_server_ts: int = 0
    unsigned: JSON = field(default_factory=dict)
    raw: JSON = field(default_factory=dict, repr=False, compare=False)
    # Where the handler got it from: "transaction" (pushed by the homeserver) or "state"
    # (read from the room's state when the bot joined).
    source: str = "transaction"

    @property
    def is_state(self) -> bool:
        return self.state_key is not None

    @property
    def prev_content(self) -> JSON:
        prev = self.unsigned.get("prev_content")
        return prev if isinstance(prev, dict) else {}

    @classmethod
    def parse(cls, raw: object, *, source: str = "transaction") -> RoomEvent:
        """Validate the fields every room event has; raise ``MalformedEvent`` saying what's off."""
        if not isinstance(raw, dict):
            raise MalformedEvent(f"event is a {type(raw).__name__}, not an object")
        problems = [
            name
            for name in ("event_id", "room_id", "sender", "type")
            if not isinstance(raw.get(name), str) or not raw.get(name)
        ]
        if problems:
            raise MalformedEvent("missing or non-string " + ", ".join(problems))
        content = raw.get("content", {})
        if not isinstance(content, dict):
            raise MalformedEvent("content is not an object")
        state_key = raw.get("state_key")
        if state_key is not None and not isinstance(state_key, str):
            raise MalformedEvent("state_key is not a string")
        ts = raw.get("origin_server_ts", 0)
        unsigned = raw.get("unsigned", {})
        return cls(
            event_id=raw["event_id"],
            room_id=raw["room_id"],
            sender=raw["sender"],
            type=raw["type"],
            content=content,
            state_key=state_key,
            origin_server_ts=ts if isinstance(ts, int) and not isinstance(ts, bool) else 0,
            unsigned=unsigned if isinstance(unsigned, dict) else {},
            raw=raw,
            source=source,
        )
