"""Effects that leave the bot, exactly once: written with the event, delivered after commit.

A reply (or any other effect) is recorded as an outbox row inside the unit of work that
processes the event, so it commits together with the event's "done" mark or not at all. Right
after the commit the same task delivers the room's pending effects in order. What it cannot
deliver (the homeserver is down, the process died) stays pending and the background sweep
delivers it later, with back-off, however long the outage lasts.

Each effect carries a Matrix transaction ID derived from the event and the effect. The only
way an effect reaches the homeserver twice is a crash between the homeserver's answer and the
"sent" mark; the repeat then uses the same transaction ID, which the homeserver recognises.
"""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass
from datetime import timedelta
from typing import Any, Protocol

from contactbot.core.errors import DatabaseUnavailable, HomeserverRefused, HomeserverUnavailable
from contactbot.core.metrics import Metrics
from contactbot.core.services.gateway import JSON, MatrixGateway
from contactbot.core.storage.database import Database
from contactbot.core.storage.outbox import Effect, OutboxRepository

log = logging.getLogger(__name__)

MESSAGE = "message"
STATE = "state"

# Back-off of an effect the homeserver could not take: doubling, capped, never giving up.
RETRY_BASE_SECONDS = 1.0
RETRY_MAX_SECONDS = 60.0
# An effect failing for a reason of our own (a bug) is parked after this many attempts.
MAX_BUG_ATTEMPTS = 5
# Room locked by another delivery: look again after this long.
LOCKED_RETRY_SECONDS = 1.0
SWEEP_IDLE_SECONDS = 5.0


class MessageSender(Protocol):
    """Where command replies go: the outbox in the bot, any gateway in isolated tests."""

    async def send_message(
        self, room_id: str, content: JSON, *, txn_id: str | None = None, event_type: str = ...
    ) -> str: ...


@dataclass(frozen=True, slots=True)
class _DeliverRoom:
    """The after-commit hook for one room; equal hooks run once per unit of work."""

    outbox: Outbox
    room_id: str

    async def __call__(self) -> None:
        await self.outbox.deliver_room(self.room_id)


