"""Wiring of profile-status history (MSC4426): polling, the MSC4429 watcher, ``!status``."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Mapping
from datetime import datetime

from contactbot.core.runtime import Core
from contactbot.core.services.loops import supervised_loop
from contactbot.features.status.commands.status import StatusCommands
from contactbot.features.status.services.metrics import PrometheusSchedulerMetrics
from contactbot.features.status.services.scheduler import ProfileScheduler
from contactbot.features.status.services.status import StatusService
from contactbot.features.status.services.sync import decide_sync_support
from contactbot.features.status.settings import StatusFeatureSettings
from contactbot.features.status.transport.fetcher import ProfileFetcher
from contactbot.features.status.transport.watcher import ProfileWatcher

log = logging.getLogger(__name__)


def wire(core: Core) -> StatusService | None:
    if not core.config.get_bool("status.enabled"):
        log.info("Profile-status history is off (status.enabled)")
        return None
    settings = StatusFeatureSettings.from_config(core.config)
    scheduler = ProfileScheduler(settings.poll, metrics=PrometheusSchedulerMetrics(core.metrics))
    status = StatusService(
        core.db,
        scheduler,
        settings.history,
        is_own_user=core.rooms.is_own_user,
        metrics=core.metrics,
    )

    async def store(
        user_id: str, profile: Mapping[str, object] | None, requested_at: datetime
    ) -> None:
        await status.observe_profile(user_id, profile, via="poll", requested_at=requested_at)

    fetch = ProfileFetcher(
        core.gateway,
        store,
        timeout=settings.fetch_timeout,
        max_body_bytes=settings.max_profile_bytes,
    )
    # The moderators' room is the core's (chosen from Matrix, or moderation.room); this
    # feature's own key counts only when neither is set.
    core.access.moderators_room.configure_fallback(settings.history.moderators_room)
    core.registry.register(StatusCommands(status, core.access, core.rooms))
    core.router.on_member(status.handle_member)
    core.router.on_activity(status.note_activity)
    # Passed on when the bot joins a room (load_room), after its members are stored.
    core.router.on_state("m.room.create", status.handle_room_loaded)
    watchers: list[ProfileWatcher] = []

    async def start_watcher() -> None:
        mode = settings.watcher.mode
        if mode == "off":
            return
        # Only a homeserver that supports MSC4429 (or a config forcing it) gets a watcher.
        support = decide_sync_support(await core.gateway.client_versions(), mode)
        if not support.enabled:
            log.info(
                "Profile /sync watcher off (%s); status changes are seen by polling",
                support.reason,
            )
            core.metrics.status_sync_enabled.set(0)
            return
        hs = core.homeserver
        watcher = ProfileWatcher(
            core.gateway,
            core.http,
            hs.address,
            hs.as_token,
            status,
            settings.watcher,
            metrics=core.metrics,
        )
        watchers.append(watcher)
        await watcher.start(support)

    async def lead() -> None:
        # Polling and the watcher run in the leading replica only: two replicas would poll
        # every user twice and share one ghost user and sync token (docs/operations.md).
        try:
            await status.start()
            await start_watcher()
            await scheduler.run(fetch)
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("Profile-status tracking stopped")
            core.metrics.failures.labels("status").inc()
        finally:
            while watchers:
                await watchers.pop().stop()

    h = settings.history
    first = min(h.flush_interval, h.purge_interval, h.reconcile_interval)
    core.run_singleton("status", lead)
    for name, step, interval, delay in (
        ("status_flush", status.flush_fetched, h.flush_interval, h.flush_interval),
        ("status_purge", status.purge, h.purge_interval, first),
        ("status_reconcile", status.reconcile, h.reconcile_interval, h.reconcile_interval),
    ):
        core.run_singleton(name, _loop(core, name, step, interval, delay))

    async def close() -> None:
        # Runs after the singletons were cancelled: keep the sync token and the fetch times.
        while watchers:
            await watchers.pop().stop()
        await status.stop()

    core.on_stop(close)
    return status


def _loop(
    core: Core, name: str, step: Callable[[], Awaitable[object]], interval: float, delay: float
) -> Callable[[], Awaitable[None]]:
    """A factory of the supervised loop, started anew each time this replica leads."""
    return lambda: supervised_loop(
        name, step, interval=interval, metrics=core.metrics, initial_delay=delay
    )
