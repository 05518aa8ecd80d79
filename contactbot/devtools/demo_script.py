"""The scripted conversation of ``contactbot demo --check``: play steps, check replies, report.

``ScriptRunner`` sends each ``DemoStep`` as a real user over the client-server API, waits for
the bot's reply to that exact event and writes a transcript.
"""

from __future__ import annotations

import re
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal, TextIO

import aiohttp

from contactbot.core.demo import (
    DemoAction,
    DemoProfileChange,
    DemoReaction,
    DemoStep,
    Expectation,
)
from contactbot.devtools.demo_channels import Channel, EventPredicate, channel_for
from contactbot.devtools.demo_scenario import PREFIX
from contactbot.devtools.demo_world import DemoWorld
from contactbot.devtools.matrix_client import MatrixError, reply_target

# Generous for a loaded 2-core machine; a healthy demo answers in about 0.1 s.
REPLY_TIMEOUT = 15.0
# Lines of each bot reply shown in the transcript.
TRANSCRIPT_LINES = 8

Outcome = Literal["ok", "failed", "skipped"]


@dataclass(frozen=True, slots=True)
class StepResult:
    """How one step went, with the reply and how long the bot took to give it."""

    step: DemoAction
    outcome: Outcome
    detail: str = ""
    reply: str | None = None
    seconds: float = 0.0


def unmet_expectation(expect: Expectation, body: str) -> str | None:
    """Why ``body`` does not satisfy ``expect``, or None if it does."""
    if callable(expect):
        if expect(body):
            return None
        name = getattr(expect, "__name__", repr(expect))
        return f"the reply did not pass the check {name}"
    wanted = [expect] if isinstance(expect, str) else list(expect)
    missing = [text for text in wanted if text.lower() not in body.lower()]
    if not missing:
        return None
    return "the reply lacks " + ", ".join(repr(text) for text in missing)


_LISTED_COMMAND = re.compile(re.escape(PREFIX) + r"([a-z0-9][a-z0-9_.-]*)")


def listed_commands(help_body: str) -> set[str]:
    """Command names that a ``!help`` reply mentions (``!contact [purpose]`` -> ``contact``)."""
    return set(_LISTED_COMMAND.findall(help_body))


