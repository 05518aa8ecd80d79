"""``!contact`` and ``!support`` through the real bot on PostgreSQL.

Commands go through the real router and command registry; the homeserver is the recording
FakeGateway; support documents come from a real loopback web server reached through the
``wellknown.overrides`` config.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest

from contactbot.app import ContactBot
from contactbot.core.errors import HomeserverRefused
from contactbot.features.contacts.domain.contacts import STATE_TYPE, UNSTABLE_STATE_TYPE
from tests.fakes import FakeGateway
from tests.features.contacts.helpers import (
    ADMIN,
    ALICE,
    BOB,
    BOT,
    CAROL,
    MOD,
    MSC_EXAMPLE,
    PRESET,
    ROOM,
    SERVER_DOC,
    WellKnownSite,
    admin_room,
    assert_no_ping,
    contact_event,
    event,
    feed,
    history,
    hrefs,
    join,
    lines,
    room_state,
    say,
    start_bot,
    state_writes,
)

# Config of a bot that writes both types (an admin turned write_stable on).
BOTH: dict[str, Any] = {"contacts.write_stable": True}


@pytest.fixture
async def bot(
    database_url: str, gateway: FakeGateway, site: WellKnownSite
) -> AsyncIterator[ContactBot]:
    """A bot that writes both types (an admin turned write_stable on), so the editing tests
    pin what is written to each; the default (unstable only) has tests of its own."""
    bot = await start_bot(
        database_url,
        gateway,
        site,
        contact_presets={"org": PRESET},
        **{"contacts.write_stable": True},
    )
    yield bot
    await bot.stop()


# -- !contact -------------------------------------------------------------------------------------


async def test_contact_lists_the_rooms_section_then_each_homeservers_section(
    bot: ContactBot, gateway: FakeGateway, site: WellKnownSite
) -> None:
    """!contact answers in two labelled sections: the room's contacts (its unverified claim),
    ranked admins, others, pages; then the creator's homeserver's contacts under its name. A
    contact both list appears in each section; nobody is pinged; body and HTML agree."""
    site.serve("example.org", SERVER_DOC)
    await join(bot, gateway, state=admin_room(extra=(contact_event(MSC_EXAMPLE),)))
    reply = await say(bot, gateway, "!contact", CAROL)
    assert_no_ping(reply)
    body = lines(reply)
    assert body[0] == "**This room's contacts** (the room's own claim, not verified)"
    server_heading = body.index(
        "**Support contacts of homeserver example.org** (the room creator's server)"
    )
    room_entries = [line for line in body[:server_heading] if line.startswith("• ")]
    server_entries = [line for line in body[server_heading:] if line.startswith("• ")]
    assert room_entries == [
        "• @bob:example.org — Administrator",
        "• @alice:example.org · security@example.org — Security contact",
        "• Support page: https://example.org/room-support-page",
    ]
    assert server_entries == [
        "• @bob:example.org — Administrator",
        "• abuse@example.org — Moderator",
        "• Support page: https://example.org/help",
    ]
    assert "not verified" in reply["body"]
    html = reply["formatted_body"]
    assert html.index("This room&#x27;s contacts") < html.index("Support contacts of homeserver")
    assert html.index("room-support-page") < html.index("Support contacts of homeserver")
    assert html.index("abuse@example.org") > html.index("Support contacts of homeserver")
    links = hrefs(reply)
    assert "https://matrix.to/#/@bob:example.org" in links
    assert "https://matrix.to/#/@alice:example.org" in links
    assert all(link.startswith("https://") for link in links)


async def test_the_rooms_own_contact_comes_before_the_homeserver_admin(
    bot: ContactBot, gateway: FakeGateway, site: WellKnownSite
) -> None:
    """Issue 10 item 1: a room that lists only a moderator shows that moderator first, not
    the homeserver's admin; the homeserver follows in its own section."""
    site.serve("example.org", SERVER_DOC)
    content = {"contacts": [{"matrix_id": MOD, "role": "support.feline.msc4121.role.moderator"}]}
    await join(bot, gateway, state=admin_room(extra=(contact_event(content),)))
    entries = [x for x in lines(await say(bot, gateway, "!contact", CAROL)) if x[0] == "•"]
    assert entries[0] == f"• {MOD} — Moderator"
    assert entries[1] == "• @bob:example.org — Administrator"


