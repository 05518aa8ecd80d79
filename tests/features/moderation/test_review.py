"""Review by reactions and ``!flag <id> <action>``: states, kicks, bans, scope and reasons.

Set-up and rooms: ``tests/features/moderation/helpers.py``.
"""

from __future__ import annotations

from contactbot.app import ContactBot
from contactbot.core.errors import HomeserverRefused
from tests.fakes import FakeGateway
from tests.features.moderation.helpers import (
    ADMIN,
    ALICE,
    ALPHA,
    BANLIST,
    BETA,
    BOT,
    CAROL,
    EVE,
    GAMMA,
    HIGH,
    MOD,
    MODS,
    audit,
    event,
    feed,
    kicks_and_bans,
    notices,
    only_flag,
    react,
    replies,
    say,
    set_name,
    start_bot,
)

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
            raise HomeserverRefused("M_FORBIDDEN", "no", 403)
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
