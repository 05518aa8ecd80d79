"""Durable ingest vs mautrix's stock (non-durable) AppService, in one run.

Both servers run as separate processes on loopback and get 100-event transactions one after
another, as a homeserver sends them to one appservice.

Sustained mode (the default) sends ``--txns`` transactions back to back to one server, then to
the other, as Synapse does when it has a backlog: the figure is events/s accepted, and, for
contactbot, events/s fully processed (until the inbox is empty again), with the inbox depth
over time, p50/p99 transaction latency and peak RSS. Burst mode (``--mode burst``) alternates
short rounds between the servers, so contactbot's worker catches up while the stock server
runs: a burst figure, not a sustained one.

    .venv/bin/python bench/bench_ingest.py [--mode sustained] [--txns 600] [--work-share 0.1]
    .venv/bin/python bench/bench_ingest.py --mode burst [--rounds 6] [--txns 100]

Without --database-url an embedded PostgreSQL is used; CI-like figures use the machine's
PostgreSQL 15 (postgresql://postgres@127.0.0.1:5432/postgres).
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import os
import random
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import aiohttp
import asyncpg
import psutil

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests import pgserver  # noqa: E402
from tests.botfactory import HS_TOKEN, make_config  # noqa: E402
from tests.stub_homeserver import StubHomeserver  # noqa: E402

STOCK_SERVER = r"""
import asyncio, sys
from mautrix.appservice import AppService
from mautrix.client.state_store import MemoryStateStore
from mautrix.appservice.state_store import ASStateStore

class Store(MemoryStateStore, ASStateStore):
    pass

async def main(port):
    az = AppService(server="http://127.0.0.1:1", domain="example.org", as_token="x",
                    hs_token=sys.argv[2], bot_localpart="bench", id="bench",
                    state_store=Store())

    @az.matrix_event_handler
    async def noop(event):
        return None

    await az.start("127.0.0.1", port)
    await asyncio.Event().wait()

