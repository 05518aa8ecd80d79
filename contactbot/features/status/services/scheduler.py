"""When to fetch whose profile: the polling scheduler behind status tracking.

Appservices get no event when a custom profile field changes (spec notes §4.5), so every user the
bot shares a room with is polled: one sweep per ``interval``, each user at their own phase (random
at first, then ``interval`` ± ``sweep_jitter`` after each fetch), so 100,000 users are no herd.
Joins, member changes and messages *bump* a user to the front of their server's queue when their
data is older than ``stale_after``. Budgets are token buckets, one per remote server and one
overall, plus caps on requests in flight; a server answering 429 (``retry_after_ms`` honoured),
5xx or nothing is backed off alone, exponentially with jitter.

One slotted ``UserEntry`` per user, a ``ServerQueue`` per server (``server_queue``) and one heap
of servers keyed by when each can next send, all with lazy deletion: 100,000 users fit in a few
tens of MiB at microseconds per decision. Decisions do no I/O; ``run()`` (``poll_loop.drive``)
calls an injected ``fetch(user_id) -> FetchOutcome``, and time and randomness are injected. Not
thread-safe: call it from the event loop that runs ``run()``.
"""

from __future__ import annotations

import asyncio
import heapq
import itertools
import logging
import math
import random
import time
from collections.abc import Callable

from contactbot.core.domain.ids import server_of
from contactbot.features.status.services.poll_loop import drive
from contactbot.features.status.services.polling import (
    SERVER_TROUBLE,
    SUCCESS,
    Fetch,
    FetchOutcome,
    FetchResult,
    NullMetrics,
    PollSettings,
    SchedulerMetrics,
    SchedulerStats,
)
from contactbot.features.status.services.server_queue import (
    NEVER,
    ServerQueue,
    UserEntry,
    bucket_for,
)

log = logging.getLogger(__name__)


