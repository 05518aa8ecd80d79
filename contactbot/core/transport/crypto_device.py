"""The bot's own encryption device: mautrix's ``OlmMachine`` with its keys in PostgreSQL.

How it reaches Matrix (see docs/encryption.md): the bot logs itself in with the appservice
login (``m.login.application_service``), which gives it a device and a token for that device's
key uploads, claims and to-device sends. Synapse refuses ``/sync`` to an appservice's own user,
so the device's to-device messages (room keys), device-list changes and one-time-key counts
arrive in appservice transactions instead (MSC2409 and MSC3202, experimental in Synapse), and
``handle_transaction`` feeds them to the machine before the transaction is acknowledged.

The keys live in mautrix's ``PgCryptoStore`` tables in the bot's own database (a second, small
asyncpg pool; mautrix upgrades its tables at start-up). The device ID is stored there too, so a
restart logs in to the same device and keeps its Olm and Megolm sessions. Nothing here logs key
material: mautrix's own loggers (``mau.*``) stay at WARNING in the example config.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from typing import Any, cast

import aiohttp
from mautrix.api import Method, Path
from mautrix.client import Client
from mautrix.crypto import OlmMachine, PgCryptoStore
from mautrix.errors import (
    DecryptionError,
    EncryptionError,
    MatrixConnectionError,
    MatrixRequestError,
    SessionNotFound,
)
from mautrix.types import (
    ASToDeviceEvent,
    DeviceID,
    DeviceLists,
    DeviceOTKCount,
    EncryptedEvent,
    EventType,
    LoginType,
    PresenceState,
    RoomID,
    StateEvent,
    UserID,
)
from mautrix.util.async_db import Database as CryptoDatabase

from contactbot.core.domain.events import RoomEvent
from contactbot.core.errors import HomeserverRefused, HomeserverUnavailable
from contactbot.core.services.encryption import KeysMissing, Undecryptable
from contactbot.core.services.gateway import JSON, MatrixGateway
from contactbot.core.transport.crypto_rooms import GatewayStateStore

log = logging.getLogger(__name__)

# Olm pickles in the store are encrypted with this; whoever can read the database can read the
# keys anyway, so it is a fixed value (as in mautrix's bridges) rather than one more secret.
PICKLE_KEY = "contactbot.e2ee"
DEVICE_NAME = "contactbot"
# A room key usually arrives a moment after its message (to-device vs appservice push): wait
# this long inside the handler before handing the event back to the inbox for a retry.
INLINE_KEY_WAIT_SECONDS = 2.0


@dataclass(frozen=True, slots=True)
class DeviceAccess:
    homeserver: str
    as_token: str
    bot_user_id: str
    database_url: str


def _as_ours(err: Exception) -> Exception:
    """mautrix's and aiohttp's errors as the core's, so the outbox retries outages."""
    if isinstance(err, MatrixRequestError):
        if err.http_status == 429 or err.http_status >= 500:
            return HomeserverUnavailable(f"homeserver answered {err.http_status}")
        return HomeserverRefused(err.errcode or "", str(err.message or ""), err.http_status)
    return HomeserverUnavailable(f"cannot reach the homeserver: {err}")


_NETWORK = (MatrixConnectionError, aiohttp.ClientError, TimeoutError, OSError)


