"""Room contacts against a real Synapse: editing by command, ``!contact``, ``!support``.

The homeserver's ``/.well-known/matrix/support`` is served by a loopback web server that the
bot reaches through ``wellknown.overrides`` in its config, the only way it ever uses plain http
or a loopback address.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from contactbot.devtools.matrix_client import MatrixError
from tests.e2e.conftest import Stack
from tests.e2e.contacts_helpers import (
    STABLE,
    UNSTABLE,
    SupportSite,
    bullets,
    command,
    contacts_stack_for,
    room_with_powered_bot,
)

pytestmark = pytest.mark.e2e


def support_document(server_name: str) -> dict[str, Any]:
    return {
        "contacts": [
            {"email_address": "admins@hs.example", "role": "m.role.admin"},
            {"matrix_id": f"@ops:{server_name}", "role": "m.role.security"},
        ],
        "support_page": "https://hs.example/help",
    }


@pytest.fixture(scope="module")
async def contacts_stack(
    synapse_python: Path, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[tuple[Stack, SupportSite]]:
    """A private homeserver and bot whose config points the homeserver's server name at a
    loopback support document."""
    workdir = tmp_path_factory.mktemp("e2e-contacts")
    async with contacts_stack_for(workdir, synapse_python, support_document) as pair:
        yield pair


async def test_set_contacts_by_command_and_list_them_with_the_homeserver(
    contacts_stack: tuple[Stack, SupportSite],
) -> None:
    """The room admin adds a contact; the bot writes only the unstable event type (MSC4489 is
    not past FCP) with the moderator role's unstable ID; a member's !contact shows the room's
    own contacts first, in their own section, then the homeserver's contacts from the
    loopback well-known under the server's name, without pinging anyone."""
    stack, site = contacts_stack
    alice = await stack.register("alice")
    bob = await stack.register("bob")
    room_id = await room_with_powered_bot(stack, alice, room_version="11")
    await alice.invite(room_id, bob.user_id)
    await bob.join(room_id)

    added = await command(stack, alice, room_id, f"!contact add moderator {bob.user_id}")
    assert added["body"].startswith("Added."), added["body"]
    expected = {
        "contacts": [{"matrix_id": bob.user_id, "role": "support.feline.msc4121.role.moderator"}]
    }
    assert await alice.get_state_event(room_id, UNSTABLE) == expected
    with pytest.raises(MatrixError):
        await alice.get_state_event(room_id, STABLE)

    refused = await command(stack, bob, room_id, "!contact add admin bob@hs.example")
    assert "needs power level 50, and you have 0" in refused["body"]

    shown = await command(stack, bob, room_id, "!contact")
    body = shown["body"]
    server = stack.synapse.server_name
    assert body.startswith("**This room's contacts** (the room's own claim, not verified)")
    assert f"**Support contacts of homeserver {server}**" in body
    entries = bullets(body)
    assert entries[0] == f"• {bob.user_id} — Moderator"
    assert "• admins@hs.example — Administrator" in entries
    assert "• Support page: https://hs.example/help" in entries
    # The room's own contact comes first, although the homeserver lists an admin.
    assert body.index(bob.user_id) < body.index(f"homeserver {server}")
    assert body.index(f"homeserver {server}") < body.index("admins@hs.example")
    assert f'href="https://matrix.to/#/{bob.user_id}"' in shown["formatted_body"]
    assert site.requests >= 1
    moderator = await command(stack, bob, room_id, "!contact moderator")
    assert bullets(moderator["body"])[0] == f"• {bob.user_id} — Moderator"


async def test_v12_creator_edits_and_history_records_it(
    contacts_stack: tuple[Stack, SupportSite],
) -> None:
    """In a v12 room the creator (not in the power levels) may set the support page, which
    the bot writes as the unstable type; the history names who asked."""
    stack, _ = contacts_stack
    carol = await stack.register("carol")
    room_id = await room_with_powered_bot(stack, carol, room_version="12")
    reply = await command(stack, carol, room_id, "!contact page https://rooms.example/help")
    assert reply["body"].startswith("Support page set."), reply["body"]
    assert await carol.get_state_event(room_id, UNSTABLE) == {
        "support_page": "https://rooms.example/help"
    }
    with pytest.raises(MatrixError):
        await carol.get_state_event(room_id, STABLE)
    history = await command(stack, carol, room_id, "!contact history")
    assert f"for {carol.user_id}: valid" in history["body"]


async def test_bot_without_power_says_so(contacts_stack: tuple[Stack, SupportSite]) -> None:
    """In a room where the bot has the default power level 0, it explains it cannot write
    the type it writes (the unstable one), and nothing is written."""
    stack, _ = contacts_stack
    dave = await stack.register("dave")
    room_id = await stack.room_with_bot(dave, room_version="11")
    reply = await command(stack, dave, room_id, f"!contact add admin {dave.user_id}")
    assert f"I lack the power level to send {UNSTABLE} here" in reply["body"]
    for event_type in (STABLE, UNSTABLE):
        with pytest.raises(MatrixError):
            await dave.get_state_event(room_id, event_type)


async def test_contact_state_set_by_a_client_is_read(
    contacts_stack: tuple[Stack, SupportSite],
) -> None:
    """Contacts a client sets directly (unstable type only, with an unsafe page) are tracked:
    !contact lists them and never links the unsafe page."""
    stack, _ = contacts_stack
    erin = await stack.register("erin")
    room_id = await stack.room_with_bot(erin, room_version="11")
    await erin.send_state(
        room_id,
        UNSTABLE,
        {
            "contacts": [{"email_address": "mods@rooms.example", "role": "m.role.admin"}],
            "support_page": "javascript:alert(1)",
        },
    )
    shown = await command(stack, erin, room_id, "!contact admin")
    assert shown["body"].startswith("**This room's contacts for admin**")
    assert bullets(shown["body"])[0] == "• mods@rooms.example — Administrator"
    assert "javascript" not in shown["formatted_body"]


async def test_support_command(contacts_stack: tuple[Stack, SupportSite]) -> None:
    """!support shows the sender's homeserver's document from the loopback well-known; a
    server without an override that resolves to loopback is refused, not fetched."""
    stack, _ = contacts_stack
    frank = await stack.register("frank")
    room_id = await stack.room_with_bot(frank)
    own = await command(stack, frank, room_id, "!support")
    server = stack.synapse.server_name
    assert own["body"].startswith(f"**Support information published by {server}**")
    assert "admins@hs.example — Administrator" in own["body"]
    assert f"@ops:{server} — Security contact" in own["body"]
    refused = await command(stack, frank, room_id, "!support 127.0.0.1")
    assert refused["body"].startswith("I could not fetch the support information of 127.0.0.1")
    assert "loopback" in refused["body"]
