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

    async def upsert(self, rule: PolicyRule, *, event_id: str, sender: str) -> None:
        values = {
            "kind": rule.kind,
            "entity": storable(rule.entity),
            "entity_sha256": storable(rule.entity_sha256),
            "recommendation": storable(rule.recommendation),
            "reason": storable(rule.reason),
            "event_id": event_id,
            "sender": sender,
        }
        stmt = insert(PolicyRuleRow).values(
            room_id=rule.room_id,
            event_type=rule.event_type,
            state_key=storable(rule.state_key),
            **values,
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

    async def forget_room(self, room_id: str) -> int:
        """Drop every cached rule of a list the bot left; how many there were."""
        result = await self.session.execute(
            delete(PolicyRuleRow).where(PolicyRuleRow.room_id == room_id)
        )
        return int(getattr(result, "rowcount", 0) or 0)

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
                entity_sha256=r.entity_sha256,
            )
            for r in rows
        ]