class Outbox:
    """Queues effects inside units of work and delivers them; also the sweep that retries."""

    def __init__(
        self,
        db: Database,
        gateway: MatrixGateway,
        metrics: Metrics,
        *,
        call_timeout: float = 30.0,
        retry_base: float = RETRY_BASE_SECONDS,
        concurrency: int = 4,
    ) -> None:
        self.db = db
        self.gateway = gateway
        self.metrics = metrics
        self.bot_user_id = gateway.bot_user_id
        self.call_timeout = call_timeout
        self.retry_base = retry_base
        self.concurrency = max(1, concurrency)
        self._wake = asyncio.Event()
        self._delivering: set[str] = set()
        self._locked_until: dict[str, float] = {}

    # -- queueing (inside the event's unit of work) -----------------------------------------

    async def send_message(
        self,
        room_id: str,
        content: JSON,
        *,
        txn_id: str | None = None,
        event_type: str = "m.room.message",
    ) -> str:
        """Queue a room event; returns its transaction ID (the event ID comes later)."""
        if txn_id is None:
            raise ValueError("an outbox effect needs a transaction ID derived from its cause")
        await self._add(txn_id, room_id, MESSAGE, {"type": event_type, "content": content})
        return txn_id

    async def send_state(
        self, room_id: str, event_type: str, content: JSON, state_key: str, *, txn_id: str
    ) -> str:
        """Queue a state event (idempotent by nature: the same content twice is one state)."""
        payload = {"type": event_type, "state_key": state_key, "content": content}
        await self._add(txn_id, room_id, STATE, payload)
        return txn_id

    async def _add(self, txn_id: str, room_id: str, kind: str, payload: Any) -> None:
        async with self.db.transaction() as session:
            if await OutboxRepository(session).add(txn_id, room_id, kind, payload):
                self.metrics.outbox_effects.labels("queued").inc()
            self.db.after_commit(_DeliverRoom(self, room_id))

    # -- delivery ---------------------------------------------------------------------------

    async def deliver_room(self, room_id: str) -> int:
        """Deliver the room's due effects in order; returns how many were sent.

        Stops at the first effect that must wait (an outage): later effects of the room
        never overtake it.
        """
        sent = 0
        try:
            async with self.db.autocommit() as conn:
                repo = OutboxRepository(conn)
                if not await repo.try_lock_room(room_id):
                    # Another replica or task is delivering this room; it takes what we
                    # wrote too, or the sweep does.
                    self._locked_until[room_id] = time.monotonic() + LOCKED_RETRY_SECONDS
                    self.wake()
                    return 0
                self._delivering.add(room_id)
                try:
                    while (effect := await repo.head(room_id)) is not None and effect.due:
                        if not await self._deliver(repo, effect):
                            break
                        sent += 1
                finally:
                    self._delivering.discard(room_id)
                    await repo.unlock_room(room_id)
        except DatabaseUnavailable as err:
            log.warning("Outbox: database unavailable while delivering %s: %s", room_id, err)
        return sent

    async def _deliver(self, repo: OutboxRepository, effect: Effect) -> bool:
        """One delivery attempt; True if the room's next effect may follow."""
        try:
            async with asyncio.timeout(self.call_timeout):
                result = await self._perform(effect)
        except (HomeserverUnavailable, TimeoutError) as err:
            # An outage is not the effect's fault: retry for as long as it lasts.
            delay = min(self.retry_base * 2 ** min(effect.attempts, 16), RETRY_MAX_SECONDS)
            await repo.mark_retry(
                effect.id, f"{type(err).__name__}: {err}", timedelta(seconds=delay)
            )
            self.metrics.outbox_effects.labels("retry").inc()
            log.info("Outbox: %s to %s waits %.0f s: %s", effect.kind, effect.room_id, delay, err)
            return False
        except HomeserverRefused as err:
            # The homeserver will refuse it again (no power, not in the room): park it.
            await repo.mark_failed(effect.id, str(err))
            self.metrics.outbox_effects.labels("failed").inc()
            log.warning("Outbox: %s to %s refused: %s", effect.kind, effect.room_id, err)
            return True
        except asyncio.CancelledError:
            raise
        except Exception as err:
            if effect.attempts + 1 >= MAX_BUG_ATTEMPTS:
                await repo.mark_failed(effect.id, f"{type(err).__name__}: {err}")
                self.metrics.outbox_effects.labels("failed").inc()
                log.exception("Outbox: %s to %s failed; parked", effect.kind, effect.room_id)
                return True
            delay = self.retry_base * 2**effect.attempts
            await repo.mark_retry(
                effect.id, f"{type(err).__name__}: {err}", timedelta(seconds=delay)
            )
            log.exception("Outbox: %s to %s failed; retrying", effect.kind, effect.room_id)
            return False
        await repo.mark_sent(effect.id, result)
        self.metrics.outbox_effects.labels("sent").inc()
        return True

    async def _perform(self, effect: Effect) -> str | None:
        payload = effect.payload if isinstance(effect.payload, dict) else {}
        content = payload.get("content")
        if not isinstance(content, dict):
            raise ValueError(f"outbox effect {effect.id} has no content")
        if effect.kind == MESSAGE:
            return await self.gateway.send_message(
                effect.room_id,
                content,
                txn_id=effect.txn_id,
                event_type=str(payload.get("type", "m.room.message")),
            )
        if effect.kind == STATE:
            return await self.gateway.send_state(
                effect.room_id,
                str(payload.get("type")),
                content,
                str(payload.get("state_key", "")),
            )
        raise ValueError(f"unknown outbox effect kind {effect.kind!r}")

    # -- the sweep --------------------------------------------------------------------------

    def wake(self) -> None:
        self._wake.set()

    async def sweep(self) -> int:
        """Deliver what the after-commit path left behind; returns how many were sent."""
        now = time.monotonic()
        self._locked_until = {r: t for r, t in self._locked_until.items() if t > now}
        exclude = sorted(self._delivering | set(self._locked_until))
        async with self.db.transaction() as session:
            rooms = await OutboxRepository(session).rooms_due(self.concurrency, exclude)
        if not rooms:
            return 0
        results = await asyncio.gather(*(self.deliver_room(room) for room in rooms))
        return sum(results)

    async def seconds_until_due(self) -> float:
        async with self.db.transaction() as session:
            when = await OutboxRepository(session).next_due()
        wait = SWEEP_IDLE_SECONDS if when is None else when.timestamp() - time.time()
        if self._locked_until:
            wait = min(wait, min(self._locked_until.values()) - time.monotonic())
        return min(max(wait, 0.05), SWEEP_IDLE_SECONDS)

    async def run(self) -> None:
        """The background sweep: sleeps until something is due or it is woken."""
        while True:
            self._wake.clear()
            try:
                while await self.sweep():
                    pass
                wait = await self.seconds_until_due()
            except asyncio.CancelledError:
                raise
            except Exception as err:
                log.warning("Outbox sweep failed: %s", err)
                wait = SWEEP_IDLE_SECONDS
            try:
                # asyncio.timeout: wait_for can swallow a cancellation on Python 3.11.
                async with asyncio.timeout(wait):
                    await self._wake.wait()
            except TimeoutError:
                pass

    async def failed(self, limit: int = 20) -> list[dict[str, Any]]:
        async with self.db.transaction() as session:
            return await OutboxRepository(session).failed(limit)

    async def counts(self) -> dict[str, int]:
        async with self.db.transaction() as session:
            counts = await OutboxRepository(session).counts()
        for status in ("pending", "sent", "failed"):
            self.metrics.outbox_depth.labels(status).set(counts.get(status, 0))
        return counts
