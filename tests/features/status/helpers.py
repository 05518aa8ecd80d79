"""Shared helpers of the status feature's tests: events, a fed bot, the !status conversation."""

from __future__ import annotations

import itertools
from typing import Any

from contactbot.app import ContactBot
from tests.fakes import FakeGateway
from tests.testbot import event as event
from tests.testbot import feed as feed

BOT = "@contactbot:example.org"
ALICE = "@alice:example.org"
MOD = "@mod:example.org"
EVE = "@eve:remote.test"
ROOM = "!public:example.org"
DM = "!dm:example.org"
MODS = "!mods:example.org"
# Bot config for tests on the FakeGateway: polling only, no /sync watcher.
BOT_CONFIG: dict[str, Any] = {
    "status.moderators_room": MODS,
    # MOD moderates through kick power in a shared room (rule 3 of the moderator rule).
    "moderation.room_moderators": True,
    "status.poll": {"interval": 3600},
    "status.sync": "off",
}

_ids = itertools.count(1)


def member(user: str, membership: str = "join", room: str = ROOM) -> dict[str, Any]:
    return event("m.room.member", {"membership": membership}, user, room=room, state_key=user)


async def bot_joins(
    bot: ContactBot, gateway: FakeGateway, room: str, members: dict[str, str | None]
) -> None:
    """The bot joins ``room`` (ALICE its admin, MOD with kick power) with ``members``."""
    levels = {"users": {ALICE: 100, MOD: 50}, "state_default": 50, "kick": 50, "ban": 50}
    gateway.state[room] = [
        event("m.room.create", {"room_version": "10"}, ALICE, room=room, state_key=""),
        event("m.room.power_levels", levels, ALICE, room=room, state_key=""),
    ]
    gateway.members[room] = {BOT: "Contact bot", **members}
    await feed(bot, member(BOT, room=room))


async def say(bot: ContactBot, gateway: FakeGateway, body: str, sender: str, room: str) -> Any:
    """``sender`` says ``body`` in ``room``; the bot's one reply."""
    before = len(gateway.messages(room))
    await feed(
        bot, event("m.room.message", {"msgtype": "m.text", "body": body}, sender, room=room)
    )
    replies = gateway.messages(room)[before:]
    assert len(replies) == 1, replies
    return replies[0]
