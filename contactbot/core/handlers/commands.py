"""Commands: declared as values, registered on an instance, dispatched with error handling.

There is no import-time global registry: each feature's handler class returns its ``Command``s
from ``commands()``, and the composition root registers them on one ``CommandRegistry``.
"""

from __future__ import annotations

import itertools
import logging
import shlex
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from typing import Protocol

from contactbot.core.domain.formatting import Message, message
from contactbot.core.errors import DatabaseUnavailable, HomeserverUnavailable, UserError
from contactbot.core.metrics import Metrics
from contactbot.core.services.outbox import MessageSender
from contactbot.core.services.ratelimit import CommandRateLimiter

log = logging.getLogger(__name__)

# Longest command line looked at; anything longer is refused before parsing.
MAX_COMMAND_LENGTH = 4000


class CommandSource(Protocol):
    def commands(self) -> Iterable[Command]: ...


# How many admitted command events are remembered, so a replay is not charged twice.
ADMITTED_REMEMBERED = 10_000

AccessCheck = Callable[["CommandContext"], Awaitable[bool]]


async def anyone(ctx: CommandContext) -> bool:
    return True


@dataclass(frozen=True, slots=True)
class Command:
    name: str
    handler: Callable[[CommandContext], Awaitable[None]]
    help_text: str
    help_args: str = ""
    aliases: tuple[str, ...] = ()
    # Decides both who may run the command and whether ``!help`` lists it for the sender.
    access: AccessCheck = anyone
    section: str = "General"
    # Extra lines shown by ``!help <command>`` (subcommands and their arguments).
    details: tuple[str, ...] = ()


@dataclass(slots=True)
class CommandContext:
    """One command invocation. ``reply`` sends an m.notice replying to the command."""

    sender: str
    room_id: str
    event_id: str
    name: str
    args: list[str]
    raw_args: str
    prefix: str
    replies: MessageSender
    registry: CommandRegistry
    _replies: itertools.count[int] = field(default_factory=itertools.count)

    def _txn_id(self) -> str:
        # Derived from the command's event ID: if processing is retried after a crash, the
        # homeserver recognises the same transaction and does not post the reply twice.
        return f"cb.{self.event_id}.{next(self._replies)}"

    async def reply(self, msg: Message | str) -> str:
        if isinstance(msg, str):
            msg = message(msg)
        return await self.replies.send_message(
            self.room_id, msg.content(reply_to=self.event_id), txn_id=self._txn_id()
        )

    async def reply_pinging(self, msg: Message, mentions: list[str]) -> str:
        """A deliberate ping: ``m.text`` with exactly ``mentions`` in ``m.mentions``."""
        return await self.replies.send_message(
            self.room_id,
            msg.content(reply_to=self.event_id, mentions=mentions),
            txn_id=self._txn_id(),
        )

    def usage(self) -> str:
        cmd = self.registry.get(self.name)
        args = f" {cmd.help_args}" if cmd and cmd.help_args else ""
        return f"Usage: {self.prefix}{self.name}{args}"


def parse_count(text: str, *, name: str = "n", maximum: int) -> int:
    """A whole number from 1 to ``maximum`` typed by a user; anything else is refused.

    Every command that takes a count (history lengths, list sizes) reads it here, so the same
    input gets the same answer everywhere: out-of-range values are refused, not clamped.
    """
    if not (text.isascii() and text.isdigit()):
        raise UserError(f"{name} must be a whole number from 1 to {maximum}, like 20.")
    value = int(text)
    if not 1 <= value <= maximum:
        raise UserError(f"{name} must be from 1 to {maximum}.")
    return value


def split_args(raw: str) -> list[str]:
    """Shell-like splitting with quotes; an unbalanced quote is the user's mistake."""
    try:
        return shlex.split(raw)
    except ValueError as err:
        raise UserError(f"Could not read the arguments: {err}.") from err


