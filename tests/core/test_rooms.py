"""Room membership through the real EventRouter and RoomService, on PostgreSQL.

Invites, the bot's own joins and removals, other members' changes, and v12 room IDs (which have
no server part).
"""

from __future__ import annotations

import asyncio
from typing import Any

import aiohttp
import pytest

from contactbot.app import ContactBot
from contactbot.core.domain import ids
from contactbot.core.domain.events import RoomEvent
from contactbot.core.services.rooms import MemberChange
from contactbot.core.storage.rooms import Room, RoomRepository
from tests.botfactory import HS_TOKEN, make_bot
from tests.fakes import FakeGateway
from tests.testbot import feed

BOT = "@contactbot:example.org"
ROOM = "!room:example.org"
ALICE = "@alice:example.org"
_ids = iter(range(1_000_000))


def member(
    target: str,
    membership: Any,
    *,
    sender: str | None = None,
    room: str = ROOM,
    displayname: Any = None,
    **content: Any,
) -> dict[str, Any]:
    body: dict[str, Any] = {"membership": membership, **content}
    if displayname is not None:
        body["displayname"] = displayname
    return {
        "event_id": f"$m{next(_ids)}",
        "room_id": room,
        "sender": sender or target,
        "type": "m.room.member",
        "state_key": target,
        "origin_server_ts": 1,
        "content": body,
    }


def state(
    event_type: str, content: dict[str, Any], sender: str, state_key: str = ""
) -> dict[str, Any]:
    return {
        "event_id": f"$s{next(_ids)}",
        "sender": sender,
        "type": event_type,
        "state_key": state_key,
        "origin_server_ts": 1,
        "content": content,
    }


async def get_room(bot: ContactBot, room_id: str = ROOM) -> Room | None:
    assert bot.db is not None
    async with bot.db.transaction() as session:
        return await RoomRepository(session).get(room_id)


async def members(bot: ContactBot, room_id: str = ROOM) -> dict[str, tuple[str, str | None]]:
    assert bot.db is not None
    async with bot.db.transaction() as session:
        repo = RoomRepository(session)
        out = {}
        for membership in ("join", "leave", "ban", "invite", "knock"):
            for uid, name in (await repo.members(room_id, membership)).items():
                out[uid] = (membership, name)
        return out


async def join_bot(bot: ContactBot, gateway: FakeGateway, room: str = ROOM, **extra: Any) -> None:
    """Give the fake homeserver a room and deliver the bot's own join event."""
    gateway.state.setdefault(
        room,
        [
            state("m.room.create", {"room_version": "10", "creator": ALICE}, ALICE),
            state("m.room.power_levels", {"users": {ALICE: 100}}, ALICE),
        ],
    )
    gateway.members.setdefault(room, {BOT: "Contact bot", ALICE: "Alice"})
    await feed(bot, member(BOT, "join", room=room, **extra))


# -- invites -----------------------------------------------------------------------------------


async def test_invite_from_own_server_is_accepted(bot: ContactBot, gateway: FakeGateway) -> None:
    """By default a user of the bot's own homeserver may invite it: the bot joins."""
    await feed(bot, member(BOT, "invite", sender=ALICE))
    assert room_calls(gateway) == [("join", ROOM)]


async def test_invite_from_another_server_is_politely_refused(
    bot: ContactBot, gateway: FakeGateway
) -> None:
    """An invite from another server is declined by leaving, with a reason naming who may
    invite; the bot does not join."""
    await feed(bot, member(BOT, "invite", sender="@mallory:evil.example"))
    assert [c[0] for c in gateway.calls] == ["leave"]
    _, room_id, reason = gateway.calls[0]
    assert room_id == ROOM
    assert "example.org" in reason
    assert reason.startswith("Sorry")


