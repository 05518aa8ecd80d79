"""``!contact`` and ``!support``: who to contact about a room, and a server's support info.

Parsing the arguments and calling the services; the replies are rendered in :mod:`.views`,
:mod:`.report_views` and :mod:`.support_views`.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Iterable

from contactbot.core.domain.formatting import Message, message
from contactbot.core.domain.ids import server_of
from contactbot.core.errors import PermissionDenied, UserError
from contactbot.core.handlers.commands import Command, CommandContext, parse_count
from contactbot.features.contacts.commands.report_views import (
    render_history,
    render_problems,
    render_rollout,
    render_stale,
)
from contactbot.features.contacts.commands.support_views import render_support
from contactbot.features.contacts.commands.views import render_answer, render_edit
from contactbot.features.contacts.domain.support import WELL_KNOWN_PATH
from contactbot.features.contacts.domain.validation import (
    ServerName,
    display_text,
    parse_server_name,
)
from contactbot.features.contacts.services.answering import ContactQuery
from contactbot.features.contacts.services.contacts import ContactService
from contactbot.features.contacts.services.lookups import ReplyTo

DEFAULT_HISTORY = 10
MAX_HISTORY = 50

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
            query = await self.contacts.answers.query(ctx.room_id, purpose)
        except UserError as err:
            if purpose is None:
                raise
            raise UserError(
                f"{err.message} Subcommands are listed by {ctx.prefix}help contact."
            ) from err
        missing = await self.contacts.answers.uncached(query)
        if not missing:
            await ctx.reply(await self._answer(query, ctx.prefix))
            return
        # A fetch can take seconds: it runs outside this command's worker slot.
        self.contacts.lookups.admit(ctx.sender)
        pending = message(
            f"Looking up the support information of {', '.join(missing)}; "
            "I will answer here when it arrives."
        )
        await self.contacts.lookups.defer(
            self._reply_to(ctx), lambda: self._answer(query, ctx.prefix), pending
        )

    async def _answer(self, query: ContactQuery, prefix: str) -> Message:
        answer = await self.contacts.answers.answer(query)
        return render_answer(answer, self.contacts.settings.max_shown, prefix)

    @staticmethod
    def _reply_to(ctx: CommandContext) -> ReplyTo:
        return ReplyTo(ctx.room_id, ctx.event_id, ctx.sender, ctx.replies)

    @staticmethod
    def _expect(ctx: CommandContext, args: list[str], low: int, high: int, usage: str) -> None:
        if not low <= len(args) <= high:
            raise UserError(f"Usage: {ctx.prefix}contact {usage}")

    async def _add(self, ctx: CommandContext, args: list[str]) -> None:
        self._expect(ctx, args, 2, 2, "add <role> <@user:server|email>")
        result = await self.contacts.editing.add(ctx.room_id, ctx.sender, args[0], args[1])
        await ctx.reply(render_edit(result, "Added.", ctx.prefix))

    async def _remove(self, ctx: CommandContext, args: list[str]) -> None:
        self._expect(ctx, args, 1, 2, "remove <@user:server|email> [role]")
        role = args[1] if len(args) > 1 else None
        result = await self.contacts.editing.remove(ctx.room_id, ctx.sender, args[0], role)
        await ctx.reply(render_edit(result, "Removed.", ctx.prefix))

    async def _page(self, ctx: CommandContext, args: list[str]) -> None:
        self._expect(ctx, args, 1, 1, "page <https://…|none>")
        url = None if args[0].lower() == "none" else args[0]
        result = await self.contacts.editing.set_page(ctx.room_id, ctx.sender, url)
        done = "Support page removed." if url is None else "Support page set."
        await ctx.reply(render_edit(result, done, ctx.prefix))

    async def _via(self, ctx: CommandContext, args: list[str]) -> None:
        self._expect(ctx, args, 1, 1, "via <server|none>")
        server = None if args[0].lower() == "none" else args[0]
        result = await self.contacts.editing.set_via(ctx.room_id, ctx.sender, server)
        done = "support_via removed." if server is None else "support_via set."
        await ctx.reply(render_edit(result, done, ctx.prefix))

    async def _clear(self, ctx: CommandContext, args: list[str]) -> None:
        self._expect(ctx, args, 0, 0, "clear")
        result = await self.contacts.editing.clear(ctx.room_id, ctx.sender)
        await ctx.reply(render_edit(result, "Cleared the room's contacts.", ctx.prefix))

    async def _history(self, ctx: CommandContext, args: list[str]) -> None:
        self._expect(ctx, args, 0, 1, "history [n]")
        limit = parse_count(args[0], maximum=MAX_HISTORY) if args else DEFAULT_HISTORY
        entries = await self.contacts.tracking.history(ctx.room_id, limit)
        await ctx.reply(render_history(entries))

    async def _problems(self, ctx: CommandContext, args: list[str]) -> None:
        self._expect(ctx, args, 0, 0, "problems")
        report = await self.contacts.reports.problems(ctx.room_id, ctx.sender)
        await ctx.reply(render_problems(report, ctx.prefix))

    async def _apply(self, ctx: CommandContext, args: list[str]) -> None:
        self._expect(ctx, args, 1, 1, "apply <preset>")
        result = await self.contacts.presets.apply(ctx.room_id, ctx.sender, args[0])
        done = f'Applied the preset "{args[0]}".'
        await ctx.reply(render_edit(result, done, ctx.prefix))

    async def _unfollow(self, ctx: CommandContext, args: list[str]) -> None:
        self._expect(ctx, args, 0, 0, "unfollow")
        name = await self.contacts.presets.unfollow(ctx.room_id, ctx.sender)
        await ctx.reply(
            f'This room no longer follows the preset "{name}"; its contacts stay as they are.'
        )

    async def _rollout(self, ctx: CommandContext, args: list[str]) -> None:
        self._expect(ctx, args, 1, 1, "rollout <preset>")
        report = await self.contacts.presets.rollout(args[0], ctx.sender)
        await ctx.reply(render_rollout(report))

    async def _stale(self, ctx: CommandContext, args: list[str]) -> None:
        self._expect(ctx, args, 0, 0, "stale")
        issues = await self.contacts.presets.stale(ctx.sender)
        await ctx.reply(render_stale(issues, ctx.prefix))

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
        if not refresh:
            cached = await self.contacts.answers.cached_support(str(server))
            if cached is not None:
                await ctx.reply(render_support(server, cached, self._clock()))
                return
        self.contacts.lookups.admit(ctx.sender)
        pending = message("Looking up ").code(f"https://{server.url_host}{WELL_KNOWN_PATH}")
        pending.text("; I will answer here when it arrives.")
        await self.contacts.lookups.defer(
            self._reply_to(ctx), lambda: self._support_answer(server, refresh), pending
        )

    async def _support_answer(self, server: ServerName, refresh: bool) -> Message:
        result = await self.contacts.answers.support(str(server), refresh=refresh)
        return render_support(server, result, self._clock())
