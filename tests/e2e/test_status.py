"""Profile-status history against a real Synapse: a user sets, changes and clears ``m.status``
and each change lands in the history, seen by polling, and by the MSC4429 ``/sync`` watcher.

Each test runs its own homeserver and bot (the shared stack's configuration is left alone):

* polling: Synapse without profile updates in ``/sync`` and a 1 s poll interval, so the poll is
  the only way the bot can see a change;
* sync: Synapse with ``include_profile_updates_in_sync: true`` and an hour-long poll interval,
  so after the first fetch on joining only ``/sync`` can explain a new row.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import asyncpg
import pytest

from contactbot.devtools.botprocess import BotProcess, generate_registration, write_bot_config
from contactbot.devtools.matrix_accounts import register_user
from contactbot.devtools.matrix_client import UserClient
from contactbot.devtools.ports import free_port
from contactbot.devtools.synapse_server import SynapseServer
from tests import pgserver
from tests.e2e.conftest import REPLY_TIMEOUT, Stack

pytestmark = pytest.mark.e2e

STATUS = "m.status"


@asynccontextmanager
async def status_stack(
    workdir: Path, synapse_python: Path, *, sync: bool, bot_config: dict[str, object]
) -> AsyncIterator[tuple[Stack, str]]:
    """A private Synapse (profile updates in /sync or not) and bot; yields the stack and the
    bot's database URL."""
    database_url = await pgserver.create_database("cbe2estatus")
    try:
        config_path = workdir / "config.yaml"
        registration_path = workdir / "registration.yaml"
        synapse = SynapseServer(
            synapse_python,
            workdir / "synapse",
            app_service_config_files=[registration_path],
            include_profile_updates_in_sync=sync,
        )
        write_bot_config(
            config_path,
            homeserver_url=synapse.base_url,
            domain=synapse.server_name,
            as_port=free_port(),
            database_url=database_url,
            data_dir=workdir / "bot-data",
            extra={"logging.loggers.contactbot.level": "DEBUG", **bot_config},
        )
        registration = generate_registration(config_path, registration_path)
        bot_user_id = f"@{registration['sender_localpart']}:{synapse.server_name}"
        async with synapse:
            bot = BotProcess(config_path, log_path=workdir / "bot.log")
            try:
                await bot.start()
                stack = Stack(
                    synapse=synapse,
                    bot=bot,
                    bot_user_id=bot_user_id,
                    config_path=config_path,
                    registration_path=registration_path,
                    workdir=workdir,
                )
                try:
                    yield stack, database_url
                finally:
                    await stack.close_clients()
                await bot.stop()
            finally:
                bot.kill_now()
    finally:
        await pgserver.drop_database(database_url)


async def status_rows(database_url: str, user_id: str) -> list[dict[str, Any]]:
    conn = await asyncpg.connect(database_url)
    try:
        records = await conn.fetch(
            "SELECT id, field, via, value::text AS value, text, observed_at "
            "FROM profile_field_history WHERE user_id = $1 AND field = 'status' ORDER BY id",
            user_id,
        )
    finally:
        await conn.close()
    return [dict(r) for r in records]


async def wait_for_row(
    database_url: str, user_id: str, count: int, timeout: float = 20.0
) -> list[dict[str, Any]]:
    """The user's status rows once there are ``count`` of them."""
    deadline = time.monotonic() + timeout
    while True:
        rows = await status_rows(database_url, user_id)
        if len(rows) >= count:
            return rows
        if time.monotonic() > deadline:
            raise AssertionError(f"expected {count} status rows of {user_id}, have {rows}")
        await asyncio.sleep(0.05)


async def user(stack: Stack, name: str) -> UserClient:
    user_id, token = await register_user(
        stack.synapse.base_url, stack.synapse.shared_secret, name, f"pw-{name}"
    )
    client = UserClient(stack.synapse.base_url, user_id, token)
    stack.clients.append(client)
    return client


