"""Rendering the reply of ``!support [server]``."""

from __future__ import annotations

from contactbot.core.domain.formatting import Message, format_age, message
from contactbot.features.contacts.commands.views import problem_lines, show_identity, show_role
from contactbot.features.contacts.domain.parsing import Contact
from contactbot.features.contacts.domain.support import WELL_KNOWN_PATH, FetchResult, SupportInfo
from contactbot.features.contacts.domain.validation import ServerName


def render_support(server: ServerName, result: FetchResult, now: float) -> Message:
    """The reply to ``!support [server]``."""
    msg = message()
    url = f"https://{server.url_host}{WELL_KNOWN_PATH}"
    checked = f"Checked {format_age(now - result.fetched_at)}."
    if result.status == "not_found":
        msg.text(f"{server} publishes no support information: ").code(url)
        msg.text(f" answered HTTP {result.http_status or 404}. ").text(checked)
        return msg
    if result.status == "error":
        msg.text(f"I could not fetch the support information of {server}: ")
        msg.text(result.detail, limit=300).text(f" {checked}")
        return msg
    info = result.info
    if result.status == "invalid" or info is None or not info.is_usable:
        msg.text(f"{server} publishes support information at ").code(url)
        msg.text(", but it is invalid: ").text(result.detail, limit=300).newline()
        if info is not None:
            # The detail is often the only problem; each reason is said once.
            problem_lines(msg, [p for p in info.problems if p != result.detail])
            _unlinked_page(msg, info)
        msg.text(checked)
        return msg
    msg.bold(f"Support information published by {server}").newline()
    _support_lines(msg, info)
    if info.problems:
        # Each problem says what became of its entry (dropped, kept without a field, not
        # linked), so the heading does not.
        msg.text("Problems in the document:").newline()
        problem_lines(msg, info.problems)
    msg.text(checked)
    return msg


def _unlinked_page(msg: Message, info: SupportInfo) -> None:
    if info.support_page_raw is not None and info.support_page is None:
        msg.text("Its support_page, not shown as a link: ")
        msg.code(info.support_page_raw, limit=200).newline()


def _support_lines(msg: Message, info: SupportInfo) -> None:
    for contact in info.contacts:
        _contact_line(msg, contact)
    if info.support_page is not None:
        msg.bullet().text("Support page: ").link(info.support_page.url).newline()
    elif info.support_page_raw is not None:
        # Valid for MSC1929, but only clean http(s) URLs are ever linked.
        msg.bullet().text("Support page (not a web link, shown as given): ")
        msg.code(info.support_page_raw, limit=200).newline()


def _contact_line(msg: Message, contact: Contact) -> None:
    msg.bullet()
    show_identity(msg, contact.matrix_id, contact.email_address)
    if contact.role:
        msg.text(" — ")
        show_role(msg, contact.role)
    msg.newline()
