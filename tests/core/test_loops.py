"""The supervised background loop: failures are logged once per streak, counted, backed off,
and never end the loop."""

from __future__ import annotations

import asyncio
import logging

import pytest

from contactbot.core.errors import DatabaseUnavailable
from contactbot.core.metrics import Metrics
from contactbot.core.services.loops import MAX_BACKOFF_FACTOR, supervised_loop


class Steps:
    """A step that raises the given errors in turn (None: succeeds), then stops the loop."""

    def __init__(self, outcomes: list[Exception | None]) -> None:
        self.outcomes = outcomes
        self.pauses: list[float] = []

    async def step(self) -> None:
        if not self.outcomes:
            raise asyncio.CancelledError
        outcome = self.outcomes.pop(0)
        if outcome is not None:
            raise outcome

    async def sleep(self, seconds: float) -> None:
        self.pauses.append(seconds)


async def run(steps: Steps, metrics: Metrics | None = None) -> None:
    with pytest.raises(asyncio.CancelledError):
        await supervised_loop("job", steps.step, interval=2.0, metrics=metrics, sleep=steps.sleep)


async def test_a_failure_streak_backs_off_and_recovers(caplog: pytest.LogCaptureFixture) -> None:
    """Each failure doubles the pause up to the cap; the streak is logged once with its
    traceback, then at debug level, and the recovery is announced."""
    failures = [ValueError("boom")] * 7
    steps = Steps([*failures, None])
    metrics = Metrics()
    with caplog.at_level(logging.DEBUG, logger="contactbot.core.services.loops"):
        await run(steps, metrics)
    assert steps.pauses == [2.0 * min(2**i, MAX_BACKOFF_FACTOR) for i in range(7)] + [2.0]
    errors = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert len(errors) == 1 and errors[0].exc_info is not None
    assert any("recovered after 7 failures" in r.getMessage() for r in caplog.records)
    assert metrics.failures.labels("job")._value.get() == 7


async def test_database_outage_is_one_warning_without_traceback(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A database that is away (restart, failover) is expected: one WARNING line naming the
    job, not an ERROR with a traceback."""
    steps = Steps([DatabaseUnavailable("connection refused"), DatabaseUnavailable("again"), None])
    with caplog.at_level(logging.INFO, logger="contactbot.core.services.loops"):
        await run(steps)
    shown = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert [r.levelno for r in shown] == [logging.WARNING]
    assert shown[0].exc_info is None and "database unavailable" in shown[0].getMessage()
