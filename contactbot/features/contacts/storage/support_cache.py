"""Rows of the homeserver support-document cache (MSC1929 lookups).

Entries are the JSON form of ``domain.support_cache.CachedSupport``; this module
stores and returns them as plain JSON and leaves reading them to that type.
"""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from contactbot.core.domain.jsonsafe import storable
from contactbot.features.contacts.storage.models import SupportCacheRow


class SupportCacheRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def get(self, server_name: str) -> object | None:
        """The stored JSON entry for ``server_name``, or None."""
        data: object | None = await self.session.scalar(
            select(SupportCacheRow.entry).where(SupportCacheRow.server_name == server_name)
        )
        return data

    async def put(self, server_name: str, entry: object, expires_at: float) -> None:
        """Store a JSON entry (made storable), replacing any earlier one."""
        data = storable(entry)
        stmt = insert(SupportCacheRow).values(
            server_name=server_name, entry=data, expires_at=expires_at
        )
        await self.session.execute(
            stmt.on_conflict_do_update(
                index_elements=[SupportCacheRow.server_name],
                set_={"entry": data, "expires_at": expires_at},
            )
        )

    async def purge_expired(self, before: float) -> int:
        """Delete entries that expired before ``before`` (POSIX seconds); how many went."""
        result = await self.session.execute(
            delete(SupportCacheRow)
            .where(SupportCacheRow.expires_at < before)
            .returning(SupportCacheRow.server_name)
        )
        return len(result.all())
