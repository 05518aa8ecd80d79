"""Slow work outside the inbox: support-document lookups run in a bounded pool, not in the
command's worker slot.

A command that needs a fetch (a cache miss) is admitted against per-user and global limits,
then its event's unit of work commits and the slot is free again. Only after that commit does
the lookup start, in a pool of at most ``max_concurrent`` lookups. If it is done within
``answer_within`` seconds, its answer is the command's one reply; otherwise the user first gets
"looking it up" and the answer follows when it is ready. Each reply goes through the outbox,
in a unit of work of its own, with a transaction ID derived from the command's event ID: a
retried or replayed command, or a crash between the homeserver's answer and the "sent" mark,
never posts a reply twice. (A crash before the reply is queued loses it; the user asks again.)
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from contactbot.core.domain.formatting import Message
from contactbot.core.domain.tokenbucket import TokenBucket
from contactbot.core.errors import UserError
from contactbot.core.services.outbox import MessageSender
from contactbot.core.storage.database import Database
from contactbot.features.contacts.domain.settings import LookupLimits

log = logging.getLogger(__name__)

HOUR = 3600.0
# An admitted lookup whose command never committed (its unit of work rolled back) stops
# counting against its user after this long.
ADMISSION_EXPIRY = 60.0


@dataclass(frozen=True, slots=True)
class ReplyTo:
    """Where and how a deferred answer goes: the command's room, event and reply channel."""

    room_id: str
    event_id: str
    sender: str
    replies: MessageSender


def reply_txn_id(event_id: str, part: str) -> str:
    """The transaction ID of a deferred reply: derived from the command, so it is sent once."""
    return f"cb.{event_id}.lookup.{part}"


class LookupPool:
    """Admission limits and the bounded pool that runs lookups after their command commits."""

    def __init__(
        self,
        db: Database,
        limits: LookupLimits | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.db = db
        self.limits = limits or LookupLimits()
        self._clock = clock
        self._slots = asyncio.Semaphore(self.limits.max_concurrent)
        self._global = TokenBucket(self.limits.hourly / HOUR, self.limits.hourly, clock())
        self._per_user: dict[str, TokenBucket] = {}
        self._running: dict[str, int] = {}
        self._admitted: dict[str, list[float]] = {}
        self._tasks: set[asyncio.Task[None]] = set()

    def _expire_admissions(self, now: float) -> None:
        for user, times in list(self._admitted.items()):
            times[:] = [t for t in times if now - t < ADMISSION_EXPIRY]
            if not times:
                del self._admitted[user]

    def _count(self, user_id: str) -> int:
        return self._running.get(user_id, 0) + len(self._admitted.get(user_id, ()))

    @property
    def pending(self) -> int:
        """Lookups admitted and not finished (running, waiting for the pool or to start)."""
        return sum(self._running.values()) + sum(len(t) for t in self._admitted.values())

    def admit(self, user_id: str) -> None:
        """Count one lookup for ``user_id`` against the limits, or refuse it.

        Raises:
            UserError: saying which limit was reached and when to try again.
        """
        now = self._clock()
        limits = self.limits
        self._expire_admissions(now)
        if self._count(user_id) >= limits.per_user_concurrent:
            raise UserError(
                f"You have {limits.per_user_concurrent} lookups in progress already; "
                "I will answer those first."
            )
        if self.pending >= limits.max_concurrent + limits.max_queued:
            raise UserError("I am busy looking up other servers; please ask again in a minute.")
        bucket = self._per_user.get(user_id)
        if bucket is None:
            self._prune(now)
            bucket = TokenBucket(limits.per_user_hourly / HOUR, limits.per_user_hourly, now)
            self._per_user[user_id] = bucket
        if not bucket.has_token(now):
            wait = max(1, round(bucket.retry_after(now) / 60))
            raise UserError(
                f"You asked for many lookups of servers lately; try again in {wait} min."
            )
        if not self._global.has_token(now):
            wait = max(1, round(self._global.retry_after(now) / 60))
            raise UserError(f"I looked up many servers lately; try again in {wait} min.")
        bucket.take(now)
        self._global.take(now)
        self._admitted.setdefault(user_id, []).append(now)

    def _prune(self, now: float) -> None:
        # Full buckets remember nothing a new bucket would not, so they can go.
        for user, bucket in list(self._per_user.items()):
            if bucket.is_full(now) and not self._count(user):
                del self._per_user[user]

    async def defer(
        self,
        target: ReplyTo,
        work: Callable[[], Awaitable[Message]],
        pending: Message,
    ) -> None:
        """Run ``work`` in the pool once the current unit of work commits, and reply with its
        message; ``pending`` is sent first if the answer takes longer than ``answer_within``.

        The caller has :meth:`admit`-ted the lookup. If the unit of work rolls back, nothing
        starts (the command will be retried, and admitted again).
        """

        async def start() -> None:
            admitted = self._admitted.get(target.sender)
            if admitted:
                admitted.pop(0)
                if not admitted:
                    del self._admitted[target.sender]
            self._running[target.sender] = self._running.get(target.sender, 0) + 1
            task = asyncio.create_task(
                self._run(target, work, pending), name=f"lookup {target.event_id}"
            )
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

        async with self.db.transaction():
            # A rollback discards the hook, so an uncommitted command never starts a lookup.
            # (Its admission then expires after ADMISSION_EXPIRY.)
            self.db.after_commit(start)

    async def _run(
        self, target: ReplyTo, work: Callable[[], Awaitable[Message]], pending: Message
    ) -> None:
        try:
            async with self._slots:
                job = asyncio.ensure_future(work())
                try:
                    done, _ = await asyncio.wait({job}, timeout=self.limits.answer_within)
                    if not done:
                        await self._send(target, "pending", pending)
                    answer = await job
                finally:
                    job.cancel()
            await self._send(target, "answer", answer)
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("Lookup for %s in %s failed", target.event_id, target.room_id)
        finally:
            self._release(target.sender)

    def _release(self, user_id: str) -> None:
        left = self._running.get(user_id, 0) - 1
        if left > 0:
            self._running[user_id] = left
        else:
            self._running.pop(user_id, None)

    async def _send(self, target: ReplyTo, part: str, msg: Message) -> None:
        content = msg.content(reply_to=target.event_id)
        # A unit of work of its own: this task is not the command's, whatever context it
        # inherited, and the outbox delivers the reply after this commit.
        async with self.db.separate_transaction():
            await target.replies.send_message(
                target.room_id, content, txn_id=reply_txn_id(target.event_id, part)
            )

    async def drain(self) -> None:
        """Wait until every started lookup has replied (tests, and a graceful stop)."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    async def close(self) -> None:
        """Cancel lookups in progress (at shutdown); their commands get no late answer."""
        tasks = list(self._tasks)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
