"""The cache of subscribed policy lists' rules: one row per (room, event type, state key)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, func, select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from contactbot.core.domain.jsonsafe import storable
from contactbot.features.moderation.domain.policy import PolicyRule
from contactbot.features.moderation.storage.models import PolicyRuleRow


class PolicyRuleRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def upsert(
        self,
        *,
        room_id: str,
        event_type: str,
        state_key: str,
        kind: str,
        entity: str,
        recommendation: str,
        reason: str,
        event_id: str,
        sender: str,
    ) -> None:
        values = {
            "kind": kind,
            "entity": storable(entity),
            "recommendation": storable(recommendation),
            "reason": storable(reason),
            "event_id": event_id,
            "sender": sender,
        }
        stmt = insert(PolicyRuleRow).values(
            room_id=room_id, event_type=event_type, state_key=storable(state_key), **values
        )
        await self.session.execute(
            stmt.on_conflict_do_update(
                index_elements=[
                    PolicyRuleRow.room_id,
                    PolicyRuleRow.event_type,
                    PolicyRuleRow.state_key,
                ],
                set_={**values, "updated_at": func.now()},
            )
        )

    async def remove(self, room_id: str, event_type: str, state_key: str) -> None:
        await self.session.execute(
            delete(PolicyRuleRow).where(
                PolicyRuleRow.room_id == room_id,
                PolicyRuleRow.event_type == event_type,
                PolicyRuleRow.state_key == storable(state_key),
            )
        )

    async def rules(self, kinds: Sequence[str], rooms: Sequence[str]) -> list[PolicyRule]:
        if not rooms:
            return []
        rows = await self.session.scalars(
            select(PolicyRuleRow)
            .where(PolicyRuleRow.kind.in_(list(kinds)), PolicyRuleRow.room_id.in_(list(rooms)))
            .order_by(PolicyRuleRow.room_id, PolicyRuleRow.state_key)
        )
        return [
            PolicyRule(
                room_id=r.room_id,
                event_type=r.event_type,
                state_key=r.state_key,
                kind=r.kind,
                entity=r.entity,
                recommendation=r.recommendation,
                reason=r.reason,
            )
            for r in rows
        ]
