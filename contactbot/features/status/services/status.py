"""Profile-status history: what each tracked user's profile said, and every change since.

Every observation of a profile ends here, however it was seen:

* ``poll``: the scheduler fetched ``GET /profile/{userId}`` (the whole profile, or a 404);
* ``sync``: the MSC4429 watcher saw ``profile_updates`` in ``/sync`` (changed fields only,
  except the initial sync, which carries every field that is set);
* ``member``: an ``m.room.member`` event carried a new display name.

The observation is diffed with the stored state (``domain.status.diff``); each changed
field becomes one history row, and the rows and the new state are written in one unit of work.
An unchanged observation writes nothing: the stored state's digest is kept in memory, so an
unchanged poll costs no query at all. Only the time of the last fetch is remembered, in memory,
and written for many users at once every ``flush_interval`` seconds so that a restart keeps each
user's place in the sweep.

Change listeners
----------------
``StatusService.change_listeners`` is the interface for other features (moderation). After the
history rows of an observation are committed, each listener is awaited, in order, with one
``StatusChange`` per row: every status change, call change and display-name change, including a
user's first observation and clears (whose ``texts`` are empty). A listener that raises is
logged and does not stop the others; the history row stays.

Tracking
--------
Every member of every room the bot is in is tracked (polled), remote users included and the
bot's own namespace users excluded. Joins track and bump (fetch soon); leaving the last shared
room untracks; messages and member changes bump users whose data is stale. A periodic
reconciliation with the stored memberships catches what events cannot say (the bot leaving a
room).
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import time
from collections import Counter
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any, Final, Literal

from contactbot.core.domain.events import RoomEvent
from contactbot.core.metrics import Metrics
from contactbot.core.services.rooms import MemberChange
from contactbot.core.storage.database import Database
from contactbot.core.storage.rooms import RoomRepository
from contactbot.features.status.domain.status import (
    CLEARED_CALL,
    CLEARED_STATUS,
    FieldChange,
    ProfileState,
    TrackedKey,
    apply_profile_updates,
    diff,
    extract_profile_state,
    text_to_moderate,
)
from contactbot.features.status.services.scheduler import FetchResult, ProfileScheduler
from contactbot.features.status.services.sync import ProfileUpdate
from contactbot.features.status.storage.status import HistoryEntry, NewHistoryRow, StatusRepository

log = logging.getLogger(__name__)

Via = Literal["poll", "sync", "member"]

# Rows deleted per purge transaction.
PURGE_BATCH: Final = 5000


@dataclass(frozen=True, slots=True)
class StatusChange:
    """One history row, as handed to ``StatusService.change_listeners``.

    ``field`` is ``displayname``, ``status`` or ``call``; ``via`` is ``poll``, ``sync`` or
    ``member``. ``texts`` are the ``(label, text)`` pairs of the new value to moderate, from
    ``contactbot.features.status.domain.status.text_to_moderate`` (labels ``displayname``,
    ``<key>.text``/``<key>.emoji``, ``<call key>``), shadowed variants included, malformed
    values too; empty when the field was cleared.
    """

    user_id: str
    history_id: int
    field: str
    via: str
    observed_at: datetime
    valid: bool
    problem: str | None
    texts: tuple[tuple[str, str], ...]


ChangeListener = Callable[[StatusChange], Awaitable[None]]
RoomListener = Callable[[str], Awaitable[None]]


@dataclass(frozen=True, slots=True)
class StatusSettings:
    """Retention and housekeeping. Durations in seconds; ``retention_days`` 0 keeps forever."""

    retention_days: float = 365.0
    purge_interval: float = 3600.0
    flush_interval: float = 60.0
    reconcile_interval: float = 600.0
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


def state_digest(state: ProfileState) -> int:
    """A stable 64-bit digest of the canonical forms (the same in every process)."""
    # Canonical JSON escapes control characters, so NUL and SOH never occur inside the parts.
    parts = (state.canonical_displayname, state.canonical_status, state.canonical_call)
    data = "\x00".join("\x01" if p is None else p for p in parts).encode("utf-8")
    return int.from_bytes(hashlib.blake2b(data, digest_size=8).digest(), "big", signed=True)


_EMPTY_DIGEST: Final = state_digest(extract_profile_state(None))


def _only(state: ProfileState, field: str) -> ProfileState:
    """``state`` with every tracked field but ``field`` cleared, for per-field texts."""
    if field == "displayname":
        return replace(state, status=CLEARED_STATUS, call=CLEARED_CALL)
    if field == "status":
        return replace(state, displayname=None, call=CLEARED_CALL)
    return replace(state, displayname=None, status=CLEARED_STATUS)


def texts_of(state: ProfileState, field: str) -> tuple[tuple[str, str], ...]:
    """The texts to moderate of one field (no dedupe against the other fields)."""
    return text_to_moderate(_only(state, field))


def _history_row(
    user_id: str, change: FieldChange, state: ProfileState, via: str, now: datetime
) -> NewHistoryRow:
    key: TrackedKey = change.key
    text: str | None
    emoji: str | None = None
    notes: tuple[str, ...] = ()
    variants: dict[str, Any] | None = None
    if key == "displayname":
        text = state.displayname
    elif key == "status":
        status = state.status
        text, emoji, notes = status.text, status.emoji, status.notes
        if status.shadowed:
            variants = {s.source_key or "": s.raw for s in (status, *status.shadowed)}
    else:
        call = state.call
        text = call.text
        if call.shadowed:
            variants = {c.source_key or "": c.raw for c in (call, *call.shadowed)}
    return NewHistoryRow(
        user_id=user_id,
        field=key,
        observed_at=now,
        via=via,
        source_key=change.source_key,
        value=change.new_raw,
        previous=change.old_raw,
        variants=variants,
        valid=change.valid,
        problem=change.problem,
        text=text,
        emoji=emoji,
        notes=notes,
    )


class PrometheusSchedulerMetrics:
    """``SchedulerMetrics`` onto the app's Prometheus metrics.

    No per-server label: a bot in public rooms sees thousands of servers, and one series each
    would be a cardinality problem; backoffs are logged with the server name instead.
    """

    def __init__(self, metrics: Metrics) -> None:
        self.metrics = metrics

    def fetch_started(self, server: str) -> None:
        self.metrics.profile_fetches_in_flight.inc()

    def fetch_finished(self, server: str, result: FetchResult, seconds: float) -> None:
        self.metrics.profile_fetches_in_flight.dec()
        self.metrics.profile_fetches.labels(result.value).inc()
        self.metrics.profile_fetch_seconds.observe(seconds)

    def server_backoff(self, server: str, seconds: float, result: FetchResult) -> None:
        self.metrics.profile_server_backoffs.labels(result.value).inc()

    def bumped(self, reason: str, accepted: bool) -> None:
        self.metrics.profile_bumps.labels(reason, "yes" if accepted else "no").inc()


def _utcnow() -> datetime:
    return datetime.now(UTC)


class StatusService:
    def __init__(
        self,
        db: Database,
        scheduler: ProfileScheduler,
        settings: StatusSettings,
        *,
        bot_user_id: str,
        is_own_user: Callable[[str], bool],
        metrics: Metrics | None = None,
        now: Callable[[], datetime] = _utcnow,
    ) -> None:
        self.db = db
        self.scheduler = scheduler
        self.settings = settings
        self.bot_user_id = bot_user_id
        self.is_own_user = is_own_user
        self.metrics = metrics
        self._now = now
        # Awaited with each committed change; see the module docstring.
        self.change_listeners: list[ChangeListener] = []
        # Awaited with a room ID when the bot has joined it (the sync watcher follows).
        self.room_listeners: list[RoomListener] = []
        # user → digest of the stored state, so unchanged observations need no query.
        self._digests: dict[str, int] = {}
        # Observations of a user in progress; the digest cache is only written by a sole one.
        self._busy: Counter[str] = Counter()
        # Fetch times not yet written (user → when).
        self._fetched: dict[str, datetime] = {}
        self._tracked: set[str] = set()

    # -- start-up and housekeeping -----------------------------------------------------------

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
                self._digests[user_id] = entry.digest
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

    async def stop(self) -> None:
        await self.flush_fetched()

    async def run_maintenance(self) -> None:
        """Forever: write fetch times, purge old history, reconcile the tracked users."""
        s = self.settings
        clock = time.monotonic
        next_purge = clock()
        next_reconcile = clock() + s.reconcile_interval
        while True:
            await asyncio.sleep(min(s.flush_interval, s.purge_interval, s.reconcile_interval))
            await self._guarded("flush", self.flush_fetched)
            if clock() >= next_purge:
                next_purge = clock() + s.purge_interval
                await self._guarded("purge", self.purge)
            if clock() >= next_reconcile:
                next_reconcile = clock() + s.reconcile_interval
                await self._guarded("reconcile", self.reconcile)

    async def _guarded(self, name: str, job: Callable[[], Awaitable[object]]) -> None:
        try:
            await job()
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("Status-history %s failed; trying again later", name)
            if self.metrics is not None:
                self.metrics.failures.labels("status_" + name).inc()

    async def flush_fetched(self) -> int:
        """Write the pending fetch times in one statement; how many users."""
        if not self._fetched:
            return 0
        pending, self._fetched = self._fetched, {}
        try:
            async with self.db.separate_transaction() as session:
                await StatusRepository(session).touch_fetched(list(pending.items()))
        except BaseException:
            # Put them back (newer times win) for the next attempt.
            for user_id, at in pending.items():
                self._fetched.setdefault(user_id, at)
            raise
        return len(pending)

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

    # -- tracking ----------------------------------------------------------------------------

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
            # Re-read from the database should they come back.
            self._digests.pop(user_id, None)

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
                await self.observe_fields(user_id, {"displayname": name}, via="member")
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

    async def handle_message(self, event: RoomEvent) -> None:
        """A message from someone: fetch their profile soon if it is stale."""
        if not self.is_own_user(event.sender) and event.sender in self._tracked:
            self.scheduler.bump(event.sender, "message")

    def bump(self, user_id: str, reason: str) -> bool:
        """Fetch ``user_id`` ahead of the sweep if their data is stale (e.g. on a command)."""
        return user_id in self._tracked and self.scheduler.bump(user_id, reason)

    # -- observations ------------------------------------------------------------------------

    async def observe_profile(
        self,
        user_id: str,
        profile: Mapping[str, object] | None,
        *,
        via: Via = "poll",
        requested_at: datetime | None = None,
    ) -> list[StatusChange]:
        """A whole profile (``None``: 404 ``M_NOT_FOUND``, everything cleared).

        ``requested_at`` (polls) is when the request was sent: an answer older than a change
        already recorded from a faster path is stale and ignored, rather than recorded as the
        change reverting.
        """
        state = extract_profile_state(profile)
        now = self._now()
        if via == "poll":
            self._fetched[user_id] = now
        if self._digests.get(user_id) == state_digest(state):
            return []
        return await self._store(user_id, state, None, via, now, requested_at)

    async def observe_fields(
        self, user_id: str, fields: Mapping[str, object], *, via: Via
    ) -> list[StatusChange]:
        """Some fields only (``None``: removed), merged onto the stored profile."""
        return await self._store(user_id, None, fields, via, self._now(), None)

    async def apply_sync(
        self, updates: Iterable[ProfileUpdate], next_batch: str, *, watcher: str, initial: bool
    ) -> int:
        """A ``/sync`` batch from the watcher, then its token; how many changes were recorded.

        An initial sync carries every tracked field that is set (absent means unset, as seen
        on Synapse 1.163), so it is a whole profile; later batches carry changed fields only.
        """
        recorded = 0
        for update in updates:
            if update.fields is None or self.is_own_user(update.user_id):
                continue  # the server stopped telling us about them; polling decides
            if self.metrics is not None:
                self.metrics.status_sync_updates.inc()
            if initial:
                changes = await self.observe_profile(update.user_id, update.fields, via="sync")
            else:
                changes = await self.observe_fields(update.user_id, update.fields, via="sync")
            recorded += len(changes)
        await self.save_since(watcher, next_batch)
        return recorded

    async def _store(
        self,
        user_id: str,
        full: ProfileState | None,
        fields: Mapping[str, object] | None,
        via: Via,
        now: datetime,
        requested_at: datetime | None,
    ) -> list[StatusChange]:
        self._busy[user_id] += 1
        try:
            # A unit of work of its own even inside an event's: it must commit before the
            # listeners hear of it, and an event retried later finds the change already
            # stored and records nothing twice.
            async with self.db.separate_transaction() as session:
                repo = StatusRepository(session)
                fetched_at = now if via == "poll" else None
                stored = await repo.state(user_id, lock=True)
                if stored is None:
                    # Never seen: create the state as observed (one statement), unless a
                    # concurrent first observation got there first.
                    current = full or extract_profile_state(
                        apply_profile_updates(None, fields or {})
                    )
                    digest = state_digest(current)
                    changes = diff(None, current)
                    created = await repo.create_state(
                        user_id, current.to_profile(), digest, now, fetched_at
                    )
                    if not created:
                        stored = await repo.state(user_id, lock=True)
                        if stored is None:  # pragma: no cover - it was just there
                            raise RuntimeError(f"profile state of {user_id} vanished")
                if stored is not None:
                    if requested_at is not None and stored.changed_at > requested_at:
                        log.debug("Ignoring a stale poll of %s", user_id)
                        self._digests.pop(user_id, None)
                        return []
                    previous = extract_profile_state(stored.profile)
                    if full is not None:
                        current = full
                    else:
                        merged = apply_profile_updates(stored.profile, fields or {})
                        current = extract_profile_state(merged)
                    digest = state_digest(current)
                    changes = diff(previous, current)
                    if changes:
                        await repo.save_state(
                            user_id, current.to_profile(), digest, now, fetched_at
                        )
                rows = [_history_row(user_id, c, current, via, now) for c in changes]
                ids = await repo.append(rows)
            if self._busy[user_id] == 1:
                self._digests[user_id] = digest
            else:
                self._digests.pop(user_id, None)
        except BaseException:
            self._digests.pop(user_id, None)
            raise
        finally:
            self._busy[user_id] -= 1
            if self._busy[user_id] <= 0:
                del self._busy[user_id]
        out = [
            StatusChange(
                user_id=user_id,
                history_id=history_id,
                field=row.field,
                via=via,
                observed_at=now,
                valid=row.valid,
                problem=row.problem,
                texts=() if change.cleared else texts_of(current, row.field),
            )
            for history_id, row, change in zip(ids, rows, changes, strict=True)
        ]
        await self._announce(out)
        return out

    async def _announce(self, changes: list[StatusChange]) -> None:
        for change in changes:
            if self.metrics is not None:
                self.metrics.status_changes.labels(change.field, change.via).inc()
            for listener in self.change_listeners:
                try:
                    await listener(change)
                except asyncio.CancelledError:
                    raise
                except Exception:
                    log.exception(
                        "Status change listener %r failed on history row %d",
                        listener,
                        change.history_id,
                    )
                    if self.metrics is not None:
                        self.metrics.failures.labels("status_listener").inc()

    # -- queries and commands ----------------------------------------------------------------

    async def current(self, user_id: str) -> CurrentStatus:
        async with self.db.transaction() as session:
            stored = await StatusRepository(session).state(user_id)
        if stored is None:
            return CurrentStatus(user_id, None, None, None, user_id in self._tracked)
        fetched = stored.last_fetched_at
        pending = self._fetched.get(user_id)
        if pending is not None and (fetched is None or pending > fetched):
            fetched = pending
        return CurrentStatus(
            user_id=user_id,
            state=extract_profile_state(stored.profile),
            changed_at=stored.changed_at,
            last_fetched_at=fetched,
            tracked=user_id in self._tracked,
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
        self._busy[user_id] += 1
        try:
            async with self.db.separate_transaction() as session:
                erased = await StatusRepository(session).forget(user_id)
        finally:
            self._digests.pop(user_id, None)
            self._fetched.pop(user_id, None)
            self._busy[user_id] -= 1
            if self._busy[user_id] <= 0:
                del self._busy[user_id]
        log.info("Forgot the status history of %s (%d rows)", user_id, erased)
        return erased

    async def is_private_room(self, room_id: str, user_id: str) -> bool:
        """The moderators' room, or a direct chat: ``user_id`` and the bot's users only."""
        if self.settings.moderators_room and room_id == self.settings.moderators_room:
            return True
        async with self.db.transaction() as session:
            members = await RoomRepository(session).members(room_id)
        # The bot's namespace users (the sync watcher) do not make a room less private.
        return self.bot_user_id in members and {m for m in members if not self.is_own_user(m)} == {
            user_id
        }

    async def joined_rooms(self) -> list[str]:
        """Rooms the bot is joined to (the watcher follows it into each)."""
        async with self.db.transaction() as session:
            return [room.room_id for room in await RoomRepository(session).joined_rooms()]

    async def load_since(self, watcher: str) -> str | None:
        async with self.db.transaction() as session:
            return await StatusRepository(session).since(watcher)

    async def save_since(self, watcher: str, since: str) -> None:
        async with self.db.separate_transaction() as session:
            await StatusRepository(session).set_since(watcher, since, self._now())
