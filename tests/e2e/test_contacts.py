"""Room contacts against a real Synapse: editing by command, ``!contact``, ``!support``.

The homeserver's ``/.well-known/matrix/support`` is served by a loopback web server that the
bot reaches through ``wellknown.overrides`` in its config, the only way it ever uses plain http
or a loopback address.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web
from ruamel.yaml import YAML

from contactbot.devtools.botprocess import load_yaml, set_dotted
from contactbot.devtools.matrix_client import MatrixError, UserClient
from tests.e2e.conftest import Stack, start_stack

pytestmark = pytest.mark.e2e

STABLE = "m.room.contact"
UNSTABLE = "net.codestorm.msc4489.contact"


class SupportSite:
    """Serves one support document at /.well-known/matrix/support; counts requests."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self.requests = 0
        self.port = 0
        self._runner: web.AppRunner | None = None

    async def _handle(self, request: web.Request) -> web.Response:
        self.requests += 1
        return web.Response(body=json.dumps(self.document), content_type="application/json")

    async def start(self) -> None:
        app = web.Application()
        app.router.add_get("/.well-known/matrix/support", self._handle)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", 0).start()
        self.port = self._runner.addresses[0][1]

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()


@pytest.fixture(scope="module")
async def contacts_stack(
    synapse_python: Path, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[tuple[Stack, SupportSite]]:
    """A private homeserver and bot whose config points the homeserver's server name at a
    loopback support document."""
    workdir = tmp_path_factory.mktemp("e2e-contacts")
    async with start_stack(workdir, synapse_python) as stack:
        site = SupportSite(
            {
                "contacts": [
                    {"email_address": "admins@hs.example", "role": "m.role.admin"},
                    {"matrix_id": f"@ops:{stack.synapse.server_name}", "role": "m.role.security"},
                ],
                "support_page": "https://hs.example/help",
            }
        )
        await site.start()
        try:
            yaml = YAML()
            yaml.indent(mapping=4, sequence=4, offset=0)
            config = load_yaml(stack.config_path)
            set_dotted(
                config,
                "wellknown.overrides",
                {stack.synapse.server_name: f"http://127.0.0.1:{site.port}"},
            )
            with stack.config_path.open("w", encoding="utf-8") as out:
                yaml.dump(config, out)
            await stack.bot.restart()
            yield stack, site
        finally:
            await site.stop()


async def command(stack: Stack, user: UserClient, room_id: str, body: str) -> dict[str, Any]:
    """Send ``body`` and return the content of the bot's reply to it."""
    event_id = await user.send_text(room_id, body)
    reply = await stack.wait_for_reply(user, room_id, event_id)
    content: dict[str, Any] = reply["content"]
    assert content["msgtype"] == "m.notice"
    assert content["m.mentions"] == {}
    return content


async def room_with_powered_bot(stack: Stack, owner: UserClient, **options: Any) -> str:
    """A room where the bot has power level 50 (enough to send m.room.contact)."""
    levels = {"users": {stack.bot_user_id: 50}}
    if options.get("room_version") != "12":
        levels["users"][owner.user_id] = 100
    return await stack.room_with_bot(owner, power_level_content_override=levels, **options)


async def test_set_contacts_by_command_and_list_them_with_the_homeserver(
    contacts_stack: tuple[Stack, SupportSite],
) -> None:
    """The room admin adds a contact; the bot writes both event types to the room; a member's
    !contact shows the room's contact first (unverified) and then the homeserver's contacts
    from the loopback well-known, without pinging anyone."""
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
    assert await alice.get_state_event(room_id, STABLE) == expected
    assert await alice.get_state_event(room_id, UNSTABLE) == expected

    refused = await command(stack, bob, room_id, "!contact add admin bob@hs.example")
    assert "needs power level 50, and you have 0" in refused["body"]

    shown = await command(stack, bob, room_id, "!contact")
    body = shown["body"]
    assert f"{bob.user_id} — Moderator, provided by the room (unverified)" in body
    assert "admins@hs.example — Administrator, homeserver" in body
    assert "Support page: https://hs.example/help" in body
    # Without a purpose the general-purpose admin comes first (MSC4489's consumer rule).
    assert body.index("admins@hs.example") < body.index(bob.user_id)
    assert f'href="https://matrix.to/#/{bob.user_id}"' in shown["formatted_body"]
    assert site.requests >= 1
    moderator = await command(stack, bob, room_id, "!contact moderator")
    first = next(line for line in moderator["body"].splitlines() if line.startswith("• "))
    assert first.startswith(f"• {bob.user_id} — Moderator")


async def test_v12_creator_edits_and_history_records_it(
    contacts_stack: tuple[Stack, SupportSite],
) -> None:
    """In a v12 room the creator (not in the power levels) may set the support page; the
    history names who asked."""
    stack, _ = contacts_stack
    carol = await stack.register("carol")
    room_id = await room_with_powered_bot(stack, carol, room_version="12")
    reply = await command(stack, carol, room_id, "!contact page https://rooms.example/help")
    assert reply["body"].startswith("Support page set."), reply["body"]
    assert await carol.get_state_event(room_id, STABLE) == {
        "support_page": "https://rooms.example/help"
    }
    history = await command(stack, carol, room_id, "!contact history")
    assert f"for {carol.user_id}: valid" in history["body"]


async def test_bot_without_power_says_so(contacts_stack: tuple[Stack, SupportSite]) -> None:
    """In a room where the bot has the default power level 0, it explains it cannot write."""
    stack, _ = contacts_stack
    dave = await stack.register("dave")
    room_id = await stack.room_with_bot(dave, room_version="11")
    reply = await command(stack, dave, room_id, f"!contact add admin {dave.user_id}")
    assert "I lack the power level to send m.room.contact here" in reply["body"]
    with pytest.raises(MatrixError):
        await dave.get_state_event(room_id, STABLE)


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
    assert (
        "mods@rooms.example — Administrator, provided by the room (unverified)" in (shown["body"])
    )
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
