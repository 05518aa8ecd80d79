"""When to fetch whose profile: the polling scheduler behind status tracking.

Appservices get no event when a custom profile field changes (spec notes §4.5), so every user the
bot shares a room with is polled: one full sweep per ``interval``, each user at their own phase
(random at first, then ``interval`` ± ``sweep_jitter`` after each fetch) so that 100,000 users do
not arrive as one herd. Users who just joined, changed their member event or spoke are *bumped*
to the front of their server's queue, but only when their data is older than ``stale_after``, so
a chatty room costs nothing extra.

Budgets are token buckets: one per remote server (the server part of the user ID; our homeserver
asks that server over federation on our behalf) and one overall, plus caps on requests in flight,
overall and per server. A server that answers 429 (``retry_after_ms`` honoured), 5xx or not at all
is backed off alone, exponentially with jitter; other servers keep flowing.

Layout, chosen for 100,000 users in a few tens of MiB and microseconds per decision:

* one slotted ``_Entry`` per user, found through a dict;
* per server, a heap of ``(due, seq, entry)`` and a FIFO of bumped entries;
* one heap of servers keyed by when each can next send (earliest due, backoff end, token refill).

Heaps use lazy deletion: an item is live only while its ``seq`` matches the owner's, so untrack,
bump and reschedule are O(1) and stale items are skipped (and compacted away when they pile up).

Nothing here does I/O: ``run()`` calls an injected ``fetch(user_id) -> FetchOutcome`` coroutine,
and time and randomness are injected so tests are deterministic. The methods are not thread-safe;
call them from the event loop that runs ``run()``.
"""

from __future__ import annotations

import asyncio
import heapq
import itertools
import logging
import math
import random
import time
from collections import deque
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, fields
from enum import Enum
from typing import Final, Protocol

from contactbot.core.domain.ids import server_of

log = logging.getLogger(__name__)

_NEVER: Final = -math.inf
# run() hands out at most this many fetches before yielding to the loop, so a huge backlog with
# no in-flight cap cannot starve everything else.
DISPATCH_CHUNK: Final = 1024


class FetchResult(Enum):
    """How one profile fetch ended, as far as scheduling cares."""

    OK = "ok"
    NOT_FOUND = "not_found"  # 404 M_NOT_FOUND: nothing set; a success for scheduling
    RATE_LIMITED = "rate_limited"  # 429: back the server off, honouring retry_after_ms
    SERVER_ERROR = "server_error"  # 5xx (502/504 are often the remote server, via ours)
    UNREACHABLE = "unreachable"  # connection refused/reset, timeout
    FAILED = "failed"  # any other answer (403, 400, junk body): this user only


_SUCCESS: Final = frozenset({FetchResult.OK, FetchResult.NOT_FOUND})
_SERVER_TROUBLE: Final = frozenset({FetchResult.SERVER_ERROR, FetchResult.UNREACHABLE})


@dataclass(frozen=True, slots=True)
class FetchOutcome:
    """What ``fetch`` reports back: the result, and the server's ``retry_after_ms`` on a 429."""

    result: FetchResult
    retry_after_ms: int | None = None
    status: int | None = None

    @classmethod
    def ok(cls) -> FetchOutcome:
        return cls(FetchResult.OK, status=200)

    @classmethod
    def not_found(cls) -> FetchOutcome:
        return cls(FetchResult.NOT_FOUND, status=404)

    @classmethod
    def rate_limited(cls, retry_after_ms: int | None = None) -> FetchOutcome:
        return cls(FetchResult.RATE_LIMITED, retry_after_ms=retry_after_ms, status=429)

    @classmethod
    def server_error(cls, status: int = 500) -> FetchOutcome:
        return cls(FetchResult.SERVER_ERROR, status=status)

    @classmethod
    def unreachable(cls) -> FetchOutcome:
        return cls(FetchResult.UNREACHABLE)

    @classmethod
    def failed(cls, status: int | None = None) -> FetchOutcome:
        return cls(FetchResult.FAILED, status=status)

    @classmethod
    def from_status(cls, status: int, retry_after_ms: int | None = None) -> FetchOutcome:
        """Classify an HTTP status code from ``GET /profile/{userId}``."""
        if 200 <= status < 300:
            return cls(FetchResult.OK, status=status)
        if status == 404:
            return cls.not_found()
        if status == 429:
            return cls.rate_limited(retry_after_ms)
        if status >= 500:
            return cls.server_error(status)
        return cls.failed(status)


