"""Flags and review, through the real bot on PostgreSQL.

Events go through the real router, services and command registry; the homeserver is the
recording FakeGateway. The detector is the real one, given two made-up words in its config
(``grobnak``: threat, high; ``blorptwit``: harassment, medium) so these tests do not depend on
the shipped word lists; one test uses the default lists.

Rooms: Alpha (the bot 100, Mod 50), Beta (the bot 50, Mod absent), Gamma (the bot without
power); Eve, the flagged user, is in all three. The moderators' room holds the admin, Mod,
Carol (no power anywhere) and the on-call moderator.
"""

from __future__ import annotations

import asyncio
import contextvars
import itertools
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any

import pytest

from contactbot.app import ContactBot
from contactbot.core.domain.events import RoomEvent
from contactbot.core.errors import ConfigError
from contactbot.features.moderation.services.moderation import (
    ModerationService,
    ModerationSettings,
    when,
)
from contactbot.features.moderation.storage.flags import (
    FLAG_STATES,
    AuditEntry,
    Flag,
    FlagRepository,
)
from contactbot.features.status.services.status import StatusChange
from tests.botfactory import make_bot
from tests.fakes import FakeGateway

BOT = "@contactbot:example.org"
ADMIN = "@admin:example.org"  # a bot admin (tests.botfactory)
MOD = "@mod:example.org"
ONCALL = "@oncall:example.org"
CAROL = "@carol:example.org"
ALICE = "@alice:example.org"
EVE = "@eve:example.org"
ZED = "@zed:other.org"

ALPHA = "!alpha:example.org"
BETA = "!beta:example.org"
GAMMA = "!gamma:example.org"
MODS = "!mods:example.org"
DM = "!dm:example.org"
LIST = "!list:example.org"
BANLIST = "!banlist:example.org"

HIGH = "grobnak"  # threat, high
MEDIUM = "blorptwit"  # harassment, medium

_ids = itertools.count(1)


# -- set-up ---------------------------------------------------------------------------------------


def moderation_config(**overrides: Any) -> dict[str, Any]:
    values: dict[str, Any] = {
        "moderation.room": MODS,
        "moderation.on_call": [ONCALL],
        "moderation.detector": {
            "extra_words": {"threat": [HIGH], "harassment": [MEDIUM]},
            "severity": {"threat": "high"},
        },
        "bot.rate_limit.user_burst": 10_000,
        "bot.rate_limit.user_per_second": 10_000.0,
        "bot.rate_limit.room_burst": 10_000,
        "bot.rate_limit.room_per_second": 10_000.0,
    }
    values.update(overrides)
    return values


async def start_bot(database_url: str, gateway: FakeGateway, **overrides: Any) -> ContactBot:
    bot = make_bot(database_url, gateway, **moderation_config(**overrides))
    await bot.start()
    await join_rooms(bot, gateway)
    return bot


@pytest.fixture
async def bot(database_url: str, gateway: FakeGateway) -> AsyncIterator[ContactBot]:
    bot = await start_bot(database_url, gateway)
    yield bot
    await bot.stop()


def event(
    event_type: str,
    content: dict[str, Any],
    sender: str,
    *,
    room: str,
    state_key: str | None = None,
    event_id: str | None = None,
) -> dict[str, Any]:
    raw: dict[str, Any] = {
        "event_id": event_id or f"$ev{next(_ids)}",
        "room_id": room,
        "sender": sender,
        "type": event_type,
        "origin_server_ts": 1_700_000_000_000 + next(_ids),
        "content": content,
    }
    if state_key is not None:
        raw["state_key"] = state_key
    return raw


async def feed(bot: ContactBot, raw: dict[str, Any]) -> None:
    """Process one event the way the inbox worker does: inside one unit of work."""
    assert bot.db is not None
    async with bot.db.transaction():
        await bot.router.handle(RoomEvent.parse(raw))


