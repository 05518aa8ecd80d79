"""The contacts feature's services, built together: tracking, answering, editing, presets.

Each concern is its own service; :class:`ContactService` only holds them so that the commands
and the composition root have one thing to pass around.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from contactbot.core.services.access import AccessService
from contactbot.core.services.gateway import MatrixGateway
from contactbot.core.storage.database import Database
from contactbot.features.contacts.domain.presets import Preset
from contactbot.features.contacts.domain.settings import ContactSettings, LookupLimits
from contactbot.features.contacts.services.answering import ContactAnswers
from contactbot.features.contacts.services.editing import ContactEditor
from contactbot.features.contacts.services.lookups import LookupPool
from contactbot.features.contacts.services.presets import PresetService
from contactbot.features.contacts.services.problems import ProblemsService
from contactbot.features.contacts.services.support_cache import SupportService
from contactbot.features.contacts.services.tracking import ContactTracker
from contactbot.features.contacts.services.writing import ContactPermissions, ContactWriter


@dataclass(frozen=True, slots=True)
class ContactService:
    """The contacts feature's services, one per concern."""

    settings: ContactSettings
    access: AccessService
    tracking: ContactTracker
    answers: ContactAnswers
    editing: ContactEditor
    presets: PresetService
    reports: ProblemsService
    lookups: LookupPool

    @classmethod
    def build(
        cls,
        db: Database,
        gateway: MatrixGateway,
        support: SupportService,
        access: AccessService,
        settings: ContactSettings,
        presets: Mapping[str, Preset],
        *,
        lookup_limits: LookupLimits | None = None,
        is_own_user: Callable[[str], bool] | None = None,
        clock: Callable[[], float] = time.time,
    ) -> ContactService:
        """Wire the services to each other."""
        tracking = ContactTracker(db)
        permissions = ContactPermissions(access, gateway.bot_user_id)
        writer = ContactWriter(gateway, tracking, settings.write_types, clock=clock)
        editing = ContactEditor(db, tracking, permissions, writer)
        preset_service = PresetService(db, access, editing, presets)
        return cls(
            settings=settings,
            access=access,
            tracking=tracking,
            answers=ContactAnswers(
                tracking,
                support,
                gateway.bot_user_id,
                is_own_user=is_own_user,
                moderation_bots=settings.moderation_bots,
                clock=clock,
            ),
            editing=editing,
            presets=preset_service,
            reports=ProblemsService(db, access, tracking, permissions, preset_service),
            lookups=LookupPool(db, lookup_limits),
        )
