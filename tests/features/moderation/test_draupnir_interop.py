"""Draupnir's own policy engine applied to the rules contactbot publishes and reads.

Runs ``draupnir/evaluate.js`` on Node with ``@the-draupnir-project/matrix-protection-suite``
7.1.0 (``.ci/run`` installs it: ``npm ci`` in ``tests/features/moderation/draupnir``). Missing
modules fail these tests rather than skip them, so CI cannot pass without the check.

The published rules are the exact state events contactbot sends (recorded by the fake
homeserver, which keeps them as room state); ``tests/e2e/test_policy_interop.py`` reads them
back from a real Synapse.
"""

from __future__ import annotations

from tests.fakes import FakeGateway
from tests.features.moderation import policy_shapes as shapes
from tests.features.moderation.draupnir_engine import draupnir_bans
from tests.features.moderation.helpers import (
    ADMIN,
    BANLIST,
    BOT,
    CAROL,
    EVE,
    HIGH,
    ZED,
    all_flags,
    join,
    say,
    set_name,
    start_bot,
)


async def test_draupnir_applies_the_bans_contactbot_publishes(
    database_url: str, gateway: FakeGateway
) -> None:
    """Bans published by 🔨/``!flag ban`` are applied by Draupnir's engine to exactly the banned
    users (not to look-alikes); a ban published twice is one rule; a reverted ban is gone."""
    bot = await start_bot(database_url, gateway, **{"moderation.publish_list": BANLIST})
    try:
        await join(bot, gateway, BANLIST, levels={ADMIN: 100, BOT: 50}, members=(ADMIN,))
        await join(bot, gateway, "!zed:example.org", levels={BOT: 100}, members=(ZED,))
        await set_name(bot, EVE, HIGH)
        await set_name(bot, EVE, f"{HIGH} again")
        await set_name(bot, CAROL, HIGH)
        await set_name(bot, ZED, HIGH, room="!zed:example.org")
        flags = {(f.user_id, f.text): f for f in await all_flags(bot)}
        for key in ((EVE, HIGH), (EVE, f"{HIGH} again"), (ZED, HIGH)):
            await say(bot, gateway, f"!flag {flags[key].id} ban", sender=ADMIN)
        reply = await say(bot, gateway, f"!flag {flags[(ZED, HIGH)].id} unban", sender=ADMIN)
        assert "Policy rule (m.ban of @zed:other.org): removed." in reply["body"]

        rules = [e for e in gateway.state[BANLIST] if e["type"] == "m.policy.rule.user"]
        assert len(rules) == 2  # Eve's (published twice, one key) and Zed's (now empty)
        users = [EVE, CAROL, ZED, "@Eve:example.org", "@eve:example.org.evil", "@eve2:example.org"]
        found = draupnir_bans(BANLIST, rules, users)
        eve_rule = next(e for e in rules if e["content"])
        assert found == {
            EVE: [f"m.policy.rule.user {eve_rule['state_key']}"],
            **{user: [] for user in users if user != EVE},
        }
    finally:
        await bot.stop()


def test_draupnir_reads_the_peer_shapes_as_contactbot_does() -> None:
    """On the fixtures of Draupnir- and Meowlnir-shaped rules, Draupnir's engine bans the same
    users contactbot bans (test_policy_reading), bar the two documented differences: allow
    rules (Draupnir applies them in its protections, not in this query) and ports."""
    users = [*shapes.BANNED_BY_ALL, *shapes.BANNED_BY_NONE]
    found = draupnir_bans(shapes.LIST, shapes.RULES, users)
    assert [u for u in users if found[u]] == list(shapes.BANNED_BY_ALL)
    ported = draupnir_bans(shapes.LIST, shapes.RULES, list(shapes.PORTED))
    assert ported == {user: [] for user in shapes.PORTED}
