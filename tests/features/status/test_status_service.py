"""Profile-status history on PostgreSQL: change detection, value shapes, retention, tracking,
and the ``!status`` commands with their access and privacy rules.

Service tests drive a ``StatusService`` directly with a controllable clock; tracking and command
tests run the real bot (router, registry, inbox units of work) against the recording
FakeGateway, whose ``profiles`` stand in for the homeserver's profile API.
"""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from contactbot.app import ContactBot
from contactbot.core.storage.database import Database
from contactbot.features.status.services.scheduler import ProfileScheduler
from contactbot.features.status.services.status import StatusChange, StatusService, StatusSettings
from contactbot.features.status.services.sync import ProfileUpdate
from contactbot.features.status.storage.status import StatusRepository
from tests.botfactory import make_bot
from tests.fakes import FakeGateway
from tests.testbot import event, feed

BOT = "@contactbot:example.org"
WATCHER = "@contactbot_watcher:example.org"
ADMIN = "@admin:example.org"
ALICE = "@alice:example.org"
MOD = "@mod:example.org"
EVE = "@eve:remote.test"
CAROL = "@carol:example.org"
ROOM = "!public:example.org"
OTHER = "!other:example.org"
DM = "!dm:example.org"
MODS = "!mods:example.org"

_ids = itertools.count(1)


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


def status_of(bot: ContactBot) -> StatusService:
    """The bot's status service (these tests run with status history on)."""
    assert bot.status is not None
    return bot.status


def is_own(user_id: str) -> bool:
    return user_id == BOT or user_id.startswith("@contactbot_")


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def service(db: Database, clock: Clock) -> StatusService:
    return StatusService(
        db,
        ProfileScheduler(),
        StatusSettings(retention_days=30),
        is_own_user=is_own,
        now=clock,
    )


def status(text: str, emoji: str = "🌴") -> dict[str, Any]:
    return {"text": text, "emoji": emoji}


async def rows(service: StatusService, user: str = ALICE) -> list[Any]:
    """History of ``user``, oldest first."""
    return list(reversed(await service.history(user, 1000)))


async def row_count(db: Database, user: str = ALICE) -> int:
    async with db.transaction() as session:
        return await StatusRepository(session).count(user)


# -- change detection -----------------------------------------------------------------------------


async def test_first_observation_records_what_is_set_and_unchanged_polls_write_nothing(
    service: StatusService, db: Database
) -> None:
    """The first poll records one row per field that holds something; polling the same profile
    again, even with its keys in another order, writes no row at all."""
    profile = {"displayname": "Alice", "m.status": status("On holiday"), "avatar_url": "mxc://x"}
    first = await service.observe_profile(ALICE, profile)
    assert [(c.field, c.via) for c in first] == [("displayname", "poll"), ("status", "poll")]
    reordered = {"m.status": {"emoji": "🌴", "text": "On holiday"}, "displayname": "Alice"}
    for _ in range(3):
        assert await service.observe_profile(ALICE, reordered) == []
    assert await row_count(db) == 2
    # The stored state is what the next observation is compared with, across a restart too.
    fresh = StatusService(db, ProfileScheduler(), StatusSettings(), is_own_user=is_own)
    await fresh.start()
    assert await fresh.observe_profile(ALICE, profile) == []
    assert await row_count(db) == 2


async def test_change_row_has_previous_and_new_value_time_and_via(
    service: StatusService, clock: Clock
) -> None:
    """A change appends a row with the field, the previous and new value, the source key, when
    it was observed and how; the other fields write nothing."""
    await service.observe_profile(ALICE, {"displayname": "Alice", "m.status": status("a")})
    clock.advance(minutes=5)
    (change,) = await service.observe_profile(
        ALICE, {"displayname": "Alice", "org.matrix.msc4426.status": status("b", "☕")}
    )
    assert (change.field, change.via, change.valid, change.observed_at) == (
        "status",
        "poll",
        True,
        clock.now,
    )
    assert change.texts == (
        ("org.matrix.msc4426.status.text", "b"),
        ("org.matrix.msc4426.status.emoji", "☕"),
    )
    last = (await rows(service))[-1]
    assert last.id == change.history_id
    assert (last.field, last.source_key, last.value, last.previous) == (
        "status",
        "org.matrix.msc4426.status",
        status("b", "☕"),
        status("a"),
    )
    assert (last.text, last.emoji, last.observed_at, last.via) == ("b", "☕", clock.now, "poll")


