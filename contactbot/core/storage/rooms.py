"""Rooms the bot is in and their members."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, delete, func, select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from contactbot.core.storage.models import RoomMemberRow, RoomRow


@dataclass(frozen=True, slots=True)
class Room:
    room_id: str
    membership: str
    room_version: str | None
    creator: str | None
    additional_creators: tuple[str, ...]
    power_levels: dict[str, Any] | None
    name: str | None


def room_from_columns(
    room_id: str,
    membership: str,
    room_version: str | None,
    creator: str | None,
    additional_creators: Any,
    power_levels: Any,
    name: str | None,
) -> Room:
    """A ``Room`` from the ``room`` table's columns, however they were selected."""
    creators = additional_creators if isinstance(additional_creators, list) else []
    return Room(
        room_id=room_id,
        membership=membership,
        room_version=room_version,
        creator=creator,
        additional_creators=tuple(str(c) for c in creators if isinstance(c, str)),
        # NULL: no power-levels event seen; {} is an event with empty content.
        power_levels=power_levels if isinstance(power_levels, dict) else None,
        name=name,
    )


@dataclass(frozen=True, slots=True)
class MemberRoom:
    """A room a user is joined to, with what the moderator rule needs to tell a DM apart."""

    room: Room
    # Joined members, the bot and its namespace users included.
    joined: int
    # Joined members whose ID starts with the bot's namespace prefix (a superset of its users).
    namespaced: tuple[str, ...]


def _like_prefix(prefix: str) -> str:
    escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return escaped + "%"


def _room(row: RoomRow) -> Room:
    return room_from_columns(
        row.room_id,
        row.membership,
        row.room_version,
        row.creator,
        row.additional_creators,
        row.power_levels,
        row.name,
    )


class RoomRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def get(self, room_id: str) -> Room | None:
        row = await self.session.get(RoomRow, room_id)
        return _room(row) if row else None

    async def upsert(self, room_id: str, **values: Any) -> None:
        """Create the room row or update the given columns."""
        stmt = insert(RoomRow).values({"room_id": room_id, "membership": "joined", **values})
        update = dict(values)
        update["updated_at"] = func.now()
        await self.session.execute(
            stmt.on_conflict_do_update(index_elements=[RoomRow.room_id], set_=update)
        )

    async def joined_rooms(self) -> list[Room]:
        rows = await self.session.scalars(
            select(RoomRow).where(RoomRow.membership == "joined").order_by(RoomRow.room_id)
        )
        return [_room(r) for r in rows]

    async def count_joined(self) -> int:
        return int(
            await self.session.scalar(
                select(func.count()).select_from(RoomRow).where(RoomRow.membership == "joined")
            )
            or 0
        )

    async def set_member(
        self, room_id: str, user_id: str, membership: str, displayname: str | None
    ) -> None:
        stmt = insert(RoomMemberRow).values(
            room_id=room_id, user_id=user_id, membership=membership, displayname=displayname
        )
        await self.session.execute(
            stmt.on_conflict_do_update(
                index_elements=[RoomMemberRow.room_id, RoomMemberRow.user_id],
                set_={
                    "membership": membership,
                    "displayname": displayname,
                    "updated_at": func.now(),
                },
            )
        )

    async def replace_members(self, room_id: str, members: dict[str, str | None]) -> None:
        """Set the joined members from a full snapshot (on join)."""
        await self.session.execute(delete(RoomMemberRow).where(RoomMemberRow.room_id == room_id))
        if members:
            await self.session.execute(
                insert(RoomMemberRow),
                [
                    {"room_id": room_id, "user_id": uid, "membership": "join", "displayname": name}
                    for uid, name in members.items()
                ],
            )

    async def forget(self, room_id: str) -> None:
        """The bot left or was removed: keep the room row as ``left``, drop its members."""
        await self.session.execute(delete(RoomMemberRow).where(RoomMemberRow.room_id == room_id))
        await self.upsert(room_id, membership="left")

    async def member(self, room_id: str, user_id: str) -> tuple[str, str | None] | None:
        row = await self.session.get(RoomMemberRow, (room_id, user_id))
        return (row.membership, row.displayname) if row else None

    async def members(self, room_id: str, membership: str = "join") -> dict[str, str | None]:
        rows = await self.session.execute(
            select(RoomMemberRow.user_id, RoomMemberRow.displayname).where(
                RoomMemberRow.room_id == room_id, RoomMemberRow.membership == membership
            )
        )
        return {uid: name for uid, name in rows}

    async def shared_rooms(self, user_id: str) -> list[str]:
        """Rooms the bot is joined to where ``user_id`` is joined too."""
        rows = await self.session.scalars(
            select(RoomMemberRow.room_id)
            .join(RoomRow, RoomRow.room_id == RoomMemberRow.room_id)
            .where(
                RoomMemberRow.user_id == user_id,
                RoomMemberRow.membership == "join",
                RoomRow.membership == "joined",
            )
            .order_by(RoomMemberRow.room_id)
        )
        return list(rows)

    async def rooms_of(self, user_id: str, *, namespace_prefix: str) -> list[MemberRoom]:
        """Rooms the bot is joined to where ``user_id`` is joined, with member counts.

        One query however many rooms: ``!flags`` and the moderator rule call it per command.
        """
        me = aliased(RoomMemberRow)
        other = aliased(RoomMemberRow)
        rows = await self.session.execute(
            select(
                RoomRow.room_id,
                RoomRow.membership,
                RoomRow.room_version,
                RoomRow.creator,
                RoomRow.additional_creators,
                RoomRow.power_levels,
                RoomRow.name,
                func.count(other.user_id),
                func.array_agg(other.user_id).filter(
                    other.user_id.like(_like_prefix(namespace_prefix), escape="\\")
                ),
            )
            .join(
                me,
                and_(
                    me.room_id == RoomRow.room_id, me.user_id == user_id, me.membership == "join"
                ),
            )
            .join(other, and_(other.room_id == RoomRow.room_id, other.membership == "join"))
            .where(RoomRow.membership == "joined")
            .group_by(RoomRow.room_id)
            .order_by(RoomRow.room_id)
        )
        return [
            MemberRoom(room_from_columns(*row[:7]), int(row[7]), tuple(row[8] or ()))
            for row in rows
        ]

    async def all_member_ids(self) -> list[str]:
        """Every user joined to some room the bot is in."""
        rows = await self.session.scalars(
            select(RoomMemberRow.user_id)
            .join(RoomRow, RoomRow.room_id == RoomMemberRow.room_id)
            .where(RoomMemberRow.membership == "join", RoomRow.membership == "joined")
            .distinct()
        )
        return list(rows)
