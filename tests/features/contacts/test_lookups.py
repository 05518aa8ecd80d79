"""Lookups outside the command's worker slot: "looking it up", one answer, limits."""

from __future__ import annotations

import asyncio

import pytest

from contactbot.core.domain.formatting import Message, message
from contactbot.core.errors import UserError
from contactbot.features.contacts.domain.settings import LookupLimits
from contactbot.features.contacts.services.lookups import LookupPool, ReplyTo
from tests.fakes import FakeGateway
from tests.features.contacts.helpers import (
    ROOM,
    SERVER_DOC,
    WellKnownSite,
    admin_room,
    feed,
    join,
    start_bot,
)
from tests.features.contacts.helpers import message as command


async def test_a_slow_lookup_says_looking_it_up_then_answers_once(
    database_url: str, gateway: FakeGateway, site: WellKnownSite
) -> None:
    """A lookup slower than answer_within (here 0 s) first gets "looking it up", then the
    answer; both reply to the command, with transaction IDs derived from its event ID. The
    command's own unit of work sends nothing and holds no fetch."""
    site.serve("example.org", SERVER_DOC)
    bot = await start_bot(database_url, gateway, site, **{"wellknown.lookups.answer_within": 0.0})
    try:
        await join(bot, gateway, state=admin_room())
        raw = command("!support example.org")
        await feed(bot, raw)
        await bot.contacts.lookups.drain()
        sent = [s for s in gateway.sent if s.room_id == ROOM and s.state_key is None]
        assert [s.txn_id for s in sent] == [
            f"cb.{raw['event_id']}.lookup.pending",
            f"cb.{raw['event_id']}.lookup.answer",
        ]
        assert (
            sent[0]
            .content["body"]
            .startswith("Looking up `https://example.org/.well-known/matrix/support`")
        )
        assert sent[1].content["body"].startswith("**Support information published by")
        for reply in sent:
            assert reply.content["m.relates_to"]["m.in_reply_to"]["event_id"] == raw["event_id"]
        # Cached now: the next ask is answered inside the command, in one reply.
        before = len(gateway.sent)
        await feed(bot, command("!support example.org"))
        assert len(gateway.sent) == before + 1
        assert site.requests == ["example.org"]
    finally:
        await bot.stop()


async def test_a_command_processed_twice_is_still_answered_once(
    database_url: str, gateway: FakeGateway, site: WellKnownSite
) -> None:
    """Deferring the same command twice (a retried event) posts each reply once: the outbox
    and the homeserver recognise the transaction IDs derived from the command."""
    bot = await start_bot(database_url, gateway, site)
    try:
        assert bot.db is not None
        pool = LookupPool(bot.db, LookupLimits(answer_within=0.0))
        target = ReplyTo(ROOM, "$cmd", "@alice:example.org", bot.outbox)

        async def work() -> Message:
            await asyncio.sleep(0.05)  # slower than answer_within
            return message("the answer")

        for _ in range(2):
            pool.admit(target.sender)
            await pool.defer(target, work, message("looking it up"))
            await pool.drain()
        bodies = [m["body"] for m in gateway.messages(ROOM)]
        assert bodies == ["looking it up", "the answer"]
    finally:
        await bot.stop()


def test_limits_refuse_with_a_reason() -> None:
    """Per-user concurrency, the per-user hourly budget and the global hourly budget each
    refuse with their own reason; a refused lookup takes nothing."""
    now = [0.0]
    pool = LookupPool(
        None,  # type: ignore[arg-type]  # admission never touches the database
        LookupLimits(per_user_concurrent=1, per_user_hourly=2, hourly=3),
        clock=lambda: now[0],
    )
    pool.admit("@a:x")
    with pytest.raises(UserError, match="lookups in progress"):
        pool.admit("@a:x")
    pool._admitted.clear()  # as if the lookup finished
    pool.admit("@a:x")
    pool._admitted.clear()
    with pytest.raises(UserError, match="You asked for many lookups"):
        pool.admit("@a:x")
    pool.admit("@b:x")
    pool._admitted.clear()
    with pytest.raises(UserError, match="I looked up many servers"):
        pool.admit("@c:x")
    now[0] += 3600.0  # budgets refill over the hour
    pool.admit("@c:x")


def test_limits_are_read_from_the_config_section() -> None:
    """wellknown.lookups keys are read with their defaults; a bad value names its key."""
    limits = LookupLimits.from_mapping({"per_user_hourly": 5, "answer_within": 0.5})
    assert (limits.per_user_hourly, limits.answer_within, limits.max_concurrent) == (5, 0.5, 8)
    with pytest.raises(Exception, match=r"wellknown\.lookups\.hourly"):
        LookupLimits.from_mapping({"hourly": "many"})
    with pytest.raises(Exception, match=r"wellknown\.lookups\.max_concurrent"):
        LookupLimits(max_concurrent=0)
