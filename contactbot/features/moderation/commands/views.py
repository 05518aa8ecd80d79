"""How flags read: the notice in the moderators' room, ``!flags`` lines, ``!flag`` details and
the answer to a review. Flagged text only ever appears inside a spoiler."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from contactbot.core.domain.formatting import Message, format_time, matrix_to, message
from contactbot.features.moderation.domain.flags import (
    AuditEntry,
    Flag,
    field_label,
    is_display_name,
)
from contactbot.features.moderation.domain.review import (
    FlagDetails,
    ReviewOutcome,
    RoomAction,
    SharedRoom,
)

# Rooms named in one notice or answer; the rest are counted.
MAX_ROOMS_SHOWN = 10

_VERB = {"kick": ("kicked", "kick"), "ban": ("banned", "ban")}


def _capitalised(text: str) -> str:
    return f"{text[:1].upper()}{text[1:]}"


def _why(msg: Message, flag: Flag) -> None:
    score = flag.verdict.get("score")
    msg.text("Why" + (f" (score {score:.2f})" if isinstance(score, int | float) else "") + ":")
    msg.newline()


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


def render_notice(
    flag: Flag, shared: Sequence[SharedRoom], mentions: Sequence[str] = (), *, dry_run: bool
) -> Message:
    """The notice in the moderators' room: who, the text in a spoiler, why, where, how."""
    what = "display name" if is_display_name(flag.field) else "profile status"
    msg = message()
    msg.bold(f"🚩 Flag #{flag.id} · {flag.severity} · {flag.category}").text(
        f": offensive {what} of "
    )
    msg.user(flag.user_id).newline()
    msg.text(f"{_capitalised(field_label(flag.field))}: ")
    msg.spoiler(flag.text, f"flagged {what}").newline()
    if flag.source == "member" and flag.source_room_id:
        msg.text("Seen in a member event in ").code(flag.source_room_id).newline()
    _why(msg, flag)
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
    if dry_run:
        msg.italic("Dry run: kicks, bans and policy rules are only reported.").newline()
    return msg


def describe_outcome(outcome: ReviewOutcome) -> Message:
    """The answer to a review, for the reaction reply and ``!flag <id> <action>``."""
    flag = outcome.flag
    msg = message()
    if outcome.action in ("confirm", "dismiss"):
        if not outcome.changed:
            return msg.text(f"Flag #{flag.id} is {outcome.note}; nothing changed.")
        msg.text(f"Flag #{flag.id} {flag.state} by ").user(outcome.actor)
        return msg.text(f" (was {outcome.previous_state}).")
    if outcome.action == "unban":
        return _describe_revert(outcome)
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


def render_announcement(outcome: ReviewOutcome, where: str) -> Message:
    """The moderators' room's note of a review done in ``where`` (a direct chat)."""
    flag = outcome.flag
    msg = message(f"Flag #{flag.id} of ").user(flag.user_id).text(": ")
    msg.code(outcome.action).text(" by ").user(outcome.actor).text(" in ").code(where, limit=120)
    if outcome.dry_run:
        msg.text(" (dry run)")
    return msg.text(f"; the flag is {flag.state}.")


def _describe_revert(outcome: ReviewOutcome) -> Message:
    flag = outcome.flag
    msg = message()
    if outcome.dry_run:
        msg.bold("Dry run: ").text("nothing was done. ")
    msg.text("Ban of ").user(flag.user_id).text(" reverted by ").user(outcome.actor)
    msg.text(".").newline()
    if outcome.published is not None:
        msg.text(f"Policy rule (m.ban of {flag.user_id}): {outcome.published}.").newline()
    msg.text("Room bans stay: lift them in each room by hand where needed.").newline()
    msg.text(f"Flag #{flag.id} is {flag.state}.")
    return msg


def render_flag_line(msg: Message, flag: Flag) -> None:
    """One line of ``!flags``."""
    msg.bullet().code(f"#{flag.id}").text(f" {flag.severity} · {flag.category} · ")
    msg.user(flag.user_id).text(f" · {field_label(flag.field)}: ")
    msg.spoiler(flag.text, "flagged text").text(f" · {format_time(flag.created_at)}")
    if flag.state != "open" and flag.reviewer:
        msg.text(f" · {flag.state} by ").user(flag.reviewer)
    elif flag.state != "open":
        msg.text(f" · {flag.state}")
    if flag.state == "open" and flag.notice_event_id is None:
        msg.text(" · notice not sent yet")
    msg.newline()


def audit_summary(entry: AuditEntry) -> str:
    """One history line of ``!flag <id>``."""
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
    if action == "unpublish":
        return f"policy rule removed from {detail.get('room_id')}: {detail.get('result')}"
    if action == "unban":
        return f"ban reverted (was {detail.get('from', '?')})"
    if action == "refused":
        return f"refused {detail.get('asked', '?')}: {detail.get('why', '')}"
    return action


def render_details(details: FlagDetails) -> Message:
    """The reply to ``!flag <id>``."""
    flag = details.flag
    msg = message()
    msg.bold(f"Flag #{flag.id} · {flag.severity} · {flag.category} · {flag.state}").newline()
    msg.text("User: ").user(flag.user_id).newline()
    msg.text(f"{_capitalised(field_label(flag.field))}: ")
    msg.spoiler(flag.text, "flagged text").newline()
    msg.text(f"Raised {format_time(flag.created_at)} from ")
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
    _why(msg, flag)
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
        msg.text("Last reviewed by ").user(flag.reviewer)
        msg.text(f", {format_time(flag.updated_at)}").newline()
    msg.bold("History").newline()
    for entry in details.audit:
        msg.bullet().text(f"{format_time(entry.at)} ").user(entry.actor).text(" ")
        msg.text(audit_summary(entry), limit=300)
        if entry.dry_run:
            msg.text(" (dry run)")
        msg.newline()
    return msg
