"""A stub homeserver for the profile-polling bench: synthetic users, statuses that change.

Serves just enough of the client-server API for contactbot's status tracking:

* ``GET /_matrix/client/v3/profile/{userId}``: whole profiles of ``--users`` synthetic users
  (``@u<i>:hs<i % servers>.bench``). Most have a status under one of the stable / unstable /
  early-draft keys, some a call, some 404 ``M_NOT_FOUND``, and some junk shapes (strings, lists,
  nested objects, over-long text, control and bidi characters, lone surrogates, ms timestamps);
* optional 429s (``M_LIMIT_EXCEEDED`` with ``retry_after_ms``) for one server's users, and an
  optional artificial latency to stand in for federation;
* ``GET /_matrix/client/versions`` advertising ``org.matrix.msc4429``;
* ``GET /_matrix/client/v3/sync``: MSC4429 long-poll (``org.matrix.msc4429.users``) emitting
  profile updates as statuses change; no ``since`` gives every current value;
* ``GET /_matrix/client/v3/joined_rooms`` and ``/rooms/{roomId}/joined_members``: ``--rooms``
  rooms, every user in one or two of them;
* control: ``POST /_stub/status/{userId}`` (body: a status object, or ``null`` to clear) and
  ``GET /_stub/stats``.

A background task changes ``--change-rate`` random statuses per second. Run it as a separate
process; it prints one JSON line ``{"port": ..., "pid": ...}`` once listening.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import sys
import time
from array import array
from typing import Any

from aiohttp import web

JSON_TYPE = "application/json"

# Profile kinds; the weights say how common each is among the synthetic users.
KINDS: list[tuple[str, float]] = [
    ("name_only", 0.35),
    ("stable", 0.15),
    ("unstable", 0.25),
    ("draft", 0.03),
    ("both_keys", 0.05),
    ("call_s", 0.04),
    ("call_ms", 0.03),
    ("not_found", 0.02),
    ("junk_string", 0.01),
    ("junk_list", 0.01),
    ("junk_nested", 0.01),
    ("junk_long", 0.01),
    ("junk_controls", 0.01),
    ("junk_surrogate", 0.01),
    ("junk_number", 0.02),
]
KIND_NAMES = [name for name, _ in KINDS]
STATUS_KEY_OF = {
    "stable": "m.status",
    "unstable": "org.matrix.msc4426.status",
    "draft": "org.msc4426.status",
    "both_keys": "m.status",
    "call_s": "org.matrix.msc4426.status",
    "call_ms": "m.status",
}
STATUS_KEYS = ("m.status", "org.matrix.msc4426.status", "org.msc4426.status")
EMOJI = ["🌴", "🤒", "👶", "🏃", "🧑‍🚒", "☕", "🎧"]


class World:
    """The synthetic users, their status versions and the change log that feeds /sync."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.n = args.users
        rng = random.Random(args.seed)
        weights = [w for _, w in KINDS]
        self.kind = bytearray(rng.choices(range(len(KINDS)), weights=weights, k=self.n))
        self.version = array("I", bytes(4 * self.n))
        # A cleared status is version with the top bit set, so "clear" is also a change.
        self.cache: dict[int, bytes] = {}
        self.log: list[int] = []
        self.changed = asyncio.Event()
        self.requests = 0
        self.limited = 0
        self.limit_counter = 0
        self.not_found = 0
        self.rng = random.Random(args.seed + 1)

    def user_id(self, i: int) -> str:
        return f"@u{i}:hs{i % self.args.servers}.bench"

    def index(self, user_id: str) -> int | None:
        if not user_id.startswith("@u") or ":" not in user_id:
            return None
        local, _, server = user_id[2:].partition(":")
        if not local.isdigit():
            return None
        i = int(local)
        if i >= self.n or server != f"hs{i % self.args.servers}.bench":
            return None
        return i

    def status_value(self, i: int) -> dict[str, Any] | None:
        v = self.version[i]
        if v & 0x80000000:
            return None
        return {"text": f"status {v} of u{i}", "emoji": EMOJI[(i + v) % len(EMOJI)]}

    def profile(self, i: int) -> dict[str, Any]:
        kind = KIND_NAMES[self.kind[i]]
        v = self.version[i] & 0x7FFFFFFF
        profile: dict[str, Any] = {"displayname": f"User {i}"}
        status = self.status_value(i)
        if kind in STATUS_KEY_OF:
            profile[STATUS_KEY_OF[kind]] = status
        if kind == "both_keys":
            profile["org.matrix.msc4426.status"] = status
        if kind == "call_s":
            profile["org.matrix.msc4426.call"] = {"call_joined_ts": 1_770_000_000 + v}
        elif kind == "call_ms":
            profile["m.call"] = {"call_joined_ts": 1_770_000_000_000 + v}
        elif kind == "junk_string":
            profile["org.matrix.msc4426.status"] = f"plain string status {v}"
        elif kind == "junk_list":
            profile["m.status"] = ["list", "status", v]
        elif kind == "junk_nested":
            profile["m.status"] = {"text": {"deep": {"er": f"nested {v}"}}, "emoji": 5}
        elif kind == "junk_long":
            profile["m.status"] = {"text": f"{v} " + "long " * 2000, "emoji": "🌴" * 20}
        elif kind == "junk_controls":
            profile["m.status"] = {"text": f"bidi \u202e{v}\u202c ctl \x07\x1b", "emoji": "x"}
        elif kind == "junk_surrogate":
            profile["m.status"] = {"text": f"lone \udc80 surrogate {v}", "emoji": "\ud83d"}
        elif kind == "junk_number":
            profile["m.status"] = 1000 + v
        return profile

    def body(self, i: int) -> bytes:
        cached = self.cache.get(i)
        if cached is None:
            # ensure_ascii keeps lone surrogates as \\u escapes, as a real server would send them.
            cached = self.cache[i] = json.dumps(self.profile(i)).encode()
        return cached

    def set_status(self, i: int, status: object) -> None:
        v = (self.version[i] & 0x7FFFFFFF) + 1
        self.version[i] = v if status is not None else v | 0x80000000
        self.cache.pop(i, None)
        self.log.append(i)
        self.changed.set()
        self.changed = asyncio.Event()

    def updates_since(self, since: int) -> dict[str, Any]:
        indices = range(self.n) if since < 0 else dict.fromkeys(self.log[since:])
        users: dict[str, Any] = {}
        for i in indices:
            if KIND_NAMES[self.kind[i]] == "not_found":
                continue
            profile = self.profile(i)
            if since >= 0:
                # Incremental: only the status keys change (null once cleared).
                fields = {k: profile[k] for k in STATUS_KEYS if k in profile}
            else:
                fields = profile
            users[self.user_id(i)] = {"profile_updates": fields}
        return users


