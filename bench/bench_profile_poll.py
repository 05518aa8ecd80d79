"""Bench: profile polling throughput and memory, scheduler versus a bare fetch loop.

Starts ``bench/stub_homeserver.py`` in a subprocess (so its CPU and memory are not ours), learns
the users from the rooms' member lists as the bot would, then measures in this process:

1. RSS before and after tracking every user in a ``ProfileScheduler``;
   then the pure scheduling cost: both loops below with a fetch that does no I/O at all;
2. baseline: a bare loop of ``--concurrency`` workers fetching users round-robin, no scheduler;
3. the scheduler's ``run()`` with every budget unlimited but the same in-flight cap, the
   interval short enough that demand always exceeds capacity (so the rate is the capacity);
4. the scheduler with budgets on, one server answering some 429s: budgets and backoff at work;
5. the MSC4429 fast path: ``ProfileSyncWatcher`` long-polling the stub, latency from a status
   change (control endpoint) to the update reaching the sink.

Both fetch paths use the same fetcher: aiohttp GET, JSON parse, ``extract_profile_state`` and a
comparison with the previous observation (kept as a hash, standing in for the database).

    .venv/bin/python bench/bench_profile_poll.py --users 100000 --rooms 1000 --duration 20
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import itertools
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Mapping
from pathlib import Path
from typing import Any
from urllib.parse import quote

import aiohttp
import psutil
from yarl import URL

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from contactbot.features.status.domain.status import extract_profile_state  # noqa: E402
from contactbot.features.status.services.polling import (  # noqa: E402
    FetchOutcome,
    FetchResult,
    PollSettings,
)
from contactbot.features.status.services.scheduler import ProfileScheduler  # noqa: E402
from contactbot.features.status.services.sync import ProfileSyncWatcher, ProfileUpdate  # noqa: E402

MiB = 1024 * 1024


def rss(pid: int | None = None) -> float:
    return float(psutil.Process(pid).memory_info().rss) / MiB


class Fetcher:
    """GET the whole profile, read it, and compare it with the last observation."""

    def __init__(self, session: aiohttp.ClientSession, base: str) -> None:
        self.session = session
        self.base = base
        self.seen: dict[str, int] = {}
        self.count = 0
        self.changes = 0
        self.results: Counter[FetchResult] = Counter()
        self.found: list[str] = []  # a sample of users with a profile, for the sync test

    async def __call__(self, user_id: str) -> FetchOutcome:
        url = URL(f"{self.base}/_matrix/client/v3/profile/{quote(user_id)}", encoded=True)
        try:
            async with self.session.get(url) as resp:
                status = resp.status
                body = await resp.read()
        except (aiohttp.ClientError, OSError):
            outcome = FetchOutcome.unreachable()
        else:
            outcome = self._read(user_id, status, body)
        self.count += 1
        self.results[outcome.result] += 1
        return outcome

    def _read(self, user_id: str, status: int, body: bytes) -> FetchOutcome:
        try:
            data = json.loads(body)
        except ValueError:
            return FetchOutcome.failed(status)
        if status == 200:
            state = extract_profile_state(data if isinstance(data, dict) else None)
            if len(self.found) < 1000:
                self.found.append(user_id)
        elif status == 404:
            state = extract_profile_state(None)
        else:
            retry = data.get("retry_after_ms") if isinstance(data, dict) else None
            return FetchOutcome.from_status(status, retry if isinstance(retry, int) else None)
        key = hash(tuple(state.canonicals.values()))
        if self.seen.get(user_id) != key:
            self.seen[user_id] = key
            self.changes += 1
        return FetchOutcome.from_status(status)


class CountingMetrics:
    def __init__(self) -> None:
        self.backoffs: Counter[str] = Counter()

    def fetch_started(self, server: str) -> None:
        pass

    def fetch_finished(self, server: str, result: FetchResult, seconds: float) -> None:
        pass

    def server_backoff(self, server: str, seconds: float, result: FetchResult) -> None:
        self.backoffs[server] += 1

    def bumped(self, reason: str, accepted: bool) -> None:
        pass


def start_stub(args: argparse.Namespace) -> tuple[subprocess.Popen[bytes], int]:
    cmd = [
        sys.executable,
        str(ROOT / "bench" / "stub_homeserver.py"),
        "--users",
        str(args.users),
        "--rooms",
        str(args.rooms),
        "--servers",
        str(args.servers),
        "--change-rate",
        str(args.change_rate),
        "--limit-server",
        "hs7.bench",
        "--limit-every",
        "20",
        "--retry-after-ms",
        "2000",
    ]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    if not line:
        raise SystemExit("stub homeserver did not start")
    return proc, int(json.loads(line)["port"])


async def learn_users(session: aiohttp.ClientSession, base: str) -> list[str]:
    """The bot's view: every joined member of every room, deduplicated."""
    async with session.get(f"{base}/_matrix/client/v3/joined_rooms") as resp:
        rooms = (await resp.json())["joined_rooms"]
    users: dict[str, None] = {}
    sem = asyncio.Semaphore(16)

    async def members(room_id: str) -> None:
        async with sem:
            url = f"{base}/_matrix/client/v3/rooms/{quote(room_id)}/joined_members"
            async with session.get(url) as resp:
                users.update(dict.fromkeys((await resp.json())["joined"]))

    await asyncio.gather(*(members(r) for r in rooms))
    return list(users)