async def test_contact_with_a_purpose_ranks_each_section_by_the_consumer_rule(
    bot: ContactBot, gateway: FakeGateway, site: WellKnownSite
) -> None:
    """!contact moderator: the room holds no moderator, so one line says so before the room's
    fallback (admin first); the homeserver's section puts its moderator first. !contact
    security ranks the room's security contact first."""
    site.serve("example.org", SERVER_DOC)
    await join(bot, gateway, state=admin_room(extra=(contact_event(MSC_EXAMPLE),)))
    body = lines(await say(bot, gateway, "!contact moderator"))
    assert body[0].startswith("**This room's contacts for moderator**")
    assert body[1] == (
        "Nobody in this room's contacts is listed for moderator; its other contacts, in "
        "MSC4489's order:"
    )
    entries = [x for x in body if x[0] == "•"]
    assert entries[0] == "• @bob:example.org — Administrator"
    server_heading = next(i for i, x in enumerate(body) if "homeserver example.org" in x)
    server_entries = [x for x in body[server_heading:] if x[0] == "•"]
    assert server_entries[0] == "• abuse@example.org — Moderator"
    entries = [x for x in lines(await say(bot, gateway, "!contact security")) if x[0] == "•"]
    assert entries[0].startswith("• @alice:example.org · security@example.org")


async def test_contact_dpo_says_nobody_holds_it_instead_of_listing_admins_under_it(
    bot: ContactBot, gateway: FakeGateway, site: WellKnownSite
) -> None:
    """Issue 10 item 6: !contact dpo in a room without a DPO says so in one line before the
    fallback, instead of listing admins as if they held the purpose."""
    site.serve(
        "example.org", {"contacts": [{"email_address": "a@example.org", "role": "m.role.admin"}]}
    )
    await join(bot, gateway, state=admin_room())
    body = lines(await say(bot, gateway, "!contact dpo", CAROL))
    assert body[:2] == [
        "**This room's contacts for dpo** (the room's own claim, not verified)",
        "This room lists nobody for dpo.",
    ]
    assert body[2].startswith("**Support contacts of homeserver example.org**")
    assert body[3] == "• a@example.org — Administrator"


async def test_contact_with_an_unknown_purpose_says_what_exists(
    bot: ContactBot, gateway: FakeGateway
) -> None:
    """An unknown purpose word is refused with the known ones and a pointer to the help."""
    await join(bot, gateway, state=admin_room())
    reply = await say(bot, gateway, "!contact plumbing")
    assert "Unknown purpose" in reply["body"]
    assert "security" in reply["body"] and "!help contact" in reply["body"]


async def test_contact_with_nothing_anywhere_says_where_else_to_look(
    bot: ContactBot, gateway: FakeGateway
) -> None:
    """With no room contacts and a 404 from the homeserver, the reply says so, names the
    room's moderators (as links that do not ping) and points at !support."""
    await join(bot, gateway, state=admin_room())
    reply = await say(bot, gateway, "!contact", CAROL)
    assert_no_ping(reply)
    assert reply["body"].startswith("Nobody is listed to contact about this room.")
    assert "example.org publishes no usable support information" in reply["body"]
    assert "@alice:example.org, @mod:example.org" in reply["body"]
    assert BOT not in reply["body"]
    assert "!support" in reply["body"]


async def test_unsafe_support_page_and_unknown_roles_are_inert(
    bot: ContactBot, gateway: FakeGateway
) -> None:
    """A javascript: support page is never shown as a link (nor listed); an unknown role is
    shown raw as code; the room's problems are pointed at."""
    content = {
        "contacts": [{"matrix_id": BOB, "role": "com.example.role.<b>appeals</b>"}],
        "support_page": "javascript:alert(document.cookie)",
    }
    await join(bot, gateway, state=admin_room(extra=(contact_event(content),)))
    reply = await say(bot, gateway, "!contact")
    assert "javascript" not in reply["formatted_body"]
    assert all(not h.startswith("javascript") for h in hrefs(reply))
    assert "<code>com.example.role.&lt;b&gt;appeals&lt;/b&gt;</code>" in reply["formatted_body"]
    assert "!contact problems" in reply["body"]


