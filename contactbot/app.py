"""The composition root: the only place that constructs collaborators and wires them together."""

from __future__ import annotations

import asyncio
import logging
import signal
from collections.abc import Awaitable, Callable
from contextlib import suppress
from typing import Any

import aiohttp
from aiohttp import web
from sqlalchemy.exc import SQLAlchemyError

from contactbot.core.config import Config
from contactbot.core.errors import DatabaseUnavailable
from contactbot.core.handlers.commands import CommandRegistry
from contactbot.core.handlers.events import EventRouter
from contactbot.core.handlers.help import MetaCommands
from contactbot.core.handlers.inbox_admin import InboxAdminCommands
from contactbot.core.metrics import Metrics
from contactbot.core.runtime import Core, HomeserverAccess
from contactbot.core.services.access import AccessService
from contactbot.core.services.encryption import (
    EncryptingGateway,
    EncryptionPolicy,
    EncryptionSettings,
)
from contactbot.core.services.gateway import MatrixGateway
from contactbot.core.services.inbox import InboxService, RetryPolicy
from contactbot.core.services.leader import Leadership, default_replica_name
from contactbot.core.services.loops import supervised_loop
from contactbot.core.services.outbox import Outbox
from contactbot.core.services.ratelimit import CommandRateLimiter, TokenBuckets
from contactbot.core.services.retention import InboxRetention, RetentionSettings
from contactbot.core.services.rooms import RoomService
from contactbot.core.storage import migrate
from contactbot.core.storage.database import Database, is_unavailable
from contactbot.core.storage.embedded import EmbeddedPostgres, start_embedded
from contactbot.core.storage.leader_lock import LeaderLock
from contactbot.core.transport.appservice import AppserviceAPI, AppserviceState
from contactbot.core.transport.crypto_device import CryptoDevice
from contactbot.core.transport.inbox_worker import InboxWorker
from contactbot.core.transport.matrix_client import HomeserverClient
from contactbot.encryption_setup import LEASE_LOST_EXIT, decrypting_handler, start_encryption
from contactbot.features.contacts import wiring as contacts_feature
from contactbot.features.moderation import wiring as moderation_feature
from contactbot.features.status import wiring as status_feature
from contactbot.schema import SCHEMA
from contactbot.serving import bounded_step, metrics_app

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
        self.leadership: Leadership | None = None
        self.database_url = ""
        self.crypto: CryptoDevice | None = None
        self.replica = config.get_str("replica.name") or default_replica_name()
        # What the process exits with once stopped (LEASE_LOST_EXIT after losing the device).
        self.exit_code = 0
        self._stop_requested = asyncio.Event()
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
        self.database_url = url
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
        self.gateway = gateway = await self._start_encryption(gateway)
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
        self.outbox = Outbox(
            db,
            gateway,
            self.metrics,
            call_timeout=cfg.get_float("homeserver.request_timeout"),
            retry_base=cfg.get_float("inbox.retry_base_seconds"),
        )
        self.registry = CommandRegistry(
            cfg.get_str("bot.command_prefix") or "!", self.outbox, self.metrics, limiter
        )
        self.router = EventRouter(rooms, self.registry)
        self.inbox = inbox = InboxService(
            db,
            self.metrics,
            RetryPolicy(
                max_attempts=cfg.get_int("inbox.max_attempts"),
                base_delay=cfg.get_float("inbox.retry_base_seconds"),
            ),
            event_timeout=cfg.get_float("inbox.event_timeout"),
            # Chatter that is not a command is settled at ingest and never queued.
            triage=self.router,
            backpressure_pending=cfg.get_int("inbox.backpressure_pending"),
        )
        self.registry.register(MetaCommands())
        self.registry.register(InboxAdminCommands(inbox, self.outbox, self.access))
        self.wire_features()

        self.worker = InboxWorker(inbox, self._event_handler(), cfg.get_int("inbox.concurrency"))
        api = AppserviceAPI(
            hs_token=cfg.hs_token,
            inbox=inbox,
            metrics=self.metrics,
            on_accepted=self.worker.wake,
            user_exists=self._user_exists,
            max_body_size=cfg.get_int("appservice.max_body_size"),
            state=self.state,
            on_extensions=self.crypto.handle_transaction if self.crypto else None,
        )
        await self._serve(
            api.build_app(), cfg.get_str("appservice.hostname"), cfg.get_int("appservice.port")
        )
        if cfg.get_bool("metrics.enabled"):
            await self._serve(
                self._metrics_app(), cfg.get_str("metrics.hostname"), cfg.get_int("metrics.port")
            )

        drained = await self.worker.drain(cfg.get_float("inbox.startup_drain_seconds"))
        if drained:
            log.info("Processed %d events left in the inbox", drained)
        await self._ping_homeserver()
        await self._set_profile()
        self.worker.start()
        self._background.append(asyncio.create_task(self.outbox.run(), name="outbox"))
        self.start_operations()
        self._background.append(
            asyncio.create_task(
                supervised_loop(
                    "inbox-depth", self.inbox.refresh_depth, interval=15, metrics=self.metrics
                ),
                name="inbox-depth",
            )
        )
        self.state.ready = True
        log.info("contactbot is ready as %s", cfg.bot_user_id)

    def wire_features(self) -> None:
        """Build the core container and let each feature register itself on it."""
        if self.db is None or self.http is None:
            raise RuntimeError("the database must be open before features are wired")
        cfg = self.config
        core = self.core = Core(
            config=cfg,
            db=self.db,
            http=self.http,
            gateway=self.gateway,
            homeserver=HomeserverAccess(
                address=cfg.get_str("homeserver.address"),
                as_token=cfg.as_token,
                domain=cfg.domain,
                bot_user_id=cfg.bot_user_id,
            ),
            rooms=self.rooms,
            access=self.access,
            registry=self.registry,
            router=self.router,
            metrics=self.metrics,
            tasks=self._background,
            closers=self._closers,
            encryption=EncryptionPolicy(
                require=EncryptionSettings.from_config(cfg).require, cipher=self.crypto
            ),
        )
        self.contacts = contacts_feature.wire(core)
        self.status = status_feature.wire(core)
        self.moderation = moderation_feature.wire(core)
        # Features never import each other: status changes reach moderation through here.
        if self.moderation is not None:
            if self.status is not None:
                self.status.change_listeners.append(self.moderation.handle_status_change)
            else:
                log.warning(
                    "Status history is off: only display names from member events are checked"
                )

    # -- operations: one leader for singleton work, inbox retention (issue 13) ------------------

    def start_operations(self) -> None:
        """Join the leader election and register the core's own singleton job, retention.

        Features' singleton jobs (``Core.run_singleton``) were registered during wiring; they all
        start when this replica is elected. The election task is cancelled at stop, which ends
        the jobs and releases the lock, so a standby takes over without waiting.
        """
        if self.db is None:
            raise RuntimeError("the database must be open before the election starts")
        cfg = self.config
        retention = InboxRetention(self.db, RetentionSettings.from_config(cfg), self.metrics)
        self.core.run_singleton(
            "inbox-retention",
            lambda: supervised_loop(
                "inbox-retention",
                retention.purge,
                interval=retention.settings.interval,
                metrics=self.metrics,
            ),
        )
        self.state.details.update(replica=self.replica, leader=False)
        self.leadership = Leadership(
            LeaderLock(self.db.url, replica=self.replica),
            self.core.singletons,
            metrics=self.metrics,
            on_change=lambda leading: self.state.details.update(leader=leading),
        )
        self._background.append(asyncio.create_task(self.leadership.run(), name="leader-election"))

    async def stop(self) -> None:
        self.state.ready = False
        # Stop taking transactions first; whatever was acknowledged is in the inbox already.
        for runner in reversed(self._runners):
            await self._bounded("HTTP server", runner.cleanup())
        self._runners.clear()
        for task in self._background:
            task.cancel()
        if self._background:
            # Bounded like every step: a task that ignores its cancellation is reported, and
            # the closers below still run.
            _, stuck = await asyncio.wait(self._background, timeout=SHUTDOWN_STEP_SECONDS)
            for task in stuck:
                log.warning("Shutdown: %s did not stop when cancelled", task.get_name())
        self._background.clear()
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
        await bounded_step(what, step, SHUTDOWN_STEP_SECONDS)

    async def run_forever(self) -> None:
        loop = asyncio.get_running_loop()
        stop = self._stop_requested
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

    # -- end-to-end encryption (docs/encryption.md) ----------------------------------------

    async def _start_encryption(self, gateway: MatrixGateway) -> MatrixGateway:
        """Start the bot's encryption device; on success, sends go through it."""
        if self._gateway_override is not None or self.http is None:
            self.state.details["encryption"] = "off"
            return gateway
        encryption = await start_encryption(
            self.config, gateway, self.http, self.database_url, self.state, self.replica
        )
        self.crypto = encryption.device
        self._closers.append(encryption.close)
        self._background.append(
            asyncio.create_task(encryption.watch_lease(self._lease_lost), name="device-lease")
        )
        return encryption.gateway

    def _lease_lost(self) -> None:
        self.exit_code = LEASE_LOST_EXIT
        self._stop_requested.set()

    def _event_handler(self) -> Callable[[Any], Awaitable[None]]:
        """The worker's entry point: the router, behind the decrypting step when encrypting."""
        if self.crypto is None:
            return self.router.handle_raw
        return decrypting_handler(self.config, self.crypto, self.router, self.outbox, self.metrics)

    # -- helpers ---------------------------------------------------------------------------

    async def _serve(self, app: web.Application, host: str, port: int) -> None:
        runner = web.AppRunner(app, access_log=None, shutdown_timeout=SHUTDOWN_STEP_SECONDS)
        await runner.setup()
        await web.TCPSite(runner, host, port).start()
        self._runners.append(runner)
        log.info("Listening on %s:%d", host, port)

    def _metrics_app(self) -> web.Application:
        return metrics_app(self.metrics)

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
        client = self.gateway
        if isinstance(client, EncryptingGateway):
            client = client.inner
        if not name or not isinstance(client, HomeserverClient):
            return
        try:
            await client.set_displayname(name)
        except Exception as err:
            log.warning("Could not set the bot's display name: %s", err)