@pytest.mark.parametrize(
    "clear",
    [
        pytest.param(lambda: {"displayname": "Alice", "m.status": None}, id="null"),
        pytest.param(lambda: {"displayname": "Alice"}, id="absent"),
        pytest.param(lambda: None, id="404"),
    ],
)
async def test_null_absent_and_404_all_mean_cleared(
    service: StatusService, clear: Callable[[], dict[str, Any] | None]
) -> None:
    """A status set to null, missing from the profile, or a 404 M_NOT_FOUND is recorded once
    as cleared: value NULL, the old value kept as previous, nothing to moderate."""
    await service.observe_profile(ALICE, {"displayname": "Alice", "m.status": status("busy")})
    changes = await service.observe_profile(ALICE, clear())
    cleared = [c for c in changes if c.field == "status"]
    assert len(cleared) == 1 and cleared[0].texts == ()
    entry = next(r for r in reversed(await rows(service)) if r.field == "status")
    assert entry.value is None and entry.previous == status("busy")
    assert await service.observe_profile(ALICE, clear()) == []


SHAPES: list[tuple[str, object, str, list[str]]] = [
    ("plain string", "I am a string", "expected an object, got string", ["I am a string"]),
    ("list", ["list", "of", 3], "expected an object, got array", ["list of"]),
    ("number", 1005, "expected an object, got number", []),
    ("object without emoji", {"text": "no emoji"}, "'emoji' is missing", ["no emoji"]),
    ("emoji is a number", {"text": "hi", "emoji": 5}, "'emoji' is number", ["hi"]),
    (
        "nested text",
        {"text": {"deep": {"er": "nested words"}}, "emoji": "x"},
        "'text' is object",
        ["nested words", "x"],
    ),
    ("text too long", {"text": "x" * 300, "emoji": "🌴"}, "'text' is 300 bytes", ["x" * 300]),
    ("emoji too long", {"text": "hi", "emoji": "🌴" * 9}, "'emoji' is 36 bytes", ["hi"]),
    (
        "NUL and a lone surrogate",
        {"text": "a\x00b \udc80c", "emoji": "x"},
        "contains NUL or invalid Unicode",
        ["a\ufffdb \ufffdc"],
    ),
]


@pytest.mark.parametrize(
    ("shape", "value", "problem", "texts"), SHAPES, ids=[s[0] for s in SHAPES]
)
async def test_every_value_shape_is_stored_raw_marked_invalid_and_its_text_handed_on(
    service: StatusService, shape: str, value: object, problem: str, texts: list[str]
) -> None:
    """Whatever a server sends as a status is stored (storable), marked invalid with the
    reason, and every string inside it is handed to the change listeners for moderation."""
    heard: list[StatusChange] = []

    async def listener(change: StatusChange) -> None:
        heard.append(change)

    service.change_listeners.append(listener)
    (change,) = await service.observe_profile(ALICE, {"m.status": value})
    assert change.valid is False and problem in (change.problem or "")
    assert heard == [change]
    handed = [text for _, text in change.texts]
    for text in texts:
        assert any(text in h for h in handed), (text, handed)
    (entry,) = await rows(service)
    assert entry.valid is False and problem in (entry.problem or "")
    assert entry.value is not None
    # Seen again: no new row.
    assert await service.observe_profile(ALICE, {"m.status": value}) == []


async def test_bidi_and_control_characters_are_valid_but_noted(service: StatusService) -> None:
    """Control and bidi characters do not make a status invalid; they are noted for
    moderators."""
    (change,) = await service.observe_profile(
        ALICE, {"m.status": status("evil \u202etxet\u202c \x07", "x")}
    )
    assert change.valid
    (entry,) = await rows(service)
    assert set(entry.notes) == {"control-characters", "bidi-controls"}


