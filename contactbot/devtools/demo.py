"""``contactbot demo``: the bot in a throwaway local Matrix, in one command.

It starts an embedded PostgreSQL, a loopback-only Synapse (installed into a cached virtualenv on
first use; AGPL, so only ever a child process) and the bot through its real CLI, then creates
the demo users and rooms. Without ``--check`` it prints how to log in and waits for Ctrl-C; with
``--check`` it plays the scripted conversation as real users over the client-server API
and exits 0 only if every reply was as expected. Either way it stops everything it started.

What the demo sets up and says is data in ``demo_scenario`` (users, rooms, bot config and the
core's steps) and in each feature's ``contactbot/features/<feature>/demo.py`` (its steps, room
state and ``.well-known`` documents). A step's ``requires`` names its command, so the step is
skipped, and said to be skipped, in builds without it. ``demo_world`` sets the world up,
``demo_script`` plays the conversation, ``demo_console`` prints progress and ``demo_cleanup``
looks for leftover processes.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import json
import signal
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import aiohttp

from contactbot.core.demo import DemoAction, DemoProfileChange, DemoReaction
from contactbot.devtools.demo_cleanup import wait_no_leftovers
from contactbot.devtools.demo_console import Console, say
from contactbot.devtools.demo_scenario import ROOMS, SERVER_NAME, SETUP, STEPS, USERS
from contactbot.devtools.demo_script import ScriptRunner, action_text, summarise
from contactbot.devtools.demo_world import DemoEnvironment, DemoSetupError, DemoWorld
from contactbot.devtools.matrix_client import MatrixError
from contactbot.devtools.process import ProcessError
from contactbot.devtools.synapse_install import SynapseInstallError

EXIT_OK = 0
EXIT_UNEXPECTED_REPLY = 1
EXIT_SETUP_FAILED = 2
EXIT_LEFTOVERS = 3
EXIT_INTERRUPTED = 128 + signal.SIGINT  # 128 + the signal's number, as shells report it


def print_welcome(world: DemoWorld, env: DemoEnvironment) -> None:
    say()
    say("contactbot demo is running.")
    say()
    say(f"  Homeserver: {world.homeserver_url}   (server name: {SERVER_NAME})")
    say(f"  Bot:        {world.bot_user_id}")
    say("  Logins:")
    for user in USERS:
        login = world.logins[user.key]
        say(f"    {login.user_id:<20} password: {login.password:<14} {user.description}")
    say("  Rooms:")
    for room in ROOMS:
        say(f"    {world.alias(room.key):<24} {world.rooms[room.key]}")
    say()
    say("Log in with any Matrix client (in Element: Sign in, Edit the homeserver, paste the")
    say("URL above) and try:")
    seen: set[str] = set()
    for step in STEPS:
        line = guide_line(world, step)
        if line not in seen:
            seen.add(line)
            say(f"    {line}")
    if world.encryption_missing is not None:
        say()
        say(f"Note: {world.encryption_missing}.")
        say("So the demo did not set up the encrypted moderators' room: as alice, send")
        say(f"!moderation room here in {world.alias('moderators')} from your client first.")
    say()
    say(f"Files: {env.workdir} (bot log: {env.bot_log.name}, Synapse log: synapse/homeserver.log)")
    if env.temporary:
        say("Press Ctrl-C to stop. Everything is stopped and the files are deleted.")
    else:
        say("Press Ctrl-C to stop. Everything is stopped; the files are kept.")


class _Placeholders(dict[str, str]):
    """``{flag}`` reads ``<flag>`` in the guide: the value comes from the notice."""

    def __missing__(self, key: str) -> str:
        return f"<{key}>"


def guide_line(world: DemoWorld, step: DemoAction) -> str:
    """One "try this" line of the printed guide."""
    where = f"as {step.user} in {world.alias(step.room)}"
    if isinstance(step, DemoProfileChange):
        value = json.dumps(step.value, ensure_ascii=False)
        user = world.logins[step.user].user_id
        return (
            f"as {step.user}: set {step.field} to {value} (PUT /_matrix/client/v3/profile/"
            f"{user}/{step.field}); {step.description}"
        )
    if isinstance(step, DemoReaction):
        return f"{where}: react {step.key} to the flag's notice: {step.description}"
    command = step.command.format_map(_Placeholders())
    note = " (if !help lists it)" if step.requires else ""
    return f"{command:<14} {where}: {step.description}{note}"


async def _setup(env: DemoEnvironment, world: DemoWorld) -> bool:
    """Configure the bot from Matrix (each feature's ``setup``); False if a step failed."""
    if not SETUP:
        return True
    env.console.step("Configuring the bot from Matrix (!moderation room here as alice)")
    transcript = io.StringIO()
    results = await ScriptRunner(world, transcript).run(SETUP)
    if any(r.outcome == "failed" for r in results):
        env.console.step("Setting up the bot failed:\n" + transcript.getvalue())
        return False
    return True


async def _interactive(env: DemoEnvironment, world: DemoWorld, stop: asyncio.Event) -> int:
    print_welcome(world, env)
    while not stop.is_set():
        died = env.dead_child()
        if died is not None:
            env.console.step(f"Stopping the demo: {died}")
            return EXIT_SETUP_FAILED
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), timeout=1.0)
    return EXIT_OK


