"""Profile-status history, current profile state and the sync watcher's token: the SQL."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, select, text, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from contactbot.features.status.domain.history import (
    HistoryEntry,
    NewHistoryRow,
    StateIndex,
    StoredState,
)
from contactbot.features.status.storage.models import (
    ProfileFieldHistoryRow,
    ProfileStateRow,
    SyncStateRow,
)


def _entry(row: ProfileFieldHistoryRow) -> HistoryEntry:
    notes = row.notes if isinstance(row.notes, list) else []
    return HistoryEntry(
        id=row.id,
        user_id=row.user_id,
        field=row.field,
        observed_at=row.observed_at,
        via=row.via,
        source_key=row.source_key,
        value=row.value,
        previous=row.previous,
        variants=row.variants,
        valid=row.valid,
        problem=row.problem,
        text=row.text,
        emoji=row.emoji,
        notes=tuple(str(n) for n in notes),
    )


class StatusRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    # -- current state -----------------------------------------------------------------------

    async def state(self, user_id: str, *, lock: bool = False) -> StoredState | None:
        """The stored state of ``user_id``; ``lock`` holds its row until the unit of work ends."""
        s = ProfileStateRow
        stmt = select(s.profile, s.digest, s.changed_at, s.last_fetched_at).where(
            s.user_id == user_id
        )
        if lock:
            stmt = stmt.with_for_update()
        row = (await self.session.execute(stmt)).first()
        if row is None:
            return None
        profile, digest, changed_at, fetched = row
        return StoredState(
            user_id=user_id,
            profile=profile if isinstance(profile, dict) else {},
            digest=digest,
            changed_at=changed_at,
            last_fetched_at=fetched,
        )

    async def create_state(
        self,
        user_id: str,
        profile: dict[str, Any],
        digest: int,
        now: datetime,
        fetched_at: datetime | None = None,
    ) -> bool:
        """Insert a state row unless one exists (a concurrent first observation); True if new."""
        result = await self.session.execute(
            insert(ProfileStateRow)
            .values(
                user_id=user_id,
                profile=profile,
                digest=digest,
                changed_at=now,
                last_fetched_at=fetched_at,
            )
            .on_conflict_do_nothing(index_elements=[ProfileStateRow.user_id])
            .returning(ProfileStateRow.user_id)
        )
        return result.first() is not None

    async def save_state(
        self,
        user_id: str,
        profile: dict[str, Any],
        digest: int,
        changed_at: datetime,
        fetched_at: datetime | None,
    ) -> None:
        values: dict[str, Any] = {"profile": profile, "digest": digest, "changed_at": changed_at}
        if fetched_at is not None:
            values["last_fetched_at"] = fetched_at
        await self.session.execute(
            update(ProfileStateRow).where(ProfileStateRow.user_id == user_id).values(values)
        )

    async def touch_fetched(self, fetched: Sequence[tuple[str, datetime]]) -> None:
        """Record when users were last fetched, in one statement for the whole batch."""
        if not fetched:
            return
        await self.session.execute(
            text(
                "UPDATE profile_state AS s SET last_fetched_at = v.at "
                "FROM unnest(CAST(:ids AS text[]), CAST(:ats AS timestamptz[])) AS v(id, at) "
                "WHERE s.user_id = v.id "
                "AND (s.last_fetched_at IS NULL OR s.last_fetched_at < v.at)"
            ),
            {"ids": [u for u, _ in fetched], "ats": [a for _, a in fetched]},
        )

    async def index(self) -> list[StateIndex]:
        """Digest and last fetch of every stored user (start-up: warm cache, sweep places)."""
        s = ProfileStateRow
        rows = await self.session.execute(select(s.user_id, s.digest, s.last_fetched_at))
        return [StateIndex(u, d, f) for u, d, f in rows]

    async def last_fetched(self, user_ids: Sequence[str]) -> dict[str, datetime | None]:
        """``user_id → last_fetched_at`` for those of ``user_ids`` with a stored state."""
        if not user_ids:
            return {}
        rows = await self.session.execute(
            select(ProfileStateRow.user_id, ProfileStateRow.last_fetched_at).where(
                ProfileStateRow.user_id.in_(list(user_ids))
            )
        )
        return {u: f for u, f in rows}

    # -- history -----------------------------------------------------------------------------

    async def append(self, rows: Sequence[NewHistoryRow]) -> list[int]:
        """Append history rows; their IDs, in order."""
        if not rows:
            return []
        # executemany form: one compiled statement, cached, whatever the number of rows.
        result = await self.session.execute(
            insert(ProfileFieldHistoryRow).returning(
                ProfileFieldHistoryRow.id, sort_by_parameter_order=True
            ),
            [
                {
                    "user_id": r.user_id,
                    "field": r.field,
                    "observed_at": r.observed_at,
                    "via": r.via,
                    "source_key": r.source_key,
                    "value": r.value,
                    "previous": r.previous,
                    "variants": r.variants,
                    "valid": r.valid,
                    "problem": r.problem,
                    "text": r.text,
                    "emoji": r.emoji,
                    "notes": list(r.notes) or None,
                }
                for r in rows
            ],
        )
        return [int(i) for i in result.scalars()]

    async def latest(self, user_id: str, limit: int) -> list[HistoryEntry]:
        """The latest ``limit`` changes of ``user_id``, newest first."""
        rows = await self.session.scalars(
            select(ProfileFieldHistoryRow)
            .where(ProfileFieldHistoryRow.user_id == user_id)
            .order_by(ProfileFieldHistoryRow.id.desc())
            .limit(limit)
        )
        return [_entry(r) for r in rows]

    async def count(self, user_id: str) -> int:
        return int(
            await self.session.scalar(
                select(func.count())
                .select_from(ProfileFieldHistoryRow)
                .where(ProfileFieldHistoryRow.user_id == user_id)
            )
            or 0
        )

    async def purge_batch(self, before: datetime, batch: int) -> int:
        """Delete up to ``batch`` rows observed before ``before``; how many went.

        Batches keep each transaction short, so the purge of a large backlog never holds
        locks or bloats one transaction.
        """
        doomed = (
            select(ProfileFieldHistoryRow.id)
            .where(ProfileFieldHistoryRow.observed_at < before)
            .limit(batch)
            .scalar_subquery()
        )
        result = await self.session.execute(
            delete(ProfileFieldHistoryRow)
            .where(ProfileFieldHistoryRow.id.in_(doomed))
            .returning(ProfileFieldHistoryRow.id)
        )
        return len(result.all())

    async def forget(self, user_id: str) -> int:
        """Erase every history row and the stored state of ``user_id``; history rows erased."""
        result = await self.session.execute(
            delete(ProfileFieldHistoryRow)
            .where(ProfileFieldHistoryRow.user_id == user_id)
            .returning(ProfileFieldHistoryRow.id)
        )
        erased = len(result.all())
        await self.session.execute(
            delete(ProfileStateRow).where(ProfileStateRow.user_id == user_id)
        )
        return erased

    # -- the sync watcher --------------------------------------------------------------------

    async def since(self, watcher_user_id: str) -> str | None:
        row = await self.session.get(SyncStateRow, watcher_user_id)
        return row.since if row else None

    async def set_since(self, watcher_user_id: str, since: str, now: datetime) -> None:
        stmt = insert(SyncStateRow).values(
            watcher_user_id=watcher_user_id, since=since, updated_at=now
        )
        await self.session.execute(
            stmt.on_conflict_do_update(
                index_elements=[SyncStateRow.watcher_user_id],
                set_={"since": since, "updated_at": now},
            )
        )
