"""Deleting what the inbox no longer needs, in small batches.

Each call deletes at most ``limit`` rows in one statement, so a purge of a large backlog never
holds locks for long or competes with ingest for more than a moment; the caller loops. The
indexes these queries use come with revision ``0005_retention``.

What is kept, and why (docs/operations.md, "Table lifetimes"):
- ``inbox_event`` rows with status ``done``: the event-ID half of duplicate detection (an event
  delivered again in another transaction is skipped while its row exists). Deleted once
  ``processed_at`` is older than the processed-events window.
- ``as_transaction`` rows: the transaction half. Synapse keeps a transaction the appservice has
  not acknowledged and retries it, with a back-off capped at 2^9 s (about 8.5 minutes),
  for as long as it takes. A retry comes again after the appservice's 200 was lost (a crash
  between commit and response, a proxy timeout), at the latest 8.5 minutes after the bot is
  reachable again. The window covers the longest outage after which such a retry must still be
  recognised. Deleted by ``received_at``.
- ``failed`` and ``malformed`` rows (parked): kept for an admin to inspect, then deleted by
  ``received_at``; ``contactbot inbox purge`` deletes them on demand.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession
from sqlalchemy.sql.elements import TextClause

PARKED_STATUSES = ("failed", "malformed")

_PURGE_PROCESSED = text(
    """
    DELETE FROM inbox_event WHERE id IN (
        SELECT id FROM inbox_event
        WHERE status = 'done' AND processed_at < now() - CAST(:age AS interval)
        ORDER BY processed_at LIMIT :limit
    )
    """
)

# Delivered effects go with the events that caused them (same window): while both rows exist,
# a replayed event cannot queue its reply again (the transaction ID is unique).
_PURGE_SENT_EFFECTS = text(
    """
    DELETE FROM outbox_effect WHERE id IN (
        SELECT id FROM outbox_effect
        WHERE status = ANY(:statuses) AND created_at < now() - CAST(:age AS interval)
        ORDER BY id LIMIT :limit
    )
    """
)

_PURGE_TRANSACTIONS = text(
    """
    DELETE FROM as_transaction t
    USING (
        SELECT txn_id, digest FROM as_transaction
        WHERE received_at < now() - CAST(:age AS interval)
        ORDER BY received_at LIMIT :limit
    ) old
    WHERE t.txn_id = old.txn_id AND t.digest = old.digest
    """
)

_PURGE_PARKED = text(
    """
    DELETE FROM inbox_event WHERE id IN (
        SELECT id FROM inbox_event
        WHERE status = ANY(:statuses) AND received_at <= now() - CAST(:age AS interval)
        ORDER BY received_at LIMIT :limit
    )
    """
)

_TABLE_SIZES = text(
    """
    SELECT c.relname AS name, c.reltuples::bigint AS rows,
           pg_total_relation_size(c.oid) AS bytes
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind = 'r' AND n.nspname = current_schema() AND c.relname <> 'alembic_version'
    ORDER BY pg_total_relation_size(c.oid) DESC
    """
)


@dataclass(frozen=True, slots=True)
class TableSize:
    """A table's estimated row count (from the planner's statistics) and its size on disk."""

    name: str
    rows: int
    bytes: int


class RetentionRepository:
    def __init__(self, session: AsyncSession | AsyncConnection) -> None:
        self.session = session

    async def _delete(self, statement: TextClause, params: dict[str, object]) -> int:
        result = await self.session.execute(statement, params)
        return int(getattr(result, "rowcount", 0) or 0)

    async def purge_processed(self, older_than: timedelta, limit: int) -> int:
        """Delete up to ``limit`` done events processed more than ``older_than`` ago."""
        return await self._delete(_PURGE_PROCESSED, {"age": older_than, "limit": limit})

    async def purge_sent_effects(self, older_than: timedelta, limit: int) -> int:
        return await self._delete(
            _PURGE_SENT_EFFECTS, {"age": older_than, "limit": limit, "statuses": ["sent"]}
        )

    async def purge_refused_effects(self, older_than: timedelta, limit: int) -> int:
        return await self._delete(
            _PURGE_SENT_EFFECTS, {"age": older_than, "limit": limit, "statuses": ["failed"]}
        )

    async def purge_transactions(self, older_than: timedelta, limit: int) -> int:
        """Delete up to ``limit`` transaction IDs received more than ``older_than`` ago."""
        return await self._delete(_PURGE_TRANSACTIONS, {"age": older_than, "limit": limit})

    async def purge_parked(
        self,
        older_than: timedelta,
        limit: int,
        statuses: tuple[str, ...] = PARKED_STATUSES,
    ) -> int:
        """Delete up to ``limit`` failed/malformed events received ``older_than`` ago or more."""
        unknown = set(statuses) - set(PARKED_STATUSES)
        if unknown:
            raise ValueError(f"only parked events can be purged, not {sorted(unknown)}")
        return await self._delete(
            _PURGE_PARKED, {"statuses": list(statuses), "age": older_than, "limit": limit}
        )

    async def table_sizes(self) -> list[TableSize]:
        """Every table of the schema, largest first (row counts are estimates)."""
        result = await self.session.execute(_TABLE_SIZES)
        return [TableSize(str(r.name), max(int(r.rows), 0), int(r.bytes)) for r in result]
