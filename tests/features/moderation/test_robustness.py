"""Notices committed early and retried, metrics, settings, start-up and the off switch.

Set-up and rooms: ``tests/features/moderation/helpers.py``.
"""

from __future__ import annotations

import asyncio
import contextvars
from typing import Any

import pytest

from contactbot.app import ContactBot
from contactbot.core.domain.events import RoomEvent
from contactbot.core.errors import ConfigError
from contactbot.features.moderation.settings import ModerationSettings
from tests.botfactory import make_bot
from tests.fakes import FakeGateway
from tests.features.moderation.helpers import (
    ADMIN,
    ALPHA,
    EVE,
    HIGH,
    MOD,
    all_flags,
    event,
    flagging,
    join_rooms,
    moderation_config,
    notice_service,
    notices,
    only_flag,
    react,
    reviewing,
    say,
    set_name,
)

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
    moderation = flagging(bot)
    gateway.fail_sends = 1
    assert (await moderation.check(EVE, "displayname", HIGH)).outcome == "flagged"
    flag = await only_flag(bot)
    assert flag.notice_event_id is None and notices(gateway) == []
    assert "notice not sent yet" in (await say(bot, gateway, "!flags"))["body"]
    assert await notice_service(bot).retry_notices() == 1
    assert await notice_service(bot).retry_notices() == 0
    assert len(notices(gateway)) == 1
    assert (await only_flag(bot)).notice_event_id is not None


async def test_failed_notice_is_sent_when_the_text_is_seen_again(
    bot: ContactBot, gateway: FakeGateway
) -> None:
    """A flag whose notice failed gets it the next time the same text is seen, still once."""
    moderation = flagging(bot)
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
    await reviewing(bot).review(flag.id, MOD, "confirm")
    await reviewing(bot).review(flag.id, MOD, "confirm")
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
