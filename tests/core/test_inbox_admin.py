"""``!inbox`` for bot admins: counts, the parked list, and requeueing with clear refusals."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from contactbot.app import ContactBot
from tests.botfactory import make_bot
from tests.fakes import FakeGateway
from tests.testbot import join, say

ADMIN = "@admin:example.org"


@pytest.fixture
async def bot(database_url: str, gateway: FakeGateway) -> AsyncIterator[ContactBot]:
    bot = make_bot(database_url, gateway)
    await bot.start()
    await join(bot, gateway, members={ADMIN: "Admin"})
    yield bot
    await bot.stop()


async def test_summary_counts_events_and_effects_by_status(
    bot: ContactBot, gateway: FakeGateway
) -> None:
    """``!inbox`` names the inbox's and the outbox's counts by status (the reply to a first
    command is a sent effect by the time the second asks)."""
    await say(bot, gateway, "!help", sender=ADMIN)
    reply = await say(bot, gateway, "!inbox", sender=ADMIN)
    assert reply["body"].startswith("Inbox events: ")
    assert "Outbox effects: " in reply["body"] and "sent" in reply["body"]


async def test_nothing_parked_is_said_plainly(bot: ContactBot, gateway: FakeGateway) -> None:
    """With no parked event or refused effect, ``!inbox failed`` says so."""
    reply = await say(bot, gateway, "!inbox failed", sender=ADMIN)
    assert reply["body"] == "Nothing is parked."


async def test_retry_all_requeues_and_counts(bot: ContactBot, gateway: FakeGateway) -> None:
    """``!inbox retry all`` answers how many parked events went back to the queue."""
    reply = await say(bot, gateway, "!inbox retry all", sender=ADMIN)
    assert reply["body"] == "Requeued 0 parked events."


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("!inbox retry", "Name the parked events to requeue by their numbers, or say all."),
        ("!inbox retry 12 x", "Name the parked events to requeue by their numbers, or say all."),
        ("!inbox retry ١٢", "Name the parked events to requeue by their numbers, or say all."),
        ("!inbox flush", "Usage: !inbox [failed | retry <id>… | retry all]"),
    ],
    ids=["no-ids", "not-a-number", "non-ascii-digits", "unknown-action"],
)
async def test_bad_arguments_are_refused_with_what_to_type(
    bot: ContactBot, gateway: FakeGateway, body: str, expected: str
) -> None:
    """A retry without numbers (or with anything but ASCII digits) and unknown actions are
    refused with the form the command takes, and requeue nothing."""
    reply = await say(bot, gateway, body, sender=ADMIN)
    assert reply["body"] == expected
