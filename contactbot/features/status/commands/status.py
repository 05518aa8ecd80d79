"""``!status``: a user's profile status, its history, and forgetting it. Moderators only.

Status text is never shown in a public room (MSC4426, "Moderation"): replies that carry it go
only to the moderators' room or to a direct chat with the bot; elsewhere the bot says where to
ask instead. Every piece of status text, emoji and display name is escaped and shown inside a
spoiler, and nothing pings.
"""

from __future__ import annotations

from datetime import UTC, datetime

from contactbot.core.domain.formatting import Message, message
from contactbot.core.errors import PermissionDenied, UserError
from contactbot.core.handlers.commands import Command, CommandContext
from contactbot.core.services.access import AccessService
from contactbot.features.status.domain.status import (
    CallValue,
    ProfileState,
    StatusValue,
    read_call,
)
from contactbot.features.status.services.status import StatusService
from contactbot.features.status.storage.status import HistoryEntry

DEFAULT_HISTORY = 10
MAX_HISTORY = 50
# Characters of one text shown in a history line (a status is at most 256 bytes; junk is cut).
HISTORY_TEXT_LIMIT = 200
_MATRIX_TO = "https://matrix.to/#/"

STATUS_DETAILS = (
    "!status <@user:server>: the user's current display name, status (m.status) and call "
    "indicator, as last seen.",
    "!status history <@user:server> [n]: the latest n changes (default 10, at most 50), with "
    "when and how each was seen (poll, sync, member event).",
    "!status forget <@user:server>: erase the user's status history (bot admins).",
    "For bot admins and users with kick or ban power in a room the user is in. Status text is "
    "only shown in a direct chat with the bot or in the moderators' room.",
)

PRIVATE_ONLY = (
    "Statuses are not shown in this room, so as not to spread them. Ask me in a direct chat "
    "or in the moderators' room."
)


