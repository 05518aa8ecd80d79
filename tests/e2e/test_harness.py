"""The e2e harness on its own, without contactbot: Synapse, users, the client and the baseline.

If these pass and ``test_basic`` fails, the bot is at fault, not the harness.
"""

from __future__ import annotations

import sys
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import aiohttp
import pytest

from contactbot.devtools.matrix_accounts import register_user
from contactbot.devtools.matrix_client import MatrixError, UserClient, reply_target
from contactbot.devtools.ports import free_port
from contactbot.devtools.process import ManagedProcess, ProcessError
from contactbot.devtools.synapse_server import SynapseServer, write_appservice_registration

pytestmark = pytest.mark.e2e

BARE_APPSERVICE = Path(__file__).resolve().parents[2] / "bench" / "bare_appservice.py"


@dataclass
class Harness:
    synapse: SynapseServer
    bare: ManagedProcess
    bare_user_id: str


@pytest.fixture(scope="module")
async def harness(
    synapse_python: Path, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[Harness]:
    workdir = tmp_path_factory.mktemp("e2e-harness")
    port = free_port()
    registration = workdir / "bare.yaml"
    write_appservice_registration(
        registration, as_id="bare", localpart="barebot", domain="localhost",
        url=f"http://127.0.0.1:{port}",
    )  # fmt: skip
    synapse = SynapseServer(
        synapse_python, workdir / "synapse", app_service_config_files=[registration]
    )
    async with synapse:
        bare = ManagedProcess(
            [
                *(sys.executable, str(BARE_APPSERVICE), "--registration", str(registration)),
                *("--homeserver", synapse.base_url, "--domain", synapse.server_name),
            ],
            name="bare appservice",
            log_path=workdir / "bare.log",
            ready_url=f"http://127.0.0.1:{port}/_matrix/mau/ready",
        )
        async with bare:
            yield Harness(synapse, bare, f"@barebot:{synapse.server_name}")
        assert bare.returncode == 0, "the bare appservice should exit cleanly on SIGTERM"
    synapse_process = synapse.process
    assert synapse_process is not None
    assert not synapse_process.running, "Synapse must be stopped when its context exits"


async def test_synapse_serves_versions(harness: Harness) -> None:
    """Synapse from the cached venv starts on loopback and answers /_matrix/client/versions."""
    async with (
        aiohttp.ClientSession() as session,
        session.get(f"{harness.synapse.base_url}/_matrix/client/versions") as resp,
    ):
        assert resp.status == 200
        body = await resp.json()
    assert body["versions"], body
    assert harness.synapse.log_path.is_file()
    assert harness.synapse.base_url.startswith("http://127.0.0.1:")


async def test_shared_secret_registration_returns_working_token(harness: Harness) -> None:
    """Shared-secret registration returns a token that whoami accepts; a wrong secret fails."""
    synapse = harness.synapse
    user_id, token = await register_user(synapse.base_url, synapse.shared_secret, "reg1", "pw")
    assert user_id == "@reg1:localhost"
    async with UserClient(synapse.base_url, user_id, token) as client:
        assert await client.whoami() == user_id
    with pytest.raises(MatrixError) as err:
        await register_user(synapse.base_url, "not-the-secret", "reg2", "pw")
    assert err.value.status == 403


async def test_client_helpers_against_synapse(harness: Harness) -> None:
    """Rooms (v11), invites, joins, messages, state, profile fields and reactions round-trip."""
    alice = await harness.synapse.user("helper_alice")
    bob = await harness.synapse.user("helper_bob")
    async with alice, bob:
        room_id = await alice.create_room(
            room_version="11",
            initial_state=[{"type": "m.room.topic", "state_key": "", "content": {"topic": "t"}}],
            power_level_content_override={"users": {alice.user_id: 100, bob.user_id: 50}},
        )
        assert room_id.endswith(":localhost")  # v11 room IDs still carry the server name
        await alice.invite(room_id, bob.user_id)
        await bob.wait_for_membership(room_id, bob.user_id, "invite")
        assert await bob.join(room_id) == room_id
        await alice.wait_for_membership(room_id, bob.user_id, "join")

        event_id = await alice.send_text(room_id, "hello")
        seen = await bob.wait_for_event(room_id, lambda e: e.get("event_id") == event_id)
        assert seen["content"]["body"] == "hello"
        reaction = await bob.react(room_id, event_id, "👍")
        got = await alice.wait_for_event(room_id, lambda e: e.get("event_id") == reaction)
        assert got["content"]["m.relates_to"]["key"] == "👍"

        await alice.send_state(room_id, "m.room.contact", {"contacts": []})
        assert await bob.get_state_event(room_id, "m.room.contact") == {"contacts": []}
        power = await bob.get_state_event(room_id, "m.room.power_levels")
        assert power["users"][bob.user_id] == 50

        await alice.set_profile_field("m.status", {"text": "On holiday"})
        assert await bob.get_profile_field(alice.user_id, "m.status") == {"text": "On holiday"}
        await alice.delete_profile_field("m.status")
        with pytest.raises(MatrixError) as err:
            await bob.get_profile_field(alice.user_id, "m.status")
        assert err.value.errcode == "M_NOT_FOUND"

        ids = [e["event_id"] for e in await alice.messages(room_id)]
        assert ids.index(event_id) < ids.index(reaction)


async def test_bare_appservice_replies_to_help(harness: Harness) -> None:
    """The benchmark's bare appservice joins on invite and answers !help through real Synapse."""
    user = await harness.synapse.user("bare_user")
    async with user:
        room_id = await user.create_room(invite=[harness.bare_user_id])
        await user.wait_for_membership(room_id, harness.bare_user_id, "join")
        started = time.monotonic()
        help_id = await user.send_text(room_id, "!help")
        reply = await user.wait_for_event(room_id, lambda e: reply_target(e) == help_id)
        elapsed = time.monotonic() - started
    assert reply["sender"] == harness.bare_user_id
    assert reply["content"]["msgtype"] == "m.notice"
    assert reply["content"]["m.mentions"] == {}
    assert "!help" in reply["content"]["body"]
    assert elapsed < 5, f"reply took {elapsed:.2f} s"


async def test_synapse_that_dies_fails_fast_with_its_log(
    synapse_python: Path, tmp_path: Path
) -> None:
    """A Synapse that exits during start-up fails at once with its log, leaving no process."""
    broken = tmp_path / "broken-registration.yaml"
    broken.write_text("id: broken\n", encoding="utf-8")  # no tokens: Synapse refuses it
    synapse = SynapseServer(synapse_python, tmp_path / "hs", app_service_config_files=[broken])
    started = time.monotonic()
    with pytest.raises(ProcessError) as err:
        async with synapse:
            pass
    assert time.monotonic() - started < 20
    assert "exited with code 1 before it was ready" in str(err.value)
    assert "as_token" in str(err.value)  # the log tail names the cause
    assert synapse.process is not None
    assert not synapse.process.running


async def test_synapse_refuses_a_port_in_use(
    harness: Harness, synapse_python: Path, tmp_path: Path
) -> None:
    """Starting Synapse on a port already in use fails rather than probing the other server."""
    clash = SynapseServer(synapse_python, tmp_path / "clash", port=harness.synapse.port)
    with pytest.raises(ProcessError, match="already in use"):
        await clash.start()
    assert clash.process is None
