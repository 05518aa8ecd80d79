"""Composition of end-to-end encryption: the device, the encrypting gateway, the decrypting
step in front of the router (docs/encryption.md). Part of the composition root."""

from __future__ import annotations

import logging
from contextlib import suppress

import aiohttp

from contactbot.core.config import Config
from contactbot.core.handlers.events import EventRouter
from contactbot.core.metrics import Metrics
from contactbot.core.services.decryption import DecryptingHandler, GiveUpRule
from contactbot.core.services.encryption import EncryptingGateway, EncryptionSettings
from contactbot.core.services.gateway import MatrixGateway
from contactbot.core.services.outbox import Outbox
from contactbot.core.transport.appservice import AppserviceState
from contactbot.core.transport.crypto_device import CryptoDevice, DeviceAccess

log = logging.getLogger(__name__)


async def start_encryption(
    config: Config,
    gateway: MatrixGateway,
    http: aiohttp.ClientSession,
    database_url: str,
    state: AppserviceState,
) -> tuple[CryptoDevice | None, MatrixGateway]:
    """The started device and the gateway to send through (encrypting when it started).

    A failure is reported and the bot runs on without encryption (as before the feature),
    so a homeserver without the appservice login never keeps the bot down.
    """
    settings = EncryptionSettings.from_config(config)
    if not settings.allow:
        state.details["encryption"] = "off"
        return None, gateway
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
        return None, gateway
    state.details["encryption"] = "on"
    log.info("End-to-end encryption is on (device %s)", device.device_id)
    return device, EncryptingGateway(gateway, device)


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