async def test_shadowed_key_changes_and_call_units(service: StatusService) -> None:
    """With stable and unstable keys both set the stable one wins, a change under the
    unstable key alone is still a change (with every variant kept), and a call time re-sent in
    milliseconds is a change of the stored value."""
    both = {"m.status": status("stable"), "org.matrix.msc4426.status": status("old unstable")}
    await service.observe_profile(ALICE, both)
    changed = {**both, "org.matrix.msc4426.status": status("new unstable")}
    (change,) = await service.observe_profile(ALICE, changed)
    assert change.field == "status"
    assert ("org.matrix.msc4426.status.text", "new unstable") in change.texts
    entry = (await rows(service))[-1]
    assert entry.source_key == "m.status" and entry.value == status("stable")
    assert entry.variants == {
        "m.status": status("stable"),
        "org.matrix.msc4426.status": status("new unstable"),
    }
    await service.observe_profile(ALICE, {**changed, "m.call": {"call_joined_ts": 1770000000}})
    (call,) = await service.observe_profile(
        ALICE, {**changed, "m.call": {"call_joined_ts": 1770000000000}}
    )
    assert call.field == "call" and call.valid


async def test_sync_updates_merge_and_an_initial_sync_is_a_whole_profile(
    service: StatusService, db: Database
) -> None:
    """Incremental sync updates replace only the fields they name (null removes one); an
    initial sync lists every set field, so a status missing from it was cleared; the sync token
    is stored with the batch; own namespace users and stop-tracking entries are skipped."""
    await service.observe_profile(ALICE, {"displayname": "Alice", "m.status": status("a")})
    recorded = await service.apply_sync(
        [
            ProfileUpdate(ALICE, {"m.status": status("b")}),
            ProfileUpdate(WATCHER, {"displayname": "watcher"}),
            ProfileUpdate(CAROL, None),
        ],
        "s1",
        watcher=WATCHER,
        initial=False,
    )
    assert recorded == 1
    assert [(r.field, r.via, r.value) for r in await rows(service)][-1] == (
        "status",
        "sync",
        status("b"),
    )
    assert await service.load_since(WATCHER) == "s1"
    assert await row_count(db, WATCHER) == 0 and await row_count(db, CAROL) == 0
    # Initial sync: displayname only, so the status was cleared while nobody watched.
    await service.apply_sync(
        [ProfileUpdate(ALICE, {"displayname": "Alice"})], "s2", watcher=WATCHER, initial=True
    )
    last = (await rows(service))[-1]
    assert (last.field, last.via, last.value) == ("status", "sync", None)
    assert await service.load_since(WATCHER) == "s2"


async def test_a_poll_sent_before_a_faster_change_is_ignored(
    service: StatusService, clock: Clock
) -> None:
    """A poll answer requested before a change already recorded by sync is stale: it does
    not record the change reverting."""
    await service.observe_profile(ALICE, {"m.status": status("old")})
    requested = clock.now
    clock.advance(seconds=1)
    await service.observe_fields(ALICE, {"m.status": status("new")}, via="sync")
    clock.advance(seconds=1)
    assert (
        await service.observe_profile(ALICE, {"m.status": status("old")}, requested_at=requested)
        == []
    )
    assert [r.value for r in await rows(service)] == [status("old"), status("new")]


async def test_a_failing_listener_loses_neither_the_row_nor_the_other_listeners(
    service: StatusService, db: Database
) -> None:
    """Listeners hear of each change after it is committed; one that raises is logged and the
    next one still runs."""
    heard: list[int] = []

    async def broken(change: StatusChange) -> None:
        raise RuntimeError("boom")

    async def working(change: StatusChange) -> None:
        heard.append(change.history_id)

    service.change_listeners.extend((broken, working))
    (change,) = await service.observe_profile(ALICE, {"m.status": status("x")})
    assert heard == [change.history_id]
    assert await row_count(db) == 1


# -- retention and forgetting ---------------------------------------------------------------------


async def test_retention_purge_deletes_only_rows_older_than_the_limit(
    service: StatusService, clock: Clock, db: Database
) -> None:
    """The purge deletes history rows older than retention_days and keeps newer ones and the
    current state; retention 0 keeps everything."""
    await service.observe_profile(ALICE, {"m.status": status("old")})
    clock.advance(days=20)
    await service.observe_profile(ALICE, {"m.status": status("middle")})
    clock.advance(days=20)
    await service.observe_profile(ALICE, {"m.status": status("new")})
    assert await service.purge() == 1
    assert [r.value for r in await rows(service)] == [status("middle"), status("new")]
    assert (await service.current(ALICE)).state is not None
    keep = StatusService(
        db,
        ProfileScheduler(),
        StatusSettings(retention_days=0),
        is_own_user=is_own,
        now=lambda: clock.now + timedelta(days=1000),
    )
    assert await keep.purge() == 0
    assert await row_count(db) == 2


