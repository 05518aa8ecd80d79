"""Power levels per room version, and the access checks built on rooms stored in PostgreSQL."""

from __future__ import annotations

from typing import Any

import pytest

from contactbot.core.domain.power import INFINITE, PowerLevels, creators_privileged
from contactbot.core.services.access import AccessService
from contactbot.core.storage.database import Database
from contactbot.core.storage.rooms import RoomRepository

CREATOR = "@creator:example.org"
CO_CREATOR = "@co:example.org"
MOD = "@mod:example.org"
ALICE = "@alice:example.org"
THIRD = "@third:example.org"
FOURTH = "@fourth:example.org"

# A typical power-levels event that lists neither creator (as v12 requires).
V12_PLS: dict[str, Any] = {
    "users": {MOD: 50, ALICE: 0},
    "users_default": 0,
    "events": {"m.room.contact": 75},
    "state_default": 50,
    "kick": 50,
    "ban": 60,
}


def pl(content: dict[str, Any] | None, version: str, **kwargs: Any) -> PowerLevels:
    return PowerLevels.from_state(
        content,
        room_version=version,
        creator=kwargs.get("creator", CREATOR),
        additional_creators=kwargs.get("additional_creators", ()),
    )


# -- defaults ----------------------------------------------------------------------------------


def test_defaults_without_a_power_levels_event() -> None:
    """No power-levels event: the creator has 100, others 0; state and messages need 0,
    kick/ban/redact 50, invite 0 (the spec's defaults for a room without the event)."""
    levels = pl(None, "10")
    assert levels.user_level(CREATOR) == 100
    assert levels.user_level(ALICE) == 0
    assert levels.required_for_state("m.room.name") == 0
    assert levels.required_for_message("m.room.message") == 0
    assert (levels.kick, levels.ban, levels.redact, levels.invite) == (50, 50, 50, 0)
    assert levels.can_send_state(ALICE, "m.room.contact")
    assert not levels.can_kick(ALICE)
    assert levels.can_kick(CREATOR)


def test_defaults_of_keys_missing_from_an_empty_power_levels_event() -> None:
    """An event that exists but is empty: state needs 50, nobody is listed (creator has 0)."""
    levels = pl({}, "10")
    assert levels.user_level(CREATOR) == 0
    assert levels.required_for_state("m.room.name") == 50
    assert levels.required_for_message("m.room.message") == 0
    assert (levels.kick, levels.ban, levels.redact, levels.invite) == (50, 50, 50, 0)
    assert not levels.can_send_state(ALICE, "m.room.name")


def test_events_and_users_overrides() -> None:
    """Per-event and per-user levels override the defaults."""
    levels = pl({"users": {MOD: 50}, "users_default": 10, "events": {"m.room.contact": 75}}, "10")
    assert levels.user_level(MOD) == 50
    assert levels.user_level(ALICE) == 10
    assert levels.required_for_state("m.room.contact") == 75
    assert levels.required_for_state("m.room.topic") == 50
    assert not levels.can_send_state(MOD, "m.room.contact")
    assert levels.can_send_state(MOD, "m.room.topic")


def test_garbage_values_fall_back_to_defaults() -> None:
    """Booleans, floats, nulls and non-mappings are ignored rather than crashing."""
    levels = pl(
        {
            "users": {MOD: True, ALICE: 1.5, "@n:example.org": None, "@ok:example.org": 20},
            "kick": None,
            "ban": [],
            "events": "nope",
            "state_default": False,
        },
        "9",
    )
    assert levels.users == {"@ok:example.org": 20}
    assert levels.kick == 50
    assert levels.ban == 50
    assert levels.events == {}
    assert levels.state_default == 50
    assert pl({"users": "nope"}, "11").users == {}


# -- string levels -----------------------------------------------------------------------------


@pytest.mark.parametrize("version", ["1", "5", "9"])
def test_string_levels_are_accepted_before_v10(version: str) -> None:
    """Rooms before v10 may carry numeric strings; they count as the number."""
    levels = pl({"users": {MOD: "50", ALICE: " 7 "}, "kick": "40", "ban": "x"}, version)
    assert levels.user_level(MOD) == 50
    assert levels.user_level(ALICE) == 7
    assert levels.kick == 40
    assert levels.ban == 50  # not a number: default
    assert levels.can_kick(MOD)


@pytest.mark.parametrize("version", ["10", "11", "12", "org.matrix.hydra.11"])
def test_string_levels_are_refused_from_v10(version: str) -> None:
    """From v10 only integers count: a string level is ignored (default applies)."""
    levels = pl({"users": {MOD: "100"}, "kick": "0", "state_default": "0"}, version)
    assert levels.user_level(MOD) == 0
    assert levels.kick == 50
    assert levels.state_default == 50
    assert not levels.can_kick(MOD)


