"""The polling fetch: ``GET /_matrix/client/v3/profile/{userId}`` → ``FetchOutcome``.

One call fetches one whole profile as the appservice's sender and hands what it read to a sink
(the status service); the outcome tells the scheduler how the request went. Answers are read
defensively, because a remote user's profile is whatever their server sends through ours:

* 200 with a JSON object: the profile. Anything else in a 200 is junk: a failure of this user.
* 404 ``M_NOT_FOUND``: nothing is set, i.e. cleared. Any other 404 (``M_UNRECOGNIZED`` from a
  server without the endpoint, ``M_UNKNOWN`` "No row found" for a user Synapse does not know)
  says nothing about the profile and is a failure, so a stored status is never cleared by it.
* 429: back off, honouring ``retry_after_ms`` (or a ``Retry-After`` header).
* 5xx: server trouble, backed off per server; the body is not read.
* Bodies above ``max_body_bytes`` are refused unread (a whole profile is at most 64 KiB on
  Synapse); bytes that are not UTF-8 are decoded with U+FFFD replacements, never rejected.
* Connection errors and timeouts: unreachable.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable, Mapping
from datetime import UTC, datetime
from urllib.parse import quote

import aiohttp
from yarl import URL

from contactbot.core.errors import HomeserverUnavailable
from contactbot.core.services.gateway import MatrixGateway
from contactbot.features.status.services.scheduler import FetchOutcome

log = logging.getLogger(__name__)

# What to do with a profile that was read: (user_id, profile or None for cleared, request time).
ProfileSink = Callable[[str, Mapping[str, object] | None, datetime], Awaitable[object]]

DEFAULT_MAX_BODY_BYTES = 256 * 1024
DEFAULT_TIMEOUT = 20.0


def _utcnow() -> datetime:
    return datetime.now(UTC)


def profile_path(user_id: str) -> str:
    """The encoded request path; ``/`` and anything else unusual in a user ID is escaped."""
    return "/_matrix/client/v3/profile/" + quote(user_id, safe="@:")


def _retry_after_ms(data: object, header: str | None) -> int | None:
    value = data.get("retry_after_ms") if isinstance(data, dict) else None
    if isinstance(value, int | float) and not isinstance(value, bool) and value >= 0:
        return int(value)
    if header is not None:
        try:
            seconds = float(header)
        except ValueError:
            return None  # an HTTP date: rare enough to fall back to our own backoff
        if seconds >= 0:
            return int(seconds * 1000)
    return None


async def _read_capped(resp: aiohttp.ClientResponse, cap: int) -> bytes | None:
    """The body, or None when it is larger than ``cap`` (stops reading at the cap)."""
    if resp.content_length is not None and resp.content_length > cap:
        return None
    chunks: list[bytes] = []
    size = 0
    async for chunk in resp.content.iter_chunked(65536):
        size += len(chunk)
        if size > cap:
            return None
        chunks.append(chunk)
    return b"".join(chunks)


def _parse(body: bytes) -> object:
    try:
        return json.loads(body.decode("utf-8", "replace"))
    except (ValueError, RecursionError):
        return None


class ProfileFetcher:
    """``fetch(user_id) -> FetchOutcome`` for ``ProfileScheduler.run`` over aiohttp."""

    def __init__(
        self,
        session: aiohttp.ClientSession,
        base_url: str,
        as_token: str,
        sink: ProfileSink,
        *,
        timeout: float = DEFAULT_TIMEOUT,
        max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
        now: Callable[[], datetime] = _utcnow,
    ) -> None:
        self._session = session
        self._base = base_url.rstrip("/")
        self._headers = {"Authorization": f"Bearer {as_token}"}
        self._sink = sink
        self._timeout = aiohttp.ClientTimeout(total=timeout)
        self._max = max_body_bytes
        self._now = now

    async def __call__(self, user_id: str) -> FetchOutcome:
        url = URL(self._base + profile_path(user_id), encoded=True)
        requested_at = self._now()
        try:
            async with self._session.get(
                url, headers=self._headers, timeout=self._timeout, allow_redirects=False
            ) as resp:
                status = resp.status
                if status >= 500:
                    return FetchOutcome.server_error(status)
                body = await _read_capped(resp, self._max)
                retry_header = resp.headers.get("Retry-After")
        except (aiohttp.ClientError, TimeoutError, OSError) as err:
            log.debug("Profile fetch of %s failed: %s", user_id, err)
            return FetchOutcome.unreachable()
        if body is None:
            log.info("Profile of %s is larger than %d bytes; not read", user_id, self._max)
            return FetchOutcome.failed(status)
        data = _parse(body)
        if status == 200:
            if not isinstance(data, dict):
                log.debug("Profile of %s is not a JSON object", user_id)
                return FetchOutcome.failed(status)
            return await self._deliver(user_id, data, requested_at, FetchOutcome.ok())
        errcode = data.get("errcode") if isinstance(data, dict) else None
        if status == 404:
            if errcode == "M_NOT_FOUND":
                return await self._deliver(user_id, None, requested_at, FetchOutcome.not_found())
            return FetchOutcome.failed(status)
        if status == 429:
            return FetchOutcome.rate_limited(_retry_after_ms(data, retry_header))
        return FetchOutcome.failed(status)

    async def _deliver(
        self,
        user_id: str,
        profile: Mapping[str, object] | None,
        requested_at: datetime,
        outcome: FetchOutcome,
    ) -> FetchOutcome:
        try:
            await self._sink(user_id, profile, requested_at)
        except Exception as err:
            # Not the server's fault: retry this user later, without backing off the server.
            log.warning("Could not store the profile of %s: %s", user_id, err)
            return FetchOutcome.failed(outcome.status)
        return outcome


class GatewayProfileFetcher:
    """The same contract over ``MatrixGateway.get_profile`` (tests with a recording gateway)."""

    def __init__(
        self, gateway: MatrixGateway, sink: ProfileSink, *, now: Callable[[], datetime] = _utcnow
    ) -> None:
        self._gateway = gateway
        self._sink = sink
        self._now = now

    async def __call__(self, user_id: str) -> FetchOutcome:
        requested_at = self._now()
        try:
            profile = await self._gateway.get_profile(user_id)
        except HomeserverUnavailable:
            return FetchOutcome.unreachable()
        outcome = FetchOutcome.ok() if profile is not None else FetchOutcome.not_found()
        try:
            await self._sink(user_id, profile, requested_at)
        except Exception as err:
            log.warning("Could not store the profile of %s: %s", user_id, err)
            return FetchOutcome.failed(outcome.status)
        return outcome