async def baseline(fetcher: Fetcher, users: list[str], workers: int, duration: float) -> float:
    """Fetch round-robin with ``workers`` coroutines for ``duration``; return fetches/s."""
    cycle = itertools.cycle(users)
    deadline = time.monotonic() + duration

    async def worker() -> None:
        while time.monotonic() < deadline:
            await fetcher(next(cycle))

    start_count, start = fetcher.count, time.monotonic()
    await asyncio.gather(*(worker() for _ in range(workers)))
    return (fetcher.count - start_count) / (time.monotonic() - start)


async def run_scheduler(
    scheduler: ProfileScheduler, fetcher: Fetcher, duration: float
) -> tuple[float, float]:
    """Run for ``duration``; return (fetches/s, fetches/s in the second half)."""
    task = asyncio.create_task(scheduler.run(fetcher))
    start_count, start = fetcher.count, time.monotonic()
    await asyncio.sleep(duration / 2)
    mid_count, mid = fetcher.count, time.monotonic()
    await asyncio.sleep(duration / 2)
    end_count, end = fetcher.count, time.monotonic()
    scheduler.stop()
    await task
    return (end_count - start_count) / (end - start), (end_count - mid_count) / (end - mid)


async def pure_overhead(users: list[str], workers: int, duration: float) -> tuple[float, float]:
    """No I/O at all: a fetch that only yields once. Returns (bare loop/s, scheduler/s)."""
    done = 0

    async def noop(user_id: str) -> FetchOutcome:
        nonlocal done
        await asyncio.sleep(0)
        done += 1
        return FetchOutcome.ok()

    cycle = itertools.cycle(users)
    deadline = time.monotonic() + duration

    async def worker() -> None:
        while time.monotonic() < deadline:
            await noop(next(cycle))

    start = time.monotonic()
    await asyncio.gather(*(worker() for _ in range(workers)))
    bare = done / (time.monotonic() - start)

    settings = {"per_server_rps": 0, "global_rps": 0, "per_server_max_in_flight": 0}
    scheduler = ProfileScheduler(
        PollSettings.from_mapping(
            {**settings, "interval": max(0.1, len(users) / 500_000), "max_in_flight": workers}
        )
    )
    for user_id in users:
        scheduler.track(user_id)
    done = 0
    task = asyncio.create_task(scheduler.run(noop))
    start = time.monotonic()
    await asyncio.sleep(duration)
    scheduler.stop()
    await task
    return bare, done / (time.monotonic() - start)


class SyncTransport:
    def __init__(self, session: aiohttp.ClientSession, base: str) -> None:
        self.session = session
        self.base = base

    async def sync(
        self, *, since: str | None, filter_json: str, timeout_ms: int
    ) -> Mapping[str, object]:
        params = {"filter": filter_json, "timeout": str(timeout_ms)}
        if since is not None:
            params["since"] = since
        async with self.session.get(f"{self.base}/_matrix/client/v3/sync", params=params) as resp:
            resp.raise_for_status()
            body: Mapping[str, object] = await resp.json()
            return body


