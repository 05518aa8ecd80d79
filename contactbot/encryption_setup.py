"""Composition of end-to-end encryption: the device, the encrypting gateway, the decrypting
step in front of the router (docs/encryption.md). Part of the composition root."""

from __future__ import annotations

import logging
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass

import aiohttp

from contactbot.core.config import Config
from contactbot.core.handlers.events import EventRouter
from contactbot.core.metrics import Metrics
from contactbot.core.services.decryption import DecryptingHandler, GiveUpRule
from contactbot.core.services.device_lease import DEVICE_LOCK_KEY, DeviceLease, LeaseLost
from contactbot.core.services.encryption import EncryptingGateway, EncryptionSettings
from contactbot.core.services.gateway import MatrixGateway
from contactbot.core.services.outbox import Outbox
from contactbot.core.storage.leader_lock import LeaderLock
from contactbot.core.transport.appservice import AppserviceState
from contactbot.core.transport.crypto_device import CryptoDevice, DeviceAccess

log = logging.getLogger(__name__)


@dataclass(slots=True)
class Encryption:
    """What ``start_encryption`` set up: the device (None when off or unavailable), the
    gateway to send through, and the device lease this process holds while it uses it."""

    device: CryptoDevice | None
    gateway: MatrixGateway
    lease: DeviceLease | None = None

    async def watch_lease(self, on_lost: Callable[[], None]) -> None:
        """Until cancelled: if the lease is lost, report it and call ``on_lost`` (stop)."""
        if self.lease is None:
            return
        try:
            await self.lease.watch()
        except LeaseLost as err:
            log.critical(
                "Replica %s lost the encryption device lease (%s); stopping so that no two "
                "processes use the device (exit code %d; a restart waits for the lease)",
                self.lease.lock.replica,
                err,
                LEASE_LOST_EXIT,
            )
            on_lost()

    async def close(self) -> None:
        """Stop the device, then let another replica have it."""
        if self.device is not None:
            await self.device.stop()
        if self.lease is not None:
            await self.lease.release()


# The process exit code after the device lease was lost (systemd's Restart=on-failure restarts).
LEASE_LOST_EXIT = 14


async def start_encryption(
    config: Config,
    gateway: MatrixGateway,
    http: aiohttp.ClientSession,
    database_url: str,
    state: AppserviceState,
    replica: str,
) -> Encryption:
    """Take the device lease (waiting while another replica holds it), then start the device.

    A device that fails to start is reported and the bot runs on without encryption (as
    before the feature), so a homeserver without the appservice login never keeps the bot
    down; the lease is then given back.
    """
    settings = EncryptionSettings.from_config(config)
    if not settings.allow:
        state.details["encryption"] = "off"
        return Encryption(None, gateway)
    lease = DeviceLease(LeaderLock(database_url, replica=replica, key=DEVICE_LOCK_KEY))
    state.details["encryption"] = "waiting for the device lease"
    await lease.acquire()
    device = CryptoDevice(
        DeviceAccess(
            homeserver=config.get_str("homeserver.address"),
            as_token=config.as_token,
            bot_user_id=config.bot_user_id,
            database_url=database_url,
        ),
        gateway,
        http,
    )
    try:
        await device.start()
    except Exception as err:
        log.error(
            "End-to-end encryption is unavailable, so the bot can neither read nor answer "
            "in encrypted rooms: %s. See docs/encryption.md for what the homeserver needs.",
            err,
            exc_info=log.isEnabledFor(logging.DEBUG),
        )
        state.details["encryption"] = "unavailable"
        with suppress(Exception):
            await device.stop()
        await lease.release()
        return Encryption(None, gateway)
    state.details["encryption"] = "on"
    log.info("End-to-end encryption is on (device %s)", device.device_id)
    return Encryption(device, EncryptingGateway(gateway, device), lease)


def decrypting_handler(
    config: Config, device: CryptoDevice, router: EventRouter, outbox: Outbox, metrics: Metrics
) -> DecryptingHandler:
    """The router behind the decrypting step, with the device following room state."""
    router.on_state("m.room.encryption", device.on_encryption)
    router.on_state("m.room.member", device.on_member)
    settings = EncryptionSettings.from_config(config)
    return DecryptingHandler(
        cipher=device,
        handler=router.handle_raw,
        notices=outbox,
        metrics=metrics,
        bot_user_id=config.bot_user_id,
        rule=GiveUpRule(
            inbox_max_attempts=config.get_int("inbox.max_attempts"),
            max_wait=settings.key_wait_seconds,
        ),
        notice_interval=settings.notice_interval_seconds,
    )
