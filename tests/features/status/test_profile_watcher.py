"""The MSC4429 watcher against a loopback stub homeserver and real PostgreSQL: whether it runs,
how the ghost follows the bot's rooms, and how its updates and sync token are stored."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest
from aiohttp import web

from contactbot.core.storage.database import Database
from contactbot.core.storage.rooms import RoomRepository
from contactbot.core.transport.matrix_client import HomeserverClient
from contactbot.features.status.services.scheduler import ProfileScheduler
from contactbot.features.status.services.status import StatusService, StatusSettings
from contactbot.features.status.services.sync import SyncMode
from contactbot.features.status.transport.watcher import ProfileWatcher, WatcherSettings

BOT = "@contactbot:example.org"
GHOST = "@contactbot_watcher:example.org"
ALICE = "@alice:example.org"
PRIVATE = "!private:example.org"
PUBLIC = "!public:example.org"
LEFT = "!left:example.org"


class Homeserver:
    """Just enough client-server API for the watcher; records (method, path, user_id)."""

    def __init__(self, *, advertise: bool = True, register_status: int = 200) -> None:
        self.advertise = advertise
        self.register_status = register_status
        self.requests: list[tuple[str, str, str | None]] = []
        self.ghost_rooms: set[str] = {LEFT}
        self.invited: set[str] = set()
        self.public: set[str] = {PUBLIC}
        self.syncs: list[dict[str, Any]] = [
            {"next_batch": "s1", "org.matrix.msc4429.users": {ALICE: {"profile_updates": {}}}},
            {
                "next_batch": "s2",
                "org.matrix.msc4429.users": {
                    ALICE: {"profile_updates": {"m.status": {"text": "synced", "emoji": "x"}}}
                },
            },
        ]
        self.port = 0
        self._runner: web.AppRunner | None = None

    def _error(self, status: int, errcode: str) -> web.Response:
        return web.json_response({"errcode": errcode, "error": errcode}, status=status)

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        path = request.path
        user = request.query.get("user_id")
        self.requests.append((request.method, path, user))
        if path == "/_matrix/client/versions":
            flags = {"org.matrix.msc4429": True} if self.advertise else {}
            return web.json_response({"versions": ["v1.15"], "unstable_features": flags})
        if path == "/_matrix/client/v3/register":
            if self.register_status != 200:
                return self._error(self.register_status, "M_FORBIDDEN")
            return web.json_response({"user_id": GHOST})
        if path == "/_matrix/client/v3/joined_rooms":
            return web.json_response({"joined_rooms": sorted(self.ghost_rooms)})
        if path.startswith("/_matrix/client/v3/rooms/"):
            room, action = path.split("/")[-2:]
            if action == "join":
                if room not in self.public and room not in self.invited:
                    return self._error(403, "M_FORBIDDEN")
                self.ghost_rooms.add(room)
                return web.json_response({"room_id": room})
            if action == "invite":
                body = await request.json()
                assert body == {"user_id": GHOST} and user is None  # the bot invites
                self.invited.add(room)
                return web.json_response({})
            if action == "leave":
                self.ghost_rooms.discard(room)
                return web.json_response({})
        if path == "/_matrix/client/v3/sync":
            assert user == GHOST
            json.loads(request.query["filter"])
            if self.syncs:
                return web.json_response(self.syncs.pop(0))
            await asyncio.sleep(float(request.query.get("timeout", "0")) / 1000)
            return web.json_response({"next_batch": request.query.get("since", "s0")})
        return self._error(404, "M_UNRECOGNIZED")

    async def start(self) -> None:
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self._handle)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", 0).start()
        self.port = self._runner.addresses[0][1]

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"


@pytest.fixture
async def session() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as http:
        yield http


async def make(
    db: Database, session: aiohttp.ClientSession, hs: Homeserver, mode: SyncMode = "auto"
) -> tuple[ProfileWatcher, StatusService]:
    async with db.transaction() as s:
        repo = RoomRepository(s)
        for room in (PRIVATE, PUBLIC):
            await repo.upsert(room, membership="joined")
            await repo.replace_members(room, {BOT: None, ALICE: None})
    status = StatusService(
        db,
        ProfileScheduler(),
        StatusSettings(),
        is_own_user=lambda u: u == BOT or u.startswith("@contactbot_"),
    )
    client = HomeserverClient(hs.url, "as-token", BOT, "contactbot", session)
    watcher = ProfileWatcher(
        client,
        session,
        hs.url,
        "as-token",
        status,
        WatcherSettings(mode=mode, timeout_ms=50),
    )
    return watcher, status


@pytest.fixture
async def hs() -> AsyncIterator[Homeserver]:
    server = Homeserver()
    await server.start()
    yield server
    await server.stop()


async def test_without_the_feature_only_polling_runs(
    db: Database, session: aiohttp.ClientSession, hs: Homeserver
) -> None:
    """In auto mode, a server that does not advertise MSC4429 gets no watcher: no ghost is
    registered and nothing joins; off never even asks."""
    hs.advertise = False
    watcher, _ = await make(db, session, hs)
    assert await watcher.start() is False
    assert [r[1] for r in hs.requests] == ["/_matrix/client/versions"]
    off, _ = await make(db, session, hs, mode="off")
    assert await off.start() is False
    assert len(hs.requests) == 2


async def test_a_ghost_that_cannot_be_registered_leaves_polling_alone(
    db: Database, session: aiohttp.ClientSession, hs: Homeserver
) -> None:
    """When registering the watcher fails, the bot carries on with polling only."""
    hs.register_status = 403
    watcher, _ = await make(db, session, hs)
    assert await watcher.start() is False
    assert not any(p.endswith("/sync") for _, p, _ in hs.requests)


async def test_the_watcher_follows_the_bot_and_records_its_updates(
    db: Database, session: aiohttp.ClientSession, hs: Homeserver
) -> None:
    """The ghost is registered, joins a public room directly and a private one after the bot
    invites it, leaves a room the bot is not in; an incremental update becomes a history row
    via sync, and the sync token is stored so a restart resumes from it."""
    watcher, status = await make(db, session, hs)
    assert await watcher.start() is True
    try:
        for _ in range(200):
            if hs.ghost_rooms == {PUBLIC, PRIVATE} and await status.history(ALICE, 10):
                break
            await asyncio.sleep(0.02)
        assert hs.ghost_rooms == {PUBLIC, PRIVATE}
        assert PRIVATE in hs.invited and PUBLIC not in hs.invited
        (entry,) = await status.history(ALICE, 10)
        assert (entry.field, entry.via, entry.text) == ("status", "sync", "synced")
        assert any(p == "/_matrix/client/v3/register" for _, p, _ in hs.requests)
        # A room the bot joins later is followed at once.
        await status.room_listeners[0]("!new:example.org")
        hs.public.add("!new:example.org")
        await status.room_listeners[0]("!new:example.org")
        for _ in range(100):
            if "!new:example.org" in hs.ghost_rooms:
                break
            await asyncio.sleep(0.02)
        assert "!new:example.org" in hs.ghost_rooms
    finally:
        await watcher.stop()
    assert await status.load_since(GHOST) == "s2"
    again, _ = await make(db, session, hs)
    await again.start()
    await again.stop()
    sync_queries = [r for r in hs.requests if r[1].endswith("/sync")]
    assert sync_queries  # the resumed watcher synced again, from the stored token
