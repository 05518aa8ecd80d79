"""A stand-in homeserver for process-level tests: records sends, dedupes by transaction ID like a
real homeserver does (unless told not to, to count every delivery), can be slow, and can be told
to hang sends (to catch the bot mid-processing)."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from tests.pgserver import free_port


@dataclass
class StubHomeserver:
    port: int = field(default_factory=free_port)
    hang_sends: bool = False
    # False: every send is recorded, as a homeserver that lost its transaction-ID memory would.
    dedupe: bool = True
    send_delay: float = 0.0
    sends: list[tuple[str, str, dict[str, Any]]] = field(default_factory=list)
    send_attempts: int = 0
    send_started: asyncio.Event = field(default_factory=asyncio.Event)
    # Rooms it knows: room ID → member user IDs (for joins, state and member lists).
    rooms: dict[str, list[str]] = field(default_factory=dict)
    profile_requests: list[str] = field(default_factory=list)
    _txns: dict[str, str] = field(default_factory=dict)
    _runner: web.AppRunner | None = None
    _release: asyncio.Event = field(default_factory=asyncio.Event)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    async def _send(self, request: web.Request) -> web.Response:
        self.send_attempts += 1
        self.send_started.set()
        if self.hang_sends:
            await self._release.wait()
            raise web.HTTPServiceUnavailable()
        if self.send_delay:
            await asyncio.sleep(self.send_delay)
        txn = request.match_info["txn"]
        if not self.dedupe:
            self._txns.setdefault(txn, f"$stub{len(self._txns)}")
            self.sends.append((request.match_info["room"], txn, await request.json()))
        elif txn not in self._txns:
            self._txns[txn] = f"$stub{len(self._txns)}"
            self.sends.append((request.match_info["room"], txn, await request.json()))
        return web.json_response({"event_id": self._txns[txn]})

    async def _ok(self, request: web.Request) -> web.Response:
        return web.json_response({})

    async def _join(self, request: web.Request) -> web.Response:
        return web.json_response({"room_id": request.match_info["room"]})

    async def _state(self, request: web.Request) -> web.Response:
        room = request.match_info["room"]
        members = self.rooms.get(room, [])
        creator = members[0] if members else "@alice:example.org"

        def ev(kind: str, content: dict[str, Any], key: str = "") -> dict[str, Any]:
            return {
                "type": kind,
                "state_key": key,
                "sender": creator,
                "content": content,
                "event_id": f"${kind}{key}{room}",
                "room_id": room,
                "origin_server_ts": 1,
            }

        state = [
            ev("m.room.create", {"room_version": "10"}),
            ev("m.room.power_levels", {"users": {creator: 100}}),
            *(ev("m.room.member", {"membership": "join"}, m) for m in members),
        ]
        return web.json_response(state)

    async def _members(self, request: web.Request) -> web.Response:
        members = self.rooms.get(request.match_info["room"], [])
        return web.json_response({"joined": {m: {"display_name": None} for m in members}})

    async def _profile(self, request: web.Request) -> web.Response:
        user = request.match_info["user"]
        self.profile_requests.append(user)
        return web.json_response({"displayname": user[1:].split(":")[0]})

    async def _ping(self, request: web.Request) -> web.Response:
        return web.json_response({"duration_ms": 1})

    async def start(self) -> None:
        app = web.Application()
        app.router.add_put("/_matrix/client/v3/rooms/{room}/send/{type}/{txn}", self._send)
        app.router.add_post("/_matrix/client/v1/appservice/{id}/ping", self._ping)
        app.router.add_put("/_matrix/client/v3/profile/{user}/displayname", self._ok)
        app.router.add_post("/_matrix/client/v3/rooms/{room}/join", self._join)
        app.router.add_post("/_matrix/client/v3/join/{room}", self._join)
        app.router.add_get("/_matrix/client/v3/rooms/{room}/state", self._state)
        app.router.add_get("/_matrix/client/v3/rooms/{room}/joined_members", self._members)
        app.router.add_get("/_matrix/client/v3/profile/{user}", self._profile)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", self.port).start()

    async def stop(self) -> None:
        self._release.set()
        if self._runner is not None:
            await self._runner.cleanup()