asyncio.run(main(int(sys.argv[1])))
"""


def make_events(
    n: int, work_share: float, rng: random.Random, rooms: int = 10
) -> list[dict[str, Any]]:
    """``n`` events: chatter, and a ``work_share`` of events the bot must act on (half of them
    commands that get a reply, three in ten reactions, two in ten joins of new members)."""
    events = []
    for i in range(n):
        serial = next(_serial)
        room = f"!room{serial % rooms}:example.org"
        sender = f"@user{serial}:example.org"
        base = {
            "event_id": f"${uuid.uuid4().hex}",
            "room_id": room,
            "sender": sender,
            "origin_server_ts": 1_700_000_000_000 + serial,
        }
        pick = rng.random()
        if pick >= work_share:
            body = f"hello number {i}, nothing to see"
            events.append(
                {**base, "type": "m.room.message", "content": {"msgtype": "m.text", "body": body}}
            )
        elif pick < work_share * 0.5:
            events.append(
                {
                    **base,
                    "type": "m.room.message",
                    "content": {"msgtype": "m.text", "body": "!help"},
                }
            )
        elif pick < work_share * 0.8:
            relates = {"rel_type": "m.annotation", "event_id": "$somewhere", "key": "👍"}
            events.append({**base, "type": "m.reaction", "content": {"m.relates_to": relates}})
        else:
            events.append(
                {
                    **base,
                    "type": "m.room.member",
                    "state_key": sender,
                    "content": {"membership": "join", "displayname": f"User {serial}"},
                }
            )
    return events


_serial = itertools.count()


async def wait_port(session: aiohttp.ClientSession, port: int) -> None:
    for _ in range(300):
        try:
            async with session.put(
                f"http://127.0.0.1:{port}/_matrix/app/v1/transactions/warmup-{uuid.uuid4()}",
                json={"events": []},
                headers={"Authorization": f"Bearer {HS_TOKEN}"},
            ) as resp:
                if resp.status == 200:
                    return
        except aiohttp.ClientError:
            pass
        await asyncio.sleep(0.1)
    raise RuntimeError(f"server on {port} did not come up")


async def run_round(
    session: aiohttp.ClientSession, port: int, txns: int, work_share: float = 0.0
) -> list[float]:
    # The same seed for both servers: they get the same mix of events.
    rng = random.Random(7)
    latencies = []
    for _ in range(txns):
        body = json.dumps({"events": make_events(100, work_share, rng)})
        start = time.perf_counter()
        async with session.put(
            f"http://127.0.0.1:{port}/_matrix/app/v1/transactions/{uuid.uuid4().hex}",
            data=body,
            headers={"Authorization": f"Bearer {HS_TOKEN}", "Content-Type": "application/json"},
        ) as resp:
            await resp.read()
            if resp.status != 200:
                raise RuntimeError(f"status {resp.status}")
        latencies.append(time.perf_counter() - start)
    return latencies


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


class RssSampler:
    """Peak resident memory of a process, sampled in the background."""

    def __init__(self, pid: int) -> None:
        self.process = psutil.Process(pid)
        self.peak = 0

    def sample(self) -> None:
        self.peak = max(self.peak, self.process.memory_info().rss)


async def inbox_pending(conn: asyncpg.Connection) -> int:
    """Events still to process, plus effects (replies) still to deliver."""
    return int(
        await conn.fetchval(
            "SELECT (SELECT count(*) FROM inbox_event WHERE status = 'pending') + "
            "(SELECT count(*) FROM outbox_effect WHERE status = 'pending')"
        )
    )


async def wait_inbox_empty(conn: asyncpg.Connection, timeout: float = 900) -> None:
    for _ in range(int(timeout / 0.05)):
        if not await inbox_pending(conn):
            return
        await asyncio.sleep(0.05)
    raise RuntimeError(f"the inbox did not drain in {timeout:.0f} s")


async def sustained(
    session: aiohttp.ClientSession,
    name: str,
    port: int,
    txns: int,
    rss: RssSampler,
    db_url: str | None,
    work_share: float,
) -> dict[str, Any]:
    """Back-to-back transactions to one server; for contactbot, wait until all is processed."""
    # Two connections: the sampler and the final wait may query at the same time.
    conn = await asyncpg.connect(db_url) if db_url else None
    sample_conn = await asyncpg.connect(db_url) if db_url else None
    depth: list[tuple[float, int]] = []
    start = time.perf_counter()
    stop_sampling = asyncio.Event()

    async def sample() -> None:
        while not stop_sampling.is_set():
            rss.sample()
            if sample_conn is not None:
                depth.append((time.perf_counter() - start, await inbox_pending(sample_conn)))
            await asyncio.sleep(0.5)

    sampler = asyncio.create_task(sample())
    latencies = await run_round(session, port, txns, work_share)
    accepted_s = time.perf_counter() - start
    processed_s = accepted_s
    if conn is not None:
        await wait_inbox_empty(conn)
        processed_s = time.perf_counter() - start
    stop_sampling.set()
    await sampler
    if conn is not None and sample_conn is not None:
        depth.append((processed_s, 0))
        await conn.close()
        await sample_conn.close()
    events = 100 * txns
    return {
        "name": name,
        "accepted": events / accepted_s,
        "processed": events / processed_s,
        "latencies": latencies,
        "depth": depth,
        "peak_rss": rss.peak,
    }


def print_sustained(results: list[dict[str, Any]], txns: int, work_share: float) -> None:
    print(
        f"machine: {os.cpu_count()} cores; sustained: {txns} transactions x 100 events "
        f"back to back per server; {100 * work_share:.0f} % of events need work "
        "(commands, reactions, joins), the rest is chatter"
    )
    for r in results:
        lat = r["latencies"]
        print(
            f"{r['name']:24s} accepted {r['accepted']:8.0f} events/s  processed "
            f"{r['processed']:8.0f} events/s  p50 {1000 * statistics.median(lat):6.2f} ms  "
            f"p99 {1000 * pct(lat, 0.99):6.2f} ms  peak RSS {r['peak_rss'] / 2**20:6.1f} MiB"
        )
        if r["depth"]:
            peak = max(d for _, d in r["depth"])
            steps = r["depth"][:: max(1, len(r["depth"]) // 12)]
            timeline = ", ".join(f"{t:.1f}s:{d}" for t, d in steps)
            print(f"{'':24s} backlog (events + replies) peak {peak}; over time: {timeline}")
    bot, stock = results[1], results[0]
    print(
        f"durable / stock: accepted {bot['accepted'] / stock['accepted']:.2f}x, "
        f"fully processed {bot['processed'] / stock['accepted']:.2f}x (of the stock's accepted "
        "rate; the stock server keeps nothing)"
    )


async def burst(
    session: aiohttp.ClientSession,
    ports: dict[str, int],
    rss: dict[str, RssSampler],
    rounds: int,
    txns: int,
) -> None:
    results: dict[str, list[float]] = {name: [] for name in ports}
    for _ in range(rounds):
        for name, port in ports.items():
            results[name] += await run_round(session, port, txns)
            rss[name].sample()
    print(
        f"machine: {os.cpu_count()} cores; BURST figure: {rounds} rounds x {txns} transactions "
        "x 100 events per server, interleaved (contactbot's worker catches up while the stock "
        "server runs)"
    )
    rates = {}
    for name, lat in results.items():
        rates[name] = 100 * len(lat) / sum(lat)
        print(
            f"{name:24s} {rates[name]:9.0f} events/s  p50 {1000 * statistics.median(lat):6.2f} ms"
            f"  p99 {1000 * pct(lat, 0.99):6.2f} ms  peak RSS {rss[name].peak / 2**20:6.1f} MiB"
        )
    ratio = rates[BOT] / rates[STOCK]
    print(f"durable / stock throughput (burst): {ratio:.2f}x")


BOT, STOCK = "contactbot (durable)", "mautrix stock (no-op)"


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mode", choices=["sustained", "burst"], default="sustained")
    parser.add_argument("--rounds", type=int, default=6, help="burst mode: rounds per server")
    parser.add_argument(
        "--txns",
        type=int,
        default=None,
        help="transactions per server (sustained, default 600) or per round (burst, default 100)",
    )
    parser.add_argument(
        "--work-share",
        type=float,
        default=0.0,
        help="share of events the bot must act on (0.1: 5 %% commands, 3 %% reactions, 2 %% "
        "joins); the rest is chatter",
    )
    parser.add_argument("--database-url", default=os.environ.get(pgserver.ENV_VAR))
    args = parser.parse_args()
    txns = args.txns or (600 if args.mode == "sustained" else 100)
    if args.database_url:
        os.environ[pgserver.ENV_VAR] = args.database_url
    db_url = await pgserver.create_database("cbbench")

    tmp = Path(tempfile.mkdtemp(prefix="cb-bench-"))
    bot_port, stock_port = pgserver.free_port(), pgserver.free_port()
    # Replies and room lookups go to a stub homeserver in this process.
    homeserver = StubHomeserver()
    await homeserver.start()
    config = make_config(
        db_url,
        **{
            "appservice.port": bot_port,
            "metrics.enabled": False,
            "homeserver.address": homeserver.url,
            # One benchmark sender per event: the per-room limits would refuse most commands.
            "bot.rate_limit.room_burst": 1_000_000,
            "bot.rate_limit.room_per_second": 1_000_000.0,
        },
    )
    config["logging.root.level"] = "WARNING"
    config["logging.loggers.contactbot.level"] = "WARNING"
    config.save(tmp / "config.yaml")
    (tmp / "stock.py").write_text(STOCK_SERVER)
    procs = {
        BOT: subprocess.Popen(
            [sys.executable, "-m", "contactbot", "-c", str(tmp / "config.yaml")],
            stdout=(tmp / "bot.log").open("wb"),
            stderr=subprocess.STDOUT,
        ),
        STOCK: subprocess.Popen(
            [sys.executable, str(tmp / "stock.py"), str(stock_port), HS_TOKEN],
            stdout=(tmp / "stock.log").open("wb"),
            stderr=subprocess.STDOUT,
        ),
    }
    ports = {STOCK: stock_port, BOT: bot_port}
    rss = {name: RssSampler(proc.pid) for name, proc in procs.items()}
    try:
        async with aiohttp.ClientSession() as session:
            for port in ports.values():
                await wait_port(session, port)
                await run_round(session, port, 10)  # warm-up
            if args.mode == "burst":
                await burst(session, ports, rss, args.rounds, txns)
                return
            conn = await asyncpg.connect(db_url)
            try:
                await wait_inbox_empty(conn)  # the warm-up's events
            finally:
                await conn.close()
            results = [
                await sustained(
                    session, STOCK, stock_port, txns, rss[STOCK], None, args.work_share
                ),
                await sustained(session, BOT, bot_port, txns, rss[BOT], db_url, args.work_share),
            ]
            print_sustained(results, txns, args.work_share)
            print(f"homeserver stub: {len(homeserver.sends)} replies delivered")
            conn = await asyncpg.connect(db_url)
            try:
                sizes = await conn.fetch(
                    "SELECT relname, n_live_tup, pg_total_relation_size(relid) AS bytes "
                    "FROM pg_stat_user_tables WHERE relname IN ('inbox_event', 'as_transaction')"
                )
            finally:
                await conn.close()
            for row in sizes:
                print(
                    f"table {row['relname']}: {row['n_live_tup']} rows, "
                    f"{row['bytes'] / 2**20:.1f} MiB (before retention)"
                )
    finally:
        for proc in procs.values():
            proc.send_signal(signal.SIGTERM)
        for proc in procs.values():
            proc.wait(30)
        await homeserver.stop()
        await pgserver.drop_database(db_url)


if __name__ == "__main__":
    asyncio.run(main())
