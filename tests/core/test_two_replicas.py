"""Two replicas on one database (issue 13): events shared, singleton work led by one.

Each replica talks to its own recording stub homeserver (which does not deduplicate), so the
requests show which replica did what: replies, and profile polls of the members it tracks.
"""

from __future__ import annotations

import asyncio
import signal
import subprocess
from collections import Counter
from pathlib import Path

import aiohttp

from tests.botfactory import HS_TOKEN, make_config
from tests.pgserver import free_port
from tests.stub_homeserver import StubHomeserver
from tests.testbot import event, start_bot_process, text, wait_for, wait_ready

ROOM = "!shared:example.org"
MEMBERS = ["@alice:example.org", "@u1:example.org", "@u2:example.org", "@u3:example.org"]
BOT = "@contactbot:example.org"


async def _put(port: int, txn: str, events: list[dict[str, object]]) -> int:
    async with aiohttp.ClientSession() as session:
        async with session.put(
            f"http://127.0.0.1:{port}/_matrix/app/v1/transactions/{txn}",
            json={"events": events},
            headers={"Authorization": f"Bearer {HS_TOKEN}"},
        ) as resp:
            return resp.status


def _replica(database_url: str, hs: StubHomeserver, tmp: Path, name: str) -> tuple[Path, int]:
    port = free_port()
    config = make_config(
        database_url,
        **{
            "homeserver.address": hs.url,
            "appservice.port": port,
            "metrics.enabled": False,
            "replica.name": name,
            "status.poll": {"interval": 1.0, "stale_after": 0},
            "bot.rate_limit.user_burst": 1000,
            "bot.rate_limit.room_burst": 1000,
        },
    )
    path = tmp / f"{name}.yaml"
    config.save(path)
    return path, port


async def test_two_replicas_share_events_and_one_polls_before_and_after_a_kill(
    database_url: str, tmp_path: Path
) -> None:
    """Commands sent alternately to two replicas, the leader SIGKILLed mid-burst and its
    share resent to the other (as the homeserver retries): every command is answered, a
    repeat only where the kill fell between a delivery and its "sent" mark; profiles are
    polled by the leader only, and after the kill by the survivor only."""
    hs_a, hs_b = StubHomeserver(dedupe=False), StubHomeserver(dedupe=False)
    for hs in (hs_a, hs_b):
        hs.rooms[ROOM] = MEMBERS
        await hs.start()
    config_a, port_a = _replica(database_url, hs_a, tmp_path, "a")
    config_b, port_b = _replica(database_url, hs_b, tmp_path, "b")
    log_a, log_b = tmp_path / "a.log", tmp_path / "b.log"
    a = start_bot_process(config_a, log_a)
    b: subprocess.Popen[bytes] | None = None
    try:
        await wait_ready(port_a, a, log_a)
        invite = event(
            "m.room.member", {"membership": "invite"}, MEMBERS[0], room=ROOM, state_key=BOT
        )
        assert await _put(port_a, "invite", [invite]) == 200
        # The homeserver then sends the bot's own join, which makes it load the room.
        joined = event("m.room.member", {"membership": "join"}, BOT, room=ROOM, state_key=BOT)
        assert await _put(port_a, "join", [joined]) == 200
        # A started alone, so A leads and polls the room's members through its homeserver.
        await wait_for(lambda: len(set(hs_a.profile_requests)) >= 3, timeout=20)
        b = start_bot_process(config_b, log_b)
        await wait_ready(port_b, b, log_b)
        await asyncio.sleep(2.0)
        assert hs_b.profile_requests == []

        commands = [text(event_id=f"$c{i}", body="!help", room=ROOM) for i in range(40)]
        for i in range(0, 20, 2):
            assert await _put(port_a, f"t{i}", [commands[i]]) == 200
            assert await _put(port_b, f"t{i + 1}", [commands[i + 1]]) == 200
        a.send_signal(signal.SIGKILL)
        a.wait(10)
        polled_by_a = len(hs_a.profile_requests)
        for i in range(20, 40):  # the homeserver now reaches only B
            assert await _put(port_b, f"t{i}", [commands[i]]) == 200
        # B takes the lead within seconds and polls from then on.
        await wait_for(lambda: len(set(hs_b.profile_requests)) >= 3, timeout=30)
        await wait_for(lambda: _answered(hs_a, hs_b) >= 40, timeout=30)
        await asyncio.sleep(1.0)
    finally:
        for proc in (a, b):
            if proc is not None and proc.poll() is None:
                proc.terminate()
                proc.wait(15)
        for hs in (hs_a, hs_b):
            await hs.stop()
    assert len(hs_a.profile_requests) == polled_by_a  # nothing from A after its death
    deliveries = Counter(txn for hs in (hs_a, hs_b) for _, txn, _ in hs.sends)
    replied_to = {
        content["m.relates_to"]["m.in_reply_to"]["event_id"]
        for hs in (hs_a, hs_b)
        for _, _, content in hs.sends
    }
    assert replied_to == {f"$c{i}" for i in range(40)}
    assert sum(n - 1 for n in deliveries.values()) <= 1


def _answered(*stubs: StubHomeserver) -> int:
    return len({txn for hs in stubs for _, txn, _ in hs.sends})