async def join(
    bot: ContactBot,
    gateway: FakeGateway,
    room: str,
    *,
    levels: dict[str, int],
    members: tuple[str, ...],
    name: str | None = None,
    extra: tuple[dict[str, Any], ...] = (),
) -> None:
    """Give the fake homeserver a room and deliver the bot's own join."""
    state = [
        event("m.room.create", {"room_version": "10"}, ALICE, room=room, state_key=""),
        event("m.room.power_levels", {"users": levels}, ALICE, room=room, state_key=""),
        *extra,
    ]
    if name:
        state.append(event("m.room.name", {"name": name}, ALICE, room=room, state_key=""))
    gateway.state[room] = state
    gateway.members[room] = {BOT: "Contact bot", **{m: None for m in members}}
    await feed(bot, event("m.room.member", {"membership": "join"}, BOT, room=room, state_key=BOT))


async def join_rooms(bot: ContactBot, gateway: FakeGateway) -> None:
    await join(
        bot,
        gateway,
        ALPHA,
        levels={ALICE: 100, MOD: 50, BOT: 100},
        members=(ALICE, MOD, CAROL, EVE),
        name="Alpha",
    )
    await join(bot, gateway, BETA, levels={ALICE: 100, BOT: 50}, members=(ALICE, EVE), name="Beta")
    await join(bot, gateway, GAMMA, levels={ALICE: 100}, members=(ALICE, EVE), name="Gamma")
    await join(
        bot,
        gateway,
        MODS,
        levels={ADMIN: 100, BOT: 50},
        members=(ADMIN, MOD, CAROL, ONCALL),
        name="Moderators",
    )
    await join(bot, gateway, DM, levels={MOD: 100}, members=(MOD,))


def service(bot: ContactBot) -> ModerationService:
    moderation: ModerationService = bot.moderation
    return moderation


async def set_name(bot: ContactBot, user: str, name: str, room: str = ALPHA) -> None:
    """``user`` changes their display name in ``room`` (a member event)."""
    await feed(
        bot,
        event(
            "m.room.member",
            {"membership": "join", "displayname": name},
            user,
            room=room,
            state_key=user,
        ),
    )


def status_change(
    user: str, history_id: int, texts: tuple[tuple[str, str], ...], via: str = "poll"
) -> StatusChange:
    return StatusChange(
        user_id=user,
        history_id=history_id,
        field="status",
        via=via,
        observed_at=datetime.now(UTC),
        valid=True,
        problem=None,
        texts=texts,
    )


async def set_status(bot: ContactBot, user: str, text: str, history_id: int = 1) -> None:
    """What status history hands its listeners when ``user`` sets a status."""
    await service(bot).handle_status_change(
        status_change(user, history_id, (("m.status.text", text), ("m.status.emoji", "🌴")))
    )


async def all_flags(bot: ContactBot) -> list[Flag]:
    assert bot.db is not None
    async with bot.db.transaction() as session:
        flags, _ = await FlagRepository(session).find(FLAG_STATES, limit=1000)
    return flags


async def only_flag(bot: ContactBot) -> Flag:
    flags = await all_flags(bot)
    assert len(flags) == 1, flags
    return flags[0]


async def audit(bot: ContactBot, flag_id: int) -> list[AuditEntry]:
    assert bot.db is not None
    async with bot.db.transaction() as session:
        return await FlagRepository(session).audit(flag_id)


def notices(gateway: FakeGateway) -> list[dict[str, Any]]:
    """Flag notices in the moderators' room (not replies)."""
    return [
        m
        for m in gateway.messages(MODS)
        if "m.relates_to" not in m and m["body"].startswith("**🚩 Flag")
    ]


def replies(gateway: FakeGateway, room: str) -> list[dict[str, Any]]:
    return [m for m in gateway.messages(room) if "m.relates_to" in m]


def kicks_and_bans(gateway: FakeGateway) -> list[tuple[Any, ...]]:
    return [c for c in gateway.calls if c[0] in ("kick", "ban")]


async def react(
    bot: ContactBot, flag: Flag, key: str, sender: str = MOD, *, room: str = MODS
) -> dict[str, Any]:
    raw = event(
        "m.reaction",
        {
            "m.relates_to": {
                "rel_type": "m.annotation",
                "event_id": flag.notice_event_id,
                "key": key,
            }
        },
        sender,
        room=room,
    )
    await feed(bot, raw)
    return raw


