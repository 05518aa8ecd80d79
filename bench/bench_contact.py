"""``!contact`` handling time inside the bot, warm support cache, 10,000 rooms stored.

The real bot (``ContactBot.start()``) runs in-process on PostgreSQL with a recording gateway in
place of the homeserver, so what is measured is the bot's own work: one command event handled
the way the inbox worker does it (inside one unit of work), from routing to the reply handed to
the gateway. Rooms, their power levels and their contact state are seeded directly through the
repositories. Every room names two homeservers (its creator's and its ID's) out of 50; their
support documents come from a loopback server through ``wellknown.overrides`` and are fetched
once before measuring (warm cache).

The baseline, in the same run, is ``!help`` handled the same way; the two commands alternate so
both share the machine's noise.

    .venv/bin/python bench/bench_contact.py [--rooms 10000] [--samples 2000] [--database-url URL]

Without --database-url: $CONTACTBOT_TEST_DATABASE_URL, else an embedded PostgreSQL. Target:
``!contact`` p99 under 5 ms. ``--check`` exits 1 when it is missed.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import platform
import random
import statistics
import sys
import time
from pathlib import Path
from typing import Any

from aiohttp import web

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))  # for tests.*: the same database source and bot factory as tests

from contactbot.app import ContactBot  # noqa: E402
from contactbot.core.storage.rooms import RoomRepository  # noqa: E402
from contactbot.features.contacts.domain.assessment import assess  # noqa: E402
from contactbot.features.contacts.domain.contacts import STATE_TYPE  # noqa: E402
from contactbot.features.contacts.domain.records import ContactEvent  # noqa: E402
from contactbot.features.contacts.storage.contacts import ContactRepository  # noqa: E402
from tests import pgserver  # noqa: E402
from tests.botfactory import make_bot  # noqa: E402
from tests.fakes import FakeGateway  # noqa: E402

TARGET_P99_MS = 5.0
SERVERS = [f"hs{i}.example" for i in range(50)]
SENDER = "@member:hs0.example"
MODERATOR = "support.feline.msc4121.role.moderator"


def room_id(index: int) -> str:
    return f"!room{index}:{SERVERS[(index + 1) % len(SERVERS)]}"


def creator(index: int) -> str:
    return f"@owner{index}:{SERVERS[index % len(SERVERS)]}"


def contact_content(index: int) -> dict[str, Any]:
    server = SERVERS[index % len(SERVERS)]
    return {
        "contacts": [
            {"matrix_id": f"@mod{index}:{server}", "role": MODERATOR},
            {"matrix_id": f"@owner{index}:{server}", "role": "m.role.admin"},
            {"email_address": f"room{index}@{server}", "role": "m.role.security"},
        ],
        "support_page": f"https://{server}/rooms/{index}",
    }


def support_document(server: str) -> bytes:
    return json.dumps(
        {
            "contacts": [
                {"matrix_id": f"@admin:{server}", "role": "m.role.admin"},
                {"email_address": f"security@{server}", "role": "m.role.security"},
            ],
            "support_page": f"https://{server}/support",
        }
    ).encode()


async def serve_support() -> tuple[web.AppRunner, int]:
    async def handle(request: web.Request) -> web.Response:
        return web.Response(body=support_document(request.match_info["server"]))

    app = web.Application()
    app.router.add_get("/{server}/.well-known/matrix/support", handle)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    return runner, runner.addresses[0][1]


async def seed(bot: ContactBot, rooms: int) -> float:
    """Rooms, power levels and one m.room.contact event each, through the repositories."""
    assert bot.db is not None
    started = time.perf_counter()
    batch = 500
    for first in range(0, rooms, batch):
        async with bot.db.transaction() as session:
            room_repo = RoomRepository(session)
            contact_repo = ContactRepository(session)
            for index in range(first, min(first + batch, rooms)):
                owner = creator(index)
                await room_repo.upsert(
                    room_id(index),
                    membership="joined",
                    room_version="10",
                    creator=owner,
                    power_levels={"users": {owner: 100}, "state_default": 50},
                )
                content = contact_content(index)
                checked = assess(content)
                await contact_repo.record(
                    ContactEvent(
                        room_id=room_id(index),
                        event_type=STATE_TYPE,
                        content=content,
                        event_id=f"$contact{index}",
                        sender=owner,
                        origin_server_ts=1_700_000_000_000 + index,
                        validity=checked.validity,
                        problems=checked.problems,
                        source="state",
                    )
                )
    return time.perf_counter() - started


def command(room: str, body: str, serial: int) -> dict[str, Any]:
    return {
        "event_id": f"$cmd{serial}",
        "room_id": room,
        "sender": SENDER,
        "type": "m.room.message",
        "origin_server_ts": 1_800_000_000_000 + serial,
        "content": {"msgtype": "m.text", "body": body},
    }


async def handle_timed(bot: ContactBot, raw: dict[str, Any]) -> float:
    """One event through the router inside a unit of work, as the inbox worker runs it."""
    assert bot.db is not None
    started = time.perf_counter()
    async with bot.db.transaction():
        await bot.router.handle_raw(raw)
    return time.perf_counter() - started


def pct(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def row(name: str, samples: list[float]) -> str:
    ms = [s * 1000 for s in samples]
    return (
        f"| {name} | {len(ms)} | {pct(ms, 0.5):.2f} | {pct(ms, 0.95):.2f} | "
        f"{pct(ms, 0.99):.2f} | {statistics.fmean(ms):.2f} | {max(ms):.2f} |"
    )


async def run(args: argparse.Namespace) -> int:
    if args.database_url:
        os.environ[pgserver.ENV_VAR] = args.database_url
    db_url = await pgserver.create_database("cbbenchcontact")
    runner, port = await serve_support()
    gateway = FakeGateway(bot_user_id="@contactbot:hs0.example")
    bot = make_bot(
        db_url,
        gateway,
        **{
            "homeserver.domain": "hs0.example",
            "wellknown.overrides": {s: f"http://127.0.0.1:{port}/{s}" for s in SERVERS},
            "bot.rate_limit.user_burst": 10**9,
            "bot.rate_limit.user_per_second": 10.0**9,
            "bot.rate_limit.room_burst": 10**9,
            "bot.rate_limit.room_per_second": 10.0**9,
        },
    )
    try:
        await bot.start()
        seconds = await seed(bot, args.rooms)
        print(f"seeded {args.rooms} rooms with contact state in {seconds:.1f} s", file=sys.stderr)
        for server in SERVERS:  # warm the support cache
            result = await bot.contacts.answers.support(server)
            assert result.status == "ok", result
        check_room = room_id(7)
        await handle_timed(bot, command(check_room, "!contact", 0))
        reply = gateway.messages(check_room)[-1]["body"]
        assert "@mod7:hs7.example" in reply and "homeserver hs7.example" in reply, reply
        assert "homeserver hs8.example" in reply, reply

        rng = random.Random(4489)
        samples: dict[str, list[float]] = {"!contact": [], "!help": []}
        serial = 1
        for phase, count in (("warmup", args.warmup), ("measure", args.samples)):
            for _ in range(count):
                order = ["!contact", "!help"] if serial % 2 else ["!help", "!contact"]
                for body in order:
                    serial += 1
                    elapsed = await handle_timed(
                        bot, command(room_id(rng.randrange(args.rooms)), body, serial)
                    )
                    if phase == "measure":
                        samples[body].append(elapsed)
    finally:
        await bot.stop()
        await runner.cleanup()
        await pgserver.drop_database(db_url)

    print(
        f"{args.rooms} rooms stored; {args.samples} samples each, interleaved; "
        f"Python {platform.python_version()}; {os.cpu_count()} CPUs"
    )
    print("| command | samples | p50 ms | p95 ms | p99 ms | mean ms | max ms |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for name, values in samples.items():
        print(row(name, values))
    p99 = pct(samples["!contact"], 0.99) * 1000
    met = p99 < TARGET_P99_MS
    verdict = "met" if met else "MISSED"
    print(f"!contact p99 {p99:.2f} ms: target (< {TARGET_P99_MS:g} ms) {verdict}")
    return 0 if met or not args.check else 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rooms", type=int, default=10_000)
    parser.add_argument("--samples", type=int, default=2000)
    parser.add_argument("--warmup", type=int, default=200)
    parser.add_argument("--database-url", default=os.environ.get(pgserver.ENV_VAR))
    parser.add_argument("--check", action="store_true", help="exit 1 when the target is missed")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    sys.exit(asyncio.run(run(args)))


if __name__ == "__main__":
    main()
