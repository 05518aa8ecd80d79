"""``contactbot demo`` as a newcomer runs it: a real subprocess, real Synapse, real PostgreSQL.

Both tests start the demo through the CLI (``python -m contactbot demo``) with the caller's
environment, so ``CONTACTBOT_SYNAPSE_CACHE`` (if set) points it at the same cached Synapse.
"""

from __future__ import annotations

import asyncio
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import aiohttp
import pytest

from contactbot.devtools.matrix_client import UserClient, reply_target

pytestmark = pytest.mark.e2e

# Start-up takes ~6 s with Synapse cached; allow for a first-run install (~20 s) and a slow CI.
DEMO_TIMEOUT = 240.0
BOT = "@contactbot:localhost"


def leftovers(marker: Path) -> list[str]:
    """Processes whose command line mentions ``marker`` (every demo child names its work dir)."""
    result = subprocess.run(["pgrep", "-af", str(marker)], capture_output=True, text=True)
    return result.stdout.splitlines()


def demo_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "contactbot", "demo", *args]


def test_demo_check_runs_the_conversation_and_cleans_up() -> None:
    """``demo --check`` plays the scripted conversation as real users, prints the transcript,
    exits 0 because every reply was as expected, and afterwards nothing it started is running
    and its temporary work directory is gone.
    """
    started = time.monotonic()
    result = subprocess.run(
        demo_command("--check"),
        capture_output=True,
        text=True,
        timeout=DEMO_TIMEOUT,
        env=dict(os.environ),
    )
    elapsed = time.monotonic() - started
    output = f"--- stdout ---\n{result.stdout}\n--- stderr ---\n{result.stderr}"
    assert result.returncode == 0, output

    transcript = result.stdout
    assert "alice> !help" in transcript, output
    assert "bot> contactbot" in transcript, output  # the first line of the !help reply
    assert "`!help [command]`" in transcript, output
    assert "bob> !frobnicate" in transcript, output
    assert "bot> Unknown command `!frobnicate`" in transcript, output
    # The moderation scenario in the encrypted moderators' room: bob's offensive status is
    # flagged, the notice is read (decrypted) by alice, her ✅ confirms the flag, !flag shows it.
    assert "bob sets m.status" in transcript, output
    assert "bot> **🚩 Flag #" in transcript, output
    assert "confirmed by @alice:localhost (was open)" in transcript, output
    assert re.search(r"bot> \*\*Flag #\d+ · .* · confirmed\*\*", transcript), output
    summary = re.search(
        r"^Result: (\d+) as expected, (\d+) failed, (\d+) skipped", transcript, re.M
    )
    assert summary is not None, output
    assert int(summary[1]) >= 8 and summary[2] == "0" and summary[3] == "0", output
    # A feature that is absent must be reported as skipped, never silently passed.
    for line in transcript.splitlines():
        if line.strip().startswith("skipped:"):
            assert "does not have that feature" in line, output

    match = re.search(r"Work directory: (\S+) \(deleted at the end\)", result.stderr)
    assert match is not None, output
    workdir = Path(match[1])
    assert not workdir.exists(), f"{workdir} was left behind"
    assert leftovers(workdir) == []
    assert "nothing left running" in result.stderr, output
    # A child that had to be killed (say, the bot ignoring SIGTERM) is a bug, even if cleaned up.
    assert "Warning while stopping" not in result.stderr, output
    print(f"demo --check took {elapsed:.1f} s")


async def _read_until(
    stream: asyncio.StreamReader, pattern: str, lines: list[str], timeout: float
) -> re.Match[str]:
    """Read lines into ``lines`` until one matches ``pattern``; return that match."""
    deadline = time.monotonic() + timeout
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError(f"no line matching {pattern!r}; got:\n" + "".join(lines))
        raw = await asyncio.wait_for(stream.readline(), timeout=remaining)
        if not raw:
            raise EOFError(f"demo output ended before {pattern!r}:\n" + "".join(lines))
        line = raw.decode()
        lines.append(line)
        if match := re.search(pattern, line):
            return match


async def test_interactive_demo_serves_a_newcomer_and_stops_on_ctrl_c(tmp_path: Path) -> None:
    """The demo without ``--check`` prints the homeserver URL and logins; logging in through the
    real Synapse with a printed password and sending ``!help`` in the demo room gets the bot's
    reply; SIGINT then stops it with exit code 0, nothing it started keeps running, and the
    ``--dir`` it was given keeps its files.
    """
    workdir = tmp_path / "demo"
    stderr_path = tmp_path / "demo.stderr"
    with stderr_path.open("wb") as stderr:
        proc = await asyncio.create_subprocess_exec(
            *demo_command("--dir", str(workdir)),
            stdout=asyncio.subprocess.PIPE,
            stderr=stderr,
            env=dict(os.environ),
        )
    assert proc.stdout is not None
    lines: list[str] = []
    try:
        try:
            homeserver = (
                await _read_until(proc.stdout, r"Homeserver: (http://\S+)", lines, DEMO_TIMEOUT)
            )[1]
            alice = await _read_until(
                proc.stdout, r"(@alice:localhost)\s+password: (\S+)", lines, 10
            )
            alice_id, password = alice[1], alice[2]
            room_id = (await _read_until(proc.stdout, r"#demo:localhost\s+(!\S+)", lines, 10))[1]
            # The guide walks through the moderation flow as bob and alice.
            await _read_until(proc.stdout, r"as bob: set m\.status to", lines, 10)
            await _read_until(proc.stdout, r"react ✅ to the flag's notice", lines, 10)
            await _read_until(proc.stdout, r"Press Ctrl-C", lines, 10)
        except (TimeoutError, EOFError) as err:
            raise AssertionError(f"{err}\n--- stderr ---\n{stderr_path.read_text()}") from err

        # Log in as the newcomer would, with nothing but the printed URL and password.
        async with aiohttp.ClientSession() as http:
            body = {
                "type": "m.login.password",
                "identifier": {"type": "m.id.user", "user": "alice"},
                "password": password,
            }
            async with http.post(f"{homeserver}/_matrix/client/v3/login", json=body) as resp:
                assert resp.status == 200, await resp.text()
                login = await resp.json()
        assert login["user_id"] == alice_id
        async with UserClient(homeserver, alice_id, login["access_token"]) as client:
            help_id = await client.send_text(room_id, "!help")
            reply = await client.wait_for_event(
                room_id,
                lambda e: e.get("sender") == BOT and reply_target(e) == help_id,
                timeout=15,
            )
        assert "!help" in reply["content"]["body"]
    finally:
        if proc.returncode is None:
            proc.send_signal(signal.SIGINT)
        # Keep reading stdout so that the demo never blocks on a full pipe while it stops.
        rest, _ = await asyncio.wait_for(proc.communicate(), timeout=60)
    assert proc.returncode == 0, "".join(lines) + rest.decode() + stderr_path.read_text()
    stderr_text = stderr_path.read_text()
    assert "SIGINT received, stopping" in stderr_text
    assert "nothing left running" in stderr_text
    assert "Warning while stopping" not in stderr_text, stderr_text
    assert leftovers(workdir) == []
    assert (workdir / "bot.log").is_file()
    assert (workdir / "synapse" / "homeserver.log").is_file()
