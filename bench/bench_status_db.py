"""Bench: profile-status history with PostgreSQL in the loop, against the stub homeserver.

Starts ``bench/stub_homeserver.py`` (a separate process; no random changes: this bench makes
its own), a fresh PostgreSQL database (``CONTACTBOT_TEST_DATABASE_URL``, else an embedded
server), stores the stub's rooms and members as the bot would, and then runs the real code:
``StatusService`` + ``ProfileScheduler`` + ``ProfileFetcher`` (and ``SyncClient`` +
``ProfileSyncWatcher`` for the fast path). Phases:

1. first sweep: every user bumped, budgets unlimited; fetches/s with the first-observation
   writes, and database bytes per tracked user *without changes*;
2. second sweep, nothing changed: fetches/s when nothing is written (and proof that nothing
   is);
3. sync path: the watcher long-polls the stub (a default-settings poller runs beside it, but
   after the sweeps nobody is due for minutes); ``--sync-changes`` statuses are changed one by
   one, each timed from the control request to the change listener (called once the row is
   committed);
4. polling path: ``--poll-users`` users polled every ``--poll-interval`` seconds; statuses of
   random ones are changed at random moments, each timed from the change to its row; compared
   with the analytic distribution (wait uniform over one interval);
5. bytes per change and per tracked user *with changes*: every user with a status changes it
   ``--changes-per-user`` times, picked up by forced polls.

    .venv/bin/python bench/bench_status_db.py                    # 100,000 users, ~5 min
    .venv/bin/python bench/bench_status_db.py --users 5000 --rooms 50 --poll-users 500  # ~1 min
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

import aiohttp
import psutil
from sqlalchemy import text

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from contactbot.core.services.loops import supervised_loop  # noqa: E402
from contactbot.core.storage import migrate  # noqa: E402
from contactbot.core.storage.database import Database  # noqa: E402
from contactbot.core.storage.rooms import RoomRepository  # noqa: E402
from contactbot.core.transport.matrix_client import HomeserverClient  # noqa: E402
from contactbot.features.status.services.polling import PollSettings  # noqa: E402
from contactbot.features.status.services.scheduler import ProfileScheduler  # noqa: E402
from contactbot.features.status.services.status import StatusChange, StatusService, StatusSettings  # noqa: E402
from contactbot.features.status.services.sync import ProfileSyncWatcher, ProfileUpdate  # noqa: E402
from contactbot.features.status.transport.fetcher import ProfileFetcher  # noqa: E402
from contactbot.features.status.transport.watcher import SyncClient  # noqa: E402
from contactbot.schema import SCHEMA  # noqa: E402
from tests import pgserver  # noqa: E402

MiB = 1024 * 1024
BOT = "@contactbot:hs0.bench"
TOKEN = "bench-token"
TABLES = ("profile_field_history", "profile_state", "sync_state")


def rss() -> float:
    return float(psutil.Process().memory_info().rss) / MiB


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * len(ordered)) - 1))]


def start_stub(args: argparse.Namespace) -> tuple[subprocess.Popen[bytes], str]:
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
        "0",
    ]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    if not line:
        raise SystemExit("stub homeserver did not start")
    return proc, f"http://127.0.0.1:{json.loads(line)['port']}"


async def store_rooms(db: Database, session: aiohttp.ClientSession, base: str) -> int:
    """The stub's rooms and members, stored as the bot stores them when it joins."""
    async with session.get(f"{base}/_matrix/client/v3/joined_rooms") as resp:
        rooms = (await resp.json())["joined_rooms"]
    for room_id in rooms:
        url = f"{base}/_matrix/client/v3/rooms/{quote(room_id)}/joined_members"
        async with session.get(url) as resp:
            joined = (await resp.json())["joined"]
        members = {u: info.get("display_name") for u, info in joined.items()}
        members[BOT] = "Contact bot"
        async with db.transaction() as s:
            repo = RoomRepository(s)
            await repo.upsert(room_id, membership="joined")
            await repo.replace_members(room_id, members)
    return len(rooms)


async def table_bytes(db: Database) -> dict[str, int]:
    out: dict[str, int] = {}
    async with db.transaction() as s:
        for table in TABLES:
            out[table] = int(
                await s.scalar(text(f"SELECT pg_total_relation_size('{table}')")) or 0
            )
            out[table + "_rows"] = int(
                await s.scalar(text(f"SELECT count(*) FROM {table}")) or 0  # noqa: S608
            )
    return out


def make_service(db: Database, settings: PollSettings) -> StatusService:
    return StatusService(
        db,
        ProfileScheduler(settings),
        StatusSettings(retention_days=0),
        is_own_user=lambda u: u == BOT,
    )


