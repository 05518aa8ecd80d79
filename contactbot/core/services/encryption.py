"""End-to-end encryption as services see it: the cipher seam, encrypted sending, the policy.

Nothing here knows the crypto library: ``core.transport.crypto_device`` implements
``RoomCipher`` with mautrix's ``OlmMachine``. ``EncryptingGateway`` wraps the homeserver
gateway so that every room event the bot sends into an encrypted room (command replies from the
outbox, flag notices, ...) is encrypted, and no service or feature has to care.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from contactbot.core.config import Config
from contactbot.core.services.gateway import JSON, MatrixGateway, ProfileAnswer

ENCRYPTED = "m.room.encrypted"


class KeysMissing(Exception):
    """The room key of an encrypted event has not arrived (yet): worth retrying later."""


class Undecryptable(Exception):
    """The event can never be decrypted (broken, replayed, or for an unknown algorithm)."""


class RoomCipher(Protocol):
    """The bot's encryption device, as far as services need it."""

    @property
    def device_id(self) -> str: ...

    @property
    def to_device_seen(self) -> int:
        """To-device messages received since start-up (zero hints at a homeserver set-up
        problem when keys never arrive)."""
        ...

    async def is_encrypted(self, room_id: str) -> bool: ...

    async def encrypt(self, room_id: str, event_type: str, content: JSON) -> JSON:
        """The ``m.room.encrypted`` content for ``content``, sharing a room key if needed."""
        ...

    async def decrypt(self, raw: JSON) -> JSON:
        """The decrypted event (same event ID, room, sender); raises ``KeysMissing`` or
        ``Undecryptable``."""
        ...


@dataclass(frozen=True, slots=True)
class EncryptionSettings:
    """The ``encryption:`` config section."""

    allow: bool = True
    require: bool = False
    # Upper bound on how long an event waits for its room key before the bot gives up on it.
    key_wait_seconds: float = 60.0
    # At most one "I cannot decrypt" notice per room in this many seconds.
    notice_interval_seconds: float = 600.0

    @classmethod
    def from_config(cls, config: Config) -> EncryptionSettings:
        return cls(
            allow=config.get_bool("encryption.allow"),
            require=config.get_bool("encryption.require"),
            key_wait_seconds=config.get_float("encryption.key_wait_seconds"),
            notice_interval_seconds=config.get_float("encryption.notice_interval_seconds"),
        )


@dataclass(frozen=True, slots=True)
class EncryptionPolicy:
    """What features ask before posting private data (flag notices quote users' status text).

    ``cipher`` is None when the bot has no working encryption device.
    """

    require: bool = False
    cipher: RoomCipher | None = None

    @property
    def active(self) -> bool:
        return self.cipher is not None

    async def is_encrypted(self, room_id: str) -> bool:
        return self.cipher is not None and await self.cipher.is_encrypted(room_id)

    async def may_post_private(self, room_id: str) -> bool:
        """False when ``encryption.require`` is on and the room's messages would be in clear."""
        return not self.require or await self.is_encrypted(room_id)


class EncryptingGateway:
    """``MatrixGateway`` that encrypts room events for encrypted rooms; the rest passes through.

    The Matrix transaction ID is kept, so a retried delivery of the same effect is still
    recognised by the homeserver although its ciphertext differs. Only the bot itself has a
    device: calls made ``as_user`` another namespace user go out unencrypted, as before.
    """

    def __init__(self, inner: MatrixGateway, cipher: RoomCipher) -> None:
        self.inner = inner
        self.cipher = cipher
        self.bot_user_id = inner.bot_user_id

    async def send_message(
        self,
        room_id: str,
        content: JSON,
        *,
        txn_id: str | None = None,
        event_type: str = "m.room.message",
    ) -> str:
        if event_type != ENCRYPTED and await self.cipher.is_encrypted(room_id):
            content = await self.cipher.encrypt(room_id, event_type, content)
            event_type = ENCRYPTED
        return await self.inner.send_message(
            room_id, content, txn_id=txn_id, event_type=event_type
        )

    # -- everything else is the inner gateway's -------------------------------------------

    async def send_state(
        self, room_id: str, event_type: str, content: JSON, state_key: str = ""
    ) -> str:
        return await self.inner.send_state(room_id, event_type, content, state_key)

    async def get_state(self, room_id: str) -> list[JSON]:
        return await self.inner.get_state(room_id)

    async def get_state_event(
        self, room_id: str, event_type: str, state_key: str = ""
    ) -> JSON | None:
        return await self.inner.get_state_event(room_id, event_type, state_key)

    async def get_joined_members(self, room_id: str) -> dict[str, str | None]:
        return await self.inner.get_joined_members(room_id)

    async def join_room(self, room_id: str) -> None:
        await self.inner.join_room(room_id)

    async def leave_room(self, room_id: str, reason: str | None = None) -> None:
        await self.inner.leave_room(room_id, reason)

    async def kick(self, room_id: str, user_id: str, reason: str) -> None:
        await self.inner.kick(room_id, user_id, reason)

    async def ban(self, room_id: str, user_id: str, reason: str) -> None:
        await self.inner.ban(room_id, user_id, reason)

    async def redact(self, room_id: str, event_id: str, reason: str | None = None) -> None:
        await self.inner.redact(room_id, event_id, reason)

    async def get_profile(self, user_id: str) -> JSON | None:
        return await self.inner.get_profile(user_id)

    async def fetch_profile(
        self, user_id: str, *, key: str | None = None, max_bytes: int, timeout: float
    ) -> ProfileAnswer:
        return await self.inner.fetch_profile(
            user_id, key=key, max_bytes=max_bytes, timeout=timeout
        )

    async def client_versions(self) -> JSON | None:
        return await self.inner.client_versions()

    def as_user(self, user_id: str) -> MatrixGateway:
        return self.inner.as_user(user_id)

    async def ensure_registered(self) -> None:
        await self.inner.ensure_registered()

    async def invite(self, room_id: str, user_id: str) -> None:
        await self.inner.invite(room_id, user_id)

    async def joined_rooms(self) -> set[str]:
        return await self.inner.joined_rooms()

    async def ping_homeserver(self) -> int | None:
        return await self.inner.ping_homeserver()
