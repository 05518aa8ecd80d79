"""Settings changed from Matrix, and their audit log: all SQL of ``!moderation``."""

from __future__ import annotations

from sqlalchemy import delete, func, select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from contactbot.features.moderation.domain.settings import SettingChange, SettingKey, StoredSetting
from contactbot.features.moderation.storage.models import (
    ModerationSettingAuditRow,
    ModerationSettingRow,
)


def _key(value: str) -> SettingKey:
    if value != "room":
        raise ValueError(f"unknown moderation setting {value!r}")
    return "room"


class SettingsRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def get(self, key: SettingKey) -> StoredSetting | None:
        row = await self.session.get(ModerationSettingRow, key)
        if row is None:
            return None
        return StoredSetting(_key(row.key), row.value, row.set_by, row.set_at)

    async def change(
        self,
        key: SettingKey,
        value: str | None,
        actor: str,
        *,
        source_event_id: str | None,
    ) -> bool:
        """Store ``value`` (``None``: drop the override) and audit it; False if replayed."""
        old = await self.get(key)
        audited = await self.session.execute(
            insert(ModerationSettingAuditRow)
            .values(
                key=key,
                old_value=old.value if old else None,
                new_value=value,
                actor=actor,
                source_event_id=source_event_id,
            )
            .on_conflict_do_nothing(index_elements=["source_event_id", "key"])
            .returning(ModerationSettingAuditRow.id)
        )
        if audited.scalar_one_or_none() is None:
            return False
        if value is None:
            await self.session.execute(
                delete(ModerationSettingRow).where(ModerationSettingRow.key == key)
            )
        else:
            stmt = insert(ModerationSettingRow).values(key=key, value=value, set_by=actor)
            await self.session.execute(
                stmt.on_conflict_do_update(
                    index_elements=[ModerationSettingRow.key],
                    set_={"value": value, "set_by": actor, "set_at": func.now()},
                )
            )
        return True

    async def changes(self, key: SettingKey, limit: int = 5) -> list[SettingChange]:
        """The latest changes of ``key``, newest first."""
        rows = await self.session.scalars(
            select(ModerationSettingAuditRow)
            .where(ModerationSettingAuditRow.key == key)
            .order_by(ModerationSettingAuditRow.id.desc())
            .limit(limit)
        )
        return [SettingChange(_key(r.key), r.old_value, r.new_value, r.actor, r.at) for r in rows]
