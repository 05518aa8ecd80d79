"""The durable inbox: transactions in, events claimed in per-room order, outcomes recorded."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import orjson
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from contactbot.core.domain.jsonsafe import canonical_json, storable

# PostgreSQL's jsonb refuses NUL and lone surrogates, which hostile clients can put in events.
_JSON_UNSTORABLE = re.compile(r"\\u0000|\\ud[89a-f][0-9a-f]{2}", re.IGNORECASE)


def _encode_rows(rows: list[dict[str, Any]]) -> str:
    """The rows as one JSON array; orjson on the hot path (about 30x faster than json here)."""
    try:
        encoded = orjson.dumps(rows).decode()
    except (TypeError, orjson.JSONEncodeError):
        # Lone surrogates or nesting orjson refuses: clean row by row instead.
        encoded = ""
    if not encoded or "\\u0000" in encoded:
        encoded = "[" + ",".join(_encode_row(row) for row in rows) + "]"
    return encoded


def _encode_row(row: dict[str, Any]) -> str:
    try:
        encoded = json.dumps(row, ensure_ascii=True, separators=(",", ":"))
    except (RecursionError, ValueError):
        encoded = ""
    if not encoded or _JSON_UNSTORABLE.search(encoded):
        # Rare: only hostile events get here, so the slower cleaning pass is fine.
        encoded = json.dumps(storable(row), ensure_ascii=True, separators=(",", ":"))
    return encoded


def transaction_digest(events: list[IncomingEvent]) -> str:
    """What identifies a transaction's content: its events' IDs, in order.

    A retry carries the same events (the spec forbids altering them), so it has the same digest;
    a reused ID with other events does not.
    """
    digest = hashlib.sha256()
    for event in events:
        if event.event_id is not None:
            digest.update(event.event_id.encode("utf-8", "replace"))
        else:
            # Cleaned first: such an event may be nested beyond what json.dumps can walk.
            digest.update(canonical_json(storable(event.payload)).encode("utf-8", "replace"))
        digest.update(b"\0")
    return digest.hexdigest()


@dataclass(frozen=True, slots=True)
class IncomingEvent:
    """An event as stored at ingest; ``malformed`` holds why it cannot be processed."""

    payload: Any
    event_id: str | None
    room_key: str
    event_type: str | None
    malformed: str | None = None
    # Needs no processing (chatter that is not a command): stored as done, without content.
    passive: bool = False


@dataclass(frozen=True, slots=True)
class AcceptResult:
    duplicate: bool
    stored: int
    # Of ``stored``, how many wait for the worker (the rest were malformed or passive).
    pending: int = 0


@dataclass(frozen=True, slots=True)
class Claim:
    """What ``claim_batch`` got: the events to run, or that another replica holds the room."""

    events: list[ClaimedEvent]
    held_elsewhere: bool = False


@dataclass(frozen=True, slots=True)
class ClaimedEvent:
    id: int
    room_key: str
    payload: Any
    attempts: int
    received_at: float = 0.0


# Event types whose content is dropped once processed (see mark_done_many).
SCRUBBED_TYPES = ("m.room.message", "m.room.encrypted", "m.sticker")

# One statement, one round trip: record the transaction ID and, only if it is new, its events.
# Events already in the inbox (same event_id from an earlier transaction) are skipped.
_ACCEPT_SQL = text(
    """
    WITH txn AS (
        INSERT INTO as_transaction (txn_id, digest, event_count)
        VALUES (:txn_id, :digest, :count)
        ON CONFLICT (txn_id, digest) DO NOTHING
        RETURNING txn_id
    ), ins AS (
        INSERT INTO inbox_event (txn_id, event_id, room_key, event_type, payload, status,
                                 last_error, attempts, processed_at)
        SELECT txn.txn_id, e->>'event_id', e->>'room_key', e->>'event_type', e->'payload',
               e->>'status', e->>'error',
               CASE WHEN e->>'status' = 'done' THEN 1 ELSE 0 END,
               CASE WHEN e->>'status' = 'done' THEN now() END
        FROM txn, jsonb_array_elements(CAST(:events AS jsonb)) WITH ORDINALITY AS a(e, n)
        ORDER BY a.n
        ON CONFLICT (event_id) WHERE event_id IS NOT NULL DO NOTHING
        RETURNING status
    )
    SELECT (SELECT count(*) FROM txn) AS new_txn, (SELECT count(*) FROM ins) AS stored,
           (SELECT count(*) FROM ins WHERE status = 'pending') AS pending
    """
)


def _ingest_status(event: IncomingEvent) -> str:
    if event.malformed:
        return "malformed"
    return "done" if event.passive else "pending"


def _scrubbed(payload: Any) -> Any:
    """A passive event as kept for dedupe and audit: what was written is never stored
    (the same rule ``mark_done_many`` applies to processed events)."""
    if isinstance(payload, dict) and payload.get("type") in SCRUBBED_TYPES:
        return {**payload, "content": {}}
    return payload


class InboxRepository:
    def __init__(self, session: AsyncSession | AsyncConnection) -> None:
        self.session = session

    async def accept(self, txn_id: str, events: list[IncomingEvent]) -> AcceptResult:
        rows = [
            {
                "event_id": e.event_id,
                "room_key": e.room_key,
                "event_type": e.event_type,
                "payload": _scrubbed(e.payload) if e.passive else e.payload,
                "status": _ingest_status(e),
                "error": e.malformed,
            }
            for e in events
        ]
        encoded = _encode_rows(rows)
        result = await self.session.execute(
            _ACCEPT_SQL,
            {
                "txn_id": storable(txn_id),
                "digest": transaction_digest(events),
                "count": len(events),
                "events": encoded,
            },
        )
        new_txn, stored, pending = result.one()
        return AcceptResult(duplicate=not new_txn, stored=int(stored), pending=int(pending))

    async def due_rooms(self, limit: int, exclude: set[str]) -> list[str]:
        """Rooms whose oldest pending event is due now, oldest first."""
        result = await self.session.execute(
            text(
                """
                SELECT room_key FROM (
                    SELECT DISTINCT ON (room_key) room_key, id, next_attempt_at
                    FROM inbox_event WHERE status = 'pending'
                    ORDER BY room_key, id
                ) heads
                WHERE next_attempt_at <= now() AND NOT (room_key = ANY(:exclude))
                ORDER BY id LIMIT :limit
                """
            ),
            {"limit": limit, "exclude": list(exclude)},
        )
        return [row[0] for row in result]

    async def next_wakeup(self, exclude: set[str]) -> datetime | None:
        """When the earliest room head becomes due (None when nothing is pending).

        Only heads count: events queued behind a head that waits for its retry are not due,
        whatever their own timestamps say; rooms in ``exclude`` (being processed, or held by
        another replica) are left out, or a waiting worker would spin on them.
        """
        result = await self.session.execute(
            text(
                """
                SELECT min(next_attempt_at) FROM (
                    SELECT DISTINCT ON (room_key) room_key, next_attempt_at
                    FROM inbox_event WHERE status = 'pending'
                    ORDER BY room_key, id
                ) heads
                WHERE NOT (room_key = ANY(:exclude))
                """
            ),
            {"exclude": list(exclude)},
        )
        value: datetime | None = result.scalar_one_or_none()
        return value

    async def claim_batch(self, room_key: str, limit: int) -> Claim:
        """The room's oldest pending events, if the oldest is due and no one else holds the room.

        A transaction-scoped advisory lock on the room (not row locks with SKIP LOCKED, which
        would let a second replica jump ahead to the room's *next* event) keeps each room in
        order across replicas. Failures are recorded in the same transaction, under the same
        lock, so another replica never sees a failed event without its back-off.
        """
        locked = await self.session.scalar(
            text("SELECT pg_try_advisory_xact_lock(hashtextextended(:room, 7))"),
            {"room": room_key},
        )
        if not locked:
            return Claim([], held_elsewhere=True)
        result = await self.session.execute(
            text(
                """
                SELECT id, room_key, payload, attempts, next_attempt_at <= now() AS due,
                       extract(epoch FROM received_at) AS received
                FROM inbox_event
                WHERE room_key = :room AND status = 'pending'
                ORDER BY id LIMIT :limit
                """
            ),
            {"room": room_key, "limit": limit},
        )
        rows = result.all()
        if not rows or not rows[0].due:
            return Claim([])
        return Claim(
            [
                ClaimedEvent(
                    id=row.id,
                    room_key=row.room_key,
                    payload=row.payload,
                    attempts=row.attempts,
                    received_at=float(row.received),
                )
                for row in rows
            ]
        )

    async def mark_done_many(self, ids: list[int]) -> None:
        """Mark events done. What people wrote (message and encrypted content) is dropped:
        exactly-once needs only the event ID, and a contacts bot keeps no copy of the
        conversations it can see (docs/operations.md, "Table lifetimes")."""
        await self.session.execute(
            text(
                """
                UPDATE inbox_event SET status = 'done', processed_at = now(),
                       attempts = attempts + 1,
                       payload = CASE WHEN event_type = ANY(:scrubbed)
                                           AND jsonb_typeof(payload) = 'object'
                                      THEN jsonb_set(payload, '{content}', '{}'::jsonb)
                                      ELSE payload END
                WHERE id = ANY(:ids)
                """
            ),
            {"ids": ids, "scrubbed": list(SCRUBBED_TYPES)},
        )

    async def postpone(self, event_id: int, error: str, retry_in: timedelta) -> None:
        """An outage (homeserver down): try again later without counting an attempt."""
        await self.session.execute(
            text(
                "UPDATE inbox_event SET last_error = :error, next_attempt_at = now() + :retry_in "
                "WHERE id = :id"
            ),
            {"id": event_id, "error": storable(error[:2000]), "retry_in": retry_in},
        )

    async def mark_done(self, event_id: int) -> None:
        await self.session.execute(
            text(
                "UPDATE inbox_event SET status = 'done', processed_at = now(), "
                "attempts = attempts + 1 WHERE id = :id"
            ),
            {"id": event_id},
        )

    async def mark_failure(
        self, event_id: int, error: str, *, park: bool, retry_in: timedelta
    ) -> None:
        await self.session.execute(
            text(
                """
                UPDATE inbox_event
                SET attempts = attempts + 1, last_error = :error,
                    status = CASE WHEN :park THEN 'failed' ELSE status END,
                    next_attempt_at = now() + :retry_in
                WHERE id = :id
                """
            ),
            {"id": event_id, "error": storable(error[:2000]), "park": park, "retry_in": retry_in},
        )

    async def pending_count(self) -> int:
        """Events waiting for the worker (read from the partial index of pending rows)."""
        value = await self.session.scalar(
            text("SELECT count(*) FROM inbox_event WHERE status = 'pending'")
        )
        return int(value or 0)

    async def counts(self) -> dict[str, int]:
        result = await self.session.execute(
            text("SELECT status, count(*) FROM inbox_event GROUP BY status")
        )
        return {str(status): int(n) for status, n in result}

    async def failed(self, limit: int = 20) -> list[dict[str, Any]]:
        result = await self.session.execute(
            text(
                "SELECT id, event_id, room_key, event_type, attempts, last_error, status "
                "FROM inbox_event WHERE status IN ('failed', 'malformed') "
                "ORDER BY id DESC LIMIT :limit"
            ),
            {"limit": limit},
        )
        return [dict(row._mapping) for row in result]

    async def requeue_failed(self, ids: list[int] | None = None) -> int:
        """Give parked events another round (an admin's decision after fixing the cause):
        all failed events, or those with the given inbox IDs."""
        result = await self.session.execute(
            text(
                "UPDATE inbox_event SET status = 'pending', attempts = 0, "
                "next_attempt_at = now() WHERE status = 'failed' "
                "AND (CAST(:ids AS bigint[]) IS NULL OR id = ANY(:ids))"
            ),
            {"ids": ids},
        )
        return int(getattr(result, "rowcount", 0) or 0)
