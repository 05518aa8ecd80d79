"""Room questions of the review workflow, each answered in one query (never one per room).

The tables are the core's (``room``, ``room_member``); this module only reads them, in the
shapes moderation needs: the rooms a user shares with the bot, with their names and power
levels, and which of some users share a room out of a set.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from contactbot.core.storage.models import RoomMemberRow, RoomRow
from contactbot.core.storage.rooms import Room, room_from_columns


class ModerationRooms:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def shared_rooms(self, user_id: str) -> list[Room]:
        """Rooms the bot is joined to where ``user_id`` is joined too, by room ID."""
        rows = await self.session.execute(
            select(
                RoomRow.room_id,
                RoomRow.membership,
                RoomRow.room_version,
                RoomRow.creator,
                RoomRow.additional_creators,
                RoomRow.power_levels,
                RoomRow.name,
            )
            .join(RoomMemberRow, RoomRow.room_id == RoomMemberRow.room_id)
            .where(
                RoomMemberRow.user_id == user_id,
                RoomMemberRow.membership == "join",
                RoomRow.membership == "joined",
            )
            .order_by(RoomRow.room_id)
        )
        return [room_from_columns(*row) for row in rows]

    async def users_in_rooms(self, room_ids: Iterable[str], user_ids: Iterable[str]) -> set[str]:
        """Of ``user_ids``, those with any membership in any of ``room_ids``.

        Any membership, as ``RoomRepository.member`` answers: a user who left or was banned
        still counts, so a moderator can settle a flag after the ban that answered it.
        """
        rooms, users = list(room_ids), list(user_ids)
        if not rooms or not users:
            return set()
        rows = await self.session.scalars(
            select(RoomMemberRow.user_id)
            .where(RoomMemberRow.room_id.in_(rooms), RoomMemberRow.user_id.in_(users))
            .distinct()
        )
        return set(rows)