async def test_forget_erases_history_and_state(service: StatusService, db: Database) -> None:
    """Forgetting a user erases their rows and stored state (not anybody else's); seen again,
    their current profile is recorded afresh."""
    await service.observe_profile(ALICE, {"m.status": status("a")})
    await service.observe_profile(ALICE, {"m.status": status("b")})
    await service.observe_profile(CAROL, {"m.status": status("c")})
    assert await service.forget(ALICE) == 2
    assert await row_count(db) == 0 and await row_count(db, CAROL) == 1
    assert (await service.current(ALICE)).state is None
    assert len(await service.observe_profile(ALICE, {"m.status": status("b")})) == 1


# -- the bot: tracking and commands ---------------------------------------------------------------


def member(user: str, membership: str = "join", name: str | None = None, room: str = ROOM) -> Any:
    content: dict[str, Any] = {"membership": membership}
    if name is not None:
        content["displayname"] = name
    return event("m.room.member", content, user, room=room, state_key=user)


def room_state(room: str, users: dict[str, int]) -> list[dict[str, Any]]:
    levels = {"users": users, "state_default": 50, "kick": 50, "ban": 50}
    return [
        event("m.room.create", {"room_version": "10"}, ALICE, room=room, state_key=""),
        event("m.room.power_levels", levels, ALICE, room=room, state_key=""),
    ]


async def bot_joins(
    bot: ContactBot, gateway: FakeGateway, room: str, members: dict[str, str | None]
) -> None:
    gateway.state[room] = room_state(room, {ALICE: 100, MOD: 50})
    gateway.members[room] = {BOT: "Contact bot", **members}
    await feed(bot, member(BOT, room=room))


async def say(bot: ContactBot, gateway: FakeGateway, body: str, sender: str, room: str) -> Any:
    before = len(gateway.messages(room))
    text = {"msgtype": "m.text", "body": body}
    await feed(bot, event("m.room.message", text, sender, room=room))
    replies = gateway.messages(room)[before:]
    assert len(replies) == 1, replies
    return replies[0]


async def set_profile(
    bot: ContactBot, gateway: FakeGateway, user: str, profile: dict[str, Any]
) -> None:
    """The user's profile on the (fake) homeserver, and observed by a poll, so that a
    background poll of the same user finds the same profile."""
    gateway.profiles[user] = profile
    await status_of(bot).observe_profile(user, profile)


async def wait_for(check: Callable[[], Any], timeout: float = 10.0) -> Any:
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        result = check()
        if asyncio.iscoroutine(result):
            result = await result
        if result:
            return result
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError("condition not met in time")
        await asyncio.sleep(0.02)


@pytest.fixture
async def bot(database_url: str, gateway: FakeGateway) -> AsyncIterator[ContactBot]:
    bot = make_bot(
        database_url,
        gateway,
        **{
            "status.moderators_room": MODS,
            "status.poll": {"interval": 3600},
            "moderation.room_moderators": True,
        },
    )
    await bot.start()
    yield bot
    await bot.stop()


async def test_members_are_tracked_on_join_and_dropped_after_leaving_every_room(
    bot: ContactBot, gateway: FakeGateway
) -> None:
    """Members of a room the bot joins are tracked (remote users too, the bot's namespace users
    never); a user who joins later is tracked; leaving one of two shared rooms keeps them
    tracked, leaving the last one drops them."""
    await bot_joins(bot, gateway, ROOM, {ALICE: "Alice", EVE: "Eve", WATCHER: None})
    await bot_joins(bot, gateway, OTHER, {ALICE: "Alice"})
    assert status_of(bot).tracked == {ALICE, EVE}
    await feed(bot, member(CAROL, name="Carol"))
    assert status_of(bot).is_tracked(CAROL)
    await feed(bot, member(ALICE, "leave", room=ROOM))
    assert status_of(bot).is_tracked(ALICE)
    await feed(bot, member(ALICE, "leave", room=OTHER))
    await feed(bot, member(EVE, "ban"))
    assert status_of(bot).tracked == {CAROL}
    assert status_of(bot).scheduler.__contains__(CAROL) and ALICE not in status_of(bot).scheduler