async def test_invite_from_lookalike_server_is_refused(
    bot: ContactBot, gateway: FakeGateway
) -> None:
    """Server names are compared whole: example.org.evil.net and sub.example.org are not
    example.org."""
    for sender in ("@a:example.org.evil.net", "@a:sub.example.org", "@a:example.org:8448"):
        await feed(bot, member(BOT, "invite", sender=sender))
    assert [c[0] for c in gateway.calls] == ["leave", "leave", "leave"]


async def test_allowed_inviters_globs(database_url: str, gateway: FakeGateway) -> None:
    """bot.allowed_inviters takes user globs and server globs; when set, it replaces the
    own-server default, and the refusal names the configured globs."""
    patterns = ["@boss:partner.net", "*.trusted.org", "@ops-?:example.org"]
    bot = make_bot(database_url, gateway, **{"bot.allowed_inviters": patterns})
    await bot.start()
    try:
        allowed = ["@boss:partner.net", "@x:chat.trusted.org", "@ops-1:example.org"]
        refused = ["@intern:partner.net", "@x:trusted.org", "@ops-12:example.org", ALICE]
        for i, sender in enumerate(allowed + refused):
            await feed(bot, member(BOT, "invite", sender=sender, room=f"!r{i}:example.org"))
        joins = [c[1] for c in gateway.calls if c[0] == "join"]
        leaves = [c for c in gateway.calls if c[0] == "leave"]
        assert joins == [f"!r{i}:example.org" for i in range(len(allowed))]
        assert [c[1] for c in leaves] == [
            f"!r{i}:example.org" for i in range(len(allowed), len(allowed) + len(refused))
        ]
        for _, _, reason in leaves:
            assert all(p in reason for p in patterns)
    finally:
        await bot.stop()


def room_calls(gateway: FakeGateway) -> list[tuple[object, ...]]:
    """The gateway calls about rooms; the status poller's profile fetches of the room's
    members run in the background at their own times and are no part of these checks."""
    return [call for call in gateway.calls if call[0] != "fetch_profile"]


async def test_invite_to_a_room_already_joined_does_nothing(
    bot: ContactBot, gateway: FakeGateway
) -> None:
    """A repeated invite for a room the bot is in causes no second join."""
    await join_bot(bot, gateway)
    gateway.calls.clear()
    await feed(bot, member(BOT, "invite", sender=ALICE))
    assert room_calls(gateway) == []


async def test_reinvite_after_being_kicked_joins_again(
    bot: ContactBot, gateway: FakeGateway
) -> None:
    """After a kick the room is no longer joined, so a new invite is accepted."""
    await join_bot(bot, gateway)
    await feed(bot, member(BOT, "leave", sender=ALICE))
    gateway.calls.clear()
    await feed(bot, member(BOT, "invite", sender=ALICE))
    assert room_calls(gateway) == [("join", ROOM)]


# -- the bot's own join ------------------------------------------------------------------------


async def test_own_join_loads_state_and_members(bot: ContactBot, gateway: FakeGateway) -> None:
    """The bot's join event loads the room's state and joined members from the homeserver
    and persists version, creator, power levels, name and members."""
    pls = {"users": {ALICE: 100, "@mod:example.org": 50}, "state_default": 50}
    gateway.state[ROOM] = [
        state("m.room.create", {"room_version": "10", "creator": ALICE}, ALICE),
        state("m.room.power_levels", pls, ALICE),
        state("m.room.name", {"name": "Support <room>"}, ALICE),
        state("m.room.member", {"membership": "join"}, ALICE, state_key=ALICE),
    ]
    gateway.members[ROOM] = {BOT: "Contact bot", ALICE: "Alice", "@mod:example.org": None}
    await feed(bot, member(BOT, "join"))

    assert ("get_state", ROOM) in gateway.calls
    room = await get_room(bot)
    assert room is not None
    assert room.membership == "joined"
    assert room.room_version == "10"
    assert room.creator == ALICE
    assert room.power_levels == pls
    assert room.name == "Support <room>"
    assert await members(bot) == {
        BOT: ("join", "Contact bot"),
        ALICE: ("join", "Alice"),
        "@mod:example.org": ("join", None),
    }
    # The stored power levels give the moderator kick power (the moderator rule builds on it).
    assert await bot.access.can_kick_in("@mod:example.org", ROOM)


