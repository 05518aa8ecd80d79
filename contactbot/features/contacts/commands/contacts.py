"""``!contact`` and ``!support``: who to contact about a room, and a server's support info.

Replies never ping: Matrix IDs are matrix.to links and ``m.mentions`` is empty. Only safe
``http(s)`` support pages become links; anything else that came from a room or a server is
shown as inert code.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Iterable, Sequence
from datetime import UTC, datetime

from contactbot.core.domain.formatting import Message, matrix_to, message
from contactbot.core.domain.ids import server_of
from contactbot.core.errors import PermissionDenied, UserError
from contactbot.core.handlers.commands import Command, CommandContext
from contactbot.features.contacts.domain.contacts import (
    STATE_TYPE,
    UNSTABLE_STATE_TYPE,
    Contact,
    ContactInfo,
    RankedContact,
    ServerName,
    display_text,
    parse_room_contacts,
    parse_server_name,
    role_label,
)
from contactbot.features.contacts.domain.support import WELL_KNOWN_PATH, FetchResult, SupportInfo
from contactbot.features.contacts.services.contacts import (
    ROOM_SOURCE,
    ContactAnswer,
    ContactService,
    EditResult,
    EventReport,
    RoomIssue,
    ServerSupport,
    Validity,
)

# Longest lists shown in one reply; the rest is counted.
MAX_LISTED_ROOMS = 25
MAX_LISTED_PROBLEMS = 15
DEFAULT_HISTORY = 10
MAX_HISTORY = 50

_WHY = {
    "support_via": "named by the room's support_via",
    "creator": "the room creator's server",
    "room ID": "the server in the room ID",
}

SubHandler = Callable[[CommandContext, list[str]], Awaitable[None]]

CONTACT_DETAILS = (
    "!contact [purpose]: room contacts first (a claim by the room, not verified), then the "
    "support contacts of the relevant homeservers. Purposes: admin, security, moderator, dpo, "
    "or a role ID such as m.role.security.",
    "!contact add <role> <@user:server|email>: list a contact (role: admin, security, "
    "moderator, dpo or a namespaced role ID).",
    "!contact remove <@user:server|email> [role]: remove a contact.",
    "!contact page <https://…|none>: set or remove the room's support page.",
    "!contact via <server|none>: set or remove support_via, a non-standard pointer to a "
    "server whose /.well-known/matrix/support also applies to the room.",
    "!contact clear: remove every contact.",
    "!contact history [n]: the latest n changes (default 10, at most 50), valid or not.",
    "!contact problems: what is wrong with the room's contact state (room admins).",
    "!contact apply <preset>: write a preset from the bot's config; the room then follows it.",
    "!contact unfollow: stop following the preset (the contacts stay).",
    "!contact rollout <preset>: rewrite every room that follows the preset (bot admins).",
    "!contact stale: rooms whose contacts differ from their preset (bot admins).",
    "Editing needs the power level to send m.room.contact; the bot needs it too.",
)

SUPPORT_DETAILS = (
    "Shows what a server publishes at https://<server>/.well-known/matrix/support (MSC1929).",
    "Without an argument: your own homeserver. A user ID means that user's server.",
    "--refresh (bot admins) fetches again instead of using the cached answer.",
)


def _when(timestamp_ms: int) -> str:
    moment = datetime.fromtimestamp(timestamp_ms / 1000, UTC)
    return moment.strftime("%Y-%m-%d %H:%M UTC")


def _age(seconds: float) -> str:
    seconds = max(seconds, 0)
    if seconds < 90:
        return "just now"
    if seconds < 90 * 60:
        return f"{round(seconds / 60)} minutes ago"
    return f"{round(seconds / 3600)} hours ago"


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def _role(msg: Message, role: str) -> None:
    label = role_label(role)
    if label is not None:
        msg.text(label)
    else:
        # Unknown roles are shown as given, inert.
        msg.code(role, limit=80)


def _identity(msg: Message, matrix_id: str | None, email: str | None) -> None:
    if matrix_id is not None:
        msg.user(matrix_id)
    if email is not None:
        if matrix_id is not None:
            msg.text(" · ")
        msg.text(email)


def _summary(info: ContactInfo) -> str:
    parts = [_plural(len(info.contacts), "contact")]
    if info.support_page is not None:
        parts.append("a support page")
    if info.support_via is not None:
        parts.append(f"support_via {info.support_via}")
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def render_ranked(msg: Message, entry: RankedContact) -> None:
    """One line of ``!contact``: who, in which roles, according to which sources."""
    msg.bullet()
    if entry.support_page is not None:
        msg.text("Support page: ").link(entry.support_page.url)
    else:
        _identity(msg, entry.matrix_id, entry.email_address)
    msg.text(" — ")
    for index, source in enumerate(entry.sources):
        if index:
            msg.text("; ")
        roles = [c.role for c in entry.claims if c.source == source and c.role]
        for role_index, role in enumerate(dict.fromkeys(roles)):
            if role_index:
                msg.text(", ")
            _role(msg, role)
        if roles:
            msg.text(", ")
        msg.text(source)
    msg.newline()


def render_answer(answer: ContactAnswer, max_shown: int, prefix: str) -> Message:
    """The reply to ``!contact [purpose]``."""
    msg = message()
    if answer.is_empty:
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
        return msg

    heading = "Who to contact about this room"
    if answer.purpose:
        heading += f" (for {display_text(answer.purpose, 60)})"
    msg.bold(heading).newline()
    for entry in answer.ranked[:max_shown]:
        render_ranked(msg, entry)
    hidden = len(answer.ranked) - max_shown
    if hidden > 0:
        msg.text(f"… and {hidden} more.").newline()
    if any(ROOM_SOURCE in entry.sources for entry in answer.ranked):
        msg.italic(
            "Contacts provided by the room are a claim by its admins; I have not verified them."
        ).newline()
    info = answer.room_info
    if info is not None and info.problems:
        msg.text(
            f"The room's contact state has {_plural(len(info.problems), 'problem')}; room "
            "admins can see them with "
        ).code(f"{prefix}contact problems").text(".").newline()
    _server_notes(msg, answer.servers, only_failures=True)
    return msg


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


def render_support(server: ServerName, result: FetchResult, now: float) -> Message:
    """The reply to ``!support [server]``."""
    msg = message()
    url = f"https://{server.url_host}{WELL_KNOWN_PATH}"
    checked = f"Checked {_age(now - result.fetched_at)}."
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
            _problem_lines(msg, info.problems)
            if info.support_page_raw is not None and info.support_page is None:
                msg.text("Its support_page, not shown as a link: ")
                msg.code(info.support_page_raw, limit=200).newline()
        msg.text(checked)
        return msg
    msg.bold(f"Support information published by {server}").newline()
    _support_lines(msg, info)
    if info.problems:
        msg.text("Some entries were ignored:").newline()
        _problem_lines(msg, info.problems)
    msg.text(checked)
    return msg


def _support_lines(msg: Message, info: SupportInfo) -> None:
    for contact in info.contacts:
        _contact_line(msg, contact)
    if info.support_page is not None:
        msg.bullet().text("Support page: ").link(info.support_page.url).newline()


def _contact_line(msg: Message, contact: Contact) -> None:
    msg.bullet()
    _identity(msg, contact.matrix_id, contact.email_address)
    if contact.role:
        msg.text(" — ")
        _role(msg, contact.role)
    msg.newline()


def _problem_lines(msg: Message, problems: Sequence[str]) -> None:
    # Problems quote hostile values; code keeps them from becoming links or markup.
    for problem in problems[:MAX_LISTED_PROBLEMS]:
        msg.bullet().code(problem, limit=300).newline()
    if len(problems) > MAX_LISTED_PROBLEMS:
        msg.text(f"… and {len(problems) - MAX_LISTED_PROBLEMS} more.").newline()


def render_edit(result: EditResult, done: str, prefix: str) -> Message:
    """The reply to a successful edit."""
    msg = message(done)
    if result.content:
        msg.text(f" The room now lists {_summary(result.info)}.")
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
    elif event.event_type == UNSTABLE_STATE_TYPE and event.content:
        msg.text(f" (not in effect: {STATE_TYPE} wins)")
    msg.text(": ").code(event.event_id, limit=100).text(" sent by ").user(event.sender)
    msg.text(f" on {_when(event.origin_server_ts)}").newline()
    if event.validity == Validity.EMPTY:
        msg.text("Empty: it removes the room's contacts.").newline()
        return
    if event.validity == Validity.VALID and not report.notes:
        msg.text(f"No problems; it lists {_summary(report.info)}.").newline()
        return
    usable = _summary(report.info) if not report.info.is_empty else "nothing usable"
    msg.text(f"{event.validity.capitalize()}: it gives {usable}.").newline()
    _problem_lines(msg, event.problems)
    for note in report.notes:
        msg.bullet().text(note).newline()
    if report.info.support_page is None and report.info.support_page_raw is not None:
        msg.text("Its support_page, never shown as a link: ")
        msg.code(report.info.support_page_raw, limit=200).newline()


class ContactCommands:
    """``!contact`` (with subcommands) and ``!support``."""

    def __init__(
        self,
        contacts: ContactService,
        *,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.contacts = contacts
        self._clock = clock
        self._subcommands: dict[str, SubHandler] = {
            "add": self._add,
            "remove": self._remove,
            "page": self._page,
            "via": self._via,
            "clear": self._clear,
            "history": self._history,
            "problems": self._problems,
            "apply": self._apply,
            "unfollow": self._unfollow,
            "rollout": self._rollout,
            "stale": self._stale,
        }

    def commands(self) -> Iterable[Command]:
        yield Command(
            name="contact",
            handler=self.contact,
            help_text="Who to contact about this room; room admins edit the list",
            help_args="[purpose] | add|remove|page|via|clear|history|problems|apply|"
            "unfollow|rollout|stale …",
            aliases=("contacts",),
            section="Contacts",
            details=CONTACT_DETAILS,
        )
        yield Command(
            name="support",
            handler=self.support,
            help_text="The support contacts a homeserver publishes (MSC1929)",
            help_args="[server|@user:server] [--refresh]",
            section="Contacts",
            details=SUPPORT_DETAILS,
        )

    # -- !contact ------------------------------------------------------------------------------

    async def contact(self, ctx: CommandContext) -> None:
        """``!contact [purpose]`` or ``!contact <subcommand> …``."""
        if not ctx.args:
            await self._show(ctx, None)
            return
        handler = self._subcommands.get(ctx.args[0].lower())
        if handler is not None:
            await handler(ctx, ctx.args[1:])
            return
        if len(ctx.args) > 1:
            raise UserError(
                f"Unknown subcommand. See {ctx.prefix}help contact for what !contact can do."
            )
        await self._show(ctx, ctx.args[0])

    async def _show(self, ctx: CommandContext, purpose: str | None) -> None:
        try:
            answer = await self.contacts.lookup(ctx.room_id, purpose)
        except UserError as err:
            if purpose is None:
                raise
            raise UserError(
                f"{err.message} Subcommands are listed by {ctx.prefix}help contact."
            ) from err
        await ctx.reply(render_answer(answer, self.contacts.settings.max_shown, ctx.prefix))

    @staticmethod
    def _expect(ctx: CommandContext, args: list[str], low: int, high: int, usage: str) -> None:
        if not low <= len(args) <= high:
            raise UserError(f"Usage: {ctx.prefix}contact {usage}")

    async def _add(self, ctx: CommandContext, args: list[str]) -> None:
        self._expect(ctx, args, 2, 2, "add <role> <@user:server|email>")
        result = await self.contacts.add(ctx.room_id, ctx.sender, args[0], args[1])
        await ctx.reply(render_edit(result, "Added.", ctx.prefix))

    async def _remove(self, ctx: CommandContext, args: list[str]) -> None:
        self._expect(ctx, args, 1, 2, "remove <@user:server|email> [role]")
        role = args[1] if len(args) > 1 else None
        result = await self.contacts.remove(ctx.room_id, ctx.sender, args[0], role)
        await ctx.reply(render_edit(result, "Removed.", ctx.prefix))

    async def _page(self, ctx: CommandContext, args: list[str]) -> None:
        self._expect(ctx, args, 1, 1, "page <https://…|none>")
        url = None if args[0].lower() == "none" else args[0]
        result = await self.contacts.set_page(ctx.room_id, ctx.sender, url)
        done = "Support page removed." if url is None else "Support page set."
        await ctx.reply(render_edit(result, done, ctx.prefix))

    async def _via(self, ctx: CommandContext, args: list[str]) -> None:
        self._expect(ctx, args, 1, 1, "via <server|none>")
        server = None if args[0].lower() == "none" else args[0]
        result = await self.contacts.set_via(ctx.room_id, ctx.sender, server)
        done = "support_via removed." if server is None else "support_via set."
        await ctx.reply(render_edit(result, done, ctx.prefix))

    async def _clear(self, ctx: CommandContext, args: list[str]) -> None:
        self._expect(ctx, args, 0, 0, "clear")
        result = await self.contacts.clear(ctx.room_id, ctx.sender)
        await ctx.reply(render_edit(result, "Cleared the room's contacts.", ctx.prefix))

    async def _history(self, ctx: CommandContext, args: list[str]) -> None:
        self._expect(ctx, args, 0, 1, "history [n]")
        limit = DEFAULT_HISTORY
        if args:
            if not (args[0].isascii() and args[0].isdigit()) or not 1 <= int(args[0]):
                raise UserError(f"Usage: {ctx.prefix}contact history [n], n from 1 to 50")
            limit = min(int(args[0]), MAX_HISTORY)
        entries = await self.contacts.history(ctx.room_id, limit)
        if not entries:
            await ctx.reply("No contact state has been seen in this room.")
            return
        msg = message().bold(f"Contact changes in this room, newest first ({len(entries)})")
        msg.newline()
        for entry in entries:
            event = entry.event
            msg.bullet().text(f"{_when(event.origin_server_ts)} ").code(event.event_type)
            msg.text(" by ").user(event.sender)
            if entry.requested_by:
                msg.text(" for ").user(entry.requested_by)
            msg.text(": ")
            if event.validity == Validity.EMPTY:
                msg.text("cleared")
            else:
                info = parse_room_contacts(event.content)
                msg.text(f"{event.validity}, {_summary(info)}")
                if event.problems:
                    msg.text(f", {_plural(len(event.problems), 'problem')}")
            msg.text(" ").code(event.event_id, limit=100).newline()
        await ctx.reply(msg)

    async def _problems(self, ctx: CommandContext, args: list[str]) -> None:
        self._expect(ctx, args, 0, 0, "problems")
        report = await self.contacts.problems(ctx.room_id, ctx.sender)
        msg = message().bold("Contact state of this room").newline()
        if not report.events:
            msg.text("The room has no m.room.contact or ")
            msg.text(f"{UNSTABLE_STATE_TYPE} state.").newline()
        for event_report in report.events:
            _event_report(msg, event_report)
        if report.recent:
            msg.text(
                f"Recent invalid or partial changes: {len(report.recent)} "
                f"(of {report.changes} recorded); see "
            ).code(f"{ctx.prefix}contact history").text(".").newline()
        if report.preset is not None:
            msg.text(f'This room follows the preset "{report.preset}"')
            if report.preset_issue:
                msg.text(f", but {report.preset_issue}.")
            else:
                msg.text(" and matches it.")
        await ctx.reply(msg)

    async def _apply(self, ctx: CommandContext, args: list[str]) -> None:
        self._expect(ctx, args, 1, 1, "apply <preset>")
        result = await self.contacts.apply_preset(ctx.room_id, ctx.sender, args[0])
        done = f'Applied the preset "{args[0]}".'
        await ctx.reply(render_edit(result, done, ctx.prefix))

    async def _unfollow(self, ctx: CommandContext, args: list[str]) -> None:
        self._expect(ctx, args, 0, 0, "unfollow")
        name = await self.contacts.unfollow(ctx.room_id, ctx.sender)
        await ctx.reply(
            f'This room no longer follows the preset "{name}"; its contacts stay as they are.'
        )

    async def _rollout(self, ctx: CommandContext, args: list[str]) -> None:
        self._expect(ctx, args, 1, 1, "rollout <preset>")
        report = await self.contacts.rollout(args[0], ctx.sender)
        msg = message(
            f'Rolled out the preset "{report.preset}": '
            f"{_plural(len(report.updated), 'room')} updated, "
            f"{len(report.unchanged)} already up to date, {len(report.failed)} failed"
        )
        if report.failed:
            msg.text(":").newline()
            _rooms(msg, report.failed)
        else:
            msg.text(".")
        await ctx.reply(msg)

    async def _stale(self, ctx: CommandContext, args: list[str]) -> None:
        self._expect(ctx, args, 0, 0, "stale")
        issues = await self.contacts.stale(ctx.sender)
        if not issues:
            await ctx.reply("Every room that follows a preset matches it.")
            return
        msg = message().bold(f"Rooms whose contacts differ from their preset ({len(issues)})")
        msg.newline()
        _rooms(msg, issues)
        msg.text("Bring them back with ").code(f"{ctx.prefix}contact rollout <preset>").text(".")
        await ctx.reply(msg)

    # -- !support ------------------------------------------------------------------------------

    async def support(self, ctx: CommandContext) -> None:
        """``!support [server|@user:server] [--refresh]``."""
        args = list(ctx.args)
        refresh = "--refresh" in args
        args = [a for a in args if a != "--refresh"]
        if len(args) > 1:
            raise UserError(f"Usage: {ctx.prefix}support [server|@user:server] [--refresh]")
        if refresh and not self.contacts.access.is_bot_admin(ctx.sender):
            raise PermissionDenied("Only bot admins can skip the cache with --refresh.")
        target = args[0] if args else ctx.sender
        server = parse_server_name(server_of(target) if target.startswith("@") else target)
        if server is None:
            raise UserError(f'"{display_text(target, 80)}" is not a user ID or server name.')
        result = await self.contacts.support(str(server), refresh=refresh)
        await ctx.reply(render_support(server, result, self._clock()))