WORLD = web.AppKey("world", World)


async def profile_handler(request: web.Request) -> web.Response:
    world = request.app[WORLD]
    world.requests += 1
    user_id = request.match_info["user_id"]
    i = world.index(user_id)
    args = world.args
    if args.latency_ms:
        await asyncio.sleep(args.latency_ms / 1000)
    if args.limit_server and user_id.endswith(":" + args.limit_server):
        world.limit_counter += 1
        limited = world.limit_counter % args.limit_every == 0
    else:
        limited = False
    if limited:
        world.limited += 1
        body = {
            "errcode": "M_LIMIT_EXCEEDED",
            "error": "Too many requests",
            "retry_after_ms": args.retry_after_ms,
        }
        return web.json_response(body, status=429)
    if i is None or KIND_NAMES[world.kind[i]] == "not_found":
        world.not_found += 1
        body = {"errcode": "M_NOT_FOUND", "error": "Profile was not found"}
        return web.json_response(body, status=404)
    return web.Response(body=world.body(i), content_type=JSON_TYPE)


async def versions_handler(request: web.Request) -> web.Response:
    return web.json_response(
        {"versions": ["v1.15"], "unstable_features": {"org.matrix.msc4429": True}}
    )


async def sync_handler(request: web.Request) -> web.Response:
    world = request.app[WORLD]
    since_text = request.query.get("since")
    since = int(since_text) if since_text and since_text.isdigit() else -1
    timeout = min(int(request.query.get("timeout", "0") or 0), 60_000) / 1000
    if since >= 0 and since >= len(world.log) and timeout > 0:
        try:
            await asyncio.wait_for(world.changed.wait(), timeout)
        except TimeoutError:
            pass
    body = {
        "next_batch": str(len(world.log)),
        "org.matrix.msc4429.users": world.updates_since(since),
    }
    return web.json_response(body)


