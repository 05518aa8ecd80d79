"""Finding 1 of issue 15: flags (and statuses) reviewed by the wrong people.

Each test is the attack as the review ran it; all of them succeeded before the one moderator
rule (``AccessService``, docs/moderation.md "Who is a moderator").
"""

from __future__ import annotations

from contactbot.app import ContactBot
from tests.fakes import FakeGateway
from tests.features.moderation.helpers import (
    ADMIN,
    ALICE,
    EVE,
    HIGH,
    MOD,
    MODS,
    event,
    feed,
    join,
    only_flag,
    say,
    set_name,
    start_bot,
)

MALLORY = "@mallory:example.org"
SOCK = "@sock:example.org"
PUPPET = "@puppet:example.org"
EVE_DM = "!evedm:example.org"
MALLORY_DM = "!mallorydm:example.org"
TRAP = "!trap:example.org"


async def test_flagged_user_cannot_dismiss_her_own_flag_from_a_dm(
    bot: ContactBot, gateway: FakeGateway
) -> None:
    """Eve opens a DM with the bot, where she has power 100, and dismisses her own flag:
    refused, the flag stays open, and she cannot even read it."""
    await set_name(bot, EVE, HIGH)
    flag = await only_flag(bot)
    await join(bot, gateway, EVE_DM, levels={EVE: 100}, members=(EVE,))
    refused = await say(bot, gateway, f"!flag {flag.id} dismiss", sender=EVE, room=EVE_DM)
    assert "not allowed" in refused["body"] or "Only bot admins" in refused["body"]
    assert (await only_flag(bot)).state == "open"
    shown = await say(bot, gateway, f"!flag {flag.id}", sender=EVE, room=EVE_DM)
    assert HIGH not in shown["body"]


async def test_inviting_the_target_gives_no_review_rights(
    bot: ContactBot, gateway: FakeGateway
) -> None:
    """Mallory makes a room (with two sock puppets, so it is no DM), merely invites Eve, and
    asks for Eve's flags from her DM with the bot: she sees none, and may not read or dismiss
    Eve's flag."""
    await set_name(bot, EVE, HIGH)
    flag = await only_flag(bot)
    await join(bot, gateway, TRAP, levels={MALLORY: 100}, members=(MALLORY, SOCK, PUPPET))
    invite = {"membership": "invite"}
    await feed(bot, event("m.room.member", invite, MALLORY, room=TRAP, state_key=EVE))
    await join(bot, gateway, MALLORY_DM, levels={MALLORY: 100}, members=(MALLORY,))
    listed = await say(bot, gateway, "!flags", sender=MALLORY, room=MALLORY_DM)
    assert HIGH not in listed["body"] and f"#{flag.id}" not in listed["body"]
    shown = await say(bot, gateway, f"!flag {flag.id}", sender=MALLORY, room=MALLORY_DM)
    assert HIGH not in shown["body"] and "Beta" not in shown["body"]
    await say(bot, gateway, f"!flag {flag.id} dismiss", sender=MALLORY, room=MALLORY_DM)
    assert (await only_flag(bot)).state == "open"


async def test_a_room_of_two_gives_no_review_rights(bot: ContactBot, gateway: FakeGateway) -> None:
    """Eve joins Mallory's room of two: power there makes Mallory no moderator of Eve."""
    await set_name(bot, EVE, HIGH)
    flag = await only_flag(bot)
    await join(bot, gateway, TRAP, levels={MALLORY: 100}, members=(MALLORY, EVE))
    await join(bot, gateway, MALLORY_DM, levels={MALLORY: 100}, members=(MALLORY,))
    await say(bot, gateway, f"!flag {flag.id} dismiss", sender=MALLORY, room=MALLORY_DM)
    assert (await only_flag(bot)).state == "open"


async def test_a_room_of_two_gives_no_right_to_a_status(
    bot: ContactBot, gateway: FakeGateway
) -> None:
    """The same trap against ``!status``: Mallory may not look up Eve's status."""
    await join(bot, gateway, TRAP, levels={MALLORY: 100}, members=(MALLORY, EVE))
    await join(bot, gateway, MALLORY_DM, levels={MALLORY: 100}, members=(MALLORY,))
    reply = await say(bot, gateway, f"!status {EVE}", sender=MALLORY, room=MALLORY_DM)
    assert "Status of" not in reply["body"]
    assert "not allowed" in reply["body"] or "Only bot admins" in reply["body"]


async def test_shared_rooms_shown_are_only_those_the_moderator_is_in(
    bot: ContactBot, gateway: FakeGateway
) -> None:
    """Mod moderates Alpha only: ``!flag`` names Alpha, never Beta or Gamma (rooms Eve shares
    with the bot that Mod is not in); the admin sees all three."""
    await set_name(bot, EVE, HIGH)
    flag = await only_flag(bot)
    body = (await say(bot, gateway, f"!flag {flag.id}"))["body"]
    assert "Alpha" in body and "Beta" not in body and "Gamma" not in body
    admin = (await say(bot, gateway, f"!flag {flag.id}", sender=ADMIN))["body"]
    assert "Alpha" in admin and "Beta" in admin and "Gamma" in admin


async def test_a_review_in_a_dm_is_announced_in_the_moderators_room(
    bot: ContactBot, gateway: FakeGateway
) -> None:
    """Mod dismisses a flag from a direct chat: the moderators' room is told who did what."""
    await set_name(bot, EVE, HIGH)
    flag = await only_flag(bot)
    await join(bot, gateway, "!moddm:example.org", levels={}, members=(MOD,))
    before = len(gateway.messages(MODS))
    await say(bot, gateway, f"!flag {flag.id} dismiss", sender=MOD, room="!moddm:example.org")
    assert (await only_flag(bot)).state == "dismissed"
    announced = gateway.messages(MODS)[before:]
    assert len(announced) == 1
    body = announced[0]["body"]
    assert f"Flag #{flag.id}" in body and "dismiss" in body and MOD in body
    assert HIGH not in body


async def test_room_moderators_are_off_by_default(database_url: str, gateway: FakeGateway) -> None:
    """Without ``moderation.room_moderators``, kick power in Alpha (where Eve is) reviews
    nothing: only bot admins and the moderators' room's moderators do."""
    bot = await start_bot(database_url, gateway, **{"moderation.room_moderators": False})
    try:
        await set_name(bot, EVE, HIGH)
        flag = await only_flag(bot)
        refused = await say(bot, gateway, f"!flag {flag.id} dismiss")
        assert "not allowed" in refused["body"]
        assert (await only_flag(bot)).state == "open"
        await say(bot, gateway, f"!flag {flag.id} confirm", sender=ADMIN)
        assert (await only_flag(bot)).state == "confirmed"
    finally:
        await bot.stop()


async def test_power_in_the_moderators_room_makes_a_moderator_of_everyone(
    database_url: str, gateway: FakeGateway
) -> None:
    """The other side of the rule: Alice, given kick power in the moderators' room (and in no
    room Eve is in with others), reviews Eve's flag."""
    bot = await start_bot(database_url, gateway, **{"moderation.room_moderators": False})
    try:
        levels = {ADMIN: 100, ALICE: 50, "@contactbot:example.org": 50}
        await join(bot, gateway, MODS, levels=levels, members=(ADMIN, ALICE, MOD))
        await set_name(bot, EVE, HIGH)
        flag = await only_flag(bot)
        await say(bot, gateway, f"!flag {flag.id} confirm", sender=ALICE)
        assert (await only_flag(bot)).state == "confirmed"
    finally:
        await bot.stop()
