"""The bot in encrypted rooms, against the real Synapse, with a real encrypting client.

Each test's user is a matrix-nio client with its own device; the bot must decrypt its command,
answer encrypted (the client decrypts the answer with the room key the bot shared with it), and
keep exactly-once replies when keys arrive late or the bot restarts in between.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest
from nio.events import Event

from contactbot.devtools.botprocess import BotProcess
from contactbot.devtools.matrix_client import UserClient
from tests.e2e.conftest import REPLY_TIMEOUT, Stack
from tests.e2e.encrypted_user import EncryptedUser, replies_to

pytestmark = pytest.mark.e2e

QUIET_WINDOW = 2.0
_serial = iter(range(1, 10_000))


@pytest.fixture
async def user_factory(stack: Stack, tmp_path: Path) -> AsyncIterator[EncryptedUserFactory]:
    factory = EncryptedUserFactory(stack, tmp_path)
    yield factory
    for user in factory.users:
        await user.close()


class EncryptedUserFactory:
    def __init__(self, stack: Stack, root: Path) -> None:
        self.stack = stack
        self.root = root
        self.users: list[EncryptedUser] = []

    async def __call__(self, name: str) -> EncryptedUser:
        username = f"{name}e{next(_serial)}"
        user = await EncryptedUser.register(
            self.stack.synapse.base_url,
            self.stack.synapse.shared_secret,
            username,
            self.root / username,
        )
        self.users.append(user)
        return user


async def encrypted_room_with_bot(
    stack: Stack, user: EncryptedUser, *, is_direct: bool = False
) -> str:
    room_id = await user.create_encrypted_room(invite=[stack.bot_user_id], is_direct=is_direct)
    await user.wait_until_joined(room_id, stack.bot_user_id, REPLY_TIMEOUT)
    return room_id


def bot_reply_to(stack: Stack, command_id: str) -> Callable[[Event], bool]:
    def match(event: Event) -> bool:
        return event.sender == stack.bot_user_id and replies_to(event, command_id)

    return match


async def bot_replies(user: EncryptedUser, stack: Stack, command_id: str) -> list[Event]:
    await asyncio.sleep(QUIET_WINDOW)
    await user.sync()
    return [e for e in user.seen if e.sender == stack.bot_user_id and replies_to(e, command_id)]


async def test_command_in_encrypted_room_gets_one_encrypted_reply(
    stack: Stack, user_factory: EncryptedUserFactory
) -> None:
    """!help sent encrypted is decrypted by the bot, which answers once, encrypted, and the
    user's client decrypts the answer."""
    alice = await user_factory("alice")
    room_id = await encrypted_room_with_bot(stack, alice)
    help_id = await alice.send_text(room_id, "!help")
    reply = await alice.wait_for(bot_reply_to(stack, help_id), REPLY_TIMEOUT)
    assert getattr(reply, "decrypted", False), "the bot's reply was not encrypted"
    assert "!help" in reply.source["content"]["body"]
    assert len(await bot_replies(alice, stack, help_id)) == 1
    assert alice.undecrypted_from(stack.bot_user_id) == []


async def test_status_in_encrypted_dm(stack: Stack, user_factory: EncryptedUserFactory) -> None:
    """!status in an encrypted direct chat with the bot gets an encrypted answer."""
    bob = await user_factory("bob")
    room_id = await encrypted_room_with_bot(stack, bob, is_direct=True)
    status_id = await bob.send_text(room_id, "!status")
    reply = await bob.wait_for(bot_reply_to(stack, status_id), REPLY_TIMEOUT)
    assert getattr(reply, "decrypted", False)
    assert reply.source["content"]["msgtype"] == "m.notice"
    assert reply.source["content"]["body"]


