"""Profile-status history: what each tracked user's profile said, and every change since.

``StatusService`` is the feature's face to the rest of the bot (wiring, commands, the sync
watcher): it composes the parts and answers queries. The parts hold the concerns:

* ``recorder.StatusRecorder``: observations (poll, sync, member event) → history rows and
  change notices; the digest cache; fetch times;
* ``tracking.StatusTracker``: whom to follow, kept in step with the polling scheduler;
* ``purge``: the retention of history rows.

Change listeners
----------------
``StatusService.change_listeners`` is the interface for other features (moderation). After the
history rows of an observation are committed, each listener is awaited, in order, with one
``StatusChange`` per row: every change of every tracked field (``domain.fields``), including a
user's first observation and clears (whose ``texts`` are empty). A listener that raises is
logged and does not stop the others; the history row stays.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Final

from contactbot.core.metrics import Metrics
from contactbot.core.storage.database import Database
from contactbot.features.status.domain.history import HistoryEntry, StatusChange
from contactbot.features.status.domain.status import ProfileState, extract_profile_state
from contactbot.features.status.services.recorder import ChangeListener, StatusRecorder
from contactbot.features.status.services.scheduler import ProfileScheduler
from contactbot.features.status.services.tracking import RoomListener, StatusTracker
from contactbot.features.status.storage.status import StatusRepository

__all__ = ["CurrentStatus", "StatusChange", "StatusService", "StatusSettings"]

log = logging.getLogger(__name__)

# Rows deleted per purge transaction.
PURGE_BATCH: Final = 5000


@dataclass(frozen=True, slots=True)
class StatusSettings:
    """Retention and housekeeping. Durations in seconds; ``retention_days`` 0 keeps forever."""

    retention_days: float = 365.0
    purge_interval: float = 3600.0
    flush_interval: float = 60.0
    # Also how soon the leading replica tracks members that another replica's events added
    # (it polls; the others only store memberships): a minute, for one query of all members.
    reconcile_interval: float = 60.0
    moderators_room: str = ""

    def __post_init__(self) -> None:
        if self.retention_days < 0:
            raise ValueError("retention_days: must be 0 (keep forever) or more")
        for name in ("purge_interval", "flush_interval", "reconcile_interval"):
            if not getattr(self, name) > 0:
                raise ValueError(f"{name}: must be more than 0 seconds")


@dataclass(frozen=True, slots=True)
class CurrentStatus:
    """What ``!status @user`` shows: the stored state (None: never observed)."""

    user_id: str
    state: ProfileState | None
    changed_at: datetime | None
    last_fetched_at: datetime | None
    tracked: bool


def _utcnow() -> datetime:
    return datetime.now(UTC)


class StatusService:
    """The status feature's service: its parts composed, and the queries of ``!status``."""

    def __init__(
        self,
        db: Database,
        scheduler: ProfileScheduler,
        settings: StatusSettings,
        *,
        is_own_user: Callable[[str], bool],
        metrics: Metrics | None = None,
        now: Callable[[], datetime] = _utcnow,
    ) -> None:
        self.db = db
        self.scheduler = scheduler
        self.settings = settings
        self.metrics = metrics
        self._now = now
        self.recorder = StatusRecorder(db, is_own_user=is_own_user, now=now, metrics=metrics)
        self.tracker = StatusTracker(
            db, scheduler, self.recorder, is_own_user=is_own_user, now=now, metrics=metrics
        )
        # The parts' entry points, under the names the rest of the bot knows.
        self.start = self.tracker.start
        self.reconcile = self.tracker.reconcile
        self.handle_member = self.tracker.handle_member
        self.handle_room_loaded = self.tracker.handle_room_loaded
        self.note_activity = self.tracker.note_activity
        self.bump = self.tracker.bump
        self.is_tracked = self.tracker.is_tracked
        self.joined_rooms = self.tracker.joined_rooms
        self.observe_profile = self.recorder.observe_profile
        self.observe_fields = self.recorder.observe_fields
        self.apply_sync = self.recorder.apply_sync
        self.flush_fetched = self.recorder.flush_fetched
        self.load_since = self.recorder.load_since
        self.save_since = self.recorder.save_since

    @property
    def change_listeners(self) -> list[ChangeListener]:
        """Awaited with each committed change; see the module docstring."""
        return self.recorder.change_listeners

    @property
    def room_listeners(self) -> list[RoomListener]:
        """Awaited with a room ID when the bot has joined it (the sync watcher follows)."""
        return self.tracker.room_listeners

    @property
    def tracked(self) -> frozenset[str]:
        return self.tracker.tracked

    async def stop(self) -> None:
        await self.recorder.flush_fetched()

    async def purge(self) -> int:
        """Delete history rows older than ``retention_days``; how many."""
        days = self.settings.retention_days
        if days <= 0:
            return 0
        before = self._now() - timedelta(days=days)
        total = 0
        while True:
            async with self.db.separate_transaction() as session:
                deleted = await StatusRepository(session).purge_batch(before, PURGE_BATCH)
            total += deleted
            if deleted < PURGE_BATCH:
                break
            await asyncio.sleep(0)  # let other work in between batches
        if total:
            log.info("Purged %d status-history rows older than %g days", total, days)
            if self.metrics is not None:
                self.metrics.status_purged.inc(total)
        return total

    async def current(self, user_id: str) -> CurrentStatus:
        tracked = self.tracker.is_tracked(user_id)
        async with self.db.transaction() as session:
            stored = await StatusRepository(session).state(user_id)
        if stored is None:
            return CurrentStatus(user_id, None, None, None, tracked)
        fetched = stored.last_fetched_at
        pending = self.recorder.pending_fetch(user_id)
        if pending is not None and (fetched is None or pending > fetched):
            fetched = pending
        return CurrentStatus(
            user_id=user_id,
            state=extract_profile_state(stored.profile),
            changed_at=stored.changed_at,
            last_fetched_at=fetched,
            tracked=tracked,
        )

    async def history(self, user_id: str, limit: int) -> list[HistoryEntry]:
        """The latest ``limit`` changes of ``user_id``, newest first."""
        async with self.db.transaction() as session:
            return await StatusRepository(session).latest(user_id, limit)

    async def forget(self, user_id: str) -> int:
        """Erase the history and stored state of ``user_id``; history rows erased.

        A user who still shares a room with the bot stays tracked, so their current profile is
        recorded again at the next fetch.
        """
        return await self.recorder.forget(user_id)
