"""The world of ``contactbot demo``: PostgreSQL, Synapse, the bot, and the demo users and rooms.

``DemoEnvironment`` starts the processes, creates what ``demo_scenario`` describes and, whatever
happened, stops it all again.
"""

from __future__ import annotations

import asyncio
import json
import secrets
import shutil
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from aiohttp import web

from contactbot.core.storage.embedded import EmbeddedPostgres, start_embedded
from contactbot.devtools.botprocess import (
    BotProcess,
    generate_registration,
    update_bot_config,
    write_bot_config,
)
from contactbot.devtools.demo_console import Console
from contactbot.devtools.demo_encrypted import encryption_unavailable, login_encrypted
from contactbot.devtools.demo_scenario import (
    BOT_CONFIG,
    ROOMS,
    SERVER_NAME,
    USERS,
    WELLKNOWN,
    DemoRoom,
)
from contactbot.devtools.matrix_accounts import login_user, register_user
from contactbot.devtools.matrix_client import ENCRYPTION_STATE, MatrixError, UserClient
from contactbot.devtools.ports import free_port, port_is_free
from contactbot.devtools.process import ProcessError
from contactbot.devtools.synapse_install import (
    DEFAULT_SYNAPSE_VERSION,
    ensure_synapse,
    synapse_installed,
)
from contactbot.devtools.synapse_server import SynapseServer

if TYPE_CHECKING:
    from contactbot.devtools.encrypted_client import EncryptedClient

JOIN_TIMEOUT = 20.0


@dataclass(slots=True)
class DemoLogin:
    """A demo user as logged in: the password shown to the newcomer and a client acting as them."""

    key: str
    user_id: str
    password: str
    client: UserClient


@dataclass(slots=True)
class DemoWorld:
    """Everything a newcomer (or a step) needs to talk to the demo.

    In the ``encrypted_rooms`` (keys) users talk through ``encrypted`` (user key -> an
    encrypting client); when there is none, ``encryption_missing`` says why.
    """

    homeserver_url: str
    bot_user_id: str
    logins: dict[str, DemoLogin] = field(default_factory=dict)
    rooms: dict[str, str] = field(default_factory=dict)  # key -> room ID
    encrypted_rooms: set[str] = field(default_factory=set)
    encrypted: dict[str, EncryptedClient] = field(default_factory=dict)
    encryption_missing: str | None = None

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
        def serve(document: Mapping[str, Any]) -> Callable[[web.Request], Awaitable[web.Response]]:
            async def handler(_: web.Request) -> web.Response:
                return web.json_response(dict(document))

            return handler

        app = web.Application()
        for name, document in WELLKNOWN.items():
            app.router.add_get(f"/.well-known/matrix/{name}", serve(document))
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
        encrypted = [room for room in ROOMS if room.encrypted]
        world.encrypted_rooms = {room.key for room in encrypted}
        world.encryption_missing = encryption_unavailable() if encrypted else None
        if encrypted and world.encryption_missing is None:
            talkers = dict.fromkeys(key for r in encrypted for key in (r.creator, *r.members))
            world.encrypted = await login_encrypted(
                synapse.base_url,
                {key: (world.logins[key].user_id, passwords[key]) for key in talkers},
                talkers,
                self.workdir / "encrypted-clients",
            )
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
                initial_state=[ENCRYPTION_STATE] if room.encrypted else [],
                extra=extra,
            )
        else:
            # The room survives from an earlier run on this --dir; re-invite whoever left.
            for user_id in (world.bot_user_id, *(m.user_id for m in members)):
                if await creator.membership(room_id, user_id) not in ("join", "invite"):
                    await creator.invite(room_id, user_id)
            if room.encrypted:
                # Made by a run from before the room was encrypted: encrypt it now.
                try:
                    await creator.get_state_event(room_id, "m.room.encryption")
                except MatrixError:
                    await creator.send_state(
                        room_id, "m.room.encryption", ENCRYPTION_STATE["content"]
                    )
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
            for encrypted in self.world.encrypted.values():
                await encrypted.close()
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
