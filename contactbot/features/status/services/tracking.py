"""Whom to follow: every member of every room the bot is in, kept in step with the scheduler.

Remote users are included and the bot's own namespace users excluded. Joins track and bump
(fetch soon); leaving the last shared room untracks; messages and member changes bump users
whose data is stale. A periodic reconciliation with the stored memberships catches what events
cannot say (the bot leaving a room).
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from datetime import datetime

from contactbot.core.domain.events import RoomEvent
from contactbot.core.metrics import Metrics
from contactbot.core.services.rooms import MemberChange
from contactbot.core.storage.database import Database
from contactbot.core.storage.rooms import RoomRepository
from contactbot.features.status.services.recorder import StatusRecorder
from contactbot.features.status.services.scheduler import ProfileScheduler
from contactbot.features.status.storage.status import StatusRepository

log = logging.getLogger(__name__)

RoomListener = Callable[[str], Awaitable[None]]


class StatusTracker:
    """The set of tracked users, mirrored into the polling scheduler."""

    def __init__(
        self,
        db: Database,
        scheduler: ProfileScheduler,
        recorder: StatusRecorder,
        *,
        is_own_user: Callable[[str], bool],
        now: Callable[[], datetime],
        metrics: Metrics | None = None,
    ) -> None:
        self.db = db
        self.scheduler = scheduler
        self.recorder = recorder
        self.is_own_user = is_own_user
        self.metrics = metrics
        self._now = now
        # Awaited with a room ID when the bot has joined it (the sync watcher follows).
        self.room_listeners: list[RoomListener] = []
        self._tracked: set[str] = set()

    async def start(self) -> int:
        """Warm the digest cache and track every member of every joined room; how many."""
        async with self.db.transaction() as session:
            index = await StatusRepository(session).index()
            members = await RoomRepository(session).all_member_ids()
        stored = {entry.user_id: entry for entry in index}
        del index
        now = self._now()
        for user_id in members:
            if self.is_own_user(user_id):
                continue
            entry = stored.get(user_id)
            ago = None
            if entry is not None:
                # Keyed by the member's string, which the scheduler keeps too: one copy each.
                self.recorder.remember(user_id, entry.digest)
                if entry.last_fetched_at is not None:
                    ago = (now - entry.last_fetched_at).total_seconds()
            self._track(user_id, ago)
        known = len(stored)
        del stored
        self._gauge()
        log.info(
            "Tracking the profiles of %d users (%d with a stored state)",
            len(self._tracked),
            known,
        )
        return len(self._tracked)

    async def reconcile(self) -> tuple[int, int]:
        """Track members the events missed and untrack users in no shared room any more."""
        async with self.db.transaction() as session:
            everyone = await RoomRepository(session).all_member_ids()
        members = {u for u in everyone if not self.is_own_user(u)}
        added = [u for u in members if u not in self._tracked]
        removed = [u for u in self._tracked if u not in members]
        for user_id in added:
            self._track(user_id, None)
        for user_id in removed:
            self._untrack(user_id)
        if added or removed:
            log.info("Status tracking reconciled: %d added, %d dropped", len(added), len(removed))
        self._gauge()
        return len(added), len(removed)

    @property
    def tracked(self) -> frozenset[str]:
        return frozenset(self._tracked)

    def is_tracked(self, user_id: str) -> bool:
        return user_id in self._tracked

    def _track(self, user_id: str, fetched_ago: float | None, bump: str | None = None) -> None:
        if user_id not in self._tracked:
            self._tracked.add(user_id)
            self.scheduler.track(user_id, fetched_ago=fetched_ago)
        if bump is not None:
            self.scheduler.bump(user_id, bump)

    def _untrack(self, user_id: str) -> None:
        if user_id in self._tracked:
            self._tracked.discard(user_id)
            self.scheduler.untrack(user_id)
            self.recorder.forget_cached(user_id)

    def _gauge(self) -> None:
        if self.metrics is not None:
            self.metrics.status_tracked_users.set(len(self._tracked))

    async def handle_member(self, change: MemberChange) -> None:
        """A member event from a transaction: track, untrack, bump, record a display name."""
        user_id = change.user_id
        if self.is_own_user(user_id):
            return
        if change.membership == "join":
            joined_now = change.previous_membership != "join"
            self._track(user_id, None, "join" if joined_now else "member")
            self._gauge()
            name = change.displayname
            if name is not None and (joined_now or name != change.previous_displayname):
                # A new display name reaches every room as a member event, remote users' too:
                # the fastest way to see one. (A per-room name is recorded as seen; the next
                # poll records the profile's own name again.)
                await self.recorder.observe_fields(user_id, {"displayname": name}, via="member")
        elif change.membership in ("leave", "ban") and user_id in self._tracked:
            async with self.db.transaction() as session:
                rooms = await RoomRepository(session).shared_rooms(user_id)
            if not rooms:
                self._untrack(user_id)
                self._gauge()

    async def handle_room_loaded(self, event: RoomEvent) -> None:
        """The bot joined a room and read its state: track its members, tell the watcher.

        Registered for ``m.room.create``, which every room's state holds: the room service
        passes a joined room's state on after storing its members, in the same unit of work,
        so they can be read here.
        """
        if event.state_key != "":
            return
        async with self.db.transaction() as session:
            repo = RoomRepository(session)
            room = await repo.get(event.room_id)
            if room is None or room.membership != "joined":
                return
            members = await repo.members(event.room_id)
        for user_id in members:
            if not self.is_own_user(user_id):
                # Bumped: the scheduler refuses it for a user it fetched recently, and anyone
                # else needs a first fetch anyway.
                self._track(user_id, None, "join")
        self._gauge()
        for listener in self.room_listeners:
            await listener(event.room_id)

    def note_activity(self, sender: str, room_id: str) -> None:
        """Someone spoke: fetch their profile soon if it is stale."""
        if not self.is_own_user(sender) and sender in self._tracked:
            self.scheduler.bump(sender, "message")

    def bump(self, user_id: str, reason: str) -> bool:
        """Fetch ``user_id`` ahead of the sweep if their data is stale (e.g. on a command)."""
        return user_id in self._tracked and self.scheduler.bump(user_id, reason)

    async def joined_rooms(self) -> list[str]:
        """Rooms the bot is joined to (the watcher follows it into each)."""
        async with self.db.transaction() as session:
            return [room.room_id for room in await RoomRepository(session).joined_rooms()]
