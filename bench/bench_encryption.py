"""Reply latency of ``!help`` in an encrypted room vs an unencrypted one, and the crypto
machinery's memory, on one real Synapse with the real bot process.

One matrix-nio user per room (same client library on both sides, so only the room differs).
Rounds alternate which room goes first. Latency runs from just before the user's send to the
reply being in that user's ``/sync``, decrypted. Memory: the bot's RSS after the rounds,
encryption on, against a restart with ``encryption.allow: false`` and the unencrypted rounds
again.

    .venv/bin/python bench/bench_encryption.py [--rounds 40]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

import psutil

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))  # the test stack: the same Synapse and database as the tests

from contactbot.devtools.botprocess import update_bot_config  # noqa: E402
from contactbot.devtools.synapse_install import ensure_synapse  # noqa: E402
from tests.e2e.conftest import Stack, start_stack  # noqa: E402
from tests.e2e.encrypted_user import EncryptedUser, replies_to  # noqa: E402


async def one_round(stack: Stack, user: EncryptedUser, room_id: str) -> float:
    start = time.perf_counter()
    command = await user.send_text(room_id, "!help")
    await user.wait_for(
        lambda e: e.sender == stack.bot_user_id and replies_to(e, command), timeout=30
    )
    return (time.perf_counter() - start) * 1000


def summary(name: str, samples: list[float]) -> str:
    cuts = statistics.quantiles(samples, n=20)
    p50 = statistics.median(samples)
    return f"{name:12} n={len(samples)} p50={p50:7.1f} ms p95={cuts[18]:7.1f} ms"


def rss_mb(stack: Stack) -> float:
    assert stack.bot.pid is not None
    return psutil.Process(stack.bot.pid).memory_info().rss / 2**20


async def main(rounds: int) -> None:
    with tempfile.TemporaryDirectory(prefix="bench-e2ee-") as tmp:
        workdir = Path(tmp)
        async with start_stack(workdir, ensure_synapse()) as stack:
            base, secret = stack.synapse.base_url, stack.synapse.shared_secret
            enc = await EncryptedUser.register(base, secret, "benchenc", workdir / "enc")
            plain = await EncryptedUser.register(base, secret, "benchplain", workdir / "plain")
            enc_room = await enc.create_encrypted_room(invite=[stack.bot_user_id])
            await enc.wait_until_joined(enc_room, stack.bot_user_id, 30)
            resp = await plain.client.room_create(invite=[stack.bot_user_id])
            plain_room = str(resp.room_id)
            await plain.wait_until_joined(plain_room, stack.bot_user_id, 30)
            # Warm-up: the first encrypted message shares keys both ways.
            await one_round(stack, enc, enc_room)
            await one_round(stack, plain, plain_room)
            timings: dict[str, list[float]] = {"encrypted": [], "unencrypted": []}
            for n in range(rounds):
                # Both rooms answer "!help" at the rate limit's pace; stay under it.
                order = [("encrypted", enc, enc_room), ("unencrypted", plain, plain_room)]
                for name, user, room in order if n % 2 == 0 else order[::-1]:
                    timings[name].append(await one_round(stack, user, room))
                await asyncio.sleep(2.1)
            rss_on = rss_mb(stack)
            print(summary("encrypted", timings["encrypted"]))
            print(summary("unencrypted", timings["unencrypted"]))

            await stack.bot.stop()
            update_bot_config(stack.config_path, {"encryption.allow": False})
            await stack.bot.start()
            await one_round(stack, plain, plain_room)
            for _ in range(min(rounds, 10)):
                await one_round(stack, plain, plain_room)
                await asyncio.sleep(2.1)
            rss_off = rss_mb(stack)
            print(
                f"bot RSS: encryption on {rss_on:.1f} MiB, off {rss_off:.1f} MiB, "
                f"difference {rss_on - rss_off:+.1f} MiB"
            )
            for user in (enc, plain):
                await user.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=40)
    asyncio.run(main(parser.parse_args().rounds))