def make_fetcher(
    session: aiohttp.ClientSession, base: str, service: StatusService, counter: list[int]
) -> ProfileFetcher:
    async def sink(user: str, profile: Mapping[str, object] | None, at: datetime) -> None:
        counter[0] += 1
        await service.observe_profile(user, profile, via="poll", requested_at=at)

    client = HomeserverClient(base, TOKEN, BOT, "contactbot", session)
    return ProfileFetcher(client, sink)


async def sweep(
    service: StatusService, fetcher: ProfileFetcher, counter: list[int], force: bool
) -> tuple[float, float]:
    """Fetch every tracked user once, as fast as the scheduler goes; (seconds, fetches/s)."""
    users = list(service.tracked)
    start_count = counter[0]
    for user_id in users:
        service.scheduler.bump(user_id, "bench", force=force)
    started = time.monotonic()
    task = asyncio.create_task(service.scheduler.run(fetcher))
    # As in the bot: fetch times are written every minute, not kept until the end.
    housekeeping = asyncio.create_task(
        supervised_loop("status_flush", service.flush_fetched, interval=60, initial_delay=60)
    )
    # Sampling a counter is enough here, and keeps the fetch path free of bench hooks.
    while counter[0] - start_count < len(users) and not task.done():  # noqa: ASYNC110
        await asyncio.sleep(0.1)
    seconds = time.monotonic() - started
    service.scheduler.stop()
    await task
    housekeeping.cancel()
    await asyncio.gather(housekeeping, return_exceptions=True)
    return seconds, (counter[0] - start_count) / seconds


async def sync_phase(
    db: Database, session: aiohttp.ClientSession, base: str, targets: list[str], n: int
) -> dict[str, Any]:
    """Changes through /sync while a default-settings poller runs: change → committed row."""
    service = make_service(db, PollSettings())
    await service.start()
    counter = [0]
    poller = asyncio.create_task(
        service.scheduler.run(make_fetcher(session, base, service, counter))
    )
    sent: dict[str, float] = {}
    latencies: list[float] = []
    done = asyncio.Event()

    async def listener(change: StatusChange) -> None:
        if change.via == "sync" and change.user_id in sent:
            latencies.append(time.monotonic() - sent.pop(change.user_id))
            done.set()

    service.change_listeners.append(listener)
    watcher_user = "@contactbot_watcher:hs0.bench"
    watcher: ProfileSyncWatcher

    async def sink(updates: list[ProfileUpdate], next_batch: str) -> None:
        await service.apply_sync(
            updates, next_batch, watcher=watcher_user, initial=watcher.since is None
        )

    watcher = ProfileSyncWatcher(
        SyncClient(session, base, TOKEN, watcher_user), sink, self_user_id=watcher_user
    )
    started = time.monotonic()
    await watcher.sync_once()  # initial: every user's current fields, diffed like a poll
    initial_seconds = time.monotonic() - started
    task = asyncio.create_task(watcher.run())
    for user_id in targets[:n]:
        done.clear()
        sent[user_id] = time.monotonic()
        async with session.post(f"{base}/_stub/status/{quote(user_id)}", json={}) as resp:
            await resp.read()
        await asyncio.wait_for(done.wait(), timeout=10)
        await asyncio.sleep(0.01)
    watcher.stop()
    task.cancel()
    service.scheduler.stop()
    await asyncio.gather(task, poller, return_exceptions=True)
    return {
        "initial_sync_seconds": initial_seconds,
        "changes": len(latencies),
        "p50_ms": statistics.median(latencies) * 1000,
        "p95_ms": pct(latencies, 0.95) * 1000,
        "max_ms": max(latencies) * 1000,
        "background_polls": counter[0],
    }


