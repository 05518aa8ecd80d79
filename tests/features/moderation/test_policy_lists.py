"""Policy lists: reading subscribed lists' rules and publishing bans.

Set-up and rooms: ``tests/features/moderation/helpers.py``.
"""

from __future__ import annotations

import base64
import hashlib
from typing import Any

from tests.fakes import FakeGateway
from tests.features.moderation.helpers import (
    ADMIN,
    ALICE,
    ALPHA,
    BANLIST,
    BOT,
    CAROL,
    EVE,
    HIGH,
    LIST,
    MEDIUM,
    MOD,
    MODS,
    all_flags,
    audit,
    event,
    feed,
    flagging,
    join,
    notices,
    react,
    replies,
    say,
    set_name,
    start_bot,
)

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

        moderation = flagging(bot)
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
            # Draupnir's and Meowlnir's key: padded base64 SHA-256 of entity + recommendation.
            base64.b64encode(hashlib.sha256(f"{EVE}m.ban".encode()).digest()).decode(),
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


async def test_publishing_reuses_an_existing_rules_key_and_the_configured_reason(
    database_url: str, gateway: FakeGateway
) -> None:
    """A list that already bans the user under another state key (here the old ``rule:``
    form) gets that rule replaced, not a second one beside it; ``moderation.publish_reason``
    replaces the ban's reason on the list only."""
    bot = await start_bot(
        database_url,
        gateway,
        **{"moderation.publish_list": BANLIST, "moderation.publish_reason": "abusive profile"},
    )
    try:
        old = event(
            "m.policy.rule.user",
            {"entity": EVE, "recommendation": "m.ban", "reason": "old"},
            ADMIN,
            room=BANLIST,
            state_key=f"rule:{EVE}",
        )
        await join(
            bot, gateway, BANLIST, levels={ADMIN: 100, BOT: 50}, members=(ADMIN,), extra=(old,)
        )
        await set_name(bot, EVE, HIGH)
        flag = (await all_flags(bot))[0]
        await react(bot, flag, "🔨", sender=ADMIN)
        (published,) = [s for s in gateway.sent if s.state_key is not None]
        assert published.state_key == f"rule:{EVE}"
        assert published.content["reason"] == "abusive profile"
        assert ("ban", ALPHA, EVE, f"Offensive display name (contactbot flag #{flag.id})") in (
            gateway.calls
        )
    finally:
        await bot.stop()


async def test_reverting_a_ban_removes_its_policy_rule(
    database_url: str, gateway: FakeGateway
) -> None:
    """``!flag <id> unban`` blanks the published rule under its state key, dismisses the flag
    and audits both; a flag that was never acted on has no ban to revert."""
    bot = await start_bot(database_url, gateway, **{"moderation.publish_list": BANLIST})
    try:
        await join(bot, gateway, BANLIST, levels={ADMIN: 100, BOT: 50}, members=(ADMIN,))
        await set_name(bot, EVE, HIGH)
        await set_name(bot, CAROL, HIGH)
        eve_flag, carol_flag = sorted(await all_flags(bot), key=lambda f: f.user_id != EVE)
        await say(bot, gateway, f"!flag {eve_flag.id} ban", sender=ADMIN)
        reply = await say(bot, gateway, f"!flag {eve_flag.id} unban", sender=ADMIN)
        ban, removal = [s for s in gateway.sent if s.state_key is not None]
        assert (removal.state_key, removal.content) == (ban.state_key, {})
        assert "Policy rule (m.ban of @eve:example.org): removed." in reply["body"]
        assert "Room bans stay" in reply["body"]
        states = {f.id: f.state for f in await all_flags(bot)}
        assert states[eve_flag.id] == "dismissed"
        actions = [(e.action, e.detail.get("result")) for e in await audit(bot, eve_flag.id)]
        assert actions[-2:] == [("unpublish", "removed"), ("unban", None)]
        refused = await say(bot, gateway, f"!flag {carol_flag.id} unban", sender=ADMIN)
        assert refused["body"] == f"Flag #{carol_flag.id} is open: there is no ban to revert."
    finally:
        await bot.stop()
