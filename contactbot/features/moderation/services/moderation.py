"""Flags and review: offensive statuses and display names, flagged privately to moderators.

Every status change and display name goes through the detector (``moderation.detector``).
A hit becomes a flag in PostgreSQL, one per distinct text per user, and a notice in the
configured moderators' room only: a status is shown across rooms, so repeating it in a public
room would spread exactly what is being reported. Moderators review with reactions on the notice
or with ``!flag``; kicks and bans never quote the text in their public reason, and every review
goes to the audit log.

Policy lists (``m.policy.rule.user`` / ``m.policy.rule.server``) from subscribed rooms are cached
as they arrive and raise the severity of flags for the users they ban; a ban can optionally be
published to a list room, which is how Draupnir, Meowlnir and Mjolnir pick it up.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any, Protocol

from contactbot.core.domain.events import RoomEvent
from contactbot.core.domain.formatting import Message, message, visible
from contactbot.core.domain.ids import glob_match, server_of
from contactbot.core.errors import (
    ConfigError,
    ContactbotError,
    HomeserverUnavailable,
    NotFound,
    PermissionDenied,
    UserError,
)
from contactbot.core.metrics import Metrics
from contactbot.core.services.access import AccessService, power_of
from contactbot.core.services.gateway import MatrixGateway
from contactbot.core.services.rooms import MemberChange
from contactbot.core.storage.database import Database
from contactbot.core.storage.rooms import RoomRepository
from contactbot.features.moderation.detector import Detector, Verdict
from contactbot.features.moderation.storage.flags import (
    AuditEntry,
    Flag,
    FlagRepository,
    NewFlag,
    PolicyRuleRepository,
)

log = logging.getLogger(__name__)

# Lowest first. The detector says low, medium or high; only raising reaches critical.
SEVERITIES = ("low", "medium", "high", "critical")
REVIEW_ACTIONS = ("confirm", "dismiss", "kick", "ban")

# Reaction keys on a notice and what they do. Keys are compared without variation selectors.
REACTIONS: Mapping[str, str] = {
    "✅": "confirm",
    "✔": "confirm",
    "❌": "dismiss",
    "✖": "dismiss",
    "🔨": "ban",
}
# The ones the bot offers as buttons under each notice, in this order.
BUTTONS = ("✅", "❌", "🔨")

POLICY_USER = "m.policy.rule.user"
POLICY_SERVER = "m.policy.rule.server"
# Event type → what the rule's entity names. The older names are still published by some lists,
# and Mjolnir and Draupnir read them too.
POLICY_RULE_TYPES: Mapping[str, str] = {
    POLICY_USER: "user",
    POLICY_SERVER: "server",
    "m.room.rule.user": "user",
    "m.room.rule.server": "server",
    "org.matrix.mjolnir.rule.user": "user",
    "org.matrix.mjolnir.rule.server": "server",
}
# Recommendations that mean "this entity is not welcome"; others (unknown ones) are cached but
# raise nothing.
BAN_RECOMMENDATIONS = frozenset(
    {"m.ban", "org.matrix.mjolnir.ban", "m.takedown", "org.matrix.msc4204.takedown"}
)

# Flags listed by one ``!flags`` reply and rooms named in one notice; the rest are counted.
MAX_LISTED = 20
MAX_ROOMS_SHOWN = 10
# A moderator's reason shorter than this is never treated as quoting the text (a reason may well
# contain "ass" in "harassment").
_MIN_QUOTE = 4


def severity_rank(severity: str) -> int:
    try:
        return SEVERITIES.index(severity)
    except ValueError:
        return 0


def raise_severity(severity: str, floor: str) -> str:
    """One step up from ``severity``, and at least ``floor``."""
    stepped = min(severity_rank(severity) + 1, len(SEVERITIES) - 1)
    return SEVERITIES[max(stepped, severity_rank(floor))]


def reaction_action(key: str) -> str | None:
    """The review action of a reaction key; clients add U+FE0F (or U+FE0E) to some emoji."""
    return REACTIONS.get(key.replace("\ufe0f", "").replace("\ufe0e", "").strip())


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def field_label(field: str) -> str:
    """``m.status.text`` → ``status text (m.status)``, for people."""
    if field == "displayname":
        return "display name"
    for suffix, what in ((".text", "status text"), (".emoji", "status emoji")):
        if field.endswith(suffix):
            return f"{what} ({field[: -len(suffix)]})"
    return field


def is_display_name(field: str) -> bool:
    return field == "displayname"


def describe_error(err: BaseException) -> str:
    """What the homeserver said, briefly: ``M_FORBIDDEN: You don't have permission…``."""
    errcode = getattr(err, "errcode", None)
    text = getattr(err, "message", None) or str(err) or type(err).__name__
    shown = visible(str(text), 160)
    return f"{errcode}: {shown}" if isinstance(errcode, str) and errcode else shown


