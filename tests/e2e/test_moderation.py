"""Flags and review against a real Synapse: an offensive status or display name is flagged to
the moderators' room, a moderator reacts ✅ then 🔨, and the user is banned from the rooms they
share with the bot, with a public reason that does not quote them.

The stack is private to this module: its bot config names the moderators' room (created once
the homeserver is up, then the bot is restarted) and polls profiles every second or two.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from contactbot.devtools.botprocess import update_bot_config
from contactbot.devtools.matrix_client import UserClient, reply_target
from tests.e2e.conftest import REPLY_TIMEOUT, Stack, start_stack

pytestmark = pytest.mark.e2e

# Status changes are seen by polling (appservices get no event for them): a sweep takes up to
# one poll interval, plus the detector and the notice.
STATUS_TIMEOUT = 30.0
# Bot config for this stack, besides the moderators' room. A short status poll interval, so a
# status change is seen within seconds.
STATUS_POLL = {"status.poll.interval": 2.0}


@dataclass
class ModerationStack:
    stack: Stack
    moderator: UserClient
    moderators_room: str


@pytest.fixture(scope="module")
async def moderation(
    synapse_python: Path, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[ModerationStack]:
    """A homeserver and a bot whose moderators' room is a room the moderator made, with the
    moderator on call."""
    workdir = tmp_path_factory.mktemp("e2e-moderation")
    async with start_stack(workdir, synapse_python) as stack:
        moderator = await stack.register("mod")
        room = await stack.room_with_bot(moderator, name="Moderators")
        update_bot_config(
            stack.config_path,
            {
                "moderation.room": room,
                "moderation.on_call": [moderator.user_id],
                **STATUS_POLL,
            },
        )
        await stack.bot.restart()
        yield ModerationStack(stack, moderator, room)


async def shared_rooms(stack: Stack, moderator: UserClient, user: UserClient) -> list[str]:
    """Two rooms made by the moderator (the creator: all power in a v12 room), where the bot
    has 50, and ``user`` joined."""
    rooms = []
    for name in ("Alpha", "Beta"):
        room = await stack.room_with_bot(
            moderator,
            name=name,
            power_level_content_override={"users": {stack.bot_user_id: 50}},
        )
        await moderator.invite(room, user.user_id)
        await user.join(room)
        await moderator.wait_for_membership(room, user.user_id, "join", timeout=REPLY_TIMEOUT)
        rooms.append(room)
    return rooms


async def wait_for_notice(
    env: ModerationStack, user_id: str, timeout: float = REPLY_TIMEOUT
) -> dict[str, Any]:
    """The bot's flag notice about ``user_id`` in the moderators' room."""
    bot = env.stack.bot_user_id

    def is_notice(event: dict[str, Any]) -> bool:
        content = event.get("content", {})
        return (
            event.get("sender") == bot
            and event.get("type") == "m.room.message"
            and reply_target(event) is None
            and str(content.get("body", "")).startswith("**🚩 Flag")
            and user_id in str(content.get("body", ""))
        )

    return await env.moderator.wait_for_event(env.moderators_room, is_notice, timeout=timeout)


async def react_and_wait(env: ModerationStack, notice_id: str, key: str) -> dict[str, Any]:
    """React to the notice as the moderator; return the bot's answer (a reply to the notice)."""
    reaction = await env.moderator.react(env.moderators_room, notice_id, key)
    bot = env.stack.bot_user_id
    seen_after = False

    def is_answer(event: dict[str, Any]) -> bool:
        # Answers to an earlier reaction also reply to the notice: only take one that comes
        # after this reaction in the timeline.
        nonlocal seen_after
        if event.get("event_id") == reaction:
            seen_after = True
            return False
        return seen_after and event.get("sender") == bot and reply_target(event) == notice_id

    answer = await env.moderator.wait_for_event(
        env.moderators_room, is_answer, timeout=REPLY_TIMEOUT
    )
    content: dict[str, Any] = answer["content"]
    return content


