"""Encrypted events through the real inbox on real PostgreSQL: kept and retried until their
room key arrives, answered exactly once, and given up on (logged, counted, said in the room)
after a bounded wait. The cipher is scripted; inbox, outbox and router are the bot's own."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from typing import Any

import pytest

from contactbot.app import ContactBot
from contactbot.core.services.decryption import DecryptingHandler, GiveUpRule
from contactbot.core.services.encryption import (
    EncryptingGateway,
    EncryptionPolicy,
    KeysMissing,
    Undecryptable,
)
from tests.botfactory import make_bot
from tests.fakes import FakeGateway
from tests.testbot import BOT, ROOM, event, join, wait_for

JSON = dict[str, Any]


class ScriptedCipher:
    """Decrypts an event once its session's key has been 'received' (``give_key``)."""

    device_id = "BOTDEVICE"
    to_device_seen = 0

    def __init__(self) -> None:
        self.keys: set[str] = set()
        self.broken: set[str] = set()
        self.encrypted_rooms: set[str] = set()
        self.plaintexts: dict[str, JSON] = {}

    def give_key(self, session_id: str) -> None:
        self.keys.add(session_id)

    async def is_encrypted(self, room_id: str) -> bool:
        return room_id in self.encrypted_rooms

    async def encrypt(self, room_id: str, event_type: str, content: JSON) -> JSON:
        return {"algorithm": "m.megolm.v1.aes-sha2", "ciphertext": f"<{event_type}>"}

    async def decrypt(self, raw: JSON) -> JSON:
        session = raw["content"]["session_id"]
        if session in self.broken:
            raise Undecryptable("DuplicateMessageIndex")
        if session not in self.keys:
            raise KeysMissing(f"no room key for session {session}")
        return {**raw, **self.plaintexts[raw["event_id"]]}


def encrypted_command(cipher: ScriptedCipher, body: str, session: str) -> JSON:
    raw = event(
        "m.room.encrypted",
        {"algorithm": "m.megolm.v1.aes-sha2", "session_id": session, "ciphertext": "..."},
    )
    cipher.plaintexts[raw["event_id"]] = {
        "type": "m.room.message",
        "content": {"msgtype": "m.text", "body": body},
    }
    return raw


@pytest.fixture
async def bot(database_url: str, gateway: FakeGateway) -> AsyncIterator[ContactBot]:
    bot = make_bot(database_url, gateway, **{"inbox.retry_base_seconds": 0.05})
    await bot.start()
    # The test drives the inbox itself, through the decrypting step.
    assert bot.worker is not None
    await bot.worker.stop()
    await join(bot, gateway)
    yield bot
    await bot.stop()


def decrypting(bot: ContactBot, cipher: ScriptedCipher, *, max_wait: float = 60.0) -> Any:
    return DecryptingHandler(
        cipher=cipher,
        handler=bot.router.handle_raw,
        notices=bot.outbox,
        metrics=bot.metrics,
        bot_user_id=BOT,
        rule=GiveUpRule(inbox_max_attempts=5, max_wait=max_wait),
    )


async def process(bot: ContactBot, handler: Any) -> int:
    """Run the room's due events, as the inbox worker would."""
    return (await bot.inbox.process_room(ROOM, handler)).processed


async def inbox_counts(bot: ContactBot) -> dict[str, int]:
    return await bot.inbox.refresh_depth()


async def test_event_without_its_key_is_kept_and_answered_once_when_the_key_arrives(
    bot: ContactBot, gateway: FakeGateway
) -> None:
    cipher = ScriptedCipher()
    handler = decrypting(bot, cipher)
    raw = encrypted_command(cipher, "!help", "s1")
    await bot.inbox.accept("t1", [raw])

    await process(bot, handler)
    assert gateway.messages(ROOM) == []
    assert (await inbox_counts(bot))["pending"] == 1  # kept, waiting for its retry

    cipher.give_key("s1")
    await asyncio.sleep(0.2)  # past the retry delay
    await process(bot, handler)
    await wait_for(lambda: gateway.messages(ROOM))
    replies = gateway.messages(ROOM)
    assert len(replies) == 1 and "!help" in replies[0]["body"]
    assert replies[0]["m.relates_to"]["m.in_reply_to"]["event_id"] == raw["event_id"]

    # Replaying the transaction or processing again changes nothing.
    await bot.inbox.accept("t1", [raw])
    await asyncio.sleep(0.2)
    await process(bot, handler)
    assert len(gateway.messages(ROOM)) == 1
    assert (await inbox_counts(bot)).get("pending", 0) == 0