async def poll_phase(
    db: Database,
    session: aiohttp.ClientSession,
    base: str,
    targets: list[str],
    interval: float,
    changes: int,
) -> dict[str, Any]:
    """Polling only, a short interval: change at a random moment → committed row."""
    service = make_service(
        db, PollSettings(interval=interval, per_server_rps=None, global_rps=None)
    )
    rng = random.Random(7)
    for user_id in targets:
        service.scheduler.track(user_id, fetched_ago=rng.random() * interval)
    counter = [0]
    fetcher = make_fetcher(session, base, service, counter)
    sent: dict[str, float] = {}
    latencies: list[float] = []

    async def listener(change: StatusChange) -> None:
        at = sent.pop(change.user_id, None)
        if at is not None and change.field == "status":
            latencies.append(time.monotonic() - at)

    service.change_listeners.append(listener)
    task = asyncio.create_task(service.scheduler.run(fetcher))
    await asyncio.sleep(interval * 1.2)  # one sweep: every digest cached, phases spread
    # Processing time of one poll that carries a change: fetch + diff + commit.
    processing: list[float] = []
    window = interval * 3
    picks = rng.sample(targets, changes)
    moments = sorted(rng.random() * window for _ in picks)
    begin = time.monotonic()
    for user_id, moment in zip(picks, moments, strict=True):
        await asyncio.sleep(max(0.0, begin + moment - time.monotonic()))
        sent[user_id] = time.monotonic()
        async with session.post(f"{base}/_stub/status/{quote(user_id)}", json={}) as resp:
            await resp.read()
    deadline = time.monotonic() + interval * 1.5
    while sent and time.monotonic() < deadline:  # noqa: ASYNC110 (sampling, with a deadline)
        await asyncio.sleep(0.1)
    # A forced fetch of changed users times the processing alone (no wait for the sweep).
    for user_id in rng.sample(targets, 50):
        async with session.post(f"{base}/_stub/status/{quote(user_id)}", json={}) as resp:
            await resp.read()
        sent[user_id] = time.monotonic()
        service.scheduler.bump(user_id, "bench", force=True)
        while user_id in sent:  # noqa: ASYNC110 (sampling the listener's bookkeeping)
            await asyncio.sleep(0.001)
        processing.append(latencies.pop())
    service.scheduler.stop()
    await task
    jitter = service.scheduler.settings.sweep_jitter
    return {
        "interval_s": interval,
        "users": len(targets),
        "changes": len(latencies),
        "p50_s": statistics.median(latencies),
        "p95_s": pct(latencies, 0.95),
        "expected_p50_s": interval * 0.5,
        "expected_p95_s": interval * 0.95,
        "mean_s": statistics.fmean(latencies),
        "expected_mean_s": interval / 2 * (1 + jitter**2 / 3),
        "processing_p50_ms": statistics.median(processing) * 1000,
        "processing_p95_ms": pct(processing, 0.95) * 1000,
    }


async def main(args: argparse.Namespace) -> dict[str, Any]:
    report: dict[str, Any] = {"args": vars(args)}
    proc, base = start_stub(args)
    url = await pgserver.create_database("cbbenchstatus")
    db = Database(url, pool_size=10)
    try:
        await migrate.upgrade(db.engine, SCHEMA)
        connector = aiohttp.TCPConnector(limit=100)
        async with aiohttp.ClientSession(connector=connector) as session:
            t = time.monotonic()
            report["rooms"] = await store_rooms(db, session, base)
            report["store_rooms_seconds"] = time.monotonic() - t
            gc.collect()
            rss_before = rss()

            # -- 1. first sweep ----------------------------------------------------------
            unlimited = PollSettings(
                interval=3600,
                per_server_rps=None,
                per_server_max_in_flight=None,
                global_rps=None,
                max_in_flight=64,
            )
            service = make_service(db, unlimited)
            t = time.monotonic()
            report["tracked"] = tracked = await service.start()
            report["start_seconds"] = time.monotonic() - t
            gc.collect()
            rss_tracked = rss()
            counter = [0]
            fetcher = make_fetcher(session, base, service, counter)
            seconds, rate = await sweep(service, fetcher, counter, force=False)
            await service.flush_fetched()
            report["first_sweep"] = {"seconds": seconds, "fetches_per_s": rate}
            before = await table_bytes(db)
            report["bytes_without_changes"] = before
            total = sum(before[t] for t in TABLES)
            report["bytes_per_user_without_changes"] = total / tracked
            gc.collect()
            report["rss_mib"] = {
                "before_tracking": rss_before,
                "after_start": rss_tracked,
                "after_first_sweep": rss(),
            }

            # -- 2. nothing changed ------------------------------------------------------
            seconds, rate = await sweep(service, fetcher, counter, force=True)
            after = await table_bytes(db)
            report["second_sweep"] = {
                "seconds": seconds,
                "fetches_per_s": rate,
                "history_rows_added": after["profile_field_history_rows"]
                - before["profile_field_history_rows"],
            }
            await service.stop()
            with_status = [u for u in sorted(service.tracked) if _has_status(u, args)]
            del service

            # -- 3. sync ------------------------------------------------------------------
            rng = random.Random(3)
            report["sync"] = await sync_phase(
                db, session, base, rng.sample(with_status, args.sync_changes), args.sync_changes
            )

            # -- 4. polling ---------------------------------------------------------------
            if args.poll_changes:
                report["poll"] = await poll_phase(
                    db,
                    session,
                    base,
                    rng.sample(with_status, min(args.poll_users, len(with_status))),
                    args.poll_interval,
                    args.poll_changes,
                )

            # -- 5. with changes ----------------------------------------------------------
            base_bytes = await table_bytes(db)
            service = make_service(db, unlimited)
            await service.start()
            counter = [0]
            fetcher = make_fetcher(session, base, service, counter)
            changed = with_status
            sem = asyncio.Semaphore(32)
            for _ in range(args.changes_per_user):

                async def change(user_id: str) -> None:
                    async with sem:
                        post = f"{base}/_stub/status/{quote(user_id)}"
                        async with session.post(post, json={}) as resp:
                            await resp.read()

                await asyncio.gather(*(change(u) for u in changed))
                await sweep(service, fetcher, counter, force=True)
            await service.stop()
            final = await table_bytes(db)
            added_rows = (
                final["profile_field_history_rows"] - base_bytes["profile_field_history_rows"]
            )
            added_bytes = sum(final[t] for t in TABLES) - sum(base_bytes[t] for t in TABLES)
            report["with_changes"] = {
                "users_changed": len(changed),
                "changes_per_user": args.changes_per_user,
                "rows_added": added_rows,
                "bytes_added": added_bytes,
                "bytes_per_change": added_bytes / max(added_rows, 1),
                "bytes_per_user": sum(final[t] for t in TABLES) / tracked,
                "tables": final,
            }
            gc.collect()
            report["rss_mib"]["end"] = rss()
    finally:
        await db.close()
        await pgserver.drop_database(url)
        proc.terminate()
        proc.wait(10)
    return report