async def confirm_ban_and_check(
    env: ModerationStack, notice: dict[str, Any], user: UserClient, rooms: list[str], what: str
) -> None:
    """✅ then 🔨 on the notice; the user ends up banned from ``rooms`` with a reason that does
    not quote the flagged text, and the bot said nothing about it in those rooms."""
    content = notice["content"]
    flag_number = content["body"].split("#", 1)[1].split(" ", 1)[0]
    confirmed = await react_and_wait(env, notice["event_id"], "✅")
    assert confirmed["body"] == (
        f"Flag #{flag_number} confirmed by {env.moderator.user_id} (was open)."
    )
    banned = await react_and_wait(env, notice["event_id"], "🔨")
    assert f"Banned {user.user_id} in 2 room(s)" in banned["body"]
    assert f"Flag #{flag_number} is actioned." in banned["body"]
    for room in rooms:
        await env.moderator.wait_for_membership(room, user.user_id, "ban", timeout=REPLY_TIMEOUT)
        member = await env.moderator.get_state_event(room, "m.room.member", user.user_id)
        assert member["membership"] == "ban"
        assert member["reason"] == f"Offensive {what} (contactbot flag #{flag_number})"
        # Nothing about the flag was said in the public rooms.
        said = [
            e
            for e in await env.moderator.messages(room)
            if e.get("sender") == env.stack.bot_user_id and e.get("type") == "m.room.message"
        ]
        assert said == []


def assert_notice_shape(env: ModerationStack, notice: dict[str, Any], text: str) -> None:
    content = notice["content"]
    assert content["msgtype"] == "m.text"
    assert content["m.mentions"] == {"user_ids": [env.moderator.user_id]}
    assert "data-mx-spoiler" in content["formatted_body"]
    assert f"||{text}||" in content["body"]
    assert "Rooms shared with the bot (2)" in content["body"]


async def test_offensive_status_is_flagged_reviewed_and_banned(
    moderation: ModerationStack,
) -> None:
    """A user sets an offensive m.status; polling picks it up and the flag appears in the
    moderators' room, pinging the on-call moderator; the moderator reacts ✅ then 🔨, and the
    user is banned from both shared rooms."""
    env = moderation
    eve = await env.stack.register("eve")
    rooms = await shared_rooms(env.stack, env.moderator, eve)
    text = "I will kill you all"
    await eve.set_profile_field("m.status", {"text": text, "emoji": "🔪"})
    notice = await wait_for_notice(env, eve.user_id, timeout=STATUS_TIMEOUT)
    assert_notice_shape(env, notice, text)
    assert "Status text (m.status)" in notice["content"]["body"]
    await confirm_ban_and_check(env, notice, eve, rooms, "profile status")


async def test_offensive_display_name_is_flagged_reviewed_and_banned(
    moderation: ModerationStack,
) -> None:
    """A display name change reaches the bot as member events in both shared rooms: one flag,
    one notice; ✅ then 🔨 bans the user from both rooms."""
    env = moderation
    mallory = await env.stack.register("mallory")
    rooms = await shared_rooms(env.stack, env.moderator, mallory)
    name = "I will kill you"
    await mallory.set_profile_field("displayname", name)
    notice = await wait_for_notice(env, mallory.user_id)
    assert_notice_shape(env, notice, name)
    assert "Display name: " in notice["content"]["body"]
    await confirm_ban_and_check(env, notice, mallory, rooms, "display name")
    notices = [
        e
        for e in await env.moderator.messages(env.moderators_room)
        if e.get("sender") == env.stack.bot_user_id
        and mallory.user_id in str(e.get("content", {}).get("body", ""))
        and str(e.get("content", {}).get("body", "")).startswith("**🚩 Flag")
    ]
    assert len(notices) == 1


async def test_flags_command_in_the_moderators_room(moderation: ModerationStack) -> None:
    """!flags in the moderators' room answers the moderator without pinging; in a public room
    it refuses to show anything."""
    env = moderation
    trudy = await env.stack.register("trudy")
    rooms = await shared_rooms(env.stack, env.moderator, trudy)
    await trudy.set_profile_field("displayname", "f.u.c.k you")
    await wait_for_notice(env, trudy.user_id)

    command = await env.moderator.send_text(env.moderators_room, "!flags")
    reply = await env.stack.wait_for_reply(env.moderator, env.moderators_room, command)
    assert reply["content"]["msgtype"] == "m.notice"
    assert reply["content"]["m.mentions"] == {}
    assert trudy.user_id in reply["content"]["body"]

    command = await env.moderator.send_text(rooms[0], "!flags")
    reply = await env.stack.wait_for_reply(env.moderator, rooms[0], command)
    assert reply["content"]["body"].startswith("Flags show what was reported")
    assert trudy.user_id not in reply["content"]["body"]
