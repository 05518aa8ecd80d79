"""Room questions of the review workflow, each answered in one query (never one per room).

The tables are the core's (``room``, ``room_member``); this module only reads them, in the
shapes moderation needs: the rooms a user shares with the bot (or with the bot and a viewer),
with their names and power levels.
"""

from __future__ import annotations

from sqlalchemy import and_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from contactbot.core.storage.models import RoomMemberRow, RoomRow
from contactbot.core.storage.rooms import Room, room_from_columns


class ModerationRooms:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def shared_rooms(self, user_id: str, *, visible_to: str | None = None) -> list[Room]:
        """Rooms the bot is joined to where ``user_id`` is joined too, by room ID.

        With ``visible_to``, only the rooms that user is joined to as well.
        """
        query = (
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
        if visible_to is not None:
            viewer = aliased(RoomMemberRow)
            query = query.join(
                viewer,
                and_(
                    viewer.room_id == RoomRow.room_id,
                    viewer.user_id == visible_to,
                    viewer.membership == "join",
                ),
            )
        rows = await self.session.execute(query)
        return [room_from_columns(*row) for row in rows]
