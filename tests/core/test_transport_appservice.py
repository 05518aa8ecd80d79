"""The appservice HTTP API over a real socket, with the real inbox on PostgreSQL."""

from __future__ import annotations

import asyncio
from typing import Any

import aiohttp

from contactbot.app import ContactBot
from tests.botfactory import HS_TOKEN, make_bot
from tests.fakes import FakeGateway
from tests.testbot import ROOM, AppserviceClient, text, wait_for


async def test_missing_token_is_refused_with_401(client: AppserviceClient) -> None:
    """A transaction without any token gets 401 and is not stored."""
    status, body = await client.put("t1", {"events": []}, token=None)
    assert status == 401
    assert body["errcode"] == "M_MISSING_TOKEN"


async def test_wrong_token_is_refused_with_403(client: AppserviceClient, bot: ContactBot) -> None:
    """A wrong hs_token gets 403 M_FORBIDDEN and nothing is processed."""
    status, body = await client.put(
        "t1", {"events": [text(event_id="$a", body="!help")]}, token="wrong"
    )
    assert (status, body["errcode"]) == (403, "M_FORBIDDEN")
    counts = await bot.inbox.refresh_depth()
    assert sum(counts.values()) == 0


async def test_legacy_query_token_must_match_too(client: AppserviceClient) -> None:
    """With a right header but a wrong access_token query parameter, the request is refused."""
    status, _ = await client.put("t1", {"events": []}, query={"access_token": "nope"})
    assert status == 403


async def test_right_token_is_accepted(client: AppserviceClient) -> None:
    """A well-formed transaction with the right token gets 200 {}."""
    assert await client.put("t1", {"events": []}) == (200, {})


async def test_non_json_body_is_400_not_json(client: AppserviceClient) -> None:
    """A body that is not JSON gets 400 M_NOT_JSON."""
    status, body = await client.put("t1", None, raw=b"{nope")
    assert (status, body["errcode"]) == (400, "M_NOT_JSON")


async def test_missing_events_is_400_bad_json(client: AppserviceClient) -> None:
    """JSON without an events list gets 400 M_BAD_JSON."""
    status, body = await client.put("t1", {"ephemeral": []})
    assert (status, body["errcode"]) == (400, "M_BAD_JSON")


async def test_oversized_body_is_refused(client: AppserviceClient) -> None:
    """A body over appservice.max_body_size gets 413 instead of being read into memory."""
    big = {"events": [text(event_id="$big", body="x" * 1_100_000)]}
    status, body = await client.put("t1", big)
    assert status == 413
    assert body["errcode"] == "M_TOO_LARGE"


async def test_unknown_route_is_404_unrecognized(client: AppserviceClient) -> None:
    """Routes the spec does not define answer 404 M_UNRECOGNIZED."""
    status, body = await client.get("/_matrix/app/v1/nothing-here")
    assert (status, body["errcode"]) == (404, "M_UNRECOGNIZED")


async def test_user_and_alias_queries(client: AppserviceClient) -> None:
    """The bot's own user exists; other users and any alias do not."""
    assert (await client.get("/_matrix/app/v1/users/@contactbot:example.org"))[0] == 200
    assert (await client.get("/_matrix/app/v1/users/@other:example.org"))[0] == 404
    assert (await client.get("/_matrix/app/v1/rooms/%23a:example.org"))[0] == 404
    assert (await client.get("/_matrix/app/v1/users/@contactbot:example.org", None))[0] == 401


async def test_ping_and_probes(client: AppserviceClient) -> None:
    """POST /ping answers {} with auth; live and ready probes answer 200 once started."""
    async with client.session.post(
        client.base + "/_matrix/app/v1/ping",
        json={"transaction_id": "x"},
        headers={"Authorization": f"Bearer {HS_TOKEN}"},
    ) as resp:
        assert resp.status == 200
    assert (await client.get("/_matrix/mau/live", None))[0] == 200
    assert (await client.get("/_matrix/mau/ready", None))[0] == 200


async def test_help_command_gets_a_reply(client: AppserviceClient, gateway: FakeGateway) -> None:
    """A !help in a transaction is processed and answered with a non-pinging notice reply."""
    await client.put("t1", {"events": [text(event_id="$cmd", body="!help")]})
    await wait_for(lambda: gateway.messages())
    reply = gateway.messages()[0]
    assert reply["msgtype"] == "m.notice"
    assert reply["m.relates_to"] == {"m.in_reply_to": {"event_id": "$cmd"}}
    assert reply["m.mentions"] == {}
    assert "!help" in reply["body"]


async def test_duplicate_transaction_is_processed_once(
    client: AppserviceClient, gateway: FakeGateway
) -> None:
    """The same txn ID sent twice gets 200 both times and its events run once."""
    body = {"events": [text(event_id="$cmd", body="!help")]}
    assert (await client.put("t1", body))[0] == 200
    assert (await client.put("t1", body))[0] == 200
    await wait_for(lambda: gateway.messages())
    await asyncio.sleep(0.3)
    assert len(gateway.messages()) == 1


async def test_duplicate_transaction_after_restart_is_ignored(
    database_url: str, gateway: FakeGateway
) -> None:
    """A txn ID seen before a restart is still known afterwards: 200 and nothing more."""
    body = {"events": [text(event_id="$cmd", body="!help")]}
    first = make_bot(database_url, gateway)
    await first.start()
    async with aiohttp.ClientSession() as session:
        assert (await AppserviceClient(first, session).put("t1", body))[0] == 200
        await wait_for(lambda: gateway.messages())
    await first.stop()
    second = make_bot(
        database_url, gateway, **{"appservice.port": first.config.get_int("appservice.port")}
    )
    await second.start()
    try:
        async with aiohttp.ClientSession() as session:
            assert (await AppserviceClient(second, session).put("t1", body))[0] == 200
        await asyncio.sleep(0.3)
        assert len(gateway.messages()) == 1
    finally:
        await second.stop()