async def test_a_new_member_is_polled_at_once_and_their_status_recorded(
    bot: ContactBot, gateway: FakeGateway
) -> None:
    """A joining user is fetched ahead of the sweep and the poll records their status; a later
    display-name change in a member event is recorded at once, via member, once."""
    await bot_joins(bot, gateway, ROOM, {ALICE: "Alice"})
    gateway.profiles[CAROL] = {"displayname": "Carol", "m.status": status("new here")}
    await feed(bot, member(CAROL, name="Carol"))
    history = await wait_for(lambda: _fields(bot, CAROL, {"displayname", "status"}), timeout=10)
    by_field = {r.field: r for r in history}
    # The join's own name and the first poll race; either may record "Carol" first.
    assert by_field["displayname"].text == "Carol"
    assert by_field["status"].via == "poll" and by_field["status"].text == "new here"
    gateway.profiles[CAROL] = {"displayname": "Carol B", "m.status": status("new here")}
    await feed(bot, member(CAROL, name="Carol B"))
    await feed(bot, member(CAROL, name="Carol B", room=ROOM))
    latest = await status_of(bot).history(CAROL, 100)
    renamed = [r for r in latest if r.field == "displayname" and r.text == "Carol B"]
    assert len(renamed) == 1 and renamed[0].via == "member"
    assert renamed[0].previous == "Carol"


async def _fields(bot: ContactBot, user: str, wanted: set[str]) -> list[Any] | None:
    entries = await status_of(bot).history(user, 100)
    return entries if {e.field for e in entries} >= wanted else None


async def test_start_tracks_stored_members_keeping_their_place_in_the_sweep(
    database_url: str, gateway: FakeGateway
) -> None:
    """After a restart every stored member is tracked again, and a user fetched a minute ago
    is not fetched again at once."""
    first = make_bot(database_url, gateway, **{"status.poll": {"interval": 3600}})
    await first.start()
    gateway.profiles[ALICE] = {"displayname": "Alice"}
    await bot_joins(first, gateway, ROOM, {ALICE: "Alice", WATCHER: None})
    await wait_for(lambda: _fields(first, ALICE, {"displayname"}))
    await first.stop()  # flushes the fetch times
    second = make_bot(database_url, gateway, **{"status.poll": {"interval": 3600}})
    await second.start()
    try:
        await wait_for(lambda: status_of(second).tracked == {ALICE})
        stats = status_of(second).scheduler.stats()
        assert stats.tracked == 1 and stats.in_flight == 0
        assert status_of(second).scheduler.next_batch() == []
    finally:
        await second.stop()


async def test_status_commands_answer_moderators_only_and_only_in_private(
    bot: ContactBot, gateway: FakeGateway
) -> None:
    """!status shows the status to a moderator in a direct chat (the watcher does not make it
    less direct) and in the moderators' room; in a public room the moderator is told where to
    ask and no text is shown; a plain member is refused everywhere."""
    await bot_joins(bot, gateway, ROOM, {ALICE: "Alice", MOD: "Mod", EVE: "Eve", CAROL: None})
    await bot_joins(bot, gateway, DM, {MOD: "Mod", WATCHER: None})
    await bot_joins(bot, gateway, MODS, {MOD: "Mod", ALICE: "Alice"})
    secret = "<b>buy</b> & sell"
    await set_profile(bot, gateway, EVE, {"displayname": "Eve", "m.status": status(secret)})

    public = await say(bot, gateway, f"!status {EVE}", MOD, ROOM)
    assert "not shown in this room" in public["body"]
    assert "buy" not in public["body"] and "buy" not in public["formatted_body"]

    for room in (DM, MODS):
        reply = await say(bot, gateway, f"!status {EVE}", MOD, room)
        html = reply["formatted_body"]
        assert '<span data-mx-spoiler="status">🌴 &lt;b&gt;buy&lt;/b&gt; &amp; sell</span>' in html
        assert "<b>" not in html
        assert "||🌴 <b>buy</b> & sell||" in reply["body"]
        assert reply["m.mentions"] == {}

    refused = await say(bot, gateway, f"!status {EVE}", CAROL, ROOM)
    assert "not allowed" in refused["body"] and "buy" not in refused["body"]


