"""``!flags`` and ``!flag``: moderators list, inspect and review flags.

A flag's text is what is being reported, so these commands answer only in the moderators' room
or in a direct chat with the bot, never in a room other people read. Replies never ping.
"""

from __future__ import annotations

from collections.abc import Iterable

from contactbot.core.domain.formatting import message
from contactbot.core.errors import UserError
from contactbot.core.handlers.commands import Command, CommandContext
from contactbot.core.services.access import AccessService
from contactbot.core.services.moderators_room import ModeratorsRoom
from contactbot.core.services.rooms import RoomService
from contactbot.features.moderation.commands.views import (
    describe_outcome,
    render_announcement,
    render_details,
    render_flag_line,
)
from contactbot.features.moderation.domain.flags import FLAG_STATES, FlagState, is_flag_state
from contactbot.features.moderation.domain.review import (
    REVIEW_ACTIONS,
    ReviewOutcome,
    is_review_action,
)
from contactbot.features.moderation.services.review import ReviewService

FLAGS_DETAILS = (
    "!flags: open flags, newest first, with their IDs.",
    "!flags confirmed|dismissed|actioned|all: flags in another state.",
    "Bot admins and the moderators' room see every flag; room moderators (if "
    "moderation.room_moderators is on) see flags of the members of the rooms they moderate.",
)
FLAG_DETAILS = (
    "!flag <id>: the flag's text, why it matched, the shared rooms and its history.",
    "!flag <id> confirm: the text is offensive (no action yet).",
    "!flag <id> dismiss: a false positive; this text of this user is not flagged again.",
    "!flag <id> kick [reason]: kick the user from every shared room where both you and I can.",
    "!flag <id> ban [reason]: ban likewise (and publish a policy rule, if configured).",
    "!flag <id> unban: revert a ban: remove its policy rule from the list and dismiss the flag "
    "(room bans are lifted by hand).",
    "The reason is public, so it must not quote the flagged text; by default it is "
    '"Offensive profile status (contactbot flag #<id>)".',
    "Only in the moderators' room or a direct chat with me; a review in a direct chat is "
    "announced in the moderators' room. Reactions on the flag notice do the same: ✅ confirm, "
    "❌ dismiss, 🔨 ban.",
)


def parse_flag_id(value: str) -> int:
    digits = value.removeprefix("#")
    if not (digits.isascii() and digits.isdigit()) or len(digits) > 18:
        raise UserError(f"{value!r:.40} is not a flag number; see !flags.")
    return int(digits)


class ModerationCommands:
    """``!flags`` and ``!flag``, answering only in private rooms."""

    def __init__(
        self,
        review: ReviewService,
        access: AccessService,
        rooms: RoomService,
        *,
        moderators_room: ModeratorsRoom,
    ) -> None:
        self.review = review
        self.access = access
        self.rooms = rooms
        self.moderators_room = moderators_room

    def commands(self) -> Iterable[Command]:
        yield Command(
            name="flags",
            handler=self.flags,
            help_text="Flags of offensive statuses and display names, newest first",
            help_args="[open|confirmed|dismissed|actioned|all]",
            access=self._is_moderator,
            section="Moderation",
            details=FLAGS_DETAILS,
        )
        yield Command(
            name="flag",
            handler=self.flag,
            help_text="A flag's details and history, or review it",
            help_args="<id> [confirm|dismiss|kick|ban|unban] [reason]",
            access=self._is_moderator,
            section="Moderation",
            details=FLAG_DETAILS,
        )

    async def _is_moderator(self, ctx: CommandContext) -> bool:
        return await self.access.is_moderator(ctx.sender)

    async def _require_private(self, ctx: CommandContext) -> None:
        if not await self.rooms.is_private_room(
            ctx.room_id, ctx.sender, moderators_room=await self.moderators_room.current()
        ):
            raise UserError(
                "Flags show what was reported, so I only discuss them in the moderators' room "
                "or in a direct chat with me."
            )

    async def flags(self, ctx: CommandContext) -> None:
        """``!flags [state]``."""
        await self._require_private(ctx)
        which = ctx.args[0].lower() if ctx.args else "open"
        if which == "all":
            states: tuple[FlagState, ...] = FLAG_STATES
        elif is_flag_state(which):
            states = (which,)
        else:
            raise UserError(ctx.usage())
        flags, total = await self.review.visible_flags(ctx.sender, states)
        if not flags:
            await ctx.reply(f"No {'' if which == 'all' else which + ' '}flags.")
            return
        msg = message().bold(f"{which.capitalize()} flags ({total})").newline()
        for flag in flags:
            render_flag_line(msg, flag)
        if total > len(flags):
            msg.text(f"… and {total - len(flags)} older.").newline()
        msg.text("Details: ").code(f"{ctx.prefix}flag <id>").text("; review: ")
        msg.code(f"{ctx.prefix}flag <id> confirm|dismiss|kick|ban [reason]").text(".")
        await ctx.reply(msg)

    async def flag(self, ctx: CommandContext) -> None:
        """``!flag <id>`` or ``!flag <id> <action> [reason]``."""
        if not ctx.args:
            raise UserError(ctx.usage())
        await self._require_private(ctx)
        flag_id = parse_flag_id(ctx.args[0])
        if len(ctx.args) == 1:
            details = await self.review.details(flag_id, ctx.sender)
            await ctx.reply(render_details(details))
            return
        action = ctx.args[1].lower()
        if not is_review_action(action):
            raise UserError(
                f"Unknown action {ctx.args[1]!r:.40}; use one of {', '.join(REVIEW_ACTIONS)}."
            )
        reason = " ".join(ctx.args[2:]) or None
        outcome = await self.review.review(
            flag_id, ctx.sender, action, reason, source_event_id=ctx.event_id
        )
        if outcome.replayed:
            return
        await ctx.reply(describe_outcome(outcome))
        await self._announce(ctx, outcome)

    async def _announce(self, ctx: CommandContext, outcome: ReviewOutcome) -> None:
        """A review done elsewhere (a direct chat) is told to the moderators' room."""
        room = await self.moderators_room.current()
        if not room or room == ctx.room_id:
            return
        msg = render_announcement(outcome, ctx.room_id)
        # Derived from the command's event ID, like replies: a retried command posts it once.
        await ctx.replies.send_message(room, msg.content(), txn_id=f"cb.{ctx.event_id}.announce")
