"""Who may change a room's contact state, and writing it: permission checks, then sends.

The bot writes on a member's behalf only after checking that both the member and the bot may
send the state event; every event it sends is recorded at once, with who asked for it.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Mapping, Sequence

from contactbot.core.domain.jsonsafe import canonical_json
from contactbot.core.domain.power import INFINITE, PowerLevels
from contactbot.core.errors import (
    ContactbotError,
    HomeserverRefused,
    HomeserverUnavailable,
    PermissionDenied,
    UserError,
)
from contactbot.core.services.access import AccessService
from contactbot.core.services.gateway import MatrixGateway
from contactbot.features.contacts.domain.contacts import STATE_KEY, STATE_TYPES
from contactbot.features.contacts.domain.records import RoomContactState
from contactbot.features.contacts.domain.validation import display_text
from contactbot.features.contacts.services.tracking import ContactTracker

log = logging.getLogger(__name__)


def _level_text(level: float) -> str:
    return "unlimited (room creator)" if level == INFINITE else str(int(level))


def describe_refusal(err: HomeserverRefused) -> str:
    """The homeserver's refusal as one line: ``M_FORBIDDEN: reason``."""
    text = display_text(err.message or str(err) or type(err).__name__, 200)
    return f"{err.errcode}: {text}" if err.errcode else text


class ContactPermissions:
    """Power-level checks for changing the contact state of a room."""

    def __init__(self, access: AccessService, bot_user_id: str) -> None:
        self.access = access
        self.bot_user_id = bot_user_id

    async def power(self, room_id: str) -> PowerLevels:
        """The room's power levels.

        Raises:
            UserError: when the bot does not know them (yet).
        """
        power = await self.access.power(room_id)
        if power is None:
            raise UserError("I don't know this room's power levels yet, so I cannot change it.")
        return power

    @staticmethod
    def check_sender(power: PowerLevels, sender: str, types: Iterable[str]) -> None:
        """Refuse unless ``sender`` may send every one of ``types``.

        Raises:
            PermissionDenied: naming the level needed and the sender's.
        """
        for event_type in types:
            if not power.can_send_state(sender, event_type):
                raise PermissionDenied(
                    "Only members who may change the room's contact state can do this: "
                    f"{event_type} needs power level {power.required_for_state(event_type)}, "
                    f"and you have {_level_text(power.user_level(sender))}."
                )

    def bot_lacks(self, power: PowerLevels, types: Iterable[str]) -> str | None:
        """Why the bot may not send one of ``types``, or None when it may send them all."""
        bot = self.bot_user_id
        for event_type in types:
            if not power.can_send_state(bot, event_type):
                return (
                    f"I lack the power level to send {event_type} here: it needs "
                    f"{power.required_for_state(event_type)}, and I have "
                    f"{_level_text(power.user_level(bot))}."
                )
        return None


class ContactWriter:
    """Sends contact content as the configured event types and records what it sent."""

    def __init__(
        self,
        gateway: MatrixGateway,
        tracker: ContactTracker,
        write_types: tuple[str, ...],
        *,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.gateway = gateway
        self.tracker = tracker
        self.configured_types = write_types
        self._clock = clock

    def write_types(self, state: RoomContactState) -> tuple[str, ...]:
        """The types to write: the configured ones, plus any type that holds contacts now."""
        # Leaving a type that holds contacts as it was would show stale contacts to the
        # clients that read it.
        types = list(self.configured_types)
        for event_type in STATE_TYPES:
            event = state.events.get(event_type)
            if event_type not in types and event is not None and event.content:
                types.append(event_type)
        return tuple(t for t in STATE_TYPES if t in types)

    @staticmethod
    def holds(state: RoomContactState, event_type: str, content: Mapping[str, object]) -> bool:
        """Whether the room's current ``event_type`` event already has ``content``."""
        event = state.events.get(event_type)
        if event is None:
            return not content
        return canonical_json(event.content) == canonical_json(content)

    async def write(
        self,
        room_id: str,
        types: Sequence[str],
        content: Mapping[str, object],
        *,
        requested_by: str,
    ) -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]]:
        """Send ``content`` as each event type; record what was sent. ``(written, failed)``.

        Raises:
            HomeserverUnavailable: when the homeserver is down before anything was written,
                so the whole command is retried later.
        """
        written: list[str] = []
        failed: list[tuple[str, str]] = []
        for event_type in types:
            try:
                event_id = await self.gateway.send_state(
                    room_id, event_type, dict(content), STATE_KEY
                )
            except HomeserverUnavailable as err:
                if not written and not failed:
                    raise
                failed.append((event_type, f"the homeserver is unavailable ({err})"))
                continue
            except HomeserverRefused as err:
                failed.append((event_type, describe_refusal(err)))
                log.warning("Sending %s to %s failed: %s", event_type, room_id, err)
                continue
            except ContactbotError as err:
                failed.append((event_type, str(err)))
                continue
            written.append(event_type)
            # Record it now rather than when the homeserver echoes it back (the echo is then a
            # replay): the next command sees the change, and history keeps who asked for it.
            await self.tracker.record(
                room_id=room_id,
                event_type=event_type,
                content=content,
                event_id=event_id,
                sender=self.gateway.bot_user_id,
                origin_server_ts=int(self._clock() * 1000),
                source="bot",
                requested_by=requested_by,
            )
        return tuple(written), tuple(failed)