async def _check(env: DemoEnvironment, world: DemoWorld) -> int:
    started = time.monotonic()
    say()
    say("Scripted demo conversation:")
    say()
    results = await ScriptRunner(world).run(STEPS)
    say(summarise(results))
    env.console.step(f"Conversation took {time.monotonic() - started:.1f} s")
    failed = [r for r in results if r.outcome == "failed"]
    if not failed:
        return EXIT_OK
    for result in failed:
        print(f"FAILED: {action_text(result.step)!r}: {result.detail}", file=sys.stderr)
    if env.bot is not None:
        print(env.bot.log_tail(30), file=sys.stderr)
    return EXIT_UNEXPECTED_REPLY


@dataclass(slots=True)
class _Run:
    ready: bool = False


# What a failed start-up raises; anything else is a bug and keeps its traceback.
SETUP_ERRORS = (
    ProcessError,
    SynapseInstallError,
    DemoSetupError,
    MatrixError,
    aiohttp.ClientError,
    OSError,  # includes TimeoutError
)


async def _demo(
    check: bool, workdir: Path, temporary: bool, console: Console, stop: asyncio.Event, run: _Run
) -> int:
    env = DemoEnvironment(workdir, temporary=temporary, console=console)
    try:
        try:
            await env.start()
        except SETUP_ERRORS as err:
            console.step(f"The demo could not start: {err}")
            return EXIT_SETUP_FAILED
        world = env.world
        if world is None:  # start() returned, so the world exists; this narrows the type
            raise DemoSetupError("the demo has no users or rooms")
        try:
            configured = await _setup(env, world)
        except SETUP_ERRORS as err:
            console.step(f"The demo could not configure the bot: {err}")
            return EXIT_SETUP_FAILED
        if not configured:
            return EXIT_SETUP_FAILED
        console.step(f"Demo ready after {console.elapsed():.1f} s")
        run.ready = True
        return await (_check(env, world) if check else _interactive(env, world, stop))
    finally:
        console.step("Stopping the bot, Synapse and PostgreSQL")
        await env.close()


async def _main(check: bool, path: Path, temporary: bool) -> int:
    console = Console()
    console.step(f"Work directory: {path}{' (deleted at the end)' if temporary else ''}")
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()

    received: list[int] = []

    def on_signal(signum: int) -> None:
        if stop.is_set():
            console.step("Still stopping; please wait")
            return
        received.append(signum)
        console.step(f"{signal.Signals(signum).name} received, stopping")
        stop.set()

    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, on_signal, sig)
    run = _Run()
    task = asyncio.create_task(_demo(check, path, temporary, console, stop, run))
    try:
        waiter = asyncio.create_task(stop.wait())
        await asyncio.wait({task, waiter}, return_when=asyncio.FIRST_COMPLETED)
        waiter.cancel()
        if task.done():
            code = task.result()
        elif not check and run.ready:
            code = await task  # the interactive demo ends on the signal by itself
        else:
            # Interrupted while starting or during the check: unwind, which stops everything.
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
            code = 128 + received[0] if received else EXIT_INTERRUPTED
    finally:
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.remove_signal_handler(sig)
    leftovers = await wait_no_leftovers(str(path))
    if leftovers:
        console.step("These processes of the demo are still running:\n  " + "\n  ".join(leftovers))
        return EXIT_LEFTOVERS
    console.step("Stopped; nothing left running" + (", files deleted" if temporary else ""))
    return code


def run_demo(check: bool, workdir: Path | None) -> int:
    """Run ``contactbot demo``; returns the process exit code.

    0: the interactive demo ended on Ctrl-C/SIGTERM, or ``--check`` saw every reply as
    expected. 1: a reply was missing or wrong. 2: the demo could not start (or a child
    died). 3: something was still running after the shutdown. 130 (SIGINT) or 143 (SIGTERM):
    interrupted while starting or checking.
    """
    # Lines must reach a pipe (a test, ``| tee``) as they are printed, not when a buffer fills.
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(line_buffering=True, errors="replace")
    temporary = workdir is None
    path = Path(tempfile.mkdtemp(prefix="contactbot-demo-")) if workdir is None else workdir
    # Resolved as PostgreSQL resolves its data directory: the path is also how leftover
    # processes are recognised on their command lines.
    path = path.expanduser().resolve()
    try:
        return asyncio.run(_main(check, path, temporary))
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
