"""The bot's basic life against a real Synapse: join, reply, no loops, restarts, room versions."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from typing import Any

import pytest

from contactbot.devtools.botprocess import load_yaml
from contactbot.devtools.matrix_client import UserClient, reply_target
from tests.e2e.conftest import REPLY_TIMEOUT, Stack

pytestmark = pytest.mark.e2e

# How long to watch for events that must not happen (a loop, a duplicate reply).
QUIET_WINDOW = 2.0


def assert_help_reply(stack: Stack, reply: dict[str, Any], command_id: str) -> None:
    content = reply["content"]
    assert reply["sender"] == stack.bot_user_id
    assert content["msgtype"] == "m.notice"
    assert content["m.relates_to"]["m.in_reply_to"]["event_id"] == command_id
    assert content["m.mentions"] == {}
    assert "!help" in content["body"]


async def bot_events(user: UserClient, room_id: str, stack: Stack) -> list[dict[str, Any]]:
    """The bot's messages in the room, from /messages (complete, unlike a sync window)."""
    return [
        e
        for e in await user.messages(room_id)
        if e.get("sender") == stack.bot_user_id and e.get("type") == "m.room.message"
    ]


async def test_bot_joins_on_invite_and_answers_help(stack: Stack) -> None:
    """Invited by a local user, the bot joins; !help gets a notice replying to the command."""
    alice = await stack.register("alice")
    room_id = await stack.room_with_bot(alice)
    help_id = await alice.send_text(room_id, "!help")
    reply = await stack.wait_for_reply(alice, room_id, help_id)
    assert_help_reply(stack, reply, help_id)


async def test_bot_never_answers_itself(stack: Stack) -> None:
    """The bot's own reply (which contains "!help") triggers nothing: one command, one message."""
    bob = await stack.register("bob")
    room_id = await stack.room_with_bot(bob)
    help_id = await bob.send_text(room_id, "!help")
    reply = await stack.wait_for_reply(bob, room_id, help_id)
    assert "!help" in reply["content"]["body"]  # else this test would prove nothing
    await asyncio.sleep(QUIET_WINDOW)
    assert [e["event_id"] for e in await bot_events(bob, room_id, stack)] == [reply["event_id"]]


async def test_command_sent_while_bot_is_down_is_answered_once_after_restart(
    stack: Stack,
) -> None:
    """A !help sent while the bot is stopped is answered exactly once after it starts again."""
    carol = await stack.register("carol")
    room_id = await stack.room_with_bot(carol)
    await stack.bot.stop()
    help_id = await carol.send_text(room_id, "!help")
    # Synapse has now tried and failed to deliver the transaction; it retries with backoff, and
    # the bot's start-up ping makes it retry at once.
    await asyncio.sleep(0.5)
    started = time.monotonic()
    await stack.bot.start()
    reply = await stack.wait_for_reply(carol, room_id, help_id, timeout=REPLY_TIMEOUT + 15)
    delay = time.monotonic() - started
    assert_help_reply(stack, reply, help_id)
    await asyncio.sleep(QUIET_WINDOW)
    replies = [e for e in await bot_events(carol, room_id, stack) if reply_target(e) == help_id]
    assert len(replies) == 1, replies
    # Generous: the point is "promptly after start", not after Synapse's 8 s+ backoff steps.
    assert delay < 15, f"reply came {delay:.1f} s after the restart"


@pytest.mark.parametrize("room_version", ["11", "12"])
async def test_help_round_trip_in_room_version(stack: Stack, room_version: str) -> None:
    """!help works in v11 rooms and in v12 rooms, whose IDs have no server part."""
    dave = await stack.register("dave")
    room_id = await stack.room_with_bot(dave, room_version=room_version)
    create = await dave.get_state_event(room_id, "m.room.create")
    assert create["room_version"] == room_version
    assert (":" in room_id) == (room_version == "11")
    help_id = await dave.send_text(room_id, "!help")
    reply = await stack.wait_for_reply(dave, room_id, help_id)
    assert_help_reply(stack, reply, help_id)


async def test_wrong_hs_token_is_refused_and_logged(stack_factory: Any, tmp_path: Path) -> None:
    """With a registration whose hs_token differs from the bot's, the bot refuses the
    homeserver's requests (it never joins or replies) and its log says why, without the tokens.
    """
    async with stack_factory(tmp_path, tamper_hs_token=True, wait_bot_ready=False) as stack:
        # The bot cannot pass its start-up ping here, so do not require "ready": wait until its
        # HTTP server answers at all.
        await stack.bot.wait_ready(timeout=30, any_status=True)
        erin = await stack.register("erin")
        room_id = await erin.create_room(invite=[stack.bot_user_id])
        await erin.send_text(room_id, "!help")

        await stack.bot.wait_for_log("hs_token", timeout=10)
        await asyncio.sleep(QUIET_WINDOW)  # room for a wrongly accepting bot to join and reply

        member = await erin.get_state_event(room_id, "m.room.member", stack.bot_user_id)
        assert member["membership"] == "invite"
        assert await bot_events(erin, room_id, stack) == []
        log_text = stack.bot.log_text()
        warnings = [
            line for line in log_text.splitlines() if "WARNING" in line and "hs_token" in line
        ]
        assert warnings, "no WARNING mentioning hs_token in the bot log:\n" + log_text[-3000:]
        tampered = load_yaml(stack.synapse.app_service_config_files[0])["hs_token"]
        real = load_yaml(stack.config_path)["appservice"]["hs_token"]
        assert tampered not in log_text
        assert real not in log_text
