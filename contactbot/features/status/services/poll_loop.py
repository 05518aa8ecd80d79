"""The polling loop: hands due users to fetch tasks and sleeps until the next one is due.

Separate from the scheduler's decisions (which are synchronous and I/O-free) so that those can
be tested step by step; this is the only place that creates tasks or waits.
"""

from __future__ import annotations

import asyncio
import math
from collections.abc import Awaitable, Callable
from typing import Any, Final, Protocol

# The loop hands out at most this many fetches before yielding to the event loop, so a huge
# backlog with no in-flight cap cannot starve everything else.
DISPATCH_CHUNK: Final = 1024


class Dispatcher(Protocol):
    """What the loop needs of the scheduler."""

    @property
    def stopping(self) -> bool: ...

    def now(self) -> float: ...

    def next_batch(self, now: float | None = None, limit: int | None = None) -> list[str]: ...

    def next_wakeup(self, now: float | None = None) -> float | None: ...

    async def fetch_one(self, fetch: Any, user_id: str) -> None: ...


async def drive(
    scheduler: Dispatcher, fetch: Callable[[str], Awaitable[Any]], wake: asyncio.Event
) -> None:
    """Dispatch until ``scheduler.stopping``; ``wake`` is set whenever something changed.

    In-flight fetches are awaited before returning, and cancelled when this is cancelled.
    """
    loop = asyncio.get_running_loop()
    tasks: set[asyncio.Task[None]] = set()
    timer: asyncio.TimerHandle | None = None
    timer_at = math.nan

    def fire() -> None:
        nonlocal timer, timer_at
        timer, timer_at = None, math.nan
        wake.set()

    try:
        while not scheduler.stopping:
            # Cleared before deciding, so a completion that lands meanwhile is not lost.
            wake.clear()
            now = scheduler.now()
            batch = scheduler.next_batch(now, DISPATCH_CHUNK)
            for user_id in batch:
                task = loop.create_task(scheduler.fetch_one(fetch, user_id))
                tasks.add(task)
                task.add_done_callback(tasks.discard)
            if len(batch) == DISPATCH_CHUNK:
                await asyncio.sleep(0)
                continue
            when = scheduler.next_wakeup(now)
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
