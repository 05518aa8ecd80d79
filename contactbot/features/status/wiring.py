"""Wiring of profile-status history (MSC4426): polling, the MSC4429 watcher, ``!status``."""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Awaitable, Callable, Mapping
from datetime import datetime

from contactbot.core.errors import ConfigError
from contactbot.core.runtime import Core
from contactbot.core.transport.matrix_client import HomeserverClient
from contactbot.features.status.commands.status import StatusCommands
from contactbot.features.status.services.scheduler import (
    FetchOutcome,
    PollSettings,
    ProfileScheduler,
)
from contactbot.features.status.services.status import (
    PrometheusSchedulerMetrics,
    StatusService,
    StatusSettings,
)
from contactbot.features.status.transport.fetcher import GatewayProfileFetcher, ProfileFetcher
from contactbot.features.status.transport.watcher import ProfileWatcher, WatcherSettings

log = logging.getLogger(__name__)


def wire(core: Core) -> StatusService | None:
    cfg = core.config
    if not cfg.get_bool("status.enabled"):
        log.info("Profile-status history is off (status.enabled)")
        return None
    key = "status"
    try:
        key = "status.poll"
        poll = PollSettings.from_mapping(cfg.get_mapping("status.poll"))
        key = "status.retention_days"
        settings = StatusSettings(
            retention_days=cfg.get_float("status.retention_days"),
            moderators_room=cfg.get_str("status.moderators_room")
            or cfg.get_str("moderation.room"),
        )
        key = "status.sync"
        mode = cfg.get_str("status.sync")
        if mode not in ("auto", "on", "off"):
            raise ValueError(f"must be auto, on or off, not {mode!r}")
        key = "status.watcher_suffix"
        suffix = cfg.get_str("status.watcher_suffix")
        if not re.fullmatch(r"_[a-z0-9._=/-]+", suffix):
            raise ValueError('must start with "_" and use only a-z, 0-9 and ._=/-')
    except ValueError as err:
        raise ConfigError(key, str(err)) from err
    scheduler = ProfileScheduler(poll, metrics=PrometheusSchedulerMetrics(core.metrics))
    status = StatusService(
        core.db,
        scheduler,
        settings,
        bot_user_id=core.homeserver.bot_user_id,
        is_own_user=core.rooms.is_own_user,
        metrics=core.metrics,
    )

    async def store(
        user_id: str, profile: Mapping[str, object] | None, requested_at: datetime
    ) -> None:
        await status.observe_profile(user_id, profile, via="poll", requested_at=requested_at)

    fetch: Callable[[str], Awaitable[FetchOutcome]]
    watcher: ProfileWatcher | None = None
    hs = core.homeserver
    if isinstance(core.gateway, HomeserverClient):
        fetch = ProfileFetcher(
            core.http,
            hs.address,
            hs.as_token,
            store,
            timeout=cfg.get_float("status.fetch_timeout"),
            max_body_bytes=cfg.get_int("status.max_profile_bytes"),
        )
        if mode != "off":
            watcher = ProfileWatcher(
                core.gateway,
                core.http,
                hs.address,
                hs.as_token,
                status,
                WatcherSettings(mode="on" if mode == "on" else "auto", localpart_suffix=suffix),
                metrics=core.metrics,
            )
    else:
        # A recording gateway in tests: profiles come from it.
        fetch = GatewayProfileFetcher(core.gateway, store)
    core.registry.register(StatusCommands(status, core.access))
    core.router.on_member(status.handle_member)
    core.router.on_message(status.handle_message)
    # Passed on when the bot joins a room (load_room), after its members are stored.
    core.router.on_state("m.room.create", status.handle_room_loaded)

    async def run() -> None:
        try:
            await status.start()
            if watcher is not None:
                await watcher.start()
            await asyncio.gather(scheduler.run(fetch), status.run_maintenance())
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("Profile-status tracking stopped")
            core.metrics.failures.labels("status").inc()

    async def close() -> None:
        # Runs after run() was cancelled: keep the sync token and the fetch times.
        if watcher is not None:
            await watcher.stop()
        await status.stop()

    core.run_in_background("status", run())
    core.on_stop(close)
    return status
