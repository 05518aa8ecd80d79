"""The composition root: the only place that constructs collaborators and wires them together."""

from __future__ import annotations

import asyncio
import logging
import re
import signal
from collections.abc import Awaitable, Callable, Mapping
from contextlib import suppress
from datetime import datetime
from typing import Any

import aiohttp
from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from sqlalchemy.exc import SQLAlchemyError

from contactbot.core.config import Config
from contactbot.core.errors import ConfigError, DatabaseUnavailable
from contactbot.core.handlers.commands import CommandRegistry
from contactbot.core.handlers.events import EventRouter
from contactbot.core.handlers.help import MetaCommands
from contactbot.core.metrics import Metrics
from contactbot.core.services.access import AccessService
from contactbot.core.services.gateway import MatrixGateway
from contactbot.core.services.inbox import InboxService, RetryPolicy
from contactbot.core.services.ratelimit import CommandRateLimiter, TokenBuckets
from contactbot.core.services.rooms import RoomService
from contactbot.core.storage import migrate
from contactbot.core.storage.database import Database, is_unavailable
from contactbot.core.storage.embedded import EmbeddedPostgres, start_embedded
from contactbot.core.transport.appservice import AppserviceAPI, AppserviceState
from contactbot.core.transport.inbox_worker import InboxWorker
from contactbot.core.transport.matrix_client import HomeserverClient
from contactbot.features.contacts.commands.contacts import ContactCommands
from contactbot.features.contacts.domain.contacts import STATE_TYPES as CONTACT_STATE_TYPES
from contactbot.features.contacts.services.contacts import (
    ContactService,
    ContactSettings,
    DatabaseSupportStore,
    load_presets,
)
from contactbot.features.contacts.services.support_cache import SupportService
from contactbot.features.contacts.transport.wellknown import WellKnownFetcher, WellKnownSettings
from contactbot.features.moderation.commands.moderation import ModerationCommands
from contactbot.features.moderation.detector import Detector, DetectorSettings
from contactbot.features.moderation.services.moderation import (
    POLICY_RULE_TYPES,
    ModerationService,
    ModerationSettings,
)
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
from contactbot.schema import SCHEMA

log = logging.getLogger(__name__)

SHUTDOWN_STEP_SECONDS = 3.0


