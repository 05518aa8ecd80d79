"""Contact presets: applying one to a room, following it, rolling it out, finding stale rooms."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from contactbot.core.errors import HomeserverUnavailable, NotFound, PermissionDenied
from contactbot.core.services.access import AccessService
from contactbot.core.storage.database import Database
from contactbot.features.contacts.domain.presets import Preset
from contactbot.features.contacts.domain.records import RoomContactState
from contactbot.features.contacts.domain.validation import display_text
from contactbot.features.contacts.services.editing import ContactEditor, EditResult
from contactbot.features.contacts.storage.contacts import ContactRepository

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class RoomIssue:
    """A room named in a rollout failure or a stale report."""

    room_id: str
    name: str | None
    reason: str


@dataclass(frozen=True, slots=True)
class RolloutReport:
    """What a rollout of one preset did, room by room."""

    preset: str
    updated: tuple[str, ...]
    unchanged: tuple[str, ...]
    failed: tuple[RoomIssue, ...]


class PresetService:
    """The configured presets and the rooms that follow them."""

    def __init__(
        self,
        db: Database,
        access: AccessService,
        editor: ContactEditor,
        presets: Mapping[str, Preset],
    ) -> None:
        self.db = db
        self.access = access
        self.editor = editor
        self.presets = dict(presets)

    def preset(self, name: str) -> Preset:
        """The configured preset ``name``.

        Raises:
            NotFound: naming the presets that exist.
        """
        preset = self.presets.get(name)
        if preset is None:
            known = ", ".join(sorted(self.presets)) or "none are configured"
            raise NotFound(f'There is no preset "{display_text(name, 64)}" ({known}).')
        return preset

    async def apply(self, room_id: str, sender: str, name: str) -> EditResult:
        """Write preset ``name`` to the room and remember that the room follows it."""
        preset = self.preset(name)
        return await self.editor.edit(room_id, sender, lambda _: dict(preset.content), preset=name)

    async def unfollow(self, room_id: str, sender: str) -> str:
        """Stop following a preset (contacts stay as they are); returns the preset's name.

        Raises:
            NotFound: when the room follows no preset.
            PermissionDenied: unless ``sender`` may change the room's contacts.
        """
        state = await self.editor.tracker.room_state(room_id)
        if state.preset is None:
            raise NotFound("This room follows no preset.")
        permissions = self.editor.permissions
        power = await permissions.power(room_id)
        permissions.check_sender(power, sender, self.editor.writer.write_types(state))
        async with self.db.transaction() as session:
            await ContactRepository(session).set_preset(room_id, None, sender)
        return state.preset

    def _require_admin(self, sender: str, what: str) -> None:
        if not self.access.is_bot_admin(sender):
            raise PermissionDenied(f"Only bot admins can {what}.")

    async def _room_names(self, room_ids: Iterable[str]) -> dict[str, str | None]:
        async with self.db.transaction() as session:
            return await ContactRepository(session).room_names(room_ids)

    async def rollout(self, name: str, sender: str) -> RolloutReport:
        """Rewrite every room that follows preset ``name`` and differs from it (bot admins).

        Failures (the bot left, lacks power, the homeserver refused) are reported per room.
        """
        self._require_admin(sender, "roll out presets")
        preset = self.preset(name)
        writer = self.editor.writer
        async with self.db.transaction() as session:
            rooms = await ContactRepository(session).following(name)
        updated: list[str] = []
        unchanged: list[str] = []
        failures: list[tuple[str, str]] = []
        for state in rooms:
            todo = tuple(
                t for t in writer.write_types(state) if not writer.holds(state, t, preset.content)
            )
            if not todo:
                unchanged.append(state.room_id)
                continue
            power = await self.access.power(state.room_id)
            if power is None:
                failures.append((state.room_id, "I am not in this room any more."))
                continue
            lacking = self.editor.permissions.bot_lacks(power, todo)
            if lacking is not None:
                failures.append((state.room_id, lacking))
                continue
            try:
                written, failed = await writer.write(
                    state.room_id, todo, preset.content, requested_by=sender
                )
            except HomeserverUnavailable as err:
                failures.append((state.room_id, f"The homeserver is unavailable ({err})."))
                continue
            if failed:
                failures.append((state.room_id, "; ".join(f"{t}: {r}" for t, r in failed)))
            elif written:
                updated.append(state.room_id)
        names = await self._room_names(room_id for room_id, _ in failures)
        log.info(
            "Rollout of preset %s by %s: %d updated, %d unchanged, %d failed",
            name,
            sender,
            len(updated),
            len(unchanged),
            len(failures),
        )
        return RolloutReport(
            preset=name,
            updated=tuple(updated),
            unchanged=tuple(unchanged),
            failed=tuple(RoomIssue(r, names.get(r), reason) for r, reason in failures),
        )

    def preset_issue(self, state: RoomContactState) -> str | None:
        """How the room differs from the preset it follows, or None when it matches."""
        if state.preset is None:
            return None
        preset = self.presets.get(state.preset)
        if preset is None:
            return f'its preset "{state.preset}" is no longer configured'
        writer = self.editor.writer
        differing = [
            t for t in writer.write_types(state) if not writer.holds(state, t, preset.content)
        ]
        if not differing:
            return None
        missing = [t for t in differing if not (state.events.get(t) and state.events[t].content)]
        parts = []
        if missing:
            parts.append(f"{' and '.join(missing)} not set")
        changed = [t for t in differing if t not in missing]
        if changed:
            parts.append(f'{" and ".join(changed)} differs from preset "{state.preset}"')
        return "; ".join(parts)

    async def stale(self, sender: str) -> list[RoomIssue]:
        """Rooms whose contacts differ from the preset they follow (bot admins)."""
        self._require_admin(sender, "list rooms with stale presets")
        async with self.db.transaction() as session:
            rooms = await ContactRepository(session).following()
        issues = [(s.room_id, issue) for s in rooms if (issue := self.preset_issue(s))]
        names = await self._room_names(room_id for room_id, _ in issues)
        return [RoomIssue(room_id, names.get(room_id), issue) for room_id, issue in issues]
