"""Raising flags: what is checked, one flag per distinct text, exemptions.

Set-up and rooms: ``tests/features/moderation/helpers.py``.
"""

from __future__ import annotations

import asyncio

from contactbot.app import ContactBot
from tests.fakes import FakeGateway
from tests.features.moderation.helpers import (
    ADMIN,
    ALICE,
    ALPHA,
    BETA,
    CAROL,
    EVE,
    GAMMA,
    HIGH,
    MEDIUM,
    MODS,
    ONCALL,
    ZED,
    all_flags,
    audit,
    feature,
    flagging,
    notices,
    only_flag,
    react,
    say,
    set_name,
    set_status,
    start_bot,
    status_change,
)

# -- raising flags and the notice -----------------------------------------------------------------


async def test_offensive_display_name_is_flagged_to_the_moderators_room_only(
    bot: ContactBot, gateway: FakeGateway
) -> None:
    """A display name the detector flags becomes an open flag and one notice in the
    moderators' room (nothing in the public room): the user as a matrix.to link, the text in a
    spoiler, what matched and why, the shared rooms and how to act; it pings exactly the
    on-call moderators as an m.text, and offers ✅ ❌ 🔨 reaction buttons."""
    await set_name(bot, EVE, f"Eve the {HIGH}")
    flag = await only_flag(bot)
    assert (flag.user_id, flag.field, flag.text, flag.state) == (
        EVE,
        "displayname",
        f"Eve the {HIGH}",
        "open",
    )
    # Status history records the name change first and hands it on with its history row; the
    # member event's own check then finds the flag and raises nothing more.
    assert flag.source == "status" and flag.history_id is not None
    assert (flag.category, flag.severity, flag.detector_severity) == ("threat", "high", "high")
    assert flag.reasons[0]["matched"] == HIGH
    assert flag.reasons[0]["rule"] == "wordlist.threat.configured"
    assert flag.reasons[0]["start"] == 8 and flag.reasons[0]["end"] == 15

    assert gateway.messages(ALPHA) == []
    (notice,) = notices(gateway)
    assert notice["msgtype"] == "m.text"
    assert notice["m.mentions"] == {"user_ids": [ONCALL]}
    html = notice["formatted_body"]
    assert f'<a href="https://matrix.to/#/{EVE}">{EVE}</a>' in html
    assert f'<span data-mx-spoiler="flagged display name">Eve the {HIGH}</span>' in html
    assert "threat (high)" in notice["body"] and "wordlist.threat" in notice["body"]
    # The matched text and the explanation are hidden too.
    assert f'<span data-mx-spoiler="match">&quot;{HIGH}&quot;' in html
    for room, name in ((ALPHA, "Alpha"), (BETA, "Beta"), (GAMMA, "Gamma")):
        assert f"{name} <code>{room}</code>" in html
    assert "Rooms shared with the bot (3)" in notice["body"]
    assert f"!flag {flag.id} confirm|dismiss|kick|ban [reason]" in notice["body"]
    assert "✅ confirm" in notice["body"] and "🔨 ban" in notice["body"]
    assert f"On call: {ONCALL}" in notice["body"]
    # The text appears in the notice only inside spoilers.
    outside = html
    for chunk in html.split("<span data-mx-spoiler")[1:]:
        outside = outside.replace(chunk.split("</span>")[0], "")
    assert HIGH not in outside

    assert flag.notice_room_id == MODS and flag.notice_event_id is not None
    buttons = [s for s in gateway.sent if s.event_type == "m.reaction"]
    assert [b.content["m.relates_to"]["key"] for b in buttons] == ["✅", "❌", "🔨"]
    assert all(b.content["m.relates_to"]["event_id"] == flag.notice_event_id for b in buttons)
    assert [e.action for e in await audit(bot, flag.id)] == ["raised", "notified"]


