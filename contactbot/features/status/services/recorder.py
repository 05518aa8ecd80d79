"""Recording observations: diff each one with the stored state, append history, tell listeners.

Every observation of a profile ends here, however it was seen (``Via``). The observation is
diffed with the stored state (``domain.status.diff``); each changed field becomes one history
row, and the rows and the new state are written in one unit of work. An unchanged observation
writes nothing: the stored state's digest is kept in memory, so an unchanged poll costs no query
at all. Only the time of the last fetch is remembered, in memory, and written for many users at
once by ``flush_fetched`` so that a restart keeps each user's place in the sweep.

After the history rows of an observation are committed, each change listener is awaited, in
order, with one ``StatusChange`` per row (first observations and clears included; a clear's
``texts`` are empty). A listener that raises is logged and does not stop the others; the
history row stays.
"""

from __future__ import annotations

import asyncio
import logging
from collections import Counter
from collections.abc import Awaitable, Callable, Iterable, Mapping
from datetime import datetime

from contactbot.core.metrics import Metrics
from contactbot.core.storage.database import Database
from contactbot.features.status.domain.history import StatusChange, Via, history_row
from contactbot.features.status.domain.status import (
    ProfileState,
    apply_profile_updates,
    diff,
    extract_profile_state,
    state_digest,
)
from contactbot.features.status.services.sync import ProfileUpdate
from contactbot.features.status.storage.status import StatusRepository

log = logging.getLogger(__name__)

ChangeListener = Callable[[StatusChange], Awaitable[None]]


class StatusRecorder:
    """Turns observations into history rows and change notices; owns the digest cache."""

    def __init__(
        self,
        db: Database,
        *,
        is_own_user: Callable[[str], bool],
        now: Callable[[], datetime],
        metrics: Metrics | None = None,
    ) -> None:
        self.db = db
        self.is_own_user = is_own_user
        self.metrics = metrics
        self._now = now
        self.change_listeners: list[ChangeListener] = []
        # user → digest of the stored state, so unchanged observations need no query.
        self._digests: dict[str, int] = {}
        # Observations of a user in progress; the digest cache is only written by a sole one.
        self._busy: Counter[str] = Counter()
        # Fetch times not yet written (user → when).
        self._fetched: dict[str, datetime] = {}

    def remember(self, user_id: str, digest: int) -> None:
        """The digest of ``user_id``'s stored state (read at start-up)."""
        self._digests[user_id] = digest

    def forget_cached(self, user_id: str) -> None:
        """Drop what is cached of ``user_id``: read from the database should they come back."""
        self._digests.pop(user_id, None)

    def pending_fetch(self, user_id: str) -> datetime | None:
        return self._fetched.get(user_id)

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
                rows = [history_row(user_id, c, current, via, now) for c in changes]
                ids = await repo.append(rows)
            if self._busy[user_id] == 1:
                self._digests[user_id] = digest
            else:
                self._digests.pop(user_id, None)
        except BaseException:
            self._digests.pop(user_id, None)
            raise
        finally:
            self._release(user_id)
        out = [
            StatusChange(
                user_id=user_id,
                history_id=history_id,
                field=row.field,
                via=via,
                observed_at=now,
                valid=row.valid,
                problem=row.problem,
                texts=() if change.cleared else current.texts(row.field),
            )
            for history_id, row, change in zip(ids, rows, changes, strict=True)
        ]
        await self._announce(out)
        return out

    def _release(self, user_id: str) -> None:
        self._busy[user_id] -= 1
        if self._busy[user_id] <= 0:
            del self._busy[user_id]

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
                    # Another feature's bug must not lose the row or stop the other listeners.
                    log.exception(
                        "Status change listener %r failed on history row %d",
                        listener,
                        change.history_id,
                    )
                    if self.metrics is not None:
                        self.metrics.failures.labels("status_listener").inc()

    async def forget(self, user_id: str) -> int:
        """Erase the history and stored state of ``user_id``; history rows erased."""
        self._busy[user_id] += 1
        try:
            async with self.db.separate_transaction() as session:
                erased = await StatusRepository(session).forget(user_id)
        finally:
            self._digests.pop(user_id, None)
            self._fetched.pop(user_id, None)
            self._release(user_id)
        log.info("Forgot the status history of %s (%d rows)", user_id, erased)
        return erased

    async def load_since(self, watcher: str) -> str | None:
        async with self.db.transaction() as session:
            return await StatusRepository(session).since(watcher)

    async def save_since(self, watcher: str, since: str) -> None:
        async with self.db.separate_transaction() as session:
            await StatusRepository(session).set_since(watcher, since, self._now())