async def test_moderators_see_only_users_they_share_a_moderated_room_with(
    bot: ContactBot, gateway: FakeGateway
) -> None:
    """Kick power in a room the target is not in gives no access to their status; a bot admin
    may look anyone up."""
    await bot_joins(bot, gateway, ROOM, {ALICE: "Alice", MOD: "Mod", CAROL: "Carol"})
    await bot_joins(bot, gateway, DM, {MOD: "Mod"})
    await bot_joins(bot, gateway, OTHER, {EVE: "Eve", ADMIN: "Admin"})
    await set_profile(bot, gateway, EVE, {"m.status": status("hidden")})
    refused = await say(bot, gateway, f"!status {EVE}", MOD, DM)
    assert "Only bot admins and moderators" in refused["body"]
    gateway.members["!admindm:example.org"] = {BOT: None, ADMIN: None}
    gateway.state["!admindm:example.org"] = room_state("!admindm:example.org", {})
    await feed(bot, member(BOT, room="!admindm:example.org"))
    shown = await say(bot, gateway, f"!status {EVE}", ADMIN, "!admindm:example.org")
    assert "hidden" in shown["body"]


async def test_status_history_lists_the_latest_changes_newest_first(
    bot: ContactBot, gateway: FakeGateway
) -> None:
    """!status history shows the latest n changes with time, field and via, cleared ones as
    such, malformed ones with their problem; n is checked."""
    # Three people: a room of two is a DM, where kick power makes nobody a moderator.
    await bot_joins(bot, gateway, ROOM, {MOD: "Mod", EVE: "Eve", ALICE: "Alice"})
    await bot_joins(bot, gateway, DM, {MOD: "Mod"})
    await set_profile(bot, gateway, EVE, {"m.status": status("one")})
    gateway.profiles[EVE] = {}
    await status_of(bot).observe_fields(EVE, {"m.status": None}, via="sync")
    await set_profile(bot, gateway, EVE, {"m.status": "junk"})
    reply = await say(bot, gateway, f"!status history {EVE} 2", MOD, DM)
    lines = [ln for ln in reply["body"].splitlines() if ln.startswith("• ")]
    assert len(lines) == 2
    assert "status · poll: ||junk||" in lines[0] and "malformed" in lines[0]
    assert "status · sync: _cleared_" in lines[1]
    bad = await say(bot, gateway, f"!status history {EVE} 500", MOD, DM)
    assert "from 1 to 50" in bad["body"]
    public = await say(bot, gateway, f"!status history {EVE}", MOD, ROOM)
    assert "junk" not in public["body"] and "not shown in this room" in public["body"]


async def test_status_forget_is_for_bot_admins(bot: ContactBot, gateway: FakeGateway) -> None:
    """Only a bot admin may erase a user's history; a room moderator is refused."""
    await bot_joins(bot, gateway, ROOM, {MOD: "Mod", EVE: "Eve", ADMIN: "Admin"})
    await set_profile(bot, gateway, EVE, {"m.status": status("x")})
    refused = await say(bot, gateway, f"!status forget {EVE}", MOD, ROOM)
    assert "Only bot admins" in refused["body"]
    assert len(await status_of(bot).history(EVE, 10)) == 1
    done = await say(bot, gateway, f"!status forget {EVE}", ADMIN, ROOM)
    assert "Erased 1 status-history entry" in done["body"]
    assert await status_of(bot).history(EVE, 10) == []


async def test_a_message_bumps_its_sender_only_when_their_data_is_stale(
    database_url: str, gateway: FakeGateway
) -> None:
    """A message fetches its sender again ahead of the sweep only when their profile is older
    than stale_after; the bot's own users are never bumped."""
    bot = make_bot(
        database_url, gateway, **{"status.poll": {"interval": 3600, "stale_after": 0.2}}
    )
    await bot.start()
    try:
        gateway.profiles[ALICE] = {"displayname": "Alice"}
        await bot_joins(bot, gateway, ROOM, {ALICE: "Alice"})
        await wait_for(lambda: _fields(bot, ALICE, {"displayname"}))

        def bumps(accepted: str) -> float:
            labels = {"reason": "message", "accepted": accepted}
            value = bot.metrics.registry.get_sample_value("contactbot_profile_bumps_total", labels)
            return value or 0.0

        hello = {"msgtype": "m.text", "body": "hello"}
        await feed(bot, event("m.room.message", hello, ALICE))
        assert bumps("no") == 1  # fetched a moment ago
        await asyncio.sleep(0.3)
        await feed(bot, event("m.room.message", hello, ALICE))
        assert bumps("yes") == 1
        await feed(bot, event("m.room.message", hello, WATCHER))
        assert bumps("yes") + bumps("no") == 2
    finally:
        await bot.stop()