async def test_restart_keeps_the_bots_device_and_sessions(
    stack: Stack, user_factory: EncryptedUserFactory
) -> None:
    """After a restart the bot has the same device, still decrypts the room's current
    session (no re-share from the user) and its answer is readable with keys it shared before."""
    carol = await user_factory("carol")
    room_id = await encrypted_room_with_bot(stack, carol)
    first = await carol.send_text(room_id, "!help")
    await carol.wait_for(bot_reply_to(stack, first), REPLY_TIMEOUT)
    device_ids_before = {
        d.id for d in carol.client.device_store.active_user_devices(stack.bot_user_id)
    }
    assert len(device_ids_before) == 1

    await stack.bot.stop()
    await stack.bot.start()

    second = await carol.send_text(room_id, "!help")
    reply = await carol.wait_for(bot_reply_to(stack, second), REPLY_TIMEOUT)
    assert getattr(reply, "decrypted", False)
    # A changed device would show in the device lists; the client queries keys in sync().
    await carol.sync()
    device_ids_after = {
        d.id for d in carol.client.device_store.active_user_devices(stack.bot_user_id)
    }
    assert device_ids_after == device_ids_before
    assert len(await bot_replies(carol, stack, second)) == 1


async def test_command_whose_key_arrives_late_gets_exactly_one_reply(
    stack: Stack, user_factory: EncryptedUserFactory
) -> None:
    """The message reaches the bot before its room key: the inbox keeps it and retries, and
    once the key arrives the command is answered, once (and not with "could not decrypt")."""
    log_offset = len(stack.bot.log_text())
    dave = await user_factory("dave")
    room_id = await encrypted_room_with_bot(stack, dave)
    client = dave.client
    assert client.olm is not None
    missing = client.get_missing_sessions(room_id)
    if missing:
        await client.keys_claim(missing)
    # The room key's to-device messages are made now (at message index 0) but held back.
    shares = [
        body
        for _, body in client.olm.share_group_session_parallel(
            room_id, [stack.bot_user_id], ignore_unverified_devices=True
        )
    ]
    assert shares, "nio found no device of the bot to share the key with"
    session = client.olm.outbound_group_sessions[room_id]
    session.shared = True
    content = client.olm.group_encrypt(
        room_id, {"type": "m.room.message", "content": {"msgtype": "m.text", "body": "!help"}}
    )
    async with UserClient(stack.synapse.base_url, dave.user_id, client.access_token) as raw:
        command_id = await raw.send_event(room_id, "m.room.encrypted", content)
        # Longer than the bot's in-handler wait: the event goes back to the inbox for a retry.
        await asyncio.sleep(3.0)
        for n, body in enumerate(shares):
            await raw.request(
                "PUT", f"/_matrix/client/v3/sendToDevice/m.room.encrypted/late-{n}", json_body=body
            )
    reply = await dave.wait_for(bot_reply_to(stack, command_id), REPLY_TIMEOUT * 2)
    assert "!help" in reply.source["content"]["body"]
    assert len(await bot_replies(dave, stack, command_id)) == 1
    assert "room key not here yet" in stack.bot.log_text()[log_offset:]


async def test_a_standby_replica_takes_over_the_device_when_the_active_one_dies(
    stack: Stack, user_factory: EncryptedUserFactory
) -> None:
    """A second replica with the same config waits for the device lease without serving;
    when the active replica is SIGKILLed it takes the lease, starts the same device and
    answers an encrypted command the user's client decrypts."""
    erin = await user_factory("erin")
    room_id = await encrypted_room_with_bot(stack, erin)
    standby = BotProcess(stack.config_path, log_path=stack.workdir / "standby.log")
    await standby.start(wait_ready=False)
    try:
        await standby.wait_for_log("waits for the encryption device", timeout=REPLY_TIMEOUT)
        assert "End-to-end encryption is on" not in standby.log_text()
        await stack.bot.kill()
        await standby.wait_ready(REPLY_TIMEOUT)
        assert "holds the encryption device" in standby.log_text()
        command = await erin.send_text(room_id, "!help")
        reply = await erin.wait_for(bot_reply_to(stack, command), REPLY_TIMEOUT)
        assert getattr(reply, "decrypted", False)
        await erin.sync()
        devices = erin.client.device_store.active_user_devices(stack.bot_user_id)
        assert len(list(devices)) == 1  # the same device, not a second one
    finally:
        await standby.stop()
        await stack.bot.start()
