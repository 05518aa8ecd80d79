"""The support-document cache on PostgreSQL, with an in-process copy of recent entries."""

from __future__ import annotations

import logging
import time
from collections import OrderedDict
from collections.abc import Callable

from contactbot.core.domain.jsonsafe import canonical_json
from contactbot.core.storage.database import Database
from contactbot.features.contacts.domain.support_cache import CachedSupport
from contactbot.features.contacts.storage.support_cache import SupportCacheRepository

log = logging.getLogger(__name__)


class DatabaseSupportStore:
    """``SupportCacheStore`` on PostgreSQL, with an in-process copy of recent entries.

    PostgreSQL is the source of truth, so a restart does not refetch; the in-process copy saves
    a round trip per warm lookup and is only served while fresh, so an entry another replica
    refreshed is read back from the table once ours expires. The copy is bounded by entries and
    by bytes (each entry counted at the size of its JSON form), least recently used first out.
    """

    def __init__(
        self,
        db: Database,
        *,
        memory_entries: int = 4096,
        memory_bytes: int = 16 * 1024 * 1024,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._db = db
        self._clock = clock
        self._memory: OrderedDict[str, tuple[CachedSupport, int]] = OrderedDict()
        self._memory_entries = memory_entries
        self._memory_bytes = memory_bytes
        self.bytes_held = 0

    def _remember(self, server_name: str, entry: CachedSupport, size: int) -> None:
        old = self._memory.pop(server_name, None)
        if old is not None:
            self.bytes_held -= old[1]
        if size > self._memory_bytes:
            return
        self._memory[server_name] = (entry, size)
        self.bytes_held += size
        while len(self._memory) > self._memory_entries or self.bytes_held > self._memory_bytes:
            _, (_, dropped) = self._memory.popitem(last=False)
            self.bytes_held -= dropped

    async def get(self, server_name: str) -> CachedSupport | None:
        """The stored entry (fresh or not), or None; unreadable rows count as misses."""
        held = self._memory.get(server_name)
        if held is not None and held[0].is_fresh(self._clock()):
            self._memory.move_to_end(server_name)
            return held[0]
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
        self._remember(server_name, entry, _size(data))
        return entry

    async def put(self, server_name: str, entry: CachedSupport) -> None:
        """Store ``entry``, replacing any earlier one."""
        data = entry.to_json()
        async with self._db.separate_transaction() as session:
            await SupportCacheRepository(session).put(server_name, data, entry.expires_at)
        self._remember(server_name, entry, _size(data))

    def forget_memory(self) -> None:
        """Drop the in-process copies (after a restart, only PostgreSQL remains)."""
        self._memory.clear()
        self.bytes_held = 0

    async def purge_expired(self) -> int:
        """Delete the rows that expired; how many went (the leader's background job)."""
        async with self._db.separate_transaction() as session:
            purged = await SupportCacheRepository(session).purge_expired(self._clock())
        if purged:
            log.info("Purged %d expired support cache entries", purged)
        return purged


def _size(data: object) -> int:
    return len(canonical_json(data).encode("utf-8", "surrogatepass"))