async def test_own_join_hands_state_events_to_state_callbacks(
    bot: ContactBot, gateway: FakeGateway
) -> None:
    """Every state event read on join goes to the callbacks registered for its type, marked
    as coming from the state snapshot."""
    seen: list[RoomEvent] = []

    async def on_contact(event: RoomEvent) -> None:
        seen.append(event)

    bot.router.on_state("m.room.contact", on_contact)
    contact = {"contacts": [{"matrix_id": ALICE, "role": "m.role.admin"}]}
    gateway.state[ROOM] = [
        state("m.room.create", {"room_version": "11"}, ALICE),
        state("m.room.contact", contact, ALICE),
        state("m.room.topic", {"topic": "x"}, ALICE),
    ]
    await feed(bot, member(BOT, "join"))
    assert len(seen) == 1
    assert seen[0].content == contact
    assert seen[0].room_id == ROOM
    assert seen[0].source == "state"

    # The same type arriving later in a transaction reaches the callback too.
    await feed(
        bot, {**state("m.room.contact", {"support_page": "https://x"}, ALICE), "room_id": ROOM}
    )
    assert [e.source for e in seen] == ["state", "transaction"]


async def test_malformed_state_on_join_is_skipped(bot: ContactBot, gateway: FakeGateway) -> None:
    """A malformed event in the state snapshot is skipped; the rest still loads."""
    gateway.state[ROOM] = [
        {"type": "m.room.name", "content": {"name": "no ids"}},
        state("m.room.create", {"room_version": "10"}, ALICE),
        state("m.room.name", {"name": 42}, ALICE),
    ]
    gateway.members[ROOM] = {BOT: None}
    await feed(bot, member(BOT, "join"))
    room = await get_room(bot)
    assert room is not None and room.room_version == "10" and room.name is None


async def test_create_without_room_version_means_v1(bot: ContactBot, gateway: FakeGateway) -> None:
    """An m.room.create without room_version is a version 1 room (spec default)."""
    gateway.state[ROOM] = [state("m.room.create", {"creator": ALICE}, ALICE)]
    await feed(bot, member(BOT, "join"))
    room = await get_room(bot)
    assert room is not None and room.room_version == "1"


async def test_power_level_changes_are_tracked_in_joined_rooms_only(
    bot: ContactBot, gateway: FakeGateway
) -> None:
    """m.room.power_levels in a transaction updates a joined room and is ignored for others."""
    await join_bot(bot, gateway)
    new = {"users": {ALICE: 100, "@newmod:example.org": 50}}
    await feed(bot, {**state("m.room.power_levels", new, ALICE), "room_id": ROOM})
    room = await get_room(bot)
    assert room is not None and room.power_levels == new
    await feed(bot, {**state("m.room.power_levels", new, ALICE), "room_id": "!other:x.org"})
    assert await get_room(bot, "!other:x.org") is None


# -- other members -----------------------------------------------------------------------------


async def test_member_changes_are_persisted_and_reported(
    bot: ContactBot, gateway: FakeGateway
) -> None:
    """Joins, display-name changes and leaves of other users are stored and reported to
    member callbacks with the previous membership and display name."""
    changes: list[MemberChange] = []

    async def on_member(change: MemberChange) -> None:
        changes.append(change)

    bot.router.on_member(on_member)
    await join_bot(bot, gateway)
    bob = "@bob:remote.net"

    first = member(bob, "join", displayname="Bob")
    await feed(bot, first)
    await feed(bot, member(bob, "join", displayname="Robert"))
    await feed(bot, member(bob, "leave"))

    assert [
        (c.membership, c.displayname, c.previous_membership, c.previous_displayname)
        for c in changes
    ] == [
        ("join", "Bob", None, None),
        ("join", "Robert", "join", "Bob"),
        ("leave", None, "join", "Robert"),
    ]
    assert changes[0].room_id == ROOM
    assert changes[0].user_id == bob
    assert changes[0].event_id == first["event_id"]
    assert (await members(bot))[bob] == ("leave", None)

    # A member known from the join snapshot reports its stored name as the previous one.
    await feed(bot, member(ALICE, "join", displayname="Alice B."))
    assert (changes[-1].previous_membership, changes[-1].previous_displayname) == ("join", "Alice")


