"""Chatter is settled at ingest: stored as done without its content, never queued for the worker.

Only events with no effect to run qualify (plaintext messages that are not commands, and the
bot's own echoes); everything else waits for the worker as before.
"""

from __future__ import annotations

import asyncio
from typing import Any

import asyncpg
import pytest
from aiohttp.test_utils import TestClient, TestServer

from contactbot.app import ContactBot
from contactbot.core.transport.appservice import AppserviceAPI
from tests.botfactory import HS_TOKEN
from tests.fakes import FakeGateway
from tests.testbot import BOT, ROOM, AppserviceClient, event, feed, text, wait_for


def message(body: Any, msgtype: str | None = "m.text", sender: str = "@alice:example.org") -> Any:
    content: dict[str, Any] = {"body": body}
    if msgtype is not None:
        content["msgtype"] = msgtype
    return event("m.room.message", content, sender)


# (what, event, needs the worker, gets a reply when handled)
CASES = [
    ("chatter", message("hello there"), False, False),
    ("a command", message("!help"), True, True),
    ("an unknown command (answered with a hint)", message("!nosuch"), True, True),
    ("a command without msgtype", message("!help", msgtype=None), True, True),
    ("the prefix alone", message("!"), False, False),
    ("a command typed after a space", message(" !help"), False, False),
    ("a notice that looks like a command", message("!help", msgtype="m.notice"), False, False),
    ("an emote that looks like a command", message("!help", msgtype="m.emote"), False, False),
    ("a body that is not a string", message(["!help"]), False, False),
    ("the bot's own echo of a command", message("!help", sender=BOT), False, False),
    ("a reaction", event("m.reaction", {"m.relates_to": {}}), True, False),
    (
        "a redaction",
        event(
            "m.room.redaction",
            {},
        ),
        True,
        False,
    ),
    ("an encrypted event", event("m.room.encrypted", {"algorithm": "x"}), True, False),
    (
        "a membership",
        event("m.room.member", {"membership": "join"}, state_key="@b:x"),
        True,
        False,
    ),
    (
        "a message with a state key",
        event("m.room.message", {"body": "hi"}, state_key=""),
        True,
        False,
    ),
]


@pytest.mark.parametrize(
    ("what", "raw", "needs_worker", "replies"), CASES, ids=[c[0] for c in CASES]
)
async def test_triage_matches_what_handling_the_event_does(
    bot: ContactBot, gateway: FakeGateway, what: str, raw: Any, needs_worker: bool, replies: bool
) -> None:
    """The router's ingest triage calls an event passive only when handling it would send
    nothing: each case is handled for real and its replies counted."""
    assert bot.router.needs_worker(raw) is needs_worker, what
    await feed(bot, raw)
    assert bool(gateway.messages()) is replies, what


async def test_chatter_is_stored_done_without_content_and_commands_still_run(
    bot: ContactBot, gateway: FakeGateway, client: AppserviceClient, database_url: str
) -> None:
    """In a transaction of chatter and one command, the chatter rows are done at once, keep
    no text, and count one attempt; the command is processed and answered once."""
    events = [text(f"private words {i}", event_id=f"$chat{i}") for i in range(3)]
    events.append(text("!help", event_id="$cmd"))
    assert (await client.put("t-mixed", {"events": events}))[0] == 200
    await wait_for(lambda: gateway.messages(), timeout=10)
    conn = await asyncpg.connect(database_url)
    try:
        rows = await conn.fetch(
            "SELECT event_id, status, attempts, processed_at = received_at AS processed, "
            "payload::text AS payload FROM inbox_event ORDER BY id"
        )
    finally:
        await conn.close()
    chat = [r for r in rows if r["event_id"].startswith("$chat")]
    assert [(r["status"], r["attempts"], r["processed"]) for r in chat] == [("done", 1, True)] * 3
    assert all("private words" not in r["payload"] for r in chat)
    assert all('"content": {}' in r["payload"] for r in chat)
    await asyncio.sleep(0.3)
    assert len(gateway.messages()) == 1


async def test_chatter_is_noted_as_activity_once_per_delivery(
    bot: ContactBot, client: AppserviceClient
) -> None:
    """Passive messages still reach the activity hooks (the status feature fetches a talking
    user's stale profile); the homeserver's retry of the same transaction does not repeat it."""
    seen: list[tuple[str, str]] = []
    bot.router.on_activity(lambda sender, room: seen.append((sender, room)))
    body = {"events": [text("hi", event_id="$hi"), text("hi", sender=BOT, event_id="$own")]}
    assert (await client.put("t-act", body))[0] == 200
    assert (await client.put("t-act", body))[0] == 200
    assert seen == [("@alice:example.org", ROOM)]


async def test_only_transactions_with_work_wake_the_worker(bot: ContactBot) -> None:
    """The HTTP API wakes the worker for a transaction only when it queued something: a
    transaction of chatter costs its one insert and no worker round."""
    wakes: list[int] = []
    api = AppserviceAPI(
        hs_token=HS_TOKEN,
        inbox=bot.inbox,
        metrics=bot.metrics,
        on_accepted=lambda: wakes.append(1),
        user_exists=lambda _user: asyncio.sleep(0, False),
        max_body_size=1 << 20,
    )
    async with TestClient(TestServer(api.build_app())) as http:
        headers = {"Authorization": f"Bearer {HS_TOKEN}"}
        chatter = {"events": [text(f"chat {i}") for i in range(5)]}
        resp = await http.put("/_matrix/app/v1/transactions/c1", json=chatter, headers=headers)
        assert resp.status == 200 and wakes == []
        mixed = {"events": [text("more chat"), text("!help")]}
        resp = await http.put("/_matrix/app/v1/transactions/c2", json=mixed, headers=headers)
        assert resp.status == 200 and wakes == [1]


async def test_accept_counts_what_waits_for_the_worker(bot: ContactBot) -> None:
    """``accept`` reports stored and pending apart: chatter is stored but not pending, a
    malformed event is stored but not pending, a command is pending."""
    result = await bot.inbox.accept(
        "c3", [text("chat"), text("!help"), {"event_id": "$bad", "type": "m.room.message"}]
    )
    assert (result.duplicate, result.stored, result.pending) == (False, 3, 1)
