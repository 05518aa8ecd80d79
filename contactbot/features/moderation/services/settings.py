"""Settings a bot admin changes from Matrix: the moderators' room (``!moderation room here``).

The choice is stored in PostgreSQL, so it outlives restarts, and handed to the core's
``ModeratorsRoom`` once the command's unit of work commits, so it takes effect at once for
every feature (notices, reactions, ``!flags``, ``!status``). It overrides ``moderation.room``.
"""

from __future__ import annotations

import logging

from contactbot.core.errors import PermissionDenied
from contactbot.core.services.access import AccessService
from contactbot.core.storage.database import Database
from contactbot.features.moderation.domain.settings import ModerationOverview, RoomSource
from contactbot.features.moderation.settings import ModerationSettings
from contactbot.features.moderation.storage.settings import SettingsRepository

log = logging.getLogger(__name__)


class SettingsService:
    def __init__(self, db: Database, access: AccessService, settings: ModerationSettings) -> None:
        self.db = db
        self.access = access
        self.settings = settings
        self.room = access.moderators_room

    async def load_room(self) -> str | None:
        """The moderators' room chosen from Matrix, if any (the core's loader)."""
        async with self.db.transaction() as session:
            stored = await SettingsRepository(session).get("room")
        return stored.value if stored else None

    async def choose_room(
        self, room_id: str | None, actor: str, *, source_event_id: str | None = None
    ) -> bool:
        """Make ``room_id`` the moderators' room (``None``: back to the config file's).

        Bot admins only. False when the command was already applied (a replay).
        """
        if not self.access.is_bot_admin(actor):
            raise PermissionDenied("Only bot admins may change the moderation settings.")
        async with self.db.transaction() as session:
            changed = await SettingsRepository(session).change(
                "room", room_id, actor, source_event_id=source_event_id
            )

            if changed:

                async def take_effect() -> None:
                    self.room.choose(room_id)

                # Only once stored: a rolled-back command must not move the notices.
                self.db.after_commit(take_effect)
        if changed:
            log.info("Moderators' room set to %s by %s", room_id or "the configured one", actor)
        return changed

    async def overview(self) -> ModerationOverview:
        async with self.db.transaction() as session:
            repo = SettingsRepository(session)
            stored = await repo.get("room")
            changes = await repo.changes("room")
        configured = self.room.configured
        room = stored.value if stored else configured
        source: RoomSource = "matrix" if stored else "config" if configured else "unset"
        return ModerationOverview(
            room=room,
            room_source=source,
            configured_room=configured,
            chosen=stored,
            on_call=self.settings.on_call,
            dry_run=self.settings.dry_run,
            room_moderators=self.access.room_moderators,
            recent_changes=tuple(changes),
        )
