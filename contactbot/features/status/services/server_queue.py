"""Per-server queues of the polling scheduler: who of one server is due, bumped, in flight.

Each remote server has a heap of ``(due, seq, entry)``, a FIFO of bumped entries, its own token
bucket and its backoff. Heaps use lazy deletion: an item is live only while its ``seq`` matches
the entry's, so untrack, bump and reschedule are O(1) and stale items are skipped (and compacted
away when they pile up).
"""

from __future__ import annotations

import heapq
import math
from collections import deque
from collections.abc import Callable
from typing import Final

from contactbot.core.domain.tokenbucket import NOW, TokenBucket
from contactbot.features.status.services.polling import PollSettings

NEVER: Final = NOW


def bucket_for(rate: float | None, burst: float | None, now: float) -> TokenBucket | None:
    if rate is None:
        return None
    # A burst below one token would never allow a request.
    return TokenBucket(rate, max(1.0, burst if burst is not None else rate), now)


class ServerQueue:
    """One remote server's users, budget and backoff."""

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
        self.heap: list[tuple[float, int, UserEntry]] = []
        self.urgent: deque[UserEntry] = deque()
        self.users = 0
        self.in_flight = 0
        self.failures = 0
        self.backoff_until = NEVER
        # The live item of this server in the scheduler's ready heap (0: none).
        self.sched_seq = 0
        self.sched_at = math.nan

    def push(self, entry: UserEntry, due: float, seq: int) -> None:
        """Queue ``entry`` at ``due``; ``seq`` makes this item the live one."""
        entry.due = due
        entry.seq = seq
        heapq.heappush(self.heap, (due, seq, entry))
        if len(self.heap) > 2 * self.users + 32:
            self.heap = [item for item in self.heap if item[2].seq == item[1]]
            heapq.heapify(self.heap)

    def clear(self) -> None:
        self.sched_seq = 0
        self.heap.clear()
        self.urgent.clear()

    def back_off(
        self,
        now: float,
        settings: PollSettings,
        jitter: Callable[[], float],
        retry_after_ms: int | None,
    ) -> float | None:
        """Back this server off after trouble; the delay, or None when already backed off.

        ``jitter()`` gives a random number in [0, 1) spreading the delays of many servers.
        """
        s = settings
        if retry_after_ms is not None and retry_after_ms >= 0:
            # Honour the server's own figure, within reason: a buggy or hostile server must
            # not be able to park us for a year.
            self.failures += 1
            delay = min(retry_after_ms / 1000, s.retry_after_max)
        else:
            if now < self.backoff_until:
                # Requests already in flight when the backoff began fail too; they are not new
                # evidence, so they must not double the delay again.
                return None
            self.failures += 1
            ceiling = min(s.backoff_max, s.backoff_base * 2.0 ** min(self.failures - 1, 60))
            delay = ceiling / 2 + jitter() * ceiling / 2
        until = now + delay
        if until > self.backoff_until:
            self.backoff_until = until
        return delay

    def ready_time(self, now: float, max_in_flight: int | None) -> float | None:
        """When this server may next send (``NEVER``: now, ahead of all), None: not until a
        completion or a new entry."""
        if max_in_flight is not None and self.in_flight >= max_in_flight:
            return None
        urgent = self.urgent
        while urgent and not (urgent[0].urgent and urgent[0].tracked):
            urgent.popleft()
        if urgent:
            # Bumped users sort before every merely-due user of any server.
            when = NEVER
        else:
            heap = self.heap
            while heap and heap[0][2].seq != heap[0][1]:
                heapq.heappop(heap)
            if not heap:
                return None
            when = heap[0][0]
        if self.backoff_until > when:
            when = self.backoff_until
        if self.bucket is not None:
            when = max(when, self.bucket.ready_at(now))
        return when

    def pop(self, now: float) -> UserEntry | None:
        """The next entry to fetch now (bumped ones first), if backoff and budget allow."""
        if self.backoff_until > now:
            return None
        if self.bucket is not None and self.bucket.ready_at(now) > now:
            return None
        urgent = self.urgent
        while urgent:
            entry = urgent.popleft()
            if entry.urgent and entry.tracked and not entry.in_flight:
                entry.urgent = False
                # Should this fetch have to be retried, the retry still goes before the sweep.
                entry.due = NEVER
                return entry
        heap = self.heap
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


class UserEntry:
    """One tracked user's place in the sweep."""

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

    def __init__(self, user_id: str, server: ServerQueue) -> None:
        self.user_id = user_id
        self.server = server
        self.due = 0.0
        self.seq = 0  # of the live item in server.heap; 0 when none
        self.last_fetch = NEVER
        self.failures = 0
        self.tracked = True
        self.in_flight = False
        self.urgent = False

    def retry_at(self, now: float, settings: PollSettings, jitter: Callable[[], float]) -> float:
        """When to retry this user after their own failures: doubling, up to ``interval``."""
        s = settings
        delay = min(s.interval, s.user_retry_base * 2.0 ** min(self.failures - 1, 30))
        return now + delay * (0.5 + 0.5 * jitter())