def test_odd_room_versions_do_not_crash() -> None:
    """A room version that only looks numeric to str.isdigit() (such as "²") is handled."""
    assert not creators_privileged("²")
    assert not creators_privileged(None)
    assert pl({"users": {MOD: "50"}}, "²").user_level(MOD) == 50
    assert creators_privileged("13")
    assert not creators_privileged("11")


# -- room version 12 creators ------------------------------------------------------------------


def test_v12_creators_outrank_everyone() -> None:
    """In v12 the create sender and additional_creators have infinite power, unlisted."""
    levels = pl(V12_PLS, "12", additional_creators=[CO_CREATOR])
    assert CREATOR not in levels.users and CO_CREATOR not in levels.users
    for creator in (CREATOR, CO_CREATOR):
        assert levels.user_level(creator) == INFINITE
        assert levels.can_kick(creator) and levels.can_ban(creator)
        assert levels.can_act_on(creator, MOD)
        assert not levels.can_act_on(MOD, creator)
    # Creators cannot act on each other: neither outranks the other.
    assert not levels.can_act_on(CREATOR, CO_CREATOR)


def test_v12_creators_can_send_any_state() -> None:
    """Even a state event requiring more than anyone's listed level is open to creators."""
    content = dict(V12_PLS, events={"m.room.contact": 1_000_000, "m.room.power_levels": 100})
    levels = pl(content, "12", additional_creators=[CO_CREATOR])
    for event_type in ("m.room.contact", "m.room.power_levels", "m.room.tombstone"):
        assert levels.can_send_state(CREATOR, event_type)
        assert levels.can_send_state(CO_CREATOR, event_type)
    assert not levels.can_send_state(MOD, "m.room.contact")


def test_v12_creators_without_a_power_levels_event() -> None:
    """Without the event the v12 creators are still infinite and nobody else is listed."""
    levels = pl(None, "12", additional_creators=[CO_CREATOR])
    assert levels.users == {}
    assert levels.user_level(CREATOR) == INFINITE
    assert levels.user_level(CO_CREATOR) == INFINITE
    assert levels.user_level(ALICE) == 0


def test_v12_creator_listed_in_users_is_still_infinite() -> None:
    """A stale entry for a creator in ``users`` does not lower a v12 creator's power."""
    levels = pl({"users": {CREATOR: 0}}, "12")
    assert levels.user_level(CREATOR) == INFINITE


def test_v11_creator_is_ordinary_once_power_levels_exist() -> None:
    """Before v12 a creator missing from ``users`` has users_default, and
    additional_creators mean nothing."""
    levels = pl(V12_PLS, "11", additional_creators=[CO_CREATOR])
    assert levels.user_level(CREATOR) == 0
    assert levels.user_level(CO_CREATOR) == 0
    assert not levels.can_kick(CREATOR)
    assert not levels.can_send_state(CREATOR, "m.room.name")
    # Listed explicitly, the creator has exactly that level.
    listed = pl({"users": {CREATOR: 100}}, "11")
    assert listed.user_level(CREATOR) == 100
    assert listed.can_act_on(CREATOR, MOD)


# -- kick, ban, act on -------------------------------------------------------------------------


def test_kick_ban_and_act_on() -> None:
    """kick/ban compare with their thresholds; acting on someone needs a strictly higher level."""
    levels = pl({"users": {MOD: 50, "@admin:example.org": 100, ALICE: 0}, "ban": 60}, "10")
    assert levels.can_kick(MOD)
    assert not levels.can_ban(MOD)
    assert levels.can_ban("@admin:example.org")
    assert not levels.can_kick(ALICE)
    assert levels.can_act_on(MOD, ALICE)
    assert not levels.can_act_on(MOD, "@admin:example.org")
    assert not levels.can_act_on(MOD, MOD)  # equal level: no


# -- AccessService on PostgreSQL ---------------------------------------------------------------


async def store_room(
    db: Database,
    room_id: str,
    *,
    version: str,
    power_levels: dict[str, Any] | None,
    members: list[str],
    membership: str = "joined",
    additional_creators: list[str] | None = None,
) -> None:
    async with db.transaction() as session:
        repo = RoomRepository(session)
        await repo.upsert(
            room_id,
            membership=membership,
            room_version=version,
            creator=CREATOR,
            additional_creators=additional_creators or [],
            power_levels=power_levels,
        )
        await repo.replace_members(room_id, {m: None for m in members})


