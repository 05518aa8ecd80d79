"""One process at a time uses the encryption device: replicas with encryption are
active/standby, and a holder that loses its lease stops instead of sharing the device."""

from __future__ import annotations

import asyncio

import asyncpg

from contactbot.core.services.device_lease import DEVICE_LOCK_KEY, DeviceLease, LeaseLost
from contactbot.core.storage.leader_lock import LEADER_LOCK_KEY, LeaderLock
from contactbot.encryption_setup import Encryption
from tests.fakes import FakeGateway


def lease(url: str, name: str) -> DeviceLease:
    return DeviceLease(
        LeaderLock(url, replica=name, key=DEVICE_LOCK_KEY),
        retry_interval=0.1,
        check_interval=0.1,
        check_timeout=1.0,
    )


async def terminate(url: str, application_name: str) -> int:
    conn = await asyncpg.connect(url)
    try:
        return int(
            await conn.fetchval(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                "WHERE application_name = $1",
                application_name,
            )
        )
    finally:
        await conn.close()


async def test_a_second_replica_waits_until_the_first_gives_the_device_up(
    database_url: str,
) -> None:
    """While one replica holds the lease another does not get it; once the first releases
    it (a clean stop), the waiting one takes it on its next try."""
    first, second = lease(database_url, "one"), lease(database_url, "two")
    await first.acquire()
    waiting = asyncio.create_task(second.acquire())
    try:
        await asyncio.sleep(0.5)
        assert not waiting.done() and not second.held
        await first.release()
        await asyncio.wait_for(waiting, 5)
        assert second.held
    finally:
        waiting.cancel()
        await first.release()
        await second.release()


async def test_a_killed_holder_hands_the_device_over(database_url: str) -> None:
    """When the holder's session ends (its process died), the standby takes the lease."""
    first, second = lease(database_url, "dying"), lease(database_url, "standby")
    await first.acquire()
    waiting = asyncio.create_task(second.acquire())
    try:
        assert await terminate(database_url, "contactbot:dying") == 1
        await asyncio.wait_for(waiting, 5)
        assert second.held
    finally:
        waiting.cancel()
        await first.release()
        await second.release()


async def test_losing_the_lease_is_noticed_and_stops_the_holder(database_url: str) -> None:
    """A holder whose lease session is cut learns it within its check interval, and the
    composition calls its stop callback rather than running on with the device."""
    held = lease(database_url, "cut")
    await held.acquire()
    stopped = asyncio.Event()
    encryption = Encryption(device=None, gateway=FakeGateway(), lease=held)
    watcher = asyncio.create_task(encryption.watch_lease(stopped.set))
    try:
        await asyncio.sleep(0.2)
        assert not stopped.is_set()
        await terminate(database_url, "contactbot:cut")
        await asyncio.wait_for(stopped.wait(), 5)
        assert not held.held
    finally:
        watcher.cancel()
        await held.release()


async def test_watch_raises_lease_lost_when_the_session_ends(database_url: str) -> None:
    """``watch`` runs while the session lives and raises ``LeaseLost`` once it does not."""
    held = lease(database_url, "watched")
    await held.acquire()
    watching = asyncio.create_task(held.watch())
    try:
        await asyncio.sleep(0.3)
        assert not watching.done()
        await terminate(database_url, "contactbot:watched")
        try:
            await asyncio.wait_for(watching, 5)
        except LeaseLost:
            pass
        else:
            raise AssertionError("watch returned without LeaseLost")
    finally:
        watching.cancel()
        await held.release()


def test_the_device_lease_and_the_leader_lock_are_different_locks() -> None:
    """Leading the singleton jobs and using the device are separate roles."""
    assert DEVICE_LOCK_KEY != LEADER_LOCK_KEY


async def test_closing_the_encryption_gives_the_device_to_a_standby(database_url: str) -> None:
    """A clean stop (``Encryption.close``) releases the lease, so a waiting replica takes
    the device at once instead of after a timeout."""
    held, standby = lease(database_url, "stopping"), lease(database_url, "next")
    await held.acquire()
    waiting = asyncio.create_task(standby.acquire())
    try:
        await asyncio.sleep(0.3)
        assert not waiting.done()
        await Encryption(device=None, gateway=FakeGateway(), lease=held).close()
        await asyncio.wait_for(waiting, 5)
        assert standby.held and not held.held
    finally:
        waiting.cancel()
        await standby.release()
