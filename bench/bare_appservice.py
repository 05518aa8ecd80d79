"""The latency baseline: the least an appservice can do to answer ``!help``.

No database, no inbox, no command registry: it checks the hs_token, acknowledges the transaction
and, for a message starting with ``!help``, sends an ``m.notice`` reply straight away through the
client-server API with the as_token. It joins rooms it is invited to. Whatever contactbot adds
on top of this is its own overhead.

    python bench/bare_appservice.py --registration bare.yaml --homeserver http://127.0.0.1:8008

It answers ``GET /_matrix/mau/ready`` like contactbot, so the same process helpers can wait for
it. ``contactbot.devtools.synapse_server.write_appservice_registration`` makes a registration
for it.
"""

from __future__ import annotations

import argparse
import asyncio
import hmac
import itertools
import logging
import signal
import sys
import time
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

import aiohttp
from aiohttp import web
from ruamel.yaml import YAML

log = logging.getLogger("bare_appservice")

HELP_BODY = "Commands:\n!help - show this help"


class BareAppservice:
    def __init__(self, registration: dict[str, Any], homeserver: str, domain: str) -> None:
        self.as_id = str(registration["id"])
        self.as_token = str(registration["as_token"])
        self.hs_token = str(registration["hs_token"])
        self.bot_user_id = f"@{registration['sender_localpart']}:{domain}"
        url = urlsplit(str(registration["url"]))
        self.host = url.hostname or "127.0.0.1"
        self.port = url.port or 80
        self.homeserver = homeserver.rstrip("/")
        self.ready = False
        self._seen_txns: set[str] = set()
        self._tasks: set[asyncio.Task[None]] = set()
        self._txn_ids = itertools.count()
        self._session: aiohttp.ClientSession | None = None

    # -- homeserver -> appservice -----------------------------------------------------------

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_put("/_matrix/app/v1/transactions/{txn_id}", self.on_transaction)
        app.router.add_post("/_matrix/app/v1/ping", self.on_ping)
        app.router.add_get("/_matrix/app/v1/users/{user_id}", self.on_query)
        app.router.add_get("/_matrix/app/v1/rooms/{alias}", self.on_query)
        app.router.add_get("/_matrix/mau/ready", self.on_ready)
        return app

    def _authorized(self, request: web.Request) -> bool:
        header = request.headers.get("Authorization", "")
        return hmac.compare_digest(header.encode(), f"Bearer {self.hs_token}".encode())

    @staticmethod
    def _forbidden() -> web.Response:
        return web.json_response({"errcode": "M_FORBIDDEN", "error": "bad hs_token"}, status=403)

    async def on_transaction(self, request: web.Request) -> web.Response:
        if not self._authorized(request):
            return self._forbidden()
        txn_id = request.match_info["txn_id"]
        body = await request.json()
        # Synapse retries a failed transaction with the same ID; handle it only once.
        if txn_id not in self._seen_txns:
            self._seen_txns.add(txn_id)
            for event in body.get("events", []):
                self._handle(event)
        return web.json_response({})

    async def on_ping(self, request: web.Request) -> web.Response:
        return web.json_response({}) if self._authorized(request) else self._forbidden()

    async def on_query(self, request: web.Request) -> web.Response:
        if not self._authorized(request):
            return self._forbidden()
        return web.json_response({"errcode": "M_NOT_FOUND", "error": "none"}, status=404)

    async def on_ready(self, request: web.Request) -> web.Response:
        return web.json_response({"ready": self.ready}, status=200 if self.ready else 503)

    def _handle(self, event: dict[str, Any]) -> None:
        if event.get("sender") == self.bot_user_id:
            return  # our own echo; replying to it would loop
        content = event.get("content", {})
        room_id = event.get("room_id", "")
        if (
            event.get("type") == "m.room.member"
            and event.get("state_key") == self.bot_user_id
            and content.get("membership") == "invite"
        ):
            self._spawn(self._join(room_id))
        elif event.get("type") == "m.room.message" and str(content.get("body", "")).startswith(
            "!help"
        ):
            self._spawn(self._reply(room_id, str(event["event_id"])))

    def _spawn(self, coro: Any) -> None:
        # The transaction is acknowledged first, as contactbot does; the reply follows.
        task = asyncio.create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    # -- appservice -> homeserver -----------------------------------------------------------

    async def _call(self, method: str, path: str, body: dict[str, Any]) -> tuple[int, Any]:
        assert self._session is not None
        async with self._session.request(method, self.homeserver + path, json=body) as resp:
            data = await resp.json(content_type=None)
            if resp.status >= 400:
                log.warning("%s %s -> %d %s", method, path.split("?")[0], resp.status, data)
            return resp.status, data

    async def _join(self, room_id: str) -> None:
        await self._call("POST", f"/_matrix/client/v3/join/{quote(room_id, safe='')}", {})

    async def _reply(self, room_id: str, event_id: str) -> None:
        content = {
            "msgtype": "m.notice",
            "body": HELP_BODY,
            "m.relates_to": {"m.in_reply_to": {"event_id": event_id}},
            "m.mentions": {},
        }
        txn = f"bare{time.time_ns()}.{next(self._txn_ids)}"
        path = (
            f"/_matrix/client/v3/rooms/{quote(room_id, safe='')}/send/m.room.message/"
            f"{quote(txn, safe='')}"
        )
        await self._call("PUT", path, content)

    async def run(self) -> None:
        self._session = aiohttp.ClientSession(
            headers={"Authorization": f"Bearer {self.as_token}"},
            timeout=aiohttp.ClientTimeout(total=30),
        )
        runner = web.AppRunner(self.app(), access_log=None)
        await runner.setup()
        await web.TCPSite(runner, self.host, self.port).start()
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, stop.set)
        try:
            localpart = self.bot_user_id[1:].split(":", 1)[0]
            status, data = await self._call(
                "POST",
                "/_matrix/client/v3/register",
                {
                    "type": "m.login.application_service",
                    "username": localpart,
                    "inhibit_login": True,
                },
            )
            if status >= 400 and data.get("errcode") != "M_USER_IN_USE":
                raise RuntimeError(f"cannot register {self.bot_user_id}: {data}")
            # The ping makes Synapse retry transactions that failed while we were down.
            await self._call("POST", f"/_matrix/client/v1/appservice/{self.as_id}/ping", {})
            self.ready = True
            log.info("Bare appservice %s ready on %s:%d", self.bot_user_id, self.host, self.port)
            await stop.wait()
        finally:
            await runner.cleanup()
            await self._session.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--registration", type=Path, required=True)
    parser.add_argument("--homeserver", required=True, help="client-server API base URL")
    parser.add_argument("--domain", default="localhost", help="the homeserver's server name")
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    registration = YAML(typ="safe", pure=True).load(args.registration.read_text("utf-8"))
    asyncio.run(BareAppservice(registration, args.homeserver, args.domain).run())
    return 0


if __name__ == "__main__":
    sys.exit(main())