async def test_contact_follows_support_via_and_room_id_server(
    bot: ContactBot, gateway: FakeGateway, site: WellKnownSite
) -> None:
    """The non-standard support_via server and (before v12) the room ID's server are asked
    too; a failing server is named with the reason."""
    site.serve(
        "via.test", {"contacts": [{"email_address": "help@via.test", "role": "m.role.admin"}]}
    )
    site.serve("other.org", b"<html>not json</html>")
    room = "!r:other.org"
    content = {"support_via": "via.test"}
    await join(
        bot, gateway, room, state=admin_room(room, extra=(contact_event(content, room=room),))
    )
    reply = await say(bot, gateway, "!contact", room=room)
    body = lines(reply)
    via = body.index(
        "**Support contacts of homeserver via.test** (named by the room's support_via)"
    )
    assert body[via + 1] == "• help@via.test — Administrator"
    assert (
        "other.org (the server in the room ID): publishes invalid support information"
        in (reply["body"])
    )
    assert sorted(set(site.requests)) == ["example.org", "other.org", "via.test"]


async def test_v12_room_id_is_not_parsed(
    bot: ContactBot, gateway: FakeGateway, site: WellKnownSite
) -> None:
    """In a v12 room only the creator's server is asked, never anything read from the ID."""
    room = "!AbCdEf0123456789:other.org"  # a colon, but v12 room IDs have no server part
    await join(bot, gateway, room, state=admin_room(room, version="12"))
    await say(bot, gateway, "!contact", room=room)
    assert site.requests == ["example.org"]


# -- !support -------------------------------------------------------------------------------------


async def test_support_defaults_to_the_senders_server_and_lists_contacts(
    bot: ContactBot, gateway: FakeGateway, site: WellKnownSite
) -> None:
    """!support without an argument shows the sender's homeserver's document: contacts with
    role labels, the page as a link, no pings."""
    site.serve("example.org", SERVER_DOC)
    await join(bot, gateway, state=admin_room())
    reply = await say(bot, gateway, "!support")
    assert_no_ping(reply)
    assert lines(reply)[:4] == [
        "**Support information published by example.org**",
        "• @bob:example.org — Administrator",
        "• abuse@example.org — Moderator",
        "• Support page: https://example.org/help",
    ]
    assert "https://example.org/help" in hrefs(reply)


async def test_support_404_says_the_server_publishes_nothing(
    bot: ContactBot, gateway: FakeGateway
) -> None:
    """A 404 is reported as "publishes no support information", with the URL and status."""
    await join(bot, gateway, state=admin_room())
    reply = await say(bot, gateway, "!support other.org")
    assert reply["body"].startswith(
        "other.org publishes no support information: "
        "`https://other.org/.well-known/matrix/support` answered HTTP 404."
    )


async def test_support_invalid_document_says_what_is_wrong(
    bot: ContactBot, gateway: FakeGateway, site: WellKnownSite
) -> None:
    """An invalid document is reported as invalid with the reason and each problem as code,
    each said once; a support page that is not a URL is shown as code, never linked."""
    site.serve("broken.test", {"contacts": [{"role": "m.role.admin"}], "support_page": "call us"})
    await join(bot, gateway, state=admin_room())
    reply = await say(bot, gateway, "!support @someone:broken.test")
    assert "broken.test publishes support information at" in reply["body"]
    assert ", but it is invalid: The document has no usable contact" in reply["body"]
    problem = "Contact 1 has neither matrix_id nor email_address; ignored."
    assert f"<code>{problem}</code>" in reply["formatted_body"]
    assert reply["body"].count(problem) == 1
    assert "<code>call us</code>" in reply["formatted_body"]
    assert not any(h.startswith("call") for h in hrefs(reply))


