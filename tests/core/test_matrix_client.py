"""The homeserver client against a real loopback HTTP server: 429 handling and error mapping."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest
from aiohttp import web

from contactbot.core.errors import HomeserverRefused, HomeserverUnavailable
from contactbot.core.transport.matrix_client import HomeserverClient
from tests.pgserver import free_port


class Homeserver:
    def __init__(self) -> None:
        self.port = free_port()
        self.replies: list[tuple[int, dict[str, Any]]] = []
        self.requests: list[tuple[str, str, float, str | None]] = []

    async def handle(self, request: web.Request) -> web.Response:
        self.requests.append(
            (request.method, request.path, time.monotonic(), request.headers.get("Authorization"))
        )
        status, body = self.replies.pop(0) if self.replies else (200, {"event_id": "$ok"})
        return web.json_response(body, status=status)


@pytest.fixture
async def homeserver() -> AsyncIterator[Homeserver]:
    hs = Homeserver()
    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", hs.handle)
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", hs.port).start()
    yield hs
    await runner.cleanup()


@pytest.fixture
async def client(homeserver: Homeserver) -> AsyncIterator[HomeserverClient]:
    async with aiohttp.ClientSession() as session:
        yield HomeserverClient(
            f"http://127.0.0.1:{homeserver.port}", "as-token", "@bot:example.org", "bot", session
        )


async def test_429_is_retried_after_retry_after_ms(
    homeserver: Homeserver, client: HomeserverClient
) -> None:
    """A 429 M_LIMIT_EXCEEDED is retried after the retry_after_ms the homeserver asked for."""
    homeserver.replies = [(429, {"errcode": "M_LIMIT_EXCEEDED", "retry_after_ms": 300})]
    event_id = await client.send_message("!r:example.org", {"body": "x"}, txn_id="t1")
    assert event_id == "$ok"
    assert len(homeserver.requests) == 2
    waited = homeserver.requests[1][2] - homeserver.requests[0][2]
    assert waited >= 0.29
    # Same transaction ID on the retry, so the homeserver can deduplicate it.
    assert homeserver.requests[0][1] == homeserver.requests[1][1]


async def test_as_token_goes_in_the_authorization_header(
    homeserver: Homeserver, client: HomeserverClient
) -> None:
    """Requests carry the as_token as a Bearer header, never in the query string."""
    await client.send_message("!r:example.org", {"body": "x"}, txn_id="t1")
    assert homeserver.requests[0][3] == "Bearer as-token"


async def test_server_errors_become_homeserver_unavailable(
    homeserver: Homeserver, client: HomeserverClient
) -> None:
    """A persistent 5xx surfaces as HomeserverUnavailable, so the inbox retries the event."""
    homeserver.replies = [(500, {"errcode": "M_UNKNOWN"})] * 10
    with pytest.raises(HomeserverUnavailable):
        await client.send_message("!r:example.org", {"body": "x"}, txn_id="t1")


async def test_unreachable_homeserver_becomes_homeserver_unavailable() -> None:
    """A refused connection surfaces as HomeserverUnavailable, not a raw socket error."""
    async with aiohttp.ClientSession() as session:
        client = HomeserverClient(
            f"http://127.0.0.1:{free_port()}", "t", "@bot:example.org", "bot", session
        )
        client.api.default_retry_count = 0
        with pytest.raises(HomeserverUnavailable):
            await client.send_message("!r:example.org", {"body": "x"}, txn_id="t1")


async def test_missing_profile_is_none(homeserver: Homeserver, client: HomeserverClient) -> None:
    """A 404 M_NOT_FOUND profile reads as None (no profile), not an error."""
    homeserver.replies = [(404, {"errcode": "M_NOT_FOUND", "error": "no profile"})]
    assert await client.get_profile("@gone:example.org") is None


async def test_ban_of_an_already_banned_user_is_a_success(
    homeserver: Homeserver, client: HomeserverClient
) -> None:
    """A ban the homeserver refuses because it already happened (a replay after a crash) is
    a success once the member state says "ban"; a real refusal still raises."""
    forbidden = (403, {"errcode": "M_FORBIDDEN", "error": "already banned"})
    homeserver.replies = [forbidden, (200, {"membership": "ban"})]
    await client.ban("!r:example.org", "@eve:example.org", "spam")
    homeserver.replies = [forbidden, (200, {"membership": "join"})]
    with pytest.raises(HomeserverRefused):
        await client.ban("!r:example.org", "@eve:example.org", "spam")


async def test_kick_of_a_user_already_gone_is_a_success(
    homeserver: Homeserver, client: HomeserverClient
) -> None:
    """A refused kick of a user who has left (or was never there) is a success."""
    forbidden = (403, {"errcode": "M_FORBIDDEN", "error": "not in room"})
    homeserver.replies = [forbidden, (200, {"membership": "leave"})]
    await client.kick("!r:example.org", "@eve:example.org", "spam")
    homeserver.replies = [forbidden, (404, {"errcode": "M_NOT_FOUND"})]
    await client.kick("!r:example.org", "@nobody:example.org", "spam")