async def test_key_that_never_arrives_is_given_up_counted_and_said_once(
    bot: ContactBot, gateway: FakeGateway
) -> None:
    cipher = ScriptedCipher()
    handler = decrypting(bot, cipher)
    first = encrypted_command(cipher, "!help", "lost")
    second = encrypted_command(cipher, "!help", "lost")
    await bot.inbox.accept("t1", [first, second])

    deadline = time.monotonic() + 10
    while (await inbox_counts(bot)).get("pending", 0) and time.monotonic() < deadline:
        await process(bot, handler)
        await asyncio.sleep(0.1)

    counts = await inbox_counts(bot)
    # Given up by the bot (done), not parked as failed by the inbox.
    assert counts.get("pending", 0) == 0 and counts.get("failed", 0) == 0
    await wait_for(lambda: gateway.messages(ROOM))
    notices = gateway.messages(ROOM)
    assert len(notices) == 1  # one notice per room per interval, not one per event
    assert "could not decrypt" in notices[0]["body"]
    assert cipher.device_id in notices[0]["body"]
    assert bot.metrics.failures.labels("decryption")._value.get() == 2


async def test_undecryptable_event_is_given_up_at_once(
    bot: ContactBot, gateway: FakeGateway
) -> None:
    cipher = ScriptedCipher()
    cipher.broken.add("replayed")
    handler = decrypting(bot, cipher)
    await bot.inbox.accept("t1", [encrypted_command(cipher, "!help", "replayed")])
    await process(bot, handler)
    assert (await inbox_counts(bot)).get("pending", 0) == 0
    await wait_for(lambda: gateway.messages(ROOM))
    assert "could not decrypt" in gateway.messages(ROOM)[0]["body"]


def test_give_up_rule_stops_before_the_inbox_parks_or_after_the_wait() -> None:
    rule = GiveUpRule(inbox_max_attempts=5, max_wait=60.0)
    assert not rule.gives_up(attempts=3, waited=10.0)
    assert rule.gives_up(attempts=4, waited=10.0)  # the inbox would park at the fifth
    assert rule.gives_up(attempts=1, waited=60.0)
    assert GiveUpRule(inbox_max_attempts=1, max_wait=60.0).gives_up(attempts=1, waited=0.0)


async def test_encrypting_gateway_encrypts_only_for_encrypted_rooms_and_keeps_the_txn_id(
    gateway: FakeGateway,
) -> None:
    cipher = ScriptedCipher()
    cipher.encrypted_rooms.add("!secret:example.org")
    wrapped = EncryptingGateway(gateway, cipher)
    await wrapped.send_message("!secret:example.org", {"body": "hi"}, txn_id="cb.$e.0")
    await wrapped.send_message("!open:example.org", {"body": "hi"}, txn_id="cb.$f.0")
    secret, plain = gateway.sent
    assert (secret.event_type, secret.txn_id) == ("m.room.encrypted", "cb.$e.0")
    assert "ciphertext" in secret.content and "body" not in secret.content
    assert (plain.event_type, plain.content) == ("m.room.message", {"body": "hi"})


async def test_policy_refuses_private_notices_in_clear_rooms_only_when_required() -> None:
    cipher = ScriptedCipher()
    cipher.encrypted_rooms.add("!secret:example.org")
    required = EncryptionPolicy(require=True, cipher=cipher)
    assert await required.may_post_private("!secret:example.org")
    assert not await required.may_post_private("!open:example.org")
    assert not await EncryptionPolicy(require=True).may_post_private("!secret:example.org")
    assert await EncryptionPolicy(require=False).may_post_private("!open:example.org")