async def test_support_page_of_another_scheme_is_valid_and_never_linked(
    bot: ContactBot, gateway: FakeGateway, site: WellKnownSite
) -> None:
    """Issue 10 item 6: a document whose only support page is not http(s) is spec-valid
    (MSC1929 asks for a URL): the reply lists it as published, shown as code and unlinked;
    the problem heading neither says "ignored" for a kept entry nor repeats a reason."""
    site.serve(
        "broken.test",
        {
            "contacts": [{"matrix_id": "@norole:broken.test"}],
            "support_page": "javascript:alert(1)",
        },
    )
    await join(bot, gateway, state=admin_room())
    reply = await say(bot, gateway, "!support broken.test")
    body = reply["body"]
    assert body.startswith("**Support information published by broken.test**")
    assert "invalid" not in body
    assert "<code>javascript:alert(1)</code>" in reply["formatted_body"]
    assert not any(h.startswith("javascript") for h in hrefs(reply))
    assert "Problems in the document:" in body
    assert "ignored" not in body  # the only entry is kept (without a role), not ignored
    kept = "Contact 1 has no role; it is kept without one."
    assert body.count(kept) == 1
    assert body.count("is not shown as a link") == 1


async def test_support_page_only_document_of_a_matrix_uri_is_valid(
    bot: ContactBot, gateway: FakeGateway, site: WellKnownSite
) -> None:
    """{"support_page": "matrix:r/help:broken.test"} alone is a valid document."""
    site.serve("broken.test", {"support_page": "matrix:r/help:broken.test"})
    await join(bot, gateway, state=admin_room())
    reply = await say(bot, gateway, "!support broken.test")
    assert reply["body"].startswith("**Support information published by broken.test**")
    assert "<code>matrix:r/help:broken.test</code>" in reply["formatted_body"]


async def test_support_refuses_loopback_without_an_override(
    bot: ContactBot, gateway: FakeGateway
) -> None:
    """A server name that resolves to loopback and has no override is refused, not fetched."""
    await join(bot, gateway, state=admin_room())
    reply = await say(bot, gateway, "!support localhost")
    assert reply["body"].startswith("I could not fetch the support information of localhost")
    assert "loopback" in reply["body"]


async def test_support_refresh_is_for_bot_admins(
    bot: ContactBot, gateway: FakeGateway, site: WellKnownSite
) -> None:
    """--refresh skips the cache for bot admins only."""
    await join(bot, gateway, state=admin_room())
    await say(bot, gateway, "!support other.org")
    refused = await say(bot, gateway, "!support other.org --refresh", CAROL)
    assert "Only bot admins" in refused["body"]
    await say(bot, gateway, "!support other.org --refresh", ADMIN)
    assert site.requests == ["other.org", "other.org"]


# -- editing ----------------------------------------------------------------------------------


async def test_member_without_power_cannot_edit(bot: ContactBot, gateway: FakeGateway) -> None:
    """A member whose power level cannot send m.room.contact is refused; nothing is sent."""
    await join(bot, gateway, state=admin_room())
    reply = await say(bot, gateway, f"!contact add admin {CAROL}", CAROL)
    assert "needs power level 50, and you have 0" in reply["body"]
    assert state_writes(gateway) == []


async def test_user_with_enough_power_adds_and_both_types_are_written(
    bot: ContactBot, gateway: FakeGateway
) -> None:
    """A moderator (PL 50) adds a contact: the bot writes m.room.contact and the unstable type
    with the same content, records it with who asked, and !contact shows it."""
    await join(bot, gateway, state=admin_room())
    reply = await say(bot, gateway, f"!contact add security {CAROL}", MOD)
    assert reply["body"].startswith("Added. The room now lists 1 contact.")
    expected = {"contacts": [{"matrix_id": CAROL, "role": "m.role.security"}]}
    assert state_writes(gateway) == [(STATE_TYPE, expected), (UNSTABLE_STATE_TYPE, expected)]
    entries = await history(bot)
    assert [(e.event.sender, e.requested_by, e.event.source) for e in entries] == [
        (BOT, MOD, "bot"),
        (BOT, MOD, "bot"),
    ]
    shown = await say(bot, gateway, "!contact security", CAROL)
    assert shown["body"].startswith("**This room's contacts for security**")
    assert "• @carol:example.org — Security contact" in shown["body"]


async def test_v12_creator_can_edit_without_a_power_level_entry(
    bot: ContactBot, gateway: FakeGateway
) -> None:
    """In a v12 room the creator is not in m.room.power_levels but may edit (infinite power)."""
    room = "!v12room"
    state = room_state(room, version="12", users={BOT: 50})
    await join(bot, gateway, room, state=state)
    reply = await say(bot, gateway, "!contact page https://example.org/support", ALICE, room)
    assert reply["body"].startswith("Support page set.")
    assert state_writes(gateway, room)[0] == (
        STATE_TYPE,
        {"support_page": "https://example.org/support"},
    )


