"""How the scripted demo talks in one room as one user: in the clear, or encrypted.

``channel_for`` picks the demo user's plain client in an unencrypted room and their encrypting
client (matrix-nio) in an encrypted one, so the script reads the same either way.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from contactbot.devtools.demo_world import DemoWorld
from contactbot.devtools.matrix_client import UserClient

if TYPE_CHECKING:
    from contactbot.devtools.encrypted_client import EncryptedClient

JsonDict = dict[str, Any]
EventPredicate = Callable[[JsonDict], bool]


@dataclass(frozen=True, slots=True)
class Received:
    """An event as the user's client read it, and whether it came encrypted."""

    event: JsonDict
    encrypted: bool


class Channel(Protocol):
    """One user in one room."""

    async def send_text(self, body: str) -> str: ...

    async def react(self, event_id: str, key: str) -> str: ...

    async def wait(self, predicate: EventPredicate, timeout: float) -> Received: ...


class PlainChannel:
    """The client-server API without encryption (``UserClient``)."""

    def __init__(self, client: UserClient, room_id: str) -> None:
        self.client = client
        self.room_id = room_id

    async def send_text(self, body: str) -> str:
        return await self.client.send_text(self.room_id, body)

    async def react(self, event_id: str, key: str) -> str:
        return await self.client.react(self.room_id, event_id, key)

    async def wait(self, predicate: EventPredicate, timeout: float) -> Received:
        event = await self.client.wait_for_event(self.room_id, predicate, timeout=timeout)
        return Received(event, encrypted=event.get("type") == "m.room.encrypted")


class EncryptedChannel:
    """An encrypting client: what it sends is encrypted, what it reads it decrypts."""

    def __init__(self, client: EncryptedClient, room_id: str) -> None:
        self.client = client
        self.room_id = room_id

    async def send_text(self, body: str) -> str:
        return await self.client.send_text(self.room_id, body)

    async def react(self, event_id: str, key: str) -> str:
        return await self.client.react(self.room_id, event_id, key)

    async def wait(self, predicate: EventPredicate, timeout: float) -> Received:
        from contactbot.devtools.encrypted_client import as_json, is_encrypted

        room_id = self.room_id
        client = self.client
        event = await client.wait_for(
            lambda e: client.room_of.get(str(e.event_id)) == room_id and predicate(as_json(e)),
            timeout,
        )
        return Received(as_json(event), encrypted=is_encrypted(event))


def channel_for(world: DemoWorld, user_key: str, room_key: str) -> Channel | str:
    """The channel for ``user_key`` in ``room_key``, or why there is none."""
    room_id = world.rooms[room_key]
    if room_key not in world.encrypted_rooms:
        return PlainChannel(world.logins[user_key].client, room_id)
    client = world.encrypted.get(user_key)
    if client is None:
        return world.encryption_missing or f"{user_key} has no encrypting client"
    return EncryptedChannel(client, room_id)
