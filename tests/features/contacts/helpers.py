"""Shared helpers for the contacts tests: a loopback well-known site, events, a bot to talk to.

Events go through the real EventRouter; support documents come from a real aiohttp server on
loopback, reached only through the ``wellknown.overrides`` config, as in production.
"""

from __future__ import annotations

import itertools
import json
import re
from typing import Any

from aiohttp import web

from contactbot.app import ContactBot
from contactbot.features.contacts.domain.contacts import STATE_TYPE
from tests import testbot as shared
from tests.botfactory import make_bot
from tests.fakes import FakeGateway
from tests.testbot import feed as feed

BOT = "@contactbot:example.org"
ALICE = "@alice:example.org"
BOB = "@bob:example.org"
ADMIN = "@admin:example.org"
ROOM = "!room:example.org"
SERVERS = ("example.org", "other.org", "via.test", "support.test", "broken.test")

_ids = itertools.count(1)

MSC_EXAMPLE: dict[str, Any] = {
    "contacts": [
        {
            "matrix_id": "@alice:example.org",
            "email_address": "security@example.org",
            "role": "m.role.security",
        },
        {"matrix_id": "@bob:example.org", "role": "m.role.admin"},
    ],
    "support_page": "https://example.org/room-support-page",
}


# -- a loopback web server standing in for https://<server>/.well-known/matrix/support ---------


class WellKnownSite:
    """Serves ``/<server>/.well-known/matrix/support`` from ``docs``; records each request."""

    def __init__(self) -> None:
        self.docs: dict[str, tuple[int, bytes]] = {}
        self.requests: list[str] = []
        self.port = 0
        self._runner: web.AppRunner | None = None

    def serve(self, server: str, document: object, status: int = 200) -> None:
        body = document if isinstance(document, bytes) else json.dumps(document).encode()
        self.docs[server] = (status, body)

    def base_url(self, server: str) -> str:
        return f"http://127.0.0.1:{self.port}/{server}"

    async def _handle(self, request: web.Request) -> web.Response:
        server = request.match_info["server"]
        self.requests.append(server)
        status, body = self.docs.get(server, (404, b'{"errcode": "M_NOT_FOUND"}'))
        # Deliberately text/plain: the body is JSON whatever the Content-Type says.
        return web.Response(status=status, body=body, content_type="text/plain")

    async def start(self) -> None:
        app = web.Application()
        app.router.add_get("/{server}/.well-known/matrix/support", self._handle)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = self._runner.addresses[0][1]

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()


def contact_config(site: WellKnownSite, **overrides: Any) -> dict[str, Any]:
    """Bot config overrides: every test server name points at ``site``; no rate limits."""
    values: dict[str, Any] = {
        "wellknown.overrides": {name: site.base_url(name) for name in SERVERS},
        "bot.rate_limit.user_burst": 10_000,
        "bot.rate_limit.user_per_second": 10_000.0,
        "bot.rate_limit.room_burst": 10_000,
        "bot.rate_limit.room_per_second": 10_000.0,
    }
    values.update(overrides)
    return values


# -- events ---------------------------------------------------------------------------------------


def event(
    event_type: str, content: Any, sender: str = ALICE, *, state_key: str | None = "", **kw: Any
) -> dict[str, Any]:
    """A room event; a state event (state key "") unless ``state_key=None``."""
    return shared.event(event_type, content, sender, state_key=state_key, **kw)


def contact_event(content: Any, sender: str = ALICE, **kwargs: Any) -> dict[str, Any]:
    return event(STATE_TYPE, content, sender, **kwargs)


def message(body: str, sender: str = ALICE, room: str = ROOM) -> dict[str, Any]:
    return event(
        "m.room.message", {"msgtype": "m.text", "body": body}, sender, room=room, state_key=None
    )


def room_state(
    room: str = ROOM,
    *,
    version: str = "10",
    creator: str = ALICE,
    users: dict[str, int] | None = None,
    extra: tuple[dict[str, Any], ...] = (),
) -> list[dict[str, Any]]:
    """The state a homeserver would return for a room (without the bot's membership)."""
    levels = {"users": users if users is not None else {creator: 100}, "state_default": 50}
    return [
        event("m.room.create", {"room_version": version}, creator, room=room),
        event("m.room.power_levels", levels, creator, room=room),
        *extra,
    ]


async def join(
    bot: ContactBot,
    gateway: FakeGateway,
    room: str = ROOM,
    *,
    state: list[dict[str, Any]] | None = None,
) -> None:
    """Give the fake homeserver a room and deliver the bot's own join."""
    gateway.state[room] = state if state is not None else room_state(room)
    gateway.members[room] = {BOT: "Contact bot", ALICE: "Alice"}
    await feed(
        bot,
        event("m.room.member", {"membership": "join"}, BOT, room=room, state_key=BOT),
    )


async def say(
    bot: ContactBot, gateway: FakeGateway, body: str, sender: str = ALICE, room: str = ROOM
) -> dict[str, Any]:
    """Send a command and return the bot's one reply content (waiting for a lookup that runs
    after the command, outside its unit of work)."""
    before = len(gateway.messages(room))
    await feed(bot, message(body, sender, room))
    await bot.contacts.lookups.drain()
    replies = gateway.messages(room)[before:]
    assert len(replies) == 1, replies
    return replies[0]


def state_writes(gateway: FakeGateway, room: str = ROOM) -> list[tuple[str, dict[str, Any]]]:
    return [
        (s.event_type, s.content)
        for s in gateway.sent
        if s.state_key is not None and s.room_id == room
    ]


async def history(bot: ContactBot, room: str = ROOM) -> list[Any]:
    return list(reversed(await bot.contacts.tracking.history(room, 100)))


CAROL = "@carol:example.org"
MOD = "@mod:example.org"
SERVER_DOC = {
    "contacts": [
        {"matrix_id": "@bob:example.org", "role": "m.role.admin"},
        {"email_address": "abuse@example.org", "role": "support.feline.msc4121.role.moderator"},
    ],
    "support_page": "https://example.org/help",
}
PRESET = {
    "contacts": [{"matrix_id": "@helpdesk:example.org", "role": "m.role.admin"}],
    "support_page": "https://example.org/rooms",
}


async def start_bot(
    database_url: str, gateway: FakeGateway, site: WellKnownSite, **overrides: Any
) -> ContactBot:
    bot = make_bot(database_url, gateway, **contact_config(site, **overrides))
    await bot.start()
    return bot


def admin_room(
    room: str = ROOM,
    *,
    version: str = "10",
    bot_level: int = 50,
    extra: tuple[dict[str, Any], ...] = (),
) -> list[dict[str, Any]]:
    """Alice (100) created it; Mod has 50; the bot has ``bot_level``; Carol is a member."""
    return room_state(
        room, version=version, users={ALICE: 100, MOD: 50, BOT: bot_level}, extra=extra
    )


def lines(reply: dict[str, Any]) -> list[str]:
    return [line for line in reply["body"].splitlines() if line.strip()]


def hrefs(reply: dict[str, Any]) -> list[str]:
    return re.findall(r'href="([^"]*)"', reply["formatted_body"])


def assert_no_ping(reply: dict[str, Any]) -> None:
    assert reply["msgtype"] == "m.notice"
    assert reply["m.mentions"] == {}
