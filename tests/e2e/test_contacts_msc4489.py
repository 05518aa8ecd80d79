"""MSC4489 conformance on a real Synapse (issue 10 items 1-3): the room's own contacts come
first, redactions are honoured at once, and the most recent of the two event types wins."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.conftest import Stack
from tests.e2e.contacts_helpers import (
    STABLE,
    UNSTABLE,
    SupportSite,
    bullets,
    command,
    contacts_stack_for,
    redact,
)

pytestmark = pytest.mark.e2e


def support_document(server_name: str) -> dict[str, Any]:
    """The homeserver lists an admin, a security contact and a support page."""
    return {
        "contacts": [
            {"email_address": "hs-admin@hs.example", "role": "m.role.admin"},
            {"email_address": "hs-security@hs.example", "role": "m.role.security"},
        ],
        "support_page": "https://hs.example/help",
    }


@pytest.fixture(scope="module")
async def msc_stack(
    synapse_python: Path, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[tuple[Stack, SupportSite]]:
    workdir = tmp_path_factory.mktemp("e2e-msc4489")
    async with contacts_stack_for(workdir, synapse_python, support_document) as pair:
        yield pair


async def test_the_rooms_own_contacts_come_before_the_homeservers(
    msc_stack: tuple[Stack, SupportSite],
) -> None:
    """Item 1: a room listing only a moderator shows that moderator first, then the
    homeserver's contacts in a section named by the server; `!contact security` in a room
    listing only an admin says in one line that the room has nobody for security, lists the
    room's admin, and only then the homeserver's security address. Body and HTML agree."""
    stack, _ = msc_stack
    owner = await stack.register("owner")
    server = stack.synapse.server_name
    room_id = await stack.room_with_bot(owner, room_version="11")
    moderator = {"matrix_id": owner.user_id, "role": "support.feline.msc4121.role.moderator"}
    await owner.send_state(room_id, UNSTABLE, {"contacts": [moderator]})
    shown = await command(stack, owner, room_id, "!contact")
    entries = bullets(shown["body"])
    assert entries[0] == f"• {owner.user_id} — Moderator"
    assert entries.index("• hs-admin@hs.example — Administrator") > 0
    html = shown["formatted_body"]
    assert html.index(owner.user_id) < html.index(f"homeserver {server}")
    assert html.index(f"homeserver {server}") < html.index("hs-admin@hs.example")

    admin_only = await stack.room_with_bot(owner, room_version="11")
    admin = {"email_address": "room-admin@rooms.example", "role": "m.role.admin"}
    await owner.send_state(admin_only, UNSTABLE, {"contacts": [admin]})
    security = await command(stack, owner, admin_only, "!contact security")
    lines = [line for line in security["body"].splitlines() if line.strip()]
    assert lines[0].startswith("**This room's contacts for security**")
    assert lines[1].startswith("Nobody in this room's contacts is listed for security")
    assert lines[2] == "• room-admin@rooms.example — Administrator"
    server_entries = bullets(security["body"][security["body"].index(f"homeserver {server}") :])
    assert server_entries[0] == "• hs-security@hs.example — Security contact"


async def test_a_redacted_contact_event_stops_counting_at_once(
    msc_stack: tuple[Stack, SupportSite],
) -> None:
    """Item 2: after a phishing support page is redacted, `!contact` no longer shows it, and
    the history records the redaction with who made it."""
    stack, _ = msc_stack
    owner = await stack.register("owner")
    room_id = await stack.room_with_bot(owner, room_version="11")
    phishing = "https://phish.example/login"
    event_id = await owner.send_state(room_id, UNSTABLE, {"support_page": phishing})
    before = await command(stack, owner, room_id, "!contact")
    assert phishing in before["body"]
    await redact(owner, room_id, event_id)
    after = await command(stack, owner, room_id, "!contact")
    room_part = after["body"].split("**Support contacts of homeserver")[0]
    assert phishing not in after["body"]
    assert "This room lists no contacts." in room_part
    history = await command(stack, owner, room_id, "!contact history")
    assert "redact" in history["body"].lower()
    assert owner.user_id in history["body"]


async def test_the_most_recent_type_wins_and_an_empty_one_clears(
    msc_stack: tuple[Stack, SupportSite],
) -> None:
    """Item 3: a stable event, then an unstable one from a client that writes only the
    unstable type: the unstable (more recent) one is in effect. A later stable `{}` clears
    the room's contacts although the unstable event still lists one. The bot's own write is
    the unstable type only."""
    stack, _ = msc_stack
    owner = await stack.register("owner")
    room_id = await stack.room_with_bot(
        owner,
        room_version="11",
        power_level_content_override={"users": {owner.user_id: 100, stack.bot_user_id: 50}},
    )
    old = {"email_address": "old@rooms.example", "role": "m.role.admin"}
    new = {"email_address": "new@rooms.example", "role": "m.role.admin"}
    await owner.send_state(room_id, STABLE, {"contacts": [old]})
    await owner.send_state(room_id, UNSTABLE, {"contacts": [new]})
    shown = await command(stack, owner, room_id, "!contact")
    assert bullets(shown["body"])[0] == "• new@rooms.example — Administrator"
    assert "old@rooms.example" not in shown["body"]

    problems = await command(stack, owner, room_id, "!contact problems")
    assert UNSTABLE in problems["body"] and STABLE in problems["body"]

    await owner.send_state(room_id, STABLE, {})
    cleared = await command(stack, owner, room_id, "!contact")
    assert "new@rooms.example" not in cleared["body"]
    assert "old@rooms.example" not in cleared["body"]

    added = await command(stack, owner, room_id, "!contact add admin again@rooms.example")
    assert added["body"].startswith("Added."), added["body"]
    written = await owner.get_state_event(room_id, UNSTABLE)
    assert {"email_address": "again@rooms.example", "role": "m.role.admin"} in written["contacts"]
    # The stable event is still the owner's {}: the bot did not write the stable type...
    assert await owner.get_state_event(room_id, STABLE) == {}
    # ...and its unstable write, being the most recent, is what counts.
    final = await command(stack, owner, room_id, "!contact")
    assert "again@rooms.example" in final["body"]
