"""The token bucket: ``rate`` tokens per second up to ``capacity``; times come from the caller.

Used for command rate limits (per user and per room) and for the profile poller's budgets per
homeserver. Pure: the caller passes the current monotonic time, so tests need no clock tricks.
"""

from __future__ import annotations

# "A token is available now" from ready_at.
NOW = float("-inf")


class TokenBucket:
    __slots__ = ("capacity", "rate", "tokens", "updated")

    def __init__(self, rate: float, capacity: float, now: float) -> None:
        self.rate = rate
        self.capacity = capacity
        self.tokens = capacity
        self.updated = now

    def refill(self, now: float) -> float:
        """Add what accrued since the last call; the tokens now available."""
        if now > self.updated:
            self.tokens = min(self.capacity, self.tokens + (now - self.updated) * self.rate)
            self.updated = now
        return self.tokens

    def has_token(self, now: float) -> bool:
        # The tolerance absorbs float error, so waking at the promised time always succeeds.
        return self.refill(now) >= 1 - 1e-9

    def ready_at(self, now: float) -> float:
        """When a token is available: ``NOW`` if one is, else the refill time."""
        if self.has_token(now):
            return NOW
        if self.rate <= 0:
            return float("inf")
        return self.updated + (1 - self.tokens) / self.rate

    def retry_after(self, now: float) -> float:
        """Seconds until a token is available (0 when one is)."""
        ready = self.ready_at(now)
        return 0.0 if ready == NOW else max(0.0, ready - now)

    def take(self, now: float) -> bool:
        """Spend a token if one is available."""
        if not self.has_token(now):
            return False
        self.tokens -= 1
        return True

    def spend(self, now: float) -> None:
        """Spend a token even if that leaves the bucket in debt (the caller waited already)."""
        self.refill(now)
        self.tokens -= 1

    def is_full(self, now: float) -> bool:
        return self.refill(now) >= self.capacity