class CommandRegistry:
    def __init__(
        self,
        prefix: str,
        replies: MessageSender,
        metrics: Metrics,
        rate_limiter: CommandRateLimiter | None = None,
    ) -> None:
        self.prefix = prefix
        # Where replies go: the outbox in the bot, so each is sent exactly once.
        self.replies = replies
        self.metrics = metrics
        self.rate_limiter = rate_limiter
        self._commands: dict[str, Command] = {}
        self._by_name: dict[str, Command] = {}
        self._error_refs = itertools.count(1)
        # Command events already charged to the rate limits (most recent last).
        self._admitted: OrderedDict[str, None] = OrderedDict()

    def register(self, source: CommandSource | Command) -> None:
        commands = [source] if isinstance(source, Command) else list(source.commands())
        for cmd in commands:
            for name in (cmd.name, *cmd.aliases):
                if name in self._commands:
                    raise ValueError(f"command {name!r} registered twice")
                self._commands[name] = cmd
            self._by_name[cmd.name] = cmd

    def get(self, name: str) -> Command | None:
        return self._commands.get(name)

    def all(self) -> list[Command]:
        return list(self._by_name.values())

    async def visible_to(self, ctx: CommandContext) -> list[Command]:
        return [cmd for cmd in self._by_name.values() if await cmd.access(ctx)]

    def parse(self, body: str) -> tuple[str, str] | None:
        """``(name, raw_args)`` if ``body`` is a command, else None."""
        if not body.startswith(self.prefix):
            return None
        # Any whitespace ends the name: "!help\ncontact" is help with an argument.
        parts = body[len(self.prefix) :].split(maxsplit=1)
        if not parts:
            return None
        return parts[0].lower(), parts[1].strip() if len(parts) > 1 else ""

    async def handle(self, sender: str, room_id: str, event_id: str, body: str) -> bool:
        """Run the command in ``body``, if it is one. Returns whether it was a command."""
        parsed = self.parse(body)
        if parsed is None:
            return False
        name, raw_args = parsed
        ctx = CommandContext(
            sender=sender,
            room_id=room_id,
            event_id=event_id,
            name=name,
            args=[],
            raw_args=raw_args,
            prefix=self.prefix,
            replies=self.replies,
            registry=self,
        )
        if self.rate_limiter is not None and not self._admit(
            self.rate_limiter, event_id, sender, room_id
        ):
            # Label by known name only: every distinct unknown name would be a new series.
            known = self._commands.get(name)
            self.metrics.commands.labels(known.name if known else "unknown", "rate_limited").inc()
            if self.rate_limiter.should_warn(sender, room_id):
                wait = self.rate_limiter.retry_after(sender, room_id)
                await ctx.reply(f"Too many commands; please wait {max(wait, 1):.0f} s.")
            return True
        cmd = self._commands.get(name)
        if cmd is None:
            await ctx.reply(
                message("Unknown command ")
                .code(f"{self.prefix}{name}", limit=64)
                .text(". Try ")
                .code(f"{self.prefix}help")
                .text(".")
            )
            self.metrics.commands.labels("unknown", "user_error").inc()
            return True
        ctx.name = cmd.name
        await self._run(cmd, ctx)
        return True

    def _admit(
        self, limiter: CommandRateLimiter, event_id: str, sender: str, room_id: str
    ) -> bool:
        """Charge the rate limits once per command event.

        An event replayed after an outage (or a crash) was admitted before; charging it again
        would let a long outage turn a user's queued commands into "too many commands".
        """
        if event_id in self._admitted:
            self._admitted.move_to_end(event_id)
            return True
        if not limiter.allow(sender, room_id):
            return False
        self._admitted[event_id] = None
        if len(self._admitted) > ADMITTED_REMEMBERED:
            self._admitted.popitem(last=False)
        return True

    async def _run(self, cmd: Command, ctx: CommandContext) -> None:
        try:
            if len(ctx.raw_args) > MAX_COMMAND_LENGTH:
                raise UserError("That command is too long.")
            ctx.args = split_args(ctx.raw_args)
            if not await cmd.access(ctx):
                raise UserError(f"You are not allowed to use {self.prefix}{cmd.name} here.")
            await cmd.handler(ctx)
        except (HomeserverUnavailable, DatabaseUnavailable):
            # Not the command's fault: let the inbox retry the whole event later, so the
            # reply is delayed rather than lost. (An error reply now would also take the
            # transaction ID the real reply needs on the retry.)
            self.metrics.commands.labels(cmd.name, "retry").inc()
            raise
        except UserError as err:
            self.metrics.commands.labels(cmd.name, "user_error").inc()
            await ctx.reply(err.message)
            return
        except Exception:
            ref = next(self._error_refs)
            log.exception("Command %s%s failed (ref: %d)", self.prefix, cmd.name, ref)
            self.metrics.commands.labels(cmd.name, "error").inc()
            self.metrics.failures.labels("command").inc()
            await self._reply_error(ctx, ref)
            return
        self.metrics.commands.labels(cmd.name, "ok").inc()

    @staticmethod
    async def _reply_error(ctx: CommandContext, ref: int) -> None:
        # Re-raising here would retry the whole event; the user already got an answer.
        try:
            await ctx.reply(
                f"Something went wrong on my side (ref: {ref}). An admin can "
                "find the details in the log."
            )
        except Exception:
            log.exception("Could not tell %s about error ref %d", ctx.sender, ref)


def command_details(cmd: Command, prefix: str) -> list[str]:
    head = f"{prefix}{cmd.name}" + (f" {cmd.help_args}" if cmd.help_args else "")
    return [head, *cmd.details]


def describe(commands: list[Command], prefix: str) -> Message:
    msg = message()
    sections: dict[str, list[Command]] = {}
    for cmd in commands:
        sections.setdefault(cmd.section, []).append(cmd)
    for section, cmds in sections.items():
        msg.bold(section).newline()
        for cmd in sorted(cmds, key=lambda c: c.name):
            msg.bullet().code(
                f"{prefix}{cmd.name}" + (f" {cmd.help_args}" if cmd.help_args else "")
            )
            msg.text(f": {cmd.help_text}").newline()
    return msg