async def test_status_changes_are_recorded_by_polling(
    synapse_python: Path, tmp_path: Path
) -> None:
    """Without /sync profile updates, polling alone records the set, the change and the clear
    (via poll); ``!status history`` shows them to a bot admin in a direct chat, withholds them
    in a room with others, and never shows a user their own."""
    async with status_stack(
        tmp_path,
        synapse_python,
        sync=False,
        bot_config={
            "status.sync": "auto",
            "status.poll": {"interval": 1, "sweep_jitter": 0, "stale_after": 1},
            "bot.admins": ["@statusmod:*"],
        },
    ) as (stack, database_url):
        alice = await user(stack, "alice")
        room = await stack.room_with_bot(alice)
        assert await status_rows(database_url, alice.user_id) == []

        await alice.set_profile_field(STATUS, {"text": "Polled first", "emoji": "🌴"})
        rows = await wait_for_row(database_url, alice.user_id, 1)
        await alice.set_profile_field(STATUS, {"text": "Polled second", "emoji": "☕"})
        rows = await wait_for_row(database_url, alice.user_id, 2)
        await alice.delete_profile_field(STATUS)
        rows = await wait_for_row(database_url, alice.user_id, 3)
        assert [(r["via"], r["text"]) for r in rows] == [
            ("poll", "Polled first"),
            ("poll", "Polled second"),
            ("poll", None),
        ]
        assert rows[2]["value"] is None
        # Polling again finds nothing new.
        await asyncio.sleep(2.5)
        assert len(await status_rows(database_url, alice.user_id)) == 3

        # Nobody is a moderator of their own status (issue 15), not even in their own DM...
        dm = await stack.room_with_bot(alice, is_direct=True)
        asked = await alice.send_text(dm, f"!status history {alice.user_id}")
        reply = await stack.wait_for_reply(alice, dm, asked)
        assert "Polled" not in reply["content"]["body"]
        # ...a bot admin sees the history in a direct chat...
        mod = await user(stack, "statusmod")
        mod_dm = await stack.room_with_bot(mod, is_direct=True)
        asked = await mod.send_text(mod_dm, f"!status history {alice.user_id}")
        reply = await stack.wait_for_reply(mod, mod_dm, asked)
        body = reply["content"]["body"]
        assert "||☕ Polled second||" in body and "||🌴 Polled first||" in body
        assert "status · poll: _cleared_" in body
        # ...but not in a room with someone else in it.
        await alice.invite(room, mod.user_id)
        await mod.join(room)
        await alice.wait_for_membership(room, mod.user_id, "join", timeout=REPLY_TIMEOUT)
        asked = await mod.send_text(room, f"!status history {alice.user_id}")
        reply = await stack.wait_for_reply(mod, room, asked)
        assert "not shown in this room" in reply["content"]["body"]
        assert "Polled" not in reply["content"]["body"]


async def test_status_changes_are_recorded_by_the_sync_watcher(
    synapse_python: Path, tmp_path: Path
) -> None:
    """With MSC4429 on Synapse, the watcher joins the bot's rooms and every status change is
    recorded via sync within a second or two, although the poll interval is an hour."""
    async with status_stack(
        tmp_path,
        synapse_python,
        sync=True,
        bot_config={"status.sync": "auto", "status.poll": {"interval": 3600}},
    ) as (stack, database_url):
        watcher = stack.bot_user_id.replace(":", "_watcher:", 1)
        alice = await user(stack, "alice")
        await alice.set_profile_field(STATUS, {"text": "Before the bot", "emoji": "🌱"})
        room = await stack.room_with_bot(alice)
        await alice.wait_for_membership(room, watcher, "join", timeout=REPLY_TIMEOUT)
        # The join fetch (or the initial sync) records the status that was already set.
        before = await wait_for_row(database_url, alice.user_id, 1)
        assert before[0]["text"] == "Before the bot"

        latencies = []
        for count, change in enumerate(
            [
                {"text": "Synced first", "emoji": "🌴"},
                {"text": "Synced second", "emoji": "☕"},
                None,
            ],
            start=2,
        ):
            started = time.monotonic()
            if change is None:
                await alice.delete_profile_field(STATUS)
            else:
                await alice.set_profile_field(STATUS, change)
            rows = await wait_for_row(database_url, alice.user_id, count, timeout=10)
            latencies.append(time.monotonic() - started)
        assert [(r["via"], r["text"]) for r in rows[1:]] == [
            ("sync", "Synced first"),
            ("sync", "Synced second"),
            ("sync", None),
        ]
        print(f"sync path, status change to history row: {[round(x, 3) for x in latencies]} s")
        assert max(latencies) < 5
