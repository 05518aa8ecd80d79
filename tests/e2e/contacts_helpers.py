"""Shared by the contacts end-to-end tests: a loopback support document for the homeserver,
a bot configured to fetch it, and command helpers.

The homeserver's ``/.well-known/matrix/support`` is served by a loopback web server that the
bot reaches through ``wellknown.overrides`` in its config, the only way it ever uses plain http
or a loopback address.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote

from aiohttp import web
from ruamel.yaml import YAML

from contactbot.devtools.botprocess import load_yaml, set_dotted
from contactbot.devtools.matrix_client import UserClient
from tests.e2e.conftest import Stack, start_stack

STABLE = "m.room.contact"
UNSTABLE = "net.codestorm.msc4489.contact"


class SupportSite:
    """Serves one support document at /.well-known/matrix/support; counts requests."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self.requests = 0
        self.port = 0
        self._runner: web.AppRunner | None = None

    async def _handle(self, request: web.Request) -> web.Response:
        self.requests += 1
        return web.Response(body=json.dumps(self.document), content_type="application/json")

    async def start(self) -> None:
        app = web.Application()
        app.router.add_get("/.well-known/matrix/support", self._handle)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", 0).start()
        self.port = self._runner.addresses[0][1]

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()


@asynccontextmanager
async def contacts_stack_for(
    workdir: Path, synapse_python: Path, document: Callable[[str], dict[str, Any]]
) -> AsyncIterator[tuple[Stack, SupportSite]]:
    """A private homeserver and bot whose config points the homeserver's server name at a
    loopback support document (``document(server_name)``)."""
    async with start_stack(workdir, synapse_python) as stack:
        site = SupportSite(document(stack.synapse.server_name))
        await site.start()
        try:
            yaml = YAML()
            yaml.indent(mapping=4, sequence=4, offset=0)
            config = load_yaml(stack.config_path)
            set_dotted(
                config,
                "wellknown.overrides",
                {stack.synapse.server_name: f"http://127.0.0.1:{site.port}"},
            )
            with stack.config_path.open("w", encoding="utf-8") as out:
                yaml.dump(config, out)
            await stack.bot.restart()
            yield stack, site
        finally:
            await site.stop()


async def command(stack: Stack, user: UserClient, room_id: str, body: str) -> dict[str, Any]:
    """Send ``body`` and return the content of the bot's reply to it."""
    event_id = await user.send_text(room_id, body)
    reply = await stack.wait_for_reply(user, room_id, event_id)
    content: dict[str, Any] = reply["content"]
    assert content["msgtype"] == "m.notice"
    assert content["m.mentions"] == {}
    return content


async def room_with_powered_bot(stack: Stack, owner: UserClient, **options: Any) -> str:
    """A room where the bot has power level 50 (enough to send the contact event types)."""
    levels = {"users": {stack.bot_user_id: 50}}
    if options.get("room_version") != "12":
        levels["users"][owner.user_id] = 100
    return await stack.room_with_bot(owner, power_level_content_override=levels, **options)


async def redact(user: UserClient, room_id: str, event_id: str) -> str:
    """Redact ``event_id`` as ``user``; the redaction's event ID."""
    path = (
        f"/_matrix/client/v3/rooms/{quote(room_id, safe='')}/redact/"
        f"{quote(event_id, safe='')}/{UserClient._txn_id()}"
    )
    return str((await user.request("PUT", path, json_body={}))["event_id"])


def bullets(body: str) -> list[str]:
    """The listed entries of a reply's plain body."""
    return [line for line in body.splitlines() if line.startswith("• ")]
