"""What a profile fetch reports to the scheduler, the polling knobs and the metric hooks."""

from __future__ import annotations

import math
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, fields
from enum import Enum
from typing import Final, Protocol


class FetchResult(Enum):
    """How one profile fetch ended, as far as scheduling cares."""

    OK = "ok"
    NOT_FOUND = "not_found"  # 404 M_NOT_FOUND: nothing set; a success for scheduling
    RATE_LIMITED = "rate_limited"  # 429: back the server off, honouring retry_after_ms
    SERVER_ERROR = "server_error"  # 5xx (502/504 are often the remote server, via ours)
    UNREACHABLE = "unreachable"  # connection refused/reset, timeout
    FAILED = "failed"  # any other answer (403, 400, junk body): this user only


SUCCESS: Final = frozenset({FetchResult.OK, FetchResult.NOT_FOUND})
SERVER_TROUBLE: Final = frozenset({FetchResult.SERVER_ERROR, FetchResult.UNREACHABLE})


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
