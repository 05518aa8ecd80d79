"""The polling fetch against a real loopback HTTP server: how every kind of answer maps to a
``FetchOutcome``, and what reaches the sink (the status service) and what never does."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import aiohttp
import pytest
from aiohttp import web

from contactbot.core.transport.matrix_client import HomeserverClient, profile_path
from contactbot.features.status.services.polling import (
    FetchOutcome,
    FetchResult,
    PollSettings,
)
from contactbot.features.status.services.scheduler import ProfileScheduler
from contactbot.features.status.transport.fetcher import ProfileFetcher
from tests.pgserver import free_port

TOKEN = "as-token-for-tests"


@dataclass
class Answer:
    status: int = 200
    body: bytes = b"{}"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    chunked: bool = False


class ProfileServer:
    """Answers ``GET /_matrix/client/v3/profile/{userId}`` from ``answers``; records requests."""

    def __init__(self) -> None:
        self.answers: dict[str, Answer] = {}
        self.requests: list[tuple[str, str | None]] = []
        self.port = 0
        self._runner: web.AppRunner | None = None

    def json(self, user: str, status: int, body: Any, **kwargs: Any) -> None:
        self.answers[user] = Answer(status, json.dumps(body).encode(), **kwargs)

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        user = request.match_info["user_id"]
        self.requests.append((request.raw_path, request.headers.get("Authorization")))
        answer = self.answers.get(user, Answer(404, b'{"errcode":"M_NOT_FOUND"}'))
        if answer.delay:
            await asyncio.sleep(answer.delay)
        if answer.chunked:
            resp = web.StreamResponse(status=answer.status, headers=answer.headers)
            resp.enable_chunked_encoding()
            await resp.prepare(request)
            for start in range(0, len(answer.body), 8192):
                await resp.write(answer.body[start : start + 8192])
            await resp.write_eof()
            return resp
        return web.Response(
            status=answer.status,
            body=answer.body,
            headers={"Content-Type": "application/json", **answer.headers},
        )

    async def start(self) -> None:
        app = web.Application()
        app.router.add_get("/_matrix/client/v3/profile/{user_id}", self._handle)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", 0).start()
        self.port = self._runner.addresses[0][1]

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"


class Sink:
    def __init__(self) -> None:
        self.seen: list[tuple[str, Mapping[str, object] | None]] = []
        self.fail = False

    async def __call__(
        self, user_id: str, profile: Mapping[str, object] | None, requested_at: datetime
    ) -> None:
        if self.fail:
            raise RuntimeError("database down")
        assert requested_at.tzinfo is not None
        self.seen.append((user_id, profile))


@pytest.fixture
async def server() -> AsyncIterator[ProfileServer]:
    srv = ProfileServer()
    await srv.start()
    yield srv
    await srv.stop()


@pytest.fixture
async def session() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as http:
        yield http


@pytest.fixture
def sink() -> Sink:
    return Sink()


def client(session: aiohttp.ClientSession, url: str) -> HomeserverClient:
    """The production gateway, pointed at the test server."""
    return HomeserverClient(url, TOKEN, "@contactbot:example.org", "contactbot", session)


def fetcher(
    session: aiohttp.ClientSession, server: ProfileServer, sink: Sink, **kwargs: Any
) -> ProfileFetcher:
    return ProfileFetcher(client(session, server.url), sink, **kwargs)


async def test_a_profile_is_read_and_handed_on(
    session: aiohttp.ClientSession, server: ProfileServer, sink: Sink
) -> None:
    """A 200 JSON object is the profile: handed to the sink and reported OK; the request
    authenticates with the as_token and escapes the user ID in the path."""
    user = "@we/ird:example.org"
    server.json(user, 200, {"displayname": "W", "m.status": {"text": "hi", "emoji": "x"}})
    outcome = await fetcher(session, server, sink)(user)
    assert outcome == FetchOutcome.ok()
    assert sink.seen == [(user, {"displayname": "W", "m.status": {"text": "hi", "emoji": "x"}})]
    path, auth = server.requests[0]
    assert path == profile_path(user) == "/_matrix/client/v3/profile/@we%2Fird:example.org"
    assert auth == f"Bearer {TOKEN}"


async def test_404_m_not_found_means_cleared(
    session: aiohttp.ClientSession, server: ProfileServer, sink: Sink
) -> None:
    """404 M_NOT_FOUND means nothing is set: the sink hears ``None`` (cleared)."""
    server.json("@a:x", 404, {"errcode": "M_NOT_FOUND", "error": "Profile was not found"})
    assert await fetcher(session, server, sink)("@a:x") == FetchOutcome.not_found()
    assert sink.seen == [("@a:x", None)]


@pytest.mark.parametrize(
    "body",
    [
        b'{"errcode": "M_UNRECOGNIZED", "error": "Unrecognized request"}',
        b'{"errcode": "M_UNKNOWN", "error": "No row found (profiles)"}',
        b"<html>Not Found</html>",
    ],
    ids=["M_UNRECOGNIZED", "M_UNKNOWN", "not JSON"],
)
async def test_other_404s_are_failures_and_clear_nothing(
    session: aiohttp.ClientSession, server: ProfileServer, sink: Sink, body: bytes
) -> None:
    """A 404 without M_NOT_FOUND (no such endpoint, a user the server does not know, a proxy
    page) says nothing about the profile: a failure of this user, and nothing is cleared."""
    server.answers["@a:x"] = Answer(404, body)
    outcome = await fetcher(session, server, sink)("@a:x")
    assert outcome.result is FetchResult.FAILED and outcome.status == 404
    assert sink.seen == []


async def test_429_honours_retry_after(
    session: aiohttp.ClientSession, server: ProfileServer, sink: Sink
) -> None:
    """429 is rate limiting: retry_after_ms from the body, else the Retry-After header (in
    seconds), else no figure."""
    server.json("@a:x", 429, {"errcode": "M_LIMIT_EXCEEDED", "retry_after_ms": 2500})
    server.json("@b:x", 429, {"errcode": "M_LIMIT_EXCEEDED"}, headers={"Retry-After": "7"})
    server.json("@c:x", 429, {"errcode": "M_LIMIT_EXCEEDED"})
    fetch = fetcher(session, server, sink)
    assert await fetch("@a:x") == FetchOutcome.rate_limited(2500)
    assert await fetch("@b:x") == FetchOutcome.rate_limited(7000)
    assert await fetch("@c:x") == FetchOutcome.rate_limited(None)
    assert sink.seen == []


@pytest.mark.parametrize("status", [500, 502, 504])
async def test_5xx_is_server_trouble(
    session: aiohttp.ClientSession, server: ProfileServer, sink: Sink, status: int
) -> None:
    """5xx (often the remote server, through ours) is reported as a server error."""
    server.json("@a:x", status, {"errcode": "M_UNKNOWN"})
    assert await fetcher(session, server, sink)("@a:x") == FetchOutcome.server_error(status)
    assert sink.seen == []


@pytest.mark.parametrize("chunked", [False, True], ids=["content-length", "chunked"])
async def test_an_oversized_body_is_refused(
    session: aiohttp.ClientSession, server: ProfileServer, sink: Sink, chunked: bool
) -> None:
    """A body over the cap is refused, whether its length is announced or streamed."""
    big = json.dumps({"displayname": "x" * 200_000}).encode()
    server.answers["@a:x"] = Answer(200, big, chunked=chunked)
    outcome = await fetcher(session, server, sink, max_body_bytes=65536)("@a:x")
    assert outcome.result is FetchResult.FAILED
    assert sink.seen == []
    server.answers["@b:x"] = Answer(200, json.dumps({"displayname": "y" * 1000}).encode())
    assert (await fetcher(session, server, sink, max_body_bytes=65536)("@b:x")).result is (
        FetchResult.OK
    )


async def test_bad_utf8_is_decoded_with_replacements(
    session: aiohttp.ClientSession, server: ProfileServer, sink: Sink
) -> None:
    """Bytes that are not UTF-8 become U+FFFD; the profile is still read."""
    server.answers["@a:x"] = Answer(200, b'{"displayname": "bad \xff\xfe name"}')
    assert (await fetcher(session, server, sink)("@a:x")).result is FetchResult.OK
    assert sink.seen == [("@a:x", {"displayname": "bad \ufffd\ufffd name"})]


@pytest.mark.parametrize(
    ("status", "body"),
    [(200, b"[1, 2]"), (200, b"{not json"), (200, b"[" * 100_000), (403, b'{"errcode":"M_X"}')],
    ids=["a list", "invalid JSON", "too deep", "403"],
)
async def test_junk_and_refusals_are_failures_of_the_user(
    session: aiohttp.ClientSession, server: ProfileServer, sink: Sink, status: int, body: bytes
) -> None:
    """A 200 that is not a JSON object, and any other status, fail this user only."""
    server.answers["@a:x"] = Answer(status, body)
    outcome = await fetcher(session, server, sink)("@a:x")
    assert outcome.result is FetchResult.FAILED and outcome.status == status
    assert sink.seen == []


async def test_unreachable_and_slow_servers(
    session: aiohttp.ClientSession, server: ProfileServer, sink: Sink
) -> None:
    """A refused connection and a timeout are reported as unreachable."""
    closed = ProfileFetcher(client(session, f"http://127.0.0.1:{free_port()}"), sink)
    assert await closed("@a:x") == FetchOutcome.unreachable()
    server.answers["@slow:x"] = Answer(200, b"{}", delay=2.0)
    assert await fetcher(session, server, sink, timeout=0.2)("@slow:x") == (
        FetchOutcome.unreachable()
    )
    assert sink.seen == []


async def test_a_sink_failure_is_a_failure_of_the_user_not_of_the_server(
    session: aiohttp.ClientSession, server: ProfileServer, sink: Sink
) -> None:
    """When storing fails the user is retried later; the server is not backed off."""
    server.json("@a:x", 200, {"displayname": "A"})
    sink.fail = True
    outcome = await fetcher(session, server, sink)("@a:x")
    assert outcome.result is FetchResult.FAILED and outcome.status == 200


async def test_the_scheduler_polls_every_tracked_user_through_the_fetcher(
    session: aiohttp.ClientSession, server: ProfileServer, sink: Sink
) -> None:
    """Driven by the scheduler, every tracked user is fetched; one server's 429 backs off
    that server only."""
    for i in range(20):
        server.json(f"@u{i}:good.test", 200, {"displayname": f"U{i}"})
    limit = {"errcode": "M_LIMIT_EXCEEDED", "retry_after_ms": 60_000}
    server.json("@limited:slow.test", 429, limit)
    scheduler = ProfileScheduler(PollSettings(interval=0.5, sweep_jitter=0, global_rps=None))
    for i in range(20):
        scheduler.track(f"@u{i}:good.test")
    scheduler.track("@limited:slow.test")
    task = asyncio.create_task(scheduler.run(fetcher(session, server, sink)))
    try:
        for _ in range(200):
            if len({u for u, _ in sink.seen}) == 20:
                break
            await asyncio.sleep(0.02)
    finally:
        scheduler.stop()
        await asyncio.wait_for(task, 5)
    assert {u for u, _ in sink.seen} == {f"@u{i}:good.test" for i in range(20)}
    limited = [p for p, _ in server.requests if "limited" in p]
    assert len(limited) == 1
