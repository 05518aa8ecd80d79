"""Room membership: invites, the bot's own joins and leaves, members and power levels."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from contactbot.core.domain.events import MalformedEvent, RoomEvent
from contactbot.core.domain.ids import server_of, user_matches
from contactbot.core.services.gateway import MatrixGateway
from contactbot.core.storage.database import Database
from contactbot.core.storage.rooms import RoomRepository

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class MemberChange:
    """Another user's membership or display name changed (for status tracking)."""

    room_id: str
    user_id: str
    membership: str
    displayname: str | None
    previous_membership: str | None
    previous_displayname: str | None
    event_id: str


# The membership states the spec defines.
MEMBERSHIPS = frozenset({"invite", "join", "leave", "ban", "knock"})

StateSink = Callable[[RoomEvent], Awaitable[None]]


class RoomService:
    def __init__(
        self,
        db: Database,
        gateway: MatrixGateway,
        *,
        allowed_inviters: list[str],
        own_server: str,
        namespace_prefix: str,
    ) -> None:
        self.db = db
        self.gateway = gateway
        self.bot_user_id = gateway.bot_user_id
        # Default: only users of the bot's own homeserver may invite it.
        self.allowed_inviters = allowed_inviters or [own_server]
        self.namespace_prefix = namespace_prefix
        self.state_sinks: list[StateSink] = []

    def is_own_user(self, user_id: str) -> bool:
        """The bot or another user of its namespace (whose events are our own echo).

        The namespace is ``<bot>_*`` on the bot's server, as in the registration; a user who
        merely starts with the bot's name (``@contactbotfan``) is somebody else.
        """
        if user_id == self.bot_user_id:
            return True
        localpart = user_id.split(":", 1)[0]
        # At least one character after "_", exactly as the registration's regex reserves:
        # "@contactbot_:server" is an ordinary user the homeserver lets anyone register.
        return (
            localpart.startswith(self.namespace_prefix + "_")
            and len(localpart) > len(self.namespace_prefix) + 1
            and server_of(user_id) == server_of(self.bot_user_id)
        )

    async def is_private_room(
        self, room_id: str, user_id: str, *, moderators_room: str = ""
    ) -> bool:
        """The moderators' room, or a direct chat of ``user_id`` with the bot.

        The one rule every feature uses before showing personal data (status text, flags).
        The bot's namespace users (such as the status watcher) do not make a room less private.
        """
        if moderators_room and room_id == moderators_room:
            return True
        async with self.db.transaction() as session:
            members = await RoomRepository(session).members(room_id)
        others = {m for m in members if not self.is_own_user(m)}
        return self.bot_user_id in members and others == {user_id}

    async def handle_member(self, event: RoomEvent) -> MemberChange | None:
        target = event.state_key or ""
        membership = event.content.get("membership")
        if not isinstance(membership, str) or membership not in MEMBERSHIPS:
            # Anything else is not a membership; it must not reach the database (whose column
            # is short) and fail the event over and over.
            raise MalformedEvent(f"m.room.member with an invalid membership {membership!r:.40}")
        if target == self.bot_user_id:
            await self._handle_own_membership(event, membership)
            return None
        name = event.content.get("displayname")
        displayname = name if isinstance(name, str) else None
        async with self.db.transaction() as session:
            repo = RoomRepository(session)
            previous = await repo.member(event.room_id, target)
            await repo.set_member(event.room_id, target, membership, displayname)
        return MemberChange(
            room_id=event.room_id,
            user_id=target,
            membership=membership,
            displayname=displayname,
            previous_membership=previous[0] if previous else None,
            previous_displayname=previous[1] if previous else None,
            event_id=event.event_id,
        )

    async def _handle_own_membership(self, event: RoomEvent, membership: str) -> None:
        if membership == "invite":
            await self._handle_invite(event)
        elif membership == "join":
            await self.load_room(event.room_id)
        elif membership in ("leave", "ban"):
            if event.sender != self.bot_user_id:
                log.info(
                    "Removed from %s by %s (%s); forgetting the room",
                    event.room_id,
                    event.sender,
                    membership,
                )
            async with self.db.transaction() as session:
                await RoomRepository(session).forget(event.room_id)

    async def _handle_invite(self, event: RoomEvent) -> None:
        async with self.db.transaction() as session:
            room = await RoomRepository(session).get(event.room_id)
        if room is not None and room.membership == "joined":
            return
        if not user_matches(event.sender, self.allowed_inviters):
            log.info(
                "Declining invite to %s from %s: not an allowed inviter",
                event.room_id,
                event.sender,
            )
            await self.gateway.leave_room(
                event.room_id,
                reason="Sorry, this contactbot only accepts invites from "
                + ", ".join(self.allowed_inviters),
            )
            return
        log.info("Joining %s, invited by %s", event.room_id, event.sender)
        await self.gateway.join_room(event.room_id)

    async def load_room(self, room_id: str) -> None:
        """Read the room's state and members (on join), and pass state on to the features."""
        state = await self.gateway.get_state(room_id)
        members = await self.gateway.get_joined_members(room_id)
        events: list[RoomEvent] = []
        for raw in state:
            raw.setdefault("room_id", room_id)
            try:
                events.append(RoomEvent.parse(raw, source="state"))
            except MalformedEvent as err:
                log.warning("Ignoring malformed state event in %s: %s", room_id, err)
        async with self.db.transaction() as session:
            repo = RoomRepository(session)
            await repo.upsert(room_id, membership="joined")
            for ev in events:
                await self._apply_room_state(repo, ev)
            await repo.replace_members(room_id, members)
            for ev in events:
                for sink in self.state_sinks:
                    await sink(ev)
        log.info(
            "Loaded %s: %d state events, %d joined members", room_id, len(events), len(members)
        )

    async def handle_room_state(self, event: RoomEvent) -> None:
        """``m.room.create``, ``m.room.power_levels`` and ``m.room.name`` from a transaction."""
        async with self.db.transaction() as session:
            repo = RoomRepository(session)
            room = await repo.get(event.room_id)
            if room is None or room.membership != "joined":
                return
            await self._apply_room_state(repo, event)

    @staticmethod
    async def _apply_room_state(repo: RoomRepository, event: RoomEvent) -> None:
        if event.state_key != "":
            return
        content = event.content
        if event.type == "m.room.create":
            version = content.get("room_version", "1")
            extra = content.get("additional_creators", [])
            await repo.upsert(
                event.room_id,
                room_version=version if isinstance(version, str) else "1",
                creator=event.sender,
                additional_creators=[c for c in extra if isinstance(c, str)]
                if isinstance(extra, list)
                else [],
            )
        elif event.type == "m.room.power_levels":
            await repo.upsert(event.room_id, power_levels=content)
        elif event.type == "m.room.name":
            name = content.get("name")
            await repo.upsert(event.room_id, name=name if isinstance(name, str) else None)