Fetch = Callable[[str], Awaitable[FetchOutcome]]


class SchedulerMetrics(Protocol):
    """Hooks for metrics (Prometheus is wired by the caller). Must be cheap and never raise."""

    def fetch_started(self, server: str) -> None: ...

    def fetch_finished(self, server: str, result: FetchResult, seconds: float) -> None: ...

    def server_backoff(self, server: str, seconds: float, result: FetchResult) -> None: ...

    def bumped(self, reason: str, accepted: bool) -> None: ...


class NullMetrics:
    """The default: record nothing."""

    def fetch_started(self, server: str) -> None:
        pass

    def fetch_finished(self, server: str, result: FetchResult, seconds: float) -> None:
        pass

    def server_backoff(self, server: str, seconds: float, result: FetchResult) -> None:
        pass

    def bumped(self, reason: str, accepted: bool) -> None:
        pass


# Fields of PollSettings where 0 in a config file means "no limit" (stored as None).
_UNLIMITED_WHEN_ZERO: Final = frozenset(
    {
        "per_server_rps",
        "per_server_burst",
        "per_server_max_in_flight",
        "global_rps",
        "global_burst",
        "max_in_flight",
    }
)
_INT_FIELDS: Final = frozenset(
    {"per_server_max_in_flight", "max_in_flight", "max_server_errors_per_user"}
)


@dataclass(frozen=True, slots=True)
class PollSettings:
    """Polling knobs. Durations are seconds; ``None`` (``0`` in a config file) means no limit.

    A sweep needs ``users / interval`` requests per second overall (100,000 users every 15 min is
    about 111/s) and ``users on that server / interval`` per server; below that, users of the
    server are fetched as fast as its budget allows, earliest due first.
    """

    interval: float = 900.0
    sweep_jitter: float = 0.1
    stale_after: float = 300.0
    per_server_rps: float | None = 10.0
    per_server_burst: float | None = None
    per_server_max_in_flight: int | None = 8
    global_rps: float | None = 200.0
    global_burst: float | None = None
    max_in_flight: int | None = 64
    backoff_base: float = 2.0
    backoff_max: float = 900.0
    retry_after_max: float = 3600.0
    user_retry_base: float = 60.0
    max_server_errors_per_user: int = 3

    def __post_init__(self) -> None:
        for name in _UNLIMITED_WHEN_ZERO:
            if getattr(self, name) == 0:
                object.__setattr__(self, name, None)  # frozen: normalising, not mutating
        if not self.interval > 0:
            raise ValueError("interval: must be more than 0 seconds")
        if not 0 <= self.sweep_jitter < 1:
            raise ValueError("sweep_jitter: must be at least 0 and less than 1")
        for spec in fields(self):
            value = getattr(self, spec.name)
            if value is not None and (not math.isfinite(value) or value < 0):
                raise ValueError(f"{spec.name}: must be a finite number, 0 or more")
        if self.max_server_errors_per_user < 1:
            raise ValueError("max_server_errors_per_user: must be at least 1")

    @classmethod
    def from_mapping(cls, data: Mapping[str, object]) -> PollSettings:
        """Build from a config section; an unknown key or a bad value raises ``ValueError``."""
        known = {spec.name for spec in fields(cls)}
        values: dict[str, float | int | None] = {}
        for key, value in data.items():
            if key not in known:
                raise ValueError(
                    f"{key}: unknown polling setting (known: {', '.join(sorted(known))})"
                )
            if value is None:
                if key not in _UNLIMITED_WHEN_ZERO:
                    raise ValueError(f"{key}: must be a number")
                values[key] = None
                continue
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise ValueError(f"{key}: must be a number, not {type(value).__name__}")
            if key in _INT_FIELDS:
                if value != int(value):
                    raise ValueError(f"{key}: must be a whole number")
                value = int(value)
            else:
                value = float(value)
            values[key] = None if value == 0 and key in _UNLIMITED_WHEN_ZERO else value
        return cls(**values)  # type: ignore[arg-type]  # keys and types were checked above


