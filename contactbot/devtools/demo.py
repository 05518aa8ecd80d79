"""``contactbot demo``: the bot in a throwaway local Matrix, in one command.

It starts an embedded PostgreSQL, a loopback-only Synapse (installed into a cached virtualenv on
first use; AGPL, so only ever a child process) and the bot through its real CLI, then creates
the demo users and rooms. Without ``--check`` it prints how to log in and waits for Ctrl-C; with
``--check`` it plays the scripted conversation below as real users over the client-server API
and exits 0 only if every reply was as expected. Either way it stops everything it started.

What the demo sets up and says is data: ``USERS``, ``ROOMS`` and ``STEPS`` (plus
``BOT_CONFIG`` and ``SUPPORT_DOCUMENT``). A feature shows itself in the demo by adding its steps
to ``STEPS``, with ``requires`` naming its command so the step is skipped, and said to be
skipped, in builds without it.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import re
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, TextIO

import aiohttp
from aiohttp import web

from contactbot.core.storage.embedded import EmbeddedPostgres, start_embedded
from contactbot.devtools.botprocess import (
    BotProcess,
    generate_registration,
    update_bot_config,
    write_bot_config,
)
from contactbot.devtools.matrix_accounts import login_user, register_user
from contactbot.devtools.matrix_client import MatrixError, UserClient, reply_target
from contactbot.devtools.ports import free_port, port_is_free
from contactbot.devtools.process import ProcessError
from contactbot.devtools.synapse_install import (
    DEFAULT_SYNAPSE_VERSION,
    SynapseInstallError,
    ensure_synapse,
    synapse_installed,
)
from contactbot.devtools.synapse_server import SynapseServer
from contactbot.features.contacts.domain.contacts import ROLE_ADMIN, ROLE_SECURITY, STATE_TYPE

SERVER_NAME = "localhost"
PREFIX = "!"  # the example config's command prefix, which the demo keeps
# Generous for a loaded 2-core machine; a healthy demo answers in about 0.1 s.
REPLY_TIMEOUT = 15.0
JOIN_TIMEOUT = 20.0
# Lines of each bot reply shown in the transcript.
TRANSCRIPT_LINES = 8

EXIT_OK = 0
EXIT_UNEXPECTED_REPLY = 1
EXIT_SETUP_FAILED = 2
EXIT_LEFTOVERS = 3
EXIT_INTERRUPTED = 128 + signal.SIGINT  # 128 + the signal's number, as shells report it


# -- the scenario (extend here) ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DemoUser:
    """A demo login. ``key`` is how rooms and steps refer to it."""

    key: str
    description: str
    bot_admin: bool = False


@dataclass(frozen=True, slots=True)
class DemoRoom:
    """A demo room, created by ``creator`` (who is therefore its admin) with the bot invited.

    ``state`` is sent by the creator after the bot has joined, so the bot receives it as an
    event, the way it would in a real room.
    """

    key: str
    name: str
    topic: str
    creator: str
    members: tuple[str, ...] = ()
    public: bool = False
    state: tuple[tuple[str, Mapping[str, Any]], ...] = ()


Expectation = Callable[[str], bool] | Sequence[str]


@dataclass(frozen=True, slots=True)
class DemoStep:
    """One line of the scripted conversation.

    ``user`` sends ``command`` in ``room`` (keys of ``USERS`` and ``ROOMS``) and the bot's reply
    must satisfy ``expect``: a predicate on the reply's plain-text body, or strings that must
    all occur in it (case-insensitive). ``requires`` names commands (without the prefix) that
    ``!help`` must list for that user in that room; if one is missing, the step is skipped and
    the transcript says so, since that feature is not in this build.
    """

    user: str
    room: str
    command: str
    expect: Expectation
    description: str
    requires: tuple[str, ...] = ()


DEMO_CONTACTS: Mapping[str, Any] = {
    "contacts": [
        {"matrix_id": f"@alice:{SERVER_NAME}", "role": ROLE_ADMIN},
        {"email_address": "security@example.org", "role": ROLE_SECURITY},
    ],
    "support_page": "https://example.org/support",
}

# Served as http://127.0.0.1:<port>/.well-known/matrix/support for the demo's server name, since
# Synapse does not serve this document itself (MSC1929).
SUPPORT_DOCUMENT: Mapping[str, Any] = {
    "contacts": [
        {"matrix_id": f"@alice:{SERVER_NAME}", "role": ROLE_ADMIN},
        {"email_address": "admin@example.org", "role": ROLE_ADMIN},
    ],
    "support_page": "https://example.org/homeserver-support",
}

USERS: tuple[DemoUser, ...] = (
    DemoUser("alice", "admin of both rooms and bot admin", bot_admin=True),
    DemoUser("bob", "member of the demo room"),
)

ROOMS: tuple[DemoRoom, ...] = (
    DemoRoom(
        key="demo",
        name="contactbot demo",
        topic="Talk to @contactbot here. Try !help.",
        creator="alice",
        members=("bob",),
        public=True,
        state=((STATE_TYPE, DEMO_CONTACTS),),
    ),
    DemoRoom(
        key="moderators",
        name="contactbot demo: moderators",
        topic="Where the bot reports to moderators.",
        creator="alice",
    ),
)

STEPS: tuple[DemoStep, ...] = (
    DemoStep(
        "alice",
        "demo",
        "!help",
        ["Commands you can use here", "!help"],
        "lists the commands alice may use in this room",
    ),
    DemoStep(
        "bob",
        "demo",
        "!frobnicate",
        ["Unknown command", "!frobnicate", "!help"],
        "an unknown command gets a hint instead of silence",
    ),
    DemoStep(
        "bob",
        "demo",
        "!contact",
        ["@alice:localhost", "security@example.org"],
        "the room's contacts, from its m.room.contact state",
        requires=("contact",),
    ),
    DemoStep(
        "bob",
        "demo",
        "!support",
        ["admin@example.org"],
        "the homeserver's support contacts (/.well-known/matrix/support)",
        requires=("support",),
    ),
)

# Extra bot config for the demo (dotted keys). Features add their demo settings here.
BOT_CONFIG: Mapping[str, object] = {
    # The scripted conversation sends commands faster than a person would.
    "bot.rate_limit.user_burst": 50,
    "bot.rate_limit.room_burst": 100,
}


# -- console output ----------------------------------------------------------------------------


class Console:
    """Progress lines on stderr, stamped with seconds since the demo started.

    ``ticking`` shows that a long step is alive: a spinner redrawn in place on a terminal, a
    line every ``plain_every`` seconds otherwise (logs, CI), so nothing floods a file.
    """

    SPINNER = "|/-\\"

    def __init__(self, stream: TextIO | None = None, *, plain_every: float = 5.0) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.started = time.monotonic()
        self.tty = self.stream.isatty()
        self.plain_every = plain_every
        self._ticker_line = False
        # The Synapse installer reports from a worker thread while the spinner redraws.
        self._lock = threading.Lock()

    def elapsed(self) -> float:
        return time.monotonic() - self.started

    def step(self, message: str) -> None:
        with self._lock:
            self._clear_ticker()
            print(f"[{self.elapsed():5.1f} s] {message}", file=self.stream, flush=True)

    def _clear_ticker(self) -> None:
        if self._ticker_line:
            self.stream.write("\r\033[K")
            self._ticker_line = False

    @contextlib.asynccontextmanager
    async def ticking(self, label: str) -> AsyncIterator[None]:
        task = asyncio.create_task(self._tick(label, time.monotonic()))
        try:
            yield
        finally:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
            with self._lock:
                self._clear_ticker()
                self.stream.flush()

    async def _tick(self, label: str, since: float) -> None:
        spin = 0
        last_plain = since
        while True:
            await asyncio.sleep(0.2)
            now = time.monotonic()
            if self.tty:
                char = self.SPINNER[spin % len(self.SPINNER)]
                spin += 1
                with self._lock:
                    self.stream.write(f"\r\033[K{char} {label} ({now - since:.0f} s)")
                    self.stream.flush()
                    self._ticker_line = True
            elif now - last_plain >= self.plain_every:
                last_plain = now
                self.step(f"... {label} ({now - since:.0f} s so far)")


def _say(text: str = "") -> None:
    print(text, flush=True)


# -- the running demo --------------------------------------------------------------------------


@dataclass(slots=True)
class DemoLogin:
    key: str
    user_id: str
    password: str
    client: UserClient


@dataclass(slots=True)
class DemoWorld:
    """Everything a newcomer (or a step) needs to talk to the demo."""

    homeserver_url: str
    bot_user_id: str
    logins: dict[str, DemoLogin] = field(default_factory=dict)
    rooms: dict[str, str] = field(default_factory=dict)  # key -> room ID

    def alias(self, room_key: str) -> str:
        return f"#{room_key}:{SERVER_NAME}"


class DemoSetupError(RuntimeError):
    """The demo could not be set up; the message says what to look at."""


class DemoEnvironment:
    """PostgreSQL, Synapse, the bot and a ``.well-known`` server, all owned by this object.

    ``start`` starts them and creates the users and rooms; ``close`` (always call it, also
    after a failed or cancelled ``start``) stops them in reverse order and, for a temporary work
    directory, deletes it.
    """

    STATE_FILE = "demo-state.json"

    def __init__(self, workdir: Path, *, temporary: bool, console: Console) -> None:
        self.workdir = workdir
        self.temporary = temporary
        self.console = console
        self.pg: EmbeddedPostgres | None = None
        self._pg_task: asyncio.Task[EmbeddedPostgres] | None = None
        self.synapse: SynapseServer | None = None
        self.bot: BotProcess | None = None
        self._wellknown: web.AppRunner | None = None
        self.world: DemoWorld | None = None
        self._state: dict[str, Any] = self._load_state()

    # -- files -------------------------------------------------------------------------------

    @property
    def bot_log(self) -> Path:
        return self.workdir / "bot.log"

    def _load_state(self) -> dict[str, Any]:
        # A kept --dir remembers the passwords (the users exist in Synapse's database) and the
        # port (so a client's saved session still points at the right place).
        try:
            data = json.loads((self.workdir / self.STATE_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def _save_state(self) -> None:
        path = self.workdir / self.STATE_FILE
        path.write_text(json.dumps(self._state, indent=2) + "\n", encoding="utf-8")
        path.chmod(0o600)  # it holds the demo passwords

    # -- start -------------------------------------------------------------------------------

    async def start(self) -> None:
        """Start everything and create the users and rooms. Call ``close`` even if this fails."""
        say = self.console.step
        self.workdir.mkdir(parents=True, exist_ok=True)
        # PostgreSQL takes about a second to start; it runs while Synapse is prepared.
        say("Starting embedded PostgreSQL")
        self._pg_task = asyncio.create_task(
            asyncio.to_thread(
                start_embedded,
                self.workdir / "postgres",
                cleanup="delete" if self.temporary else "stop",
            )
        )
        python = await self._install_synapse()

        port = self._state.get("synapse_port")
        if not isinstance(port, int) or not port_is_free(port):
            port = None
        registration_path = self.workdir / "registration.yaml"
        self.synapse = SynapseServer(
            python,
            self.workdir / "synapse",
            server_name=SERVER_NAME,
            app_service_config_files=[registration_path],
            # For the status feature's /sync fast path (MSC4429).
            include_profile_updates_in_sync=True,
            # Lets the demo room appear in the room directory ("Explore rooms").
            extra_config={"room_list_publication_rules": [{"action": "allow"}]},
            port=port,
        )
        self._state["synapse_port"] = self.synapse.port

        wellknown_url = await self._serve_wellknown()
        config_path = self.workdir / "config.yaml"
        write_bot_config(
            config_path,
            homeserver_url=self.synapse.base_url,
            domain=SERVER_NAME,
            as_port=free_port(),
            database_url="",  # filled in below, once PostgreSQL is up
            data_dir=self.workdir / "bot-data",
            admins=[f"@{u.key}:{SERVER_NAME}" for u in USERS if u.bot_admin],
            extra={"wellknown.overrides": {SERVER_NAME: wellknown_url}, **BOT_CONFIG},
        )
        say("Generating the appservice registration (contactbot -g)")
        registration = await asyncio.to_thread(
            generate_registration, config_path, registration_path
        )
        bot_user_id = f"@{registration['sender_localpart']}:{SERVER_NAME}"

        say(f"Starting Synapse on {self.synapse.base_url}")
        await self.synapse.start()

        # Shielded: cancelling this wait must not lose a server that the thread still starts.
        self.pg = await asyncio.shield(self._pg_task)
        update_bot_config(config_path, {"database.url": self.pg.url})
        say(f"Starting the bot (log: {self.bot_log})")
        self.bot = BotProcess(config_path, log_path=self.bot_log)
        await self.bot.start()

        say("Creating demo users and rooms")
        self.world = await self._populate(self.synapse, bot_user_id)
        self._save_state()

    async def _install_synapse(self) -> Path:
        if synapse_installed(DEFAULT_SYNAPSE_VERSION):
            return await asyncio.to_thread(ensure_synapse, DEFAULT_SYNAPSE_VERSION)
        self.console.step(
            f"Synapse {DEFAULT_SYNAPSE_VERSION} is not installed yet: installing it once into "
            "its own cached virtualenv (about 20 s; later runs reuse it)"
        )
        async with self.console.ticking(f"Installing Synapse {DEFAULT_SYNAPSE_VERSION}"):
            return await asyncio.to_thread(
                ensure_synapse, DEFAULT_SYNAPSE_VERSION, self.console.step
            )

    async def _serve_wellknown(self) -> str:
        async def support(_: web.Request) -> web.Response:
            return web.json_response(dict(SUPPORT_DOCUMENT))

        app = web.Application()
        app.router.add_get("/.well-known/matrix/support", support)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        self._wellknown = runner
        port = free_port()
        await web.TCPSite(runner, "127.0.0.1", port).start()
        return f"http://127.0.0.1:{port}"

    async def _populate(self, synapse: SynapseServer, bot_user_id: str) -> DemoWorld:
        world = DemoWorld(homeserver_url=synapse.base_url, bot_user_id=bot_user_id)
        passwords: dict[str, str] = dict(self._state.get("passwords") or {})
        for user in USERS:
            password = passwords.setdefault(user.key, secrets.token_urlsafe(9))
            try:
                user_id, token = await register_user(
                    synapse.base_url, synapse.shared_secret, user.key, password
                )
            except MatrixError as err:
                if err.errcode != "M_USER_IN_USE":
                    raise
                # Registered by an earlier run on this --dir.
                user_id, token = await login_user(synapse.base_url, user.key, password)
            client = UserClient(synapse.base_url, user_id, token)
            world.logins[user.key] = DemoLogin(user.key, user_id, password, client)
        self._state["passwords"] = passwords
        self.world = world  # so that close() closes the clients even if a room fails
        for room in ROOMS:
            world.rooms[room.key] = await self._ensure_room(world, room)
        return world

    async def _ensure_room(self, world: DemoWorld, room: DemoRoom) -> str:
        creator = world.logins[room.creator].client
        members = [world.logins[key] for key in room.members]
        alias = world.alias(room.key)
        room_id = await creator.resolve_alias(alias)
        if room_id is None:
            extra: dict[str, Any] = {"room_alias_name": room.key, "topic": room.topic}
            if room.public:
                extra["visibility"] = "public"
            room_id = await creator.create_room(
                name=room.name,
                preset="public_chat" if room.public else "private_chat",
                invite=[world.bot_user_id, *(m.user_id for m in members)],
                extra=extra,
            )
        else:
            # The room survives from an earlier run on this --dir; re-invite whoever left.
            for user_id in (world.bot_user_id, *(m.user_id for m in members)):
                if await creator.membership(room_id, user_id) not in ("join", "invite"):
                    await creator.invite(room_id, user_id)
        try:
            await creator.wait_for_membership(
                room_id, world.bot_user_id, "join", timeout=JOIN_TIMEOUT
            )
        except TimeoutError as err:
            raise DemoSetupError(
                f"the bot did not join {alias} within {JOIN_TIMEOUT:.0f} s; see {self.bot_log}"
            ) from err
        for member in members:
            await member.client.join(room_id)
        for event_type, content in room.state:
            await creator.send_state(room_id, event_type, content)
        return room_id

    # -- health and stop ---------------------------------------------------------------------

    def dead_child(self) -> str | None:
        """A message naming a child that exited on its own, or None while all run."""
        for name, proc in (
            ("Synapse", self.synapse.process if self.synapse else None),
            ("The bot", self.bot),
        ):
            if proc is not None and proc.starts and not proc.running:
                return f"{name} exited with code {proc.returncode}.\n{proc.log_tail(30)}"
        return None

    async def close(self) -> None:
        """Stop everything in reverse order; keep going past failures, then report them."""
        problems: list[str] = []
        if self.world is not None:
            for login in self.world.logins.values():
                await login.client.close()
        if self.bot is not None:
            try:
                await self.bot.stop()
            except ProcessError as err:
                problems.append(str(err))
            finally:
                self.bot.kill_now()
        if self.synapse is not None:
            await self.synapse.stop()
        if self._wellknown is not None:
            await self._wellknown.cleanup()
            self._wellknown = None
        if self.pg is None and self._pg_task is not None:
            # Start-up failed before PostgreSQL was awaited: wait for it, to stop it.
            try:
                self.pg = await self._pg_task
            except Exception as err:
                problems.append(f"embedded PostgreSQL did not start: {err}")
        self._pg_task = None
        if self.pg is not None:
            try:
                await asyncio.to_thread(self.pg.stop)
            except Exception as err:
                problems.append(f"could not stop the embedded PostgreSQL: {err}")
            self.pg = None
        if self.temporary:
            shutil.rmtree(self.workdir, ignore_errors=True)
        for problem in problems:
            self.console.step(f"Warning while stopping: {problem}")


# -- the scripted conversation -----------------------------------------------------------------

Outcome = Literal["ok", "failed", "skipped"]


@dataclass(frozen=True, slots=True)
class StepResult:
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


# -- the two modes -----------------------------------------------------------------------------


def print_welcome(world: DemoWorld, env: DemoEnvironment) -> None:
    _say()
    _say("contactbot demo is running.")
    _say()
    _say(f"  Homeserver: {world.homeserver_url}   (server name: {SERVER_NAME})")
    _say(f"  Bot:        {world.bot_user_id}")
    _say("  Logins:")
    for user in USERS:
        login = world.logins[user.key]
        _say(f"    {login.user_id:<20} password: {login.password:<14} {user.description}")
    _say("  Rooms:")
    for room in ROOMS:
        _say(f"    {world.alias(room.key):<24} {world.rooms[room.key]}")
    _say()
    _say("Log in with any Matrix client (in Element: Sign in, Edit the homeserver, paste the")
    _say("URL above) and try:")
    seen: set[tuple[str, str]] = set()
    for step in STEPS:
        if (step.room, step.command) in seen:
            continue
        seen.add((step.room, step.command))
        note = " (if !help lists it)" if step.requires else ""
        where = f"as {step.user} in {world.alias(step.room)}"
        _say(f"    {step.command:<14} {where}: {step.description}{note}")
    _say()
    _say(
        f"Files: {env.workdir} (bot log: {env.bot_log.name}, Synapse log: synapse/homeserver.log)"
    )
    if env.temporary:
        _say("Press Ctrl-C to stop. Everything is stopped and the files are deleted.")
    else:
        _say("Press Ctrl-C to stop. Everything is stopped; the files are kept.")


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
    _say()
    _say("Scripted demo conversation:")
    _say()
    results = await ScriptRunner(world).run(STEPS)
    _say(summarise(results))
    env.console.step(f"Conversation took {time.monotonic() - started:.1f} s")
    failed = [r for r in results if r.outcome == "failed"]
    if not failed:
        return EXIT_OK
    for result in failed:
        print(f"FAILED: {result.step.command!r}: {result.detail}", file=sys.stderr)
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
        console.step(f"Demo ready after {console.elapsed():.1f} s")
        run.ready = True
        world = env.world
        if world is None:  # start() returned, so the world exists; this narrows the type
            raise DemoSetupError("the demo has no users or rooms")
        return await (_check(env, world) if check else _interactive(env, world, stop))
    finally:
        console.step("Stopping the bot, Synapse and PostgreSQL")
        await env.close()


def _ere_escape(text: str) -> str:
    return re.sub(r"([.\[\]()*+?{}|^$\\])", r"\\\1", text)


def leftover_processes(marker: str) -> list[str]:
    """Processes whose command line contains ``marker`` (except this one), per ``pgrep``.

    Every process the demo starts names a path inside its work directory on its command line
    (Synapse's config, PostgreSQL's data directory, the bot's config), so the work directory
    is the marker.
    """
    pgrep = shutil.which("pgrep")
    if pgrep is None:
        return []
    result = subprocess.run(  # noqa: S603 (fixed program, our own marker)
        [pgrep, "-af", _ere_escape(marker)], capture_output=True, text=True, check=False
    )
    own = {os.getpid(), os.getppid()}
    lines = []
    for line in result.stdout.splitlines():
        pid, _, _ = line.partition(" ")
        if pid.isdigit() and int(pid) not in own:
            lines.append(line)
    return lines


async def _wait_no_leftovers(marker: str, timeout: float = 5.0) -> list[str]:
    # Stopped processes may take a moment to be reaped by their (non-us) parents.
    deadline = time.monotonic() + timeout
    while True:
        found = leftover_processes(marker)
        if not found or time.monotonic() >= deadline:
            return found
        await asyncio.sleep(0.2)


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
    leftovers = await _wait_no_leftovers(str(path))
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
