"""Caching homeserver support documents (MSC1929), with storage behind a Protocol.

Policy, after the server-server well-known rules: successes are kept 24 hours, or for the
``Cache-Control: max-age`` the server sent, between 5 minutes and 48 hours; failures (not found,
invalid, error) are kept 1 hour. Concurrent requests for one server share a single fetch.

Entries are stored in a JSON-serialisable form (:meth:`CachedSupport.to_json`) holding the
decoded document rather than the parsed result, so a stored entry is re-validated with the
current rules when it is read back, and a restart does not refetch.
"""

from __future__ import annotations

import asyncio
import logging
import math
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Protocol, cast, get_args

from contactbot.core.errors import ContactbotError, UserError
from contactbot.features.contacts.domain.contacts import display_text, parse_server_name
from contactbot.features.contacts.domain.support import (
    FetchResult,
    FetchStatus,
    SupportInfo,
    parse_support,
)

log = logging.getLogger(__name__)

SUCCESS_TTL = 24 * 3600.0
MAX_SUCCESS_TTL = 48 * 3600.0
# A floor on max-age, as Synapse does, so a server sending max-age=0 is not fetched per request.
MIN_SUCCESS_TTL = 5 * 60.0
FAILURE_TTL = 3600.0

_STATUSES: frozenset[str] = frozenset(get_args(FetchStatus))


class SupportFetcher(Protocol):
    """Fetches one server's support document (``WellKnownFetcher`` in production)."""

    async def fetch_support(self, server_name: str) -> FetchResult: ...


@dataclass(frozen=True, slots=True)
class CachedSupport:
    """A stored fetch outcome. ``fetched_at`` and ``expires_at`` are POSIX timestamps."""

    status: FetchStatus
    detail: str
    http_status: int | None
    max_age: int | None
    fetched_at: float
    expires_at: float
    document: Mapping[str, object] | None

    @classmethod
    def from_result(cls, result: FetchResult, expires_at: float) -> CachedSupport:
        """The storable form of ``result``, valid until ``expires_at``."""
        return cls(
            status=result.status,
            detail=result.detail,
            http_status=result.http_status,
            max_age=result.max_age,
            fetched_at=result.fetched_at,
            expires_at=expires_at,
            document=result.document,
        )

    def to_result(self) -> FetchResult:
        """The fetch outcome again; the document is re-validated with the current rules."""
        info: SupportInfo | None = None
        if self.document is not None:
            info = parse_support(self.document)
        elif self.status == "invalid":
            info = SupportInfo.invalid(self.detail)
        return FetchResult(
            status=self.status,
            info=info,
            detail=self.detail,
            http_status=self.http_status,
            max_age=self.max_age,
            fetched_at=self.fetched_at,
            document=self.document,
        )

    def is_fresh(self, now: float) -> bool:
        """Whether the entry may still be served at ``now``."""
        return now < self.expires_at

    def to_json(self) -> dict[str, object]:
        """A JSON-serialisable dict (for a JSONB column, say); see :meth:`from_json`."""
        return {
            "version": 1,
            "status": self.status,
            "detail": self.detail,
            "http_status": self.http_status,
            "max_age": self.max_age,
            "fetched_at": self.fetched_at,
            "expires_at": self.expires_at,
            "document": dict(self.document) if self.document is not None else None,
        }

    @classmethod
    def from_json(cls, data: object) -> CachedSupport:
        """Read what :meth:`to_json` wrote.

        Raises:
            ValueError: when ``data`` is not such a dict (a store should treat it as a miss).
        """
        if not isinstance(data, Mapping) or data.get("version") != 1:
            raise ValueError("not a cached support entry")
        status = data.get("status")
        detail = data.get("detail")
        http_status = data.get("http_status")
        max_age = data.get("max_age")
        fetched_at = data.get("fetched_at")
        expires_at = data.get("expires_at")
        document = data.get("document")
        if (
            status not in _STATUSES
            or not isinstance(detail, str)
            or not (http_status is None or type(http_status) is int)
            or not (max_age is None or type(max_age) is int)
            or not _is_timestamp(fetched_at)
            or not _is_timestamp(expires_at)
            or not (document is None or isinstance(document, Mapping))
        ):
            raise ValueError("malformed cached support entry")
        return cls(
            status=cast(FetchStatus, status),
            detail=detail,
            http_status=http_status,
            max_age=max_age,
            fetched_at=float(cast(float, fetched_at)),
            expires_at=float(cast(float, expires_at)),
            document=document,
        )


def _is_timestamp(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


class SupportCacheStore(Protocol):
    """Persistence for cached outcomes, keyed by normalised server name.

    Implementations should translate their own failures into ``ContactbotError`` (e.g.
    ``DatabaseUnavailable``) and return None for entries they cannot read.
    """

    async def get(self, server_name: str) -> CachedSupport | None: ...

    async def put(self, server_name: str, entry: CachedSupport) -> None: ...


def cache_ttl(result: FetchResult) -> float:
    """How long to keep ``result``, in seconds."""
    if result.status != "ok":
        return FAILURE_TTL
    if result.max_age is None:
        return SUCCESS_TTL
    return min(max(float(result.max_age), MIN_SUCCESS_TTL), MAX_SUCCESS_TTL)


class SupportService:
    """Serves support documents from the cache, fetching on a miss or after expiry."""

    def __init__(
        self,
        fetcher: SupportFetcher,
        store: SupportCacheStore,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._fetcher = fetcher
        self._store = store
        self._clock = clock
        self._inflight: dict[str, asyncio.Task[FetchResult]] = {}

    async def get_support(self, server_name: str, *, refresh: bool = False) -> FetchResult:
        """The support document of ``server_name``: cached if fresh, else fetched and stored.

        ``refresh`` skips the cache read (for an admin asking to re-check now). Concurrent
        calls for the same server share one lookup; cancelling one caller does not cancel it.

        Raises:
            UserError: when ``server_name`` is not a valid server name.
        """
        server = parse_server_name(server_name)
        if server is None:
            raise UserError(f'"{display_text(server_name, 80)}" is not a valid server name.')
        key = str(server)
        task = self._inflight.get(key)
        if task is None:
            task = asyncio.create_task(self._load(key, refresh), name=f"support-lookup {key}")
            self._inflight[key] = task
            task.add_done_callback(lambda done: self._forget(key, done))
        return await asyncio.shield(task)

    def _forget(self, key: str, task: asyncio.Task[FetchResult]) -> None:
        if self._inflight.get(key) is task:
            del self._inflight[key]

    async def _load(self, key: str, refresh: bool) -> FetchResult:
        if not refresh:
            cached = await self._read(key)
            if cached is not None and cached.is_fresh(self._clock()):
                log.debug("support lookup for %s served from cache", key)
                return cached.to_result()
        result = await self._fetcher.fetch_support(key)
        entry = CachedSupport.from_result(result, self._clock() + cache_ttl(result))
        try:
            await self._store.put(key, entry)
        except ContactbotError:
            # The cache is an optimisation; answering matters more than remembering.
            log.warning("could not store support lookup for %s", key, exc_info=True)
        return result

    async def _read(self, key: str) -> CachedSupport | None:
        try:
            return await self._store.get(key)
        except (ContactbotError, ValueError):
            log.warning("could not read cached support lookup for %s", key, exc_info=True)
            return None

    async def close(self) -> None:
        """Cancel lookups in progress (at shutdown)."""
        tasks = list(self._inflight.values())
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