async def test_is_moderator_from_stored_power_levels(db: Database) -> None:
    """With room moderators on, kick or ban power in a joined room of three people makes a
    moderator; users_default does not; with room moderators off, nobody but admins."""
    await store_room(
        db, "!a:example.org", version="10", power_levels=V12_PLS, members=[MOD, ALICE, THIRD]
    )
    access = AccessService(db, [], room_moderators=True)
    assert await access.is_moderator(MOD)
    assert not await access.is_moderator(ALICE)
    assert not await access.is_moderator("@stranger:example.org")
    assert not await AccessService(db, []).is_moderator(MOD)


async def test_moderator_rooms_lists_only_rooms_with_power_shared_with_the_target(
    db: Database,
) -> None:
    """moderator_rooms lists rooms where the user can kick/ban, restricted to rooms the
    target is joined to; rooms the bot left and rooms of two people (DMs) do not count."""
    await store_room(
        db, "!a:example.org", version="10", power_levels=V12_PLS, members=[MOD, THIRD, FOURTH]
    )
    await store_room(
        db, "!b:example.org", version="10", power_levels=V12_PLS, members=[MOD, ALICE, THIRD]
    )
    await store_room(
        db,
        "!c:example.org",
        version="10",
        power_levels={"users": {}},
        members=[MOD, ALICE, THIRD],
    )
    await store_room(
        db,
        "!d:example.org",
        version="10",
        power_levels=V12_PLS,
        members=[MOD, ALICE, THIRD],
        membership="left",
    )
    await store_room(db, "!dm:example.org", version="10", power_levels=V12_PLS, members=[MOD])
    access = AccessService(db, [], room_moderators=True)
    assert await access.moderator_rooms(MOD) == ["!a:example.org", "!b:example.org"]
    assert await access.moderator_rooms(MOD, target=ALICE) == ["!b:example.org"]
    assert await access.is_moderator(MOD, target=ALICE)
    assert not await access.is_moderator(MOD, target="@nobody:example.org")


async def test_v12_creators_are_moderators_of_stored_rooms(db: Database) -> None:
    """A v12 room (ID without a server part) stored with creators: both are moderators and
    may send any state; in a v11 room the same creator without a listing is not."""
    await store_room(
        db,
        "!abcdef",
        version="12",
        power_levels=V12_PLS,
        members=[CREATOR, CO_CREATOR, MOD],
        additional_creators=[CO_CREATOR],
    )
    await store_room(db, "!old:example.org", version="11", power_levels=V12_PLS, members=[CREATOR])
    access = AccessService(db, [], room_moderators=True)
    assert await access.moderator_rooms(CREATOR) == ["!abcdef"]
    assert await access.is_moderator(CO_CREATOR)
    assert await access.can_send_state(CO_CREATOR, "!abcdef", "m.room.contact")
    assert not await access.can_send_state(MOD, "!abcdef", "m.room.contact")
    assert not await access.can_send_state(CREATOR, "!old:example.org", "m.room.contact")
    assert await access.can_kick_in(CREATOR, "!abcdef")


async def test_can_send_state_in_unknown_or_left_rooms_is_false(db: Database) -> None:
    """No stored room (or one the bot left) grants nothing."""
    await store_room(
        db, "!left:example.org", version="12", power_levels=None, members=[], membership="left"
    )
    access = AccessService(db, [])
    assert not await access.can_send_state(CREATOR, "!left:example.org", "m.room.contact")
    assert not await access.can_send_state(CREATOR, "!unknown:example.org", "m.room.contact")
    assert await access.power("!left:example.org") is None


async def test_room_without_power_levels_uses_the_no_event_defaults(db: Database) -> None:
    """A stored room without a power-levels event: the creator (v10) has 100, others may
    send state."""
    await store_room(
        db,
        "!nopl:example.org",
        version="10",
        power_levels=None,
        members=[CREATOR, ALICE, THIRD],
    )
    access = AccessService(db, [], room_moderators=True)
    assert await access.can_send_state(ALICE, "!nopl:example.org", "m.room.contact")
    assert await access.is_moderator(CREATOR)
    assert not await access.is_moderator(ALICE)


async def test_bot_admins_match_globs(db: Database) -> None:
    """Bot admins are configured as user-ID globs; they are moderators everywhere."""
    access = AccessService(db, ["@admin:example.org", "@*:staff.example.org", "@op?:example.org"])
    assert access.is_bot_admin("@admin:example.org")
    assert access.is_bot_admin("@anyone:staff.example.org")
    assert access.is_bot_admin("@op1:example.org")
    assert not access.is_bot_admin("@op12:example.org")
    assert not access.is_bot_admin("@admin:example.org.evil.net")
    assert not access.is_bot_admin("@Admin:example.org")  # globs are case-sensitive
    assert await access.is_moderator("@anyone:staff.example.org")
    assert not await AccessService(db, []).is_moderator("@admin:example.org")