@dataclass(frozen=True, slots=True)
class SchedulerStats:
    """A snapshot for gauges. ``lag`` is how long the most overdue ready user has waited."""

    tracked: int
    servers: int
    in_flight: int
    backed_off_servers: int
    lag: float


class TokenBucket:
    """``rate`` tokens per second up to ``capacity``; times come from the caller."""

    __slots__ = ("capacity", "rate", "tokens", "updated")

    def __init__(self, rate: float, capacity: float, now: float) -> None:
        self.rate = rate
        self.capacity = capacity
        self.tokens = capacity
        self.updated = now

    def ready_at(self, now: float) -> float:
        """When a token is available: ``-inf`` if one is now, else the refill time."""
        if now > self.updated:
            self.tokens = min(self.capacity, self.tokens + (now - self.updated) * self.rate)
            self.updated = now
        # The tolerance absorbs float error, so that waking at the promised time always succeeds.
        if self.tokens >= 1 - 1e-9:
            return _NEVER
        return self.updated + (1 - self.tokens) / self.rate

    def take(self, now: float) -> None:
        self.ready_at(now)
        self.tokens -= 1


def _bucket(rate: float | None, burst: float | None, now: float) -> TokenBucket | None:
    if rate is None:
        return None
    # A burst below one token would never allow a request.
    return TokenBucket(rate, max(1.0, burst if burst is not None else rate), now)


class _Server:
    __slots__ = (
        "backoff_until",
        "bucket",
        "failures",
        "heap",
        "in_flight",
        "name",
        "sched_at",
        "sched_seq",
        "urgent",
        "users",
    )

    def __init__(self, name: str, bucket: TokenBucket | None) -> None:
        self.name = name
        self.bucket = bucket
        self.heap: list[tuple[float, int, _Entry]] = []
        self.urgent: deque[_Entry] = deque()
        self.users = 0
        self.in_flight = 0
        self.failures = 0
        self.backoff_until = _NEVER
        # The live item of this server in the scheduler's ready heap (0: none).
        self.sched_seq = 0
        self.sched_at = math.nan