class ContactBot:
    def __init__(self, config: Config, *, gateway: MatrixGateway | None = None) -> None:
        self.config = config
        # Tests pass a recording gateway; normally the homeserver client is built in start().
        self._gateway_override = gateway
        self.metrics = Metrics()
        self.state = AppserviceState()
        self.embedded: EmbeddedPostgres | None = None
        self.db: Database | None = None
        self.http: aiohttp.ClientSession | None = None
        self.worker: InboxWorker | None = None
        self._runners: list[web.AppRunner] = []
        self._background: list[asyncio.Task[Any]] = []
        # Features' clean-up, run in order at stop() once no event is being processed.
        self._closers: list[Callable[[], Awaitable[None]]] = []

    # -- database --------------------------------------------------------------------------

    async def open_database(self) -> Database:
        url = self.config.get_str("database.url")
        if not url:
            pgdata = self.config.data_dir / "postgres"
            # Starting the server blocks for about a second; keep the loop responsive.
            self.embedded = await asyncio.to_thread(start_embedded, pgdata)
            url = self.embedded.url
        self.db = Database(url, pool_size=self.config.get_int("database.pool_size"))
        return self.db

    # -- lifecycle -------------------------------------------------------------------------

    async def start(self) -> None:
        cfg = self.config
        db = await self.open_database()
        try:
            status = await migrate.upgrade(db.engine, SCHEMA)
        except (OSError, SQLAlchemyError) as err:
            if is_unavailable(err, connecting=True):
                raise DatabaseUnavailable(f"cannot reach the database: {err}") from err
            raise
        log.info("Database schema at %s", status.head)

        self.http = aiohttp.ClientSession(
            connector=aiohttp.TCPConnector(ssl=cfg.get_bool("homeserver.verify_ssl"), limit=100),
        )
        gateway: MatrixGateway = self._gateway_override or HomeserverClient(
            cfg.get_str("homeserver.address"),
            cfg.as_token,
            cfg.bot_user_id,
            cfg.get_str("appservice.id"),
            self.http,
        )
        self.gateway = gateway
        inbox = InboxService(
            db,
            self.metrics,
            RetryPolicy(
                max_attempts=cfg.get_int("inbox.max_attempts"),
                base_delay=cfg.get_float("inbox.retry_base_seconds"),
            ),
        )
        self.inbox = inbox
        rooms = RoomService(
            db,
            gateway,
            allowed_inviters=cfg.get_str_list("bot.allowed_inviters"),
            own_server=cfg.domain,
            namespace_prefix="@" + cfg.get_str("appservice.bot_username"),
        )
        self.rooms = rooms
        self.access = AccessService(db, cfg.get_str_list("bot.admins"))
        limiter = CommandRateLimiter(
            TokenBuckets(
                cfg.get_float("bot.rate_limit.user_burst"),
                cfg.get_float("bot.rate_limit.user_per_second"),
            ),
            TokenBuckets(
                cfg.get_float("bot.rate_limit.room_burst"),
                cfg.get_float("bot.rate_limit.room_per_second"),
            ),
        )
        self.registry = CommandRegistry(
            cfg.get_str("bot.command_prefix") or "!", gateway, self.metrics, limiter
        )
        self.router = EventRouter(rooms, self.registry)
        self.registry.register(MetaCommands())
        self.wire_features()

        self.worker = InboxWorker(inbox, self.router.handle_raw, cfg.get_int("inbox.concurrency"))
        api = AppserviceAPI(
            hs_token=cfg.hs_token,
            inbox=inbox,
            metrics=self.metrics,
            on_accepted=self.worker.wake,
            user_exists=self._user_exists,
            max_body_size=cfg.get_int("appservice.max_body_size"),
            state=self.state,
        )
        await self._serve(
            api.build_app(), cfg.get_str("appservice.hostname"), cfg.get_int("appservice.port")
        )
        if cfg.get_bool("metrics.enabled"):
            await self._serve(
                self._metrics_app(), cfg.get_str("metrics.hostname"), cfg.get_int("metrics.port")
            )

        drained = await self.worker.drain()
        if drained:
            log.info("Processed %d events left in the inbox", drained)
        await self._ping_homeserver()
        await self._set_profile()
        self.worker.start()
        self._background.append(asyncio.create_task(self._depth_loop(), name="inbox-depth"))
        self.state.ready = True
        log.info("contactbot is ready as %s", cfg.bot_user_id)

    def wire_features(self) -> None:
        """Register each feature's commands and event callbacks."""
        self._wire_contacts()
        self._wire_status()
        # After the features whose changes it moderates (status history), so it can subscribe.
        self._wire_moderation()

    def _wire_contacts(self) -> None:
        """Room contacts (MSC4489) and homeserver support documents (MSC1929)."""
        cfg = self.config
        if self.db is None:
            raise RuntimeError("the database must be open before features are wired")
        try:
            wellknown = WellKnownSettings.from_mapping(cfg.get_mapping("wellknown"))
        except ConfigError as err:
            raise ConfigError("wellknown", str(err)) from err
        fetcher = WellKnownFetcher(wellknown)
        support = SupportService(fetcher, DatabaseSupportStore(self.db))
        self.contacts = ContactService(
            self.db,
            self.gateway,
            support,
            self.access,
            ContactSettings(
                write_stable=cfg.get_bool("contacts.write_stable"),
                write_unstable=cfg.get_bool("contacts.write_unstable"),
                max_shown=cfg.get_int("contacts.max_shown"),
            ),
            load_presets(cfg.get_mapping("contact_presets")),
        )
        self.registry.register(ContactCommands(self.contacts))
        for event_type in CONTACT_STATE_TYPES:
            self.router.on_state(event_type, self.contacts.handle_state_event)
        # Lookups in flight first, then the sessions they use.
        self._closers.extend((support.close, fetcher.close))

    def _wire_status(self) -> None:
        """Profile-status history (MSC4426): polling, the MSC4429 watcher, ``!status``."""
        cfg = self.config
        if self.db is None or self.http is None:
            raise RuntimeError("the database must be open before features are wired")
        if not cfg.get_bool("status.enabled"):
            log.info("Profile-status history is off (status.enabled)")
            return
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
        scheduler = ProfileScheduler(poll, metrics=PrometheusSchedulerMetrics(self.metrics))
        status = self.status = StatusService(
            self.db,
            scheduler,
            settings,
            bot_user_id=cfg.bot_user_id,
            is_own_user=self.rooms.is_own_user,
            metrics=self.metrics,
        )

        async def store(
            user_id: str, profile: Mapping[str, object] | None, requested_at: datetime
        ) -> None:
            await status.observe_profile(user_id, profile, via="poll", requested_at=requested_at)

        fetch: Callable[[str], Awaitable[FetchOutcome]]
        watcher: ProfileWatcher | None = None
        if isinstance(self.gateway, HomeserverClient):
            fetch = ProfileFetcher(
                self.http,
                cfg.get_str("homeserver.address"),
                cfg.as_token,
                store,
                timeout=cfg.get_float("status.fetch_timeout"),
                max_body_bytes=cfg.get_int("status.max_profile_bytes"),
            )
            if mode != "off":
                watcher = ProfileWatcher(
                    self.gateway,
                    self.http,
                    cfg.get_str("homeserver.address"),
                    cfg.as_token,
                    status,
                    WatcherSettings(
                        mode="on" if mode == "on" else "auto", localpart_suffix=suffix
                    ),
                    metrics=self.metrics,
                )
        else:
            # A recording gateway in tests: profiles come from it.
            fetch = GatewayProfileFetcher(self.gateway, store)
        self.status_watcher = watcher
        self.registry.register(StatusCommands(status, self.access))
        self.router.on_member(status.handle_member)
        self.router.on_message(status.handle_message)
        # Passed on when the bot joins a room (load_room), after its members are stored.
        self.router.on_state("m.room.create", status.handle_room_loaded)

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
                self.metrics.failures.labels("status").inc()

        async def close() -> None:
            # Runs after run() was cancelled: keep the sync token and the fetch times.
            if watcher is not None:
                await watcher.stop()
            await status.stop()

        self._background.append(asyncio.create_task(run(), name="status"))
        self._closers.append(close)

    def _wire_moderation(self) -> None:
        """Flags and review of offensive statuses and display names (docs/moderation.md)."""
        cfg = self.config
        if self.db is None:
            raise RuntimeError("the database must be open before features are wired")
        settings = ModerationSettings.from_mapping(cfg.get_mapping("moderation"))
        if not settings.enabled:
            log.info("Moderation of statuses and display names is off (moderation.enabled)")
            return
        try:
            detector = Detector(
                DetectorSettings.from_mapping(cfg.get_mapping("moderation.detector"))
            )
        except ValueError as err:
            raise ConfigError("moderation.detector", str(err)) from err
        self.moderation = ModerationService(
            self.db,
            self.gateway,
            self.access,
            detector,
            settings,
            self.metrics,
            is_own_user=self.rooms.is_own_user,
        )
        self.registry.register(ModerationCommands(self.moderation))
        self.router.on_reaction(self.moderation.handle_reaction)
        # Display names from member events always: a per-room name can differ from the
        # profile's, and a text already flagged through status history is not flagged twice.
        self.router.on_member(self.moderation.handle_member)
        for event_type in POLICY_RULE_TYPES:
            self.router.on_state(event_type, self.moderation.handle_policy_event)
        # Set by _wire_status unless status history is off.
        status = getattr(self, "status", None)
        if isinstance(status, StatusService):
            status.change_listeners.append(self.moderation.handle_status_change)
        else:
            log.warning("Status history is off: only display names from member events are checked")
        if not settings.room:
            log.warning(
                "moderation.room is not set: flags are recorded and listed by !flags, "
                "but nobody is notified"
            )
        if settings.dry_run:
            log.warning("Moderation dry run: kicks, bans and policy rules are only reported")
        self._background.append(
            asyncio.create_task(self.moderation.run_notice_retries(), name="flag-notices")
        )

    async def stop(self) -> None:
        self.state.ready = False
        # Stop taking transactions first; whatever was acknowledged is in the inbox already.
        for runner in reversed(self._runners):
            await self._bounded("HTTP server", runner.cleanup())
        self._runners.clear()
        for task in self._background:
            task.cancel()
        for task in self._background:
            with suppress(asyncio.CancelledError, Exception):
                await task
        if self.worker is not None:
            await self._bounded("inbox worker", self.worker.stop())
        for close in self._closers:
            await self._bounded(getattr(close, "__qualname__", "closer"), close())
        self._closers.clear()
        if self.http is not None:
            await self._bounded("homeserver client", self.http.close())
        if self.db is not None:
            await self._bounded("database pool", self.db.close())
        if self.embedded is not None:
            await asyncio.to_thread(self.embedded.stop)
            self.embedded = None

    @staticmethod
    async def _bounded(what: str, step: Awaitable[Any]) -> None:
        """One shutdown step, never allowed to hold up the exit for long: anything unfinished
        is safe in the inbox and is picked up at the next start."""
        try:
            await asyncio.wait_for(step, timeout=SHUTDOWN_STEP_SECONDS)
        except TimeoutError:
            log.warning(
                "Shutdown: %s did not finish in %.0f s; moving on", what, SHUTDOWN_STEP_SECONDS
            )
        except Exception:
            log.exception("Shutdown: %s failed", what)

    async def run_forever(self) -> None:
        loop = asyncio.get_running_loop()
        stop = asyncio.Event()
        for sig in (signal.SIGINT, signal.SIGTERM):
            with suppress(NotImplementedError):
                loop.add_signal_handler(sig, stop.set)
        starting = asyncio.create_task(self.start(), name="start-up")
        stopping = asyncio.create_task(stop.wait(), name="stop-signal")
        try:
            # A signal during start-up (say, while the homeserver is unreachable) must not wait
            # for start-up to finish.
            await asyncio.wait({starting, stopping}, return_when=asyncio.FIRST_COMPLETED)
            if starting.done():
                starting.result()
                await stopping
            log.info("Stopping")
        finally:
            for task in (starting, stopping):
                task.cancel()
                with suppress(asyncio.CancelledError):
                    await task
            await self.stop()

    # -- helpers ---------------------------------------------------------------------------

    async def _serve(self, app: web.Application, host: str, port: int) -> None:
        runner = web.AppRunner(app, access_log=None, shutdown_timeout=SHUTDOWN_STEP_SECONDS)
        await runner.setup()
        await web.TCPSite(runner, host, port).start()
        self._runners.append(runner)
        log.info("Listening on %s:%d", host, port)

    def _metrics_app(self) -> web.Application:
        async def metrics(_: web.Request) -> web.Response:
            return web.Response(
                body=generate_latest(self.metrics.registry),
                headers={"Content-Type": CONTENT_TYPE_LATEST},
            )

        app = web.Application()
        app.router.add_get("/metrics", metrics)
        return app

    async def _user_exists(self, user_id: str) -> bool:
        return user_id == self.config.bot_user_id

    async def _ping_homeserver(self) -> None:
        try:
            duration = await self.gateway.ping_homeserver()
        except Exception as err:
            log.error(
                "The homeserver could not ping this appservice back: %s. Check that "
                "appservice.address is reachable from the homeserver and that the tokens in "
                "the registration match this config (as_token/hs_token).",
                err,
            )
            self.state.details["homeserver_ping"] = "failed"
            return
        if duration is None:
            log.info("The homeserver does not support the appservice ping")
        else:
            log.info("Homeserver ping round trip: %d ms", duration)
        self.state.details["homeserver_ping"] = "ok"

    async def _set_profile(self) -> None:
        name = self.config.get_str("appservice.bot_displayname")
        if not name or not isinstance(self.gateway, HomeserverClient):
            return
        try:
            await self.gateway.set_displayname(name)
        except Exception as err:
            log.warning("Could not set the bot's display name: %s", err)

    async def _depth_loop(self) -> None:
        while True:
            with suppress(Exception):
                await self.inbox.refresh_depth()
            await asyncio.sleep(15)
