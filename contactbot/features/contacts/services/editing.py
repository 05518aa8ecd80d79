"""Editing a room's contacts on a member's behalf: add, remove, page, via, clear, presets."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from contactbot.core.domain.jsonsafe import storable
from contactbot.core.errors import PermissionDenied, UserError
from contactbot.core.storage.database import Database
from contactbot.features.contacts.domain.editing import (
    add_contact,
    clear,
    remove_contact,
    set_support_page,
    set_support_via,
)
from contactbot.features.contacts.domain.parsing import (
    EMPTY_CONTACT_INFO,
    ContactInfo,
    parse_room_contacts,
)
from contactbot.features.contacts.domain.records import effective_event
from contactbot.features.contacts.services.tracking import ContactTracker
from contactbot.features.contacts.services.writing import ContactPermissions, ContactWriter
from contactbot.features.contacts.storage.contacts import ContactRepository


@dataclass(frozen=True, slots=True)
class EditResult:
    """A change the bot wrote (or tried to)."""

    written: tuple[str, ...]  # event types written
    failed: tuple[tuple[str, str], ...]  # (event type, reason)
    skipped: tuple[str, ...]  # event types that already held this content
    content: Mapping[str, object]
    info: ContactInfo
    preset: str | None  # the preset the room follows afterwards


class ContactEditor:
    """Applies one edit to a room's effective contact content and writes the result."""

    def __init__(
        self,
        db: Database,
        tracker: ContactTracker,
        permissions: ContactPermissions,
        writer: ContactWriter,
    ) -> None:
        self.db = db
        self.tracker = tracker
        self.permissions = permissions
        self.writer = writer

    async def edit(
        self,
        room_id: str,
        sender: str,
        build: Callable[[object], Mapping[str, object]],
        *,
        preset: str | None = None,
    ) -> EditResult:
        """Write ``build(current content)``; with ``preset``, the room then follows it."""
        state = await self.tracker.room_state(room_id)
        types = self.writer.write_types(state)
        # Permissions first: someone who may not edit learns nothing about the content.
        power = await self.permissions.power(room_id)
        self.permissions.check_sender(power, sender, types)
        lacking = self.permissions.bot_lacks(power, types)
        if lacking is not None:
            raise PermissionDenied(
                f"{lacking} Ask a room admin to raise my power level, or send the event "
                "from your own client."
            )
        current = effective_event(state)
        content = storable(build(current.content if current else {}))
        todo = tuple(t for t in types if not self.writer.holds(state, t, content))
        written, failed = await self.writer.write(room_id, todo, content, requested_by=sender)
        if todo and not written:
            raise UserError(f"The homeserver refused the change: {failed[0][1]}")
        follows = state.preset
        if preset is not None:
            async with self.db.transaction() as session:
                await ContactRepository(session).set_preset(room_id, preset, sender)
            follows = preset
        return EditResult(
            written=written,
            failed=failed,
            skipped=tuple(t for t in types if t not in todo),
            content=content,
            info=parse_room_contacts(content) if content else EMPTY_CONTACT_INFO,
            preset=follows,
        )

    async def add(self, room_id: str, sender: str, role: str, target: str) -> EditResult:
        """List ``target`` (a Matrix ID or e-mail address) under ``role``."""
        return await self.edit(room_id, sender, lambda c: add_contact(c, role, target))

    async def remove(
        self, room_id: str, sender: str, target: str, role: str | None = None
    ) -> EditResult:
        """Remove ``target`` (only under ``role``, if given)."""
        return await self.edit(room_id, sender, lambda c: remove_contact(c, target, role=role))

    async def set_page(self, room_id: str, sender: str, url: str | None) -> EditResult:
        """Set the support page, or remove it when ``url`` is None."""
        return await self.edit(room_id, sender, lambda c: set_support_page(c, url))

    async def set_via(self, room_id: str, sender: str, server: str | None) -> EditResult:
        """Set the non-standard ``support_via`` server, or remove it when None."""
        return await self.edit(room_id, sender, lambda c: set_support_via(c, server))

    async def clear(self, room_id: str, sender: str) -> EditResult:
        """Remove every contact: write empty content."""
        return await self.edit(room_id, sender, lambda _: clear())
