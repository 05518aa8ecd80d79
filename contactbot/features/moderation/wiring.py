"""Wiring of flags and review of offensive statuses and display names (docs/moderation.md)."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from contactbot.core.errors import ConfigError
from contactbot.core.runtime import Core
from contactbot.core.services.loops import supervised_loop
from contactbot.features.moderation.commands.moderation import ModerationCommands
from contactbot.features.moderation.commands.reactions import NoticeReactions
from contactbot.features.moderation.commands.settings import SettingsCommands
from contactbot.features.moderation.commands.views import render_notice
from contactbot.features.moderation.detector import Detector, DetectorSettings
from contactbot.features.moderation.domain.policy import POLICY_RULE_TYPES
from contactbot.features.moderation.services.flagging import FlaggingService, StatusChangeLike
from contactbot.features.moderation.services.notices import NoticeService
from contactbot.features.moderation.services.policy import PolicyListService
from contactbot.features.moderation.services.review import ReviewService
from contactbot.features.moderation.services.settings import SettingsService
from contactbot.features.moderation.settings import ModerationSettings

log = logging.getLogger(__name__)

# Seconds between retries of notices the homeserver failed to take.
NOTICE_RETRY_INTERVAL = 60.0


@dataclass(frozen=True, slots=True)
class Moderation:
    """The feature's services, for the composition root (and tests) to reach."""

    settings: ModerationSettings
    flagging: FlaggingService
    notices: NoticeService
    review: ReviewService
    policy: PolicyListService
    choices: SettingsService

    async def handle_status_change(self, change: StatusChangeLike) -> None:
        """The status-history feature's change listener (connected by the composition root)."""
        await self.flagging.handle_status_change(change)


def wire(core: Core) -> Moderation | None:
    """Returns the services so the composition root can feed them other features' changes."""
    cfg = core.config
    settings = ModerationSettings.from_config(cfg)
    if not settings.enabled:
        log.info("Moderation of statuses and display names is off (moderation.enabled)")
        return None
    try:
        detector = Detector(DetectorSettings.from_mapping(cfg.get_mapping("moderation.detector")))
    except ValueError as err:
        raise ConfigError("moderation.detector", str(err)) from err
    # The moderator rule and the moderators' room are the core's, shared with !status: this
    # feature names its configured room and rule, and stores the room chosen from Matrix.
    moderators_room = core.access.moderators_room
    moderators_room.configure(settings.room)
    core.access.room_moderators = settings.room_moderators
    choices = SettingsService(core.db, core.access, settings)
    moderators_room.use_store(choices.load_room)
    policy = PolicyListService(core.db, core.gateway, core.access, settings)
    notices = NoticeService(
        core.db,
        core.gateway,
        settings,
        core.metrics,
        render_notice,
        moderators_room,
        core.encryption,
    )
    flagging = FlaggingService(
        core.db,
        core.access,
        detector,
        settings,
        core.metrics,
        notices,
        policy,
        bot_user_id=core.gateway.bot_user_id,
        is_own_user=core.rooms.is_own_user,
    )
    review = ReviewService(core.db, core.gateway, core.access, settings, core.metrics, policy)
    core.registry.register(
        ModerationCommands(review, core.access, core.rooms, moderators_room=moderators_room)
    )
    core.registry.register(SettingsCommands(choices, core.access))
    core.router.on_reaction(
        NoticeReactions(review, core.gateway, room=moderators_room).handle_reaction
    )
    # Display names from member events always: a per-room name can differ from the
    # profile's, and a text already flagged through status history is not flagged twice.
    core.router.on_member(flagging.handle_member)
    for event_type in POLICY_RULE_TYPES:
        core.router.on_state(event_type, policy.handle_policy_event)
    core.router.on_state("m.room.member", policy.handle_membership)
    if not moderators_room.configured:
        log.warning(
            "moderation.room is not set: unless a bot admin sends !moderation room here, "
            "flags are recorded and listed by !flags, but nobody is notified"
        )
    if settings.dry_run:
        log.warning("Moderation dry run: kicks, bans and policy rules are only reported")
    # Once per deployment: two replicas retrying the same unsent notice could both post it.
    core.run_singleton(
        "flag-notices",
        lambda: supervised_loop(
            "flag-notices",
            notices.retry_notices,
            interval=NOTICE_RETRY_INTERVAL,
            metrics=core.metrics,
            initial_delay=NOTICE_RETRY_INTERVAL,
        ),
    )
    return Moderation(settings, flagging, notices, review, policy, choices)
