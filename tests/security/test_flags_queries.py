"""Finding 7 of issue 15: ``!flags`` ran one query per room × flagged user (200 rooms and 100
flagged users made ``!flags all`` take 7.3 s). Now a constant number, measured here."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event as sa_event

from contactbot.app import ContactBot
from tests.fakes import FakeGateway
from tests.features.moderation.helpers import BOT, HIGH, MOD, flagging, join, say


@contextmanager
def counting_queries(bot: ContactBot) -> Iterator[list[str]]:
    """Every SQL statement run meanwhile by the current task (the command's processing), not
    by the bot's background loops (outbox, notice retries, status polling)."""
    assert bot.db is not None
    engine = bot.db.engine.sync_engine
    statements: list[str] = []
    task = asyncio.current_task()

    def record(*args: Any) -> None:
        if asyncio.current_task() is task:
            statements.append(str(args[2]))

    sa_event.listen(engine, "before_cursor_execute", record)
    try:
        yield statements
    finally:
        sa_event.remove(engine, "before_cursor_execute", record)


async def add_moderated_rooms(
    bot: ContactBot, gateway: FakeGateway, first: int, last: int
) -> None:
    """Rooms Mod moderates, each with two more members, one of them flagged."""
    for i in range(first, last):
        flagged, other = f"@flagged{i}:example.org", f"@other{i}:example.org"
        room = f"!room{i}:example.org"
        await join(bot, gateway, room, levels={MOD: 50, BOT: 100}, members=(MOD, flagged, other))
        await flagging(bot).check(flagged, "displayname", HIGH)


async def flags_queries(bot: ContactBot, gateway: FakeGateway) -> int:
    """Queries of the command itself; the outbox's delivery of the reply (a fixed few per
    message) is not the command's."""
    with counting_queries(bot) as statements:
        reply = await say(bot, gateway, "!flags all")
    assert "flagged" in reply["body"]
    return len([s for s in statements if "outbox_effect" not in s and "advisory" not in s])


async def test_flags_runs_a_constant_number_of_queries(
    bot: ContactBot, gateway: FakeGateway
) -> None:
    """A room moderator's ``!flags all`` costs as many queries with 3 rooms and 3 flagged
    users as with 40 and 40, and few in all."""
    await add_moderated_rooms(bot, gateway, 0, 3)
    small = await flags_queries(bot, gateway)
    await add_moderated_rooms(bot, gateway, 3, 40)
    large = await flags_queries(bot, gateway)
    assert large == small
    assert small <= 12, small
