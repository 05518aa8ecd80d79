"""Recorded contact state events, as the contacts storage returns them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from contactbot.features.contacts.domain.assessment import Validity
from contactbot.features.contacts.domain.contacts import STATE_TYPE, UNSTABLE_STATE_TYPE
from contactbot.features.contacts.domain.parsing import effective_content

# transaction | state (read when the bot joined) | bot (sent by the bot itself)
EventSource = Literal["transaction", "state", "bot"]


@dataclass(frozen=True, slots=True)
class ContactEvent:
    """A contact state event as stored. ``content`` is the raw content (made storable)."""

    room_id: str
    event_type: str
    content: Any
    event_id: str
    sender: str
    origin_server_ts: int
    validity: Validity
    problems: tuple[str, ...]
    source: EventSource


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One recorded change; ``requested_by`` is who asked the bot to send it, if anyone."""

    id: int
    event: ContactEvent
    requested_by: str | None
    recorded_at: datetime


@dataclass(frozen=True, slots=True)
class RoomContactState:
    """A room's current contact events by type, and the preset it follows (if any)."""

    room_id: str
    events: Mapping[str, ContactEvent]
    preset: str | None


def effective_event(state: RoomContactState) -> ContactEvent | None:
    """The event that counts: the stable one unless it is unset or empty."""
    stable = state.events.get(STATE_TYPE)
    unstable = state.events.get(UNSTABLE_STATE_TYPE)
    chosen = effective_content(
        stable.content if stable else None, unstable.content if unstable else None
    )
    if chosen is None:
        return None
    return state.events[chosen[0]]
