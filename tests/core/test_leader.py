"""One leader among replicas sharing a database: singleton jobs run in exactly one of them, and
another takes over within seconds when the leader dies or loses its database connection."""

from __future__ import annotations

import asyncio
import re
from pathlib import Path

import aiohttp
import asyncpg
import pytest

from contactbot.app import ContactBot
from contactbot.core.metrics import Metrics
from contactbot.core.services.leader import LeaderSettings, Leadership, SingletonJobs
from contactbot.core.storage.leader_lock import LeaderLock
from contactbot.devtools.botprocess import BotProcess
from tests.botfactory import make_bot, make_config
from tests.pgserver import free_port
from tests.stub_homeserver import StubHomeserver
from tests.tcpproxy import PostgresProxy
from tests.testbot import wait_for

FAST = LeaderSettings(check_interval=0.2, check_timeout=1.0, retry_interval=0.2)


class Replica:
    """A Leadership with one singleton job that records while it runs."""

    def __init__(self, url: str, name: str) -> None:
        self.jobs = SingletonJobs()
        self.metrics = Metrics()
        self.starts = 0
        self.running = False
        self.jobs.add("probe", self._probe)
        self.leadership = Leadership(
            LeaderLock(url, replica=name), self.jobs, metrics=self.metrics, settings=FAST
        )
        self.task: asyncio.Task[None] | None = None

    async def _probe(self) -> None:
        self.starts += 1
        self.running = True
        try:
            await asyncio.Event().wait()
        finally:
            self.running = False

    def start(self) -> None:
        self.task = asyncio.create_task(self.leadership.run())

    async def stop(self) -> None:
        if self.task is not None:
            self.task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await self.task
            self.task = None

    def gauge(self) -> float | None:
        return self.metrics.registry.get_sample_value(
            "contactbot_leader", {"replica": self.leadership.replica}
        )


async def test_exactly_one_replica_runs_the_singleton_and_the_other_takes_over(
    database_url: str,
) -> None:
    """Two replicas: one leads and runs the job, the other stands by; when the leader stops,
    the standby leads within seconds and the old leader's job has ended."""
    a, b = Replica(database_url, "a"), Replica(database_url, "b")
    a.start()
    await wait_for(lambda: a.leadership.is_leader)
    b.start()
    await asyncio.sleep(1.0)  # several of b's tries
    assert (a.running, b.running) == (True, False)
    assert (a.gauge(), b.gauge()) == (1.0, 0.0)
    loop = asyncio.get_running_loop()
    stopped = loop.time()
    await a.stop()
    assert not a.running and a.gauge() == 0.0
    await wait_for(lambda: b.running, timeout=5)
    assert loop.time() - stopped < 2.0
    assert (a.starts, b.starts) == (1, 1)
    await b.stop()
    assert not b.running


async def test_leader_that_loses_its_connection_stops_its_jobs_before_the_other_leads(
    database_url: str,
) -> None:
    """The leader's database connection is cut: it cancels its job, the standby leads; when
    the connection comes back the old leader stands by instead of leading a second time."""
    proxy = PostgresProxy(database_url)
    await proxy.start()
    a, b = Replica(proxy.url, "a"), Replica(database_url, "b")
    try:
        a.start()
        await wait_for(lambda: a.leadership.is_leader)
        b.start()
        await asyncio.sleep(0.5)
        assert not b.running
        await proxy.stop()
        await wait_for(lambda: not a.running, timeout=5)
        await wait_for(lambda: b.running, timeout=5)
        await proxy.start()
        await asyncio.sleep(1.5)  # a reconnects and tries for the lock several times
        assert a.leadership.lock.connected
        assert (a.running, b.running) == (False, True)
        assert a.metrics.registry.get_sample_value(
            "contactbot_leadership_changes_total", {"change": "deposed"}
        )
    finally:
        await a.stop()
        await b.stop()
        await proxy.stop()


async def test_standby_names_the_leader_and_pg_stat_activity_shows_it(database_url: str) -> None:
    """Operators can tell which replica leads: the standby reads the holder's name, which is
    the leader connection's application_name."""
    a, b = Replica(database_url, "replica-one"), Replica(database_url, "replica-two")
    a.start()
    await wait_for(lambda: a.leadership.is_leader)
    try:
        await b.leadership.lock.connect(timeout=5)
        assert await b.leadership.lock.holder() == "contactbot:replica-one"
        assert not await b.leadership.lock.try_acquire()
    finally:
        await b.leadership.lock.close()
        await a.stop()


async def test_job_added_while_leading_starts_at_once_and_a_failing_job_is_contained(
    database_url: str,
) -> None:
    """run_singleton after the election starts the job immediately; a job that raises ends
    alone (logged) without costing the replica its leadership."""
    a = Replica(database_url, "a")
    a.start()
    await wait_for(lambda: a.leadership.is_leader)
    late = asyncio.Event()

    async def late_job() -> None:
        late.set()

    async def broken() -> None:
        raise RuntimeError("boom")

    try:
        a.jobs.add("late", late_job)
        a.jobs.add("broken", broken)
        await asyncio.wait_for(late.wait(), 2)
        await asyncio.sleep(0.3)
        assert a.leadership.is_leader and a.running
        with pytest.raises(ValueError, match="already registered"):
            a.jobs.add("late", late_job)
    finally:
        await a.stop()


def test_settings_refuse_checks_slower_than_the_server_timeout() -> None:
    """A leader must notice a dead connection before the server hands the lock on."""
    with pytest.raises(ValueError, match="server_timeout"):
        LeaderSettings(check_interval=5, check_timeout=5, server_timeout=10)


