"""Flagging: every status text and display name through the detector; a hit becomes a flag.

A flag is stored once per distinct text per user, its severity raised when a subscribed policy
list bans the user, and its notice posted to the moderators' room (``NoticeService``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal, Protocol

from contactbot.core.domain.ids import glob_match, server_of
from contactbot.core.metrics import Metrics
from contactbot.core.services.access import AccessService
from contactbot.core.services.rooms import MemberChange
from contactbot.core.storage.database import Database
from contactbot.features.moderation.detector import Detector, Verdict
from contactbot.features.moderation.domain.flags import (
    SEVERITIES,
    Flag,
    FlagSource,
    NewFlag,
    Severity,
    raise_severity,
    severity_rank,
    text_hash,
)
from contactbot.features.moderation.services.notices import NoticeService
from contactbot.features.moderation.services.policy import PolicyListService
from contactbot.features.moderation.settings import ModerationSettings
from contactbot.features.moderation.storage.flags import FlagRepository

log = logging.getLogger(__name__)

CheckOutcome = Literal["clean", "flagged", "known", "exempt", "below_minimum", "empty"]


class StatusChangeLike(Protocol):
    """What the status-history feature hands its change listeners (``StatusChange``)."""

    @property
    def user_id(self) -> str: ...

    @property
    def history_id(self) -> int | None: ...

    @property
    def via(self) -> str: ...

    @property
    def texts(self) -> Sequence[tuple[str, str]]: ...


@dataclass(frozen=True, slots=True)
class CheckResult:
    outcome: CheckOutcome
    flag: Flag | None = None
    verdict: Verdict | None = None


def most_severe(verdict: Verdict) -> Severity:
    ranks = [severity_rank(r.severity) for r in verdict.reasons]
    return SEVERITIES[max(ranks)] if ranks else "low"


class FlaggingService:
    def __init__(
        self,
        db: Database,
        access: AccessService,
        detector: Detector,
        settings: ModerationSettings,
        metrics: Metrics,
        notices: NoticeService,
        policy: PolicyListService,
        *,
        bot_user_id: str,
        is_own_user: Callable[[str], bool],
    ) -> None:
        self.db = db
        self.access = access
        self.detector = detector
        self.settings = settings
        self.metrics = metrics
        self.notices = notices
        self.policy = policy
        self.bot_user_id = bot_user_id
        self.is_own_user = is_own_user

    def exemption(self, user_id: str) -> str | None:
        """Why ``user_id`` is never flagged, or None."""
        if self.is_own_user(user_id):
            return "the bot's own user"
        if self.access.is_bot_admin(user_id):
            return "bot admin"
        if glob_match(user_id, self.settings.exempt_users):
            return "exempt user"
        server = server_of(user_id)
        if server is not None and glob_match(server, self.settings.exempt_servers):
            return "exempt server"
        return None

    async def handle_status_change(self, change: StatusChangeLike) -> None:
        """Change listener of the status-history feature: check each text of the change."""
        for label, text in change.texts:
            await self.check(
                change.user_id, label, text, history_id=change.history_id, via=change.via
            )

    async def handle_member(self, change: MemberChange) -> None:
        """Display names from member events. Per-room names can differ from the profile's, so
        they are checked even when status history also reports the profile's name."""
        if change.membership not in ("join", "invite", "knock") or not change.displayname:
            return
        if (
            change.displayname == change.previous_displayname
            and change.previous_membership == change.membership
        ):
            return
        await self.check(
            change.user_id,
            "displayname",
            change.displayname,
            source="member",
            room_id=change.room_id,
            event_id=change.event_id,
        )

    async def check(
        self,
        user_id: str,
        label: str,
        text: str,
        *,
        history_id: int | None = None,
        source: FlagSource = "status",
        room_id: str | None = None,
        event_id: str | None = None,
        via: str | None = None,
    ) -> CheckResult:
        """Classify ``text`` of ``user_id`` and raise a flag (and a notice) on a hit.

        Idempotent: a text this user already has a flag for, whatever its state, raises nothing
        new, so a dismissed text stays dismissed until the user changes it.
        """
        if not text or text.isspace():
            return CheckResult("empty")
        if self.exemption(user_id) is not None:
            self.metrics.moderation_checks.labels("exempt").inc()
            return CheckResult("exempt")
        verdict = self.detector.classify(text)
        if not verdict.flagged:
            self.metrics.moderation_checks.labels("clean").inc()
            return CheckResult("clean", verdict=verdict)
        digest = text_hash(text)
        flag: Flag | None = None
        # Committed on its own, not with the event being processed: moderators can see the
        # notice (and react to it) before that event's unit of work ends, and a flag must not
        # vanish if something later in the event fails.
        async with self.db.separate_transaction() as session:
            repo = FlagRepository(session)
            existing = await repo.by_text(user_id, digest)
            if existing is None:
                matches = await self.policy.matches(user_id)
                detector_severity = most_severe(verdict)
                severity = detector_severity
                if matches:
                    severity = raise_severity(severity, self.settings.policy_severity)
                if severity_rank(severity) < severity_rank(self.settings.minimum_severity):
                    self.metrics.moderation_checks.labels("below_minimum").inc()
                    return CheckResult("below_minimum", verdict=verdict)
                flag = await repo.create(
                    NewFlag(
                        user_id=user_id,
                        field=label,
                        text=text,
                        text_hash=digest,
                        history_id=history_id,
                        source=source,
                        source_room_id=room_id,
                        source_event_id=event_id,
                        verdict=verdict.to_dict(),
                        category=verdict.categories[0] if verdict.categories else "other",
                        detector_severity=detector_severity,
                        severity=severity,
                        policy_matches=tuple(matches),
                    )
                )
                if flag is None:  # raised by a concurrent check a moment ago
                    existing = await repo.by_text(user_id, digest)
                else:
                    await repo.add_audit(
                        flag.id,
                        self.bot_user_id,
                        "raised",
                        {
                            "source": source,
                            "via": via,
                            "field": label,
                            "room_id": room_id,
                            "event_id": event_id,
                            "history_id": history_id,
                            "score": verdict.score,
                            "severity": severity,
                            "policy_matches": matches,
                        },
                    )
        if existing is not None:
            self.metrics.moderation_checks.labels("known").inc()
            if existing.state == "open" and existing.notice_event_id is None:
                existing = await self.notices.notify(existing)
            return CheckResult("known", existing, verdict)
        if flag is None:  # unreachable: no existing flag means one was just created
            return CheckResult("known", None, verdict)
        self.metrics.moderation_checks.labels("flagged").inc()
        self.metrics.moderation_flags.labels(flag.category, flag.severity).inc()
        # The text itself is for moderators' eyes: never logged at INFO.
        log.info(
            "Flag #%d for %s: %s %s (%s)", flag.id, user_id, flag.severity, flag.category, label
        )
        flag = await self.notices.notify(flag)
        return CheckResult("flagged", flag, verdict)
