"""The outbox: effects written with the event's processing, delivered one at a time per room.

Delivery state lives in autocommit statements on the delivering connection, which also holds a
session-level advisory lock on the room: a second replica (or task) skips a room being
delivered, and if the process dies the lock goes with its connection, so the next delivery
starts at once instead of waiting for a lease to run out.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from contactbot.core.domain.jsonsafe import canonical_json, storable

# Fresh effects are delivered by the unit of work that wrote them, right after its commit;
# the background sweep leaves them alone for this long so the two do not race for them.
SWEEP_GRACE = timedelta(seconds=2)

# Seed of the room key of the delivery lock (the inbox uses another seed for its room lock).
_LOCK_SEED = 11


@dataclass(frozen=True, slots=True)
class Effect:
    id: int
    txn_id: str
    room_id: str
    kind: str
    payload: Any
    attempts: int
    due: bool


class OutboxRepository:
    def __init__(self, session: AsyncSession | AsyncConnection) -> None:
        self.session = session

    async def add(self, txn_id: str, room_id: str, kind: str, payload: Any) -> bool:
        """Record an effect; False if one with this transaction ID exists (a replay)."""
        result = await self.session.execute(
            text(
                """
                INSERT INTO outbox_effect (txn_id, room_id, kind, payload)
                VALUES (:txn_id, :room, :kind, CAST(:payload AS jsonb))
                ON CONFLICT (txn_id) DO NOTHING
                RETURNING id
                """
            ),
            {
                "txn_id": storable(txn_id),
                "room": storable(room_id),
                "kind": kind,
                "payload": _json(payload),
            },
        )
        return result.first() is not None

    async def try_lock_room(self, room_id: str) -> bool:
        locked = await self.session.scalar(
            text("SELECT pg_try_advisory_lock(hashtextextended(:room, :seed))"),
            {"room": room_id, "seed": _LOCK_SEED},
        )
        return bool(locked)

    async def unlock_room(self, room_id: str) -> None:
        await self.session.execute(
            text("SELECT pg_advisory_unlock(hashtextextended(:room, :seed))"),
            {"room": room_id, "seed": _LOCK_SEED},
        )

    async def head(self, room_id: str) -> Effect | None:
        """The room's oldest pending effect: it goes first, whatever comes after it."""
        row = (
            await self.session.execute(
                text(
                    """
                    SELECT id, txn_id, room_id, kind, payload, attempts,
                           next_attempt_at <= now() AS due
                    FROM outbox_effect
                    WHERE room_id = :room AND status = 'pending'
                    ORDER BY id LIMIT 1
                    """
                ),
                {"room": room_id},
            )
        ).first()
        if row is None:
            return None
        return Effect(
            row.id, row.txn_id, row.room_id, row.kind, row.payload, row.attempts, bool(row.due)
        )

    async def rooms_due(self, limit: int, exclude: list[str]) -> list[str]:
        """Rooms whose oldest pending effect is due and was not just written."""
        result = await self.session.execute(
            text(
                """
                SELECT room_id FROM (
                    SELECT DISTINCT ON (room_id) room_id, id, next_attempt_at, attempts,
                           created_at
                    FROM outbox_effect WHERE status = 'pending'
                    ORDER BY room_id, id
                ) heads
                WHERE next_attempt_at <= now()
                  AND (attempts > 0 OR created_at <= now() - CAST(:grace AS interval))
                  AND NOT (room_id = ANY(:exclude))
                ORDER BY id LIMIT :limit
                """
            ),
            {"limit": limit, "exclude": exclude, "grace": SWEEP_GRACE},
        )
        return [row[0] for row in result]

    async def next_due(self) -> datetime | None:
        """When the earliest room head becomes due for the sweep (None: nothing pending)."""
        value: datetime | None = await self.session.scalar(
            text(
                """
                SELECT min(CASE WHEN attempts > 0 THEN next_attempt_at
                                ELSE greatest(next_attempt_at,
                                              created_at + CAST(:grace AS interval))
                           END)
                FROM (
                    SELECT DISTINCT ON (room_id) next_attempt_at, attempts, created_at
                    FROM outbox_effect WHERE status = 'pending'
                    ORDER BY room_id, id
                ) heads
                """
            ),
            {"grace": SWEEP_GRACE},
        )
        return value

    async def mark_sent(self, effect_id: int, result: str | None) -> None:
        await self.session.execute(
            text(
                "UPDATE outbox_effect SET status = 'sent', sent_at = now(), "
                "attempts = attempts + 1, result = :result, last_error = NULL WHERE id = :id"
            ),
            {"id": effect_id, "result": storable(result)},
        )

    async def mark_retry(self, effect_id: int, error: str, retry_in: timedelta) -> None:
        await self.session.execute(
            text(
                "UPDATE outbox_effect SET attempts = attempts + 1, last_error = :error, "
                "next_attempt_at = now() + :retry_in WHERE id = :id"
            ),
            {"id": effect_id, "error": storable(error[:2000]), "retry_in": retry_in},
        )

    async def mark_failed(self, effect_id: int, error: str) -> None:
        await self.session.execute(
            text(
                "UPDATE outbox_effect SET status = 'failed', attempts = attempts + 1, "
                "last_error = :error WHERE id = :id"
            ),
            {"id": effect_id, "error": storable(error[:2000])},
        )

    async def counts(self) -> dict[str, int]:
        result = await self.session.execute(
            text("SELECT status, count(*) FROM outbox_effect GROUP BY status")
        )
        return {str(status): int(n) for status, n in result}

    async def failed(self, limit: int = 20) -> list[dict[str, Any]]:
        result = await self.session.execute(
            text(
                "SELECT id, txn_id, room_id, kind, attempts, last_error FROM outbox_effect "
                "WHERE status = 'failed' ORDER BY id DESC LIMIT :limit"
            ),
            {"limit": limit},
        )
        return [dict(row._mapping) for row in result]


def _json(value: Any) -> str:
    return canonical_json(storable(value))
