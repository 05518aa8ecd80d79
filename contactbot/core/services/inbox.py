"""Accepting transactions into the inbox, and processing inbox events exactly once.

Ingest commits the transaction ID and its events together before the homeserver gets its 200.
Processing runs the handler and marks the event done in one database transaction, so the
handler's own writes and the "done" mark land together; a crash in between replays the event,
and handlers are idempotent on ``event_id`` for their external effects (replies use the event ID
as the Matrix transaction ID).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any, Protocol

from contactbot.core.errors import DatabaseUnavailable, HomeserverUnavailable
from contactbot.core.metrics import Metrics
from contactbot.core.storage.database import Database
from contactbot.core.storage.inbox import (
    AcceptResult,
    ClaimedEvent,
    InboxRepository,
    IncomingEvent,
)

log = logging.getLogger(__name__)

EventHandler = Callable[[Any], Awaitable[None]]


class Triage(Protocol):
    """Sorts well-formed events at ingest (the router implements it)."""

    def needs_worker(self, raw: dict[str, Any]) -> bool:
        """False for an event with no effect to run exactly once (it is settled at ingest)."""

    def settle(self, raw: dict[str, Any]) -> None:
        """In-memory bookkeeping for a passive event, run after its transaction commits."""


# Longest wait between tries of an event that waits out a homeserver outage.
OUTAGE_MAX_DELAY = 60.0
# Back-pressure: the backlog is counted at most this often, and a transaction's answer is
# held back at most this long.
BACKLOG_COUNT_SECONDS = 1.0
BACKLOG_MAX_DELAY = 1.0


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    max_attempts: int = 5
    base_delay: float = 1.0
    max_delay: float = 300.0

    def delay(self, attempts: int) -> float:
        return float(min(self.base_delay * (2 ** max(attempts - 1, 0)), self.max_delay))


def classify_event(raw: object, triage: Triage | None = None) -> IncomingEvent:
    """Decide how to store one event of a transaction; never raises.

    ``triage`` (the router's) marks events with nothing to do as passive: they are stored as
    done, without content, and never wake the worker. Most of a busy room's traffic is chatter
    that is not a command, and giving each of those a turn in the worker (a database
    transaction, a savepoint and a "done" update) is what made sustained ingest slow.
    """
    if not isinstance(raw, dict):
        return IncomingEvent(raw, None, "", None, f"event is a {type(raw).__name__}")
    event_id = raw.get("event_id")
    room_id = raw.get("room_id")
    event_type = raw.get("type")
    problems = [
        name
        for name, value in (
            ("event_id", event_id),
            ("room_id", room_id),
            ("type", event_type),
            ("sender", raw.get("sender")),
        )
        if not isinstance(value, str) or not value
    ]
    if not isinstance(raw.get("content", {}), dict):
        problems.append("content")
    passive = False
    if not problems and triage is not None:
        try:
            passive = not triage.needs_worker(raw)
        except Exception:
            # Triage only ever saves work; when in doubt the worker runs the event.
            log.exception("Triage failed for event %r; queued for the worker", event_id)
    return IncomingEvent(
        payload=raw,
        event_id=event_id if isinstance(event_id, str) and event_id else None,
        room_key=room_id if isinstance(room_id, str) else "",
        event_type=event_type if isinstance(event_type, str) else None,
        malformed=("missing or invalid " + ", ".join(problems)) if problems else None,
        passive=passive,
    )


@dataclass(slots=True)
class RoomRun:
    """What one turn at a room did."""

    processed: int = 0
    # Another replica holds the room: look again later, not at once.
    held_elsewhere: bool = False


@dataclass(frozen=True, slots=True)
class _Batch:
    ran: int
    more: bool
    held_elsewhere: bool = False


class InboxService:
    def __init__(
        self,
        db: Database,
        metrics: Metrics,
        retry: RetryPolicy,
        *,
        batch_size: int = 50,
        event_timeout: float = 120.0,
        triage: Triage | None = None,
        backpressure_pending: int = 0,
    ) -> None:
        self.db = db
        self.triage = triage
        self.backpressure_pending = backpressure_pending
        self._backlog = 0
        self._backlog_counted_at = float("-inf")
        self.batch_size = batch_size
        self.metrics = metrics
        self.retry = retry
        self.event_timeout = event_timeout
        # Consecutive outages per room, for the back-off of events waiting them out.
        self._outages: dict[str, int] = {}

    async def accept(self, txn_id: str, events: list[Any]) -> AcceptResult:
        """Store a transaction durably. Raises ``DatabaseUnavailable`` if that is impossible."""
        incoming = [classify_event(e, self.triage) for e in events]
        # One statement stores the transaction ID and its events atomically (see the repo).
        try:
            result = await self._store(txn_id, incoming)
        except DatabaseUnavailable as err:
            # Pooled connections are not pinged before use (a round trip per checkout), so
            # the first statement after a database restart meets a dead connection; the pool
            # then drops them all, and one more try on a fresh one answers the homeserver
            # without making it back off. The statement is idempotent, so a try that did
            # commit before its connection died reads as a duplicate.
            log.info("Retrying transaction %s on a fresh connection: %s", txn_id, err)
            result = await self._store(txn_id, incoming)
        if result.duplicate:
            self.metrics.transactions.labels("duplicate").inc()
            log.debug("Transaction %s was already stored; ignoring the retry", txn_id)
            return result
        self.metrics.transactions.labels("accepted").inc()
        self.metrics.events_received.inc(result.stored)
        passive = [event.payload for event in incoming if event.passive]
        if passive and self.triage is not None:
            # An upper bound when some were duplicates of earlier transactions' events.
            self.metrics.events_processed.labels("passive").inc(len(passive))
            for payload in passive:
                try:
                    self.triage.settle(payload)
                except Exception:
                    log.exception("Settling passive event %r failed", payload.get("event_id"))
        for event in incoming:
            if event.malformed:
                self.metrics.events_malformed.inc()
                log.warning(
                    "Stored malformed event %s in transaction %s: %s",
                    event.event_id or "(no event_id)",
                    txn_id,
                    event.malformed,
                )
        return result

    async def backlog_delay(self) -> float:
        """How long to hold back the answer to a transaction just stored (0: not at all).

        Nothing grows in memory however deep the backlog is (it is in the database), but the
        table does, and every pending event's wait with it. The homeserver sends the next
        transaction only after this one's answer, so a later answer slows it down: 0.1 s at
        the limit, growing with the backlog up to ``BACKLOG_MAX_DELAY``.
        """
        if self.backpressure_pending <= 0:
            return 0.0
        now = time.monotonic()
        if now - self._backlog_counted_at >= BACKLOG_COUNT_SECONDS:
            self._backlog_counted_at = now
            try:
                async with self.db.transaction() as session:
                    self._backlog = await InboxRepository(session).pending_count()
            except DatabaseUnavailable:
                return 0.0
            self.metrics.inbox_depth.labels("pending").set(self._backlog)
        if self._backlog < self.backpressure_pending:
            return 0.0
        return min(0.1 * self._backlog / self.backpressure_pending, BACKLOG_MAX_DELAY)

    async def _store(self, txn_id: str, incoming: list[IncomingEvent]) -> AcceptResult:
        async with self.db.autocommit() as conn:
            return await InboxRepository(conn).accept(txn_id, incoming)

    async def due_rooms(self, limit: int, exclude: set[str]) -> list[str]:
        async with self.db.transaction() as session:
            return await InboxRepository(session).due_rooms(limit, exclude)

    async def seconds_until_next(self, exclude: set[str] | None = None) -> float | None:
        async with self.db.transaction() as session:
            when = await InboxRepository(session).next_wakeup(exclude or set())
        if when is None:
            return None
        return max((when.timestamp() - time.time()), 0.0)

    async def process_room(self, room_key: str, handler: EventHandler) -> RoomRun:
        """Process the room's due events in order until none is due (or it must wait)."""
        run = RoomRun()
        while True:
            batch = await self._process_batch(room_key, handler)
            run.processed += batch.ran
            run.held_elsewhere = batch.held_elsewhere
            if not batch.more:
                return run

    async def _process_batch(self, room_key: str, handler: EventHandler) -> _Batch:
        """Run up to ``batch_size`` events of one room in one database transaction.

        Each event runs inside its own savepoint, so a failing event undoes only its own
        writes; the events before it still commit with their "done" marks, and the failure
        (or the outage) is recorded in the same transaction, under the room's lock. Either
        stops the batch, because later events of the room must wait behind it.
        """
        done: list[ClaimedEvent] = []
        stopped_by: tuple[ClaimedEvent, Exception] | None = None
        async with self.db.transaction() as session:
            repo = InboxRepository(session)
            claim = await repo.claim_batch(room_key, self.batch_size)
            if claim.held_elsewhere:
                return _Batch(0, more=False, held_elsewhere=True)
            for event in claim.events:
                try:
                    async with session.begin_nested():
                        async with asyncio.timeout(self.event_timeout):
                            await handler(event.payload)
                except DatabaseUnavailable:
                    raise
                except Exception as err:
                    stopped_by = (event, err)
                    break
                done.append(event)
            if done:
                await repo.mark_done_many([e.id for e in done])
                self._outages.pop(room_key, None)
            if stopped_by is not None:
                await self._record_stop(repo, *stopped_by)
        now = time.time()
        for event in done:
            self.metrics.events_processed.labels("done").inc()
            self.metrics.event_latency.observe(max(now - event.received_at, 0.0))
        if stopped_by is not None:
            return _Batch(len(done) + 1, more=False)
        return _Batch(len(done), more=len(claim.events) == self.batch_size)

    async def _record_stop(
        self, repo: InboxRepository, claimed: ClaimedEvent, err: Exception
    ) -> None:
        payload = claimed.payload if isinstance(claimed.payload, dict) else {}
        event_id = payload.get("event_id", "?")
        if isinstance(err, HomeserverUnavailable):
            # Not the event's fault: wait the outage out, however long, without using up
            # its attempts (an event is parked only for errors of its own).
            outages = self._outages[claimed.room_key] = self._outages.get(claimed.room_key, 0) + 1
            delay = min(self.retry.base_delay * 2 ** min(outages - 1, 16), OUTAGE_MAX_DELAY)
            log.warning(
                "Event %s in %s waits %.1f s for the homeserver: %s",
                event_id,
                claimed.room_key,
                delay,
                err,
            )
            await repo.postpone(claimed.id, f"outage: {err}", timedelta(seconds=delay))
            self.metrics.events_processed.labels("outage").inc()
            return
        attempts = claimed.attempts + 1
        park = attempts >= self.retry.max_attempts
        delay = self.retry.delay(attempts)
        described = "timed out" if isinstance(err, TimeoutError) else repr(err)
        if park:
            log.error(
                "Event %s in %s failed %d times; parked as failed: %s",
                event_id,
                claimed.room_key,
                attempts,
                described,
                exc_info=err,
            )
        else:
            log.warning(
                "Event %s in %s failed (attempt %d of %d), retrying in %.1f s: %s",
                event_id,
                claimed.room_key,
                attempts,
                self.retry.max_attempts,
                delay,
                described,
                exc_info=err,
            )
        await repo.mark_failure(
            claimed.id,
            f"{type(err).__name__}: {err}",
            park=park,
            retry_in=timedelta(seconds=delay),
        )
        self.metrics.events_processed.labels("failed" if park else "retry").inc()
        self.metrics.failures.labels("event").inc()

    # -- parked events (bot admins, the CLI) -----------------------------------------------

    async def parked(self, limit: int = 20) -> list[dict[str, Any]]:
        async with self.db.transaction() as session:
            return await InboxRepository(session).failed(limit)

    async def requeue(self, ids: list[int] | None = None) -> int:
        async with self.db.transaction() as session:
            count = await InboxRepository(session).requeue_failed(ids)
        if count:
            log.info("Requeued %d parked events", count)
        return count

    async def refresh_depth(self) -> dict[str, int]:
        async with self.db.transaction() as session:
            counts = await InboxRepository(session).counts()
        for status in ("pending", "done", "failed", "malformed"):
            self.metrics.inbox_depth.labels(status).set(counts.get(status, 0))
        return counts