async def test_member_event_names_are_checked_without_status_history(
    database_url: str, gateway: FakeGateway
) -> None:
    """With status history off, display names still reach the detector from member events:
    the flag records the room and event, and !flag says where it was seen."""
    bot = await start_bot(database_url, gateway, **{"status.enabled": False})
    try:
        seen_first = await set_name(bot, EVE, HIGH, room=BETA)
        await set_name(bot, EVE, HIGH, room=ALPHA)
        flag = await only_flag(bot)
        assert (flag.source, flag.source_room_id, flag.history_id) == ("member", BETA, None)
        assert flag.source_event_id == seen_first
        assert len(notices(gateway)) == 1
        assert f"Seen in a member event in `{BETA}`" in notices(gateway)[0]["body"]
        details = await say(bot, gateway, f"!flag {flag.id}")
        assert f"from a member event in `{BETA}`" in details["body"]
    finally:
        await bot.stop()


async def test_notice_pings_nobody_when_no_one_is_on_call(
    database_url: str, gateway: FakeGateway
) -> None:
    """Without on-call moderators the notice is an m.notice with empty m.mentions."""
    bot = await start_bot(database_url, gateway, **{"moderation.on_call": []})
    try:
        await set_name(bot, EVE, HIGH)
        (notice,) = notices(gateway)
        assert notice["msgtype"] == "m.notice"
        assert notice["m.mentions"] == {}
        assert "On call" not in notice["body"]
    finally:
        await bot.stop()


async def test_severity_below_ping_threshold_does_not_ping(
    database_url: str, gateway: FakeGateway
) -> None:
    """With severity.ping_from high, a medium flag's notice pings nobody; a high one pings."""
    bot = await start_bot(database_url, gateway, **{"moderation.severity.ping_from": "high"})
    try:
        await set_name(bot, EVE, MEDIUM)
        await set_name(bot, EVE, HIGH)
        medium, high = notices(gateway)
        assert (medium["msgtype"], medium["m.mentions"]) == ("m.notice", {})
        assert (high["msgtype"], high["m.mentions"]) == ("m.text", {"user_ids": [ONCALL]})
    finally:
        await bot.stop()


async def test_severity_below_minimum_raises_no_flag(
    database_url: str, gateway: FakeGateway
) -> None:
    """With severity.minimum high, a medium verdict raises no flag; a high one does."""
    bot = await start_bot(database_url, gateway, **{"moderation.severity.minimum": "high"})
    try:
        await set_name(bot, EVE, MEDIUM)
        assert await all_flags(bot) == []
        await set_name(bot, EVE, HIGH)
        assert (await only_flag(bot)).text == HIGH
    finally:
        await bot.stop()


async def test_flagged_text_is_escaped_inside_the_spoiler(
    bot: ContactBot, gateway: FakeGateway
) -> None:
    """Markup in a flagged text is escaped, never rendered, and bidi controls are made
    visible: the text cannot break out of its spoiler."""
    text = f'<b>{HIGH}</b> & "x" </span><img src=x>\u202e'
    await set_status(bot, EVE, text)
    (notice,) = notices(gateway)
    html = notice["formatted_body"]
    assert (
        '<span data-mx-spoiler="flagged profile status">&lt;b&gt;grobnak&lt;/b&gt; &amp; '
        "&quot;x&quot; &lt;/span&gt;&lt;img src=x&gt;\\u202e</span>"
    ) in html
    assert "<b>" not in html and "<img" not in html and "\u202e" not in html


async def test_default_detector_flags_a_real_threat(bot: ContactBot, gateway: FakeGateway) -> None:
    """With the shipped word lists, a plain threat in a status is flagged; a benign status
    and a self-description are not."""
    await set_status(bot, EVE, "On holiday until Monday", history_id=1)
    await set_status(bot, ALICE, "Proud to be gay", history_id=2)
    assert await all_flags(bot) == []
    await set_status(bot, EVE, "I will kill you", history_id=3)
    flag = await only_flag(bot)
    assert (flag.category, flag.severity, flag.history_id) == ("threat", "high", 3)
    assert len(notices(gateway)) == 1


