"""The MSC4429 fast path: a namespace ghost that ``/sync``s and follows the bot into its rooms.

The appservice sender cannot ``/sync`` on Synapse (500, "We no longer support AS users using
/sync directly"); a registered namespace user can, through the as_token with ``?user_id=``. The
watcher, ``@<bot_username><suffix>:<domain>``, must share a room with a user for the server to
report their profile updates, so it joins every room the bot is in: it tries to join (public
rooms, or an invite already there), and if refused the bot invites it first. It leaves rooms the
bot has left. This is reconciled at start-up and every ``reconcile_interval``, and each room
the bot joins is followed at once.

Start-up decides whether to run at all (``status.sync``): ``off`` never; ``auto`` when
``/_matrix/client/versions`` advertises ``org.matrix.msc4429`` (Synapse does with
``include_profile_updates_in_sync: true``); ``on`` always. Without it, or when registering the
ghost fails, polling carries on alone; with it, polling still runs as the slower reconciler
(remote users are only ever seen by polling).

The sync token is stored with each batch of updates and on shutdown, so a restart resumes with an
incremental sync; without one the first sync is initial (every current value, diffed like a
poll, so nothing is recorded twice).
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Mapping
from contextlib import suppress
from dataclasses import dataclass
from typing import Any

import aiohttp
from yarl import URL

from contactbot.core.errors import HomeserverRefused
from contactbot.core.metrics import Metrics
from contactbot.core.services.gateway import MatrixGateway
from contactbot.core.services.loops import supervised_loop
from contactbot.features.status.services.status import StatusService
from contactbot.features.status.services.sync import (
    ProfileSyncWatcher,
    ProfileUpdate,
    SyncMode,
    SyncSupport,
    decide_sync_support,
)

log = logging.getLogger(__name__)

# Seconds between two rounds of following rooms the bot joined (a failed round backs off).
FOLLOW_PAUSE = 1.0


class SyncFailed(Exception):
    """``/sync`` answered something other than 200 with a JSON object."""


@dataclass(frozen=True, slots=True)
class WatcherSettings:
    mode: SyncMode = "auto"
    # The ghost is @<bot_username><suffix>:<domain>; the suffix keeps it inside the namespace.
    localpart_suffix: str = "_watcher"
    timeout_ms: int = 30_000
    reconcile_interval: float = 600.0


class SyncClient:
    """``SyncTransport`` over aiohttp: ``GET /_matrix/client/v3/sync`` as the watcher."""

    def __init__(
        self, session: aiohttp.ClientSession, base_url: str, as_token: str, user_id: str
    ) -> None:
        self._session = session
        self._url = URL(base_url.rstrip("/") + "/_matrix/client/v3/sync")
        self._headers = {"Authorization": f"Bearer {as_token}"}
        self._user_id = user_id

    async def sync(
        self, *, since: str | None, filter_json: str, timeout_ms: int
    ) -> Mapping[str, object]:
        params = {"user_id": self._user_id, "filter": filter_json, "timeout": str(timeout_ms)}
        if since is not None:
            params["since"] = since
        # The long poll itself, plus room for a slow answer (an initial sync of many rooms).
        timeout = aiohttp.ClientTimeout(total=timeout_ms / 1000 + 120)
        async with self._session.get(
            self._url, params=params, headers=self._headers, timeout=timeout
        ) as resp:
            raw = await resp.read()
            if resp.status != 200:
                raise SyncFailed(f"/sync answered {resp.status}: {raw[:200]!r}")
        try:
            body = json.loads(raw.decode("utf-8", "replace"))
        except ValueError as err:
            raise SyncFailed(f"/sync answered invalid JSON: {err}") from err
        if not isinstance(body, dict):
            raise SyncFailed("/sync answered JSON that is not an object")
        return body


class ProfileWatcher:
    """Runs the ghost's ``/sync`` loop and keeps the ghost in the bot's rooms."""

    def __init__(
        self,
        client: MatrixGateway,
        session: aiohttp.ClientSession,
        base_url: str,
        as_token: str,
        status: StatusService,
        settings: WatcherSettings,
        *,
        metrics: Metrics | None = None,
    ) -> None:
        self.client = client
        self.settings = settings
        self.status = status
        self.metrics = metrics
        localpart, _, domain = client.bot_user_id[1:].partition(":")
        self.user_id = f"@{localpart}{settings.localpart_suffix}:{domain}"
        self.ghost = client.as_user(self.user_id)
        self._session = session
        self._base_url = base_url.rstrip("/")
        self._as_token = as_token
        self._sync: ProfileSyncWatcher | None = None
        self._tasks: list[asyncio.Task[Any]] = []
        self._pending: list[str] = []
        self._wake = asyncio.Event()
        self.running = False

    # -- lifecycle ---------------------------------------------------------------------------

    async def decide(self) -> SyncSupport:
        """Whether to run, from the config mode and the homeserver's ``/versions``."""
        return decide_sync_support(await self.client.client_versions(), self.settings.mode)

    async def start(self, support: SyncSupport | None = None) -> bool:
        """Register the ghost and start syncing; False when only polling runs.

        ``support`` is the decision already taken (``decide``); without it, it is taken here.
        """
        if support is None:
            support = await self.decide()
        if not support.enabled:
            log.info(
                "Profile /sync watcher off (%s); status changes are seen by polling",
                support.reason,
            )
            self._set_gauge(False)
            return False
        try:
            await self.ghost.ensure_registered()
        except Exception as err:
            log.warning(
                "Could not register the profile watcher %s (%s); status changes are seen by "
                "polling only",
                self.user_id,
                err,
            )
            self._set_gauge(False)
            return False
        since = await self.status.load_since(self.user_id)
        self._sync = ProfileSyncWatcher(
            SyncClient(self._session, self._base_url, self._as_token, self.user_id),
            self._sink,
            since=since,
            self_user_id=self.user_id,
            timeout_ms=self.settings.timeout_ms,
        )
        self.status.room_listeners.append(self.room_joined)
        self._tasks = [
            asyncio.create_task(self._sync.run(), name="profile-sync"),
            asyncio.create_task(
                supervised_loop(
                    "status_watcher_rooms",
                    self.reconcile,
                    interval=self.settings.reconcile_interval,
                    metrics=self.metrics,
                ),
                name="profile-watcher-rooms",
            ),
            asyncio.create_task(
                supervised_loop(
                    "status_watcher_follow",
                    self._follow_pending,
                    interval=FOLLOW_PAUSE,
                    metrics=self.metrics,
                ),
                name="profile-watcher-follow",
            ),
        ]
        self.running = True
        self._set_gauge(True)
        log.info(
            "Profile /sync watcher %s started (%s; %s sync)",
            self.user_id,
            support.reason,
            "incremental" if since else "initial",
        )
        return True

    async def stop(self) -> None:
        if self._sync is not None:
            self._sync.stop()
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with suppress(asyncio.CancelledError, Exception):
                await task
        self._tasks = []
        if self._sync is not None and self._sync.since is not None:
            with suppress(Exception):
                await self.status.save_since(self.user_id, self._sync.since)
        if self.running:
            self.running = False
            self._set_gauge(False)

    def _set_gauge(self, on: bool) -> None:
        if self.metrics is not None:
            self.metrics.status_sync_enabled.set(1 if on else 0)

    async def _sink(self, updates: list[ProfileUpdate], next_batch: str) -> None:
        # The watcher advances `since` only after this returns: None now means the batch is
        # the answer to an initial sync.
        initial = self._sync is not None and self._sync.since is None
        await self.status.apply_sync(updates, next_batch, watcher=self.user_id, initial=initial)

    # -- following the bot -------------------------------------------------------------------

    async def room_joined(self, room_id: str) -> None:
        """The bot joined ``room_id``: follow it soon (this runs inside the bot's join)."""
        self._pending.append(room_id)
        self._wake.set()

    async def _follow_pending(self) -> None:
        """Wait for rooms the bot joined, then follow each.

        A room whose follow fails is not retried here: the periodic reconcile catches it.
        """
        if not self._pending:
            await self._wake.wait()
        self._wake.clear()
        while self._pending:
            room_id = self._pending.pop(0)
            await self.follow(room_id)

    async def follow(self, room_id: str) -> bool:
        """Make the watcher join ``room_id``, invited by the bot if need be; True if joined."""
        try:
            await self.ghost.join_room(room_id)
            return True
        except HomeserverRefused as err:
            if err.http_status not in (403, 404):
                raise
        try:
            await self.client.invite(room_id, self.user_id)
            await self.ghost.join_room(room_id)
        except HomeserverRefused as err:
            # No invite power in that room, or the watcher is banned: polling covers it.
            log.info(
                "The profile watcher cannot join %s (%s); that room is polled only",
                room_id,
                err.errcode or err.http_status,
            )
            return False
        return True

    async def joined_rooms(self) -> set[str]:
        return await self.ghost.joined_rooms()

    async def reconcile(self) -> tuple[int, int]:
        """Join the bot's rooms the watcher is missing and leave those the bot left."""
        wanted = set(await self.status.joined_rooms())
        mine = await self.joined_rooms()
        joined = left = 0
        for room_id in sorted(wanted - mine):
            if await self.follow(room_id):
                joined += 1
        for room_id in sorted(mine - wanted):
            with suppress(HomeserverRefused):
                await self.ghost.leave_room(room_id)
                left += 1
        if joined or left:
            log.info("Profile watcher joined %d rooms and left %d", joined, left)
        return joined, left