async def test_bot_without_power_says_so(bot: ContactBot, gateway: FakeGateway) -> None:
    """When the bot's own power level is too low, it tells the room admin instead of trying."""
    await join(bot, gateway, state=admin_room(bot_level=0))
    reply = await say(bot, gateway, f"!contact add admin {ALICE}", ALICE)
    assert (
        "I lack the power level to send m.room.contact here: it needs 50, and I have 0."
        in (reply["body"])
    )
    assert state_writes(gateway) == []


async def test_unstable_type_is_written_only_when_configured(
    database_url: str, gateway: FakeGateway, site: WellKnownSite
) -> None:
    """With contacts.write_unstable false (and write_stable on) only m.room.contact is written."""
    bot = await start_bot(
        database_url,
        gateway,
        site,
        **{"contacts.write_unstable": False, "contacts.write_stable": True},
    )
    try:
        await join(bot, gateway, state=admin_room())
        await say(bot, gateway, "!contact add admin admin@example.org", ALICE)
        assert [t for t, _ in state_writes(gateway)] == [STATE_TYPE]
    finally:
        await bot.stop()


async def test_by_default_only_the_unstable_type_and_unstable_role_ids_are_written(
    database_url: str, gateway: FakeGateway, site: WellKnownSite
) -> None:
    """With the default config the bot writes net.codestorm.msc4489.contact only, and
    m.role.moderator / m.role.dpo are written as their unstable IDs (issue 10, item 3)."""
    bot = await start_bot(database_url, gateway, site)
    try:
        await join(bot, gateway, state=admin_room())
        await say(bot, gateway, f"!contact add m.role.moderator {MOD}", ALICE)
        await say(bot, gateway, "!contact add m.role.dpo dpo@example.org", ALICE)
        writes = state_writes(gateway)
        assert {t for t, _ in writes} == {UNSTABLE_STATE_TYPE}
        assert writes[-1][1]["contacts"] == [
            {"matrix_id": MOD, "role": "support.feline.msc4121.role.moderator"},
            {"email_address": "dpo@example.org", "role": "org.matrix.msc4265.role.dpo"},
        ]
    finally:
        await bot.stop()


async def test_edits_keep_other_fields_and_remove_page_via_and_clear(
    bot: ContactBot, gateway: FakeGateway
) -> None:
    """remove drops just the named address; page none and via work; clear writes {}; each
    edit starts from the current content, keeping unknown fields."""
    content = {**MSC_EXAMPLE, "x-custom": 1}
    await join(bot, gateway, state=admin_room(extra=(contact_event(content),)))
    await say(bot, gateway, "!contact remove security@example.org", ALICE)
    latest = state_writes(gateway)[-1][1]
    assert latest["contacts"][0] == {"matrix_id": ALICE, "role": "m.role.security"}
    assert latest["x-custom"] == 1
    await say(bot, gateway, "!contact page none", ALICE)
    assert "support_page" not in state_writes(gateway)[-1][1]
    reply = await say(bot, gateway, "!contact via via.test", ALICE)
    assert "support_via via.test" in reply["body"]
    reply = await say(bot, gateway, "!contact clear", ALICE)
    assert reply["body"].startswith("Cleared the room's contacts.")
    assert state_writes(gateway)[-2:] == [(STATE_TYPE, {}), (UNSTABLE_STATE_TYPE, {})]
    nothing = await say(bot, gateway, "!contact", CAROL)
    assert nothing["body"].startswith("Nobody is listed")


async def test_bad_edit_arguments_are_explained(bot: ContactBot, gateway: FakeGateway) -> None:
    """Wrong roles, targets, URLs and argument counts get a usage or a reason."""
    await join(bot, gateway, state=admin_room())
    cases = {
        "!contact add admin": "Usage: !contact add <role> <@user:server|email>",
        "!contact add boss @x:example.org": "is not a role",
        "!contact add admin not-an-address": "neither a Matrix user ID",
        "!contact page javascript:alert(1)": "only http and https",
        "!contact remove @nobody:example.org": "is not listed",
        "!contact history x": "n must be a whole number from 1 to 50",
    }
    for command, expected in cases.items():
        assert expected in (await say(bot, gateway, command, ALICE))["body"], command
    assert state_writes(gateway) == []


