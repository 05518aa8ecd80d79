"""Reading policy lists the way Draupnir and Meowlnir publish them (``policy_shapes.py``),
and forgetting a list the bot leaves.

Set-up and rooms: ``tests/features/moderation/helpers.py``.
"""

from __future__ import annotations

from typing import Any

from contactbot.features.moderation.domain.policy import glob_matches, server_name
from tests.fakes import FakeGateway
from tests.features.moderation import policy_shapes as shapes
from tests.features.moderation.helpers import (
    ALICE,
    BOT,
    event,
    feature,
    feed,
    join,
    start_bot,
)


async def test_rules_in_the_peers_shapes_ban_the_same_users(
    database_url: str, gateway: FakeGateway
) -> None:
    """Literal, glob, MSC4205-hashed (stable and unstable), server, takedown and legacy-type
    rules ban exactly the users the peers ban; allow and unban rules exempt; server bans match
    a server name without its port; brackets are literal and case matters."""
    bot = await start_bot(database_url, gateway, **{"moderation.policy_lists": [shapes.LIST]})
    try:
        await join(
            bot,
            gateway,
            shapes.LIST,
            levels={ALICE: 100},
            members=(ALICE,),
            extra=tuple(shapes.RULES),
        )
        policy = feature(bot).policy
        for user in (*shapes.BANNED_BY_ALL, *shapes.PORTED):
            assert await policy.matches(user), user
        for user in (*shapes.BANNED_BY_NONE, *shapes.EXEMPT):
            assert await policy.matches(user) == [], user
        (hashed,) = await policy.matches("@hidden:example.org")
        assert hashed["entity"] == f"sha256:{shapes.b64sha('@hidden:example.org')}"
    finally:
        await bot.stop()


async def test_rules_of_a_list_the_bot_leaves_are_dropped(
    database_url: str, gateway: FakeGateway
) -> None:
    """When the bot leaves (or is removed from) a list, its cached rules stop applying; another
    user leaving changes nothing."""
    bot = await start_bot(database_url, gateway, **{"moderation.policy_lists": [shapes.LIST]})
    try:
        await join(
            bot,
            gateway,
            shapes.LIST,
            levels={ALICE: 100},
            members=(ALICE,),
            extra=tuple(shapes.RULES),
        )
        policy = feature(bot).policy

        def leave(user: str, sender: str) -> dict[str, Any]:
            return event(
                "m.room.member", {"membership": "leave"}, sender, room=shapes.LIST, state_key=user
            )

        await feed(bot, leave(ALICE, ALICE))
        assert await policy.matches("@eve:example.org")
        await feed(bot, leave(BOT, ALICE))
        assert await policy.matches("@eve:example.org") == []
    finally:
        await bot.stop()


def test_globs_know_only_star_and_question_mark() -> None:
    """``*`` and ``?`` are the only special characters; the match is whole and case-sensitive."""
    assert glob_matches("@spam*:example.org", "@spam:example.org")
    assert glob_matches("@spa?:example.org", "@spam:example.org")
    assert not glob_matches("@spa?:example.org", "@spa:example.org")
    assert not glob_matches("@[ab]c:example.org", "@ac:example.org")
    assert glob_matches("@[ab]c*", "@[ab]cd")
    assert not glob_matches("*.bad.org", "bad.org.example")
    assert not glob_matches("@Eve:example.org", "@eve:example.org")


def test_server_names_lose_their_port() -> None:
    """The server name of a user ID, without a port, and IPv6 literals kept whole."""
    assert server_name("@a:example.org") == "example.org"
    assert server_name("@a:example.org:8448") == "example.org"
    assert server_name("@a:[2001:db8::1]:8448") == "[2001:db8::1]"
    assert server_name("@a:[2001:db8::1]") == "[2001:db8::1]"
    assert server_name("not-a-user") is None