def when(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")


# -- settings -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ModerationSettings:
    """The ``moderation`` config section, minus ``detector`` (``DetectorSettings`` owns that)."""

    enabled: bool = True
    room: str = ""
    on_call: tuple[str, ...] = ()
    dry_run: bool = False
    exempt_users: tuple[str, ...] = ()
    exempt_servers: tuple[str, ...] = ()
    policy_lists: tuple[str, ...] = ()
    publish_list: str = ""
    minimum_severity: str = "low"
    ping_from: str = "low"
    policy_severity: str = "high"

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> ModerationSettings:
        """Read the section; ``ConfigError`` names the offending key."""

        def flag(key: str, default: bool) -> bool:
            value = data.get(key, default)
            if not isinstance(value, bool):
                raise ConfigError(f"moderation.{key}", f"must be true or false, not {value!r}")
            return value

        def string(key: str, prefix: str = "") -> str:
            value = data.get(key) or ""
            if not isinstance(value, str):
                raise ConfigError(f"moderation.{key}", "must be a string")
            if value and prefix and not value.startswith(prefix):
                raise ConfigError(f"moderation.{key}", f"must be an ID starting with {prefix}")
            return value

        def strings(key: str, prefix: str = "") -> tuple[str, ...]:
            value = data.get(key) or []
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise ConfigError(f"moderation.{key}", "must be a list of strings")
            for item in value:
                if prefix and not item.startswith(prefix):
                    raise ConfigError(
                        f"moderation.{key}", f"{item!r} is not an ID starting with {prefix}"
                    )
            return tuple(value)

        severity = data.get("severity") or {}
        if not isinstance(severity, Mapping):
            raise ConfigError("moderation.severity", "must be a mapping")

        def level(key: str, default: str) -> str:
            value = severity.get(key, default)
            if value not in SEVERITIES:
                raise ConfigError(
                    f"moderation.severity.{key}", f"must be one of {', '.join(SEVERITIES)}"
                )
            return str(value)

        return cls(
            enabled=flag("enabled", True),
            room=string("room", "!"),
            on_call=strings("on_call", "@"),
            dry_run=flag("dry_run", False),
            exempt_users=strings("exempt_users"),
            exempt_servers=strings("exempt_servers"),
            policy_lists=strings("policy_lists", "!"),
            publish_list=string("publish_list", "!"),
            minimum_severity=level("minimum", "low"),
            ping_from=level("ping_from", "low"),
            policy_severity=level("policy_match", "high"),
        )


# -- values ---------------------------------------------------------------------------------------


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
    # clean | flagged | known | exempt | below_minimum | empty
    outcome: str
    flag: Flag | None = None
    verdict: Verdict | None = None


@dataclass(frozen=True, slots=True)
class SharedRoom:
    room_id: str
    name: str | None


@dataclass(frozen=True, slots=True)
class RoomAction:
    """What a kick or ban did in one room: done, would (dry run), failed or skipped."""

    room_id: str
    name: str | None
    result: str
    why: str = ""


@dataclass(frozen=True, slots=True)
class ReviewOutcome:
    flag: Flag
    action: str
    actor: str
    changed: bool
    dry_run: bool = False
    note: str = ""
    previous_state: str = ""
    rooms: tuple[RoomAction, ...] = ()
    public_reason: str | None = None
    # published | would publish | not allowed | failed: … | None (not configured / not a ban)
    published: str | None = None


@dataclass(frozen=True, slots=True)
class FlagDetails:
    flag: Flag
    audit: list[AuditEntry]
    shared_rooms: list[SharedRoom]


# -- the service ----------------------------------------------------------------------------------


class ModerationService:
    def __init__(
        self,
        db: Database,
        gateway: MatrixGateway,
        access: AccessService,
        detector: Detector,
        settings: ModerationSettings,
        metrics: Metrics,
        *,
        is_own_user: Callable[[str], bool],
    ) -> None:
        self.db = db
        self.gateway = gateway
        self.access = access
        self.detector = detector
        self.settings = settings
        self.metrics = metrics
        self.is_own_user = is_own_user
        self.bot_user_id = gateway.bot_user_id

    # -- detection -----------------------------------------------------------------------------

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
        source: str = "status",
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
                matches = await self._policy_matches(user_id)
                detector_severity = _most_severe(verdict)
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
                        verdict=_verdict_json(verdict),
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
                existing = await self._notify(existing)
            return CheckResult("known", existing, verdict)
        if flag is None:  # unreachable: no existing flag means one was just created
            return CheckResult("known", None, verdict)
        self.metrics.moderation_checks.labels("flagged").inc()
        self.metrics.moderation_flags.labels(flag.category, flag.severity).inc()
        # The text itself is for moderators' eyes: never logged at INFO.
        log.info(
            "Flag #%d for %s: %s %s (%s)", flag.id, user_id, flag.severity, flag.category, label
        )
        flag = await self._notify(flag)
        return CheckResult("flagged", flag, verdict)

    async def _policy_matches(self, user_id: str) -> list[dict[str, Any]]:
        """The ban rules of subscribed lists that match the user or the user's server."""
        async with self.db.transaction() as session:
            rules = await PolicyRuleRepository(session).rules(
                ("user", "server"), self.settings.policy_lists
            )
        server = server_of(user_id)
        matches = []
        for rule in rules:
            if rule.recommendation not in BAN_RECOMMENDATIONS:
                continue
            subject = user_id if rule.kind == "user" else server
            if subject is not None and glob_match(subject, (rule.entity,)):
                matches.append(
                    {
                        "room_id": rule.room_id,
                        "type": rule.event_type,
                        "entity": rule.entity,
                        "recommendation": rule.recommendation,
                        "reason": rule.reason,
                    }
                )
        return matches

    # -- notices -------------------------------------------------------------------------------

    def _notice_txn(self, flag: Flag) -> str:
        # One per flag, stable across attempts: the retry loop and a re-check of the same text
        # may both try a failed notice, and the homeserver then posts it once.
        key = hashlib.sha256(f"{flag.user_id}\0{flag.text_hash}".encode()).hexdigest()[:40]
        return f"cb.flag.{key}"

    def mentions_for(self, flag: Flag) -> tuple[str, ...]:
        if severity_rank(flag.severity) < severity_rank(self.settings.ping_from):
            return ()
        return self.settings.on_call

    async def _notify(self, flag: Flag) -> Flag:
        """Post the flag's notice to the moderators' room; the flag, with the notice if sent.

        A failure is logged and leaves the flag without a notice: ``retry_notices`` tries
        again, and ``!flags`` lists the flag meanwhile.
        """
        room = self.settings.room
        if not room:
            return flag
        shared = await self.shared_rooms(flag.user_id)
        mentions = self.mentions_for(flag)
        content = self.render_notice(flag, shared, mentions).content(mentions=mentions)
        txn = self._notice_txn(flag)
        try:
            event_id = await self.gateway.send_message(room, content, txn_id=txn)
        except Exception as err:
            log.warning("Could not post the notice of flag #%d to %s: %s", flag.id, room, err)
            self.metrics.failures.labels("moderation_notice").inc()
            return flag
        # Committed at once, so a reaction to the notice finds its flag (see ``check``).
        async with self.db.separate_transaction() as session:
            repo = FlagRepository(session)
            await repo.set_notice(flag.id, room, event_id)
            await repo.add_audit(
                flag.id,
                self.bot_user_id,
                "notified",
                {"room_id": room, "event_id": event_id, "mentions": list(mentions)},
            )
        # Reaction "buttons", as Mjolnir and Draupnir offer: a moderator clicks one instead of
        # typing an emoji. Nice to have, so failures are only logged.
        for index, key in enumerate(BUTTONS):
            relates = {"rel_type": "m.annotation", "event_id": event_id, "key": key}
            try:
                await self.gateway.send_message(
                    room,
                    {"m.relates_to": relates},
                    txn_id=f"{txn}.b{index}",
                    event_type="m.reaction",
                )
            except Exception as err:
                log.debug("Could not add the %s button to flag #%d: %s", key, flag.id, err)
        return replace(flag, notice_room_id=room, notice_event_id=event_id)

    async def retry_notices(self) -> int:
        """Post the notices that failed earlier; how many were sent now."""
        if not self.settings.room:
            return 0
        async with self.db.transaction() as session:
            pending = await FlagRepository(session).without_notice()
        sent = 0
        for flag in pending:
            if (await self._notify(flag)).notice_event_id is not None:
                sent += 1
        return sent

    async def run_notice_retries(self, interval: float = 60.0) -> None:
        """Background loop of ``retry_notices``, started by the composition root."""
        while True:
            await asyncio.sleep(interval)
            try:
                await self.retry_notices()
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("Retrying flag notices failed")

    def render_notice(
        self, flag: Flag, shared: Sequence[SharedRoom], mentions: Sequence[str] = ()
    ) -> Message:
        """The notice in the moderators' room: who, the text in a spoiler, why, where, how."""
        what = "display name" if is_display_name(flag.field) else "profile status"
        msg = message()
        msg.bold(f"🚩 Flag #{flag.id} · {flag.severity} · {flag.category}").text(
            f": offensive {what} of "
        )
        msg.user(flag.user_id).newline()
        msg.text(f"{field_label(flag.field)[:1].upper()}{field_label(flag.field)[1:]}: ")
        msg.spoiler(flag.text, f"flagged {what}").newline()
        if flag.source == "member" and flag.source_room_id:
            msg.text("Seen in a member event in ").code(flag.source_room_id).newline()
        score = flag.verdict.get("score")
        msg.text(
            "Why" + (f" (score {score:.2f})" if isinstance(score, int | float) else "") + ":"
        ).newline()
        for reason in flag.reasons[:5]:
            render_reason(msg, reason)
        if len(flag.reasons) > 5:
            msg.text(f"… and {len(flag.reasons) - 5} more reasons.").newline()
        if flag.policy_matches:
            msg.text(
                f"Listed on a policy list (severity raised from {flag.detector_severity}):"
            ).newline()
            for match in flag.policy_matches[:5]:
                render_policy_match(msg, match)
        render_rooms(msg.text(f"Rooms shared with the bot ({len(shared)}): "), shared)
        msg.newline()
        msg.text("Act: react ✅ confirm · ❌ dismiss · 🔨 ban from every shared room; or ")
        msg.code(f"!flag {flag.id} confirm|dismiss|kick|ban [reason]").text(".").newline()
        if mentions:
            msg.text("On call: ")
            for index, user in enumerate(mentions):
                if index:
                    msg.text(", ")
                msg.user(user)
            msg.newline()
        if self.settings.dry_run:
            msg.italic("Dry run: kicks, bans and policy rules are only reported.").newline()
        return msg

    # -- policy lists --------------------------------------------------------------------------

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

    # -- review --------------------------------------------------------------------------------

    async def may_review(self, actor: str, target: str) -> bool:
        """Bot admins, and users with kick or ban power in a room shared with ``target``.

        "Shared" includes rooms ``target`` has left or been banned from, so a moderator can
        still see and settle a flag after the ban that answered it.
        """
        if self.access.is_bot_admin(actor):
            return True
        return bool(await self._reviewer_rooms(actor, [target]))

    async def _reviewer_rooms(self, actor: str, targets: Sequence[str]) -> set[str]:
        """Of ``targets``, those sharing a room with ``actor`` where ``actor`` moderates."""
        rooms = await self.access.moderator_rooms(actor)
        found: set[str] = set()
        async with self.db.transaction() as session:
            repo = RoomRepository(session)
            for room_id in rooms:
                for target in targets:
                    if target not in found and await repo.member(room_id, target) is not None:
                        found.add(target)
        return found

    async def is_private_room(self, room_id: str, user_id: str) -> bool:
        """The moderators' room, or a direct chat of ``user_id`` with the bot."""
        if self.settings.room and room_id == self.settings.room:
            return True
        async with self.db.transaction() as session:
            members = await RoomRepository(session).members(room_id)
        # The bot's namespace users (such as the status watcher) do not make a room less private.
        # Same rule as status history's ``!status``, so both features agree on what is private.
        others = {m for m in members if not self.is_own_user(m)}
        return self.bot_user_id in members and others == {user_id}

    async def shared_rooms(self, user_id: str) -> list[SharedRoom]:
        async with self.db.transaction() as session:
            repo = RoomRepository(session)
            out = []
            for room_id in await repo.shared_rooms(user_id):
                room = await repo.get(room_id)
                out.append(SharedRoom(room_id, room.name if room else None))
        return out

    async def visible_flags(
        self, viewer: str, states: Sequence[str], limit: int = MAX_LISTED
    ) -> tuple[list[Flag], int]:
        """Flags ``viewer`` may review, newest first, and their total count."""
        async with self.db.transaction() as session:
            repo = FlagRepository(session)
            if self.access.is_bot_admin(viewer):
                return await repo.find(states, limit=limit)
            users = await repo.flagged_users(states)
        allowed = await self._reviewer_rooms(viewer, users)
        async with self.db.transaction() as session:
            return await FlagRepository(session).find(states, user_ids=allowed, limit=limit)

    async def details(self, flag_id: int, viewer: str) -> FlagDetails:
        async with self.db.transaction() as session:
            repo = FlagRepository(session)
            flag = await repo.get(flag_id)
            if flag is None:
                raise NotFound(f"There is no flag #{flag_id}.")
            if not await self.may_review(viewer, flag.user_id):
                raise PermissionDenied(
                    f"Only bot admins and moderators of a room {flag.user_id} is in may see "
                    f"flag #{flag_id}."
                )
            audit = await repo.audit(flag_id)
        return FlagDetails(flag, audit, await self.shared_rooms(flag.user_id))

    async def handle_reaction(self, event: RoomEvent) -> None:
        """✅ / ❌ / 🔨 on a flag notice in the moderators' room."""
        room = self.settings.room
        if not room or event.room_id != room:
            return
        relates = event.content.get("m.relates_to")
        if not isinstance(relates, dict) or relates.get("rel_type") != "m.annotation":
            return
        notice_id, key = relates.get("event_id"), relates.get("key")
        if not isinstance(notice_id, str) or not isinstance(key, str):
            return
        action = reaction_action(key)
        if action is None:
            return
        async with self.db.transaction() as session:
            flag = await FlagRepository(session).by_notice(room, notice_id)
        if flag is None:
            return
        try:
            outcome = await self.review(
                flag.id, event.sender, action, source_event_id=event.event_id
            )
        except UserError as err:
            reply = message(err.message)
        else:
            if outcome.note == "already handled":
                return
            reply = describe_outcome(outcome)
        await self.gateway.send_message(
            room, reply.content(reply_to=notice_id), txn_id=f"cb.{event.event_id}.0"
        )

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
        if action not in REVIEW_ACTIONS:
            raise UserError(f"Unknown action {action!r}; use {', '.join(REVIEW_ACTIONS)}.")
        async with self.db.transaction() as session:
            repo = FlagRepository(session)
            flag = await repo.get(flag_id)
            seen = source_event_id is not None and await repo.seen_source(source_event_id)
        if flag is None:
            raise NotFound(f"There is no flag #{flag_id}.")
        if seen:
            return ReviewOutcome(flag, action, actor, changed=False, note="already handled")
        if not await self.may_review(actor, flag.user_id):
            self.metrics.moderation_reviews.labels(action, "refused").inc()
            await self._record_refusal(flag, actor, action, source_event_id)
            raise PermissionDenied(
                f"Only bot admins and moderators of a room {flag.user_id} is in may "
                f"review flag #{flag.id}."
            )
        async with self.db.transaction() as session:
            repo = FlagRepository(session)
            # Locked until the review commits: two moderators reviewing at once take turns,
            # and the second sees the first's result.
            flag = await repo.get_for_update(flag_id)
            if flag is None:
                raise NotFound(f"There is no flag #{flag_id}.")
            if action in ("confirm", "dismiss"):
                outcome = await self._set_state(repo, flag, actor, action, reason, source_event_id)
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
        self, flag: Flag, actor: str, action: str, source_event_id: str | None
    ) -> None:
        # In a transaction of its own: the refusal raises, which rolls back the event's.
        async with self.db.separate_transaction() as session:
            await FlagRepository(session).add_audit(
                flag.id,
                actor,
                "refused",
                {"asked": action, "why": "not a moderator of a room the user is in"},
                source_event_id=source_event_id,
            )

    async def _set_state(
        self,
        repo: FlagRepository,
        flag: Flag,
        actor: str,
        action: str,
        reason: str | None,
        source_event_id: str | None,
    ) -> ReviewOutcome:
        state = "confirmed" if action == "confirm" else "dismissed"
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

    async def _act(
        self,
        repo: FlagRepository,
        flag: Flag,
        actor: str,
        action: str,
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
                except Exception as err:
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
        published: str | None = None
        if action == "ban" and self.settings.publish_list:
            published = await self._publish(flag, actor, public, dry_run, source_event_id)
        acted = any(r.result == "done" for r in rooms) or published == "published"
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

    async def _plan(self, target: str, actor: str, action: str) -> list[RoomAction]:
        """Each room shared with ``target``: ``todo``, or ``skipped`` with why."""
        admin = self.access.is_bot_admin(actor)
        bot = self.bot_user_id
        plan = []
        async with self.db.transaction() as session:
            repo = RoomRepository(session)
            for room_id in await repo.shared_rooms(target):
                room = await repo.get(room_id)
                if room is None:
                    continue
                power = power_of(room)
                allowed = power.can_ban if action == "ban" else power.can_kick
                name = room.name
                if not (allowed(bot) and power.can_act_on(bot, target)):
                    why = f"I lack the power to {action} them here"
                    plan.append(RoomAction(room_id, name, "skipped", why))
                elif not admin and not (allowed(actor) and power.can_act_on(actor, target)):
                    why = f"you lack the power to {action} them here"
                    plan.append(RoomAction(room_id, name, "skipped", why))
                else:
                    plan.append(RoomAction(room_id, name, "todo"))
        return plan

    async def _publish(
        self,
        flag: Flag,
        actor: str,
        reason: str,
        dry_run: bool,
        source_event_id: str | None,
    ) -> str:
        """Publish an ``m.policy.rule.user`` ban of the flagged user to the configured list."""
        room = self.settings.publish_list
        # Publishing reaches every community that subscribes to the list, so it takes the power
        # to write the list room yourself (or being a bot admin), not just a room's moderation.
        if not self.access.is_bot_admin(actor) and not await self.access.can_send_state(
            actor, room, POLICY_USER
        ):
            result = "not allowed"
        elif dry_run:
            result = "would publish"
        else:
            content = {"entity": flag.user_id, "recommendation": "m.ban", "reason": reason}
            try:
                # Draupnir's state-key convention, so a later rule about the user replaces it.
                await self.gateway.send_state(room, POLICY_USER, content, f"rule:{flag.user_id}")
            except ContactbotError as err:
                result = f"failed: {describe_error(err)}"
            except Exception as err:
                log.warning("Publishing a ban of %s to %s failed: %s", flag.user_id, room, err)
                result = f"failed: {describe_error(err)}"
            else:
                result = "published"
        async with self.db.transaction() as session:
            await FlagRepository(session).add_audit(
                flag.id,
                actor,
                "publish",
                {"room_id": room, "entity": flag.user_id, "reason": reason, "result": result},
                dry_run=dry_run,
                source_event_id=source_event_id,
            )
        return result


# -- rendering shared by notices and commands -----------------------------------------------------


def _most_severe(verdict: Verdict) -> str:
    ranks = [severity_rank(r.severity) for r in verdict.reasons]
    return SEVERITIES[max(ranks)] if ranks else "low"


def _verdict_json(verdict: Verdict) -> dict[str, Any]:
    return {
        "score": verdict.score,
        "reasons": [
            {
                "rule": r.rule,
                "category": r.category,
                "severity": r.severity,
                "start": r.start,
                "end": r.end,
                "matched": r.matched,
                "explanation": r.explanation,
            }
            for r in verdict.reasons
        ],
        "ml_score": verdict.ml_score,
    }


def render_reason(msg: Message, reason: Mapping[str, Any]) -> None:
    """One reason: category and rule in the open, the matched text and explanation hidden
    (explanations often quote the term)."""
    msg.bullet().text(f"{reason.get('category', '?')} ({reason.get('severity', '?')}), ")
    msg.code(str(reason.get("rule", "?")), limit=60).text(": ")
    msg.spoiler(f'"{reason.get("matched", "")}" — {reason.get("explanation", "")}', "match")
    msg.newline()


def render_policy_match(msg: Message, match: Mapping[str, Any]) -> None:
    msg.bullet().code(str(match.get("entity", "")), limit=120).text(" in ")
    msg.code(str(match.get("room_id", "")), limit=120)
    reason = match.get("reason")
    if isinstance(reason, str) and reason:
        msg.text(": ").text(reason, limit=120)
    msg.newline()


def render_rooms(msg: Message, rooms: Sequence[SharedRoom | RoomAction]) -> Message:
    if not rooms:
        return msg.text("none")
    for index, room in enumerate(rooms[:MAX_ROOMS_SHOWN]):
        if index:
            msg.text(", ")
        if room.name:
            msg.text(room.name, limit=60).text(" ")
        msg.code(room.room_id, limit=120)
    if len(rooms) > MAX_ROOMS_SHOWN:
        msg.text(f" and {len(rooms) - MAX_ROOMS_SHOWN} more")
    return msg


_VERB = {"kick": ("kicked", "kick"), "ban": ("banned", "ban")}


def describe_outcome(outcome: ReviewOutcome) -> Message:
    """The answer to a review, for the reaction reply and ``!flag <id> <action>``."""
    flag = outcome.flag
    msg = message()
    if outcome.action in ("confirm", "dismiss"):
        if not outcome.changed:
            return msg.text(f"Flag #{flag.id} is {outcome.note}; nothing changed.")
        msg.text(f"Flag #{flag.id} {flag.state} by ").user(outcome.actor)
        return msg.text(f" (was {outcome.previous_state}).")
    done_word, verb = _VERB[outcome.action]
    if outcome.dry_run:
        msg.bold("Dry run: ").text("nothing was done. ")
    groups = (
        ("done", f"{done_word.capitalize()} "),
        ("would", f"Would {verb} "),
    )
    for result, lead in groups:
        rooms = [r for r in outcome.rooms if r.result == result]
        if rooms:
            msg.text(lead).user(flag.user_id).text(f" in {len(rooms)} room(s): ")
            render_rooms(msg, rooms).text(".").newline()
    for result, lead in (("skipped", "Skipped"), ("failed", "Failed")):
        rooms = [r for r in outcome.rooms if r.result == result]
        for room in rooms[:MAX_ROOMS_SHOWN]:
            msg.text(f"{lead}: ")
            if room.name:
                msg.text(room.name, limit=60).text(" ")
            msg.code(room.room_id, limit=120).text(f" ({room.why}).").newline()
        if len(rooms) > MAX_ROOMS_SHOWN:
            msg.text(f"{lead}: {len(rooms) - MAX_ROOMS_SHOWN} more rooms.").newline()
    if outcome.note:
        msg.text(f"Nothing to {verb}: {outcome.note}.").newline()
    if outcome.public_reason:
        msg.text("Public reason: ").code(outcome.public_reason).newline()
    if outcome.published is not None:
        msg.text(f"Policy rule (m.ban of {flag.user_id}): {outcome.published}.").newline()
    msg.text(f"Flag #{flag.id} is {flag.state}.")
    return msg
