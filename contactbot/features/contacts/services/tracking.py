"""Tracking room contact state events (MSC4489): every change recorded, the current one kept.

Every ``m.room.contact`` / ``net.codestorm.msc4489.contact`` event with state key ``""`` is
recorded, valid or not, with who sent it and when; the current event of each type is kept so
that the effective one can be chosen on read.
"""

from __future__ import annotations

import logging
from collections import OrderedDict

from contactbot.core.domain.events import RoomEvent
from contactbot.core.domain.jsonsafe import sanitise_json
from contactbot.core.storage.database import Database
from contactbot.features.contacts.domain.assessment import Validity, assess
from contactbot.features.contacts.domain.contacts import STATE_KEY, STATE_TYPES
from contactbot.features.contacts.domain.parsing import (
    EMPTY_CONTACT_INFO,
    ContactInfo,
    parse_room_contacts,
)
from contactbot.features.contacts.domain.records import (
    ContactEvent,
    EventSource,
    HistoryEntry,
    RoomContactState,
)
from contactbot.features.contacts.storage.contacts import ContactRepository, ContactView

log = logging.getLogger(__name__)

# Parsed contents kept in memory, by event ID (events are immutable, so entries never go stale).
PARSED_CACHE_ENTRIES = 4096


class ContactTracker:
    """Records contact state events and reads back a room's contact state and history."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._parsed: OrderedDict[str, ContactInfo] = OrderedDict()

    async def handle_state_event(self, event: RoomEvent) -> None:
        """Record a contact state event from a transaction or from the state read on join."""
        if event.type not in STATE_TYPES or event.state_key != STATE_KEY:
            return
        source: EventSource = "state" if event.source == "state" else "transaction"
        if event.unsigned.get("redacted_because") is not None:
            # State read after a redaction: the content is gone, and so is the claim.
            await self._record_redacted_state(event, source)
            return
        await self.record(
            room_id=event.room_id,
            event_type=event.type,
            content=event.content,
            event_id=event.event_id,
            sender=event.sender,
            origin_server_ts=event.origin_server_ts,
            source=source,
        )

    async def record(
        self,
        *,
        room_id: str,
        event_type: str,
        content: object,
        event_id: str,
        sender: str,
        origin_server_ts: int,
        source: EventSource,
        requested_by: str | None = None,
    ) -> bool:
        """Record one event; False when it was recorded before (a replay)."""
        stored = sanitise_json(content)
        result = assess(stored.value)
        problems = list(result.problems)
        if stored.truncated:
            problems.append("The content is nested too deeply; the deepest levels were dropped.")
        if stored.replaced:
            problems.append("The content holds NUL, unpaired surrogates or non-finite numbers.")
        validity = result.validity
        if problems and validity is Validity.VALID:
            validity = Validity.PARTIAL
        event = ContactEvent(
            room_id=room_id,
            event_type=event_type,
            content=stored.value,
            event_id=event_id,
            sender=sender,
            origin_server_ts=origin_server_ts,
            validity=validity,
            problems=tuple(problems),
            source=source,
        )
        async with self.db.transaction() as session:
            repo = ContactRepository(session)
            # Transactions deliver a room's events in order, so a new event is the latest.
            if await repo.record(event, requested_by=requested_by) is not None:
                log.info(
                    "Room %s: %s %s from %s is %s", room_id, event_type, event_id, sender, validity
                )
                return True
            await self._reassert(repo, event)
        return False

    async def handle_redaction(self, event: RoomEvent) -> None:
        """Record a redaction of a contact event; the redacted event stops counting at once."""
        redacts = event.content.get("redacts", event.raw.get("redacts"))
        if not isinstance(redacts, str) or not redacts:
            return
        async with self.db.transaction() as session:
            repo = ContactRepository(session)
            target = await repo.recorded(redacts)
            if target is None or target.event.room_id != event.room_id:
                return
            redaction = ContactEvent(
                room_id=event.room_id,
                event_type=target.event.event_type,
                content={},
                event_id=event.event_id,
                sender=event.sender,
                origin_server_ts=event.origin_server_ts,
                validity=Validity.REDACTED,
                problems=(),
                source="transaction",
            )
            if await repo.record(redaction, redacts=redacts, current=False) is None:
                return  # a replay of the redaction
            await self._drop_if_current(repo, target.event)
        log.info("Room %s: %s redacted by %s", event.room_id, redacts, event.sender)

    @staticmethod
    async def _drop_if_current(repo: ContactRepository, target: ContactEvent) -> None:
        current = (await repo.state(target.room_id)).events.get(target.event_type)
        if current is not None and current.event_id == target.event_id:
            # The row keeps the event's ID, as the room's state does after a redaction.
            await repo.make_current(
                ContactEvent(
                    room_id=target.room_id,
                    event_type=target.event_type,
                    content={},
                    event_id=target.event_id,
                    sender=target.sender,
                    origin_server_ts=target.origin_server_ts,
                    validity=Validity.REDACTED,
                    problems=(),
                    source=target.source,
                )
            )

    async def _record_redacted_state(self, event: RoomEvent, source: EventSource) -> None:
        redacted = ContactEvent(
            room_id=event.room_id,
            event_type=event.type,
            content={},
            event_id=event.event_id,
            sender=event.sender,
            origin_server_ts=event.origin_server_ts,
            validity=Validity.REDACTED,
            problems=(),
            source=source,
        )
        async with self.db.transaction() as session:
            repo = ContactRepository(session)
            known = await repo.recorded(event.event_id)
            if known is None:
                await repo.record(redacted)
            elif source == "state":
                # The state read says this redacted event is the current one of its type.
                await repo.make_current(redacted)

    @staticmethod
    async def _reassert(repo: ContactRepository, event: ContactEvent) -> None:
        """A replay of a recorded event: put it back in effect if order says it is the latest.

        State read on join, and events the bot sent (recorded before the homeserver echoes
        them), were recorded ahead of their place in the room's order. Transaction events
        processed since then come earlier in that order, even though they were recorded later:
        the event's echo (or the state read again) shows where it really stands, so it becomes
        current again.
        """
        known = await repo.recorded(event.event_id)
        if known is None:
            return
        from_ahead = known.event.source in ("state", "bot") and event.source == "transaction"
        if not (from_ahead or event.source == "state"):
            log.debug("Contact event %s in %s was recorded before", event.event_id, event.room_id)
            return
        current = (await repo.state(event.room_id)).events.get(event.event_type)
        if current is not None and current.validity is Validity.REDACTED:
            return  # a redaction is final; the replay must not bring the content back
        if current is not None and (current.event_id != event.event_id or from_ahead):
            # Made current again, it also counts as the latest seen of the two types.
            log.info(
                "Room %s: %s %s is in effect again (it is later than %s)",
                event.room_id,
                event.event_type,
                event.event_id,
                current.event_id,
            )
            await repo.make_current(known.event)

    async def room_state(self, room_id: str) -> RoomContactState:
        """The room's current contact events and preset."""
        async with self.db.transaction() as session:
            return await ContactRepository(session).state(room_id)

    async def view(self, room_id: str) -> ContactView:
        """The room and its contact state, in one query (the ``!contact`` hot path)."""
        async with self.db.transaction() as session:
            return await ContactRepository(session).view(room_id)

    async def history(self, room_id: str, limit: int) -> list[HistoryEntry]:
        """The room's latest recorded contact changes, newest first."""
        async with self.db.transaction() as session:
            return await ContactRepository(session).history(room_id, limit)

    def parsed(self, event: ContactEvent) -> ContactInfo:
        """The validated content of ``event`` (cached: events never change, bar redaction)."""
        if event.validity in (Validity.REDACTED, Validity.EMPTY):
            return EMPTY_CONTACT_INFO
        info = self._parsed.get(event.event_id)
        if info is None:
            info = parse_room_contacts(event.content)
            self._parsed[event.event_id] = info
            while len(self._parsed) > PARSED_CACHE_ENTRIES:
                self._parsed.popitem(last=False)
        return info
