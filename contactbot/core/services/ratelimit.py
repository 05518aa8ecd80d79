"""Token buckets for command replies, per user and per room."""

from __future__ import annotations

import time
from collections.abc import Callable

from contactbot.core.domain.tokenbucket import TokenBucket


class _Bucket(TokenBucket):
    """A bucket that also remembers whether its owner was told about the limit."""

    __slots__ = ("warned",)

    def __init__(self, rate: float, capacity: float, now: float) -> None:
        super().__init__(rate, capacity, now)
        self.warned = False


class TokenBuckets:
    """One bucket per key: ``burst`` tokens, refilled at ``rate`` per second."""

    def __init__(
        self,
        burst: float,
        rate: float,
        clock: Callable[[], float] = time.monotonic,
        max_keys: int = 100_000,
    ) -> None:
        self.burst = burst
        self.rate = rate
        self.clock = clock
        self.max_keys = max_keys
        self._buckets: dict[str, _Bucket] = {}

    def _bucket(self, key: str) -> tuple[_Bucket, float]:
        now = self.clock()
        bucket = self._buckets.get(key)
        if bucket is None:
            if len(self._buckets) >= self.max_keys:
                # A flood of distinct keys must not grow memory without bound; full buckets
                # carry no information, so they are the ones to drop.
                self._buckets = {k: b for k, b in self._buckets.items() if not b.is_full(now)}
            bucket = self._buckets[key] = _Bucket(self.rate, self.burst, now)
        return bucket, now

    def peek(self, key: str) -> bool:
        bucket, now = self._bucket(key)
        return bucket.refill(now) >= 1

    def take(self, key: str) -> bool:
        bucket, now = self._bucket(key)
        if bucket.refill(now) >= 1:
            bucket.tokens -= 1
            bucket.warned = False
            return True
        return False

    def first_refusal(self, key: str) -> bool:
        """True once per exhaustion, so the user is told once, not on every command."""
        bucket, _ = self._bucket(key)
        if bucket.warned:
            return False
        bucket.warned = True
        return True

    def retry_after(self, key: str) -> float:
        bucket, now = self._bucket(key)
        return (
            0.0 if bucket.refill(now) >= 1 or self.rate <= 0 else (1 - bucket.tokens) / self.rate
        )


class CommandRateLimiter:
    """A command is allowed when both the sender's and the room's bucket have a token."""

    def __init__(self, users: TokenBuckets, rooms: TokenBuckets) -> None:
        self.users = users
        self.rooms = rooms

    def allow(self, user_id: str, room_id: str) -> bool:
        if not (self.users.peek(user_id) and self.rooms.peek(room_id)):
            return False
        self.users.take(user_id)
        self.rooms.take(room_id)
        return True

    def should_warn(self, user_id: str, room_id: str) -> bool:
        limited = self.users if not self.users.peek(user_id) else self.rooms
        return limited.first_refusal(user_id if limited is self.users else room_id)

    def retry_after(self, user_id: str, room_id: str) -> float:
        return max(self.users.retry_after(user_id), self.rooms.retry_after(room_id))
