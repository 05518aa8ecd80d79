"""Moderation in an encrypted moderators' room, against the real Synapse, with a real
encrypting client (matrix-nio): the flag notice reaches the moderator encrypted and their
client decrypts it, and their encrypted reaction (✅ or ❌) reviews the flag.

The stack is private to this module: its moderators' room is created as Element creates a
private room (``m.room.encryption`` in the initial state), and the bot requires encryption
for flag notices (``encryption.require``).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from nio.events import Event

from contactbot.devtools.botprocess import update_bot_config
from contactbot.devtools.encrypted_client import (
    EncryptedClient,
    content_of,
    is_encrypted,
    replies_to,
)
from contactbot.devtools.matrix_accounts import register_user
from contactbot.devtools.matrix_client import UserClient
from tests.e2e.conftest import REPLY_TIMEOUT, Stack, start_stack

pytestmark = pytest.mark.e2e

# Status changes are seen by polling here: up to one poll interval, the detector, the notice.
STATUS_TIMEOUT = 30.0


@dataclass
class EncryptedModeration:
    stack: Stack
    moderator: EncryptedClient
    room: str


@pytest.fixture(scope="module")
async def moderation(
    synapse_python: Path, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[EncryptedModeration]:
    """A bot whose moderators' room is an encrypted room made by the moderator's nio client."""
    workdir = tmp_path_factory.mktemp("e2e-encrypted-moderation")
    async with start_stack(workdir, synapse_python) as stack:
        user_id, _ = await register_user(
            stack.synapse.base_url, stack.synapse.shared_secret, "encmod", "pw-encmod"
        )
        moderator = await EncryptedClient.login(
            stack.synapse.base_url, user_id, "pw-encmod", workdir / "encmod", "e2e-moderator"
        )
        try:
            room = await moderator.create_encrypted_room(invite=[stack.bot_user_id])
            await moderator.wait_until_joined(room, stack.bot_user_id, REPLY_TIMEOUT)
            update_bot_config(
                stack.config_path,
                {
                    "moderation.room": room,
                    "moderation.on_call": [user_id],
                    "encryption.require": True,
                    "status.poll.interval": 2.0,
                },
            )
            await stack.bot.restart()
            yield EncryptedModeration(stack, moderator, room)
        finally:
            await moderator.close()


def body_of(event: Event) -> str:
    return str(content_of(event).get("body", ""))


async def offensive_status_notice(env: EncryptedModeration, name: str, text: str) -> Event:
    """A new user, in a room with the bot, sets ``text`` as m.status; the decrypted notice."""
    user: UserClient = await env.stack.register(name)
    await env.stack.room_with_bot(user, name=f"{name}'s room")
    await user.set_profile_field("m.status", {"text": text})
    bot = env.stack.bot_user_id

    def is_notice(event: Event) -> bool:
        body = body_of(event)
        return (
            event.sender == bot
            and env.moderator.room_of.get(str(event.event_id)) == env.room
            and body.startswith("**🚩 Flag #")
            and user.user_id in body
        )

    return await env.moderator.wait_for(is_notice, STATUS_TIMEOUT)


async def review(env: EncryptedModeration, notice: Event, key: str) -> Event:
    """React ``key`` (encrypted) to the notice; the bot's (decrypted) answer to it."""
    seen_before = {str(e.event_id) for e in env.moderator.seen}
    reaction = await env.moderator.react(env.room, str(notice.event_id), key)
    bot = env.stack.bot_user_id
    return await env.moderator.wait_for(
        lambda e: (
            e.sender == bot
            and str(e.event_id) not in seen_before
            and str(e.event_id) != reaction
            and replies_to(e, str(notice.event_id))
        ),
        REPLY_TIMEOUT,
    )


async def flag_state(env: EncryptedModeration, flag_number: str) -> str:
    """``!flag <id>`` sent encrypted; the decrypted reply's first line."""
    command = await env.moderator.send_text(env.room, f"!flag {flag_number}")
    bot = env.stack.bot_user_id
    reply = await env.moderator.wait_for(
        lambda e: e.sender == bot and replies_to(e, command), REPLY_TIMEOUT
    )
    assert is_encrypted(reply), "the bot answered in the clear in an encrypted room"
    return body_of(reply).splitlines()[0]


def flag_number_of(notice: Event) -> str:
    return body_of(notice).split("#", 1)[1].split(" ", 1)[0]


async def test_flag_notice_is_encrypted_and_a_check_mark_confirms_it(
    moderation: EncryptedModeration,
) -> None:
    """The notice about an offensive status arrives encrypted and the moderator's client
    decrypts it (with the status text in a spoiler, pinging the on-call moderator); an
    encrypted ✅ reaction confirms the flag, and !flag says so."""
    env = moderation
    text = "I will kill you all"
    notice = await offensive_status_notice(env, "eve", text)
    assert is_encrypted(notice), "the flag notice was sent unencrypted"
    content = content_of(notice)
    assert f"||{text}||" in content["body"]
    assert "Status text (m.status)" in content["body"]
    assert content["m.mentions"] == {"user_ids": [env.moderator.user_id]}
    assert env.moderator.undecrypted_from(env.stack.bot_user_id) == []

    number = flag_number_of(notice)
    answer = await review(env, notice, "✅")
    assert is_encrypted(answer)
    assert body_of(answer) == f"Flag #{number} confirmed by {env.moderator.user_id} (was open)."
    assert (await flag_state(env, number)).endswith("· confirmed**")


async def test_a_cross_mark_on_the_encrypted_notice_dismisses_the_flag(
    moderation: EncryptedModeration,
) -> None:
    """An encrypted ❌ reaction on the decrypted notice dismisses the flag."""
    env = moderation
    notice = await offensive_status_notice(env, "mallory", "I will kill you")
    assert is_encrypted(notice)
    number = flag_number_of(notice)
    answer = await review(env, notice, "❌")
    assert is_encrypted(answer)
    assert body_of(answer) == f"Flag #{number} dismissed by {env.moderator.user_id} (was open)."
    assert (await flag_state(env, number)).endswith("· dismissed**")
