"""The rooms a flagged user shares with the bot, as notices and ``!flag`` show them."""

from __future__ import annotations

from contactbot.core.storage.database import Database
from contactbot.features.moderation.domain.review import SharedRoom
from contactbot.features.moderation.storage.rooms import ModerationRooms


async def shared_rooms(
    db: Database, user_id: str, *, visible_to: str | None = None
) -> list[SharedRoom]:
    """The rooms ``user_id`` is joined to; with ``visible_to``, only those that user is in."""
    async with db.transaction() as session:
        rooms = await ModerationRooms(session).shared_rooms(user_id, visible_to=visible_to)
    return [SharedRoom(room.room_id, room.name) for room in rooms]
