"""Delivers inbox events to the event router: rooms in parallel, each room strictly in order."""

from __future__ import annotations

import asyncio
import logging
from contextlib import suppress

from contactbot.core.errors import DatabaseUnavailable
from contactbot.core.services.inbox import EventHandler, InboxService

log = logging.getLogger(__name__)

# How long to wait before looking again when the database is down.
DB_RETRY_SECONDS = 2.0
# Upper bound on a sleep, so retries that became due are never missed by much.
MAX_IDLE_SECONDS = 5.0


class InboxWorker:
    def __init__(self, inbox: InboxService, handler: EventHandler, concurrency: int) -> None:
        self.inbox = inbox
        self.handler = handler
        self.concurrency = max(1, concurrency)
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._running: dict[str, asyncio.Task[int]] = {}

    def wake(self) -> None:
        """Called after a transaction commits: there is new work."""
        self._wake.set()

    async def drain(self) -> int:
        """Process everything that is due now, then return (used at start-up)."""
        total = 0
        while True:
            rooms = await self.inbox.due_rooms(self.concurrency * 4, set())
            if not rooms:
                return total
            results = await asyncio.gather(
                *(self.inbox.process_room(r, self.handler) for r in rooms)
            )
            done = sum(results)
            total += done
            if done == 0:
                return total

    def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name="inbox-worker")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with suppress(asyncio.CancelledError):
                await self._task
        for task in list(self._running.values()):
            task.cancel()
        for task in list(self._running.values()):
            with suppress(asyncio.CancelledError, Exception):
                await task
        self._running.clear()

    async def _run(self) -> None:
        while True:
            try:
                await self._schedule()
            except asyncio.CancelledError:
                raise
            except DatabaseUnavailable as err:
                log.warning("Inbox worker: database unavailable (%s); retrying", err)
                await asyncio.sleep(DB_RETRY_SECONDS)
            except Exception:
                log.exception("Inbox worker loop failed; restarting it")
                await asyncio.sleep(DB_RETRY_SECONDS)

    async def _schedule(self) -> None:
        self._wake.clear()
        free = self.concurrency - len(self._running)
        if free > 0:
            for room in await self.inbox.due_rooms(free, set(self._running)):
                self._running[room] = asyncio.create_task(self._room(room))
        if self._running:
            waiter = asyncio.create_task(self._wake.wait())
            await asyncio.wait(
                [waiter, *self._running.values()],
                timeout=MAX_IDLE_SECONDS,
                return_when=asyncio.FIRST_COMPLETED,
            )
            waiter.cancel()
            return
        delay = await self.inbox.seconds_until_next()
        timeout = MAX_IDLE_SECONDS if delay is None else min(delay + 0.01, MAX_IDLE_SECONDS)
        with suppress(TimeoutError):
            await asyncio.wait_for(self._wake.wait(), timeout=timeout)

    async def _room(self, room: str) -> int:
        try:
            return await self.inbox.process_room(room, self.handler)
        except DatabaseUnavailable as err:
            log.warning("Database unavailable while processing %s: %s", room, err)
            await asyncio.sleep(DB_RETRY_SECONDS)
            return 0
        except Exception:
            log.exception("Processing room %s failed", room)
            return 0
        finally:
            self._running.pop(room, None)
            self._wake.set()
