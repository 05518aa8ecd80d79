"""Crash recovery of the embedded PostgreSQL, with real bot processes and a real server.

A bot killed with SIGKILL leaves its embedded server running; the next bot adopts it and must
stop it when it exits cleanly. A ``postmaster.pid`` whose server is gone (its PID now used by an
unrelated process) must not block start-up.
"""

from __future__ import annotations

import asyncio
import subprocess
from pathlib import Path

import psutil

from contactbot.core.storage.embedded import (
    clear_stale_pidfile,
    is_postmaster_of,
    postmaster_pid,
    prune_dead_handles,
)
from contactbot.devtools.botprocess import BotProcess
from tests.botfactory import make_config
from tests.stub_homeserver import StubHomeserver


def _embedded_bot(tmp_path: Path, hs: StubHomeserver) -> BotProcess:
    config = make_config("", **{"homeserver.address": hs.url, "bot.data_dir": str(tmp_path)})
    path = tmp_path / "config.yaml"
    config.save(path)
    return BotProcess(path, log_path=tmp_path / "bot.log", ready_timeout=90)


async def _gone(pid: int, timeout: float = 15.0) -> bool:
    for _ in range(int(timeout / 0.1)):
        if not psutil.pid_exists(pid) or psutil.Process(pid).status() == psutil.STATUS_ZOMBIE:
            return True
        await asyncio.sleep(0.1)
    return False


async def test_bot_adopting_an_orphaned_server_stops_it_on_clean_exit(tmp_path: Path) -> None:
    """SIGKILL leaves the embedded server running; the next bot adopts it (same server, no
    second one) and, stopped with SIGTERM, stops it: no orphan postgres is left behind."""
    pgdata = tmp_path / "postgres"
    hs = StubHomeserver()
    await hs.start()
    bot = _embedded_bot(tmp_path, hs)
    try:
        await bot.start()
        server_pid = postmaster_pid(pgdata)
        assert server_pid is not None and is_postmaster_of(server_pid, pgdata)
        await bot.kill()
        # The crash orphaned the server: still running, still listed as used by the dead bot.
        assert is_postmaster_of(server_pid, pgdata)

        await bot.start()
        assert postmaster_pid(pgdata) == server_pid, "the orphan was adopted, not replaced"
        assert "Adopting the embedded PostgreSQL" in bot.log_text()
        assert await bot.stop() == 0
        assert await _gone(server_pid), "the adopted server was left running"
        assert not (pgdata / "postmaster.pid").exists()
    finally:
        if bot.running:
            await bot.kill()
        pid = postmaster_pid(pgdata)
        if pid is not None and is_postmaster_of(pid, pgdata):
            psutil.Process(pid).terminate()
        await hs.stop()


async def test_stale_postmaster_pid_of_a_reused_pid_does_not_block_start_up(
    tmp_path: Path,
) -> None:
    """After a crash of the whole machine the data directory keeps ``postmaster.pid``; its PID
    may by then belong to an unrelated process. The bot removes the stale file, starts its own
    server, and stops it on exit."""
    pgdata = tmp_path / "postgres"
    hs = StubHomeserver()
    await hs.start()
    bot = _embedded_bot(tmp_path, hs)
    unrelated = subprocess.Popen(["sleep", "120"])
    try:
        await bot.start()
        assert await bot.stop() == 0
        assert not (pgdata / "postmaster.pid").exists()
        # What a power cut leaves: the file of a server that is gone, its PID reused.
        assert (pgdata / "PG_VERSION").exists()
        (pgdata / "postmaster.pid").write_text(
            f"{unrelated.pid}\n{pgdata}\n1700000000\n5432\n{pgdata}\n\n  0 0\nready   \n"
        )
        await bot.start()
        server_pid = postmaster_pid(pgdata)
        assert server_pid not in (None, unrelated.pid)
        assert server_pid is not None and is_postmaster_of(server_pid, pgdata)
        assert "Removing a stale" in bot.log_text()
        assert await bot.stop() == 0
        assert await _gone(server_pid)
        assert unrelated.poll() is None, "the unrelated process was left alone"
    finally:
        unrelated.kill()
        unrelated.wait()
        if bot.running:
            await bot.kill()
        await hs.stop()


def test_stale_pidfile_and_dead_handles_are_recognised(tmp_path: Path) -> None:
    """A pid file naming a process that is not a postgres of this directory is stale and
    removed; a live process's handle is kept, a dead one's dropped."""
    pgdata = tmp_path / "pgdata"
    pgdata.mkdir()
    (pgdata / "postmaster.pid").write_text(f"{psutil.Process().pid}\n{pgdata}\n")
    assert postmaster_pid(pgdata) == psutil.Process().pid
    assert not is_postmaster_of(psutil.Process().pid, pgdata)
    assert clear_stale_pidfile(pgdata)
    assert not (pgdata / "postmaster.pid").exists()
    assert not clear_stale_pidfile(pgdata)

    dead = subprocess.Popen(["true"])
    dead.wait()
    (pgdata / ".handle_pids.json").write_text(f"[{dead.pid}, {psutil.Process().pid}]")
    assert prune_dead_handles(pgdata) == [dead.pid]
    assert (pgdata / ".handle_pids.json").read_text() == f"[{psutil.Process().pid}]"