def _has_status(user_id: str, args: argparse.Namespace) -> bool:
    """Whether the stub gives this user a status the control endpoint changes (stub kinds)."""
    sys.path.insert(0, str(ROOT / "bench"))
    import stub_homeserver as stub

    global _KINDS
    if _KINDS is None:
        world = stub.World(stub.parse_args(["--users", str(args.users), "--seed", "1"]))
        _KINDS = world
    i = int(user_id[2:].split(":", 1)[0])
    return stub.KIND_NAMES[_KINDS.kind[i]] in stub.STATUS_KEY_OF


_KINDS: Any = None


def print_report(r: dict[str, Any]) -> None:
    print(f"rooms {r['rooms']}, tracked users {r['tracked']} (start() {r['start_seconds']:.2f}s)")
    f, s = r["first_sweep"], r["second_sweep"]
    print(f"first sweep (writes): {f['fetches_per_s']:.0f} fetches/s, {f['seconds']:.1f}s")
    print(
        f"second sweep (unchanged): {s['fetches_per_s']:.0f} fetches/s, "
        f"history rows added {s['history_rows_added']}"
    )
    b = r["bytes_without_changes"]
    print(
        f"without changes: {r['bytes_per_user_without_changes']:.0f} bytes/user "
        f"(history {b['profile_field_history']} B / {b['profile_field_history_rows']} rows, "
        f"state {b['profile_state']} B / {b['profile_state_rows']} rows)"
    )
    y = r["sync"]
    print(
        f"sync: change→row p50 {y['p50_ms']:.1f} ms, p95 {y['p95_ms']:.1f} ms, max "
        f"{y['max_ms']:.1f} ms over {y['changes']} (initial sync {y['initial_sync_seconds']:.1f}s)"
    )
    if "poll" in r:
        p = r["poll"]
        print(
            f"poll every {p['interval_s']:.0f}s ({p['users']} users): change→row p50 "
            f"{p['p50_s']:.2f}s (expected {p['expected_p50_s']:.2f}), p95 {p['p95_s']:.2f}s "
            f"(expected {p['expected_p95_s']:.2f}), mean {p['mean_s']:.2f}s (expected "
            f"{p['expected_mean_s']:.2f}) over {p['changes']}; processing p50 "
            f"{p['processing_p50_ms']:.1f} ms, p95 {p['processing_p95_ms']:.1f} ms"
        )
    w = r["with_changes"]
    print(
        f"with {w['changes_per_user']} change(s) for each of {w['users_changed']} users: "
        f"{w['bytes_per_change']:.0f} bytes/change, {w['bytes_per_user']:.0f} bytes/user"
    )
    m = r["rss_mib"]
    print(
        f"RSS MiB: before tracking {m['before_tracking']:.1f}, all tracked "
        f"{m['after_start']:.1f}, after first sweep "
        f"{m['after_first_sweep']:.1f}, end {m['end']:.1f}"
    )


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--users", type=int, default=100_000)
    parser.add_argument("--rooms", type=int, default=1_000)
    parser.add_argument("--servers", type=int, default=50)
    parser.add_argument("--sync-changes", type=int, default=200)
    parser.add_argument("--poll-users", type=int, default=2000)
    parser.add_argument("--poll-interval", type=float, default=10.0)
    parser.add_argument("--poll-changes", type=int, default=200)
    parser.add_argument("--changes-per-user", type=int, default=1)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    return parser.parse_args()


if __name__ == "__main__":
    arguments = parse_args()
    result = asyncio.run(main(arguments))
    print_report(result)
    if arguments.json:
        arguments.json.write_text(json.dumps(result, indent=2, default=str))
