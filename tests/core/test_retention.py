"""Inbox retention: old processed events, old transaction IDs and old parked events are
deleted in batches; everything inside its window stays, and duplicate detection keeps working
across a restart within the window."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import aiohttp
import asyncpg
import pytest

from contactbot.core.metrics import Metrics
from contactbot.core.services.retention import InboxRetention, RetentionSettings
from contactbot.core.storage.database import Database
from contactbot.core.storage.retention import RetentionRepository
from tests.botfactory import make_bot, make_config
from tests.fakes import FakeGateway
from tests.testbot import AppserviceClient, text, wait_for

ROOT = Path(__file__).resolve().parents[2]


async def _rows(url: str, sql: str, *args: object) -> None:
    conn = await asyncpg.connect(url)
    try:
        await conn.execute(sql, *args)
    finally:
        await conn.close()


async def _fetch(url: str, sql: str) -> list[asyncpg.Record]:
    conn = await asyncpg.connect(url)
    try:
        return list(await conn.fetch(sql))
    finally:
        await conn.close()


async def _event(url: str, event_id: str, status: str, age_days: float) -> None:
    """An inbox row received and (if done) processed ``age_days`` ago."""
    await _rows(
        url,
        "INSERT INTO inbox_event (txn_id, event_id, room_key, event_type, payload, status, "
        "received_at, processed_at) VALUES ('t', $1, '!r:example.org', 'm.room.message', "
        '\'{"content": {"body": "secret"}}\', $2::varchar, now() - $3::interval, '
        "CASE WHEN $2::varchar = 'done' THEN now() - $3::interval END)",
        event_id,
        status,
        timedelta(days=age_days),
    )


async def _txn(url: str, txn_id: str, age_days: float) -> None:
    await _rows(
        url,
        "INSERT INTO as_transaction (txn_id, digest, event_count, received_at) "
        "VALUES ($1, 'd', 1, now() - $2::interval)",
        txn_id,
        timedelta(days=age_days),
    )


async def _ids(url: str) -> set[str]:
    return {r["event_id"] for r in await _fetch(url, "SELECT event_id FROM inbox_event")}


async def test_purge_deletes_only_what_is_past_its_window_in_batches(
    database_url: str, db: Database
) -> None:
    """Done events past the processed window go (seven of them, three per statement); recent
    done, pending of any age and parked events inside their longer window stay; parked events
    past it go; transaction IDs go by their own window. Counted per kind in the metrics."""
    for i in range(7):
        await _event(database_url, f"$old{i}", "done", 4)
    await _event(database_url, "$recent", "done", 2)
    await _event(database_url, "$pending", "pending", 40)
    await _event(database_url, "$failed-young", "failed", 10)
    await _event(database_url, "$failed-old", "failed", 31)
    await _event(database_url, "$malformed-old", "malformed", 31)
    await _txn(database_url, "txn-old", 8)
    await _txn(database_url, "txn-young", 6)
    metrics = Metrics()
    pauses: list[float] = []

    async def record_pause(seconds: float) -> None:
        pauses.append(seconds)

    retention = InboxRetention(db, RetentionSettings(batch=3), metrics, sleep=record_pause)
    result = await retention.purge()

    assert (result.processed, result.transactions, result.parked) == (7, 1, 2)
    assert len(pauses) == 2  # 3 + 3 + 1: a pause after each full batch
    assert await _ids(database_url) == {"$recent", "$pending", "$failed-young"}
    txns = {r["txn_id"] for r in await _fetch(database_url, "SELECT txn_id FROM as_transaction")}
    assert txns == {"txn-young"}
    sample = metrics.registry.get_sample_value
    assert sample("contactbot_retention_purged_total", {"kind": "processed"}) == 7
    assert sample("contactbot_retention_purged_total", {"kind": "parked"}) == 2
    assert (await retention.purge()).total == 0


async def test_zero_days_keeps_forever(database_url: str, db: Database) -> None:
    """A window of 0 days turns that purge off, as status.retention_days 0 does."""
    await _event(database_url, "$ancient", "done", 400)
    await _txn(database_url, "txn-ancient", 400)
    settings = RetentionSettings(processed_days=0, transaction_days=0, parked_days=0)
    assert (await InboxRetention(db, settings).purge()).total == 0
    assert await _ids(database_url) == {"$ancient"}


async def test_only_parked_events_can_be_purged_by_status(db: Database) -> None:
    """The on-demand purge refuses statuses other than failed and malformed."""
    async with db.autocommit() as conn:
        with pytest.raises(ValueError, match="only parked"):
            await RetentionRepository(conn).purge_parked(timedelta(0), 10, ("done",))


def test_settings_are_read_from_the_config_and_validated() -> None:
    """The example config's inbox.retention keys give the documented defaults; negative
    windows are refused."""
    settings = RetentionSettings.from_config(make_config("postgresql://x/y"))
    assert settings == RetentionSettings()
    with pytest.raises(ValueError, match="processed_days"):
        RetentionSettings(processed_days=-1)


async def test_dedupe_survives_a_restart_within_the_window_and_ends_after_it(
    database_url: str,
) -> None:
    """A command is answered once; after a restart and a retention pass (rows inside their
    windows), the homeserver's retry of the same transaction and the same event in a new
    transaction are both skipped. Once both windows have passed, the rows are purged."""
    gateway = FakeGateway()
    body = {"events": [text("!help", event_id="$cmd")]}
    bot = make_bot(database_url, gateway)
    await bot.start()
    try:
        async with aiohttp.ClientSession() as session:
            assert (await AppserviceClient(bot, session).put("t1", body))[0] == 200
        await wait_for(lambda: gateway.messages())
        assert bot.db is not None
        assert (await InboxRetention(bot.db, RetentionSettings()).purge()).total == 0
    finally:
        await bot.stop()

    bot = make_bot(database_url, gateway)
    await bot.start()
    try:
        async with aiohttp.ClientSession() as session:
            client = AppserviceClient(bot, session)
            assert (await client.put("t1", body))[0] == 200
            assert (await client.put("t2", body))[0] == 200
            await client.put("t3", {"events": [text("!help", event_id="$later")]})
        await wait_for(lambda: len(gateway.messages()) == 2)
        await _rows(database_url, "UPDATE inbox_event SET processed_at = now() - interval '4d'")
        await _rows(database_url, "UPDATE as_transaction SET received_at = now() - interval '8d'")
        assert bot.db is not None
        result = await InboxRetention(bot.db, RetentionSettings()).purge()
    finally:
        await bot.stop()
    assert len(gateway.messages()) == 2  # $cmd once, $later once
    assert (result.processed, result.transactions) == (2, 3)
    assert await _ids(database_url) == set()


async def test_cli_inbox_purge_deletes_parked_events(database_url: str, tmp_path: Path) -> None:
    """`contactbot inbox purge` deletes failed and malformed events (all, or only old ones,
    or one status), never done or pending ones, and says how many."""
    await _event(database_url, "$failed-new", "failed", 0)
    await _event(database_url, "$failed-old", "failed", 5)
    await _event(database_url, "$malformed", "malformed", 0)
    await _event(database_url, "$done", "done", 0)
    await _event(database_url, "$pending", "pending", 0)
    make_config(database_url).save(tmp_path / "config.yaml")

    def purge(*args: str) -> str:
        result = subprocess.run(
            [sys.executable, "-m", "contactbot", "-c", "config.yaml", "inbox", "purge", *args],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        assert result.returncode == 0, result.stderr
        return result.stdout.strip()

    assert purge("--older-than", "1") == "Deleted 1 failed and malformed inbox events"
    assert purge("--status", "malformed") == "Deleted 1 malformed inbox events"
    assert purge() == "Deleted 1 failed and malformed inbox events"
    assert await _ids(database_url) == {"$done", "$pending"}
