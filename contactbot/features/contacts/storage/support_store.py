"""The support-document cache on PostgreSQL, with an in-process copy of recent entries."""

from __future__ import annotations

import logging
import time
from collections import OrderedDict
from collections.abc import Callable

from contactbot.core.storage.database import Database
from contactbot.features.contacts.domain.support_cache import CachedSupport
from contactbot.features.contacts.storage.support_cache import SupportCacheRepository

log = logging.getLogger(__name__)


class DatabaseSupportStore:
    """``SupportCacheStore`` on PostgreSQL, with an in-process copy of recent entries.

    PostgreSQL is the source of truth, so a restart does not refetch; the in-process copy saves
    a round trip per warm lookup and is only served while fresh, so an entry another replica
    refreshed is read back from the table once ours expires.
    """

    def __init__(
        self, db: Database, *, memory_entries: int = 4096, clock: Callable[[], float] = time.time
    ) -> None:
        self._db = db
        self._clock = clock
        self._memory: OrderedDict[str, CachedSupport] = OrderedDict()
        self._memory_entries = memory_entries

    def _remember(self, server_name: str, entry: CachedSupport) -> None:
        self._memory[server_name] = entry
        self._memory.move_to_end(server_name)
        while len(self._memory) > self._memory_entries:
            self._memory.popitem(last=False)

    async def get(self, server_name: str) -> CachedSupport | None:
        """The stored entry (fresh or not), or None; unreadable rows count as misses."""
        entry = self._memory.get(server_name)
        if entry is not None and entry.is_fresh(self._clock()):
            return entry
        # A transaction of its own: lookups run in a task shared by several callers, which
        # must not join (or outlive) the unit of work of whichever caller started it.
        async with self._db.separate_transaction() as session:
            data = await SupportCacheRepository(session).get(server_name)
        if data is None:
            return None
        try:
            entry = CachedSupport.from_json(data)
        except ValueError:
            log.warning("Ignoring an unreadable cached support entry for %s", server_name)
            return None
        self._remember(server_name, entry)
        return entry

    async def put(self, server_name: str, entry: CachedSupport) -> None:
        """Store ``entry``, replacing any earlier one."""
        async with self._db.separate_transaction() as session:
            await SupportCacheRepository(session).put(
                server_name, entry.to_json(), entry.expires_at
            )
        self._remember(server_name, entry)

    def forget_memory(self) -> None:
        """Drop the in-process copies (after a restart, only PostgreSQL remains)."""
        self._memory.clear()
