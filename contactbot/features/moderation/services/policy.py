"""Policy lists: caching the rules of subscribed lists, and publishing bans to a list.

Rules (``m.policy.rule.user`` / ``m.policy.rule.server`` and their older names) from subscribed
rooms are cached as they arrive and raise the severity of flags for the users they ban; the
cache of a list is dropped when the bot leaves it. A ban can be published to a list room, and
removed again when the ban is reverted, which is how Draupnir, Meowlnir and Mjolnir pick it up.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from contactbot.core.domain.events import RoomEvent
from contactbot.core.errors import ContactbotError
from contactbot.core.services.access import AccessService
from contactbot.core.services.gateway import MatrixGateway
from contactbot.core.storage.database import Database
from contactbot.features.moderation.domain.flags import Flag
from contactbot.features.moderation.domain.policy import (
    BAN,
    POLICY_RULE_TYPES,
    POLICY_USER,
    banning_rules,
    parse_rule,
    rule_state_key,
    sha256_b64,
)
from contactbot.features.moderation.domain.review import Publication
from contactbot.features.moderation.services.errors import describe_error
from contactbot.features.moderation.settings import ModerationSettings
from contactbot.features.moderation.storage.flags import FlagRepository
from contactbot.features.moderation.storage.policy_rules import PolicyRuleRepository

log = logging.getLogger(__name__)


def existing_state_key(
    state: list[dict[str, Any]], user_id: str, recommendation: str
) -> str | None:
    """The state key of a live ``m.policy.rule.user`` for this user and recommendation.

    Reusing it (as Meowlnir's de-duplication does) replaces that rule instead of adding a
    second one beside it, whichever tool wrote it and however it named the user (literal or
    hash).
    """
    digest = sha256_b64(user_id)
    for event in state:
        content = event.get("content")
        state_key = event.get("state_key")
        if event.get("type") != POLICY_USER or not isinstance(state_key, str):
            continue
        if not isinstance(content, Mapping):
            continue
        rule = parse_rule("", POLICY_USER, state_key, content)
        if rule is None or rule.recommendation != recommendation:
            continue
        if rule.entity == user_id or (not rule.entity and rule.entity_sha256 == digest):
            return state_key
    return None


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

    # -- reading -------------------------------------------------------------------------------

    async def handle_policy_event(self, event: RoomEvent) -> None:
        """Cache a rule from a subscribed policy list (also the state replayed on join)."""
        if event.type not in POLICY_RULE_TYPES or event.state_key is None:
            return
        if event.room_id not in self.settings.policy_lists:
            return
        rule = parse_rule(event.room_id, event.type, event.state_key, event.content)
        async with self.db.transaction() as session:
            repo = PolicyRuleRepository(session)
            if rule is None:
                # Lists remove a rule by blanking its content (or redacting it).
                await repo.remove(event.room_id, event.type, event.state_key)
                return
            await repo.upsert(rule, event_id=event.event_id, sender=event.sender)

    async def handle_membership(self, event: RoomEvent) -> None:
        """The bot left (or was removed from) a list: its rules no longer apply."""
        if event.state_key != self.gateway.bot_user_id:
            return
        if event.content.get("membership") not in ("leave", "ban"):
            return
        async with self.db.transaction() as session:
            dropped = await PolicyRuleRepository(session).forget_room(event.room_id)
        if dropped:
            log.info("Left policy list %s: dropped its %d cached rules", event.room_id, dropped)

    async def matches(self, user_id: str) -> list[dict[str, Any]]:
        """The ban rules of subscribed lists that match the user or the user's server, unless
        an allow rule of any subscribed list exempts the user."""
        async with self.db.transaction() as session:
            rules = await PolicyRuleRepository(session).rules(
                ("user", "server"), self.settings.policy_lists
            )
        return [rule.as_match() for rule in banning_rules(rules, user_id)]

    # -- publishing ----------------------------------------------------------------------------

    async def _may_publish(self, actor: str) -> bool:
        # Publishing reaches every community that subscribes to the list, so it takes the power
        # to write the list room yourself (or being a bot admin), not just a room's moderation.
        return self.access.is_bot_admin(actor) or await self.access.can_send_state(
            actor, self.settings.publish_list, POLICY_USER
        )

    async def publish(
        self,
        flag: Flag,
        actor: str,
        ban_reason: str,
        dry_run: bool,
        source_event_id: str | None,
    ) -> Publication:
        """Publish an ``m.policy.rule.user`` ban of the flagged user to the configured list."""
        room = self.settings.publish_list
        reason = self.settings.publish_reason or ban_reason
        state_key = ""
        if not await self._may_publish(actor):
            result = Publication("not allowed")
        elif dry_run:
            result = Publication("would publish")
        else:
            content = {"entity": flag.user_id, "recommendation": BAN, "reason": reason}
            try:
                state = await self.gateway.get_state(room)
                state_key = existing_state_key(state, flag.user_id, BAN) or rule_state_key(
                    flag.user_id, BAN
                )
                await self.gateway.send_state(room, POLICY_USER, content, state_key)
            except ContactbotError as err:
                log.warning("Publishing a ban of %s to %s failed: %s", flag.user_id, room, err)
                result = Publication("failed", describe_error(err))
            else:
                result = Publication("published")
        detail: dict[str, Any] = {"room_id": room, "entity": flag.user_id, "reason": reason}
        detail.update(state_key=state_key or None, result=str(result))
        await self._audit(flag, actor, "publish", detail, dry_run, source_event_id)
        return result

    async def retract(
        self, flag: Flag, actor: str, dry_run: bool, source_event_id: str | None
    ) -> Publication:
        """Remove the list's ban rule of the flagged user (the ban was reverted)."""
        room = self.settings.publish_list
        state_key = ""
        if not await self._may_publish(actor):
            result = Publication("not allowed")
        else:
            try:
                state = await self.gateway.get_state(room)
                state_key = existing_state_key(state, flag.user_id, BAN) or ""
                if not state_key:
                    result = Publication("no rule")
                elif dry_run:
                    result = Publication("would remove")
                else:
                    # An empty content is how a rule is removed (what the peers send too).
                    await self.gateway.send_state(room, POLICY_USER, {}, state_key)
                    result = Publication("removed")
            except ContactbotError as err:
                log.warning("Removing the ban of %s from %s failed: %s", flag.user_id, room, err)
                result = Publication("failed", describe_error(err))
        detail: dict[str, Any] = {"room_id": room, "entity": flag.user_id}
        detail.update(state_key=state_key or None, result=str(result))
        await self._audit(flag, actor, "unpublish", detail, dry_run, source_event_id)
        return result

    async def _audit(
        self,
        flag: Flag,
        actor: str,
        action: str,
        detail: dict[str, Any],
        dry_run: bool,
        source_event_id: str | None,
    ) -> None:
        async with self.db.transaction() as session:
            await FlagRepository(session).add_audit(
                flag.id,
                actor,
                action,
                detail,
                dry_run=dry_run,
                source_event_id=source_event_id,
            )
