"""One leader among the replicas, and the singleton jobs that run only in it.

Several contactbot processes may share one database. Event processing is shared by all of them
(the inbox's per-room lock keeps each room in order), but some jobs must run once per
deployment: profile polling (two pollers double the load on remote servers), the /sync watcher
(one ghost user, one stored sync token), retention and cache purges, policy-list refresh.

Those jobs are registered with ``SingletonJobs`` (``Core.run_singleton``) and run only in the
replica that holds the leader lock (``storage.leader_lock``); the others stand by and try for
the lock every ``retry_interval`` seconds. When the leader dies, its session ends and a standby
takes over on its next try. When the leader loses its database connection, its next check
fails and it cancels its jobs before the server can have handed the lock to anyone else
(``check_interval + check_timeout`` is well below the lock connection's ``server_timeout``).

What this does not promise: that two replicas never run a job at the same moment. A leader
whose event loop is blocked for longer than ``server_timeout`` loses the lock without noticing
until it wakes up. Singleton jobs keep their state in the database and tolerate such a short
overlap (a profile fetched twice, a purge batch that finds nothing to delete).
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from contactbot.core.metrics import Metrics
from contactbot.core.storage.leader_lock import LeaderLock

log = logging.getLogger(__name__)

JobFactory = Callable[[], Awaitable[None]]


def default_replica_name() -> str:
    """``<hostname>-<pid>``: unique among live processes, readable in logs."""
    return f"{socket.gethostname()}-{os.getpid()}"


@dataclass(frozen=True, slots=True)
class LeaderSettings:
    """Timings of the election, in seconds."""

    # How often the leader proves its session is alive, and how long that may take.
    check_interval: float = 1.0
    check_timeout: float = 3.0
    # How often a standby (or a replica that lost its connection) tries for the lock.
    retry_interval: float = 1.0
    # The server ends a leader's session it has not heard from for this long.
    server_timeout: float = 10.0
    # Longest wait for the singleton jobs to finish after they are cancelled.
    stop_timeout: float = 3.0

    def __post_init__(self) -> None:
        if self.check_interval + self.check_timeout >= self.server_timeout:
            raise ValueError(
                "check_interval + check_timeout must be below server_timeout, or a leader cut "
                "off from the database could keep running after another replica took over"
            )


class SingletonJobs:
    """The jobs that run only while this replica leads; each is started fresh on every election.

    ``add`` registers a factory (any time: before the first election, or while leading, when it
    starts at once). ``start_all`` and ``stop_all`` are called by ``Leadership``.
    """

    def __init__(self) -> None:
        self._factories: dict[str, JobFactory] = {}
        self._running: dict[str, asyncio.Task[None]] = {}
        self.active = False

    @property
    def names(self) -> list[str]:
        return list(self._factories)

    @property
    def running(self) -> list[str]:
        return [name for name, task in self._running.items() if not task.done()]

    def add(self, name: str, factory: JobFactory) -> None:
        if name in self._factories:
            raise ValueError(f"a singleton job named {name!r} is already registered")
        self._factories[name] = factory
        if self.active:
            self._start(name)

    def start_all(self) -> None:
        self.active = True
        for name in self._factories:
            self._start(name)

    def _start(self, name: str) -> None:
        task: asyncio.Task[None] = asyncio.ensure_future(self._run(name))
        task.set_name(f"singleton:{name}")
        self._running[name] = task

    async def _run(self, name: str) -> None:
        try:
            await self._factories[name]()
        except asyncio.CancelledError:
            raise
        except Exception:
            # A job that ends with an error stays ended until the next election; jobs that
            # must survive their own failures wrap themselves in supervised_loop.
            log.exception("Singleton job %s failed", name)

    async def stop_all(self, timeout: float) -> None:
        self.active = False
        tasks = list(self._running.values())
        self._running.clear()
        for task in tasks:
            task.cancel()
        if tasks:
            _, pending = await asyncio.wait(tasks, timeout=timeout)
            for task in pending:
                log.warning("Singleton job %s did not stop in %.0f s", task.get_name(), timeout)


class Leadership:
    """Runs the election for this replica and starts or stops the singleton jobs with it."""

    def __init__(
        self,
        lock: LeaderLock,
        jobs: SingletonJobs,
        *,
        metrics: Metrics | None = None,
        settings: LeaderSettings | None = None,
        on_change: Callable[[bool], None] | None = None,
    ) -> None:
        self.lock = lock
        self.jobs = jobs
        self.metrics = metrics
        self.settings = settings or LeaderSettings()
        self.on_change = on_change
        self.is_leader = False
        self.elected = asyncio.Event()
        self._last_holder: str | None = ""
        self._set_gauge(False)

    @property
    def replica(self) -> str:
        return self.lock.replica

    async def run(self) -> None:
        """Until cancelled: connect, try for the lock, lead while the session lives."""
        s = self.settings
        try:
            while True:
                try:
                    await self._one_session()
                except asyncio.CancelledError:
                    raise
                except Exception as err:
                    if self.is_leader:
                        log.warning(
                            "Replica %s lost the leader lock (%s: %s); stopping singleton jobs",
                            self.replica,
                            type(err).__name__,
                            err,
                        )
                    else:
                        log.debug("Leader election: %s", err, exc_info=True)
                    await self._step_down()
                    await self.lock.close()
                await asyncio.sleep(s.retry_interval)
        finally:
            await self._step_down()
            # Closing the session releases the lock now, so a standby takes over at once.
            await self.lock.close()

    async def _one_session(self) -> None:
        s = self.settings
        if not self.lock.connected:
            await self.lock.connect(timeout=s.check_timeout)
        # asyncio.timeout, not asyncio.wait_for: on Python 3.11 wait_for can swallow a
        # cancellation that arrives as the inner call finishes, and this loop then outlives
        # the bot's stop (seen: a test teardown hanging for minutes).
        while True:
            async with asyncio.timeout(s.check_timeout):
                acquired = await self.lock.try_acquire()
            if acquired:
                break
            await self._report_standby()
            await asyncio.sleep(s.retry_interval)
        self._become_leader()
        while True:
            await asyncio.sleep(s.check_interval)
            async with asyncio.timeout(s.check_timeout):
                await self.lock.check()

    async def _report_standby(self) -> None:
        async with asyncio.timeout(self.settings.check_timeout):
            holder = await self.lock.holder()
        if holder != self._last_holder:
            self._last_holder = holder
            log.info(
                "Replica %s stands by; the leader is %s",
                self.replica,
                holder.removeprefix("contactbot:") if holder else "(none yet)",
            )

    def _become_leader(self) -> None:
        self.is_leader = True
        self._last_holder = ""
        self.elected.set()
        self._set_gauge(True)
        if self.metrics is not None:
            self.metrics.leadership_changes.labels("elected").inc()
        log.info(
            "Replica %s is now the leader; starting singleton jobs: %s",
            self.replica,
            ", ".join(self.jobs.names) or "none",
        )
        self.jobs.start_all()
        if self.on_change is not None:
            self.on_change(True)

    async def _step_down(self) -> None:
        if not self.is_leader:
            return
        self.is_leader = False
        self.elected.clear()
        self._set_gauge(False)
        if self.metrics is not None:
            self.metrics.leadership_changes.labels("deposed").inc()
        await self.jobs.stop_all(self.settings.stop_timeout)
        log.info("Replica %s is no longer the leader", self.replica)
        if self.on_change is not None:
            self.on_change(False)

    def _set_gauge(self, value: bool) -> None:
        if self.metrics is not None:
            self.metrics.leader.labels(self.replica).set(1 if value else 0)
