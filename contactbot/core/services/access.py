"""Who may do what: bot admins from the config, everything else from room power levels.

The one moderator rule (docs/moderation.md, "Who is a moderator"), used by every moderation
and status command and reaction. A user is a moderator when they are

1. a bot admin (``bot.admins``), or
2. a joined member of the moderators' room with kick or ban power there, or
3. only where ``moderation.room_moderators`` is on: a user with kick or ban power in a room
   the bot is in, where both they and the target are joined, and which is not a DM (at least
   three joined members besides the bot's own users);

and never for themselves: the flagged user is no moderator of their own flags or status.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

from contactbot.core.domain.ids import glob_match
from contactbot.core.domain.power import PowerLevels
from contactbot.core.services.moderators_room import ModeratorsRoom
from contactbot.core.storage.database import Database
from contactbot.core.storage.rooms import MemberRoom, Room, RoomRepository

# A room with fewer joined people than this (the bot's own users not counted) is a DM: a room
# where someone merely got their target to join them must not make them a moderator.
MIN_MEMBERS_OF_A_MODERATED_ROOM = 3

# How a user is a moderator: ``trusted`` (bot admin or moderators' room) moderates everyone;
# ``room`` only the members of the rooms ``moderator_rooms`` lists.
Standing = Literal["trusted", "room", "none"]


def power_of(room: Room) -> PowerLevels:
    return PowerLevels.from_state(
        room.power_levels,
        room_version=room.room_version,
        creator=room.creator,
        additional_creators=room.additional_creators,
    )


def _can_moderate(power: PowerLevels, user_id: str) -> bool:
    return power.can_kick(user_id) or power.can_ban(user_id)


class AccessService:
    """Bot admins, the moderator rule, and power-level questions about rooms the bot is in."""

    def __init__(
        self,
        db: Database,
        admins: list[str],
        *,
        room_moderators: bool = False,
        moderators_room: ModeratorsRoom | None = None,
    ) -> None:
        self.db = db
        self.admins = tuple(admins)
        self.room_moderators = room_moderators
        self.moderators_room = moderators_room or ModeratorsRoom()
        self._is_own_user: Callable[[str], bool] = lambda user_id: False
        self._namespace_prefix = "@"

    def use_namespace(self, is_own_user: Callable[[str], bool], namespace_prefix: str) -> None:
        """The bot's own users (``RoomService.is_own_user``), not counted as a room's people."""
        self._is_own_user = is_own_user
        self._namespace_prefix = namespace_prefix

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

    # -- the moderator rule ----------------------------------------------------------------

    async def in_moderators_room(self, user_id: str) -> bool:
        """A joined member of the moderators' room with kick or ban power there."""
        room_id = await self.moderators_room.current()
        if not room_id:
            return False
        async with self.db.transaction() as session:
            repo = RoomRepository(session)
            room = await repo.get(room_id)
            member = await repo.member(room_id, user_id)
        return (
            room is not None
            and room.membership == "joined"
            and member is not None
            and member[0] == "join"
            and _can_moderate(power_of(room), user_id)
        )

    def is_dm(self, room: MemberRoom) -> bool:
        own = sum(1 for user_id in room.namespaced if self._is_own_user(user_id))
        return room.joined - own < MIN_MEMBERS_OF_A_MODERATED_ROOM

    async def moderator_rooms(self, user_id: str, target: str | None = None) -> list[str]:
        """Rooms where ``user_id`` moderates under rule 3 (where ``target`` is joined, if given).

        Empty when ``room_moderators`` is off. Two queries however many rooms.
        """
        if not self.room_moderators or user_id == target:
            return []
        async with self.db.transaction() as session:
            repo = RoomRepository(session)
            rooms = await repo.rooms_of(user_id, namespace_prefix=self._namespace_prefix)
            target_rooms = set(await repo.shared_rooms(target)) if target is not None else None
        return [
            r.room.room_id
            for r in rooms
            if (target_rooms is None or r.room.room_id in target_rooms)
            and not self.is_dm(r)
            and _can_moderate(power_of(r.room), user_id)
        ]

    async def standing(self, user_id: str) -> Standing:
        """How ``user_id`` is a moderator, before any particular target is considered."""
        if self.is_bot_admin(user_id) or await self.in_moderators_room(user_id):
            return "trusted"
        return "room" if await self.moderator_rooms(user_id) else "none"

    async def is_moderator(self, user_id: str, target: str | None = None) -> bool:
        """The moderator rule; with ``target``, a moderator of that user (never of oneself)."""
        if target is not None and target == user_id:
            return False
        if self.is_bot_admin(user_id) or await self.in_moderators_room(user_id):
            return True
        return bool(await self.moderator_rooms(user_id, target))
