"""The polling fetch: ``GET /_matrix/client/v3/profile/{userId}`` → ``FetchOutcome``.

One call fetches one whole profile through the gateway (``MatrixGateway.fetch_profile``, as the
appservice's sender) and hands what it read to a sink (the status service); the outcome tells
the scheduler how the request went. Answers are read defensively, because a remote user's
profile is whatever their server sends through ours:

* 200 with a JSON object: the profile. Anything else in a 200 is junk: a failure of this user.
* 404 ``M_NOT_FOUND``: nothing is set, i.e. cleared. Any other 404 (``M_UNRECOGNIZED`` from a
  server without the endpoint, ``M_UNKNOWN`` "No row found" for a user Synapse does not know)
  says nothing about the profile and is a failure, so a stored status is never cleared by it.
* 429: back off, honouring ``retry_after_ms`` (or a ``Retry-After`` header).
* 5xx: server trouble, backed off per server; the body is not read.
* Bodies above ``max_body_bytes`` are refused unread (a whole profile is at most 64 KiB on
  Synapse); bytes that are not UTF-8 are decoded with U+FFFD replacements, never rejected.
* Connection errors and timeouts: unreachable.

``fetch_field`` reads one field the same way, except that ``200 {}`` (or a 200 object lacking
the field) means unset, like a 404 ``M_NOT_FOUND``: one homeserver answers so for an unset field.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Mapping
from datetime import UTC, datetime

from contactbot.core.errors import HomeserverUnavailable
from contactbot.core.services.gateway import MatrixGateway
from contactbot.features.status.services.polling import FetchOutcome

log = logging.getLogger(__name__)

# What to do with a profile that was read: (user_id, profile or None for cleared, request time).
ProfileSink = Callable[[str, Mapping[str, object] | None, datetime], Awaitable[object]]

DEFAULT_MAX_BODY_BYTES = 256 * 1024
DEFAULT_TIMEOUT = 20.0


def _utcnow() -> datetime:
    return datetime.now(UTC)


class ProfileFetcher:
    """``fetch(user_id) -> FetchOutcome`` for ``ProfileScheduler.run``, over the gateway."""

    def __init__(
        self,
        gateway: MatrixGateway,
        sink: ProfileSink,
        *,
        timeout: float = DEFAULT_TIMEOUT,
        max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
        now: Callable[[], datetime] = _utcnow,
    ) -> None:
        self._gateway = gateway
        self._sink = sink
        self._timeout = timeout
        self._max = max_body_bytes
        self._now = now

    async def __call__(self, user_id: str) -> FetchOutcome:
        requested_at = self._now()
        try:
            answer = await self._gateway.fetch_profile(
                user_id, max_bytes=self._max, timeout=self._timeout
            )
        except HomeserverUnavailable as err:
            log.debug("Profile fetch of %s failed: %s", user_id, err)
            return FetchOutcome.unreachable()
        status, data = answer.status, answer.body
        if status >= 500:
            return FetchOutcome.server_error(status)
        if answer.oversized:
            log.info("Profile of %s is larger than %d bytes; not read", user_id, self._max)
            return FetchOutcome.failed(status)
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
            return FetchOutcome.rate_limited(answer.retry_after_ms)
        return FetchOutcome.failed(status)

    async def fetch_field(self, user_id: str, key: str) -> tuple[FetchOutcome, object]:
        """One profile field, ``GET /profile/{userId}/{key}``: the outcome and the value.

        A field that is not set comes back as ``None`` with ``NOT_FOUND``, whether the server
        said 404 ``M_NOT_FOUND`` or, as one homeserver does, ``200 {}`` (or a 200 object
        without the key). Nothing is handed to the sink.
        """
        try:
            answer = await self._gateway.fetch_profile(
                user_id, key=key, max_bytes=self._max, timeout=self._timeout
            )
        except HomeserverUnavailable:
            return FetchOutcome.unreachable(), None
        data = answer.body
        if answer.status == 200 and not answer.oversized and isinstance(data, dict):
            value = data.get(key)
            if value is None:
                return FetchOutcome.not_found(), None
            return FetchOutcome.ok(), value
        errcode = data.get("errcode") if isinstance(data, dict) else None
        if answer.status == 404 and errcode == "M_NOT_FOUND":
            return FetchOutcome.not_found(), None
        if answer.status == 429 or answer.status >= 500:
            return FetchOutcome.from_status(answer.status, answer.retry_after_ms), None
        # Junk in a 200, a body over the cap, any other 404 or 4xx: this user's failure.
        return FetchOutcome.failed(answer.status), None

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
