"""The Prometheus endpoint reports what the appservice did."""

from __future__ import annotations

import aiohttp

from tests.botfactory import HS_TOKEN, make_bot
from tests.fakes import FakeGateway
from tests.pgserver import free_port
from tests.testbot import AppserviceClient, text, wait_for


async def test_metrics_count_transactions_and_processed_events(
    database_url: str, gateway: FakeGateway
) -> None:
    """/metrics shows accepted, duplicate and rejected transactions, processed events and the
    inbox depth by status."""
    port = free_port()
    bot = make_bot(database_url, gateway, **{"metrics.enabled": True, "metrics.port": port})
    await bot.start()
    try:
        async with aiohttp.ClientSession() as session:
            client = AppserviceClient(bot, session)
            await client.put("t1", {"events": [text(event_id="$a", body="!help")]})
            await client.put("t1", {"events": [text(event_id="$a", body="!help")]})
            await client.put("t2", {"events": []}, token="wrong")
            await wait_for(lambda: gateway.messages())
            await bot.inbox.refresh_depth()
            async with session.get(f"http://127.0.0.1:{port}/metrics") as resp:
                assert resp.status == 200
                exposition = await resp.text()
    finally:
        await bot.stop()
    assert 'contactbot_transactions_total{outcome="accepted"} 1.0' in exposition
    assert 'contactbot_transactions_total{outcome="duplicate"} 1.0' in exposition
    assert 'contactbot_transactions_total{outcome="rejected"} 1.0' in exposition
    assert "contactbot_events_received_total 1.0" in exposition
    assert 'contactbot_inbox_depth{status="done"}' in exposition
    assert HS_TOKEN not in exposition
