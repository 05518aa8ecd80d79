"""The ``!contact problems`` report: what is wrong with a room's contact events."""

from __future__ import annotations

from dataclasses import dataclass

from contactbot.core.services.access import AccessService
from contactbot.core.storage.database import Database
from contactbot.features.contacts.domain.assessment import Validity, json_shape, shape_notes
from contactbot.features.contacts.domain.contacts import STATE_TYPE, STATE_TYPES
from contactbot.features.contacts.domain.parsing import ContactInfo
from contactbot.features.contacts.domain.records import (
    ContactEvent,
    HistoryEntry,
    disagreement,
    effective_event,
)
from contactbot.features.contacts.services.presets import PresetService
from contactbot.features.contacts.services.tracking import ContactTracker
from contactbot.features.contacts.services.writing import ContactPermissions
from contactbot.features.contacts.storage.contacts import ContactRepository

# Recent changes looked at for "recent invalid or partial changes".
RECENT_CHANGES = 50


@dataclass(frozen=True, slots=True)
class EventReport:
    """One current contact event, for the problems report."""

    event: ContactEvent
    info: ContactInfo
    effective: bool
    size: int
    depth: int

    @property
    def notes(self) -> tuple[str, ...]:
        """Shape warnings that parsing does not report (size, nesting)."""
        return shape_notes(self.size, self.depth)


@dataclass(frozen=True, slots=True)
class ProblemsReport:
    """Everything ``!contact problems`` shows."""

    room_id: str
    events: tuple[EventReport, ...]
    recent: tuple[HistoryEntry, ...]  # latest changes that were invalid or partial
    changes: int  # changes recorded in total
    preset: str | None
    preset_issue: str | None
    # (in effect, ignored) when the stable and unstable events hold different contacts
    disagreement: tuple[ContactEvent, ContactEvent] | None = None


class ProblemsService:
    """Builds the problems report for room admins and bot admins."""

    def __init__(
        self,
        db: Database,
        access: AccessService,
        tracker: ContactTracker,
        permissions: ContactPermissions,
        presets: PresetService,
    ) -> None:
        self.db = db
        self.access = access
        self.tracker = tracker
        self.permissions = permissions
        self.presets = presets

    async def problems(self, room_id: str, sender: str) -> ProblemsReport:
        """What is wrong with the room's contact events (room admins and bot admins)."""
        if not self.access.is_bot_admin(sender):
            power = await self.permissions.power(room_id)
            self.permissions.check_sender(power, sender, (STATE_TYPE,))
        async with self.db.transaction() as session:
            repo = ContactRepository(session)
            state = await repo.state(room_id)
            recent = await repo.history(room_id, RECENT_CHANGES)
            changes = await repo.count_history(room_id)
        effective = effective_event(state)
        reports = []
        for event_type in STATE_TYPES:
            event = state.events.get(event_type)
            if event is None:
                continue
            size, depth = json_shape(event.content)
            reports.append(
                EventReport(
                    event=event,
                    info=self.tracker.parsed(event),
                    effective=effective is not None and effective.event_type == event_type,
                    size=size,
                    depth=depth,
                )
            )
        bad = tuple(h for h in recent if h.event.validity in (Validity.INVALID, Validity.PARTIAL))
        return ProblemsReport(
            room_id=room_id,
            events=tuple(reports),
            recent=bad,
            changes=changes,
            preset=state.preset,
            preset_issue=self.presets.preset_issue(state),
            disagreement=disagreement(state),
        )
