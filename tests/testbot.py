"""The one home of test helpers that drive an in-process bot: events, feeding, joining, saying,
waiting, and a client for the appservice HTTP API.

Every test module imports these instead of writing its own copy, and no test module imports
helpers from another test module.
"""

from __future__ import annotations

import asyncio
import itertools
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import aiohttp

from contactbot.app import ContactBot
from contactbot.core.domain.events import RoomEvent
from tests.botfactory import HS_TOKEN
from tests.fakes import FakeGateway

BOT = "@contactbot:example.org"
ALICE = "@alice:example.org"
ROOM = "!room:example.org"

_ids = itertools.count(1)


def event(
    event_type: str,
    content: Any,
    sender: str = ALICE,
    *,
    room: str = ROOM,
    state_key: str | None = None,
    ts: int | None = None,
    event_id: str | None = None,
) -> dict[str, Any]:
    """A raw room event as a homeserver sends it; a state event when ``state_key`` is given."""
    raw: dict[str, Any] = {
        "event_id": event_id or f"$t{next(_ids)}",
        "room_id": room,
        "sender": sender,
        "type": event_type,
        "origin_server_ts": ts if ts is not None else 1_700_000_000_000 + next(_ids),
        "content": content,
    }
    if state_key is not None:
        raw["state_key"] = state_key
    return raw


def text(body: str, sender: str = ALICE, *, room: str = ROOM, event_id: str | None = None) -> Any:
    """An ``m.room.message`` with an ``m.text`` body."""
    content = {"msgtype": "m.text", "body": body}
    return event("m.room.message", content, sender, room=room, event_id=event_id)


def member(
    user: str, membership: str = "join", name: str | None = None, *, room: str = ROOM
) -> dict[str, Any]:
    """``user``'s own membership event."""
    content: dict[str, Any] = {"membership": membership}
    if name is not None:
        content["displayname"] = name
    return event("m.room.member", content, user, room=room, state_key=user)


def room_state(
    room: str = ROOM,
    *,
    users: dict[str, int] | None = None,
    creator: str = ALICE,
    version: str = "10",
    name: str | None = None,
    extra: tuple[dict[str, Any], ...] = (),
) -> list[dict[str, Any]]:
    """The state a homeserver returns for a room (without the bot's membership)."""
    levels = {"users": users if users is not None else {creator: 100}, "state_default": 50}
    state = [
        event("m.room.create", {"room_version": version}, creator, room=room, state_key=""),
        event("m.room.power_levels", levels, creator, room=room, state_key=""),
        *extra,
    ]
    if name is not None:
        state.append(event("m.room.name", {"name": name}, creator, room=room, state_key=""))
    return state


async def feed(bot: ContactBot, raw: dict[str, Any]) -> None:
    """Process one event the way the inbox worker does: inside one unit of work."""
    assert bot.db is not None
    async with bot.db.transaction():
        await bot.router.handle(RoomEvent.parse(raw))


async def join(
    bot: ContactBot,
    gateway: FakeGateway,
    room: str = ROOM,
    *,
    state: list[dict[str, Any]] | None = None,
    members: dict[str, str | None] | None = None,
) -> None:
    """Give the fake homeserver a room and deliver the bot's own join."""
    gateway.state[room] = state if state is not None else room_state(room)
    gateway.members[room] = {BOT: "Contact bot", **(members or {ALICE: "Alice"})}
    await feed(bot, member(BOT, room=room))


async def say(
    bot: ContactBot, gateway: FakeGateway, body: str, sender: str = ALICE, room: str = ROOM
) -> dict[str, Any]:
    """Send a message and return the bot's one reply's content."""
    before = len(gateway.messages(room))
    await feed(bot, text(body, sender, room=room))
    replies = gateway.messages(room)[before:]
    assert len(replies) == 1, replies
    return replies[0]


async def wait_for(check: Callable[[], Any], timeout: float = 10.0) -> Any:
    """Poll ``check`` (sync or async) until it returns something truthy, and return that."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        result = check()
        if asyncio.iscoroutine(result):
            result = await result
        if result:
            return result
        if loop.time() > deadline:
            raise AssertionError("condition not met in time")
        await asyncio.sleep(0.02)


class AppserviceClient:
    """The homeserver's side of the appservice API: transactions and probes over HTTP."""

    def __init__(self, bot: ContactBot, session: aiohttp.ClientSession) -> None:
        self.base = f"http://127.0.0.1:{bot.config.get_int('appservice.port')}"
        self.session = session

    async def put(
        self,
        txn_id: str,
        body: Any,
        token: str | None = HS_TOKEN,
        raw: bytes | None = None,
        query: dict[str, str] | None = None,
    ) -> tuple[int, dict[str, Any]]:
        headers = {"Authorization": f"Bearer {token}"} if token is not None else {}
        async with self.session.put(
            f"{self.base}/_matrix/app/v1/transactions/{txn_id}",
            json=None if raw is not None else body,
            data=raw,
            headers=headers,
            params=query,
        ) as resp:
            return resp.status, await resp.json(content_type=None)

    async def get(self, path: str, token: str | None = HS_TOKEN) -> tuple[int, dict[str, Any]]:
        headers = {"Authorization": f"Bearer {token}"} if token is not None else {}
        async with self.session.get(self.base + path, headers=headers) as resp:
            return resp.status, await resp.json(content_type=None)


# -- the bot as a real process --------------------------------------------------------------


async def wait_ready(port: int, proc: subprocess.Popen[bytes], log: Path) -> None:
    """Until the bot process on ``port`` answers ready; its log tail if it exits first."""
    async with aiohttp.ClientSession() as session:
        for _ in range(300):
            if proc.poll() is not None:
                raise AssertionError("bot exited early:\n" + log.read_text()[-3000:])
            try:
                async with session.get(f"http://127.0.0.1:{port}/_matrix/mau/ready") as resp:
                    if resp.status == 200:
                        return
            except aiohttp.ClientError:
                pass
            await asyncio.sleep(0.1)
    raise AssertionError("bot did not become ready:\n" + log.read_text()[-3000:])


def start_bot_process(config: Path, log: Path) -> subprocess.Popen[bytes]:
    """The bot as a child process through its real command line, logging to ``log``."""
    with log.open("ab") as out:
        return subprocess.Popen(
            [sys.executable, "-m", "contactbot", "-c", str(config)],
            stdout=out,
            stderr=subprocess.STDOUT,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
