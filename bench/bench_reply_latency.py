"""Reply latency of contactbot against a bare appservice, on one real Synapse.

One Synapse carries two appservice registrations (different namespaces and ports): the candidate
(contactbot, or with ``--candidate bare`` a second bare appservice, to check the bench itself)
and the baseline ``bare_appservice.py``, which does nothing but reply. Each has its own user and
room. ``!help`` is sent to both in turn, alternating which goes first, so both sides share the
machine's noise. Measured: from just before the user's send to the reply arriving in that
user's ``/sync``.

    .venv/bin/python bench/bench_reply_latency.py [--rounds 50] [--candidate contactbot] [--check]

The target is contactbot's p50 and p95 within 1.5x of the baseline's; ``--check`` exits 1 when
it is missed.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import platform
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))  # for tests.pgserver: the same database source as the tests

from contactbot.devtools.botprocess import (  # noqa: E402
    BotProcess,
    generate_registration,
    write_bot_config,
)
from contactbot.devtools.matrix_client import UserClient, reply_target  # noqa: E402
from contactbot.devtools.ports import free_port  # noqa: E402
from contactbot.devtools.process import ManagedProcess  # noqa: E402
from contactbot.devtools.synapse_install import DEFAULT_SYNAPSE_VERSION, ensure_synapse  # noqa: E402
from contactbot.devtools.synapse_server import SynapseServer, write_appservice_registration  # noqa: E402

TARGET_RATIO = 1.5
BARE_SCRIPT = Path(__file__).resolve().with_name("bare_appservice.py")


@dataclass
class Side:
    label: str
    bot_user_id: str
    process: ManagedProcess
    user: UserClient | None = None
    room_id: str = ""
    samples: list[float] = field(default_factory=list)

    async def round_trip(self) -> float:
        assert self.user is not None
        started = time.perf_counter()
        event_id = await self.user.send_text(self.room_id, "!help")
        await self.user.wait_for_event(
            self.room_id,
            lambda e: e.get("sender") == self.bot_user_id and reply_target(e) == event_id,
            timeout=30,
        )
        return time.perf_counter() - started


def bare_process(
    registration: Path, synapse: SynapseServer, port: int, log: Path
) -> ManagedProcess:
    return ManagedProcess(
        [
            *(sys.executable, str(BARE_SCRIPT), "--registration", str(registration)),
            *("--homeserver", synapse.base_url, "--domain", synapse.server_name),
        ],
        name=f"bare appservice on {port}",
        log_path=log,
        ready_url=f"http://127.0.0.1:{port}/_matrix/mau/ready",
    )


@asynccontextmanager
async def database(candidate: str) -> AsyncIterator[str]:
    if candidate != "contactbot":
        yield ""
        return
    from tests import pgserver

    url = await pgserver.create_database("cbbench")
    try:
        yield url
    finally:
        await pgserver.drop_database(url)


def percentile(samples: list[float], pct: int) -> float:
    return statistics.quantiles(samples, n=100, method="inclusive")[pct - 1]


def summary_row(side: Side) -> str:
    ms = [s * 1000 for s in side.samples]
    return (
        f"{side.label:<18} {percentile(ms, 50):7.1f} {percentile(ms, 95):7.1f} "
        f"{statistics.fmean(ms):7.1f} {min(ms):7.1f} {max(ms):7.1f}"
    )


async def run(args: argparse.Namespace) -> int:
    python = ensure_synapse(progress=lambda m: print(m, file=sys.stderr))
    workdir = Path(tempfile.mkdtemp(prefix="contactbot-bench-"))
    async with AsyncExitStack() as stack:
        db_url = await stack.enter_async_context(database(args.candidate))
        base_port, cand_port = free_port(), free_port()
        base_reg = workdir / "baseline.yaml"
        cand_reg = workdir / "candidate.yaml"
        synapse = SynapseServer(
            python, workdir / "synapse", app_service_config_files=[base_reg, cand_reg]
        )
        write_appservice_registration(
            base_reg, as_id="bare-baseline", localpart="barebot",
            domain=synapse.server_name, url=f"http://127.0.0.1:{base_port}",
        )  # fmt: skip
        baseline = Side(
            "bare appservice",
            f"@barebot:{synapse.server_name}",
            bare_process(base_reg, synapse, base_port, workdir / "baseline.log"),
        )
        if args.candidate == "contactbot":
            config = workdir / "config.yaml"
            write_bot_config(
                config,
                homeserver_url=synapse.base_url,
                domain=synapse.server_name,
                as_port=cand_port,
                database_url=db_url,
                data_dir=workdir / "bot-data",
                # The per-user reply rate limit would otherwise throttle a benchmark user.
                extra={
                    "bot.rate_limit.user_burst": 100_000,
                    "bot.rate_limit.user_per_second": 100_000.0,
                    "bot.rate_limit.room_burst": 100_000,
                    "bot.rate_limit.room_per_second": 100_000.0,
                },
            )
            registration = generate_registration(config, cand_reg)
            candidate = Side(
                "contactbot",
                f"@{registration['sender_localpart']}:{synapse.server_name}",
                BotProcess(config, log_path=workdir / "candidate.log"),
            )
        else:
            write_appservice_registration(
                cand_reg, as_id="bare-candidate", localpart="candbot",
                domain=synapse.server_name, url=f"http://127.0.0.1:{cand_port}",
            )  # fmt: skip
            candidate = Side(
                "bare (candidate)",
                f"@candbot:{synapse.server_name}",
                bare_process(cand_reg, synapse, cand_port, workdir / "candidate.log"),
            )

        await stack.enter_async_context(synapse)
        sides = [candidate, baseline]
        for number, side in enumerate(sides):
            await stack.enter_async_context(side.process)
            side.user = await synapse.user(f"bench{number}")
            stack.push_async_callback(side.user.close)
            side.room_id = await side.user.create_room(invite=[side.bot_user_id])
            await side.user.wait_for_membership(side.room_id, side.bot_user_id, "join", 30)

        for _ in range(args.warmup):
            for side in sides:
                await side.round_trip()
        for round_no in range(args.rounds):
            # Alternate who goes first, so neither side always runs right after the other.
            for side in sides if round_no % 2 == 0 else reversed(sides):
                side.samples.append(await side.round_trip())

        cpus = os.cpu_count()
        print(
            f"Reply latency, user send -> reply in the user's /sync: {args.rounds} rounds each, "
            f"interleaved, {args.warmup} warm-up; Synapse {DEFAULT_SYNAPSE_VERSION}, "
            f"Python {platform.python_version()}, {cpus} CPUs"
        )
        print(f"{'ms':<18} {'p50':>7} {'p95':>7} {'mean':>7} {'min':>7} {'max':>7}")
        print(summary_row(baseline))
        print(summary_row(candidate))
        ratios = {
            pct: percentile(candidate.samples, pct) / percentile(baseline.samples, pct)
            for pct in (50, 95)
        }
        ok = all(r <= TARGET_RATIO for r in ratios.values())
        print(
            f"ratio {candidate.label} / bare: p50 {ratios[50]:.2f}x, p95 {ratios[95]:.2f}x "
            f"(target <= {TARGET_RATIO}x: {'met' if ok else 'MISSED'})"
        )
    if args.keep:
        print(f"logs kept in {workdir}", file=sys.stderr)
    else:
        shutil.rmtree(workdir, ignore_errors=True)
    return 1 if args.check and not ok else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--rounds", type=int, default=50, help="measured !help per side")
    parser.add_argument("--warmup", type=int, default=5, help="unmeasured !help per side first")
    parser.add_argument("--candidate", choices=["contactbot", "bare"], default="contactbot")
    parser.add_argument("--check", action="store_true", help="exit 1 if the target is missed")
    parser.add_argument("--keep", action="store_true", help="keep the work directory and logs")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    return asyncio.run(run(args))


if __name__ == "__main__":
    sys.exit(main())
