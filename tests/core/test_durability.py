"""Nothing is lost and nothing is done twice: database outages and a SIGKILLed process."""

from __future__ import annotations

import asyncio
import signal
from pathlib import Path

import aiohttp
import asyncpg

from tests.botfactory import HS_TOKEN, make_bot, make_config
from tests.fakes import FakeGateway
from tests.pgserver import free_port
from tests.stub_homeserver import StubHomeserver
from tests.tcpproxy import PostgresProxy
from tests.testbot import AppserviceClient, start_bot_process, text, wait_for, wait_ready


async def test_database_down_answers_5xx_then_succeeds_when_back(
    database_url: str, gateway: FakeGateway
) -> None:
    """With PostgreSQL unreachable a transaction gets 5xx (never 200); the homeserver's retry
    after the database returns gets 200 and the event is processed, once."""
    proxy = PostgresProxy(database_url)
    await proxy.start()
    bot = make_bot(proxy.url, gateway)
    await bot.start()
    try:
        async with aiohttp.ClientSession() as session:
            client = AppserviceClient(bot, session)
            await proxy.stop()
            status, _ = await client.put("t1", {"events": [text(event_id="$cmd", body="!help")]})
            assert status >= 500
            await proxy.start()
            status = 0
            for _ in range(50):  # the homeserver's backoff, compressed
                status, _ = await client.put(
                    "t1", {"events": [text(event_id="$cmd", body="!help")]}
                )
                if status == 200:
                    break
                await asyncio.sleep(0.1)
            assert status == 200
            await wait_for(lambda: gateway.messages(), timeout=15)
            await asyncio.sleep(0.3)
            assert len(gateway.messages()) == 1
    finally:
        await bot.stop()
        await proxy.stop()


async def test_sigkill_after_ack_before_processing_completes(
    database_url: str, tmp_path: Path
) -> None:
    """A bot killed with SIGKILL after acknowledging a transaction, while processing it,
    handles the event after restart, and the user sees exactly one reply."""
    hs = StubHomeserver(hang_sends=True)
    await hs.start()
    port = free_port()
    config = make_config(database_url, **{"homeserver.address": hs.url, "appservice.port": port})
    config_path = tmp_path / "config.yaml"
    config.save(config_path)
    log = tmp_path / "bot.log"
    proc = start_bot_process(config_path, log)
    try:
        await wait_ready(port, proc, log)
        async with aiohttp.ClientSession() as session:
            async with session.put(
                f"http://127.0.0.1:{port}/_matrix/app/v1/transactions/t1",
                json={"events": [text(event_id="$cmd", body="!help")]},
                headers={"Authorization": f"Bearer {HS_TOKEN}"},
            ) as resp:
                assert resp.status == 200  # acknowledged: the homeserver will not resend
        await asyncio.wait_for(hs.send_started.wait(), 10)  # the reply is being sent...
        proc.send_signal(signal.SIGKILL)  # ...and the process dies before committing
        proc.wait(10)
        assert hs.sends == []

        hs.hang_sends = False
        proc = start_bot_process(config_path, log)
        await wait_ready(port, proc, log)
        await wait_for(lambda: hs.sends, timeout=10)
        await asyncio.sleep(0.5)
        assert len(hs.sends) == 1
        _, _, content = hs.sends[0]
        assert content["m.relates_to"]["m.in_reply_to"]["event_id"] == "$cmd"
        # Both attempts used the same transaction ID, so a real homeserver dedupes them too.
        assert hs.send_attempts == 2
        conn = await asyncpg.connect(database_url)
        try:
            status = await conn.fetchval("SELECT status FROM inbox_event WHERE event_id = '$cmd'")
        finally:
            await conn.close()
        assert status == "done"
    finally:
        if proc.poll() is None:
            proc.terminate()
            proc.wait(10)
        await hs.stop()


async def test_database_restart_between_transactions_costs_the_homeserver_no_retry(
    database_url: str, gateway: FakeGateway
) -> None:
    """Pooled connections are not pinged before use; when the server has dropped them all (as
    a restart does), the next transaction still gets 200 at the first try, and its command is
    answered once the worker has reconnected."""
    bot = make_bot(database_url, gateway)
    await bot.start()
    try:
        async with aiohttp.ClientSession() as session:
            client = AppserviceClient(bot, session)
            assert (await client.put("warm", {"events": [text(body="hi")]}))[0] == 200
            conn = await asyncpg.connect(database_url)
            try:
                killed = await conn.fetchval(
                    "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND pid <> pg_backend_pid()"
                )
            finally:
                await conn.close()
            assert killed >= 1
            events = [text(event_id="$after", body="!help")]
            assert (await client.put("after-restart", {"events": events}))[0] == 200
            await wait_for(lambda: gateway.messages(), timeout=15)
            await asyncio.sleep(0.3)
            assert len(gateway.messages()) == 1
    finally:
        await bot.stop()
