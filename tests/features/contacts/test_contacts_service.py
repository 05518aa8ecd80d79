"""Room contact tracking and the support cache, through the real bot on PostgreSQL.

Events go through the real EventRouter (and, where it matters, the real appservice API and
inbox). Support documents come from a real aiohttp server on loopback, reached only through the
``wellknown.overrides`` config, as in production.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest

from contactbot.app import ContactBot
from contactbot.core.domain.jsonsafe import MAX_DEPTH, TOO_DEEP, sanitise_json
from contactbot.core.errors import ConfigError
from contactbot.core.storage.database import Database
from contactbot.core.storage.rooms import Room
from contactbot.features.contacts.domain.assessment import Validity, json_shape
from contactbot.features.contacts.domain.contacts import STATE_TYPE, UNSTABLE_STATE_TYPE
from contactbot.features.contacts.domain.parsing import parse_room_contacts
from contactbot.features.contacts.domain.presets import load_presets
from contactbot.features.contacts.domain.records import effective_event
from contactbot.features.contacts.domain.settings import ContactSettings
from contactbot.features.contacts.services.answering import pre_v12_room_server, relevant_servers
from tests.botfactory import make_bot
from tests.fakes import FakeGateway
from tests.features.contacts.helpers import (
    ALICE,
    BOB,
    BOT,
    MSC_EXAMPLE,
    ROOM,
    WellKnownSite,
    contact_config,
    contact_event,
    event,
    feed,
    history,
    join,
    message,
    room_state,
)
from tests.testbot import AppserviceClient as Client
from tests.testbot import wait_for


@pytest.fixture
async def bot(
    database_url: str, gateway: FakeGateway, site: WellKnownSite
) -> AsyncIterator[ContactBot]:
    bot = make_bot(database_url, gateway, **contact_config(site))
    await bot.start()
    yield bot
    await bot.stop()


# -- tracking -------------------------------------------------------------------------------------


async def test_change_from_a_transaction_is_persisted_with_its_metadata(
    bot: ContactBot, gateway: FakeGateway
) -> None:
    """An m.room.contact event pushed in a real transaction is stored with its content,
    sender, event ID, origin timestamp and validation result, and becomes current."""
    await join(bot, gateway)
    raw = contact_event(MSC_EXAMPLE, BOB, ts=1_700_000_123_456, event_id="$contact1")
    async with aiohttp.ClientSession() as session:
        status, _ = await Client(bot, session).put("t-contacts", {"events": [raw]})
    assert status == 200
    for _ in range(200):
        if await history(bot):
            break
        await asyncio.sleep(0.05)
    (entry,) = await history(bot)
    assert entry.event.event_id == "$contact1"
    assert entry.event.sender == BOB
    assert entry.event.origin_server_ts == 1_700_000_123_456
    assert entry.event.content == MSC_EXAMPLE
    assert entry.event.validity == Validity.VALID
    assert entry.event.problems == ()
    assert entry.event.source == "transaction"
    current = effective_event(await bot.contacts.tracking.room_state(ROOM))
    assert current is not None and current.event_id == "$contact1"


async def test_contact_state_read_on_join_is_recorded(
    bot: ContactBot, gateway: FakeGateway
) -> None:
    """When the bot joins, the room's existing contact state (both types) is read and stored."""
    stable = contact_event(MSC_EXAMPLE, ALICE, event_id="$stable")
    unstable = event(
        UNSTABLE_STATE_TYPE, {"support_page": "https://u.example/"}, ALICE, event_id="$unstable"
    )
    await join(bot, gateway, state=room_state(extra=(stable, unstable)))
    state = await bot.contacts.tracking.room_state(ROOM)
    assert set(state.events) == {STATE_TYPE, UNSTABLE_STATE_TYPE}
    assert state.events[STATE_TYPE].source == "state"
    assert state.events[STATE_TYPE].content == MSC_EXAMPLE
    assert [h.event.event_id for h in await history(bot)] == ["$stable", "$unstable"]


async def test_most_recent_type_wins_and_an_empty_one_clears(
    bot: ContactBot, gateway: FakeGateway
) -> None:
    """Of the two types, the event seen last is in effect, whichever type it is; a later
    empty event of either type clears the room's contacts (issue 10, item 3)."""
    await join(bot, gateway)
    await feed(bot, contact_event({"contacts": [{"matrix_id": ALICE}]}))
    await feed(bot, event(UNSTABLE_STATE_TYPE, {"contacts": [{"matrix_id": BOB}]}))
    chosen = effective_event(await bot.contacts.tracking.room_state(ROOM))
    assert chosen is not None and chosen.event_type == UNSTABLE_STATE_TYPE
    await feed(bot, contact_event({"contacts": [{"matrix_id": ALICE}]}))
    chosen = effective_event(await bot.contacts.tracking.room_state(ROOM))
    assert chosen is not None and chosen.event_type == STATE_TYPE
    await feed(bot, event(UNSTABLE_STATE_TYPE, {}))
    assert effective_event(await bot.contacts.tracking.room_state(ROOM)) is None


