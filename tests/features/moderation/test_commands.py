"""``!flags`` and ``!flag``: listing, details, privacy and errors.

Set-up and rooms: ``tests/features/moderation/helpers.py``.
"""

from __future__ import annotations

from contactbot.app import ContactBot
from contactbot.core.domain.formatting import format_time
from tests.fakes import FakeGateway
from tests.features.moderation.helpers import (
    ADMIN,
    ALPHA,
    BOT,
    CAROL,
    DM,
    EVE,
    HIGH,
    MEDIUM,
    MOD,
    MODS,
    ZED,
    all_flags,
    flagging,
    only_flag,
    say,
    set_name,
)

# -- commands -------------------------------------------------------------------------------------


async def test_flags_lists_open_flags_newest_first(bot: ContactBot, gateway: FakeGateway) -> None:
    """!flags in the moderators' room lists open flags, newest first, with their IDs, the text
    in spoilers and without pinging; confirmed ones appear under !flags confirmed and all."""
    await set_name(bot, EVE, HIGH)
    await set_name(bot, CAROL, MEDIUM)
    first, second = sorted(await all_flags(bot), key=lambda f: f.id)
    reply = await say(bot, gateway, "!flags")
    assert reply["msgtype"] == "m.notice" and reply["m.mentions"] == {}
    lines = [line for line in reply["body"].splitlines() if line.startswith("• ")]
    assert lines[0].startswith(
        f"• `#{second.id}` medium · harassment · {CAROL} · display name: ||"
    )
    assert lines[1].startswith(f"• `#{first.id}` high · threat · {EVE} · display name: ||")
    assert '<span data-mx-spoiler="flagged text">grobnak</span>' in reply["formatted_body"]
    assert reply["body"].startswith("**Open flags (2)**")

    await say(bot, gateway, f"!flag {first.id} confirm")
    assert f"#{first.id}" not in (await say(bot, gateway, "!flags"))["body"]
    confirmed = await say(bot, gateway, "!flags confirmed")
    assert f"`#{first.id}` high · threat" in confirmed["body"]
    assert f"confirmed by {MOD}" in confirmed["body"]
    assert "**All flags (2)**" in (await say(bot, gateway, "!flags all"))["body"]
    assert (await say(bot, gateway, "!flags dismissed"))["body"] == "No dismissed flags."


async def test_flag_commands_only_in_private_rooms(bot: ContactBot, gateway: FakeGateway) -> None:
    """!flags and !flag answer in the moderators' room and in a direct chat with the bot, but
    in a public room they refuse without showing anything."""
    await set_name(bot, EVE, HIGH)
    flag = await only_flag(bot)
    for body in ("!flags", f"!flag {flag.id}", f"!flag {flag.id} confirm"):
        reply = await say(bot, gateway, body, room=ALPHA)
        assert reply["body"].startswith("Flags show what was reported, so I only discuss")
        assert HIGH not in reply["body"]
    assert (await only_flag(bot)).state == "open"
    assert HIGH in (await say(bot, gateway, "!flags", room=DM))["formatted_body"]


async def test_flag_commands_need_a_moderator(bot: ContactBot, gateway: FakeGateway) -> None:
    """Carol, with no kick or ban power anywhere, may not use !flags or !flag, and !help does
    not list them for her; Mod sees only flags of users in rooms Mod moderates, a bot admin
    sees all."""
    await set_name(bot, EVE, HIGH)
    await flagging(bot).check(ZED, "displayname", MEDIUM)
    eve_flag, zed_flag = sorted(await all_flags(bot), key=lambda f: f.id)
    for body in ("!flags", f"!flag {eve_flag.id}"):
        reply = await say(bot, gateway, body, sender=CAROL)
        assert reply["body"].startswith("You are not allowed to use")
    assert "!flags" not in (await say(bot, gateway, "!help", sender=CAROL))["body"]
    assert "!flags" in (await say(bot, gateway, "!help"))["body"]

    mod_view = (await say(bot, gateway, "!flags"))["body"]
    assert f"#{eve_flag.id}" in mod_view and f"#{zed_flag.id}" not in mod_view
    refused = await say(bot, gateway, f"!flag {zed_flag.id}")
    assert refused["body"].startswith("Only bot admins and moderators of a room @zed:other.org")
    refused = await say(bot, gateway, f"!flag {zed_flag.id} dismiss")
    assert refused["body"].startswith("Only bot admins and moderators")
    admin_view = (await say(bot, gateway, "!flags", sender=ADMIN))["body"]
    assert f"#{eve_flag.id}" in admin_view and f"#{zed_flag.id}" in admin_view


async def test_flag_shows_details_and_history(bot: ContactBot, gateway: FakeGateway) -> None:
    """!flag <id> shows the text (in a spoiler), why it matched, the shared rooms (to a room
    moderator only those they are in themselves), a link to the notice and the audit history,
    including reviews by command."""
    await set_name(bot, EVE, f"Eve the {HIGH}")
    flag = await only_flag(bot)
    await say(bot, gateway, f"!flag #{flag.id} confirm looks deliberate")
    await say(bot, gateway, f"!flag {flag.id} kick", sender=ADMIN)
    reply = await say(bot, gateway, f"!flag {flag.id}")
    body = reply["body"]
    assert body.startswith(f"**Flag #{flag.id} · high · threat · actioned**")
    assert f"Display name: ||Eve the {HIGH}||" in body
    raised = format_time(flag.created_at)
    assert f"Raised {raised} from status history row {flag.history_id}" in body
    assert "(seen by member)" in body
    assert "threat (high), `wordlist.threat.configured`" in body
    assert "Rooms shared with the bot (1): Alpha" in body
    admin_view = (await say(bot, gateway, f"!flag {flag.id}", sender=ADMIN))["body"]
    assert "Rooms shared with the bot (3)" in admin_view
    notice_link = f"https://matrix.to/#/{MODS}/{flag.notice_event_id}"
    assert f'<a href="{notice_link}">Notice</a>' in reply["formatted_body"]
    history = body.split("**History**")[1]
    assert f"{BOT} raised from status (displayname)" in history
    assert f"{BOT} notice posted, pinging 1" in history
    assert f"{MOD} confirmed (was open): looks deliberate" in history
    assert f"{ADMIN} kick: 2 done, 1 skipped; public reason: Offensive display name" in history


async def test_flag_command_errors(bot: ContactBot, gateway: FakeGateway) -> None:
    """Unknown flags, bad numbers and unknown actions get a plain answer; confirming twice
    changes nothing; dismissing an actioned flag is refused."""
    await set_name(bot, EVE, HIGH)
    flag = await only_flag(bot)
    assert (await say(bot, gateway, "!flag 99999"))["body"] == "There is no flag #99999."
    assert "is not a flag number" in (await say(bot, gateway, "!flag abc"))["body"]
    assert "Unknown action 'nuke'" in (await say(bot, gateway, f"!flag {flag.id} nuke"))["body"]
    assert (await say(bot, gateway, "!flag"))["body"].startswith("Usage: !flag <id>")
    await say(bot, gateway, f"!flag {flag.id} confirm")
    again = await say(bot, gateway, f"!flag {flag.id} confirm")
    assert again["body"] == f"Flag #{flag.id} is already confirmed; nothing changed."
    await say(bot, gateway, f"!flag {flag.id} ban", sender=ADMIN)
    refused = await say(bot, gateway, f"!flag {flag.id} dismiss")
    assert refused["body"].startswith(f"Flag #{flag.id} was already acted on")
    assert (await only_flag(bot)).state == "actioned"
