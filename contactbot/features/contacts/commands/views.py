"""Rendering the replies of ``!contact`` and ``!support``.

Replies never ping: Matrix IDs are matrix.to links and ``m.mentions`` is empty. Only safe
``http(s)`` support pages become links; anything else that came from a room or a server is
shown as inert code.
"""

from __future__ import annotations

from collections.abc import Sequence

from contactbot.core.domain.formatting import (
    Message,
    message,
    plural,
)
from contactbot.features.contacts.domain.contacts import (
    role_label,
)
from contactbot.features.contacts.domain.parsing import ContactInfo
from contactbot.features.contacts.domain.ranking import RankedContact
from contactbot.features.contacts.domain.validation import display_text
from contactbot.features.contacts.services.answering import (
    ContactAnswer,
    ServerSupport,
)
from contactbot.features.contacts.services.editing import EditResult

# Longest lists shown in one reply; the rest is counted.
MAX_LISTED_PROBLEMS = 15

_WHY = {
    "support_via": "named by the room's support_via",
    "creator": "the room creator's server",
    "room ID": "the server in the room ID",
}


def show_role(msg: Message, role: str) -> None:
    """A role's label, or the role ID as inert code when it is unknown."""
    label = role_label(role)
    if label is not None:
        msg.text(label)
    else:
        # Unknown roles are shown as given, inert.
        msg.code(role, limit=80)


def show_identity(msg: Message, matrix_id: str | None, email: str | None) -> None:
    """A contact's Matrix ID (a non-pinging link) and e-mail address."""
    if matrix_id is not None:
        msg.user(matrix_id)
    if email is not None:
        if matrix_id is not None:
            msg.text(" · ")
        msg.text(email)


def summary(info: ContactInfo) -> str:
    """What a content lists: "2 contacts, a support page and support_via x"."""
    parts = [plural(len(info.contacts), "contact")]
    if info.support_page is not None:
        parts.append("a support page")
    if info.support_via is not None:
        parts.append(f"support_via {info.support_via}")
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def render_ranked(msg: Message, entry: RankedContact) -> None:
    """One line of a ``!contact`` section: who, and in which roles (the section names the
    source)."""
    msg.bullet()
    if entry.support_page is not None:
        msg.text("Support page: ").link(entry.support_page.url)
    else:
        show_identity(msg, entry.matrix_id, entry.email_address)
        if entry.roles:
            msg.text(" — ")
            for index, role in enumerate(entry.roles):
                if index:
                    msg.text(", ")
                show_role(msg, role)
    msg.newline()


def _entries(msg: Message, ranked: Sequence[RankedContact], max_shown: int) -> None:
    for entry in ranked[:max_shown]:
        render_ranked(msg, entry)
    hidden = len(ranked) - max_shown
    if hidden > 0:
        msg.text(f"… and {hidden} more.").newline()


def _purpose_text(purpose: str) -> str:
    return display_text(purpose, 60)


def render_answer(answer: ContactAnswer, max_shown: int, prefix: str) -> Message:
    """The reply to ``!contact [purpose]``: the room's contacts, then each homeserver's."""
    msg = message()
    if answer.is_empty:
        _render_nothing(msg, answer, prefix)
        return msg

    heading = "This room's contacts"
    if answer.purpose:
        heading += f" for {_purpose_text(answer.purpose)}"
    msg.bold(heading).text(" (the room's own claim, not verified)").newline()
    if not answer.room_ranked:
        if answer.purpose:
            msg.text(f"This room lists nobody for {_purpose_text(answer.purpose)}.").newline()
        else:
            msg.text("This room lists no contacts.").newline()
    else:
        if not answer.purpose_held and answer.purpose:
            msg.text(
                f"Nobody in this room's contacts is listed for {_purpose_text(answer.purpose)}; "
                "its other contacts, in MSC4489's order:"
            ).newline()
        _entries(msg, answer.room_ranked, max_shown)
        msg.italic(
            "Contacts provided by the room are a claim by its admins; I have not verified them."
        ).newline()
    info = answer.room_info
    if info is not None and info.problems:
        msg.text(
            f"The room's contact state has {plural(len(info.problems), 'problem')}; room "
            "admins can see them with "
        ).code(f"{prefix}contact problems").text(".").newline()
    for support in answer.servers:
        if not support.ranked:
            continue
        why = _WHY.get(support.why, support.why)
        msg.bold(f"Support contacts of homeserver {support.server}").text(f" ({why})").newline()
        _entries(msg, support.ranked, max_shown)
    _server_notes(msg, answer.servers, only_failures=True)
    return msg


def _render_nothing(msg: Message, answer: ContactAnswer, prefix: str) -> None:
    msg.text("Nobody is listed to contact about this room. ")
    if answer.room_event is None:
        msg.text("The room sets no m.room.contact state")
    else:
        msg.text("The room's m.room.contact state has nothing usable")
    failed = [s.server for s in answer.servers if s.result.status != "ok"]
    if failed:
        verb = "publishes" if len(failed) == 1 else "publish"
        msg.text(f", and {', '.join(failed)} {verb} no usable support information")
    msg.text(".").newline()
    if answer.moderators:
        msg.text("You could ask the room's moderators: ")
        for index, user in enumerate(answer.moderators):
            if index:
                msg.text(", ")
            msg.user(user)
        msg.text(". ")
    else:
        msg.text("You could ask a room admin. ")
    msg.text("For your own homeserver, try ").code(f"{prefix}support").text(".")
    _server_notes(msg.newline(), answer.servers, only_failures=True)


def _server_notes(msg: Message, servers: Sequence[ServerSupport], *, only_failures: bool) -> None:
    for support in servers:
        result = support.result
        if only_failures and result.status == "ok":
            continue
        why = _WHY.get(support.why, support.why)
        msg.text(f"{support.server} ({why}): ")
        if result.status == "not_found":
            msg.text("publishes no support information.")
        elif result.status == "invalid":
            msg.text("publishes invalid support information: ").text(result.detail, limit=300)
        elif result.status == "error":
            msg.text("could not be checked: ").text(result.detail, limit=300)
        else:
            msg.text(result.detail, limit=300)
        msg.newline()


def problem_lines(msg: Message, problems: Sequence[str]) -> None:
    """Problem messages as bullets, the rest counted."""
    # Problems quote hostile values; code keeps them from becoming links or markup.
    for problem in problems[:MAX_LISTED_PROBLEMS]:
        msg.bullet().code(problem, limit=300).newline()
    if len(problems) > MAX_LISTED_PROBLEMS:
        msg.text(f"… and {len(problems) - MAX_LISTED_PROBLEMS} more.").newline()


def render_edit(result: EditResult, done: str, prefix: str) -> Message:
    """The reply to a successful edit."""
    msg = message(done)
    if result.content:
        msg.text(f" The room now lists {summary(result.info)}.")
    if result.written:
        msg.text(" Wrote ").text(" and ".join(result.written)).text(".")
    elif result.skipped:
        msg.text(" Nothing to write: the room already holds this.")
    for event_type, reason in result.failed:
        msg.newline().text(f"Could not write {event_type}: ").text(reason, limit=300)
    if result.preset is not None:
        msg.newline().text(f'This room follows the preset "{result.preset}": a rollout of it ')
        msg.text("replaces manual changes (").code(f"{prefix}contact unfollow")
        msg.text(" stops following it).")
    return msg
