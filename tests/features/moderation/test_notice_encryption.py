"""``encryption.require``: flag notices quote status text, so they wait for an encrypted room."""

from __future__ import annotations

from contactbot.core.services.encryption import EncryptionPolicy
from tests.fakes import FakeGateway
from tests.features.moderation.helpers import (
    EVE,
    HIGH,
    MODS,
    all_flags,
    notice_service,
    notices,
    set_name,
    start_bot,
)


class _Cipher:
    """A stand-in for the bot's device: which rooms are encrypted."""

    def __init__(self, encrypted: set[str]) -> None:
        self.encrypted = encrypted

    async def is_encrypted(self, room_id: str) -> bool:
        return room_id in self.encrypted


async def test_required_encryption_holds_notices_until_the_room_is_encrypted(
    database_url: str, gateway: FakeGateway
) -> None:
    """With encryption required and an unencrypted moderators' room, a flag is recorded and
    listed but its notice is not posted; once the room is encrypted, the retry posts it."""
    bot = await start_bot(database_url, gateway)
    try:
        cipher = _Cipher(set())
        notice_service(bot).encryption = EncryptionPolicy(require=True, cipher=cipher)  # type: ignore[arg-type]
        await set_name(bot, EVE, f"Eve the {HIGH}")
        (flag,) = await all_flags(bot)
        assert flag.state == "open" and flag.notice_event_id is None
        assert notices(gateway) == []
        cipher.encrypted.add(MODS)
        assert await notice_service(bot).retry_notices() == 1
        assert len(notices(gateway)) == 1
    finally:
        await bot.stop()


async def test_notices_go_out_when_encryption_is_not_required(
    database_url: str, gateway: FakeGateway
) -> None:
    """Without ``require`` the same unencrypted room gets the notice at once (the default)."""
    bot = await start_bot(database_url, gateway)
    try:
        notice_service(bot).encryption = EncryptionPolicy(require=False, cipher=_Cipher(set()))  # type: ignore[arg-type]
        await set_name(bot, EVE, f"Eve the {HIGH}")
        assert len(notices(gateway)) == 1
    finally:
        await bot.stop()
