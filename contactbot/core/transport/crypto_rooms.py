"""What the crypto machinery must know about rooms: which are encrypted, and who is in them.

mautrix's ``OlmMachine`` asks a ``StateStore`` these questions. The answers come from the
homeserver on first use and are then kept current by the room's own state events, which the
event router hands over in order (so a room turning encrypted is known before the next command
in it is answered).
"""

from __future__ import annotations

import logging
from typing import Any, cast

from mautrix.crypto import StateStore
from mautrix.types import RoomEncryptionStateEventContent, RoomID, UserID

from contactbot.core.domain.events import RoomEvent
from contactbot.core.errors import HomeserverRefused
from contactbot.core.services.gateway import JSON, MatrixGateway

log = logging.getLogger(__name__)

_MEMBER = frozenset({"join", "invite"})


class GatewayStateStore(StateStore):
    """Room encryption settings and members, cached in memory, read through the gateway."""

    def __init__(self, gateway: MatrixGateway) -> None:
        self.gateway = gateway
        # Room → its m.room.encryption content, or None when the room is not encrypted.
        self._encryption: dict[str, JSON | None] = {}
        self._members: dict[str, set[str]] = {}

    # -- kept current by the event router ---------------------------------------------------

    def note_encryption(self, event: RoomEvent) -> None:
        # Encryption cannot be turned off again; an empty content is ignored like clients do.
        if event.content.get("algorithm"):
            self._encryption[event.room_id] = dict(event.content)

    def note_member(self, event: RoomEvent) -> None:
        members = self._members.get(event.room_id)
        if members is None or event.state_key is None:
            return
        if event.content.get("membership") in _MEMBER:
            members.add(event.state_key)
        else:
            members.discard(event.state_key)

    # -- mautrix StateStore ------------------------------------------------------------------

    async def encryption_content(self, room_id: str) -> JSON | None:
        if room_id not in self._encryption:
            try:
                content = await self.gateway.get_state_event(room_id, "m.room.encryption")
            except HomeserverRefused as err:
                # Not in the room (any more): nothing can be encrypted for it anyway.
                log.debug("Cannot read the encryption state of %s: %s", room_id, err)
                content = None
            self._encryption[room_id] = content if content and content.get("algorithm") else None
        return self._encryption[room_id]

    async def is_encrypted(self, room_id: RoomID) -> bool:
        return await self.encryption_content(room_id) is not None

    async def get_encryption_info(self, room_id: RoomID) -> RoomEncryptionStateEventContent | None:
        content = await self.encryption_content(room_id)
        if content is None:
            return None
        info = RoomEncryptionStateEventContent.deserialize(cast(Any, content))
        assert isinstance(info, RoomEncryptionStateEventContent)  # noqa: S101 (narrowing)
        return info

    async def find_shared_rooms(self, user_id: UserID) -> list[RoomID]:
        return [
            RoomID(room)
            for room, members in self._members.items()
            if user_id in members and self._encryption.get(room) is not None
        ]

    async def members(self, room_id: str) -> list[UserID]:
        """The room's joined members, fresh from the homeserver (a new session is shared with
        exactly the devices of the people in the room now)."""
        joined = await self.gateway.get_joined_members(room_id)
        self._members[room_id] = set(joined)
        return [UserID(user) for user in joined]
