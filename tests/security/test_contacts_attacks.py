"""Issue 15, the contacts findings, each written as the attack (they failed before the fix).

- 2: slow support servers must not stall commands in other rooms;
- 3: a padded support document must not bloat the cache; the cache has a byte budget and its
  expired rows are purged;
- 4: a redirect must not lead the fetcher to an ``overrides`` origin;
- 6: the cache key is what is fetched, so port variants of one name are one fetch.

The bot runs in-process on PostgreSQL, commands arrive as real appservice transactions where
timing matters, and "remote" servers are loopback web servers reached through
``wellknown.overrides`` (the only way the fetcher uses plain http or loopback).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import aiohttp
import pytest
from aiohttp import web
from sqlalchemy import text as sql

from contactbot.app import ContactBot
from contactbot.core.storage.database import Database
from contactbot.features.contacts.domain.support import FetchResult, parse_support
from contactbot.features.contacts.domain.support_cache import CachedSupport
from contactbot.features.contacts.storage.support_store import DatabaseSupportStore
from tests.botfactory import make_bot
from tests.fakes import FakeGateway
from tests.testbot import AppserviceClient, join, room_state, text, wait_for

DOC = {"contacts": [{"email_address": "admin@example.org", "role": "m.role.admin"}]}
SLOW_SECONDS = 3.0


class Remote:
    """A loopback web server serving support documents under /<name>/; each request counted."""

    def __init__(self) -> None:
        self.docs: dict[str, Any] = {}
        self.delay: dict[str, float] = {}
        self.redirects: dict[str, str] = {}
        self.requests: list[str] = []
        self.port = 0
        self._runner: web.AppRunner | None = None

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        name = request.match_info["name"]
        self.requests.append(name)
        await asyncio.sleep(self.delay.get(name, 0.0))
        if name in self.redirects:
            raise web.HTTPFound(self.redirects[name])
        if name not in self.docs:
            return web.Response(status=418, text="internal teapot")
        body = self.docs[name]
        data = body if isinstance(body, bytes) else web.json_response(body).body
        return web.Response(body=data, content_type="application/json")

    def base(self, name: str) -> str:
        return f"http://127.0.0.1:{self.port}/{name}"

    async def __aenter__(self) -> Remote:
        app = web.Application()
        app.router.add_get("/{name}/.well-known/matrix/support", self._handle)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", 0).start()
        self.port = self._runner.addresses[0][1]
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._runner is not None:
            await self._runner.cleanup()


@pytest.fixture
async def remote() -> AsyncIterator[Remote]:
    async with Remote() as server:
        yield server


def bot_config(overrides: dict[str, str], **extra: Any) -> dict[str, Any]:
    values: dict[str, Any] = {
        "wellknown.overrides": overrides,
        "bot.rate_limit.user_burst": 10_000,
        "bot.rate_limit.user_per_second": 10_000.0,
        "bot.rate_limit.room_burst": 10_000,
        "bot.rate_limit.room_per_second": 10_000.0,
    }
    values.update(extra)
    return values


async def started(database_url: str, gateway: FakeGateway, **config: Any) -> ContactBot:
    bot = make_bot(database_url, gateway, **config)
    await bot.start()
    return bot


# -- finding 2: slow support servers stall every room -------------------------------------------


async def test_slow_support_servers_do_not_delay_help_in_another_room(
    database_url: str, gateway: FakeGateway, remote: Remote
) -> None:
    """Attack: four accounts each ask `!support` of a server that takes 3 s, in four rooms,
    with the inbox allowed two rooms at a time; then a victim sends `!help` in a fifth room.
    Before the fix each lookup held a worker slot, and the victim waited seconds; now the
    victim's reply comes at once, and each attacker still gets exactly one answer (after one
    "looking it up")."""
    names = [f"slow{i}.test" for i in range(4)]
    for name in names:
        remote.docs[name] = DOC
        remote.delay[name] = SLOW_SECONDS
    bot = await started(
        database_url,
        gateway,
        **bot_config({n: remote.base(n) for n in names}, **{"inbox.concurrency": 2}),
    )
    try:
        rooms = [f"!attack{i}:example.org" for i in range(4)]
        victim_room = "!victim:example.org"
        for room in [*rooms, victim_room]:
            await join(bot, gateway, room, state=room_state(room))
        attacks = [
            text(f"!support {name}", f"@mallory{i}:example.org", room=room, event_id=f"$atk{i}")
            for i, (name, room) in enumerate(zip(names, rooms, strict=True))
        ]
        async with aiohttp.ClientSession() as session:
            client = AppserviceClient(bot, session)
            assert (await client.put("t-attack", {"events": attacks}))[0] == 200
            await wait_for(lambda: len(remote.requests) == 4, timeout=10)
            started_at = time.monotonic()
            victim = text("!help", room=victim_room, event_id="$victim")
            assert (await client.put("t-victim", {"events": [victim]}))[0] == 200
            await wait_for(lambda: gateway.messages(victim_room), timeout=15)
            victim_wait = time.monotonic() - started_at
        assert victim_wait < 1.0, f"!help waited {victim_wait:.2f} s behind slow lookups"
        await bot.contacts.lookups.drain()
        for room, name in zip(rooms, names, strict=True):
            replies = [m["body"] for m in gateway.messages(room)]
            assert len(replies) == 2, replies
            assert replies[0].startswith("Looking up")
            assert replies[1].startswith(f"**Support information published by {name}**")
    finally:
        await bot.stop()


async def test_one_account_cannot_queue_unbounded_lookups(
    database_url: str, gateway: FakeGateway, remote: Remote
) -> None:
    """Attack: one account fires many `!support` lookups of slow servers at once. Only
    `per_user_concurrent` (2) are taken; the rest are refused at once with a reason, and no
    fetch is made for them."""
    names = [f"slow{i}.test" for i in range(5)]
    for name in names:
        remote.docs[name] = DOC
        remote.delay[name] = 1.0
    bot = await started(database_url, gateway, **bot_config({n: remote.base(n) for n in names}))
    try:
        room = "!attack:example.org"
        await join(bot, gateway, room, state=room_state(room))
        events = [
            text(f"!support {name}", "@mallory:example.org", room=room, event_id=f"$m{i}")
            for i, name in enumerate(names)
        ]
        async with aiohttp.ClientSession() as session:
            assert (await AppserviceClient(bot, session).put("t", {"events": events}))[0] == 200
            await wait_for(lambda: len(gateway.messages(room)) >= 3, timeout=10)
        await bot.contacts.lookups.drain()
        bodies = [m["body"] for m in gateway.messages(room)]
        refused = [b for b in bodies if "lookups in progress already" in b]
        answered = [b for b in bodies if b.startswith("**Support information published by")]
        assert len(refused) == 3, bodies
        assert len(answered) == 2, bodies
        assert len(remote.requests) == 2
    finally:
        await bot.stop()


# -- finding 3: the cache can be made to hold gigabytes -------------------------------------------


async def test_a_padded_document_is_cached_at_the_size_of_its_usable_part(
    database_url: str, gateway: FakeGateway, remote: Remote
) -> None:
    """Attack: a valid document padded to ~60 KiB with empty objects (1.5 MiB once decoded).
    The cache row and the in-process copy hold only the validated content (well under 1 KiB),
    not the decoded input."""
    padded = b'{"contacts": [{"email_address": "admin@example.org", "role": "m.role.admin"}],'
    padded += b'"pad": [' + b",".join([b"{}"] * 20_000) + b"]}"
    assert len(padded) > 60_000
    remote.docs["padded.test"] = padded
    bot = await started(
        database_url, gateway, **bot_config({"padded.test": remote.base("padded.test")})
    )
    try:
        result = await bot.contacts.answers.support("padded.test")
        assert result.status == "ok" and result.info is not None
        assert bot.db is not None
        async with bot.db.transaction() as session:
            size = await session.scalar(
                sql("SELECT length(entry::text) FROM support_cache WHERE server_name = :s"),
                {"s": "padded.test"},
            )
        assert size is not None and size < 1024, size
        store = bot.contacts.answers.support_service.store
        assert isinstance(store, DatabaseSupportStore)
        assert 0 < store.bytes_held < 1024
    finally:
        await bot.stop()


async def test_the_in_process_cache_keeps_to_its_byte_budget(database_url: str) -> None:
    """Attack: many distinct servers fill the cache. The in-process copy never holds more
    than its byte budget, however many entries come in (it used to count entries only)."""
    db = Database(database_url)
    try:
        store = DatabaseSupportStore(db, memory_bytes=4_000)
        info = parse_support(DOC)
        entry = CachedSupport.from_result(
            FetchResult("ok", info, info.reason, 200, None, time.time()), time.time() + 3600
        )
        for index in range(100):
            await store.put(f"server{index}.test", entry)
            assert store.bytes_held <= 4_000
        assert store.bytes_held > 3_000  # it is used, not emptied
    finally:
        await db.close()


async def test_expired_cache_rows_are_purged_by_the_background_job(
    database_url: str, gateway: FakeGateway
) -> None:
    """Attack: lookups of ever new names leave rows behind forever (purge_expired had no
    caller). The leader's purge job deletes the expired rows it finds; fresh ones stay."""
    db = Database(database_url)
    try:
        async with db.transaction() as session:
            await session.execute(
                sql(
                    "INSERT INTO support_cache (server_name, entry, expires_at) VALUES "
                    "('old.test', '{}', :old), ('new.test', '{}', :new)"
                ),
                {"old": time.time() - 10, "new": time.time() + 3600},
            )

        async def names() -> set[str]:
            async with db.transaction() as session:
                rows = await session.execute(sql("SELECT server_name FROM support_cache"))
            return {row[0] for row in rows}

        bot = await started(database_url, gateway)
        try:
            await wait_for(lambda: names_are(names, {"new.test"}), timeout=15)
        finally:
            await bot.stop()
    finally:
        await db.close()


