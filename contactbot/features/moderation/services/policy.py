"""Policy lists: caching the rules of subscribed lists, and publishing bans to a list.

Rules (``m.policy.rule.user`` / ``m.policy.rule.server``) from subscribed rooms are cached as
they arrive and raise the severity of flags for the users they ban; a ban can be published to a
list room, which is how Draupnir, Meowlnir and Mjolnir pick it up.
"""

from __future__ import annotations

import logging
from typing import Any

from contactbot.core.domain.events import RoomEvent
from contactbot.core.errors import ContactbotError
from contactbot.core.services.access import AccessService
from contactbot.core.services.gateway import MatrixGateway
from contactbot.core.storage.database import Database
from contactbot.features.moderation.domain.flags import Flag
from contactbot.features.moderation.domain.policy import POLICY_RULE_TYPES, POLICY_USER, bans
from contactbot.features.moderation.domain.review import Publication
from contactbot.features.moderation.services.errors import describe_error
from contactbot.features.moderation.settings import ModerationSettings
from contactbot.features.moderation.storage.flags import FlagRepository
from contactbot.features.moderation.storage.policy_rules import PolicyRuleRepository

log = logging.getLogger(__name__)


class PolicyListService:
    def __init__(
        self,
        db: Database,
        gateway: MatrixGateway,
        access: AccessService,
        settings: ModerationSettings,
    ) -> None:
        self.db = db
        self.gateway = gateway
        self.access = access
        self.settings = settings

    async def handle_policy_event(self, event: RoomEvent) -> None:
        """Cache a rule from a subscribed policy list (also the state replayed on join)."""
        kind = POLICY_RULE_TYPES.get(event.type)
        if kind is None or event.state_key is None:
            return
        if event.room_id not in self.settings.policy_lists:
            return
        entity = event.content.get("entity")
        recommendation = event.content.get("recommendation")
        reason = event.content.get("reason")
        async with self.db.transaction() as session:
            repo = PolicyRuleRepository(session)
            if not isinstance(entity, str) or not entity or not isinstance(recommendation, str):
                # Lists remove a rule by blanking its content (or redacting it).
                await repo.remove(event.room_id, event.type, event.state_key)
                return
            await repo.upsert(
                room_id=event.room_id,
                event_type=event.type,
                state_key=event.state_key,
                kind=kind,
                entity=entity,
                recommendation=recommendation,
                reason=reason if isinstance(reason, str) else "",
                event_id=event.event_id,
                sender=event.sender,
            )

    async def matches(self, user_id: str) -> list[dict[str, Any]]:
        """The ban rules of subscribed lists that match the user or the user's server."""
        async with self.db.transaction() as session:
            rules = await PolicyRuleRepository(session).rules(
                ("user", "server"), self.settings.policy_lists
            )
        return [rule.as_match() for rule in rules if bans(rule, user_id)]

    async def publish(
        self,
        flag: Flag,
        actor: str,
        reason: str,
        dry_run: bool,
        source_event_id: str | None,
    ) -> Publication:
        """Publish an ``m.policy.rule.user`` ban of the flagged user to the configured list."""
        room = self.settings.publish_list
        # Publishing reaches every community that subscribes to the list, so it takes the power
        # to write the list room yourself (or being a bot admin), not just a room's moderation.
        if not self.access.is_bot_admin(actor) and not await self.access.can_send_state(
            actor, room, POLICY_USER
        ):
            result = Publication("not allowed")
        elif dry_run:
            result = Publication("would publish")
        else:
            content = {"entity": flag.user_id, "recommendation": "m.ban", "reason": reason}
            try:
                # Draupnir's state-key convention, so a later rule about the user replaces it.
                await self.gateway.send_state(room, POLICY_USER, content, f"rule:{flag.user_id}")
            except ContactbotError as err:
                log.warning("Publishing a ban of %s to %s failed: %s", flag.user_id, room, err)
                result = Publication("failed", describe_error(err))
            else:
                result = Publication("published")
        async with self.db.transaction() as session:
            await FlagRepository(session).add_audit(
                flag.id,
                actor,
                "publish",
                {"room_id": room, "entity": flag.user_id, "reason": reason, "result": str(result)},
                dry_run=dry_run,
                source_event_id=source_event_id,
            )
        return result