class _Entry:
    __slots__ = (
        "due",
        "failures",
        "in_flight",
        "last_fetch",
        "seq",
        "server",
        "tracked",
        "urgent",
        "user_id",
    )

    def __init__(self, user_id: str, server: _Server) -> None:
        self.user_id = user_id
        self.server = server
        self.due = 0.0
        self.seq = 0  # of the live item in server.heap; 0 when none
        self.last_fetch = _NEVER
        self.failures = 0
        self.tracked = True
        self.in_flight = False
        self.urgent = False


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
        self._entries: dict[str, _Entry] = {}
        self._servers: dict[str, _Server] = {}
        self._ready: list[tuple[float, int, _Server]] = []
        self._seq = itertools.count(1)
        self._in_flight = 0
        self._tracked = 0
        s = self.settings
        self._global = _bucket(s.global_rps, s.global_burst, clock())
        self._wake: asyncio.Event | None = None
        self._stopping = False
        self._running = False

    # -- membership ----------------------------------------------------------------------

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
        entry = self._entries[user_id] = _Entry(user_id, server)
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

    # -- the decision core ---------------------------------------------------------------

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
        if result in _SUCCESS:
            entry.last_fetch = now
            entry.failures = 0
            server.failures = 0
            due = now + s.interval * (1 + s.sweep_jitter * (2 * self._rng.random() - 1))
        elif result is FetchResult.RATE_LIMITED:
            self._back_off(server, now, result, outcome.retry_after_ms)
            due = min(entry.due, now)  # keeps its place in line for when the server lets us in
        elif result in _SERVER_TROUBLE:
            self._back_off(server, now, result, None)
            entry.failures += 1
            # One user the remote server always chokes on must not keep the server backed off.
            due = (
                self._user_retry(entry, now)
                if entry.failures >= s.max_server_errors_per_user
                else min(entry.due, now)
            )
        else:
            server.failures = 0  # the server answered; the problem is this user
            entry.failures += 1
            due = self._user_retry(entry, now)

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
            lag=max(0.0, now - wake) if wake is not None and wake != _NEVER else 0.0,
        )

    # -- the loop ------------------------------------------------------------------------

    async def run(self, fetch: Fetch) -> None:
        """Fetch profiles until ``stop()``; in-flight fetches are awaited before returning.

        ``fetch`` should map every answer to a ``FetchOutcome``; an ``OSError``/timeout it raises
        counts as ``UNREACHABLE``, anything else as ``FAILED`` (and is logged).
        """
        if self._running:
            raise RuntimeError("ProfileScheduler.run() is already running")
        self._running = True
        self._stopping = False
        loop = asyncio.get_running_loop()
        wake = self._wake = asyncio.Event()
        tasks: set[asyncio.Task[None]] = set()
        timer: asyncio.TimerHandle | None = None
        timer_at = math.nan

        def fire() -> None:
            nonlocal timer, timer_at
            timer, timer_at = None, math.nan
            wake.set()

        try:
            while not self._stopping:
                # Cleared before deciding, so a completion that lands meanwhile is not lost.
                wake.clear()
                now = self._clock()
                batch = self.next_batch(now, DISPATCH_CHUNK)
                for user_id in batch:
                    task = loop.create_task(self._fetch_one(fetch, user_id))
                    tasks.add(task)
                    task.add_done_callback(tasks.discard)
                if len(batch) == DISPATCH_CHUNK:
                    await asyncio.sleep(0)
                    continue
                when = self.next_wakeup(now)
                if when != timer_at:
                    if timer is not None:
                        timer.cancel()
                        timer, timer_at = None, math.nan
                    if when is not None:
                        timer = loop.call_later(max(0.0, when - now), fire)
                        timer_at = when
                await wake.wait()
            if tasks:
                await asyncio.gather(*tasks, return_exceptions=True)
        except asyncio.CancelledError:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            raise
        finally:
            if timer is not None:
                timer.cancel()
            self._wake = None
            self._running = False

    def stop(self) -> None:
        """Make ``run()`` return once the fetches in flight are done."""
        self._stopping = True
        self._notify()

    async def _fetch_one(self, fetch: Fetch, user_id: str) -> None:
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

    # -- internals -----------------------------------------------------------------------

    def _notify(self) -> None:
        if self._wake is not None:
            self._wake.set()

    def _server(self, user_id: str, now: float) -> _Server:
        # Server names are DNS names (plus port); case must not split one server in two.
        name = (server_of(user_id) or "").lower()
        server = self._servers.get(name)
        if server is None:
            s = self.settings
            server = self._servers[name] = _Server(
                name, _bucket(s.per_server_rps, s.per_server_burst, now)
            )
        return server

    def _drop_if_idle(self, server: _Server) -> None:
        # Its backoff state goes too; a returning user costs at most one probe request.
        if server.users == 0 and server.in_flight == 0:
            self._servers.pop(server.name, None)
            server.sched_seq = 0
            server.heap.clear()
            server.urgent.clear()

    def _push(self, entry: _Entry, due: float) -> None:
        server = entry.server
        heap = server.heap
        seq = next(self._seq)
        entry.due = due
        entry.seq = seq
        heapq.heappush(heap, (due, seq, entry))
        if len(heap) > 2 * server.users + 32:
            server.heap = [item for item in heap if item[2].seq == item[1]]
            heapq.heapify(server.heap)

    def _user_retry(self, entry: _Entry, now: float) -> float:
        s = self.settings
        delay = min(s.interval, s.user_retry_base * 2.0 ** min(entry.failures - 1, 30))
        return now + delay * (0.5 + 0.5 * self._rng.random())

    def _back_off(
        self, server: _Server, now: float, result: FetchResult, retry_after_ms: int | None
    ) -> None:
        s = self.settings
        if retry_after_ms is not None and retry_after_ms >= 0:
            # Honour the server's own figure, within reason: a buggy or hostile server must
            # not be able to park us for a year.
            server.failures += 1
            delay = min(retry_after_ms / 1000, s.retry_after_max)
        else:
            if now < server.backoff_until:
                # Requests already in flight when the backoff began fail too; they are not new
                # evidence, so they must not double the delay again.
                return
            server.failures += 1
            ceiling = min(s.backoff_max, s.backoff_base * 2.0 ** min(server.failures - 1, 60))
            delay = ceiling / 2 + self._rng.random() * ceiling / 2
        until = now + delay
        if until > server.backoff_until:
            server.backoff_until = until
        log.info(
            "Backing off profile fetches from %s for %.1fs (%s, %d in a row)",
            server.name or "<no server>",
            delay,
            result.value,
            server.failures,
        )
        self._metrics.server_backoff(server.name, delay, result)

    def _release(self, entry: _Entry) -> None:
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

    def _ready_time(self, server: _Server, now: float) -> float | None:
        cap = self.settings.per_server_max_in_flight
        if cap is not None and server.in_flight >= cap:
            return None
        urgent = server.urgent
        while urgent and not (urgent[0].urgent and urgent[0].tracked):
            urgent.popleft()
        if urgent:
            # Bumped users sort before every merely-due user of any server.
            when = _NEVER
        else:
            heap = server.heap
            while heap and heap[0][2].seq != heap[0][1]:
                heapq.heappop(heap)
            if not heap:
                return None
            when = heap[0][0]
        if server.backoff_until > when:
            when = server.backoff_until
        if server.bucket is not None:
            when = max(when, server.bucket.ready_at(now))
        return when

    def _schedule(self, server: _Server, now: float) -> None:
        when = self._ready_time(server, now)
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

    def _pop_ready(self, now: float) -> _Entry | None:
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
            entry = self._pop_server(server, now)
            if entry is None:
                self._schedule(server, now)
                continue
            entry.in_flight = True
            server.in_flight += 1
            self._in_flight += 1
            if server.bucket is not None:
                server.bucket.take(now)
            if self._global is not None:
                self._global.take(now)
            self._schedule(server, now)
            self._metrics.fetch_started(server.name)
            return entry
        return None

    def _pop_server(self, server: _Server, now: float) -> _Entry | None:
        if server.backoff_until > now:
            return None
        if server.bucket is not None and server.bucket.ready_at(now) > now:
            return None
        urgent = server.urgent
        while urgent:
            entry = urgent.popleft()
            if entry.urgent and entry.tracked and not entry.in_flight:
                entry.urgent = False
                # Should this fetch have to be retried, the retry still goes before the sweep.
                entry.due = _NEVER
                return entry
        heap = server.heap
        while heap:
            due, seq, entry = heap[0]
            if entry.seq != seq:
                heapq.heappop(heap)
                continue
            if due > now:
                return None
            heapq.heappop(heap)
            entry.seq = 0
            return entry
        return None