async def names_are(names: Callable[[], Awaitable[set[str]]], expected: set[str]) -> bool:
    return await names() == expected


# -- finding 4: redirects reach overrides origins ---------------------------------------------


async def test_a_redirect_cannot_reach_another_overrides_origin(
    database_url: str, gateway: FakeGateway, remote: Remote
) -> None:
    """Attack: the server of one lookup redirects to the origin an operator configured as an
    override for another (plain http, loopback, unchecked). The redirect is refused, the
    override origin gets no request, and its HTTP status does not leak into the reply."""
    async with Remote() as internal:
        internal.docs["inside.test"] = DOC
        remote.redirects["outside.test"] = internal.base("inside.test") + (
            "/.well-known/matrix/support"
        )
        overrides = {
            "outside.test": remote.base("outside.test"),
            "inside.test": internal.base("inside.test"),
        }
        bot = await started(database_url, gateway, **bot_config(overrides))
        try:
            result = await bot.contacts.answers.support("outside.test")
            assert result.status == "error"
            assert "a redirect to a configured override" in result.detail
            assert internal.requests == []
            assert "418" not in result.detail
            # The override still works for the lookup that starts there.
            assert (await bot.contacts.answers.support("inside.test")).status == "ok"
        finally:
            await bot.stop()


# -- finding 6: port variants are separate cache entries but one URL ----------------------------


async def test_port_variants_of_a_name_are_one_cache_entry_and_one_fetch(
    database_url: str, gateway: FakeGateway, remote: Remote
) -> None:
    """Attack: `!support support.test:1` … `:50` used to make 50 cache entries and 50
    fetches of the one URL (the port is not part of what is fetched). Now: one of each."""
    remote.docs["support.test"] = DOC
    bot = await started(
        database_url, gateway, **bot_config({"support.test": remote.base("support.test")})
    )
    try:
        for port in range(1, 51):
            result = await bot.contacts.answers.support(f"support.test:{port}")
            assert result.status == "ok"
        assert remote.requests == ["support.test"]
        assert bot.db is not None
        async with bot.db.transaction() as session:
            rows = await session.scalar(sql("SELECT count(*) FROM support_cache"))
        assert rows == 1
    finally:
        await bot.stop()