async def test_status_change_texts_are_checked_with_their_history_row(
    bot: ContactBot, gateway: FakeGateway
) -> None:
    """Each (label, text) of a status change is checked; a flag keeps the label and the
    status history row it came from; the clean emoji raises nothing."""
    await feature(bot).handle_status_change(
        status_change(
            EVE,
            42,
            (
                ("m.status.text", f"Busy being a {MEDIUM}"),
                ("m.status.emoji", "🌴"),
                ("org.matrix.msc4426.status.text", HIGH),
            ),
        )
    )
    flags = sorted(await all_flags(bot), key=lambda f: f.id)
    assert [(f.field, f.text, f.history_id, f.source) for f in flags] == [
        ("m.status.text", f"Busy being a {MEDIUM}", 42, "status"),
        ("org.matrix.msc4426.status.text", HIGH, 42, "status"),
    ]
    assert "Status text (m.status): " in notices(gateway)[0]["body"]


# -- one flag per distinct text -------------------------------------------------------------------


async def test_one_flag_per_distinct_text_per_user(bot: ContactBot, gateway: FakeGateway) -> None:
    """The same text seen through a status change and member events in two rooms is one flag
    and one notice; another text of the same user, or the same text of another user, is a
    flag of its own."""
    await set_status(bot, EVE, HIGH)
    await set_name(bot, EVE, HIGH, room=ALPHA)
    await set_name(bot, EVE, "Eve", room=ALPHA)
    await set_name(bot, EVE, HIGH, room=BETA)
    assert len(await all_flags(bot)) == 1
    assert len(notices(gateway)) == 1

    await set_name(bot, EVE, f"{HIGH}!", room=ALPHA)
    await set_name(bot, CAROL, HIGH, room=ALPHA)
    flags = await all_flags(bot)
    assert sorted((f.user_id, f.text) for f in flags) == [
        (CAROL, HIGH),
        (EVE, HIGH),
        (EVE, f"{HIGH}!"),
    ]
    assert len(notices(gateway)) == 3


async def test_concurrent_checks_of_one_text_raise_one_flag(
    bot: ContactBot, gateway: FakeGateway
) -> None:
    """Two checks of the same text at once (two rooms' events in parallel) raise one flag and
    post one notice."""
    moderation = flagging(bot)
    results = await asyncio.gather(
        *(moderation.check(EVE, "displayname", HIGH, source="member") for _ in range(4))
    )
    assert sorted(r.outcome for r in results) == ["flagged", "known", "known", "known"]
    assert len(await all_flags(bot)) == 1
    assert len(notices(gateway)) == 1


async def test_dismissed_text_is_not_flagged_again_until_it_changes(
    bot: ContactBot, gateway: FakeGateway
) -> None:
    """After ❌ a moderator dismissed the flag, the same text from that user raises nothing
    (not even a notice); a changed text does."""
    await set_status(bot, EVE, f"I am a {MEDIUM}")
    flag = await only_flag(bot)
    await react(bot, flag, "❌")
    assert (await only_flag(bot)).state == "dismissed"

    await set_status(bot, EVE, "Back on Monday")
    await set_status(bot, EVE, f"I am a {MEDIUM}")
    await set_name(bot, EVE, f"I am a {MEDIUM}")
    assert len(await all_flags(bot)) == 1
    assert len(notices(gateway)) == 1

    await set_status(bot, EVE, f"I am still a {MEDIUM}")
    flags = await all_flags(bot)
    assert len(flags) == 2 and flags[0].state == "open"
    assert len(notices(gateway)) == 2


# -- exemptions -----------------------------------------------------------------------------------


async def test_exempt_users_are_never_flagged(database_url: str, gateway: FakeGateway) -> None:
    """Bot admins, users and servers on the config allowlists and the bot's own namespace
    users are never flagged; everyone else is."""
    bot = await start_bot(
        database_url,
        gateway,
        **{
            "moderation.exempt_users": ["@_telegram_*:example.org"],
            "moderation.exempt_servers": ["*.trusted.org"],
        },
    )
    try:
        moderation = flagging(bot)
        for user in (
            ADMIN,
            "@_telegram_123:example.org",
            "@someone:chat.trusted.org",
            "@contactbot_watcher:example.org",
        ):
            result = await moderation.check(user, "displayname", HIGH)
            assert result.outcome == "exempt", user
        assert await all_flags(bot) == []
        assert (await moderation.check(ZED, "displayname", HIGH)).outcome == "flagged"
    finally:
        await bot.stop()