async def test_every_change_is_kept_in_order(bot: ContactBot, gateway: FakeGateway) -> None:
    """Three successive changes give three history entries; the last one is current."""
    await join(bot, gateway)
    for index in range(3):
        content = {"contacts": [{"matrix_id": f"@u{index}:example.org"}]}
        await feed(bot, contact_event(content, event_id=f"$change{index}"))
    entries = await history(bot)
    assert [e.event.event_id for e in entries] == ["$change0", "$change1", "$change2"]
    current = effective_event(await bot.contacts.tracking.room_state(ROOM))
    assert current is not None and current.event_id == "$change2"


async def test_invalid_content_is_kept_raw_with_its_problems(
    bot: ContactBot, gateway: FakeGateway
) -> None:
    """Invalid content is stored exactly as sent, marked invalid or partial, with problems."""
    await join(bot, gateway)
    partial = {
        "contacts": [{"matrix_id": "not-a-user", "role": "m.role.admin"}, {"matrix_id": BOB}],
        "support_page": "javascript:alert(1)",
        "x-extra": {"kept": True},
    }
    invalid = {"contacts": "everyone", "support_page": 42}
    await feed(bot, contact_event(partial, event_id="$partial"))
    await feed(bot, contact_event(invalid, event_id="$invalid"))
    first, second = await history(bot)
    assert first.event.content == partial
    assert first.event.validity == Validity.PARTIAL
    assert any("not-a-user" in p for p in first.event.problems)
    assert any("javascript:alert(1)" in p for p in first.event.problems)
    assert second.event.content == invalid
    assert second.event.validity == Validity.INVALID
    assert len(second.event.problems) >= 2


async def test_replayed_events_are_recorded_once(bot: ContactBot, gateway: FakeGateway) -> None:
    """The same event delivered twice, and again in the state read on a re-join, is one
    history entry."""
    raw = contact_event(MSC_EXAMPLE, event_id="$once")
    await join(bot, gateway)
    await feed(bot, raw)
    await feed(bot, raw)
    await join(bot, gateway, state=room_state(extra=(raw,)))
    assert [h.event.event_id for h in await history(bot)] == ["$once"]


async def test_events_queued_before_the_join_do_not_undo_the_state_it_read(
    bot: ContactBot, gateway: FakeGateway
) -> None:
    """Events B then C sent while the join waited in the inbox: the join reads C from the room
    state; B, processed afterwards, is recorded, and C's own delivery puts C back in effect
    (delivery order is room order). A later event applies normally."""
    event_b = contact_event({"contacts": [{"matrix_id": ALICE}]}, event_id="$B")
    event_c = contact_event({"contacts": [{"matrix_id": BOB}]}, event_id="$C")
    await join(bot, gateway, state=room_state(extra=(event_c,)))
    await feed(bot, event_b)
    await feed(bot, event_c)
    current = effective_event(await bot.contacts.tracking.room_state(ROOM))
    assert current is not None and current.event_id == "$C"
    assert [h.event.event_id for h in await history(bot)] == ["$C", "$B"]
    await feed(bot, contact_event({}, event_id="$D"))
    assert effective_event(await bot.contacts.tracking.room_state(ROOM)) is None


async def test_echo_of_the_bots_own_write_puts_it_back_in_effect(
    bot: ContactBot, gateway: FakeGateway
) -> None:
    """The bot records what it sends at once; an event that raced it (sent just before, so
    delivered before the echo) is recorded, then the echo puts the bot's event back."""
    gateway.state[ROOM] = room_state(users={ALICE: 100, BOT: 50})
    gateway.members[ROOM] = {BOT: "Contact bot", ALICE: "Alice"}
    await feed(bot, event("m.room.member", {"membership": "join"}, BOT, state_key=BOT))
    await bot.contacts.editing.set_page(ROOM, ALICE, "https://example.org/p")
    ours = effective_event(await bot.contacts.tracking.room_state(ROOM))
    assert ours is not None and ours.source == "bot"
    await feed(bot, contact_event({"contacts": [{"matrix_id": BOB}]}, event_id="$raced"))
    echo = contact_event(ours.content, BOT, event_id=ours.event_id)
    await feed(bot, echo)
    current = effective_event(await bot.contacts.tracking.room_state(ROOM))
    assert current is not None and current.event_id == ours.event_id