def rooms_of(world: World, i: int) -> set[int]:
    rooms = world.args.rooms
    return {i % rooms, (i * 7 + 3) % rooms} if i % 3 == 0 else {i % rooms}


async def joined_rooms_handler(request: web.Request) -> web.Response:
    world = request.app[WORLD]
    rooms = [f"!r{j}:hs0.bench" for j in range(world.args.rooms)]
    return web.json_response({"joined_rooms": rooms})


async def joined_members_handler(request: web.Request) -> web.Response:
    world = request.app[WORLD]
    room_id = request.match_info["room_id"]
    try:
        j = int(room_id[2:].split(":", 1)[0])
    except ValueError:
        return web.json_response({"errcode": "M_NOT_FOUND"}, status=404)
    rooms = world.args.rooms
    members = [i for i in range(j, world.n, rooms)]
    members += [i for i in range(0, world.n, 3) if (i * 7 + 3) % rooms == j and i % rooms != j]
    joined = {world.user_id(i): {"display_name": f"User {i}"} for i in members}
    return web.json_response({"joined": joined})


async def control_status_handler(request: web.Request) -> web.Response:
    world = request.app[WORLD]
    i = world.index(request.match_info["user_id"])
    if i is None:
        return web.json_response({"errcode": "M_NOT_FOUND"}, status=404)
    status = await request.json()
    world.set_status(i, status)
    return web.json_response({"seq": len(world.log), "at": time.time()})


async def stats_handler(request: web.Request) -> web.Response:
    world = request.app[WORLD]
    return web.json_response(
        {
            "requests": world.requests,
            "limited": world.limited,
            "not_found": world.not_found,
            "changes": len(world.log),
        }
    )


async def changer(world: World) -> None:
    """Change ``change_rate`` random statuses per second, in ten ticks a second."""
    rate = world.args.change_rate
    if rate <= 0:
        return
    carry = 0.0
    while True:
        await asyncio.sleep(0.1)
        carry += rate / 10
        while carry >= 1:
            carry -= 1
            i = world.rng.randrange(world.n)
            while KIND_NAMES[world.kind[i]] not in STATUS_KEY_OF:
                i = world.rng.randrange(world.n)
            world.set_status(i, None if world.rng.random() < 0.1 else {})


def build_app(args: argparse.Namespace) -> web.Application:
    app = web.Application()
    app[WORLD] = World(args)
    app.router.add_get("/_matrix/client/v3/profile/{user_id}", profile_handler)
    app.router.add_get("/_matrix/client/versions", versions_handler)
    app.router.add_get("/_matrix/client/v3/sync", sync_handler)
    app.router.add_get("/_matrix/client/v3/joined_rooms", joined_rooms_handler)
    app.router.add_get("/_matrix/client/v3/rooms/{room_id}/joined_members", joined_members_handler)
    app.router.add_post("/_stub/status/{user_id}", control_status_handler)
    app.router.add_get("/_stub/stats", stats_handler)

    async def background(app: web.Application) -> Any:
        task = asyncio.create_task(changer(app[WORLD]))
        yield
        task.cancel()

    app.cleanup_ctx.append(background)
    return app


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0: pick a free port")
    parser.add_argument("--users", type=int, default=100_000)
    parser.add_argument("--rooms", type=int, default=1_000)
    parser.add_argument("--servers", type=int, default=50)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--change-rate", type=float, default=5.0, help="status changes/s")
    parser.add_argument("--latency-ms", type=float, default=0.0)
    parser.add_argument("--limit-server", default="", help="answer 429 for this server's users")
    parser.add_argument("--limit-every", type=int, default=10, help="every Nth request")
    parser.add_argument("--retry-after-ms", type=int, default=2000)
    return parser.parse_args(argv)


async def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    runner = web.AppRunner(build_app(args), access_log=None)
    await runner.setup()
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((args.host, args.port))
    site = web.SockSite(runner, sock, backlog=1024)
    await site.start()
    print(json.dumps({"port": sock.getsockname()[1], "pid": os.getpid()}), flush=True)
    try:
        await asyncio.Event().wait()
    finally:
        await runner.cleanup()


if __name__ == "__main__":
    try:
        asyncio.run(main(sys.argv[1:]))
    except KeyboardInterrupt:
        pass
