"""Rendering the replies of ``!contact history``, ``problems``, ``rollout`` and ``stale``."""

from __future__ import annotations

from collections.abc import Sequence

from contactbot.core.domain.formatting import Message, format_time, matrix_to, message, plural
from contactbot.features.contacts.commands.views import problem_lines, summary
from contactbot.features.contacts.domain.assessment import Validity
from contactbot.features.contacts.domain.contacts import UNSTABLE_STATE_TYPE
from contactbot.features.contacts.domain.parsing import parse_room_contacts
from contactbot.features.contacts.domain.records import HistoryEntry
from contactbot.features.contacts.domain.validation import display_text
from contactbot.features.contacts.services.presets import RolloutReport, RoomIssue
from contactbot.features.contacts.services.problems import EventReport, ProblemsReport

MAX_LISTED_ROOMS = 25


def _room(msg: Message, issue: RoomIssue) -> None:
    msg.bullet()
    if issue.name:
        msg.link(matrix_to(issue.room_id), display_text(issue.name, 80)).text(" ")
    msg.code(issue.room_id, limit=120).text(": ").text(issue.reason, limit=300).newline()


def _rooms(msg: Message, issues: Sequence[RoomIssue]) -> None:
    for issue in issues[:MAX_LISTED_ROOMS]:
        _room(msg, issue)
    if len(issues) > MAX_LISTED_ROOMS:
        msg.text(f"… and {len(issues) - MAX_LISTED_ROOMS} more.").newline()


def _event_report(msg: Message, report: EventReport) -> None:
    event = report.event
    msg.bold(event.event_type)
    if report.effective:
        msg.text(" (in effect)")
    elif event.content and event.validity != Validity.REDACTED:
        msg.text(" (not in effect: the other type is more recent)")
    msg.text(": ").code(event.event_id, limit=100).text(" sent by ").user(event.sender)
    msg.text(f" on {format_time(event.origin_server_ts)}").newline()
    if event.validity == Validity.REDACTED:
        msg.text("Redacted: it no longer counts.").newline()
        return
    if event.validity == Validity.EMPTY:
        msg.text("Empty: it removes the room's contacts.").newline()
        return
    if event.validity == Validity.VALID and not report.notes:
        msg.text(f"No problems; it lists {summary(report.info)}.").newline()
        return
    usable = summary(report.info) if not report.info.is_empty else "nothing usable"
    msg.text(f"{event.validity.capitalize()}: it gives {usable}.").newline()
    problem_lines(msg, event.problems)
    for note in report.notes:
        msg.bullet().text(note).newline()
    if report.info.support_page is None and report.info.support_page_raw is not None:
        msg.text("Its support_page, never shown as a link: ")
        msg.code(report.info.support_page_raw, limit=200).newline()


def render_history(entries: Sequence[HistoryEntry]) -> Message:
    """The reply to ``!contact history [n]``."""
    if not entries:
        return message("No contact state has been seen in this room.")
    msg = message().bold(f"Contact changes in this room, newest first ({len(entries)})")
    msg.newline()
    for entry in entries:
        event = entry.event
        msg.bullet().text(f"{format_time(event.origin_server_ts)} ").code(event.event_type)
        msg.text(" by ").user(event.sender)
        if entry.requested_by:
            msg.text(" for ").user(entry.requested_by)
        msg.text(": ")
        if event.validity == Validity.EMPTY:
            msg.text("cleared")
        elif event.validity == Validity.REDACTED and entry.redacts:
            msg.text("redacted ").code(entry.redacts, limit=100)
        elif event.validity == Validity.REDACTED:
            msg.text("redacted")
        else:
            info = parse_room_contacts(event.content)
            msg.text(f"{event.validity}, {summary(info)}")
            if event.problems:
                msg.text(f", {plural(len(event.problems), 'problem')}")
        msg.text(" ").code(event.event_id, limit=100).newline()
    return msg


def render_problems(report: ProblemsReport, prefix: str) -> Message:
    """The reply to ``!contact problems``."""
    msg = message().bold("Contact state of this room").newline()
    if not report.events:
        msg.text("The room has no m.room.contact or ")
        msg.text(f"{UNSTABLE_STATE_TYPE} state.").newline()
    for event_report in report.events:
        _event_report(msg, event_report)
    if report.disagreement is not None:
        shown, ignored = report.disagreement
        msg.text(
            f"The two types disagree: {shown.event_type} is in effect because it is the more "
            f"recent; {ignored.event_type} lists other contacts, which clients that read only "
            f"that type still show. Edit the contacts with the bot to write the same content "
            "to both, or clear the older one."
        ).newline()
    if report.recent:
        msg.text(
            f"Recent invalid or partial changes: {len(report.recent)} "
            f"(of {report.changes} recorded); see "
        ).code(f"{prefix}contact history").text(".").newline()
    if report.preset is not None:
        msg.text(f'This room follows the preset "{report.preset}"')
        if report.preset_issue:
            msg.text(f", but {report.preset_issue}.")
        else:
            msg.text(" and matches it.")
    return msg


def render_rollout(report: RolloutReport) -> Message:
    """The reply to ``!contact rollout <preset>``."""
    msg = message(
        f'Rolled out the preset "{report.preset}": '
        f"{plural(len(report.updated), 'room')} updated, "
        f"{len(report.unchanged)} already up to date, {len(report.failed)} failed"
    )
    if report.failed:
        msg.text(":").newline()
        _rooms(msg, report.failed)
    else:
        msg.text(".")
    return msg


def render_stale(issues: Sequence[RoomIssue], prefix: str) -> Message:
    """The reply to ``!contact stale``."""
    if not issues:
        return message("Every room that follows a preset matches it.")
    msg = message().bold(f"Rooms whose contacts differ from their preset ({len(issues)})")
    msg.newline()
    _rooms(msg, issues)
    msg.text("Bring them back with ").code(f"{prefix}contact rollout <preset>").text(".")
    return msg
