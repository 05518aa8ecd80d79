"""The inbox's retention: what the leader deletes, how often, in what batches.

The windows and the reasoning behind them are in ``storage.retention`` and in
docs/operations.md ("Table lifetimes"). Each batch is its own autocommit statement, with a short
pause between batches so ingest and processing keep the database while a backlog is purged.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import timedelta

from contactbot.core.config import Config
from contactbot.core.metrics import Metrics
from contactbot.core.storage.database import Database
from contactbot.core.storage.retention import RetentionRepository

log = logging.getLogger(__name__)

DAY = 86400.0

_Delete = Callable[[RetentionRepository, timedelta, int], Awaitable[int]]


@dataclass(frozen=True, slots=True)
class RetentionSettings:
    """Windows in days (0 keeps forever); ``interval`` and ``pause`` in seconds."""

    processed_days: float = 3.0
    transaction_days: float = 7.0
    parked_days: float = 30.0
    batch: int = 1000
    interval: float = 600.0
    pause: float = 0.05

    def __post_init__(self) -> None:
        for name in ("processed_days", "transaction_days", "parked_days"):
            if getattr(self, name) < 0:
                raise ValueError(f"{name}: must be 0 (keep forever) or more")
        if self.batch < 1:
            raise ValueError("batch: must be at least 1")
        if self.interval <= 0:
            raise ValueError("interval: must be more than 0")

    @classmethod
    def from_config(cls, config: Config) -> RetentionSettings:
        return cls(
            processed_days=config.get_float("inbox.retention.processed_days"),
            transaction_days=config.get_float("inbox.retention.transaction_days"),
            parked_days=config.get_float("inbox.retention.failed_days"),
            batch=config.get_int("inbox.retention.batch"),
            interval=config.get_float("inbox.retention.interval"),
        )


@dataclass(frozen=True, slots=True)
class PurgeResult:
    processed: int = 0
    transactions: int = 0
    parked: int = 0
    effects: int = 0

    @property
    def total(self) -> int:
        return self.processed + self.transactions + self.parked + self.effects


class InboxRetention:
    """Deletes processed events, old transaction IDs and old parked events."""

    def __init__(
        self,
        db: Database,
        settings: RetentionSettings,
        metrics: Metrics | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.db = db
        self.settings = settings
        self.metrics = metrics
        self._sleep = sleep

    async def purge(self) -> PurgeResult:
        """One full pass: every kind, batch after batch until nothing old is left."""
        s, repo = self.settings, RetentionRepository
        result = PurgeResult(
            processed=await self._drain("processed", s.processed_days, repo.purge_processed),
            transactions=await self._drain(
                "transaction", s.transaction_days, repo.purge_transactions
            ),
            parked=await self._drain("parked", s.parked_days, repo.purge_parked),
            effects=await self._drain("effect", s.processed_days, repo.purge_sent_effects)
            + await self._drain("effect", s.parked_days, repo.purge_refused_effects),
        )
        if result.total:
            log.info(
                "Retention: deleted %d processed events, %d transaction IDs, %d parked events, "
                "%d outbox effects",
                result.processed,
                result.transactions,
                result.parked,
                result.effects,
            )
        return result

    async def _drain(self, kind: str, days: float, delete: _Delete) -> int:
        if days <= 0:
            return 0
        age = timedelta(seconds=days * DAY)
        total = 0
        while True:
            async with self.db.autocommit() as conn:
                deleted = await delete(RetentionRepository(conn), age, self.settings.batch)
            total += deleted
            if self.metrics is not None and deleted:
                self.metrics.retention_purged.labels(kind).inc(deleted)
            if deleted < self.settings.batch:
                return total
            await self._sleep(self.settings.pause)


async def purge_parked_now(
    db: Database, *, older_than_days: float, statuses: tuple[str, ...], batch: int = 1000
) -> int:
    """Delete parked events now (the CLI's ``inbox purge``); how many."""
    age = timedelta(seconds=older_than_days * DAY)
    total = 0
    while True:
        async with db.autocommit() as conn:
            deleted = await RetentionRepository(conn).purge_parked(age, batch, statuses)
        total += deleted
        if deleted < batch:
            return total