async def test_in_process_bot_leads_runs_retention_and_releases_on_stop(
    database_url: str,
) -> None:
    """A started bot is elected (alone), runs the core's retention job as a singleton, says
    so in its ready details, and releases the lock at stop so a successor need not wait."""
    bot = make_bot(database_url)
    await bot.start()
    try:
        assert bot.leadership is not None
        await wait_for(lambda: bot.leadership is not None and bot.leadership.is_leader)
        assert bot.state.details["leader"] is True
        assert "inbox-retention" in bot.core.singletons.running
        # Status polling and its upkeep lead too: one replica polls for the whole deployment.
        assert {"status", "status_purge", "status_reconcile"} <= set(bot.core.singletons.running)
    finally:
        await bot.stop()
    lock = LeaderLock(database_url, replica="next")
    await lock.connect(timeout=5)
    try:
        assert await lock.try_acquire()
    finally:
        await lock.close()


# -- two real bot processes -------------------------------------------------------------------


def _sample(text: str, name: str, labels: str = "") -> float:
    pattern = rf"^{re.escape(name)}(\{{[^}}]*{re.escape(labels)}[^}}]*\}})? (\S+)$"
    values = [float(m.group(2)) for m in re.finditer(pattern, text, re.MULTILINE)]
    return sum(values)


async def _scrape(session: aiohttp.ClientSession, port: int) -> str:
    async with session.get(f"http://127.0.0.1:{port}/metrics") as resp:
        return await resp.text()


async def _insert_old_done(url: str, prefix: str, n: int) -> None:
    conn = await asyncpg.connect(url)
    try:
        await conn.executemany(
            "INSERT INTO inbox_event (txn_id, event_id, room_key, event_type, payload, status, "
            "processed_at) VALUES ('old', $1, '!r:example.org', 'm.room.message', '{}', 'done', "
            "now() - interval '30 days')",
            [(f"${prefix}{i}",) for i in range(n)],
        )
    finally:
        await conn.close()


async def _old_rows(url: str) -> int:
    conn = await asyncpg.connect(url)
    try:
        return int(await conn.fetchval("SELECT count(*) FROM inbox_event WHERE txn_id = 'old'"))
    finally:
        await conn.close()


async def test_two_bot_processes_one_leader_and_takeover_after_sigkill(
    database_url: str, tmp_path: Path
) -> None:
    """Two bot processes on one database: exactly one reports itself leader and only it runs
    the retention job; after the leader is SIGKILLed the other leads within seconds and runs
    the job from then on."""
    hs = StubHomeserver()
    await hs.start()
    bots: dict[str, BotProcess] = {}
    metrics_ports: dict[str, int] = {}
    for name in ("one", "two"):
        metrics_ports[name] = free_port()
        config = make_config(
            database_url,
            **{
                "homeserver.address": hs.url,
                "metrics.enabled": True,
                "metrics.port": metrics_ports[name],
                "replica.name": name,
                "inbox.retention.interval": 0.3,
            },
        )
        path = tmp_path / name / "config.yaml"
        path.parent.mkdir()
        config.save(path)
        bots[name] = BotProcess(path, log_path=path.with_name("bot.log"))
    try:
        async with aiohttp.ClientSession() as session:
            await bots["one"].start()
            await bots["two"].start()

            async def leaders() -> dict[str, float]:
                return {
                    name: _sample(await _scrape(session, port), "contactbot_leader")
                    for name, port in metrics_ports.items()
                    if bots[name].running
                }

            async def leader() -> str | None:
                return _one_leader(await leaders())

            first = await wait_for(leader, timeout=10)
            assert first is not None
            other = "two" if first == "one" else "one"

            await _insert_old_done(database_url, "a", 50)
            await wait_for(lambda: _no_old_rows(database_url), timeout=10)
            purged = "contactbot_retention_purged_total"
            assert _sample(await _scrape(session, metrics_ports[first]), purged) == 50
            assert _sample(await _scrape(session, metrics_ports[other]), purged) == 0

            loop = asyncio.get_running_loop()
            killed_at = loop.time()
            await bots[first].kill()
            assert await wait_for(leader, timeout=10) == other
            takeover = loop.time() - killed_at
            assert takeover < 5.0, f"takeover took {takeover:.1f} s"
            assert f"Replica {other} is now the leader" in bots[other].log_text()

            await _insert_old_done(database_url, "b", 30)
            await wait_for(lambda: _no_old_rows(database_url), timeout=10)
            assert _sample(await _scrape(session, metrics_ports[other]), purged) == 30
    finally:
        for bot in bots.values():
            if bot.running:
                await bot.stop()
        await hs.stop()


def _one_leader(values: dict[str, float]) -> str | None:
    """The one replica whose gauge says it leads, if exactly one does."""
    leading = [name for name, value in values.items() if value == 1.0]
    return leading[0] if len(leading) == 1 and sum(values.values()) == 1.0 else None


async def _no_old_rows(url: str) -> bool:
    return await _old_rows(url) == 0


async def test_every_once_per_deployment_job_is_a_singleton(bot: ContactBot) -> None:
    """Jobs that two replicas must not both run are registered with the leader's singleton
    jobs, not started in every process: retention, profile polling and the /sync watcher,
    status upkeep, the support-cache purge and retries of unsent flag notices."""
    assert set(bot.core.singletons.names) >= {
        "inbox-retention",
        "status",
        "status_flush",
        "status_purge",
        "status_reconcile",
        "contacts.support_cache_purge",
        "flag-notices",
    }
