"""Recorded contact state events, as the contacts storage returns them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from contactbot.core.domain.jsonsafe import canonical_json
from contactbot.features.contacts.domain.assessment import Validity
from contactbot.features.contacts.domain.contacts import STATE_TYPES

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
    # The order the bot saw it in (its history ID); 0 when not known.
    seen: int = 0


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One recorded change; ``requested_by`` is who asked the bot to send it, if anyone.

    A redaction is recorded as an entry of validity ``redacted`` whose event is the redaction
    itself (sender, time, ID) and whose ``redacts`` names the contact event it removed.
    """

    id: int
    event: ContactEvent
    requested_by: str | None
    recorded_at: datetime
    redacts: str | None = None


@dataclass(frozen=True, slots=True)
class RoomContactState:
    """A room's current contact events by type, and the preset it follows (if any)."""

    room_id: str
    events: Mapping[str, ContactEvent]
    preset: str | None


def _later(a: ContactEvent, b: ContactEvent) -> ContactEvent:
    if a.source == "state" and b.source == "state":
        # Read together from the room's state on join, in no particular order: their
        # timestamps are the best hint of which was sent last.
        return a if (a.origin_server_ts, a.seen) >= (b.origin_server_ts, b.seen) else b
    return a if a.seen >= b.seen else b


def latest_event(state: RoomContactState) -> ContactEvent | None:
    """The most recent unredacted contact event of either type, empty or not."""
    latest: ContactEvent | None = None
    for event_type in STATE_TYPES:
        event = state.events.get(event_type)
        if event is None or event.validity is Validity.REDACTED:
            continue
        latest = event if latest is None else _later(latest, event)
    return latest


def effective_event(state: RoomContactState) -> ContactEvent | None:
    """The event that counts: the most recent of the two types, by the order the bot saw them.

    Empty content clears (None), whichever type it was sent as; a redacted event does not
    count at all, so the other type's event applies if it has content.
    """
    latest = latest_event(state)
    if latest is None or not isinstance(latest.content, Mapping) or not latest.content:
        return None
    return latest


def disagreement(state: RoomContactState) -> tuple[ContactEvent, ContactEvent] | None:
    """``(in effect, ignored)`` when both types hold contacts that differ, else None."""
    effective = effective_event(state)
    if effective is None:
        return None
    for event_type in STATE_TYPES:
        other = state.events.get(event_type)
        if (
            other is not None
            and other.event_type != effective.event_type
            and other.validity is not Validity.REDACTED
            and isinstance(other.content, Mapping)
            and other.content
            and canonical_json(other.content) != canonical_json(effective.content)
        ):
            return effective, other
    return None