async def test_state_key_other_than_empty_is_ignored(
    bot: ContactBot, gateway: FakeGateway
) -> None:
    """MSC4489 uses the state key "" only; other state keys are not contact state."""
    await join(bot, gateway)
    await feed(bot, contact_event(MSC_EXAMPLE, state_key="other"))
    assert await history(bot) == []


def hostile_contents() -> list[Any]:
    deep: Any = "bottom"
    for _ in range(900):
        deep = [deep]
    wide_object: dict[str, Any] = {f"k{i}": i for i in range(5000)}
    return [
        {"contacts": [{"matrix_id": f"@u{i}:example.org"} for i in range(20_000)]},
        {"contacts": [{"matrix_id": deep, "email_address": deep}], "support_page": deep},
        {"contacts": [None, 1, "x", [], {"role": {"nested": True}}], "support_page": []},
        {"contacts": [{"matrix_id": "@a\x00b:example.org", "role": "m.role.admin\ud800"}]},
        {
            "contacts": [{"email_address": "a\u202eb@example.org", "role": "m.\u202erole"}],
            "support_page": "https://example.org/\u202egnp.exe",
        },
        {
            "contacts": [{"matrix_id": "@a:example.org", "role": "x" * 100_000}],
            "support_page": "https://" + "a" * 5000 + ".example/",
        },
        {"support_via": {"server": "matrix.org"}, "contacts": {}},
        {"contacts": [{"matrix_id": "@a:example.org", "role": "m.role.admin"}] * 500},
        {"contacts": [{"matrix_id": float("nan"), "email_address": 10**400}]},
        wide_object,
    ]


async def test_hostile_content_never_breaks_processing(
    bot: ContactBot, gateway: FakeGateway
) -> None:
    """Huge arrays, deep nesting, wrong types, NUL and lone surrogates, bidi overrides, huge
    strings and non-finite numbers are all recorded (bounded, storable), never raise, and the
    room's !contact and problems report still work."""
    await join(bot, gateway)
    for index, content in enumerate(hostile_contents()):
        await feed(bot, contact_event(content, event_id=f"$hostile{index}"))
    entries = await history(bot)
    assert len(entries) == len(hostile_contents())
    assert all(e.event.validity in (Validity.INVALID, Validity.PARTIAL) for e in entries[:-1])
    deep_entry = entries[1]
    assert json_shape(deep_entry.event.content)[1] <= MAX_DEPTH
    assert any("nested too deeply" in p for p in deep_entry.event.problems)
    assert any("NUL" in p for p in entries[3].event.problems)
    report = await bot.contacts.reports.problems(ROOM, ALICE)
    assert report.events and report.recent
    answer = await bot.contacts.answers.lookup(ROOM)
    assert answer.room_event is not None


async def test_hostile_events_through_the_appservice_api_are_processed(
    bot: ContactBot, gateway: FakeGateway
) -> None:
    """Hostile contact events sent in a real transaction are stored by the inbox and processed
    (none is left failing), and the bot still answers !contact afterwards."""
    await join(bot, gateway)
    events = [contact_event(c) for c in hostile_contents()[:7]]
    events.append(message("!contact"))
    async with aiohttp.ClientSession() as session:
        # One transaction each, so each hostile event is accepted on its own.
        for index, raw in enumerate(events):
            status, _ = await Client(bot, session).put(f"t-hostile{index}", {"events": [raw]})
            assert status == 200
    await wait_for(lambda: len(gateway.messages(ROOM)) == 1, timeout=20)
    # The reply is sent inside the batch's transaction, just before it commits.
    for _ in range(200):
        counts = await bot.inbox.refresh_depth()
        if not counts.get("pending"):
            break
        await asyncio.sleep(0.02)
    assert len(await history(bot)) == 7
    assert counts.get("failed", 0) == 0
    assert counts.get("pending", 0) == 0


# -- support cache ----------------------------------------------------------------------------


async def test_support_answers_are_cached_in_postgresql_across_restarts(
    database_url: str, gateway: FakeGateway, site: WellKnownSite
) -> None:
    """A support document fetched once is served from PostgreSQL after a restart: the
    well-known server sees one request in all."""
    site.serve(
        "support.test", {"contacts": [{"email_address": "a@support.test", "role": "m.role.admin"}]}
    )
    for _ in range(2):
        bot = make_bot(database_url, gateway, **contact_config(site))
        await bot.start()
        try:
            result = await bot.contacts.answers.support("support.test")
            again = await bot.contacts.answers.support("SUPPORT.test")
        finally:
            await bot.stop()
        assert result.status == again.status == "ok"
        assert result.info is not None and result.info.contacts[0].email_address
    assert site.requests == ["support.test"]