async def test_homeserver_refusal_is_reported(bot: ContactBot, gateway: FakeGateway) -> None:
    """If the homeserver refuses the state event, the admin is told why."""

    async def refuse(*args: Any, **kwargs: Any) -> str:
        raise HomeserverRefused(
            "M_FORBIDDEN", "You don't have permission to post that to the room.", 403
        )

    await join(bot, gateway, state=admin_room())
    gateway.send_state = refuse  # type: ignore[method-assign]
    reply = await say(bot, gateway, f"!contact add admin {ALICE}", ALICE)
    assert reply["body"].startswith("The homeserver refused the change: M_FORBIDDEN: You don")


# -- history and problems -----------------------------------------------------------------------


async def test_history_lists_changes_newest_first_with_validity(
    bot: ContactBot, gateway: FakeGateway
) -> None:
    """!contact history shows each change with its type, sender, validity and event ID."""
    await join(bot, gateway, state=admin_room())
    await feed(bot, contact_event({"support_page": "ftp://x"}, BOB, event_id="$bad"))
    await feed(bot, contact_event(MSC_EXAMPLE, BOB, event_id="$good"))
    reply = await say(bot, gateway, "!contact history 5", CAROL)
    assert_no_ping(reply)
    entries = [x for x in lines(reply) if x.startswith("• ")]
    assert len(entries) == 2
    assert "by @bob:example.org: valid, 2 contacts and a support page `$good`" in entries[0]
    assert "invalid, 0 contacts, 2 problems `$bad`" in entries[1]


async def test_problems_report_details_hostile_content_for_room_admins(
    bot: ContactBot, gateway: FakeGateway
) -> None:
    """The problems report lists each problem of the content as inert code, flags oversized
    and deeply nested content, and shows an unsafe page unlinked; members are refused."""
    deep: Any = "x"
    for _ in range(20):
        deep = {"d": deep}
    hostile = {
        "contacts": [
            {"matrix_id": "@evil\u202e:example.org", "role": "m.role.admin"},
            {"email_address": "<script>@x", "role": "m.role.admin"},
        ]
        + [{"matrix_id": f"@u{i}:example.org", "role": "r" * 300} for i in range(150)],
        "support_page": "javascript:alert(1)",
        "padding": "p" * 20_000,
        "deep": deep,
    }
    await join(bot, gateway, state=admin_room(extra=(contact_event(hostile, BOB),)))
    refused = await say(bot, gateway, "!contact problems", CAROL)
    assert "power level" in refused["body"]
    reply = await say(bot, gateway, "!contact problems", MOD)
    body, html = reply["body"], reply["formatted_body"]
    assert "Partial: it gives 98 contacts." in body
    assert "There are 152 contacts; only the first 100 were read." in body
    assert "\\u202e" in body and "\u202e" not in body
    assert "&lt;script&gt;" in html and "<script>" not in html
    assert "far more than contacts need" in body
    assert "nested 21 levels deep" in body
    assert "<code>javascript:alert(1)</code>" in html
    assert not any(h.startswith("javascript") for h in hrefs(reply))
    assert "and " in body and "more." in body  # the problem list is capped


# -- presets ----------------------------------------------------------------------------------


async def test_apply_preset_writes_it_and_remembers_the_room_follows_it(
    bot: ContactBot, gateway: FakeGateway
) -> None:
    """!contact apply writes the preset's content and the room then follows it; an unknown
    preset names the configured ones."""
    await join(bot, gateway, state=admin_room())
    unknown = await say(bot, gateway, "!contact apply nope", ALICE)
    assert 'There is no preset "nope" (org).' in unknown["body"]
    reply = await say(bot, gateway, "!contact apply org", ALICE)
    assert reply["body"].startswith(
        'Applied the preset "org". The room now lists 1 contact and a support page.'
    )
    assert 'This room follows the preset "org"' in reply["body"]
    assert state_writes(gateway) == [(STATE_TYPE, PRESET), (UNSTABLE_STATE_TYPE, PRESET)]
    assert (await bot.contacts.tracking.room_state(ROOM)).preset == "org"
    again = await say(bot, gateway, "!contact apply org", ALICE)
    assert "Nothing to write" in again["body"]
    assert len(state_writes(gateway)) == 2