class ProfileScheduler:
    """Decides which tracked users to fetch and when; ``run()`` drives it with a fetcher."""

    def __init__(
        self,
        settings: PollSettings | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        rng: random.Random | None = None,
        metrics: SchedulerMetrics | None = None,
    ) -> None:
        self.settings = settings or PollSettings()
        self._clock = clock
        # Jitter only, never security.
        self._rng = rng or random.Random()  # noqa: S311
        self._metrics: SchedulerMetrics = metrics or NullMetrics()
        self._entries: dict[str, UserEntry] = {}
        self._servers: dict[str, ServerQueue] = {}
        self._ready: list[tuple[float, int, ServerQueue]] = []
        self._seq = itertools.count(1)
        self._in_flight = 0
        self._tracked = 0
        s = self.settings
        self._global = bucket_for(s.global_rps, s.global_burst, clock())
        self._wake: asyncio.Event | None = None
        self._stopping = False
        self._running = False

    def __len__(self) -> int:
        return self._tracked

    def __contains__(self, user_id: object) -> bool:
        entry = self._entries.get(user_id) if isinstance(user_id, str) else None
        return entry is not None and entry.tracked

    @property
    def in_flight(self) -> int:
        return self._in_flight

    def track(self, user_id: str, *, fetched_ago: float | None = None) -> bool:
        """Start polling ``user_id``; False if already tracked.

        ``fetched_ago`` (seconds since the last stored fetch, e.g. after a restart) keeps the
        user's place in the sweep. Users never fetched, or overdue, get a random place within the
        next ``interval``, so a start with 100,000 users is a steady stream, not a herd; call
        ``bump`` for a user who needs a fetch now.
        """
        entry = self._entries.get(user_id)
        if entry is not None:
            if entry.tracked:
                return False
            # Untracked while its fetch was in flight: completion will requeue it.
            entry.tracked = True
            entry.server.users += 1
            self._tracked += 1
            return True
        now = self._clock()
        server = self._server(user_id, now)
        server.users += 1
        self._tracked += 1
        entry = self._entries[user_id] = UserEntry(user_id, server)
        interval = self.settings.interval
        if fetched_ago is not None and fetched_ago >= 0:
            entry.last_fetch = now - fetched_ago
        if fetched_ago is not None and 0 <= fetched_ago < interval:
            due = now + interval - fetched_ago
        else:
            due = now + self._rng.random() * interval
        self._push(entry, due)
        self._schedule(server, now)
        self._notify()
        return True

    def untrack(self, user_id: str) -> bool:
        """Stop polling ``user_id`` (they left every room the bot shares); False if unknown."""
        entry = self._entries.get(user_id)
        if entry is None or not entry.tracked:
            return False
        entry.tracked = False
        entry.urgent = False
        entry.seq = 0  # its heap item is now stale
        server = entry.server
        server.users -= 1
        self._tracked -= 1
        if not entry.in_flight:
            del self._entries[user_id]
            self._drop_if_idle(server)
        return True

    def bump(self, user_id: str, reason: str, *, force: bool = False) -> bool:
        """Fetch ``user_id`` ahead of the sweep if their data is stale; True if queued.

        ``reason`` (``join``, ``member``, ``message``…) is for metrics and logs. ``force``
        skips the staleness check (a moderator asking for a refresh). Budgets and backoff still
        apply; bumped users go before every user who is merely due.
        """
        entry = self._entries.get(user_id)
        accepted = False
        if entry is not None and entry.tracked and not entry.in_flight and not entry.urgent:
            now = self._clock()
            if force or now - entry.last_fetch >= self.settings.stale_after:
                entry.urgent = True
                entry.seq = 0  # it gets a fresh sweep slot after the fetch
                entry.server.urgent.append(entry)
                self._schedule(entry.server, now)
                self._notify()
                accepted = True
        self._metrics.bumped(reason, accepted)
        return accepted

    def next_batch(self, now: float | None = None, limit: int | None = None) -> list[str]:
        """Users to fetch now, within every budget; each is in flight until ``complete``."""
        if now is None:
            now = self._clock()
        batch: list[str] = []
        while limit is None or len(batch) < limit:
            entry = self._pop_ready(now)
            if entry is None:
                break
            batch.append(entry.user_id)
        return batch

    def complete(self, user_id: str, outcome: FetchOutcome, now: float | None = None) -> None:
        """Record how the fetch of ``user_id`` ended and schedule the next one."""
        entry = self._entries.get(user_id)
        if entry is None or not entry.in_flight:
            log.warning("Profile fetch of %s completed but was not in flight", user_id)
            return
        if now is None:
            now = self._clock()
        s = self.settings
        server = entry.server
        entry.in_flight = False
        server.in_flight -= 1
        self._in_flight -= 1
        result = outcome.result
        if result in SUCCESS:
            entry.last_fetch = now
            entry.failures = 0
            server.failures = 0
            due = now + s.interval * (1 + s.sweep_jitter * (2 * self._rng.random() - 1))
        elif result is FetchResult.RATE_LIMITED:
            self._back_off(server, now, result, outcome.retry_after_ms)
            due = min(entry.due, now)  # keeps its place in line for when the server lets us in
        elif result in SERVER_TROUBLE:
            self._back_off(server, now, result, None)
            entry.failures += 1
            # One user the remote server always chokes on must not keep the server backed off.
            due = (
                entry.retry_at(now, self.settings, self._rng.random)
                if entry.failures >= s.max_server_errors_per_user
                else min(entry.due, now)
            )
        else:
            server.failures = 0  # the server answered; the problem is this user
            entry.failures += 1
            due = entry.retry_at(now, self.settings, self._rng.random)

        if not entry.tracked:
            del self._entries[user_id]
            self._drop_if_idle(server)
            return
        self._push(entry, due)
        self._schedule(server, now)

    def next_wakeup(self, now: float | None = None) -> float | None:
        """When ``next_batch`` may next return someone; None if only a completion can change it."""
        if now is None:
            now = self._clock()
        cap = self.settings.max_in_flight
        if cap is not None and self._in_flight >= cap:
            return None
        ready = self._ready
        while ready and ready[0][1] != ready[0][2].sched_seq:
            heapq.heappop(ready)
        if not ready:
            return None
        when = ready[0][0]
        if self._global is not None:
            when = max(when, self._global.ready_at(now))
        return when

    def stats(self, now: float | None = None) -> SchedulerStats:
        """Counts for gauges; O(servers)."""
        if now is None:
            now = self._clock()
        wake = self.next_wakeup(now)
        return SchedulerStats(
            tracked=len(self),
            servers=len(self._servers),
            in_flight=self._in_flight,
            backed_off_servers=sum(1 for s in self._servers.values() if s.backoff_until > now),
            lag=max(0.0, now - wake) if wake is not None and wake != NEVER else 0.0,
        )

    async def run(self, fetch: Fetch) -> None:
        """Fetch profiles until ``stop()``; in-flight fetches are awaited before returning.

        ``fetch`` should map every answer to a ``FetchOutcome``; an ``OSError``/timeout it raises
        counts as ``UNREACHABLE``, anything else as ``FAILED`` (and is logged).
        """
        if self._running:
            raise RuntimeError("ProfileScheduler.run() is already running")
        self._running = True
        self._stopping = False
        self._wake = asyncio.Event()
        try:
            await drive(self, fetch, self._wake)
        finally:
            self._wake = None
            self._running = False

    def now(self) -> float:
        return self._clock()

    @property
    def stopping(self) -> bool:
        return self._stopping

    def stop(self) -> None:
        """Make ``run()`` return once the fetches in flight are done."""
        self._stopping = True
        self._notify()

    async def fetch_one(self, fetch: Fetch, user_id: str) -> None:
        """Fetch one dispatched user and record how it went (the loop runs one per user)."""
        entry = self._entries[user_id]
        server = entry.server.name
        started = self._clock()
        try:
            outcome = await fetch(user_id)
        except asyncio.CancelledError:
            # Shutting down: put the user back without counting it against anyone.
            self._release(entry)
            raise
        except OSError:  # includes TimeoutError and connection errors
            outcome = FetchOutcome.unreachable()
        except Exception:
            log.exception("Profile fetch of %s raised", user_id)
            outcome = FetchOutcome.failed()
        self.complete(user_id, outcome)
        self._metrics.fetch_finished(server, outcome.result, self._clock() - started)
        self._notify()

    def _notify(self) -> None:
        if self._wake is not None:
            self._wake.set()

    def _server(self, user_id: str, now: float) -> ServerQueue:
        # Server names are DNS names (plus port); case must not split one server in two.
        name = (server_of(user_id) or "").lower()
        server = self._servers.get(name)
        if server is None:
            s = self.settings
            server = self._servers[name] = ServerQueue(
                name, bucket_for(s.per_server_rps, s.per_server_burst, now)
            )
        return server

    def _drop_if_idle(self, server: ServerQueue) -> None:
        # Its backoff state goes too; a returning user costs at most one probe request.
        if server.users == 0 and server.in_flight == 0:
            self._servers.pop(server.name, None)
            server.clear()

    def _push(self, entry: UserEntry, due: float) -> None:
        entry.server.push(entry, due, next(self._seq))

    def _back_off(
        self, server: ServerQueue, now: float, result: FetchResult, retry_after_ms: int | None
    ) -> None:
        delay = server.back_off(now, self.settings, self._rng.random, retry_after_ms)
        if delay is None:
            return
        log.info(
            "Backing off profile fetches from %s for %.1fs (%s, %d in a row)",
            server.name or "<no server>",
            delay,
            result.value,
            server.failures,
        )
        self._metrics.server_backoff(server.name, delay, result)

    def _release(self, entry: UserEntry) -> None:
        """Undo a dispatch without judging anyone (the fetch was cancelled)."""
        if not entry.in_flight:
            return
        server = entry.server
        entry.in_flight = False
        server.in_flight -= 1
        self._in_flight -= 1
        if not entry.tracked:
            self._entries.pop(entry.user_id, None)
            self._drop_if_idle(server)
            return
        now = self._clock()
        self._push(entry, min(entry.due, now))
        self._schedule(server, now)

    def _schedule(self, server: ServerQueue, now: float) -> None:
        when = server.ready_time(now, self.settings.per_server_max_in_flight)
        if when is None:
            server.sched_seq = 0
            server.sched_at = math.nan
            return
        if server.sched_seq and when == server.sched_at:
            return
        seq = next(self._seq)
        server.sched_seq = seq
        server.sched_at = when
        heapq.heappush(self._ready, (when, seq, server))
        if len(self._ready) > 2 * len(self._servers) + 64:
            self._ready = [item for item in self._ready if item[1] == item[2].sched_seq]
            heapq.heapify(self._ready)

    def _pop_ready(self, now: float) -> UserEntry | None:
        cap = self.settings.max_in_flight
        ready = self._ready
        while ready:
            if cap is not None and self._in_flight >= cap:
                return None
            if self._global is not None and self._global.ready_at(now) > now:
                return None
            when, seq, server = ready[0]
            if seq != server.sched_seq:
                heapq.heappop(ready)
                continue
            if when > now:
                return None
            heapq.heappop(ready)
            server.sched_seq = 0
            server.sched_at = math.nan
            entry = server.pop(now)
            if entry is None:
                self._schedule(server, now)
                continue
            entry.in_flight = True
            server.in_flight += 1
            self._in_flight += 1
            if server.bucket is not None:
                server.bucket.spend(now)
            if self._global is not None:
                self._global.spend(now)
            self._schedule(server, now)
            self._metrics.fetch_started(server.name)
            return entry
        return None