def _when(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")


def _ago(moment: datetime) -> str:
    seconds = max((datetime.now(UTC) - moment).total_seconds(), 0)
    if seconds < 90:
        return f"{round(seconds)} s ago"
    if seconds < 90 * 60:
        return f"{round(seconds / 60)} min ago"
    if seconds < 48 * 3600:
        return f"{round(seconds / 3600)} h ago"
    return f"{round(seconds / 86400)} days ago"


def parse_user(text: str) -> str:
    """``@user:server`` or a matrix.to link to one; anything else is the user's mistake."""
    if text.startswith(_MATRIX_TO):
        text = text[len(_MATRIX_TO) :]
    if not text.startswith("@") or ":" not in text or len(text) > 255:
        raise UserError("Name the user by their Matrix ID, like @alice:example.org.")
    return text


def _shown(text: str | None, emoji: str | None, limit: int | None = None) -> str | None:
    parts = [p for p in (emoji, text) if p]
    if not parts:
        return None
    shown = " ".join(parts)
    if limit is not None and len(shown) > limit:
        shown = shown[: limit - 1] + "…"
    return shown


def _problem(msg: Message, valid: bool, problem: str | None, notes: tuple[str, ...]) -> None:
    if not valid:
        msg.text(" — malformed: ").text(problem or "unknown problem", limit=300)
    if notes:
        msg.text(" — contains " + ", ".join(notes))


def _status_line(msg: Message, label: str, status: StatusValue) -> None:
    msg.bullet().text(f"{label} ")
    if status.source_key is not None:
        msg.code(status.source_key)
    msg.text(": ")
    shown = _shown(status.text, status.emoji)
    if shown is None:
        msg.italic("no text")
    else:
        msg.spoiler(shown, "status")
    _problem(msg, status.valid, status.problem, status.notes)
    msg.newline()


def _call_text(call: CallValue) -> str:
    if call.joined_ts is not None:
        since = datetime.fromtimestamp(call.joined_ts, UTC)
        return f"in a call since {_when(since)}"
    return "in a call"


def _call_line(msg: Message, label: str, call: CallValue) -> None:
    msg.bullet().text(f"{label} ")
    if call.source_key is not None:
        msg.code(call.source_key)
    msg.text(": " + _call_text(call))
    if call.text:
        msg.text(" ").spoiler(call.text, "call")
    _problem(msg, call.valid, call.problem, ())
    msg.newline()


def render_current(user_id: str, state: ProfileState, msg: Message) -> None:
    msg.bullet().text("Display name: ")
    if state.displayname is None:
        msg.italic("none")
    else:
        msg.spoiler(state.displayname, "display name")
    if state.displayname_problem:
        msg.text(" — ").text(state.displayname_problem, limit=300)
    msg.newline()
    if state.status.cleared:
        msg.bullet().text("Status: ").italic("none").newline()
    else:
        _status_line(msg, "Status", state.status)
        for shadowed in state.status.shadowed:
            _status_line(msg, "Also set under", shadowed)
    if state.call.in_call:
        _call_line(msg, "Call", state.call)
        for shadowed_call in state.call.shadowed:
            _call_line(msg, "Also set under", shadowed_call)
    else:
        msg.bullet().text("Call: not in a call").newline()


def render_entry(entry: HistoryEntry, msg: Message) -> None:
    msg.bullet().text(f"{_when(entry.observed_at)} · {entry.field} · {entry.via}: ")
    if entry.value is None:
        msg.italic("ended" if entry.field == "call" else "cleared")
    elif entry.field == "call":
        msg.text(_call_text(read_call(entry.source_key or "m.call", entry.value)))
        if entry.text:
            msg.text(" ").spoiler(_shown(entry.text, None, HISTORY_TEXT_LIMIT) or "", "call")
    else:
        shown = _shown(entry.text, entry.emoji, HISTORY_TEXT_LIMIT)
        if shown is None:
            msg.italic("no text")
        else:
            msg.spoiler(shown, entry.field)
    if entry.field != "displayname" and entry.source_key and entry.value is not None:
        msg.text(" (").code(entry.source_key).text(")")
    if entry.variants:
        msg.text(f" [{len(entry.variants)} keys set]")
    _problem(msg, entry.valid, entry.problem, entry.notes)
    msg.newline()


class StatusCommands:
    def __init__(self, status: StatusService, access: AccessService) -> None:
        self.status = status
        self.access = access

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
        """May the sender see ``user_id``'s status here? False: told where to ask instead."""
        if not await self.access.is_moderator(ctx.sender, user_id):
            raise PermissionDenied(
                f"Only bot admins and moderators of a room {user_id} is in may see their status."
            )
        if not await self.status.is_private_room(ctx.room_id, ctx.sender):
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
            parts.append(f"last change seen {_ago(current.changed_at)}")
        if current.last_fetched_at is not None:
            parts.append(f"last fetched {_ago(current.last_fetched_at)}")
        if refreshing:
            parts.append("fetching again now")
        if not current.tracked:
            parts.append("no longer followed: no shared room")
        if parts:
            msg.text(f" ({'; '.join(parts)})")
        msg.newline()
        render_current(user_id, current.state, msg)
        await ctx.reply(msg)

    async def _history(self, ctx: CommandContext, args: list[str]) -> None:
        if not args or len(args) > 2:
            raise UserError(f"Usage: {ctx.prefix}status history <@user:server> [n]")
        user_id = parse_user(args[0])
        limit = DEFAULT_HISTORY
        if len(args) == 2:
            try:
                limit = int(args[1])
            except ValueError:
                raise UserError("n must be a whole number, like 20.") from None
            if not 1 <= limit <= MAX_HISTORY:
                raise UserError(f"n must be between 1 and {MAX_HISTORY}.")
        if not await self._check(ctx, user_id):
            return
        entries = await self.status.history(user_id, limit)
        msg = message()
        if not entries:
            msg.text("No status history recorded for ").user(user_id).text(".")
            await ctx.reply(msg)
            return
        msg.bold(f"Latest {len(entries)} status changes of ").user(user_id)
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
        noun = "entry" if erased == 1 else "entries"
        msg = message(f"Erased {erased} status-history {noun} of ")
        msg.user(user_id).text(".")
        if self.status.is_tracked(user_id):
            msg.text(
                " They still share a room with me, so their current profile will be recorded "
                "again at the next fetch."
            )
        await ctx.reply(msg)
