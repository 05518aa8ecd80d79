"""One process at a time uses the bot's encryption device.

The device's Olm account, its one-time keys and its outbound group sessions are state that a
process keeps in memory and writes back to the crypto store. Two replicas running the same
device would overwrite each other's account and hand out one-time keys twice, and peers would
then fail to decrypt what the bot sends. So, when encryption is on, a replica first takes the
device lease (a session-level advisory lock, like the leader lock, under its own key) and only
then starts its device and serves; a second replica waits, not serving, until the first one
stops or dies, and then takes over: replicas with encryption are active/standby.

A holder that loses the lease's connection cannot know whether another replica has started the
device since, so it gives the device up by stopping the whole process (``LeaseLost``); its
supervisor restarts it and it waits for the lease like any new replica.
"""

from __future__ import annotations

import asyncio
import logging
import time

from contactbot.core.storage.leader_lock import LeaderLock

log = logging.getLogger(__name__)

# "cbDevice" in ASCII: different from the leader lock's and the migration lock's keys.
DEVICE_LOCK_KEY = 0x6362446576696365


class LeaseLost(Exception):
    """The device lease's session ended while this process held it."""


class DeviceLease:
    """Waits for, holds and watches the encryption device lease on its own connection."""

    def __init__(
        self,
        lock: LeaderLock,
        *,
        retry_interval: float = 1.0,
        check_interval: float = 1.0,
        check_timeout: float = 3.0,
        report_every: float = 60.0,
    ) -> None:
        self.lock = lock
        self.retry_interval = retry_interval
        self.check_interval = check_interval
        self.check_timeout = check_timeout
        self.report_every = report_every
        self.held = False

    async def acquire(self) -> None:
        """Return once this process holds the lease; waits (cancellably) while another does.

        Connection failures are retried: a database that is briefly away delays start-up
        rather than failing it.
        """
        last_report = float("-inf")
        while True:
            try:
                if not self.lock.connected:
                    await self.lock.connect(timeout=self.check_timeout)
                async with asyncio.timeout(self.check_timeout):
                    if await self.lock.try_acquire():
                        self.held = True
                        log.info("Replica %s holds the encryption device", self.lock.replica)
                        return
                    holder = await self.lock.holder()
                if time.monotonic() - last_report >= self.report_every:
                    last_report = time.monotonic()
                    log.warning(
                        "Replica %s waits for the encryption device, which replica %s uses; "
                        "with encryption on, one replica serves and the others stand by "
                        "(docs/operations.md)",
                        self.lock.replica,
                        holder.removeprefix("contactbot:") if holder else "(unknown)",
                    )
            except Exception as err:
                # OSError, timeouts and asyncpg's own errors alike: the database is away.
                log.warning("Device lease: %s; trying again", err or type(err).__name__)
                await self.lock.close()
            await asyncio.sleep(self.retry_interval)

    async def watch(self) -> None:
        """While held: prove the session is alive; raise ``LeaseLost`` when it is not."""
        while True:
            await asyncio.sleep(self.check_interval)
            try:
                async with asyncio.timeout(self.check_timeout):
                    await self.lock.check()
            except asyncio.CancelledError:
                raise
            except Exception as err:
                self.held = False
                raise LeaseLost(str(err) or type(err).__name__) from err

    async def release(self) -> None:
        """End the session; a standby replica takes the device on its next try."""
        self.held = False
        await self.lock.close()
