"""Who may do what: bot admins from the config, everything else from room power levels."""

from __future__ import annotations

from contactbot.core.domain.ids import glob_match
from contactbot.core.domain.power import PowerLevels
from contactbot.core.storage.database import Database
from contactbot.core.storage.rooms import Room, RoomRepository


def power_of(room: Room) -> PowerLevels:
    return PowerLevels.from_state(
        room.power_levels,
        room_version=room.room_version,
        creator=room.creator,
        additional_creators=room.additional_creators,
    )


class AccessService:
    def __init__(self, db: Database, admins: list[str]) -> None:
        self.db = db
        self.admins = tuple(admins)

    def is_bot_admin(self, user_id: str) -> bool:
        return glob_match(user_id, self.admins)

    async def power(self, room_id: str) -> PowerLevels | None:
        async with self.db.transaction() as session:
            room = await RoomRepository(session).get(room_id)
        return power_of(room) if room and room.membership == "joined" else None

    async def can_send_state(self, user_id: str, room_id: str, event_type: str) -> bool:
        power = await self.power(room_id)
        return power is not None and power.can_send_state(user_id, event_type)

    async def can_kick_in(self, user_id: str, room_id: str) -> bool:
        power = await self.power(room_id)
        return power is not None and power.can_kick(user_id)

    async def moderator_rooms(self, user_id: str, target: str | None = None) -> list[str]:
        """Rooms where ``user_id`` has kick or ban power (shared with ``target`` if given)."""
        async with self.db.transaction() as session:
            repo = RoomRepository(session)
            rooms = await repo.shared_rooms(user_id)
            if target is not None:
                target_rooms = set(await repo.shared_rooms(target))
                rooms = [r for r in rooms if r in target_rooms]
            result = []
            for room_id in rooms:
                room = await repo.get(room_id)
                if room is None:
                    continue
                power = power_of(room)
                if power.can_kick(user_id) or power.can_ban(user_id):
                    result.append(room_id)
        return result

    async def is_moderator(self, user_id: str, target: str | None = None) -> bool:
        """A bot admin, or someone with kick/ban power in a room (shared with ``target``)."""
        if self.is_bot_admin(user_id):
            return True
        return bool(await self.moderator_rooms(user_id, target))