async def sync_latency(base: str, targets: list[str]) -> dict[str, float]:
    """Change statuses through the control endpoint; time until the watcher's sink sees them."""
    pending: dict[str, float] = {}
    latencies: list[float] = []
    initial_users = 0
    got = asyncio.Event()

    async def sink(updates: list[ProfileUpdate], token: str) -> None:
        nonlocal initial_users
        now = time.monotonic()
        if not initial_users:
            initial_users = len(updates)
        for update in updates:
            sent = pending.pop(update.user_id, None)
            if sent is not None:
                latencies.append(now - sent)
                got.set()

    async with aiohttp.ClientSession() as session:
        watcher = ProfileSyncWatcher(SyncTransport(session, base), sink, timeout_ms=30_000)
        started = time.monotonic()
        await watcher.sync_once()  # the initial sync: every current value
        initial_seconds = time.monotonic() - started
        task = asyncio.create_task(watcher.run())
        for user_id in targets:
            got.clear()
            pending[user_id] = time.monotonic()
            url = f"{base}/_stub/status/{quote(user_id)}"
            async with session.post(url, json={"text": "changed", "emoji": "x"}) as resp:
                await resp.read()
            await asyncio.wait_for(got.wait(), timeout=10)
            await asyncio.sleep(0.02)
        watcher.stop()
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
    latencies.sort()
    return {
        "initial_sync_users": initial_users,
        "initial_sync_seconds": initial_seconds,
        "changes": len(latencies),
        "p50_ms": statistics.median(latencies) * 1000,
        "p95_ms": latencies[int(len(latencies) * 0.95) - 1] * 1000,
    }


async def main(args: argparse.Namespace) -> dict[str, Any]:
    report: dict[str, Any] = {"args": vars(args)}
    proc, port = start_stub(args)
    base = f"http://127.0.0.1:{port}"
    try:
        connector = aiohttp.TCPConnector(limit=args.concurrency, limit_per_host=args.concurrency)
        timeout = aiohttp.ClientTimeout(total=10)
        async with aiohttp.ClientSession(connector=connector, timeout=timeout) as session:
            gc.collect()
            rss_start = rss()
            t = time.monotonic()
            users = await learn_users(session, base)
            report["users"] = len(users)
            report["learn_users_seconds"] = time.monotonic() - t
            gc.collect()
            rss_users = rss()

            # -- 1. memory with everyone tracked ------------------------------------------
            unlimited = PollSettings.from_mapping(
                {
                    # Demand (users / interval) of 50,000/s: far above what the fetch can do.
                    "interval": max(0.1, len(users) / 50_000),
                    "per_server_rps": 0,
                    "global_rps": 0,
                    "per_server_max_in_flight": 0,
                    "max_in_flight": args.concurrency,
                }
            )
            scheduler = ProfileScheduler(unlimited)
            t = time.monotonic()
            for user_id in users:
                scheduler.track(user_id)
            report["track_seconds"] = time.monotonic() - t
            gc.collect()
            rss_tracked = rss()
            report["rss_mib"] = {
                "start": rss_start,
                "with_user_ids": rss_users,
                "with_scheduler": rss_tracked,
                "scheduler_delta": rss_tracked - rss_users,
                "user_ids_delta": rss_users - rss_start,
            }

            bare, sched = await pure_overhead(users, args.concurrency, 3.0)
            report["no_io"] = {
                "bare_per_s": bare,
                "scheduler_per_s": sched,
                "scheduler_us_per_fetch": (1 / sched - 1 / bare) * 1e6,
            }

            fetcher = Fetcher(session, base)
            # Warm up connections and caches on both sides.
            await baseline(fetcher, users, args.concurrency, 2.0)

            # -- 2 + 3. baseline, then the scheduler, alternated to share the noise -------
            base_rates, sched_rates = [], []
            cpu_base = cpu_sched = 0.0
            fetches_base = fetches_sched = 0
            for _ in range(args.rounds):
                c0, n0 = time.process_time(), fetcher.count
                base_rates.append(
                    await baseline(fetcher, users, args.concurrency, args.duration / args.rounds)
                )
                cpu_base += time.process_time() - c0
                fetches_base += fetcher.count - n0
                c0, n0 = time.process_time(), fetcher.count
                rate, _ = await run_scheduler(scheduler, fetcher, args.duration / args.rounds)
                sched_rates.append(rate)
                cpu_sched += time.process_time() - c0
                fetches_sched += fetcher.count - n0
            report["baseline_fetches_per_s"] = base_rates
            report["scheduler_fetches_per_s"] = sched_rates
            report["cpu_us_per_fetch"] = {
                "baseline": cpu_base / fetches_base * 1e6,
                "scheduler": cpu_sched / fetches_sched * 1e6,
            }
            report["results"] = {k.value: v for k, v in fetcher.results.items()}
            report["changes_seen"] = fetcher.changes
            gc.collect()
            report["rss_mib"]["after_runs"] = rss()
            report["rss_mib"]["stub"] = rss(proc.pid)

            # -- 4. budgets on -----------------------------------------------------------
            metrics = CountingMetrics()
            budgeted = ProfileScheduler(
                PollSettings.from_mapping(
                    {
                        "interval": 60,
                        "per_server_rps": args.per_server_rps,
                        "global_rps": args.global_rps,
                        "max_in_flight": args.concurrency,
                    }
                ),
                metrics=metrics,
            )
            for user_id in users:
                budgeted.track(user_id, fetched_ago=59.9)  # everyone due now
            before = Counter(fetcher.results)
            rate, steady = await run_scheduler(budgeted, fetcher, args.budget_duration)
            delta = Counter(fetcher.results)
            delta.subtract(before)
            report["budgeted"] = {
                "per_server_rps": args.per_server_rps,
                "global_rps": args.global_rps,
                "fetches_per_s": rate,
                "fetches_per_s_second_half": steady,
                "rate_limited_answers": delta[FetchResult.RATE_LIMITED],
                "backoffs_by_server": dict(metrics.backoffs),
            }
            del budgeted

        # -- 5. the sync fast path ---------------------------------------------------------
        report["sync"] = await sync_latency(base, fetcher.found[: args.sync_changes])
    finally:
        proc.terminate()
        proc.wait(10)
    return report


