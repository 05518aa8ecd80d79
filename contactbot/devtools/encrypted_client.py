"""A Matrix user with a real encrypting client (matrix-nio with its e2e extra, vodozemac).

The demo uses it for its encrypted moderators' room and the end-to-end tests for theirs. The
bot encrypts with libolm through mautrix; this client is an independent implementation, so a
passing check means the two interoperate, not that one library agrees with itself.

matrix-nio is a dev extra, not a runtime dependency: import this module only after
``encryption_unavailable()`` said it can be.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, Self

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

from contactbot.devtools.matrix_client import ENCRYPTION_STATE

JsonDict = dict[str, Any]


class EncryptedClientError(RuntimeError):
    """The homeserver refused a request of the encrypting client."""


class EncryptedClient:
    """One user, one device, its Olm/Megolm store in ``store_dir``.

    ``seen`` collects the room events of every sync, decrypted where the keys are there; an
    event whose room key comes later is decrypted in the sync that brings the key.
    """

    def __init__(self, client: AsyncClient) -> None:
        self.client = client
        self.seen: list[Event] = []
        # Event ID -> the room it came in (nio's events do not all carry it).
        self.room_of: dict[str, str] = {}
        self._undecrypted: list[MegolmEvent] = []

    @property
    def user_id(self) -> str:
        return str(self.client.user_id)

    @classmethod
    async def login(
        cls, base_url: str, user_id: str, password: str, store_dir: Path, device_name: str
    ) -> Self:
        """Log in with a new device and sync once, so the client knows its rooms."""
        await asyncio.to_thread(store_dir.mkdir, parents=True, exist_ok=True)
        client = AsyncClient(
            base_url,
            user_id,
            store_path=str(store_dir),
            config=AsyncClientConfig(encryption_enabled=True, store_sync_tokens=True),
        )
        login = await client.login(password, device_name=device_name)
        if not isinstance(login, LoginResponse):
            await client.close()
            raise EncryptedClientError(f"login of {user_id} failed: {login}")
        user = cls(client)
        await user.sync()
        return user

    async def close(self) -> None:
        await self.client.close()

    async def sync(self, timeout_ms: int = 0) -> None:
        resp = await self.client.sync(timeout=timeout_ms, full_state=not self.client.next_batch)
        rooms = resp.rooms.join.items() if isinstance(resp, SyncResponse) else ()
        for room_id, room in rooms:
            for event in room.timeline.events:
                self.room_of[str(event.event_id)] = str(room_id)
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
            invite=invite, initial_state=[dict(ENCRYPTION_STATE)], is_direct=is_direct
        )
        if not isinstance(resp, RoomCreateResponse):
            raise EncryptedClientError(f"could not create a room: {resp}")
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

    async def send(self, room_id: str, event_type: str, content: Mapping[str, Any]) -> str:
        """Send an event, encrypted if the room is; like Element, to unverified devices too."""
        if room_id not in self.client.rooms:
            await self.sync()
        # nio shares the room key with the members it knows; load them all first.
        await self.client.joined_members(room_id)
        resp = await self.client.room_send(
            room_id, event_type, dict(content), ignore_unverified_devices=True
        )
        if not isinstance(resp, RoomSendResponse):
            raise EncryptedClientError(f"could not send to {room_id}: {resp}")
        return str(resp.event_id)

    async def send_text(self, room_id: str, body: str) -> str:
        return await self.send(room_id, "m.room.message", {"msgtype": "m.text", "body": body})

    async def react(self, room_id: str, event_id: str, key: str) -> str:
        relation = {"rel_type": "m.annotation", "event_id": event_id, "key": key}
        return await self.send(room_id, "m.reaction", {"m.relates_to": relation})

    def events_in(self, room_id: str) -> list[Event]:
        return [e for e in self.seen if self.room_of.get(str(e.event_id)) == room_id]

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


def as_json(event: Event) -> JsonDict:
    """``event`` as the client-server API shows it, with its decrypted content."""
    source: JsonDict = getattr(event, "source", {}) or {}
    return {
        "event_id": str(event.event_id),
        "sender": str(event.sender),
        "type": source.get("type"),
        "content": content_of(event),
    }


def content_of(event: Event) -> JsonDict:
    """The (decrypted) content of ``event``, or ``{}``."""
    source: JsonDict = getattr(event, "source", {}) or {}
    content = source.get("content", {})
    return content if isinstance(content, dict) else {}


def replies_to(event: Event, target: str) -> bool:
    relates = content_of(event).get("m.relates_to", {})
    reply = relates.get("m.in_reply_to", {}) if isinstance(relates, dict) else {}
    return isinstance(reply, dict) and reply.get("event_id") == target


def is_encrypted(event: Event) -> bool:
    """Whether ``event`` reached the client encrypted (and was decrypted by it)."""
    return bool(getattr(event, "decrypted", False))