class CryptoDevice:
    """Implements ``contactbot.core.services.encryption.RoomCipher``."""

    def __init__(
        self, access: DeviceAccess, gateway: MatrixGateway, session: aiohttp.ClientSession
    ) -> None:
        self.access = access
        self.rooms = GatewayStateStore(gateway)
        self.db = CryptoDatabase.create(
            _asyncpg_url(access.database_url),
            upgrade_table=PgCryptoStore.upgrade_table,
            db_args={"min_size": 1, "max_size": 3},
            log=logging.getLogger("mau.crypto.db"),
        )
        self.store = PgCryptoStore(access.bot_user_id, PICKLE_KEY, self.db)
        self.client = Client(
            mxid=UserID(access.bot_user_id),
            base_url=access.homeserver,
            token=access.as_token,
            client_session=session,
            sync_store=self.store,
            log=logging.getLogger("mau.crypto.client"),
        )
        # The bot's device must not show the bot as online in clients.
        self.client.presence = PresenceState.OFFLINE
        self.machine = OlmMachine(self.client, self.store, self.rooms)
        self._requested: set[str] = set()
        # How many to-device messages transactions have brought: zero while a command waits
        # for its key usually means the homeserver does not send them (docs/encryption.md).
        self.to_device_seen = 0
        self._share_locks: dict[str, asyncio.Lock] = {}

    @property
    def device_id(self) -> str:
        return str(self.client.device_id or "")

    async def start(self) -> None:
        """Open the store, log in to the (stored or a new) device, publish keys, start syncing.

        Raises on any failure; the caller reports it and runs without encryption.
        """
        await self.db.start()
        await self.store.open()
        stored = await self.store.get_device_id()
        await self._check_login_supported()
        await self._ensure_registered()
        # The appservice login authenticates with the as_token and returns the device's token.
        await self.client.login(
            login_type=LoginType.APPSERVICE,
            device_name=DEVICE_NAME,
            device_id=stored or None,
            store_access_token=True,
        )
        await self.machine.load()
        if not stored:
            await self.store.put_device_id(DeviceID(self.device_id))
            log.info("Created the bot's encryption device %s", self.device_id)
        else:
            log.info("Using the bot's encryption device %s", self.device_id)
        await self.machine.share_keys()

    async def _check_login_supported(self) -> None:
        flows = await self.client.get_login_flows()
        if not flows.supports_type(LoginType.APPSERVICE):
            raise RuntimeError(
                "the homeserver does not offer the appservice login (m.login.application_service)"
            )

    async def _ensure_registered(self) -> None:
        """Synapse accepts a device token only for a user in its users table, and does not put
        the appservice's own user there until someone registers it."""
        try:
            await self.client.api.request(
                Method.POST,
                Path.v3.register,
                {
                    "type": str(LoginType.APPSERVICE),
                    "username": self.client.localpart,
                    "inhibit_login": True,
                },
            )
        except MatrixRequestError as err:
            if err.errcode != "M_USER_IN_USE":
                log.warning("Could not register the bot user for its device: %s", err)

    async def stop(self) -> None:
        await self.store.close()
        await self.db.stop()

    # -- the device's share of appservice transactions ----------------------------------------

    async def handle_transaction(self, body: dict[str, Any]) -> None:
        """Room keys and device changes from a transaction, before it is acknowledged (the
        store is in PostgreSQL, so an acknowledged key is never lost)."""
        for raw in _first_list(body, "to_device", "de.sorunome.msc2409.to_device"):
            self.to_device_seen += 1
            try:
                event = cast(ASToDeviceEvent, ASToDeviceEvent.deserialize(raw))
                await self.machine.handle_as_to_device_event(event)
            except Exception as err:
                # One broken or replayed message must not block the room events with it.
                log.warning("Skipping a to-device message from %s: %r", _sender(raw), err)
        lists = _first_dict(body, "device_lists", "org.matrix.msc3202.device_lists")
        if lists:
            await self.machine.handle_as_device_lists(DeviceLists.deserialize(cast(Any, lists)))
        counts = _first_dict(
            body,
            "device_one_time_keys_count",
            "org.matrix.msc3202.device_one_time_keys_count",
            "org.matrix.msc3202.device_one_time_key_counts",
        )
        own = counts.get(self.access.bot_user_id, {})
        mine = own.get(self.device_id) if isinstance(own, dict) else None
        if isinstance(mine, dict):
            await self.machine.handle_otk_count(DeviceOTKCount.deserialize(cast(Any, mine)))

    # -- kept current by the event router (state events of rooms, in order) -------------------

    async def on_encryption(self, event: RoomEvent) -> None:
        self.rooms.note_encryption(event)

    async def on_member(self, event: RoomEvent) -> None:
        self.rooms.note_member(event)
        if event.state_key == self.access.bot_user_id:
            return
        # Someone joined or left an encrypted room: the next message needs a new room key.
        parsed = StateEvent.deserialize(cast(Any, event.raw))
        assert isinstance(parsed, StateEvent)  # noqa: S101 (narrowing)
        await self.machine.handle_member_event(parsed)

    # -- RoomCipher -----------------------------------------------------------------------------

    async def is_encrypted(self, room_id: str) -> bool:
        return await self.rooms.is_encrypted(RoomID(room_id))

    async def encrypt(self, room_id: str, event_type: str, content: JSON) -> JSON:
        room = RoomID(room_id)
        kind = EventType.find(event_type, EventType.Class.MESSAGE)
        try:
            try:
                encrypted = await self.machine.encrypt_megolm_event(room, kind, content)
            except EncryptionError:
                await self._share_room_key(room)
                encrypted = await self.machine.encrypt_megolm_event(room, kind, content)
        except (MatrixRequestError, *_NETWORK) as err:
            raise _as_ours(err) from err
        result: JSON = encrypted.serialize()
        return result

    async def _share_room_key(self, room: RoomID) -> None:
        # One share per room at a time; whoever waited finds the session already there.
        lock = self._share_locks.setdefault(room, asyncio.Lock())
        async with lock:
            if await self.store.get_outbound_group_session(room) is not None:
                return
            members = await self.rooms.members(room)
            await self.machine.share_group_session(room, members)

    async def decrypt(self, raw: JSON) -> JSON:
        try:
            event = EncryptedEvent.deserialize(cast(Any, raw))
        except Exception as err:
            raise Undecryptable(f"not a valid encrypted event: {type(err).__name__}") from err
        try:
            try:
                decrypted = await self.machine.decrypt_megolm_event(event)
            except SessionNotFound as missing:
                arrived = await self.machine.wait_for_session(
                    event.room_id, missing.session_id, timeout=INLINE_KEY_WAIT_SECONDS
                )
                if not arrived:
                    await self._request_key(event, missing.session_id)
                    raise KeysMissing(f"no room key for session {missing.session_id}") from None
                decrypted = await self.machine.decrypt_megolm_event(event)
        except (KeysMissing, HomeserverUnavailable):
            raise
        except DecryptionError as err:
            raise Undecryptable(type(err).__name__) from err
        except (MatrixRequestError, *_NETWORK) as err:
            raise _as_ours(err) from err
        result: JSON = decrypted.serialize()
        # Keep what the homeserver said about the event (age, relations, ...).
        if isinstance(raw.get("unsigned"), dict):
            result["unsigned"] = raw["unsigned"]
        return result

    async def _request_key(self, event: EncryptedEvent, session_id: str) -> None:
        """Ask the sender's device for a key once per session (clients may refuse)."""
        device = getattr(event.content, "device_id", None)
        if session_id in self._requested or not device:
            return
        self._requested.add(session_id)
        try:
            await self.machine.request_room_key(
                event.room_id,
                event.content.sender_key,
                event.content.session_id,
                from_devices={event.sender: [device]},
                timeout=0,
            )
        except (MatrixRequestError, *_NETWORK) as err:
            log.info("Could not request the key of session %s: %s", session_id, err)


def _first_list(body: dict[str, Any], *keys: str) -> list[Any]:
    for key in keys:
        value = body.get(key)
        if isinstance(value, list):
            return value
    return []


def _first_dict(body: dict[str, Any], *keys: str) -> dict[str, Any]:
    for key in keys:
        value = body.get(key)
        if isinstance(value, dict):
            return value
    return {}


def _sender(raw: object) -> str:
    return str(raw.get("sender", "?")) if isinstance(raw, dict) else "?"


def _asyncpg_url(url: str) -> str:
    """mautrix's database layer wants plain ``postgresql://``."""
    for prefix in ("postgresql+asyncpg://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql://" + url[len(prefix) :]
    return url