async def test_kicks_and_bans_of_others_are_stored(bot: ContactBot, gateway: FakeGateway) -> None:
    """A member kicked or banned by someone else is stored with that membership."""
    await join_bot(bot, gateway)
    await feed(bot, member("@bob:example.org", "join"))
    await feed(bot, member("@bob:example.org", "ban", sender=ALICE, reason="spam"))
    await feed(bot, member("@carol:example.org", "invite", sender=ALICE))
    got = await members(bot)
    assert got["@bob:example.org"] == ("ban", None)
    assert got["@carol:example.org"] == ("invite", None)


@pytest.mark.parametrize(
    "content",
    [
        {},
        {"membership": None},
        {"membership": 5},
        {"membership": ["join"]},
        {"membership": "x" * 500},
        {"membership": "joined"},
    ],
)
async def test_malformed_member_content_is_ignored(
    bot: ContactBot, gateway: FakeGateway, content: dict[str, Any]
) -> None:
    """A member event without a valid membership is logged and ignored: no crash, nothing
    stored, no member callback, later events still work."""
    changes: list[MemberChange] = []

    async def on_member(change: MemberChange) -> None:
        changes.append(change)

    bot.router.on_member(on_member)
    await join_bot(bot, gateway)
    raw = member("@bob:example.org", "join")
    raw["content"] = content
    await feed(bot, raw)
    assert "@bob:example.org" not in await members(bot)
    assert changes == []
    # The bot's own malformed membership does not crash either, nor forget the room.
    own = member(BOT, "join")
    own["content"] = content
    await feed(bot, own)
    room = await get_room(bot)
    assert room is not None and room.membership == "joined"
    await feed(bot, member("@bob:example.org", "join"))
    assert len(changes) == 1


async def test_odd_display_names_are_stored_safely(bot: ContactBot, gateway: FakeGateway) -> None:
    """A non-string display name is stored as none; a long or odd one is kept as text."""
    await join_bot(bot, gateway)
    await feed(bot, member("@a:example.org", "join", displayname={"x": 1}))
    await feed(bot, member("@b:example.org", "join", displayname=123))
    odd = "\u202e<b>" + "n" * 5000
    await feed(bot, member("@c:example.org", "join", displayname=odd))
    got = await members(bot)
    assert got["@a:example.org"] == ("join", None)
    assert got["@b:example.org"] == ("join", None)
    assert got["@c:example.org"] == ("join", odd)


# -- the bot removed ---------------------------------------------------------------------------


@pytest.mark.parametrize("membership", ["leave", "ban"])
async def test_bot_kicked_or_banned_forgets_the_room(
    bot: ContactBot, gateway: FakeGateway, membership: str
) -> None:
    """When someone kicks or bans the bot, the room is kept as left and its members dropped,
    so nobody keeps moderator rights there."""
    await join_bot(bot, gateway)
    assert await bot.access.can_kick_in(ALICE, ROOM)
    await feed(bot, member(BOT, membership, sender=ALICE))
    room = await get_room(bot)
    assert room is not None and room.membership == "left"
    assert await members(bot) == {}
    assert not await bot.access.can_kick_in(ALICE, ROOM)
    assert await bot.access.power(ROOM) is None


