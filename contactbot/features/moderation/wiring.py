"""Wiring of flags and review of offensive statuses and display names (docs/moderation.md)."""

from __future__ import annotations

import logging

from contactbot.core.errors import ConfigError
from contactbot.core.runtime import Core
from contactbot.features.moderation.commands.moderation import ModerationCommands
from contactbot.features.moderation.detector import Detector, DetectorSettings
from contactbot.features.moderation.services.moderation import (
    POLICY_RULE_TYPES,
    ModerationService,
    ModerationSettings,
)

log = logging.getLogger(__name__)


def wire(core: Core) -> ModerationService | None:
    """Returns the service so the composition root can feed it other features' changes."""
    cfg = core.config
    settings = ModerationSettings.from_mapping(cfg.get_mapping("moderation"))
    if not settings.enabled:
        log.info("Moderation of statuses and display names is off (moderation.enabled)")
        return None
    try:
        detector = Detector(DetectorSettings.from_mapping(cfg.get_mapping("moderation.detector")))
    except ValueError as err:
        raise ConfigError("moderation.detector", str(err)) from err
    moderation = ModerationService(
        core.db,
        core.gateway,
        core.access,
        detector,
        settings,
        core.metrics,
        is_own_user=core.rooms.is_own_user,
    )
    core.registry.register(ModerationCommands(moderation))
    core.router.on_reaction(moderation.handle_reaction)
    # Display names from member events always: a per-room name can differ from the
    # profile's, and a text already flagged through status history is not flagged twice.
    core.router.on_member(moderation.handle_member)
    for event_type in POLICY_RULE_TYPES:
        core.router.on_state(event_type, moderation.handle_policy_event)
    if not settings.room:
        log.warning(
            "moderation.room is not set: flags are recorded and listed by !flags, "
            "but nobody is notified"
        )
    if settings.dry_run:
        log.warning("Moderation dry run: kicks, bans and policy rules are only reported")
    core.run_in_background("flag-notices", moderation.run_notice_retries())
    return moderation