async def test_rollout_rewrites_following_rooms_and_reports_failures(
    database_url: str, gateway: FakeGateway, site: WellKnownSite
) -> None:
    """After the preset changes, !contact stale lists the following rooms, and a rollout by a
    bot admin rewrites them; a room where the bot lost its power is reported as failed and stays
    stale; non-admins may not roll out."""
    bot = await start_bot(database_url, gateway, site, contact_presets={"org": PRESET}, **BOTH)
    rooms = ["!a:example.org", "!b:example.org", "!c:example.org"]
    try:
        for room in rooms:
            await join(bot, gateway, room, state=admin_room(room))
            await say(bot, gateway, "!contact apply org", ALICE, room)
        assert (await say(bot, gateway, "!contact stale", ADMIN))["body"] == (
            "Every room that follows a preset matches it."
        )
        # The bot is demoted in room c.
        await feed(
            bot,
            event(
                "m.room.power_levels", {"users": {ALICE: 100}, "state_default": 50}, room=rooms[2]
            ),
        )
    finally:
        await bot.stop()

    changed = {**PRESET, "support_page": "https://example.org/new-help"}
    bot = await start_bot(database_url, gateway, site, contact_presets={"org": changed}, **BOTH)
    try:
        stale = await say(bot, gateway, "!contact stale", ADMIN)
        assert stale["body"].startswith("**Rooms whose contacts differ from their preset (3)**")
        refused = await say(bot, gateway, "!contact rollout org", ALICE)
        assert "Only bot admins" in refused["body"]
        gateway.sent.clear()
        reply = await say(bot, gateway, "!contact rollout org", ADMIN)
        assert reply["body"].startswith(
            'Rolled out the preset "org": 2 rooms updated, 0 already up to date, 1 failed:'
        )
        assert "`!c:example.org`: I lack the power level to send m.room.contact" in reply["body"]
        written = {(s.room_id, s.event_type) for s in gateway.sent if s.state_key is not None}
        assert written == {(r, t) for r in rooms[:2] for t in (STATE_TYPE, UNSTABLE_STATE_TYPE)}
        stale = await say(bot, gateway, "!contact stale", ADMIN)
        assert "(1)" in stale["body"] and "!c:example.org" in stale["body"]
        assert 'differs from preset "org"' in stale["body"]
        again = await say(bot, gateway, "!contact rollout org", ADMIN)
        assert "0 rooms updated, 2 already up to date, 1 failed" in again["body"]
    finally:
        await bot.stop()


async def test_manual_change_makes_a_room_stale_until_unfollowed(
    bot: ContactBot, gateway: FakeGateway
) -> None:
    """A room edited by hand after applying a preset is stale; after unfollow it is not listed,
    and a rollout leaves it alone."""
    await join(bot, gateway, state=admin_room())
    await say(bot, gateway, "!contact apply org", ALICE)
    await feed(bot, contact_event({"contacts": [{"matrix_id": BOB}]}, ALICE))
    stale = await say(bot, gateway, "!contact stale", ADMIN)
    assert "m.room.contact differs" in stale["body"]
    reply = await say(bot, gateway, "!contact unfollow", ALICE)
    assert 'no longer follows the preset "org"' in reply["body"]
    assert (await say(bot, gateway, "!contact stale", ADMIN))["body"].startswith("Every room")
    rollout = await say(bot, gateway, "!contact rollout org", ADMIN)
    assert "0 rooms updated, 0 already up to date, 0 failed." in rollout["body"]


async def test_help_explains_the_subcommands(bot: ContactBot, gateway: FakeGateway) -> None:
    """!help contact lists the subcommands; !help lists !contact and !support."""
    await join(bot, gateway, state=admin_room())
    overview = await say(bot, gateway, "!help", CAROL)
    assert "!contact" in overview["body"] and "!support" in overview["body"]
    details = await say(bot, gateway, "!help contact", CAROL)
    for sub in (
        "add",
        "remove",
        "page",
        "via",
        "clear",
        "history",
        "problems",
        "apply",
        "unfollow",
        "rollout",
        "stale",
    ):
        assert f"!contact {sub}" in details["body"], sub