def machine() -> dict[str, str]:
    lscpu = subprocess.run(["lscpu"], capture_output=True, text=True, check=False).stdout
    return {
        "nproc": str(os.cpu_count()),
        "lscpu": "\n".join(lscpu.splitlines()[:20]),
        "python": platform.python_version(),
        "aiohttp": aiohttp.__version__,
    }


def print_report(report: dict[str, Any]) -> None:
    mem = report["rss_mib"]
    print(f"users tracked: {report['users']} (learned in {report['learn_users_seconds']:.1f}s)")
    print(f"track(): {report['track_seconds']:.2f}s for all users")
    print(
        "RSS MiB: start {start:.1f}, +user IDs {with_user_ids:.1f}, +scheduler "
        "{with_scheduler:.1f} (scheduler {scheduler_delta:+.1f}), after runs {after_runs:.1f}, "
        "stub {stub:.1f}".format(**mem)
    )
    fmt = ", ".join
    for label, key in (
        ("baseline ", "baseline_fetches_per_s"),
        ("scheduler", "scheduler_fetches_per_s"),
    ):
        rates = report[key]
        print(
            f"{label} fetches/s: median {statistics.median(rates):.0f} "
            f"(rounds: {fmt(f'{r:.0f}' for r in rates)})"
        )
    n = report["no_io"]
    print(
        f"no I/O: bare loop {n['bare_per_s']:.0f}/s, scheduler {n['scheduler_per_s']:.0f}/s "
        f"({n['scheduler_us_per_fetch']:.1f} µs of scheduling per fetch)"
    )
    cpu = report["cpu_us_per_fetch"]
    print(f"CPU µs/fetch: baseline {cpu['baseline']:.0f}, scheduler {cpu['scheduler']:.0f}")
    print(f"results: {report['results']}; changes seen {report['changes_seen']}")
    b = report["budgeted"]
    print(
        f"budgeted ({b['per_server_rps']}/s/server, {b['global_rps']}/s global): "
        f"{b['fetches_per_s']:.0f}/s ({b['fetches_per_s_second_half']:.0f}/s 2nd half), "
        f"429s {b['rate_limited_answers']}, backoffs {b['backoffs_by_server']}"
    )
    s = report["sync"]
    print(
        f"sync: initial {s['initial_sync_users']} users in {s['initial_sync_seconds']:.2f}s; "
        f"change→sink p50 {s['p50_ms']:.1f} ms, p95 {s['p95_ms']:.1f} ms over {s['changes']}"
    )


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--users", type=int, default=100_000)
    parser.add_argument("--rooms", type=int, default=1_000)
    parser.add_argument("--servers", type=int, default=50)
    parser.add_argument("--change-rate", type=float, default=5.0)
    parser.add_argument("--concurrency", type=int, default=64)
    parser.add_argument("--duration", type=float, default=20.0, help="seconds, per variant")
    parser.add_argument("--rounds", type=int, default=4, help="alternations of the two loops")
    parser.add_argument("--per-server-rps", type=float, default=5.0)
    parser.add_argument("--global-rps", type=float, default=200.0)
    parser.add_argument("--budget-duration", type=float, default=10.0)
    parser.add_argument("--sync-changes", type=int, default=50)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    return parser.parse_args()


if __name__ == "__main__":
    arguments = parse_args()
    result = asyncio.run(main(arguments))
    result["machine"] = machine()
    print_report(result)
    if arguments.json:
        arguments.json.write_text(json.dumps(result, indent=2, default=str))
