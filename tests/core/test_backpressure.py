"""Back-pressure: a deep backlog makes the bot answer transactions later, never refuse them."""

from __future__ import annotations

import time

import aiohttp

from contactbot.app import ContactBot
from tests.botfactory import make_bot
from tests.fakes import FakeGateway
from tests.testbot import AppserviceClient, text


def held_back(bot: ContactBot) -> float:
    return bot.metrics.transactions.labels("held_back")._value.get()  # type: ignore[no-any-return]


async def timed_put(client: AppserviceClient, txn_id: str, commands: int) -> float:
    events = [text(f"!help {i}") for i in range(commands)]
    start = time.perf_counter()
    status, _ = await client.put(txn_id, {"events": events})
    assert status == 200
    return time.perf_counter() - start


async def test_answers_are_held_back_once_the_backlog_passes_the_limit(
    database_url: str, gateway: FakeGateway
) -> None:
    """Below ``inbox.backpressure_pending`` answers come at once; above it each is held back
    (0.1 s at the limit, more as the backlog grows), and every event is still stored."""
    bot = make_bot(database_url, gateway, **{"inbox.backpressure_pending": 20})
    await bot.start()
    assert bot.worker is not None
    await bot.worker.stop()  # nothing is processed: the backlog only grows
    try:
        async with aiohttp.ClientSession() as session:
            client = AppserviceClient(bot, session)
            await timed_put(client, "t0", 10)
            assert held_back(bot) == 0
            # The backlog is counted at most once a second.
            time.sleep(1.05)
            assert await timed_put(client, "t1", 30) >= 0.2  # 40 pending: 0.1 s x 40/20
            time.sleep(1.05)
            assert await timed_put(client, "t2", 10) >= 0.25  # 50 pending
            assert held_back(bot) == 2
        counts = await bot.inbox.refresh_depth()
        assert counts.get("pending") == 50
    finally:
        await bot.stop()


async def test_chatter_is_never_held_back(database_url: str, gateway: FakeGateway) -> None:
    """Transactions that queue nothing for the worker are answered at once, whatever the
    backlog: holding them back would slow the homeserver without shrinking the backlog."""
    bot = make_bot(database_url, gateway, **{"inbox.backpressure_pending": 5})
    await bot.start()
    assert bot.worker is not None
    await bot.worker.stop()
    try:
        async with aiohttp.ClientSession() as session:
            client = AppserviceClient(bot, session)
            await timed_put(client, "t0", 50)
            time.sleep(1.05)
            assert held_back(bot) == 1
            events = {"events": [text(f"just talking {i}") for i in range(20)]}
            assert (await client.put("t1", events))[0] == 200
            assert held_back(bot) == 1
    finally:
        await bot.stop()