async def test_state_for_a_left_room_is_not_applied(bot: ContactBot, gateway: FakeGateway) -> None:
    """After the bot left, later power-level events for that room change nothing."""
    await join_bot(bot, gateway)
    await feed(bot, member(BOT, "leave"))
    await feed(bot, {**state("m.room.power_levels", {"users": {}}, ALICE), "room_id": ROOM})
    room = await get_room(bot)
    assert room is not None and room.membership == "left"
    assert room.power_levels == {"users": {ALICE: 100}}


# -- room version 12 ---------------------------------------------------------------------------


async def test_v12_room_without_server_part(
    bot: ContactBot, gateway: FakeGateway, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A v12 room ID (``!abcdef``, no server part) goes through invite, join, members and
    power checks; no server name is ever parsed out of a room ID."""
    real_server_of = ids.server_of

    def strict_server_of(user_id: str) -> str | None:
        assert user_id.startswith("@"), f"server_of called with {user_id!r}"
        return real_server_of(user_id)

    monkeypatch.setattr(ids, "server_of", strict_server_of)
    monkeypatch.setattr("contactbot.core.services.rooms.server_of", strict_server_of)

    room = "!abcdef"
    creator = "@creator:example.org"
    co = "@co:remote.net"
    await feed(bot, member(BOT, "invite", sender=creator, room=room))
    assert gateway.calls == [("join", room)]

    gateway.state[room] = [
        state("m.room.create", {"room_version": "12", "additional_creators": [co]}, creator),
        state(
            "m.room.power_levels",
            {"users": {"@mod:example.org": 50}, "events": {"m.room.power_levels": 100}},
            creator,
        ),
    ]
    gateway.members[room] = {BOT: None, creator: "C", co: None, "@mod:example.org": None}
    await feed(bot, member(BOT, "join", room=room))
    stored = await get_room(bot, room)
    assert stored is not None
    assert (stored.room_version, stored.creator, stored.additional_creators) == (
        "12",
        creator,
        (co,),
    )
    assert await bot.access.can_kick_in(co, room)
    assert await bot.access.can_send_state(creator, room, "m.room.power_levels")
    assert not await bot.access.can_send_state("@mod:example.org", room, "m.room.power_levels")

    await feed(bot, member("@new:example.org", "join", room=room))
    assert (await members(bot, room))["@new:example.org"] == ("join", None)
    await feed(bot, member(BOT, "leave", sender=creator, room=room))
    stored = await get_room(bot, room)
    assert stored is not None and stored.membership == "left"


# -- through the appservice HTTP API -----------------------------------------------------------


async def test_membership_events_through_the_transaction_api(
    bot: ContactBot, gateway: FakeGateway
) -> None:
    """Invite, join and a member's join delivered as a homeserver transaction end up joined
    and stored, and a malformed member event is processed (not retried)."""
    gateway.state[ROOM] = [state("m.room.create", {"room_version": "10"}, ALICE)]
    gateway.members[ROOM] = {BOT: None, ALICE: "Alice"}
    bad = member("@bob:example.org", "join")
    bad["content"] = {"membership": 42}
    events = [
        member(BOT, "invite", sender=ALICE),
        member(BOT, "join"),
        bad,
        member("@carol:example.org", "join", displayname="Carol"),
    ]
    port = bot.config.get_int("appservice.port")
    async with aiohttp.ClientSession() as session:
        async with session.put(
            f"http://127.0.0.1:{port}/_matrix/app/v1/transactions/t1",
            json={"events": events},
            headers={"Authorization": f"Bearer {HS_TOKEN}"},
        ) as resp:
            assert resp.status == 200
    for _ in range(250):
        counts = await bot.inbox.refresh_depth()
        if counts.get("done") == len(events):
            break
        await asyncio.sleep(0.02)
    assert counts == {"done": len(events)}
    assert ("join", ROOM) in gateway.calls
    assert await members(bot) == {
        BOT: ("join", None),
        ALICE: ("join", "Alice"),
        "@carol:example.org": ("join", "Carol"),
    }
