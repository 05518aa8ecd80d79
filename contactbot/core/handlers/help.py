"""``!help``, generated from the registry and filtered by what the sender may use."""

from __future__ import annotations

from collections.abc import Iterable

from contactbot import __version__
from contactbot.core.domain.formatting import message
from contactbot.core.errors import UserError
from contactbot.core.handlers.commands import (
    Command,
    CommandContext,
    command_details,
    describe,
)


class MetaCommands:
    def commands(self) -> Iterable[Command]:
        yield Command(
            name="help",
            handler=self.help,
            help_text="List the commands you can use here, or explain one",
            help_args="[command]",
            section="General",
        )

    async def help(self, ctx: CommandContext) -> None:
        registry = ctx.registry
        if ctx.args:
            name = ctx.args[0].removeprefix(ctx.prefix).lower()
            cmd = registry.get(name)
            if cmd is None or not await cmd.access(ctx):
                raise UserError(f"There is no command {ctx.prefix}{name} you can use here.")
            msg = message()
            lines = command_details(cmd, ctx.prefix)
            msg.code(lines[0]).text(f": {cmd.help_text}").newline()
            for line in lines[1:]:
                msg.bullet().text(line).newline()
            await ctx.reply(msg)
            return
        visible = await registry.visible_to(ctx)
        msg = message(f"contactbot {__version__}. Commands you can use here:").newline()
        msg.extend(describe(visible, ctx.prefix))
        msg.text(f"Send {ctx.prefix}help <command> for details.")
        await ctx.reply(msg)
