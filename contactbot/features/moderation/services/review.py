"""Review of flags: who may see and review them, confirm and dismiss, kick and ban.

Kicks and bans never quote the flagged text in their public reason, and every review goes to
the audit log. A ban can also publish a policy rule (``PolicyListService``).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import replace

from contactbot.core.errors import (
    HomeserverRefused,
    HomeserverUnavailable,
    NotFound,
    PermissionDenied,
    UserError,
)
from contactbot.core.metrics import Metrics
from contactbot.core.services.access import AccessService, power_of
from contactbot.core.services.gateway import MatrixGateway
from contactbot.core.storage.database import Database
from contactbot.features.moderation.domain.flags import Flag, FlagState, is_display_name
from contactbot.features.moderation.domain.review import (
    REVIEW_ACTIONS,
    STATE_ACTIONS,
    FlagDetails,
    Publication,
    ReviewAction,
    ReviewOutcome,
    RoomAction,
    is_review_action,
)
from contactbot.features.moderation.services.errors import describe_error
from contactbot.features.moderation.services.policy import PolicyListService
from contactbot.features.moderation.services.rooms import shared_rooms
from contactbot.features.moderation.settings import ModerationSettings
from contactbot.features.moderation.storage.flags import FlagRepository
from contactbot.features.moderation.storage.rooms import ModerationRooms

log = logging.getLogger(__name__)

# Flags listed by one ``!flags`` reply; the rest are counted.
MAX_LISTED = 20
# A moderator's reason shorter than this is never treated as quoting the text (a reason may well
# contain "ass" in "harassment").
_MIN_QUOTE = 4


class ReviewService:
    def __init__(
        self,
        db: Database,
        gateway: MatrixGateway,
        access: AccessService,
        settings: ModerationSettings,
        metrics: Metrics,
        policy: PolicyListService,
    ) -> None:
        self.db = db
        self.gateway = gateway
        self.access = access
        self.settings = settings
        self.metrics = metrics
        self.policy = policy
        self.bot_user_id = gateway.bot_user_id

    # -- who may review ------------------------------------------------------------------------

    async def may_review(self, actor: str, target: str) -> bool:
        """The core's one moderator rule (``AccessService.is_moderator``): never oneself."""
        return await self.access.is_moderator(actor, target)

    # -- reading -------------------------------------------------------------------------------

    async def visible_flags(
        self, viewer: str, states: Sequence[FlagState], limit: int = MAX_LISTED
    ) -> tuple[list[Flag], int]:
        """Flags ``viewer`` may review, newest first, and their total count.

        A constant number of queries, however many rooms and flagged users there are.
        """
        rooms: list[str] | None = None
        if await self.access.standing(viewer) != "trusted":
            rooms = await self.access.moderator_rooms(viewer)
            if not rooms:
                return [], 0
        async with self.db.transaction() as session:
            return await FlagRepository(session).find(
                states, joined_in=rooms, exclude_user=viewer, limit=limit
            )

    async def details(self, flag_id: int, viewer: str) -> FlagDetails:
        async with self.db.transaction() as session:
            repo = FlagRepository(session)
            flag = await repo.get(flag_id)
            if flag is None:
                raise NotFound(f"There is no flag #{flag_id}.")
            if not await self.may_review(viewer, flag.user_id):
                raise PermissionDenied(
                    f"Only bot admins and moderators of a room {flag.user_id} is in (or of the "
                    f"moderators' room) may see flag #{flag_id}; nobody sees their own flags."
                )
            audit = await repo.audit(flag_id)
        # A room moderator sees only the rooms they are in themselves: the names of the
        # others (private ones included) are none of their business.
        trusted = await self.access.standing(viewer) == "trusted"
        shared = await shared_rooms(self.db, flag.user_id, visible_to=None if trusted else viewer)
        return FlagDetails(flag, audit, shared)

    async def flag_of_notice(self, room_id: str, notice_event_id: str) -> Flag | None:
        async with self.db.transaction() as session:
            return await FlagRepository(session).by_notice(room_id, notice_event_id)

    # -- reviewing -----------------------------------------------------------------------------

    def public_reason(self, flag: Flag, reason: str | None) -> str:
        """The reason kicks, bans and policy rules carry: never the flagged text."""
        suffix = f"(contactbot flag #{flag.id})"
        if not reason or not reason.strip():
            what = "display name" if is_display_name(flag.field) else "profile status"
            return f"Offensive {what} {suffix}"
        reason = " ".join(reason.split())[:200]
        folded = reason.casefold()
        quoted = [flag.text, *(str(r.get("matched", "")) for r in flag.reasons)]
        if any(len(q.strip()) >= _MIN_QUOTE and q.casefold().strip() in folded for q in quoted):
            raise UserError(
                "That reason quotes the flagged text, and kick and ban reasons are public. "
                "Word it differently, or leave it out."
            )
        return f"{reason} {suffix}"

    async def review(
        self,
        flag_id: int,
        actor: str,
        action: str,
        reason: str | None = None,
        *,
        source_event_id: str | None = None,
    ) -> ReviewOutcome:
        """Confirm, dismiss, kick or ban, as ``actor``; raises ``UserError`` with the answer.

        Kicks and bans apply in every room shared with the flagged user where the bot has the
        power and outranks them. A reviewer who is not a bot admin acts only in the rooms
        where they could do it themselves: otherwise anyone could make a room, invite the
        user, and have the bot ban them from every other room.
        """
        if not is_review_action(action):
            raise UserError(f"Unknown action {action!r}; use {', '.join(REVIEW_ACTIONS)}.")
        async with self.db.transaction() as session:
            repo = FlagRepository(session)
            flag = await repo.get(flag_id)
            seen = source_event_id is not None and await repo.seen_source(source_event_id)
        if flag is None:
            raise NotFound(f"There is no flag #{flag_id}.")
        if seen:
            return ReviewOutcome(flag, action, actor, changed=False, replayed=True)
        if not await self.may_review(actor, flag.user_id):
            self.metrics.moderation_reviews.labels(action, "refused").inc()
            await self._record_refusal(flag, actor, action, source_event_id)
            raise PermissionDenied(
                f"Only bot admins and moderators of a room {flag.user_id} is in (or of the "
                f"moderators' room) may review flag #{flag.id}; nobody reviews their own flags."
            )
        async with self.db.transaction() as session:
            repo = FlagRepository(session)
            # Locked until the review commits: two moderators reviewing at once take turns,
            # and the second sees the first's result.
            flag = await repo.get_for_update(flag_id)
            if flag is None:
                raise NotFound(f"There is no flag #{flag_id}.")
            if action in STATE_ACTIONS:
                outcome = await self._set_state(repo, flag, actor, action, reason, source_event_id)
            elif action == "unban":
                outcome = await self._revert(repo, flag, actor, reason, source_event_id)
            else:
                outcome = await self._act(repo, flag, actor, action, reason, source_event_id)
        result = "dry_run" if outcome.dry_run else "done" if outcome.changed else "unchanged"
        self.metrics.moderation_reviews.labels(action, result).inc()
        log.info(
            "Flag #%d: %s by %s (%s%s)",
            flag_id,
            action,
            actor,
            result,
            f", {outcome.note}" if outcome.note else "",
        )
        return outcome

    async def _record_refusal(
        self, flag: Flag, actor: str, action: ReviewAction, source_event_id: str | None
    ) -> None:
        # In a transaction of its own: the refusal raises, which rolls back the event's.
        async with self.db.separate_transaction() as session:
            await FlagRepository(session).add_audit(
                flag.id,
                actor,
                "refused",
                {"asked": action, "why": "not a moderator of this user"},
                source_event_id=source_event_id,
            )

    async def _set_state(
        self,
        repo: FlagRepository,
        flag: Flag,
        actor: str,
        action: ReviewAction,
        reason: str | None,
        source_event_id: str | None,
    ) -> ReviewOutcome:
        state = STATE_ACTIONS[action]
        if flag.state == state:
            return ReviewOutcome(flag, action, actor, changed=False, note=f"already {state}")
        if flag.state == "actioned":
            raise UserError(
                f"Flag #{flag.id} was already acted on (kick or ban); {action} would change "
                "nothing now. Undo a ban by hand in the rooms if it was a mistake."
            )
        await repo.set_state(flag.id, state, actor)
        await repo.add_audit(
            flag.id,
            actor,
            action,
            {"from": flag.state, "reason": reason},
            source_event_id=source_event_id,
        )
        updated = replace(flag, state=state, reviewer=actor)
        return ReviewOutcome(updated, action, actor, changed=True, previous_state=flag.state)

    async def _revert(
        self,
        repo: FlagRepository,
        flag: Flag,
        actor: str,
        reason: str | None,
        source_event_id: str | None,
    ) -> ReviewOutcome:
        """Revert a ban: its policy rule comes off the list and the flag is dismissed.

        Room bans stay (the gateway has no unban); the answer says to lift them by hand.
        """
        if flag.state != "actioned":
            raise UserError(f"Flag #{flag.id} is {flag.state}: there is no ban to revert.")
        dry_run = self.settings.dry_run
        published: Publication | None = None
        if self.settings.publish_list:
            published = await self.policy.retract(flag, actor, dry_run, source_event_id)
        await repo.add_audit(
            flag.id,
            actor,
            "unban",
            {"from": flag.state, "reason": reason},
            dry_run=dry_run,
            source_event_id=source_event_id,
        )
        updated = flag
        if not dry_run:
            await repo.set_state(flag.id, "dismissed", actor)
            updated = replace(flag, state="dismissed", reviewer=actor)
        return ReviewOutcome(
            updated,
            "unban",
            actor,
            changed=not dry_run,
            dry_run=dry_run,
            previous_state=flag.state,
            published=published,
        )

    async def _act(
        self,
        repo: FlagRepository,
        flag: Flag,
        actor: str,
        action: ReviewAction,
        reason: str | None,
        source_event_id: str | None,
    ) -> ReviewOutcome:
        public = self.public_reason(flag, reason)
        dry_run = self.settings.dry_run
        plan = await self._plan(flag.user_id, actor, action)
        rooms: list[RoomAction] = []
        unavailable = 0
        for room in plan:
            if room.result != "todo":
                rooms.append(room)
            elif dry_run:
                rooms.append(replace(room, result="would"))
            else:
                try:
                    if action == "ban":
                        await self.gateway.ban(room.room_id, flag.user_id, public)
                    else:
                        await self.gateway.kick(room.room_id, flag.user_id, public)
                except HomeserverUnavailable as err:
                    unavailable += 1
                    rooms.append(replace(room, result="failed", why=describe_error(err)))
                except HomeserverRefused as err:
                    # The homeserver refusing (say, power levels changed since we last saw
                    # them) fails this room only.
                    log.warning(
                        "%s of %s in %s failed: %s", action, flag.user_id, room.room_id, err
                    )
                    rooms.append(replace(room, result="failed", why=describe_error(err)))
                else:
                    rooms.append(replace(room, result="done"))
        attempted = [r for r in rooms if r.result in ("done", "failed")]
        if attempted and unavailable == len(attempted):
            # Nothing happened and the homeserver is down: retry the whole review later.
            raise HomeserverUnavailable(f"the homeserver is unavailable; {action} not done")
        # The action first, then the policy rule it leads to: the history reads in that order.
        await repo.add_audit(
            flag.id,
            actor,
            action,
            {
                "from": flag.state,
                "reason": reason,
                "public_reason": public,
                "rooms": [{"room_id": r.room_id, "result": r.result, "why": r.why} for r in rooms],
            },
            dry_run=dry_run,
            source_event_id=source_event_id,
        )
        published: Publication | None = None
        if action == "ban" and self.settings.publish_list:
            published = await self.policy.publish(flag, actor, public, dry_run, source_event_id)
        acted = any(r.result == "done" for r in rooms) or (
            published is not None and published.status == "published"
        )
        if acted and flag.state != "actioned":
            await repo.set_state(flag.id, "actioned", actor)
            updated = replace(flag, state="actioned", reviewer=actor)
        else:
            updated = flag
        note = "" if rooms else "the user is in no room shared with the bot"
        return ReviewOutcome(
            updated,
            action,
            actor,
            changed=acted,
            dry_run=dry_run,
            note=note,
            previous_state=flag.state,
            rooms=tuple(rooms),
            public_reason=public,
            published=published,
        )

    async def _plan(self, target: str, actor: str, action: ReviewAction) -> list[RoomAction]:
        """Each room shared with ``target``: ``todo``, or ``skipped`` with why."""
        admin = self.access.is_bot_admin(actor)
        bot = self.bot_user_id
        plan = []
        async with self.db.transaction() as session:
            rooms = await ModerationRooms(session).shared_rooms(target)
        for room in rooms:
            power = power_of(room)
            allowed = power.can_ban if action == "ban" else power.can_kick
            if not (allowed(bot) and power.can_act_on(bot, target)):
                why = f"I lack the power to {action} them here"
                plan.append(RoomAction(room.room_id, room.name, "skipped", why))
            elif not admin and not (allowed(actor) and power.can_act_on(actor, target)):
                why = f"you lack the power to {action} them here"
                plan.append(RoomAction(room.room_id, room.name, "skipped", why))
            else:
                plan.append(RoomAction(room.room_id, room.name, "todo"))
        return plan
