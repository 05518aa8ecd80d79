"""A Matrix user with a real encrypting client (matrix-nio with its e2e extra, vodozemac).

The bot encrypts with libolm through mautrix; this client is an independent implementation,
so a passing test means the two interoperate, not that one library agrees with itself.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from nio import (
    AsyncClient,
    AsyncClientConfig,
    LoginResponse,
    MegolmEvent,
    RoomCreateResponse,
    RoomSendResponse,
    SyncResponse,
)
from nio.events import Event

from contactbot.devtools.matrix_accounts import register_user

JsonDict = dict[str, Any]

ENCRYPTION_STATE = {
    "type": "m.room.encryption",
    "state_key": "",
    "content": {"algorithm": "m.megolm.v1.aes-sha2"},
}


class EncryptedUser:
    """One user, one device, its Olm/Megolm store in ``store_dir``."""

    def __init__(self, client: AsyncClient) -> None:
        self.client = client
        self.seen: list[Event] = []
        self._undecrypted: list[MegolmEvent] = []

    @property
    def user_id(self) -> str:
        return str(self.client.user_id)

    @classmethod
    async def register(
        cls, base_url: str, shared_secret: str, username: str, store_dir: Path
    ) -> EncryptedUser:
        password = f"pw-{username}"
        user_id, _ = await register_user(base_url, shared_secret, username, password)
        store_dir.mkdir(parents=True, exist_ok=True)
        client = AsyncClient(
            base_url,
            user_id,
            store_path=str(store_dir),
            config=AsyncClientConfig(encryption_enabled=True, store_sync_tokens=True),
        )
        login = await client.login(password, device_name="e2e-test")
        assert isinstance(login, LoginResponse), login
        user = cls(client)
        await user.sync()
        return user

    async def close(self) -> None:
        await self.client.close()

    async def sync(self, timeout_ms: int = 0) -> None:
        resp = await self.client.sync(timeout=timeout_ms, full_state=not self.client.next_batch)
        rooms = resp.rooms.join.values() if isinstance(resp, SyncResponse) else ()
        for room in rooms:
            for event in room.timeline.events:
                if isinstance(event, MegolmEvent):
                    self._undecrypted.append(event)
                else:
                    self.seen.append(event)
        if self.client.should_upload_keys:
            await self.client.keys_upload()
        if self.client.should_query_keys:
            await self.client.keys_query()
        # A room key may arrive in a later sync than its message.
        for event in list(self._undecrypted):
            decrypted = self.client.decrypt_event(event)
            if not isinstance(decrypted, MegolmEvent):
                self._undecrypted.remove(event)
                self.seen.append(decrypted)

    async def create_encrypted_room(self, *, invite: list[str], is_direct: bool = False) -> str:
        resp = await self.client.room_create(
            invite=invite, initial_state=[ENCRYPTION_STATE], is_direct=is_direct
        )
        assert isinstance(resp, RoomCreateResponse), resp
        return str(resp.room_id)

    async def wait_until_joined(self, room_id: str, user_id: str, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            await self.sync(timeout_ms=500)
            room = self.client.rooms.get(room_id)
            if room is not None and user_id in room.users and user_id not in room.invited_users:
                await self.client.joined_members(room_id)
                return
        raise TimeoutError(f"{user_id} did not join {room_id} in {timeout} s")

    async def send_text(self, room_id: str, body: str) -> str:
        """Send ``body`` encrypted (as Element would: to unverified devices too)."""
        resp = await self.client.room_send(
            room_id,
            "m.room.message",
            {"msgtype": "m.text", "body": body},
            ignore_unverified_devices=True,
        )
        assert isinstance(resp, RoomSendResponse), resp
        return str(resp.event_id)

    async def wait_for(self, predicate: Callable[[Event], bool], timeout: float) -> Event:
        deadline = time.monotonic() + timeout
        while True:
            for event in self.seen:
                if predicate(event):
                    return event
            if time.monotonic() >= deadline:
                pending = [e.event_id for e in self._undecrypted]
                raise TimeoutError(f"no matching event in {timeout} s; undecrypted: {pending}")
            await self.sync(timeout_ms=500)
            await asyncio.sleep(0)

    def undecrypted_from(self, sender: str) -> list[MegolmEvent]:
        return [e for e in self._undecrypted if e.sender == sender]


def replies_to(event: Event, target: str) -> bool:
    source: JsonDict = getattr(event, "source", {}) or {}
    content = source.get("content", {})
    relates = content.get("m.relates_to", {}) if isinstance(content, dict) else {}
    reply = relates.get("m.in_reply_to", {}) if isinstance(relates, dict) else {}
    return isinstance(reply, dict) and reply.get("event_id") == target
