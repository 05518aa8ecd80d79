"""Issue 10 item 6 and the preset migration: who the "ask the moderators" fallback names, and
presets written with the bare ``support_via`` key of older versions."""

from __future__ import annotations

from contactbot.features.contacts.domain.contacts import (
    LEGACY_SUPPORT_VIA_KEY,
    SUPPORT_VIA_KEY,
    UNSTABLE_STATE_TYPE,
)
from contactbot.features.contacts.storage.contacts import ContactRepository
from tests.fakes import FakeGateway
from tests.features.contacts.helpers import (
    ADMIN,
    ALICE,
    BOT,
    CAROL,
    MOD,
    WellKnownSite,
    admin_room,
    contact_event,
    event,
    join,
    room_state,
    say,
    start_bot,
    state_writes,
)

DRAUPNIR = "@draupnir:example.org"
WATCHER = "@contactbot_watcher:example.org"


async def test_fallback_never_names_moderation_bots_or_the_bots_namespace(
    database_url: str, gateway: FakeGateway, site: WellKnownSite
) -> None:
    """With nothing listed anywhere, !contact suggests the members with kick power, but not
    a moderation bot (contacts.moderation_bots globs, Draupnir by default) nor a user of this
    bot's own namespace (its watcher), although both hold power 100."""
    bot = await start_bot(database_url, gateway, site)
    try:
        users = {ALICE: 100, MOD: 50, BOT: 100, DRAUPNIR: 100, WATCHER: 100}
        await join(bot, gateway, state=room_state(users=users))
        reply = await say(bot, gateway, "!contact", CAROL)
        assert (
            "You could ask the room's moderators: @alice:example.org, @mod:example.org."
            in (reply["body"])
        )
        for bot_user in (BOT, DRAUPNIR, WATCHER):
            assert bot_user not in reply["body"]
    finally:
        await bot.stop()


async def test_moderation_bot_globs_come_from_the_config(
    database_url: str, gateway: FakeGateway, site: WellKnownSite
) -> None:
    """An operator's own glob (here for a bot called @guard) excludes it too; with the list
    emptied, Draupnir counts as a person again."""
    bot = await start_bot(
        database_url, gateway, site, **{"contacts.moderation_bots": ["@guard*:*"]}
    )
    try:
        users = {ALICE: 100, "@guard1:example.org": 100, DRAUPNIR: 100}
        await join(bot, gateway, state=room_state(users=users))
        body = (await say(bot, gateway, "!contact", CAROL))["body"]
        assert "@guard1:example.org" not in body
        assert DRAUPNIR in body
    finally:
        await bot.stop()


async def test_a_preset_with_the_bare_support_via_key_is_written_namespaced(
    database_url: str, gateway: FakeGateway, site: WellKnownSite
) -> None:
    """A preset configured with the bare support_via of older versions is applied with the
    namespaced key; a room still holding what the old preset wrote is stale and a rollout
    rewrites it with the namespaced key."""
    legacy = {"support_page": "https://example.org/rooms", LEGACY_SUPPORT_VIA_KEY: "via.test"}
    bot = await start_bot(database_url, gateway, site, contact_presets={"org": legacy})
    try:
        await join(bot, gateway, state=admin_room(bot_level=100))
        await say(bot, gateway, "!contact apply org", ALICE)
        written = state_writes(gateway)
        assert written == [
            (
                UNSTABLE_STATE_TYPE,
                {"support_page": "https://example.org/rooms", SUPPORT_VIA_KEY: "via.test"},
            )
        ]
        room = "!old:example.org"
        old = event(UNSTABLE_STATE_TYPE, legacy, ALICE, room=room, state_key="")
        await join(bot, gateway, room, state=admin_room(room, bot_level=100, extra=(old,)))
        # The room followed the preset when an older version wrote the bare key.
        assert bot.db is not None
        async with bot.db.transaction() as session:
            await ContactRepository(session).set_preset(room, "org", ALICE)
        stale = await say(bot, gateway, "!contact stale", ADMIN)
        assert room in stale["body"]
        await say(bot, gateway, "!contact rollout org", ADMIN)
        assert state_writes(gateway, room)[-1] == (
            UNSTABLE_STATE_TYPE,
            {"support_page": "https://example.org/rooms", SUPPORT_VIA_KEY: "via.test"},
        )
    finally:
        await bot.stop()


async def test_a_room_with_contacts_skips_the_fallback(
    database_url: str, gateway: FakeGateway, site: WellKnownSite
) -> None:
    """The moderators fallback appears only when nothing is listed anywhere."""
    bot = await start_bot(database_url, gateway, site)
    try:
        content = {"contacts": [{"email_address": "a@example.org", "role": "m.role.admin"}]}
        await join(bot, gateway, state=admin_room(extra=(contact_event(content),)))
        body = (await say(bot, gateway, "!contact", CAROL))["body"]
        assert "You could ask" not in body
    finally:
        await bot.stop()
