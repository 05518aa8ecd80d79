"""A real Synapse and the real bot process, shared by the end-to-end tests.

``stack`` is one homeserver plus one bot for the whole session (starting them costs ~5 s);
each test registers its own users and rooms, so tests do not see each other's traffic. Tests
that need a differently configured homeserver build their own with ``stack_factory``.
A missing Synapse is installed (about 20 s, once per machine), never skipped.
"""

from __future__ import annotations

import itertools
from collections.abc import AsyncIterator, Callable, Generator
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from contactbot.devtools.botprocess import BotProcess, generate_registration, write_bot_config
from contactbot.devtools.matrix_accounts import register_user
from contactbot.devtools.matrix_client import UserClient, reply_target
from contactbot.devtools.ports import free_port
from contactbot.devtools.synapse_install import ensure_synapse
from contactbot.devtools.synapse_server import SynapseServer
from tests import pgserver

JsonDict = dict[str, Any]

# Generous enough for a loaded 2-core CI machine; a healthy stack answers in ~0.1 s.
REPLY_TIMEOUT = 15.0


@dataclass
class Stack:
    """A running homeserver and bot, and helpers to act as users against them."""

    synapse: SynapseServer
    bot: BotProcess
    bot_user_id: str
    config_path: Path
    registration_path: Path
    workdir: Path
    clients: list[UserClient] = field(default_factory=list)
    _serial: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    async def register(self, name: str) -> UserClient:
        """A new user (``name`` plus a serial number, so tests may reuse names)."""
        username = f"{name}{next(self._serial)}"
        user_id, token = await register_user(
            self.synapse.base_url, self.synapse.shared_secret, username, f"pw-{username}"
        )
        client = UserClient(self.synapse.base_url, user_id, token)
        self.clients.append(client)
        return client

    async def room_with_bot(self, user: UserClient, **create_room: Any) -> str:
        """Create a room as ``user`` inviting the bot, and wait until the bot has joined."""
        room_id = await user.create_room(invite=[self.bot_user_id], **create_room)
        await user.wait_for_membership(room_id, self.bot_user_id, "join", timeout=REPLY_TIMEOUT)
        return room_id

    async def wait_for_reply(
        self, user: UserClient, room_id: str, event_id: str, timeout: float = REPLY_TIMEOUT
    ) -> JsonDict:
        """The bot's reply to ``event_id``, as ``user`` reads it from /sync."""
        return await user.wait_for_event(
            room_id,
            lambda e: e.get("sender") == self.bot_user_id and reply_target(e) == event_id,
            timeout=timeout,
        )

    async def close_clients(self) -> None:
        for client in self.clients:
            await client.close()
        self.clients.clear()


def _bot_config(path: Path, synapse: SynapseServer, database_url: str, data_dir: Path) -> None:
    write_bot_config(
        path,
        homeserver_url=synapse.base_url,
        domain=synapse.server_name,
        as_port=free_port(),
        database_url=database_url,
        data_dir=data_dir,
        extra={
            # DEBUG shows each transaction, which is what a failing e2e test needs to explain it.
            "logging.loggers.contactbot.level": "DEBUG",
        },
    )


@asynccontextmanager
async def start_stack(
    workdir: Path,
    synapse_python: Path,
    *,
    tamper_hs_token: bool = False,
    wait_bot_ready: bool = True,
) -> AsyncIterator[Stack]:
    """Fresh database, bot config, ``contactbot -g``, Synapse, bot; all torn down on exit.

    With ``tamper_hs_token`` Synapse gets a registration whose hs_token differs from the bot's,
    as after a botched copy of the registration file.
    """
    database_url = await pgserver.create_database("cbe2e")
    try:
        config_path = workdir / "config.yaml"
        registration_path = workdir / "registration.yaml"
        synapse_registration = registration_path
        synapse = SynapseServer(
            synapse_python, workdir / "synapse", app_service_config_files=[synapse_registration]
        )
        _bot_config(config_path, synapse, database_url, workdir / "bot-data")
        registration = generate_registration(config_path, registration_path)
        if tamper_hs_token:
            synapse_registration = workdir / "registration-tampered.yaml"
            text = registration_path.read_text(encoding="utf-8")
            hs_token = str(registration["hs_token"])
            synapse_registration.write_text(
                text.replace(hs_token, "tampered-" + hs_token[::-1]), encoding="utf-8"
            )
            synapse.app_service_config_files = [synapse_registration.resolve()]
        bot_user_id = f"@{registration['sender_localpart']}:{synapse.server_name}"
        async with synapse:
            bot = BotProcess(config_path, log_path=workdir / "bot.log")
            try:
                await bot.start(wait_ready=wait_bot_ready)
                stack = Stack(
                    synapse=synapse,
                    bot=bot,
                    bot_user_id=bot_user_id,
                    config_path=config_path,
                    registration_path=registration_path,
                    workdir=workdir,
                )
                try:
                    yield stack
                finally:
                    await stack.close_clients()
                await bot.stop()
            finally:
                bot.kill_now()  # a no-op unless something above failed
    finally:
        await pgserver.drop_database(database_url)


def _progress(config: pytest.Config) -> Callable[[str], None]:
    reporter = config.pluginmanager.get_plugin("terminalreporter")

    def say(message: str) -> None:
        if reporter is not None:
            reporter.write_line(f"[e2e] {message}")

    return say


@pytest.fixture(scope="session")
def synapse_python(pytestconfig: pytest.Config) -> Path:
    """Python of the cached Synapse venv, installed on first use."""
    return ensure_synapse(progress=_progress(pytestconfig))


@pytest.fixture(scope="session")
async def _session_stack(
    synapse_python: Path, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[Stack]:
    workdir = tmp_path_factory.mktemp("e2e-stack")
    # The work directory (logs, configs) stays for inspection; pytest keeps the last three runs.
    async with start_stack(workdir, synapse_python) as stack:
        yield stack


@pytest.fixture
async def stack(_session_stack: Stack, request: pytest.FixtureRequest) -> AsyncIterator[Stack]:
    """The shared homeserver and bot, with the bot running at the start of the test."""
    bot = _session_stack.bot
    if not bot.running:
        # An earlier test stopped the bot and failed before starting it again.
        await bot.start()
    log_offset = len(bot.log_text())
    yield _session_stack
    await _session_stack.close_clients()
    report = getattr(request.node, "rep_call", None)
    if report is not None and report.failed:
        lines = bot.log_text()[log_offset:].splitlines()[-80:]
        print(f"--- bot log during this test ({bot.log_path}) ---")
        print("\n".join(lines))


@pytest.fixture
def stack_factory(
    synapse_python: Path,
) -> Callable[..., AbstractAsyncContextManager[Stack]]:
    """``async with stack_factory(workdir, **options) as stack``: a private homeserver and bot."""

    def make(workdir: Path, **options: Any) -> AbstractAsyncContextManager[Stack]:
        return start_stack(workdir, synapse_python, **options)

    return make


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    # Lets the ``stack`` fixture see whether the test failed, to print the bot's log then.
    report = yield
    setattr(item, f"rep_{report.when}", report)
    return report
