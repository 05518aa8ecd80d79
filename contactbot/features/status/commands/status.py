"""``!status``: a user's profile status, its history, and forgetting it. Moderators only.

Status text is never shown in a public room (MSC4426, "Moderation"): replies that carry it go
only to the moderators' room or to a direct chat with the bot (the core's one
``RoomService.is_private_room`` rule); elsewhere the bot says where to ask instead. Rendering is
in ``views``.
"""

from __future__ import annotations

from contactbot.core.domain.formatting import format_since, message, plural
from contactbot.core.errors import PermissionDenied, UserError
from contactbot.core.handlers.commands import Command, CommandContext, parse_count
from contactbot.core.services.access import AccessService
from contactbot.core.services.rooms import RoomService
from contactbot.features.status.commands.views import render_current, render_entry
from contactbot.features.status.services.status import StatusService

DEFAULT_HISTORY = 10
MAX_HISTORY = 50
_MATRIX_TO = "https://matrix.to/#/"

STATUS_DETAILS = (
    "!status <@user:server>: the user's current display name, status (m.status), call "
    "indicator, client status and bio, as last seen.",
    "!status history <@user:server> [n]: the latest n changes (default 10, at most 50), with "
    "when and how each was seen (poll, sync, member event).",
    "!status forget <@user:server>: erase the user's status history (bot admins).",
    'For moderators (docs/moderation.md, "Who is a moderator"), never about themselves. '
    "Status text is only shown in a direct chat with the bot or in the moderators' room.",
)

PRIVATE_ONLY = (
    "Statuses are not shown in this room, so as not to spread them. Ask me in a direct chat "
    "or in the moderators' room."
)


def parse_user(text: str) -> str:
    """``@user:server`` or a matrix.to link to one; anything else is the user's mistake."""
    if text.startswith(_MATRIX_TO):
        text = text[len(_MATRIX_TO) :]
    if not text.startswith("@") or ":" not in text or len(text) > 255:
        raise UserError("Name the user by their Matrix ID, like @alice:example.org.")
    return text


class StatusCommands:
    """The ``!status`` command and its subcommands."""

    def __init__(
        self,
        status: StatusService,
        access: AccessService,
        rooms: RoomService,
    ) -> None:
        self.status = status
        self.access = access
        self.rooms = rooms

    def commands(self) -> list[Command]:
        return [
            Command(
                name="status",
                handler=self.run,
                help_text="A user's profile status and its history (moderators)",
                help_args="[history|forget] <@user:server> [n]",
                access=self._any_moderator,
                section="Moderation",
                details=STATUS_DETAILS,
            )
        ]

    async def _any_moderator(self, ctx: CommandContext) -> bool:
        return await self.access.is_moderator(ctx.sender)

    async def run(self, ctx: CommandContext) -> None:
        args = ctx.args
        if not args:
            raise UserError(ctx.usage())
        sub = args[0].lower()
        if sub == "history":
            await self._history(ctx, args[1:])
        elif sub == "forget":
            await self._forget(ctx, args[1:])
        elif len(args) == 1:
            await self._current(ctx, parse_user(args[0]))
        else:
            raise UserError(ctx.usage())

    async def _check(self, ctx: CommandContext, user_id: str) -> bool:
        """May the sender see ``user_id``'s status here? False: told where to ask instead.

        The core's one moderator rule decides (``AccessService.is_moderator``).
        """
        if not await self.access.is_moderator(ctx.sender, user_id):
            raise PermissionDenied(
                f"Only bot admins and moderators of a room {user_id} is in may see their status."
            )
        private = await self.rooms.is_private_room(
            ctx.room_id, ctx.sender, moderators_room=await self.access.moderators_room.current()
        )
        if not private:
            await ctx.reply(PRIVATE_ONLY)
            return False
        return True

    async def _current(self, ctx: CommandContext, user_id: str) -> None:
        if not await self._check(ctx, user_id):
            return
        current = await self.status.current(user_id)
        refreshing = self.status.bump(user_id, "command")
        msg = message().bold("Status of ").user(user_id)
        if current.state is None:
            msg.newline().text("Nothing recorded yet. ")
            if current.tracked:
                msg.text("Their profile is being fetched; ask again in a moment.")
            else:
                msg.text("They share no room with me, so I do not follow their profile.")
            await ctx.reply(msg)
            return
        parts: list[str] = []
        if current.changed_at is not None:
            parts.append(f"last change seen {format_since(current.changed_at)}")
        if current.last_fetched_at is not None:
            parts.append(f"last fetched {format_since(current.last_fetched_at)}")
        if refreshing:
            parts.append("fetching again now")
        if not current.tracked:
            parts.append("no longer followed: no shared room")
        if parts:
            msg.text(f" ({'; '.join(parts)})")
        msg.newline()
        render_current(current.state, msg)
        await ctx.reply(msg)

    async def _history(self, ctx: CommandContext, args: list[str]) -> None:
        if not args or len(args) > 2:
            raise UserError(f"Usage: {ctx.prefix}status history <@user:server> [n]")
        user_id = parse_user(args[0])
        limit = DEFAULT_HISTORY
        if len(args) == 2:
            limit = parse_count(args[1], maximum=MAX_HISTORY)
        if not await self._check(ctx, user_id):
            return
        entries = await self.status.history(user_id, limit)
        msg = message()
        if not entries:
            msg.text("No status history recorded for ").user(user_id).text(".")
            await ctx.reply(msg)
            return
        msg.bold(f"Latest {plural(len(entries), 'status change')} of ").user(user_id)
        msg.text(" (newest first)").newline()
        for entry in entries:
            render_entry(entry, msg)
        await ctx.reply(msg)

    async def _forget(self, ctx: CommandContext, args: list[str]) -> None:
        if len(args) != 1:
            raise UserError(f"Usage: {ctx.prefix}status forget <@user:server>")
        user_id = parse_user(args[0])
        if not self.access.is_bot_admin(ctx.sender):
            raise PermissionDenied("Only bot admins may erase status history.")
        erased = await self.status.forget(user_id)
        msg = message(f"Erased {plural(erased, 'status-history entry', 'status-history entries')}")
        msg.text(" of ").user(user_id).text(".")
        if self.status.is_tracked(user_id):
            msg.text(
                " They still share a room with me, so their current profile will be recorded "
                "again at the next fetch."
            )
        await ctx.reply(msg)