async def test_own_echo_is_ignored(client: AppserviceClient, gateway: FakeGateway) -> None:
    """The bot's own messages, echoed back by the homeserver, never trigger commands."""
    await client.put(
        "t1", {"events": [text(event_id="$own", body="!help", sender=gateway.bot_user_id)]}
    )
    await client.put("t2", {"events": [text(event_id="$user", body="!help")]})
    await wait_for(lambda: gateway.messages())
    await asyncio.sleep(0.2)
    replies = gateway.messages()
    assert [r["m.relates_to"]["m.in_reply_to"]["event_id"] for r in replies] == ["$user"]


async def test_malformed_event_is_stored_and_the_rest_processed(
    client: AppserviceClient, bot: ContactBot, gateway: FakeGateway
) -> None:
    """One malformed event in a transaction is kept as malformed; its neighbours still run."""
    events: list[Any] = [
        "not an object",
        {"type": "m.room.message", "content": {"body": "!help"}},
        {
            "event_id": "$nul",
            "room_id": ROOM,
            "sender": "@a:example.org",
            "type": "x",
            "content": {"body": "nul \u0000 and lone \ud800 surrogate"},
        },
        text(event_id="$ok", body="!help"),
    ]
    assert (await client.put("t1", {"events": events}))[0] == 200
    await wait_for(lambda: gateway.messages())
    counts = await bot.inbox.refresh_depth()
    assert counts.get("malformed") == 2
    assert gateway.messages()[0]["m.relates_to"]["m.in_reply_to"]["event_id"] == "$ok"


async def test_events_of_one_room_are_processed_in_order(
    client: AppserviceClient, gateway: FakeGateway
) -> None:
    """Events within a room are answered in the order the homeserver sent them."""
    events = [text(event_id=f"$e{i}", body="!help") for i in range(5)]
    await client.put("t1", {"events": events})
    await wait_for(lambda: len(gateway.messages()) == 5)
    order = [r["m.relates_to"]["m.in_reply_to"]["event_id"] for r in gateway.messages()]
    assert order == [f"$e{i}" for i in range(5)]


async def test_failing_reply_is_retried_then_succeeds(
    client: AppserviceClient, gateway: FakeGateway, bot: ContactBot
) -> None:
    """A reply the homeserver cannot take (unreachable) waits in the outbox and is retried
    with backoff until it works; the command itself is processed once, not retried."""
    gateway.fail_sends = 2
    await client.put("t1", {"events": [text(event_id="$cmd", body="!help")]})
    await wait_for(lambda: gateway.messages(), timeout=10)
    counts = await bot.inbox.refresh_depth()
    assert counts.get("done") == 1
    assert bot.metrics.outbox_effects.labels("retry")._value.get() == 2
    assert bot.metrics.outbox_effects.labels("sent")._value.get() == 1
    assert bot.metrics.events_processed.labels("retry")._value.get() == 0
    assert len(gateway.messages()) == 1


async def test_reused_transaction_id_with_new_events_is_processed(
    client: AppserviceClient, gateway: FakeGateway
) -> None:
    """Synapse on SQLite restarts transaction numbering after a restart: an old ID carrying new
    events is a new transaction, not a retry, and its events are processed."""
    assert (await client.put("1", {"events": [text(event_id="$first", body="!help")]}))[0] == 200
    await wait_for(lambda: len(gateway.messages()) == 1)
    assert (await client.put("1", {"events": [text(event_id="$second", body="!help")]}))[0] == 200
    await wait_for(lambda: len(gateway.messages()) == 2)
    targets = [r["m.relates_to"]["m.in_reply_to"]["event_id"] for r in gateway.messages()]
    assert targets == ["$first", "$second"]


async def test_deeply_nested_hostile_events_do_not_wedge_the_appservice(
    client: AppserviceClient, bot: ContactBot, gateway: FakeGateway
) -> None:
    """Events nested thousands of levels deep (with NUL characters) are stored and answered
    200, so the homeserver never retries them forever; the next event is still processed."""
    deep: Any = "nul\u0000"
    for _ in range(900):
        deep = {"a": deep}
    hostile = text(event_id="$deep", body="!help")
    hostile["content"]["x"] = deep
    assert (await client.put("t1", {"events": [hostile, text(event_id="$after", body="!help")]}))[
        0
    ] == 200
    too_deep = '{"events": [' + '{"a":' * 5000 + "1" + "}" * 5000 + "]}"
    status, _ = await client.put("t2", None, raw=too_deep.encode())
    assert status == 200
    await wait_for(lambda: len(gateway.messages()) == 2)
    counts = await bot.inbox.refresh_depth()
    assert counts.get("malformed") == 1


async def test_later_events_of_a_room_wait_behind_a_failing_one(
    client: AppserviceClient, gateway: FakeGateway
) -> None:
    """When a room's first event fails, the events after it wait for its retry instead of
    overtaking it: replies still come out in the homeserver's order."""
    gateway.fail_sends = 1
    await client.put("t1", {"events": [text(event_id=f"$o{i}", body="!help") for i in range(3)]})
    await wait_for(lambda: len(gateway.messages()) == 3, timeout=10)
    order = [r["m.relates_to"]["m.in_reply_to"]["event_id"] for r in gateway.messages()]
    assert order == ["$o0", "$o1", "$o2"]