class ScriptRunner:
    """Plays ``DemoStep``s as real users and writes the transcript to ``out``."""

    def __init__(self, world: DemoWorld, out: TextIO | None = None) -> None:
        self.world = world
        self.out = out if out is not None else sys.stdout
        # (user, room) -> commands !help listed for that user there.
        self._listings: dict[tuple[str, str], set[str]] = {}
        # What DemoProfileChange steps captured, for {name} in later commands.
        self.captured: dict[str, str] = {}
        # The message the last DemoProfileChange waited for: (room key, event ID).
        self._notice: tuple[str, str] | None = None

    def _print(self, text: str = "") -> None:
        print(text, file=self.out, flush=True)

    async def run(self, steps: Sequence[DemoAction]) -> list[StepResult]:
        for step in steps:
            if step.user not in self.world.logins or step.room not in self.world.rooms:
                raise ValueError(f"step {action_text(step)!r} names an unknown user or room")
        results = []
        for number, step in enumerate(steps, 1):
            where = f"{step.user} in {self.world.alias(step.room)}"
            if isinstance(step, DemoProfileChange):
                where = f"{step.user}; {step.reader} reads {self.world.alias(step.room)}"
            self._print(
                f"[{number}/{len(steps)}] {action_text(step)} ({where}): {step.description}"
            )
            results.append(await self._run_action(step))
            self._print()
        return results

    async def _run_action(self, step: DemoAction) -> StepResult:
        reader = step.reader if isinstance(step, DemoProfileChange) else step.user
        channel = channel_for(self.world, reader, step.room)
        if isinstance(channel, str):
            self._print(f"  skipped: {channel}")
            return StepResult(step, "skipped", channel)
        if isinstance(step, DemoProfileChange):
            return await self._run_profile_change(step, channel)
        if isinstance(step, DemoReaction):
            return await self._run_reaction(step, channel)
        return await self._run_step(step)

    def _failed(self, step: DemoAction, problem: str, seconds: float = 0.0) -> StepResult:
        self._print(f"  FAILED: {problem}")
        return StepResult(step, "failed", problem, seconds=seconds)

    async def _await_bot(
        self, room_key: str, channel: Channel, predicate: EventPredicate
    ) -> tuple[str | None, str | None, str | None]:
        """The bot's matching message: ``(body, event ID, problem)``; body None on failure."""
        bot = self.world.bot_user_id
        try:
            received = await channel.wait(
                lambda e: (
                    e.get("sender") == bot and "body" in e.get("content", {}) and predicate(e)
                ),
                REPLY_TIMEOUT,
            )
        except TimeoutError:
            return None, None, f"nothing from the bot within {REPLY_TIMEOUT:.0f} s"
        body = str(received.event.get("content", {}).get("body", ""))
        self._print_reply(body)
        if room_key in self.world.encrypted_rooms and not received.encrypted:
            return None, None, "the bot's message came unencrypted into an encrypted room"
        return body, str(received.event.get("event_id")), None

    async def _run_profile_change(self, step: DemoProfileChange, channel: Channel) -> StepResult:
        client = self.world.logins[step.user].client
        self._print(f"  {step.user} sets {step.field}: {step.value!r}")
        started = time.monotonic()
        try:
            # A rerun on a kept --dir would otherwise set what is already there: no change.
            await client.delete_profile_field(step.field)
            await client.set_profile_field(step.field, step.value)
        except (MatrixError, aiohttp.ClientError) as err:
            return self._failed(step, f"could not set {step.field}: {err}")

        def unprompted(event: dict[str, Any]) -> bool:
            body = str(event.get("content", {}).get("body", ""))
            return reply_target(event) is None and unmet_expectation(step.expect, body) is None

        body, event_id, problem = await self._await_bot(step.room, channel, unprompted)
        seconds = time.monotonic() - started
        if body is None or event_id is None:
            return self._failed(step, problem or "no message", seconds)
        if step.capture:
            found = re.search(step.capture, body)
            if found is None:
                return self._failed(step, f"the message does not match {step.capture!r}")
            self.captured.update({k: v for k, v in found.groupdict().items() if v is not None})
        self._notice = (step.room, event_id)
        self._print(f"  ok ({seconds:.2f} s)")
        return StepResult(step, "ok", "", body, seconds)

    async def _run_reaction(self, step: DemoReaction, channel: Channel) -> StepResult:
        if self._notice is None or self._notice[0] != step.room:
            return self._failed(step, "no message to react to: an earlier step failed")
        notice = self._notice[1]
        self._print(f"  {step.user} reacts {step.key} to the notice")
        started = time.monotonic()
        try:
            await channel.react(notice, step.key)
        except (MatrixError, aiohttp.ClientError, RuntimeError) as err:
            return self._failed(step, f"could not react: {err}")
        body, _, problem = await self._await_bot(
            step.room, channel, lambda e: reply_target(e) == notice
        )
        seconds = time.monotonic() - started
        if body is None:
            return self._failed(step, problem or "no answer", seconds)
        problem = unmet_expectation(step.expect, body)
        if problem is not None:
            return self._failed(step, problem, seconds)
        self._print(f"  ok ({seconds:.2f} s)")
        return StepResult(step, "ok", "", body, seconds)

    async def _run_step(self, step: DemoStep) -> StepResult:
        try:
            command = step.command.format_map(self.captured)
        except KeyError as err:
            return self._failed(step, f"{err} was not captured: an earlier step failed")
        missing, problem = await self._missing_commands(step)
        if problem is not None:
            self._print(f"  FAILED: {problem}")
            return StepResult(step, "failed", problem)
        if missing:
            names = ", ".join(PREFIX + name for name in missing)
            # !help lists what the sender may use, so absence means "not in this build" unless
            # the step picked a user who lacks the right; the wording covers both.
            detail = (
                f"!help does not list {names} for {step.user} here: this build does not have "
                f"that feature (or {step.user} may not use it)"
            )
            self._print(f"  skipped: {detail}")
            return StepResult(step, "skipped", detail)
        if not step.reply:
            error = await self._send_only(step.user, step.room, command)
            if error is not None:
                return self._failed(step, error)
            self._print("  sent (the bot answers only if this changes something)")
            return StepResult(step, "ok")
        reply, seconds, error = await self._exchange(step.user, step.room, command)
        if reply is None:
            self._print(f"  FAILED: {error}")
            return StepResult(step, "failed", error or "no reply", seconds=seconds)
        if command.strip() == f"{PREFIX}help":
            self._listings[(step.user, step.room)] = listed_commands(reply)
        problem = unmet_expectation(step.expect, reply)
        if problem is not None:
            self._print(f"  FAILED: {problem}")
            return StepResult(step, "failed", problem, reply, seconds)
        self._print(f"  ok ({seconds:.2f} s)")
        return StepResult(step, "ok", "", reply, seconds)

    async def _missing_commands(self, step: DemoStep) -> tuple[list[str], str | None]:
        if not step.requires:
            return [], None
        key = (step.user, step.room)
        if key not in self._listings:
            # No !help from this user in this room yet: ask, in the open, like a user would.
            self._print(f"  (asking which commands {step.user} has here)")
            reply, _, error = await self._exchange(step.user, step.room, f"{PREFIX}help")
            if reply is None:
                return [], f"could not tell whether the feature exists: {error}"
            self._listings[key] = listed_commands(reply)
        listing = self._listings[key]
        return [name for name in step.requires if name not in listing], None

    async def _send_only(self, user_key: str, room_key: str, body: str) -> str | None:
        channel = channel_for(self.world, user_key, room_key)
        if isinstance(channel, str):
            return channel
        self._print(f"  {user_key}> {body}")
        try:
            await channel.send_text(body)
        except (MatrixError, aiohttp.ClientError, RuntimeError) as err:
            return f"could not send the message: {err}"
        return None

    async def _exchange(
        self, user_key: str, room_key: str, body: str
    ) -> tuple[str | None, float, str | None]:
        """Send ``body`` and wait for the bot's reply: ``(reply body, seconds, error)``."""
        channel = channel_for(self.world, user_key, room_key)
        if isinstance(channel, str):
            return None, 0.0, channel
        self._print(f"  {user_key}> {body}")
        started = time.monotonic()
        try:
            event_id = await channel.send_text(body)
        except (MatrixError, aiohttp.ClientError, RuntimeError) as err:
            return None, time.monotonic() - started, f"could not send the message: {err}"
        reply, _, problem = await self._await_bot(
            room_key, channel, lambda e: reply_target(e) == event_id
        )
        if reply is None and problem is not None and problem.startswith("nothing"):
            problem = f"no reply from the bot within {REPLY_TIMEOUT:.0f} s"
        return reply, time.monotonic() - started, problem

    def _print_reply(self, reply: str) -> None:
        lines = reply.splitlines() or [""]
        shown = lines[:TRANSCRIPT_LINES]
        self._print(f"  bot> {shown[0]}")
        for line in shown[1:]:
            self._print(f"       {line}")
        if len(lines) > len(shown):
            self._print(f"       ... ({len(lines) - len(shown)} more lines)")


def action_text(step: DemoAction) -> str:
    """How a step reads in the transcript and the guide."""
    if isinstance(step, DemoProfileChange):
        return f"(set {step.field})"
    if isinstance(step, DemoReaction):
        return f"(react {step.key})"
    return step.command


def summarise(results: Sequence[StepResult]) -> str:
    counts = {outcome: 0 for outcome in ("ok", "failed", "skipped")}
    for result in results:
        counts[result.outcome] += 1
    text = (
        f"Result: {counts['ok']} as expected, {counts['failed']} failed, "
        f"{counts['skipped']} skipped"
    )
    skipped = [action_text(r.step) for r in results if r.outcome == "skipped"]
    if skipped:
        text += f" (not offered by this build: {', '.join(skipped)})"
    return text + "."
