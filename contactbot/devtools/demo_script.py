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
from typing import Literal, TextIO

import aiohttp

from contactbot.core.demo import DemoStep, Expectation
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

    step: DemoStep
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

    def _print(self, text: str = "") -> None:
        print(text, file=self.out, flush=True)

    async def run(self, steps: Sequence[DemoStep]) -> list[StepResult]:
        for step in steps:
            if step.user not in self.world.logins or step.room not in self.world.rooms:
                raise ValueError(f"step {step.command!r} names an unknown user or room")
        results = []
        for number, step in enumerate(steps, 1):
            where = f"{step.user} in {self.world.alias(step.room)}"
            self._print(f"[{number}/{len(steps)}] {step.command} ({where}): {step.description}")
            results.append(await self._run_step(step))
            self._print()
        return results

    async def _run_step(self, step: DemoStep) -> StepResult:
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
        reply, seconds, error = await self._exchange(step.user, step.room, step.command)
        if reply is None:
            self._print(f"  FAILED: {error}")
            return StepResult(step, "failed", error or "no reply", seconds=seconds)
        if step.command.strip() == f"{PREFIX}help":
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

    async def _exchange(
        self, user_key: str, room_key: str, body: str
    ) -> tuple[str | None, float, str | None]:
        """Send ``body`` and wait for the bot's reply: ``(reply body, seconds, error)``."""
        login = self.world.logins[user_key]
        room_id = self.world.rooms[room_key]
        bot = self.world.bot_user_id
        self._print(f"  {user_key}> {body}")
        started = time.monotonic()
        try:
            event_id = await login.client.send_text(room_id, body)
        except (MatrixError, aiohttp.ClientError) as err:
            return None, time.monotonic() - started, f"could not send the message: {err}"
        try:
            event = await login.client.wait_for_event(
                room_id,
                lambda e: (
                    e.get("sender") == bot
                    and e.get("type") == "m.room.message"
                    and reply_target(e) == event_id
                ),
                timeout=REPLY_TIMEOUT,
            )
        except TimeoutError:
            seconds = time.monotonic() - started
            return None, seconds, f"no reply from the bot within {REPLY_TIMEOUT:.0f} s"
        seconds = time.monotonic() - started
        reply = str(event.get("content", {}).get("body", ""))
        self._print_reply(reply)
        return reply, seconds, None

    def _print_reply(self, reply: str) -> None:
        lines = reply.splitlines() or [""]
        shown = lines[:TRANSCRIPT_LINES]
        self._print(f"  bot> {shown[0]}")
        for line in shown[1:]:
            self._print(f"       {line}")
        if len(lines) > len(shown):
            self._print(f"       ... ({len(lines) - len(shown)} more lines)")


def summarise(results: Sequence[StepResult]) -> str:
    counts = {outcome: 0 for outcome in ("ok", "failed", "skipped")}
    for result in results:
        counts[result.outcome] += 1
    text = (
        f"Result: {counts['ok']} as expected, {counts['failed']} failed, "
        f"{counts['skipped']} skipped"
    )
    skipped = [r.step.command for r in results if r.outcome == "skipped"]
    if skipped:
        text += f" (not offered by this build: {', '.join(skipped)})"
    return text + "."
