"""``!moderation``: the moderation settings, and the moderators' room chosen from Matrix."""

from __future__ import annotations

from collections.abc import Iterable

from contactbot.core.errors import UserError
from contactbot.core.handlers.commands import Command, CommandContext
from contactbot.core.services.access import AccessService
from contactbot.features.moderation.commands.settings_view import render_overview
from contactbot.features.moderation.services.settings import SettingsService

MODERATION_DETAILS = (
    "!moderation: the moderators' room (and where it was set), on-call moderators, dry run.",
    "!moderation room here: make this room the moderators' room (bot admins). It overrides "
    "moderation.room, outlives restarts and takes effect at once.",
    "!moderation room default: go back to the config file's moderation.room (bot admins).",
)


class SettingsCommands:
    """``!moderation`` for moderators; changing the room for bot admins only."""

    def __init__(self, service: SettingsService, access: AccessService) -> None:
        self.service = service
        self.access = access

    def commands(self) -> Iterable[Command]:
        yield Command(
            name="moderation",
            handler=self.run,
            help_text="The moderation settings; bot admins set the moderators' room here",
            help_args="[room here|room default]",
            access=self._is_moderator,
            section="Moderation",
            details=MODERATION_DETAILS,
        )

    async def _is_moderator(self, ctx: CommandContext) -> bool:
        return await self.access.is_moderator(ctx.sender)

    async def run(self, ctx: CommandContext) -> None:
        args = [a.lower() for a in ctx.args]
        if not args:
            await ctx.reply(render_overview(await self.service.overview(), ctx.prefix))
            return
        if args == ["room", "here"]:
            room: str | None = ctx.room_id
        elif args == ["room", "default"]:
            room = None
        else:
            raise UserError(ctx.usage())
        changed = await self.service.choose_room(room, ctx.sender, source_event_id=ctx.event_id)
        if not changed:
            return
        if room is None:
            configured = self.service.room.configured
            await ctx.reply(
                "The moderators' room is the config file's again: "
                + (configured or "none (moderation.room is empty)")
                + "."
            )
        else:
            await ctx.reply(
                "This room is now the moderators' room: flag notices come here, and reactions "
                "on them and !flags are answered here."
            )