async def test_failures_are_cached_too(bot: ContactBot, site: WellKnownSite) -> None:
    """A 404 is remembered (for an hour): asking again does not refetch."""
    first = await bot.contacts.answers.support("other.org")
    second = await bot.contacts.answers.support("other.org")
    assert first.status == second.status == "not_found"
    assert site.requests == ["other.org"]


# -- pure helpers -------------------------------------------------------------------------------


def make_room(room_id: str, version: str | None, creator: str | None) -> Room:
    return Room(room_id, "joined", version, creator, (), None, None)


def test_relevant_servers_for_a_v10_room() -> None:
    """Before v12: support_via first, then the creator's server, then the room ID's server."""
    info = parse_room_contacts({"support_via": "via.test"})
    room = make_room("!abc:rooms.example", "10", "@c:creator.example")
    assert relevant_servers(room.room_id, room, info) == [
        ("via.test", "support_via"),
        ("creator.example", "creator"),
        ("rooms.example", "room ID"),
    ]


def test_room_id_is_never_parsed_for_v12_or_unknown_versions() -> None:
    """v12 and later, unknown and non-numeric versions: only the creator's server counts."""
    for version in ("12", "13", "org.matrix.hydra.11", None, "custom.version"):
        room = make_room("!opaque:looks.like.a.server", version, "@c:creator.example")
        assert relevant_servers(room.room_id, room, None) == [("creator.example", "creator")]
        assert pre_v12_room_server(room.room_id, version) is None


def test_same_server_is_asked_once() -> None:
    """When creator and room ID share a server, it appears once."""
    room = make_room("!abc:example.org", "11", ALICE)
    assert relevant_servers(room.room_id, room, None) == [("example.org", "creator")]


def test_storable_json_bounds_depth_and_cleans_strings() -> None:
    """Deep values are cut at MAX_DEPTH; NUL, surrogates and NaN are replaced."""
    deep: Any = 1
    for _ in range(200):
        deep = {"a": deep}
    stored = sanitise_json({"deep": deep, "s": "a\x00\ud800", "n": float("inf")})
    assert stored.truncated and stored.replaced
    assert stored.value["s"] == "a\ufffd\ufffd"
    assert stored.value["n"] == "inf"
    assert TOO_DEEP in json.dumps(stored.value, ensure_ascii=False)
    assert json_shape(stored.value)[1] == MAX_DEPTH


def test_presets_are_validated_at_start() -> None:
    """A preset must be a usable, problem-free contact set with a plain name."""
    good = load_presets({"org-default": MSC_EXAMPLE})
    assert good["org-default"].info.contacts
    for section, key in (
        ({"bad name!": MSC_EXAMPLE}, "contact_presets.bad name!"),
        ({"empty": {}}, "contact_presets.empty"),
        ({"js": {"support_page": "javascript:alert(1)"}}, "contact_presets.js"),
        ({"noid": {"contacts": [{"role": "m.role.admin"}]}}, "contact_presets.noid"),
    ):
        with pytest.raises(ConfigError) as err:
            load_presets(section)
        assert err.value.key == key


def test_settings_need_one_type_to_write() -> None:
    """Writing neither the stable nor the unstable type is a config error."""
    with pytest.raises(ConfigError):
        ContactSettings(write_stable=False, write_unstable=False)
    assert ContactSettings(write_stable=False).write_types == (UNSTABLE_STATE_TYPE,)
    assert ContactSettings(write_stable=True).write_types == (STATE_TYPE, UNSTABLE_STATE_TYPE)


def test_only_the_unstable_type_is_written_by_default() -> None:
    """MSC4489 is open: by default the bot writes net.codestorm.msc4489.contact only."""
    assert ContactSettings().write_types == (UNSTABLE_STATE_TYPE,)


async def test_contact_view_reads_the_room_as_the_room_repository_does(db: Database) -> None:
    """The one-query !contact view and RoomRepository agree on a room: an empty power-levels
    event stays ``{}`` (state needs 50) and is not mistaken for "no event" (state needs 0)."""
    from contactbot.core.storage.rooms import RoomRepository
    from contactbot.features.contacts.storage.contacts import ContactRepository

    async with db.transaction() as session:
        rooms = RoomRepository(session)
        await rooms.upsert("!empty:example.org", room_version="10", power_levels={})
        await rooms.upsert("!none:example.org", room_version="10", power_levels=None)
        for room_id in ("!empty:example.org", "!none:example.org"):
            view = await ContactRepository(session).view(room_id)
            assert view.room == await rooms.get(room_id)
        view = await ContactRepository(session).view("!empty:example.org")
        assert view.room is not None and view.room.power_levels == {}
