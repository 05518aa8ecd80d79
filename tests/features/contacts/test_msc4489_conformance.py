"""Issue 10 through the real bot on PostgreSQL: redactions, support_via's namespaced key,
never an empty contacts array, and the problems report on a stable/unstable disagreement."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest

from contactbot.app import ContactBot
from contactbot.features.contacts.domain.assessment import Validity
from contactbot.features.contacts.domain.contacts import STATE_TYPE, UNSTABLE_STATE_TYPE
from contactbot.features.contacts.domain.records import effective_event
from tests.fakes import FakeGateway
from tests.features.contacts.helpers import (
    ALICE,
    BOB,
    ROOM,
    WellKnownSite,
    admin_room,
    event,
    feed,
    join,
    say,
    start_bot,
    state_writes,
)

PHISHING = {"support_page": "https://evil.example/login"}


@pytest.fixture
async def bot(
    database_url: str, gateway: FakeGateway, site: WellKnownSite
) -> AsyncIterator[ContactBot]:
    bot = await start_bot(database_url, gateway, site)
    yield bot
    await bot.stop()


def redaction(redacts: str, sender: str = ALICE, event_id: str = "$redaction") -> dict[str, Any]:
    return event(
        "m.room.redaction", {"redacts": redacts}, sender, state_key=None, event_id=event_id
    )


async def test_redacted_contact_event_stops_counting_and_history_keeps_the_redaction(
    bot: ContactBot, gateway: FakeGateway
) -> None:
    """After a redaction in a transaction the phishing page is gone from !contact at once, and
    !contact history shows who redacted which event."""
    await join(bot, gateway, state=admin_room())
    await feed(bot, event(UNSTABLE_STATE_TYPE, PHISHING, BOB, event_id="$phish"))
    assert "evil.example" in (await say(bot, gateway, "!contact"))["body"]
    await feed(bot, redaction("$phish"))
    assert effective_event(await bot.contacts.tracking.room_state(ROOM)) is None
    assert "evil.example" not in (await say(bot, gateway, "!contact"))["body"]
    history = (await say(bot, gateway, "!contact history"))["body"]
    assert "redacted `$phish`" in history and "$redaction" in history


async def test_redaction_lets_the_other_type_apply_and_a_replay_does_not_undo_it(
    bot: ContactBot, gateway: FakeGateway
) -> None:
    """A redacted event does not count, so the other type's contacts apply; the redacted
    event delivered again (or re-read from state, redacted) does not bring its content back."""
    await join(bot, gateway, state=admin_room())
    await feed(bot, event(STATE_TYPE, {"support_page": "https://good.example/"}, event_id="$ok"))
    raw = event(UNSTABLE_STATE_TYPE, PHISHING, BOB, event_id="$phish")
    await feed(bot, raw)
    await feed(bot, redaction("$phish"))
    await feed(bot, redaction("$phish"))  # replayed transaction
    await feed(bot, raw)  # replayed event
    current = effective_event(await bot.contacts.tracking.room_state(ROOM))
    assert current is not None and current.event_id == "$ok"
    state_read = {**raw, "content": {}, "unsigned": {"redacted_because": {"type": "x"}}}
    await feed(bot, {**state_read})
    state = await bot.contacts.tracking.room_state(ROOM)
    assert state.events[UNSTABLE_STATE_TYPE].validity is Validity.REDACTED
    entries = await bot.contacts.tracking.history(ROOM, 10)
    assert [e.redacts for e in entries].count("$phish") == 1


async def test_redaction_of_an_unknown_or_non_contact_event_is_ignored(
    bot: ContactBot, gateway: FakeGateway
) -> None:
    """Redactions of messages or unknown events leave the contact history alone."""
    await join(bot, gateway, state=admin_room())
    await feed(bot, redaction("$unknown"))
    assert await bot.contacts.tracking.history(ROOM, 10) == []


async def test_support_via_is_written_namespaced_and_the_old_key_is_migrated(
    bot: ContactBot, gateway: FakeGateway
) -> None:
    """The old bare support_via is still read; the next edit moves it to the namespaced key."""
    await join(bot, gateway, state=admin_room())
    await feed(bot, event(UNSTABLE_STATE_TYPE, {"support_via": "via.test"}, event_id="$old"))
    state = await bot.contacts.tracking.room_state(ROOM)
    assert bot.contacts.tracking.parsed(state.events[UNSTABLE_STATE_TYPE]).support_via == (
        "via.test"
    )
    await say(bot, gateway, "!contact page https://example.org/help", ALICE)
    written = state_writes(gateway)[-1][1]
    assert written == {
        "org.contactbot.support_via": "via.test",
        "support_page": "https://example.org/help",
    }


async def test_removing_the_last_contact_never_writes_an_empty_array(
    bot: ContactBot, gateway: FakeGateway
) -> None:
    """Removing the only contact drops the contacts key; the bot's own write is not invalid."""
    await join(bot, gateway, state=admin_room())
    await say(bot, gateway, f"!contact add admin {BOB}", ALICE)
    await say(bot, gateway, "!contact page https://example.org/help", ALICE)
    await say(bot, gateway, f"!contact remove {BOB}", ALICE)
    assert state_writes(gateway)[-1][1] == {"support_page": "https://example.org/help"}
    await say(bot, gateway, "!contact page none", ALICE)
    assert state_writes(gateway)[-1][1] == {}
    entries = await bot.contacts.tracking.history(ROOM, 10)
    assert all(e.event.validity is not Validity.INVALID for e in entries)


async def test_problems_explains_a_stable_unstable_disagreement(
    bot: ContactBot, gateway: FakeGateway
) -> None:
    """When the two types list different contacts, !contact problems says which one is in
    effect and why."""
    await join(bot, gateway, state=admin_room())
    await feed(bot, event(STATE_TYPE, {"support_page": "https://a.example/"}))
    await feed(bot, event(UNSTABLE_STATE_TYPE, {"support_page": "https://b.example/"}))
    body = (await say(bot, gateway, "!contact problems", ALICE))["body"]
    assert (
        f"The two types disagree: {UNSTABLE_STATE_TYPE} is in effect because it is the more "
        "recent" in body
    )
    assert "(not in effect: the other type is more recent)" in body
