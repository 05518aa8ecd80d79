"""``!inbox``: bot admins list parked events and effects, and requeue events after a fix."""

from __future__ import annotations

from collections.abc import Iterable

from contactbot.core.domain.formatting import Message, message, plural
from contactbot.core.errors import UserError
from contactbot.core.handlers.commands import Command, CommandContext
from contactbot.core.services.access import AccessService
from contactbot.core.services.inbox import InboxService
from contactbot.core.services.outbox import Outbox

SHOWN = 10


class InboxAdminCommands:
    def __init__(self, inbox: InboxService, outbox: Outbox, access: AccessService) -> None:
        self.inbox = inbox
        self.outbox = outbox
        self.access = access

    def commands(self) -> Iterable[Command]:
        yield Command(
            name="inbox",
            handler=self.run,
            help_text="Parked events and effects: list them, or requeue events (bot admins)",
            help_args="[failed | retry <id>… | retry all]",
            access=self._admin,
            section="Administration",
            details=(
                "inbox: counts of events and effects by status",
                "inbox failed: the latest parked events and refused effects, with their errors",
                "inbox retry <id> [<id>…] | retry all: process parked events again",
            ),
        )

    async def _admin(self, ctx: CommandContext) -> bool:
        return self.access.is_bot_admin(ctx.sender)

    async def run(self, ctx: CommandContext) -> None:
        action = ctx.args[0].lower() if ctx.args else ""
        if action == "":
            await ctx.reply(await self._summary())
        elif action == "failed":
            await ctx.reply(await self._failed())
        elif action == "retry":
            ids = _ids(ctx.args[1:])
            count = await self.inbox.requeue(ids)
            await ctx.reply(f"Requeued {plural(count, 'parked event')}.")
        else:
            raise UserError(f"Usage: {ctx.prefix}inbox [failed | retry <id>… | retry all]")

    async def _summary(self) -> str:
        events = await self.inbox.refresh_depth()
        effects = await self.outbox.counts()
        shown = ", ".join(f"{n} {status}" for status, n in sorted(events.items())) or "empty"
        sent = ", ".join(f"{n} {status}" for status, n in sorted(effects.items())) or "empty"
        return f"Inbox events: {shown}. Outbox effects: {sent}."

    async def _failed(self) -> Message | str:
        events = await self.inbox.parked(SHOWN)
        effects = await self.outbox.failed(SHOWN)
        if not events and not effects:
            return "Nothing is parked."
        msg = message()
        if events:
            msg.text(f"Parked events (latest {len(events)}):").newline()
            for row in events:
                msg.bullet().code(str(row["id"])).text(f" {row['status']} ")
                msg.code(str(row["event_type"] or "?"), limit=60).text(" in ")
                msg.code(str(row["room_key"] or "?"), limit=80)
                msg.text(f" after {plural(int(row['attempts']), 'attempt')}: ")
                msg.code(str(row["last_error"] or ""), limit=200).newline()
        if effects:
            msg.text(f"Refused effects (latest {len(effects)}):").newline()
            for row in effects:
                msg.bullet().code(str(row["kind"])).text(" to ")
                msg.code(str(row["room_id"]), limit=80).text(": ")
                msg.code(str(row["last_error"] or ""), limit=200).newline()
        return msg


def _ids(args: list[str]) -> list[int] | None:
    if args == ["all"]:
        return None
    if not args or not all(a.isascii() and a.isdigit() for a in args):
        raise UserError("Name the parked events to requeue by their numbers, or say all.")
    return [int(a) for a in args]
