"""The one supervised background loop: a periodic job that survives its own failures.

Retention purges, cache clean-ups, notice retries and depth gauges all have the same shape: run
a step, sleep, repeat; a failing step is logged and counted, never allowed to end the loop, and
a step that keeps failing backs off so it does not spin on a dead database.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

from contactbot.core.errors import DatabaseUnavailable
from contactbot.core.metrics import Metrics

log = logging.getLogger(__name__)

# A failing step waits twice as long each time, up to this many intervals.
MAX_BACKOFF_FACTOR = 16


async def supervised_loop(
    name: str,
    step: Callable[[], Awaitable[object]],
    *,
    interval: float,
    metrics: Metrics | None = None,
    initial_delay: float = 0.0,
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
) -> None:
    """Run ``step`` every ``interval`` seconds until cancelled.

    A step that raises is logged with its traceback (once per failure streak, then at debug
    level), counted in ``contactbot_failures_total{component=name}``, and retried after an
    exponentially growing pause.
    """
    if initial_delay > 0:
        await sleep(initial_delay)
    failures = 0
    while True:
        try:
            await step()
        except asyncio.CancelledError:
            raise
        except Exception as err:
            failures += 1
            if metrics is not None:
                metrics.failures.labels(name).inc()
            if failures == 1 and isinstance(err, DatabaseUnavailable):
                # Expected during a database restart or failover: one line, no traceback.
                log.warning("Background job %s: database unavailable (%s); retrying", name, err)
            elif failures == 1:
                log.exception("Background job %s failed; retrying with back-off", name)
            else:
                log.debug(
                    "Background job %s failed again (%d in a row)", name, failures, exc_info=True
                )
        else:
            if failures:
                log.info("Background job %s recovered after %d failures", name, failures)
            failures = 0
        factor = min(2 ** max(failures - 1, 0), MAX_BACKOFF_FACTOR) if failures else 1
        await sleep(interval * factor)
