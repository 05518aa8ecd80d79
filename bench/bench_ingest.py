"""Durable ingest vs mautrix's stock (non-durable) AppService, in one run.

Both servers run as separate processes on loopback. The load generator sends 100-event
transactions one after another, as a homeserver does for one appservice, alternating rounds
between the two servers so both see the same machine noise.

    .venv/bin/python bench/bench_ingest.py [--rounds 6] [--txns 100] [--database-url URL]

Without --database-url an embedded PostgreSQL is used; CI-like figures use the machine's
PostgreSQL 15 (postgresql://postgres@127.0.0.1:5432/postgres).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
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
import psutil

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests import pgserver  # noqa: E402
from tests.botfactory import HS_TOKEN, make_config  # noqa: E402

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


def make_events(n: int, rooms: int = 10) -> list[dict[str, Any]]:
    return [
        {
            "event_id": f"${uuid.uuid4().hex}",
            "room_id": f"!room{i % rooms}:example.org",
            "sender": f"@user{i}:example.org",
            "type": "m.room.message",
            "origin_server_ts": 1_700_000_000_000 + i,
            "content": {"msgtype": "m.text", "body": f"hello number {i}, nothing to see"},
        }
        for i in range(n)
    ]


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


async def run_round(session: aiohttp.ClientSession, port: int, txns: int) -> list[float]:
    latencies = []
    for _ in range(txns):
        body = json.dumps({"events": make_events(100)})
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


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--txns", type=int, default=100)
    parser.add_argument("--database-url", default=os.environ.get(pgserver.ENV_VAR))
    args = parser.parse_args()
    if args.database_url:
        os.environ[pgserver.ENV_VAR] = args.database_url
    db_url = await pgserver.create_database("cbbench")

    tmp = Path(tempfile.mkdtemp(prefix="cb-bench-"))
    bot_port, stock_port = pgserver.free_port(), pgserver.free_port()
    config = make_config(db_url, **{"appservice.port": bot_port, "metrics.enabled": False})
    config["logging.root.level"] = "WARNING"
    config["logging.loggers.contactbot.level"] = "WARNING"
    config.save(tmp / "config.yaml")
    (tmp / "stock.py").write_text(STOCK_SERVER)
    procs = {
        "contactbot (durable)": subprocess.Popen(
            [sys.executable, "-m", "contactbot", "-c", str(tmp / "config.yaml")],
            stdout=(tmp / "bot.log").open("wb"),
            stderr=subprocess.STDOUT,
        ),
        "mautrix stock (no-op)": subprocess.Popen(
            [sys.executable, str(tmp / "stock.py"), str(stock_port), HS_TOKEN],
            stdout=(tmp / "stock.log").open("wb"),
            stderr=subprocess.STDOUT,
        ),
    }
    ports = {"contactbot (durable)": bot_port, "mautrix stock (no-op)": stock_port}
    results: dict[str, list[float]] = {name: [] for name in procs}
    peak_rss: dict[str, int] = dict.fromkeys(procs, 0)
    try:
        async with aiohttp.ClientSession() as session:
            for port in ports.values():
                await wait_port(session, port)
                await run_round(session, port, 10)  # warm-up
            for _ in range(args.rounds):
                for name, port in ports.items():
                    results[name] += await run_round(session, port, args.txns)
                    rss = psutil.Process(procs[name].pid).memory_info().rss
                    peak_rss[name] = max(peak_rss[name], rss)
    finally:
        for proc in procs.values():
            proc.send_signal(signal.SIGTERM)
        for proc in procs.values():
            proc.wait(30)
        await pgserver.drop_database(db_url)

    print(
        f"machine: {os.cpu_count()} cores; {args.rounds} rounds x {args.txns} transactions "
        "x 100 events per server, interleaved"
    )
    rates = {}
    for name, lat in results.items():
        rates[name] = 100 * len(lat) / sum(lat)
        print(
            f"{name:24s} {rates[name]:9.0f} events/s  p50 {1000 * statistics.median(lat):6.2f} ms"
            f"  p99 {1000 * pct(lat, 0.99):6.2f} ms  peak RSS {peak_rss[name] / 2**20:6.1f} MiB"
        )
    ratio = rates["contactbot (durable)"] / rates["mautrix stock (no-op)"]
    print(f"durable / stock throughput: {ratio:.2f}x")


if __name__ == "__main__":
    asyncio.run(main())