async def say(
    bot: ContactBot, gateway: FakeGateway, body: str, sender: str = MOD, room: str = MODS
) -> dict[str, Any]:
    """Send a command and return the bot's reply content."""
    before = len(gateway.messages(room))
    await feed(
        bot, event("m.room.message", {"msgtype": "m.text", "body": body}, sender, room=room)
    )
    new = gateway.messages(room)[before:]
    assert len(new) == 1, new
    return new[0]


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
    assert flag.reasons[0]["matched"] == HIGH and flag.reasons[0]["rule"] == "wordlist.threat"
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
        await set_name(bot, EVE, HIGH, room=BETA)
        await set_name(bot, EVE, HIGH, room=ALPHA)
        flag = await only_flag(bot)
        assert (flag.source, flag.source_room_id, flag.history_id) == ("member", BETA, None)
        assert flag.source_event_id is not None and flag.source_event_id.startswith("$ev")
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
    await service(bot).handle_status_change(
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
    moderation = service(bot)
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


# -- review by reactions --------------------------------------------------------------------------


async def test_lifecycle_open_confirmed_actioned_by_reactions(
    bot: ContactBot, gateway: FakeGateway
) -> None:
    """A moderator's ✅ (with a variation selector) confirms the flag and 🔨 bans the user,
    which makes it actioned; each step is answered under the notice and audited with the
    reviewer."""
    await set_name(bot, EVE, HIGH)
    flag = await only_flag(bot)

    await react(bot, flag, "✅\ufe0f", sender=ADMIN)
    confirmed = await only_flag(bot)
    assert (confirmed.state, confirmed.reviewer) == ("confirmed", ADMIN)
    (answer,) = replies(gateway, MODS)
    assert answer["m.relates_to"] == {"m.in_reply_to": {"event_id": flag.notice_event_id}}
    assert answer["msgtype"] == "m.notice" and answer["m.mentions"] == {}
    assert answer["body"] == f"Flag #{flag.id} confirmed by {ADMIN} (was open)."

    await react(bot, flag, "🔨", sender=ADMIN)
    actioned = await only_flag(bot)
    assert (actioned.state, actioned.reviewer) == ("actioned", ADMIN)
    reason = f"Offensive display name (contactbot flag #{flag.id})"
    assert sorted(kicks_and_bans(gateway)) == [
        ("ban", ALPHA, EVE, reason),
        ("ban", BETA, EVE, reason),
    ]
    answer = replies(gateway, MODS)[-1]
    assert f"Banned {EVE} in 2 room(s): Alpha `{ALPHA}`, Beta `{BETA}`." in answer["body"]
    assert f"Skipped: Gamma `{GAMMA}` (I lack the power to ban them here)." in answer["body"]
    assert f"Flag #{flag.id} is actioned." in answer["body"]

    entries = await audit(bot, flag.id)
    assert [(e.action, e.actor) for e in entries] == [
        ("raised", BOT),
        ("notified", BOT),
        ("confirm", ADMIN),
        ("ban", ADMIN),
    ]
    ban = entries[-1]
    assert ban.dry_run is False
    assert ban.detail["public_reason"] == reason
    assert {r["room_id"]: r["result"] for r in ban.detail["rooms"]} == {
        ALPHA: "done",
        BETA: "done",
        GAMMA: "skipped",
    }


async def test_reaction_by_a_non_moderator_is_refused_and_audited(
    bot: ContactBot, gateway: FakeGateway
) -> None:
    """Carol, in the moderators' room but without kick or ban power anywhere, cannot review:
    the flag stays open, nobody is banned, she is told why and the attempt is audited."""
    await set_name(bot, EVE, HIGH)
    flag = await only_flag(bot)
    await react(bot, flag, "🔨", sender=CAROL)
    assert (await only_flag(bot)).state == "open"
    assert kicks_and_bans(gateway) == []
    (answer,) = replies(gateway, MODS)
    assert answer["body"].startswith("Only bot admins and moderators of a room")
    entries = await audit(bot, flag.id)
    assert (entries[-1].action, entries[-1].actor) == ("refused", CAROL)
    assert entries[-1].detail["asked"] == "ban"


async def test_reactions_elsewhere_or_unrelated_are_ignored(
    bot: ContactBot, gateway: FakeGateway
) -> None:
    """Only annotations on a flag notice in the moderators' room count: a ✅ in another room,
    a 👍 on the notice, and a ✅ on another event do nothing."""
    await set_name(bot, EVE, HIGH)
    flag = await only_flag(bot)
    await react(bot, flag, "✅", room=ALPHA)
    await react(bot, flag, "👍")
    other = event(
        "m.reaction",
        {"m.relates_to": {"rel_type": "m.annotation", "event_id": "$other", "key": "✅"}},
        MOD,
        room=MODS,
    )
    await feed(bot, other)
    assert (await only_flag(bot)).state == "open"
    assert replies(gateway, MODS) == [] and replies(gateway, ALPHA) == []


async def test_a_replayed_reaction_acts_once(bot: ContactBot, gateway: FakeGateway) -> None:
    """The same reaction event delivered twice confirms once, audits once and answers once."""
    await set_name(bot, EVE, HIGH)
    flag = await only_flag(bot)
    raw = await react(bot, flag, "✅")
    await feed(bot, raw)
    assert [e.action for e in await audit(bot, flag.id)].count("confirm") == 1
    assert len(replies(gateway, MODS)) == 1


# -- kicks, bans, scope and reasons ---------------------------------------------------------------


async def test_moderator_acts_only_where_they_could_themselves(
    bot: ContactBot, gateway: FakeGateway
) -> None:
    """Mod moderates Alpha only: their kick applies in Alpha, and Beta (where the bot could)
    is skipped because they lack the power there; Gamma because the bot does."""
    await set_name(bot, EVE, HIGH)
    flag = await only_flag(bot)
    reply = await say(bot, gateway, f"!flag {flag.id} kick")
    reason = f"Offensive display name (contactbot flag #{flag.id})"
    assert kicks_and_bans(gateway) == [("kick", ALPHA, EVE, reason)]
    assert f"Kicked {EVE} in 1 room(s): Alpha `{ALPHA}`." in reply["body"]
    assert f"Skipped: Beta `{BETA}` (you lack the power to kick them here)." in reply["body"]
    assert f"Skipped: Gamma `{GAMMA}` (I lack the power to kick them here)." in reply["body"]
    assert (await only_flag(bot)).state == "actioned"


async def test_bot_does_not_act_on_users_it_does_not_outrank(
    bot: ContactBot, gateway: FakeGateway
) -> None:
    """Alice (power 100) is flagged: the bot outranks her nowhere, so a ban does nothing, the
    flag stays open and the answer says so."""
    await set_name(bot, ALICE, HIGH)
    flag = await only_flag(bot)
    reply = await say(bot, gateway, f"!flag {flag.id} ban", sender=ADMIN)
    assert kicks_and_bans(gateway) == []
    assert (
        "Skipped: Alpha" in reply["body"] and "I lack the power to ban them here" in reply["body"]
    )
    assert (await only_flag(bot)).state == "open"


async def test_public_reason_never_quotes_the_text(bot: ContactBot, gateway: FakeGateway) -> None:
    """A moderator's reason that quotes the flagged text or a matched part is refused before
    anything happens; a reason of their own is used, with the flag number."""
    await set_name(bot, EVE, f"Eve the {HIGH}")
    flag = await only_flag(bot)
    for quoting in (f"called themselves Eve the {HIGH}", f"said {HIGH.upper()}"):
        reply = await say(bot, gateway, f"!flag {flag.id} ban {quoting}", sender=ADMIN)
        assert reply["body"].startswith("That reason quotes the flagged text")
    assert kicks_and_bans(gateway) == []
    await say(bot, gateway, f"!flag {flag.id} ban threats in profile", sender=ADMIN)
    reasons = {call[3] for call in kicks_and_bans(gateway)}
    assert reasons == {f"threats in profile (contactbot flag #{flag.id})"}


async def test_homeserver_refusal_fails_one_room_only(
    bot: ContactBot, gateway: FakeGateway
) -> None:
    """When the homeserver refuses a ban in one room, the others still happen and the
    failure is reported and audited."""
    original = gateway.ban

    async def refuse_beta(room_id: str, user_id: str, reason: str) -> None:
        if room_id == BETA:
            raise PermissionError("M_FORBIDDEN: no")
        await original(room_id, user_id, reason)

    gateway.ban = refuse_beta  # type: ignore[method-assign]
    await set_name(bot, EVE, HIGH)
    flag = await only_flag(bot)
    reply = await say(bot, gateway, f"!flag {flag.id} ban", sender=ADMIN)
    assert [c[1] for c in kicks_and_bans(gateway)] == [ALPHA]
    assert f"Failed: Beta `{BETA}` (M_FORBIDDEN: no)." in reply["body"]
    rooms = {r["room_id"]: r["result"] for r in (await audit(bot, flag.id))[-1].detail["rooms"]}
    assert rooms[BETA] == "failed" and rooms[ALPHA] == "done"


async def test_dry_run_reports_without_acting(database_url: str, gateway: FakeGateway) -> None:
    """In dry-run mode the notice says so, a ban reports where it would apply, nobody is
    kicked or banned, no policy rule is sent, the flag's state is unchanged and the audit
    entry is marked as a dry run."""
    bot = await start_bot(
        database_url, gateway, **{"moderation.dry_run": True, "moderation.publish_list": BANLIST}
    )
    try:
        await set_name(bot, EVE, HIGH)
        flag = await only_flag(bot)
        assert (
            "Dry run: kicks, bans and policy rules are only reported."
            in (notices(gateway)[0]["body"])
        )
        reply = await say(bot, gateway, f"!flag {flag.id} ban", sender=ADMIN)
        assert reply["body"].startswith("**Dry run: **nothing was done.")
        assert f"Would ban {EVE} in 2 room(s): Alpha `{ALPHA}`, Beta `{BETA}`." in reply["body"]
        assert "Policy rule (m.ban of @eve:example.org): would publish." in reply["body"]
        assert kicks_and_bans(gateway) == []
        assert [s for s in gateway.sent if s.state_key is not None] == []
        assert (await only_flag(bot)).state == "open"
        ban, publish = (await audit(bot, flag.id))[-2:]
        assert (ban.action, ban.dry_run) == ("ban", True)
        assert (publish.action, publish.dry_run, publish.detail["result"]) == (
            "publish",
            True,
            "would publish",
        )
    finally:
        await bot.stop()


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
        moderation = service(bot)
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


# -- policy lists ---------------------------------------------------------------------------------


def rule(
    kind: str, entity: Any, recommendation: Any = "m.ban", state_key: str | None = None
) -> dict[str, Any]:
    content = {"entity": entity, "recommendation": recommendation, "reason": "spam waves"}
    if entity is None:
        content = {}
    return event(
        f"m.policy.rule.{kind}",
        content,
        ALICE,
        room=LIST,
        state_key=state_key or f"rule:{entity}",
    )


async def test_policy_list_rules_raise_severity(database_url: str, gateway: FakeGateway) -> None:
    """Rules of a subscribed list, read from its state when the bot joins and from later
    events, raise a listed user's flag one step (to at least high): user globs and server
    globs match, non-ban recommendations, removed rules and unsubscribed rooms do not."""
    bot = await start_bot(database_url, gateway, **{"moderation.policy_lists": [LIST]})
    try:
        await join(
            bot,
            gateway,
            LIST,
            levels={ALICE: 100},
            members=(ALICE,),
            extra=(rule("user", "@eve*:example.org"),),
        )
        await feed(bot, rule("server", "*.bad.org"))
        await feed(bot, rule("user", "@carol:example.org", recommendation="org.example.watch"))
        await feed(bot, rule("user", "@alice:example.org"))
        await feed(bot, rule("user", None, state_key="rule:@alice:example.org"))
        unsubscribed = rule("user", "@mod:example.org")
        unsubscribed["room_id"] = ALPHA
        await feed(bot, unsubscribed)

        moderation = service(bot)
        eve = (await moderation.check(EVE, "displayname", MEDIUM)).flag
        zed = (await moderation.check("@zed:x.bad.org", "displayname", HIGH)).flag
        assert eve is not None and zed is not None
        assert (eve.detector_severity, eve.severity) == ("medium", "high")
        assert (zed.detector_severity, zed.severity) == ("high", "critical")
        assert eve.policy_matches[0]["entity"] == "@eve*:example.org"
        assert eve.policy_matches[0]["room_id"] == LIST
        for user in (CAROL, ALICE, MOD):
            flag = (await moderation.check(user, "displayname", MEDIUM)).flag
            assert flag is not None and flag.severity == "medium", user
        notice = next(n for n in notices(gateway) if EVE in n["body"])
        assert "Listed on a policy list (severity raised from medium):" in notice["body"]
        assert "spam waves" in notice["body"]
    finally:
        await bot.stop()


async def test_ban_publishes_a_policy_rule(database_url: str, gateway: FakeGateway) -> None:
    """With a publish list configured, 🔨 by a bot admin sends an m.policy.rule.user ban of
    the user with the public reason; a moderator who cannot write the list room bans in their
    rooms but publishes nothing."""
    bot = await start_bot(database_url, gateway, **{"moderation.publish_list": BANLIST})
    try:
        await join(bot, gateway, BANLIST, levels={ADMIN: 100, BOT: 50}, members=(ADMIN,))
        await set_name(bot, EVE, HIGH)
        await set_name(bot, CAROL, HIGH)
        eve_flag, carol_flag = sorted(await all_flags(bot), key=lambda f: f.user_id != EVE)

        await react(bot, eve_flag, "🔨", sender=ADMIN)
        (published,) = [s for s in gateway.sent if s.state_key is not None]
        assert (published.room_id, published.event_type, published.state_key) == (
            BANLIST,
            "m.policy.rule.user",
            f"rule:{EVE}",
        )
        assert published.content == {
            "entity": EVE,
            "recommendation": "m.ban",
            "reason": f"Offensive display name (contactbot flag #{eve_flag.id})",
        }
        assert (
            "Policy rule (m.ban of @eve:example.org): published."
            in (replies(gateway, MODS)[-1]["body"])
        )
        assert (await audit(bot, eve_flag.id))[-1].detail["result"] == "published"

        reply = await say(bot, gateway, f"!flag {carol_flag.id} ban")
        assert "Policy rule (m.ban of @carol:example.org): not allowed." in reply["body"]
        assert len([s for s in gateway.sent if s.state_key is not None]) == 1
        assert (
            "ban",
            ALPHA,
            CAROL,
            f"Offensive display name (contactbot flag #{carol_flag.id})",
        ) in (gateway.calls)
    finally:
        await bot.stop()


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
    await service(bot).check(ZED, "displayname", MEDIUM)
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
    """!flag <id> shows the text (in a spoiler), why it matched, the shared rooms, a link to
    the notice and the audit history, including reviews by command."""
    await set_name(bot, EVE, f"Eve the {HIGH}")
    flag = await only_flag(bot)
    await say(bot, gateway, f"!flag #{flag.id} confirm looks deliberate")
    await say(bot, gateway, f"!flag {flag.id} kick", sender=ADMIN)
    reply = await say(bot, gateway, f"!flag {flag.id}")
    body = reply["body"]
    assert body.startswith(f"**Flag #{flag.id} · high · threat · actioned**")
    assert f"Display name: ||Eve the {HIGH}||" in body
    assert f"Raised {when(flag.created_at)} from status history row {flag.history_id}" in body
    assert "(seen by member)" in body
    assert "threat (high), `wordlist.threat`" in body
    assert "Rooms shared with the bot (3)" in body
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


# -- robustness and settings ----------------------------------------------------------------------


async def elsewhere(coro: Any) -> Any:
    """Run ``coro`` as another task with a fresh context, as the inbox worker runs another
    room's event: it does not join the unit of work open here."""
    return await asyncio.create_task(coro, context=contextvars.Context())


async def test_flag_and_notice_are_visible_before_the_raising_event_commits(
    bot: ContactBot, gateway: FakeGateway
) -> None:
    """The flag and its notice ID are committed as soon as they exist, not with the member
    event that raised them: a moderator who reacts to the notice (or runs !flags) while that
    event is still being processed finds the flag."""
    assert bot.db is not None
    async with bot.db.transaction():
        await bot.router.handle(
            RoomEvent.parse(
                event(
                    "m.room.member",
                    {"membership": "join", "displayname": HIGH},
                    EVE,
                    room=ALPHA,
                    state_key=EVE,
                )
            )
        )
        flags = await elsewhere(all_flags(bot))
        assert len(flags) == 1 and flags[0].notice_event_id is not None
        await elsewhere(react(bot, flags[0], "✅"))
        assert (await elsewhere(only_flag(bot))).state == "confirmed"


async def test_failed_notice_is_sent_later(bot: ContactBot, gateway: FakeGateway) -> None:
    """If the homeserver is down when a flag is raised, the flag is kept (and !flags says the
    notice is not sent yet); the retry posts it once, and later retries post nothing."""
    moderation = service(bot)
    gateway.fail_sends = 1
    assert (await moderation.check(EVE, "displayname", HIGH)).outcome == "flagged"
    flag = await only_flag(bot)
    assert flag.notice_event_id is None and notices(gateway) == []
    assert "notice not sent yet" in (await say(bot, gateway, "!flags"))["body"]
    assert await moderation.retry_notices() == 1
    assert await moderation.retry_notices() == 0
    assert len(notices(gateway)) == 1
    assert (await only_flag(bot)).notice_event_id is not None


async def test_failed_notice_is_sent_when_the_text_is_seen_again(
    bot: ContactBot, gateway: FakeGateway
) -> None:
    """A flag whose notice failed gets it the next time the same text is seen, still once."""
    moderation = service(bot)
    gateway.fail_sends = 1
    await moderation.check(EVE, "displayname", HIGH)
    assert notices(gateway) == []
    assert (await moderation.check(EVE, "m.status.text", HIGH)).outcome == "known"
    await moderation.check(EVE, "displayname", HIGH)
    assert len(notices(gateway)) == 1


async def test_metrics_count_flags_and_reviews(bot: ContactBot) -> None:
    """Flags raised are counted by category and severity, reviews by action and outcome."""
    await set_name(bot, EVE, HIGH)
    flag = await only_flag(bot)
    await service(bot).review(flag.id, MOD, "confirm")
    await service(bot).review(flag.id, MOD, "confirm")
    registry = bot.metrics.registry
    assert (
        registry.get_sample_value(
            "contactbot_moderation_flags_total", {"category": "threat", "severity": "high"}
        )
        == 1
    )
    for outcome, count in (("done", 1), ("unchanged", 1)):
        assert (
            registry.get_sample_value(
                "contactbot_moderation_reviews_total", {"action": "confirm", "outcome": outcome}
            )
            == count
        )
    assert (
        registry.get_sample_value("contactbot_moderation_checks_total", {"outcome": "flagged"})
        == 1
    )


def test_settings_name_the_bad_key() -> None:
    """Invalid moderation settings are refused with the key they are under."""
    for data, key in (
        ({"room": "#mods:example.org"}, "moderation.room"),
        ({"on_call": "@a:b"}, "moderation.on_call"),
        ({"dry_run": "yes"}, "moderation.dry_run"),
        ({"policy_lists": ["#list:b"]}, "moderation.policy_lists"),
        ({"severity": {"minimum": "extreme"}}, "moderation.severity.minimum"),
    ):
        with pytest.raises(ConfigError) as err:
            ModerationSettings.from_mapping(data)
        assert err.value.key == key
    assert ModerationSettings.from_mapping({}) == ModerationSettings()


async def test_bad_detector_settings_stop_start_up(
    database_url: str, gateway: FakeGateway
) -> None:
    """A typo in moderation.detector stops the bot at start-up, naming the section."""
    bot = make_bot(database_url, gateway, **{"moderation.detector": {"treshold": 0.4}})
    try:
        with pytest.raises(ConfigError) as err:
            await bot.start()
        assert err.value.key == "moderation.detector" and "treshold" in str(err.value)
    finally:
        await bot.stop()


async def test_disabled_moderation_checks_nothing(database_url: str, gateway: FakeGateway) -> None:
    """With moderation.enabled false nothing is flagged and the commands are not there."""
    bot = make_bot(database_url, gateway, **moderation_config(**{"moderation.enabled": False}))
    await bot.start()
    try:
        await join_rooms(bot, gateway)
        await set_name(bot, EVE, HIGH)
        assert bot.moderation is None
        assert "Unknown command" in (await say(bot, gateway, "!flags", sender=ADMIN))["body"]
    finally:
        await bot.stop()
