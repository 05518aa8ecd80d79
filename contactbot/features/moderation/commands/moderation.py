"""``!flags`` and ``!flag``: moderators list, inspect and review flags.

A flag's text is what is being reported, so these commands answer only in the moderators' room
or in a direct chat with the bot, never in a room other people read. Replies never ping.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from contactbot.core.domain.formatting import Message, matrix_to, message
from contactbot.core.errors import UserError
from contactbot.core.handlers.commands import Command, CommandContext
from contactbot.features.moderation.services.moderation import (
    REVIEW_ACTIONS,
    FlagDetails,
    ModerationService,
    describe_outcome,
    field_label,
    render_policy_match,
    render_reason,
    render_rooms,
    when,
)
from contactbot.features.moderation.storage.flags import FLAG_STATES, AuditEntry, Flag

FLAGS_DETAILS = (
    "!flags: open flags, newest first, with their IDs.",
    "!flags confirmed|dismissed|actioned|all: flags in another state.",
    "Bot admins see every flag; other moderators see flags of users in rooms they moderate.",
)
FLAG_DETAILS = (
    "!flag <id>: the flag's text, why it matched, the shared rooms and its history.",
    "!flag <id> confirm: the text is offensive (no action yet).",
    "!flag <id> dismiss: a false positive; this text of this user is not flagged again.",
    "!flag <id> kick [reason]: kick the user from every shared room where both you and I can.",
    "!flag <id> ban [reason]: ban likewise (and publish a policy rule, if configured).",
    "The reason is public, so it must not quote the flagged text; by default it is "
    '"Offensive profile status (contactbot flag #<id>)".',
    "Only in the moderators' room or a direct chat with me. Reactions on the flag notice do "
    "the same: ✅ confirm, ❌ dismiss, 🔨 ban.",
)

_ACTION_ALIASES = {"confirm": "confirm", "dismiss": "dismiss", "kick": "kick", "ban": "ban"}


def parse_flag_id(value: str) -> int:
    digits = value.removeprefix("#")
    if not (digits.isascii() and digits.isdigit()) or len(digits) > 18:
        raise UserError(f"{value!r:.40} is not a flag number; see !flags.")
    return int(digits)


def render_flag_line(msg: Message, flag: Flag) -> None:
    """One line of ``!flags``."""
    msg.bullet().code(f"#{flag.id}").text(f" {flag.severity} · {flag.category} · ")
    msg.user(flag.user_id).text(f" · {field_label(flag.field)}: ")
    msg.spoiler(flag.text, "flagged text").text(f" · {when(flag.created_at)}")
    if flag.state != "open" and flag.reviewer:
        msg.text(f" · {flag.state} by ").user(flag.reviewer)
    elif flag.state != "open":
        msg.text(f" · {flag.state}")
    if flag.state == "open" and flag.notice_event_id is None:
        msg.text(" · notice not sent yet")
    msg.newline()


def _audit_summary(entry: AuditEntry) -> str:
    detail: dict[str, Any] = entry.detail
    action = entry.action
    if action == "raised":
        return f"raised from {detail.get('source', '?')} ({detail.get('field', '?')})"
    if action == "notified":
        mentions = detail.get("mentions") or []
        return "notice posted" + (f", pinging {len(mentions)}" if mentions else "")
    if action in ("confirm", "dismiss"):
        reason = detail.get("reason")
        return f"{action}ed (was {detail.get('from', '?')})" + (
            f": {reason}" if isinstance(reason, str) and reason else ""
        )
    if action in ("kick", "ban"):
        rooms = detail.get("rooms") or []
        counts: dict[str, int] = {}
        for room in rooms:
            if isinstance(room, dict):
                result = str(room.get("result", "?"))
                counts[result] = counts.get(result, 0) + 1
        parts = [f"{n} {result}" for result, n in sorted(counts.items())] or ["no rooms"]
        return f"{action}: " + ", ".join(parts) + f"; public reason: {detail.get('public_reason')}"
    if action == "publish":
        return f"policy rule to {detail.get('room_id')}: {detail.get('result')}"
    if action == "refused":
        return f"refused {detail.get('asked', '?')}: {detail.get('why', '')}"
    return action


def render_details(details: FlagDetails) -> Message:
    """The reply to ``!flag <id>``."""
    flag = details.flag
    msg = message()
    msg.bold(f"Flag #{flag.id} · {flag.severity} · {flag.category} · {flag.state}").newline()
    msg.text("User: ").user(flag.user_id).newline()
    label = field_label(flag.field)
    msg.text(f"{label[:1].upper()}{label[1:]}: ").spoiler(flag.text, "flagged text").newline()
    msg.text(f"Raised {when(flag.created_at)} from ")
    if flag.source == "member" and flag.source_room_id:
        msg.text("a member event in ").code(flag.source_room_id)
    elif flag.history_id is not None:
        msg.text(f"status history row {flag.history_id}")
        via = next((e.detail.get("via") for e in details.audit if e.action == "raised"), None)
        if isinstance(via, str) and via:
            msg.text(f" (seen by {via})")
    else:
        msg.text(flag.source)
    msg.newline()
    score = flag.verdict.get("score")
    msg.text("Why" + (f" (score {score:.2f})" if isinstance(score, int | float) else "") + ":")
    msg.newline()
    for reason in flag.reasons:
        render_reason(msg, reason)
    if flag.policy_matches:
        msg.text(f"Policy lists (severity raised from {flag.detector_severity}):").newline()
        for match in flag.policy_matches:
            render_policy_match(msg, match)
    rooms = details.shared_rooms
    render_rooms(msg.text(f"Rooms shared with the bot ({len(rooms)}): "), rooms).newline()
    if flag.notice_room_id and flag.notice_event_id:
        # matrix_to() escapes "/", which a permalink to an event needs between its two parts.
        event_part = matrix_to(flag.notice_event_id).removeprefix(matrix_to(""))
        msg.link(f"{matrix_to(flag.notice_room_id)}/{event_part}", "Notice").newline()
    if flag.reviewer:
        msg.text("Last reviewed by ").user(flag.reviewer).text(f", {when(flag.updated_at)}")
        msg.newline()
    msg.bold("History").newline()
    for entry in details.audit:
        msg.bullet().text(f"{when(entry.at)} ").user(entry.actor).text(" ")
        msg.text(_audit_summary(entry), limit=300)
        if entry.dry_run:
            msg.text(" (dry run)")
        msg.newline()
    return msg


class ModerationCommands:
    def __init__(self, moderation: ModerationService) -> None:
        self.moderation = moderation

    def commands(self) -> Iterable[Command]:
        yield Command(
            name="flags",
            handler=self.flags,
            help_text="Flags of offensive statuses and display names, newest first",
            help_args="[open|confirmed|dismissed|actioned|all]",
            access=self._is_moderator,
            section="Moderation",
            details=FLAGS_DETAILS,
        )
        yield Command(
            name="flag",
            handler=self.flag,
            help_text="A flag's details and history, or review it",
            help_args="<id> [confirm|dismiss|kick|ban] [reason]",
            access=self._is_moderator,
            section="Moderation",
            details=FLAG_DETAILS,
        )

    async def _is_moderator(self, ctx: CommandContext) -> bool:
        return await self.moderation.access.is_moderator(ctx.sender)

    async def _require_private(self, ctx: CommandContext) -> None:
        if not await self.moderation.is_private_room(ctx.room_id, ctx.sender):
            raise UserError(
                "Flags show what was reported, so I only discuss them in the moderators' room "
                "or in a direct chat with me."
            )

    async def flags(self, ctx: CommandContext) -> None:
        """``!flags [state]``."""
        await self._require_private(ctx)
        which = ctx.args[0].lower() if ctx.args else "open"
        if which == "all":
            states: tuple[str, ...] = FLAG_STATES
        elif which in FLAG_STATES:
            states = (which,)
        else:
            raise UserError(ctx.usage())
        flags, total = await self.moderation.visible_flags(ctx.sender, states)
        if not flags:
            await ctx.reply(f"No {'' if which == 'all' else which + ' '}flags.")
            return
        msg = message().bold(f"{which.capitalize()} flags ({total})").newline()
        for flag in flags:
            render_flag_line(msg, flag)
        if total > len(flags):
            msg.text(f"… and {total - len(flags)} older.").newline()
        msg.text("Details: ").code(f"{ctx.prefix}flag <id>").text("; review: ")
        msg.code(f"{ctx.prefix}flag <id> confirm|dismiss|kick|ban [reason]").text(".")
        await ctx.reply(msg)

    async def flag(self, ctx: CommandContext) -> None:
        """``!flag <id>`` or ``!flag <id> <action> [reason]``."""
        if not ctx.args:
            raise UserError(ctx.usage())
        await self._require_private(ctx)
        flag_id = parse_flag_id(ctx.args[0])
        if len(ctx.args) == 1:
            details = await self.moderation.details(flag_id, ctx.sender)
            await ctx.reply(render_details(details))
            return
        action = _ACTION_ALIASES.get(ctx.args[1].lower())
        if action is None:
            raise UserError(
                f"Unknown action {ctx.args[1]!r:.40}; use one of {', '.join(REVIEW_ACTIONS)}."
            )
        reason = " ".join(ctx.args[2:]) or None
        outcome = await self.moderation.review(
            flag_id, ctx.sender, action, reason, source_event_id=ctx.event_id
        )
        if outcome.note == "already handled":
            return
        await ctx.reply(describe_outcome(outcome))
