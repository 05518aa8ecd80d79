"""Serving homeserver support documents (MSC1929) from a cache, with storage behind a Protocol.

Concurrent requests for one server share a single fetch; the cache policy and the stored form
live in :mod:`contactbot.features.contacts.domain.support_cache`.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from typing import Protocol

from contactbot.core.errors import ContactbotError, UserError
from contactbot.features.contacts.domain.support import FetchResult
from contactbot.features.contacts.domain.support_cache import CachedSupport, cache_ttl
from contactbot.features.contacts.domain.validation import (
    ServerName,
    display_text,
    parse_server_name,
)

log = logging.getLogger(__name__)


class SupportFetcher(Protocol):
    """Fetches one server's support document (``WellKnownFetcher`` in production)."""

    async def fetch_support(self, server_name: str) -> FetchResult: ...

    def fetch_key(self, server: ServerName) -> str: ...


class SupportCacheStore(Protocol):
    """Persistence for cached outcomes, keyed by normalised server name.

    Implementations should translate their own failures into ``ContactbotError`` (e.g.
    ``DatabaseUnavailable``) and return None for entries they cannot read.
    """

    async def get(self, server_name: str) -> CachedSupport | None: ...

    async def put(self, server_name: str, entry: CachedSupport) -> None: ...


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

    @property
    def store(self) -> SupportCacheStore:
        """Where outcomes are kept."""
        return self._store

    async def cached(self, server_name: str) -> FetchResult | None:
        """The cached outcome for ``server_name`` while it is fresh, else None; never fetches.

        Raises:
            UserError: when ``server_name`` is not a valid server name.
        """
        key = self._key(server_name)
        entry = await self._read(key)
        if entry is not None and entry.is_fresh(self._clock()):
            return entry.to_result()
        return None

    def _key(self, server_name: str) -> str:
        server = parse_server_name(server_name)
        if server is None:
            raise UserError(f'"{display_text(server_name, 80)}" is not a valid server name.')
        # The key is what is fetched: the port is not part of the URL (MSC1929), so
        # "example.org:1" … "example.org:50" are one entry and one fetch, not fifty.
        return self._fetcher.fetch_key(server)

    async def get_support(self, server_name: str, *, refresh: bool = False) -> FetchResult:
        """The support document of ``server_name``: cached if fresh, else fetched and stored.

        ``refresh`` skips the cache read (for an admin asking to re-check now). Concurrent
        calls for the same server share one lookup; cancelling one caller does not cancel it.

        Raises:
            UserError: when ``server_name`` is not a valid server name.
        """
        key = self._key(server_name)
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
