"""Delivers inbox events to the event router: rooms in parallel, each room strictly in order.

The worker never polls: it sleeps until a transaction arrives (``wake``), a room it runs
finishes, or the earliest waiting event becomes due. A room another replica holds is set
aside with a growing pause instead of being tried again at once.
"""

from __future__ import annotations

import asyncio
import logging
import time
from contextlib import suppress

from contactbot.core.errors import DatabaseUnavailable
from contactbot.core.services.inbox import EventHandler, InboxService, RoomRun

log = logging.getLogger(__name__)

# How long to wait before looking again when the database is down.
DB_RETRY_SECONDS = 2.0
# Upper bound on a sleep, so work another replica left behind is never missed for long.
MAX_IDLE_SECONDS = 5.0
# While rooms run, each finishing one wakes the worker anyway; look for retries that fell due
# at least this often without asking the database on every wake.
BUSY_RECHECK_SECONDS = 0.5
# A room held by another replica: first pause, doubling up to the maximum.
HELD_FIRST_SECONDS = 0.2
HELD_MAX_SECONDS = 2.0


class InboxWorker:
    def __init__(self, inbox: InboxService, handler: EventHandler, concurrency: int) -> None:
        self.inbox = inbox
        self.handler = handler
        self.concurrency = max(1, concurrency)
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._running: dict[str, asyncio.Task[RoomRun]] = {}
        # Rooms held by another replica: when to look again, and the last pause (which
        # doubles while the room stays held, and is forgotten once we get it).
        self._held: dict[str, float] = {}
        self._pauses: dict[str, float] = {}

    def wake(self) -> None:
        """Called after a transaction commits: there is new work."""
        self._wake.set()

    async def drain(self, budget_seconds: float = 10.0) -> int:
        """Process what is due now, for at most ``budget_seconds`` (used at start-up).

        Bounded in time and in concurrency (as many rooms at once as the worker runs), so a
        large backlog or a slow homeserver delays start-up a little and never exhausts the
        connection pool; whatever is left is processed by the running worker.
        """
        loop = asyncio.get_running_loop()
        deadline = loop.time() + budget_seconds
        total = 0
        try:
            while (remaining := deadline - loop.time()) > 0:
                rooms = await self.inbox.due_rooms(self.concurrency, self._excluded())
                if not rooms:
                    break
                runs = [asyncio.ensure_future(self._room(room)) for room in rooms]
                finished, unfinished = await asyncio.wait(runs, timeout=remaining)
                for task in unfinished:
                    # Rolled back and replayed later; replies wait in the outbox until commit.
                    task.cancel()
                for task in unfinished:
                    with suppress(asyncio.CancelledError):
                        await task
                done = sum(t.result().processed for t in finished if not t.cancelled())
                total += done
                if unfinished or done == 0:
                    break
        except DatabaseUnavailable as err:
            log.warning("Start-up drain stopped, database unavailable: %s", err)
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

    def _excluded(self) -> set[str]:
        now = time.monotonic()
        self._held = {room: at for room, at in self._held.items() if at > now}
        return set(self._running) | set(self._held)

    async def _schedule(self) -> None:
        self._wake.clear()
        free = self.concurrency - len(self._running)
        if free > 0:
            for room in await self.inbox.due_rooms(free, self._excluded()):
                self._running[room] = asyncio.create_task(self._run_room(room))
        timeout = await self._idle_timeout()
        waiter = asyncio.create_task(self._wake.wait())
        try:
            await asyncio.wait(
                [waiter, *self._running.values()],
                timeout=timeout,
                return_when=asyncio.FIRST_COMPLETED,
            )
        finally:
            waiter.cancel()

    async def _idle_timeout(self) -> float:
        """How long to sleep when nothing wakes the worker earlier."""
        held = min(self._held.values()) - time.monotonic() if self._held else MAX_IDLE_SECONDS
        if self._running:
            # Under load this saves a query per wake; retries that fall due meanwhile wait at
            # most this long (their own delays are a second or more).
            return max(min(BUSY_RECHECK_SECONDS, held), 0.01)
        excluded = self._excluded()
        delay = await self.inbox.seconds_until_next(excluded)
        timeout = MAX_IDLE_SECONDS if delay is None else delay + 0.01
        return min(max(min(timeout, held), 0.01), MAX_IDLE_SECONDS)

    async def _run_room(self, room: str) -> RoomRun:
        try:
            return await self._room(room)
        finally:
            self._running.pop(room, None)
            self._wake.set()

    async def _room(self, room: str) -> RoomRun:
        try:
            run = await self.inbox.process_room(room, self.handler)
        except DatabaseUnavailable as err:
            log.warning("Database unavailable while processing %s: %s", room, err)
            await asyncio.sleep(DB_RETRY_SECONDS)
            return RoomRun()
        except Exception:
            log.exception("Processing room %s failed", room)
            return RoomRun()
        if run.held_elsewhere:
            pause = min(self._pauses.get(room, HELD_FIRST_SECONDS / 2) * 2, HELD_MAX_SECONDS)
            self._pauses[room] = pause
            self._held[room] = time.monotonic() + pause
        else:
            self._pauses.pop(room, None)
            self._held.pop(room, None)
        return run
