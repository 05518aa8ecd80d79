"""``!moderation``: the settings, and the moderators' room chosen from Matrix (issue 12).

Set-up and rooms: ``tests/features/moderation/helpers.py``.
"""

from __future__ import annotations

from contactbot.app import ContactBot
from contactbot.features.moderation.storage.settings import SettingsRepository
from tests.fakes import FakeGateway
from tests.features.moderation.helpers import (
    ADMIN,
    ALPHA,
    EVE,
    HIGH,
    MOD,
    MODS,
    ONCALL,
    event,
    feed,
    join,
    notices,
    only_flag,
    react,
    say,
    set_name,
    start_bot,
)

NEWMODS = "!newmods:example.org"


async def join_new_room(bot: ContactBot, gateway: FakeGateway) -> None:
    levels = {ADMIN: 100, MOD: 50, "@contactbot:example.org": 50}
    await join(bot, gateway, NEWMODS, levels=levels, members=(ADMIN, MOD), name="New mods")


async def test_moderation_shows_the_settings(bot: ContactBot, gateway: FakeGateway) -> None:
    """``!moderation`` shows the room (from the config file), on-call moderators, dry run and
    the room-moderator rule."""
    body = (await say(bot, gateway, "!moderation", sender=ADMIN))["body"]
    assert f"Moderators' room: `{MODS}` (from the config file)" in body
    assert f"On call: {ONCALL}" in body
    assert "Dry run: off" in body
    assert "Room moderators review flags of their rooms' members: on" in body


async def test_room_here_takes_effect_at_once_and_is_audited(
    bot: ContactBot, gateway: FakeGateway
) -> None:
    """A bot admin's ``!moderation room here`` moves the notices, the reactions and the
    private room of ``!flags`` there at once, overriding moderation.room; the change shows
    in ``!moderation`` with who made it."""
    await join_new_room(bot, gateway)
    reply = await say(bot, gateway, "!moderation room here", sender=ADMIN, room=NEWMODS)
    assert "now the moderators' room" in reply["body"]
    await set_name(bot, EVE, HIGH)
    flag = await only_flag(bot)
    assert flag.notice_room_id == NEWMODS and notices(gateway) == []
    await react(bot, flag, "✅", room=NEWMODS)
    assert (await only_flag(bot)).state == "confirmed"
    assert HIGH in (await say(bot, gateway, "!flags all", room=NEWMODS))["formatted_body"]
    old = await say(bot, gateway, "!flags all", room=MODS)
    assert old["body"].startswith("Flags show what was reported")
    body = (await say(bot, gateway, "!moderation", sender=ADMIN, room=NEWMODS))["body"]
    assert f"Moderators' room: `{NEWMODS}`, set from Matrix by {ADMIN}" in body
    assert f"(the config file names `{MODS}`)" in body
    assert f"`{NEWMODS}` by {ADMIN}" in body  # the audited change
    assert bot.db is not None
    async with bot.db.transaction() as session:
        (change,) = await SettingsRepository(session).changes("room")
    assert (change.old_value, change.new_value, change.actor) == (None, NEWMODS, ADMIN)


async def test_only_bot_admins_change_the_room(bot: ContactBot, gateway: FakeGateway) -> None:
    """A room moderator may look at the settings but not move the moderators' room."""
    await join_new_room(bot, gateway)
    refused = await say(bot, gateway, "!moderation room here", sender=MOD, room=NEWMODS)
    assert "Only bot admins" in refused["body"]
    assert await bot.access.moderators_room.current() == MODS
    assert "Moderators' room" in (await say(bot, gateway, "!moderation", sender=MOD))["body"]
    bad = await say(bot, gateway, "!moderation room there", sender=ADMIN)
    assert bad["body"].startswith("Usage: !moderation")


async def test_the_choice_outlives_a_restart_and_default_reverts_it(
    database_url: str, gateway: FakeGateway
) -> None:
    """The stored room is the moderators' room after a restart, over moderation.room;
    ``!moderation room default`` goes back to the config file's."""
    bot = await start_bot(database_url, gateway)
    try:
        await join_new_room(bot, gateway)
        await say(bot, gateway, "!moderation room here", sender=ADMIN, room=NEWMODS)
    finally:
        await bot.stop()
    again = await start_bot(database_url, gateway)
    try:
        assert await again.access.moderators_room.current() == NEWMODS
        reply = await say(again, gateway, "!moderation room default", sender=ADMIN, room=ALPHA)
        assert f"config file's again: {MODS}" in reply["body"]
        assert await again.access.moderators_room.current() == MODS
    finally:
        await again.stop()


async def test_a_replayed_room_command_changes_and_answers_once(
    bot: ContactBot, gateway: FakeGateway
) -> None:
    """The inbox may deliver the command twice: one audit entry, one answer."""
    await join_new_room(bot, gateway)
    raw = event(
        "m.room.message",
        {"msgtype": "m.text", "body": "!moderation room here"},
        ADMIN,
        room=NEWMODS,
    )
    await feed(bot, raw)
    await feed(bot, raw)
    assert len(gateway.messages(NEWMODS)) == 1
    assert bot.db is not None
    async with bot.db.transaction() as session:
        assert len(await SettingsRepository(session).changes("room")) == 1


async def test_status_uses_the_room_chosen_from_matrix(
    bot: ContactBot, gateway: FakeGateway
) -> None:
    """The status feature reads the same moderators' room through the core: ``!status``
    answers in the chosen room."""
    await join_new_room(bot, gateway)
    await say(bot, gateway, "!moderation room here", sender=ADMIN, room=NEWMODS)
    reply = await say(bot, gateway, f"!status {EVE}", sender=ADMIN, room=NEWMODS)
    assert "Status of" in reply["body"]
