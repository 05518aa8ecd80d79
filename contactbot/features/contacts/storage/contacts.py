"""Room contact state (MSC4489): the current event per room and type, history, presets."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import cast

from sqlalchemy import BigInteger, Text, column, delete, func, select, text
from sqlalchemy.dialects.postgresql import JSONB, insert
from sqlalchemy.ext.asyncio import AsyncSession

from contactbot.core.storage.rooms import Room, room_from_columns
from contactbot.features.contacts.domain.assessment import Validity
from contactbot.features.contacts.domain.records import (
    ContactEvent,
    EventSource,
    HistoryEntry,
    RoomContactState,
)
from contactbot.features.contacts.storage.models import (
    SEEN_SEQUENCE,
    RoomContactHistoryRow,
    RoomContactPresetRow,
    RoomContactStateRow,
)

_VIEW_SQL = text(
    """
        SELECT r.membership, r.room_version, r.creator, r.additional_creators, r.power_levels,
               r.name, s.event_type, s.content, s.event_id, s.sender, s.origin_server_ts,
               s.validity, s.problems, s.source, p.preset, s.seen
        FROM room r
        LEFT JOIN room_contact_state s ON s.room_id = r.room_id
        LEFT JOIN room_contact_preset p ON p.room_id = r.room_id
        WHERE r.room_id = :room_id
        """
).columns(
    column("membership", Text),
    column("room_version", Text),
    column("creator", Text),
    column("additional_creators", JSONB),
    column("power_levels", JSONB),
    column("name", Text),
    column("event_type", Text),
    column("content", JSONB),
    column("event_id", Text),
    column("sender", Text),
    column("origin_server_ts", BigInteger),
    column("validity", Text),
    column("problems", JSONB),
    column("source", Text),
    column("preset", Text),
    column("seen", BigInteger),
)


@dataclass(frozen=True, slots=True)
class ContactView:
    """What answering ``!contact`` needs about a room, read in one query."""

    room: Room | None
    state: RoomContactState


def _problems(value: object) -> tuple[str, ...]:
    return tuple(str(p) for p in value) if isinstance(value, list) else ()


def _validity(value: str) -> Validity:
    try:
        return Validity(value)
    except ValueError:
        # Rows are written by this code only; an unknown word would be a newer version's.
        return Validity.INVALID


def _source(value: str) -> EventSource:
    return cast(EventSource, value) if value in ("transaction", "state", "bot") else "transaction"


def _event(
    row: RoomContactStateRow | RoomContactHistoryRow, seen: int | None = None
) -> ContactEvent:
    return ContactEvent(
        room_id=row.room_id,
        event_type=row.event_type,
        content=row.content,
        event_id=row.event_id,
        sender=row.sender,
        origin_server_ts=row.origin_server_ts,
        validity=_validity(row.validity),
        problems=_problems(row.problems),
        source=_source(row.source),
        seen=seen or 0,
    )


def _entry(row: RoomContactHistoryRow) -> HistoryEntry:
    return HistoryEntry(
        row.id, _event(row, row.id), row.requested_by, row.recorded_at, row.redacts
    )


_ROOM_NAMES_SQL = text("SELECT room_id, name FROM room WHERE room_id = ANY(:room_ids)")


class ContactRepository:
    """Contact events (current and history) and preset membership of rooms."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def record(
        self,
        event: ContactEvent,
        *,
        requested_by: str | None = None,
        redacts: str | None = None,
        current: bool = True,
    ) -> int | None:
        """Add ``event`` to the history and make it the room's current one of its type.

        Returns the history ID, or None when the event ID was recorded before (a replay), in
        which case nothing changes. ``event.content`` must already be storable.
        """
        inserted = await self.session.scalar(
            insert(RoomContactHistoryRow)
            .values(
                room_id=event.room_id,
                event_type=event.event_type,
                content=event.content,
                sender=event.sender,
                event_id=event.event_id,
                origin_server_ts=event.origin_server_ts,
                validity=event.validity,
                problems=list(event.problems),
                source=event.source,
                requested_by=requested_by,
                redacts=redacts,
            )
            .on_conflict_do_nothing(index_elements=[RoomContactHistoryRow.event_id])
            .returning(RoomContactHistoryRow.id)
        )
        if inserted is None:
            return None
        if current:
            await self.make_current(event)
        return int(inserted)

    async def make_current(self, event: ContactEvent) -> None:
        """Make ``event`` the room's current event of its type."""
        values = {
            "content": event.content,
            "event_id": event.event_id,
            "sender": event.sender,
            "origin_server_ts": event.origin_server_ts,
            "validity": event.validity,
            "problems": list(event.problems),
            "source": event.source,
        }
        stmt = insert(RoomContactStateRow).values(
            room_id=event.room_id, event_type=event.event_type, **values
        )
        await self.session.execute(
            stmt.on_conflict_do_update(
                index_elements=[RoomContactStateRow.room_id, RoomContactStateRow.event_type],
                set_={**values, "updated_at": func.now(), "seen": func.nextval(SEEN_SEQUENCE)},
            )
        )

    async def recorded(self, event_id: str) -> HistoryEntry | None:
        """The history entry of ``event_id``, if it was recorded."""
        row = await self.session.scalar(
            select(RoomContactHistoryRow).where(RoomContactHistoryRow.event_id == event_id)
        )
        return _entry(row) if row else None

    async def state(self, room_id: str) -> RoomContactState:
        """The room's current contact events (possibly none) and its preset."""
        rows = await self.session.scalars(
            select(RoomContactStateRow).where(RoomContactStateRow.room_id == room_id)
        )
        preset = await self.session.scalar(
            select(RoomContactPresetRow.preset).where(RoomContactPresetRow.room_id == room_id)
        )
        return RoomContactState(room_id, {r.event_type: _event(r, r.seen) for r in rows}, preset)

    async def view(self, room_id: str) -> ContactView:
        """The room (as ``RoomRepository.get`` gives it) and its contact state, one round trip.

        ``!contact`` is the hot path: one query instead of three.
        """
        # Plain SQL: this runs for every !contact, and skipping ORM entities halves its cost.
        rows = (await self.session.execute(_VIEW_SQL, {"room_id": room_id})).all()
        if not rows:
            return ContactView(None, await self.state(room_id))
        first = rows[0]
        room = room_from_columns(
            room_id,
            first.membership,
            first.room_version,
            first.creator,
            first.additional_creators,
            first.power_levels,
            first.name,
        )
        events = {
            row.event_type: ContactEvent(
                room_id=room_id,
                event_type=row.event_type,
                content=row.content,
                event_id=row.event_id,
                sender=row.sender,
                origin_server_ts=row.origin_server_ts,
                validity=_validity(row.validity),
                problems=_problems(row.problems),
                source=_source(row.source),
                seen=row.seen or 0,
            )
            for row in rows
            if row.event_type is not None
        }
        return ContactView(room, RoomContactState(room_id, events, first.preset))

    async def history(self, room_id: str, limit: int) -> list[HistoryEntry]:
        """The room's latest ``limit`` recorded changes, newest first."""
        rows = await self.session.scalars(
            select(RoomContactHistoryRow)
            .where(RoomContactHistoryRow.room_id == room_id)
            .order_by(RoomContactHistoryRow.id.desc())
            .limit(limit)
        )
        return [_entry(r) for r in rows]

    async def count_history(self, room_id: str) -> int:
        """How many changes were recorded for the room."""
        return int(
            await self.session.scalar(
                select(func.count())
                .select_from(RoomContactHistoryRow)
                .where(RoomContactHistoryRow.room_id == room_id)
            )
            or 0
        )

    async def set_preset(self, room_id: str, preset: str | None, set_by: str) -> None:
        """Make the room follow ``preset``, or no preset when None."""
        if preset is None:
            await self.session.execute(
                delete(RoomContactPresetRow).where(RoomContactPresetRow.room_id == room_id)
            )
            return
        stmt = insert(RoomContactPresetRow).values(room_id=room_id, preset=preset, set_by=set_by)
        await self.session.execute(
            stmt.on_conflict_do_update(
                index_elements=[RoomContactPresetRow.room_id],
                set_={"preset": preset, "set_by": set_by, "set_at": func.now()},
            )
        )

    async def following(self, preset: str | None = None) -> list[RoomContactState]:
        """Rooms that follow ``preset`` (any preset when None), with their current events."""
        query = select(RoomContactPresetRow.room_id, RoomContactPresetRow.preset)
        if preset is not None:
            query = query.where(RoomContactPresetRow.preset == preset)
        presets = {room_id: name for room_id, name in await self.session.execute(query)}
        if not presets:
            return []
        events: dict[str, dict[str, ContactEvent]] = {room_id: {} for room_id in presets}
        # A join, not "IN (...)": a preset may be followed by more rooms than a query may have
        # parameters.
        rows_query = select(RoomContactStateRow).join(
            RoomContactPresetRow, RoomContactPresetRow.room_id == RoomContactStateRow.room_id
        )
        if preset is not None:
            rows_query = rows_query.where(RoomContactPresetRow.preset == preset)
        for row in await self.session.scalars(rows_query):
            if row.room_id in events:
                events[row.room_id][row.event_type] = _event(row, row.seen)
        return [
            RoomContactState(room_id, events[room_id], presets[room_id])
            for room_id in sorted(presets)
        ]

    async def room_names(self, room_ids: Iterable[str]) -> dict[str, str | None]:
        """The name of each of ``room_ids`` (None when unknown or unnamed), in one query."""
        wanted = list(dict.fromkeys(room_ids))
        names: dict[str, str | None] = dict.fromkeys(wanted)
        if wanted:
            rows = await self.session.execute(_ROOM_NAMES_SQL, {"room_ids": wanted})
            for room_id, name in rows:
                names[room_id] = name
        return names
