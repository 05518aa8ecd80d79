"""Routing inbox events to the features that handle them.

Own echoes are dropped here: the homeserver sends the bot's own messages back, and answering
them would loop. State events are kept even when the bot sent them, because the bot's own join
and its own state changes are facts the features need.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

from contactbot.core.domain.events import MalformedEvent, RoomEvent
from contactbot.core.handlers.commands import CommandRegistry
from contactbot.core.services.rooms import MemberChange, RoomService

log = logging.getLogger(__name__)

EventCallback = Callable[[RoomEvent], Awaitable[None]]
MemberCallback = Callable[[MemberChange], Awaitable[None]]
# Someone other than the bot spoke in a room: (sender, room_id). In memory and cheap, because
# it runs for every message, most of them at ingest (see ``needs_worker``).
ActivityCallback = Callable[[str, str], None]

_ROOM_STATE = frozenset({"m.room.create", "m.room.power_levels", "m.room.name"})


class EventRouter:
    def __init__(self, rooms: RoomService, commands: CommandRegistry) -> None:
        self.rooms = rooms
        self.commands = commands
        self._state: dict[str, list[EventCallback]] = {}
        self._activity: list[ActivityCallback] = []
        self._reactions: list[EventCallback] = []
        self._redactions: list[EventCallback] = []
        self._members: list[MemberCallback] = []
        rooms.state_sinks.append(self.dispatch_state)

    # -- registration (from the composition root) ------------------------------------------

    def on_state(self, event_type: str, callback: EventCallback) -> None:
        self._state.setdefault(event_type, []).append(callback)

    def on_activity(self, callback: ActivityCallback) -> None:
        self._activity.append(callback)

    def on_reaction(self, callback: EventCallback) -> None:
        self._reactions.append(callback)

    def on_redaction(self, callback: EventCallback) -> None:
        self._redactions.append(callback)

    def on_member(self, callback: MemberCallback) -> None:
        self._members.append(callback)

    # -- triage at ingest (the inbox's ``Triage``) ------------------------------------------

    def needs_worker(self, raw: dict[str, Any]) -> bool:
        """Whether the event can have an effect that must run exactly once.

        Only plaintext messages that are not commands (and the bot's own message echoes) have
        none: ``handle`` would do nothing with them but note activity. Everything else (state,
        redactions, reactions, encrypted events, commands) goes to the worker. This mirrors
        ``handle`` and ``_handle_message``; tests hold the two together.
        """
        if "state_key" in raw or raw.get("type") != "m.room.message":
            return True
        sender = raw.get("sender")
        if isinstance(sender, str) and self.rooms.is_own_user(sender):
            return False
        return self._command_body(raw.get("content")) is not None

    def settle(self, raw: dict[str, Any]) -> None:
        """What ``handle`` does for a passive event: note that its sender spoke."""
        sender, room_id = raw.get("sender"), raw.get("room_id")
        if isinstance(sender, str) and isinstance(room_id, str):
            self._note_activity(sender, room_id)

    def _command_body(self, content: object) -> str | None:
        if not isinstance(content, dict):
            return None
        body = content.get("body")
        # Notices are what bots send; never treat another bot's notice as a command.
        if not isinstance(body, str) or content.get("msgtype") not in ("m.text", None):
            return None
        return body if self.commands.parse(body) is not None else None

    def _note_activity(self, sender: str, room_id: str) -> None:
        if self.rooms.is_own_user(sender):
            return
        for callback in self._activity:
            callback(sender, room_id)

    # -- dispatch --------------------------------------------------------------------------

    async def handle_raw(self, raw: object) -> None:
        """Entry point for the inbox worker; a malformed event is logged, not retried."""
        try:
            event = RoomEvent.parse(raw)
        except MalformedEvent as err:
            log.warning("Skipping malformed event: %s", err)
            return
        await self.handle(event)

    async def handle(self, event: RoomEvent) -> None:
        if event.is_state:
            await self._handle_state(event)
            return
        if event.type == "m.room.redaction":
            # Before the own-echo check: a redaction the bot made still removes content.
            for callback in self._redactions:
                await callback(event)
            return
        if self.rooms.is_own_user(event.sender):
            return
        if event.type == "m.room.message":
            await self._handle_message(event)
        elif event.type == "m.reaction":
            for callback in self._reactions:
                await callback(event)

    async def _handle_state(self, event: RoomEvent) -> None:
        if event.type == "m.room.member":
            try:
                change = await self.rooms.handle_member(event)
            except MalformedEvent as err:
                log.warning("Ignoring member event %s: %s", event.event_id, err)
                return
            if change is not None:
                for member_cb in self._members:
                    await member_cb(change)
            # State callbacks see every membership, the bot's own too (a feature forgets what
            # it cached about a room the bot left).
            await self.dispatch_state(event)
            return
        if event.type in _ROOM_STATE:
            await self.rooms.handle_room_state(event)
        await self.dispatch_state(event)

    async def dispatch_state(self, event: RoomEvent) -> None:
        for callback in self._state.get(event.type, ()):
            await callback(event)

    async def _handle_message(self, event: RoomEvent) -> None:
        body = self._command_body(event.content)
        if body is not None:
            log.debug("Command %s from %s: %r", event.event_id, event.sender, body)
            await self.commands.handle(event.sender, event.room_id, event.event_id, body)
        self._note_activity(event.sender, event.room_id)
