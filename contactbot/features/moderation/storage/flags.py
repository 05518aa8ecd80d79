"""Moderation flags and their audit log: all SQL of the review workflow."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, func, select, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from contactbot.core.domain.jsonsafe import storable
from contactbot.core.storage.models import RoomMemberRow
from contactbot.features.moderation.domain.flags import (
    AuditEntry,
    Flag,
    FlagState,
    NewFlag,
    as_flag_state,
    as_severity,
)
from contactbot.features.moderation.storage.models import ModerationAuditRow, ModerationFlagRow


def _flag(row: ModerationFlagRow) -> Flag:
    matches = row.policy_matches if isinstance(row.policy_matches, list) else []
    return Flag(
        id=row.id,
        user_id=row.user_id,
        field=row.field,
        text=row.text,
        text_hash=row.text_hash,
        history_id=row.history_id,
        source=row.source,
        source_room_id=row.source_room_id,
        source_event_id=row.source_event_id,
        verdict=row.verdict if isinstance(row.verdict, dict) else {},
        category=row.category,
        detector_severity=as_severity(row.detector_severity),
        severity=as_severity(row.severity),
        policy_matches=tuple(m for m in matches if isinstance(m, dict)),
        state=as_flag_state(row.state),
        reviewer=row.reviewer,
        notice_room_id=row.notice_room_id,
        notice_event_id=row.notice_event_id,
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


def _audit(row: ModerationAuditRow) -> AuditEntry:
    return AuditEntry(
        id=row.id,
        flag_id=row.flag_id,
        actor=row.actor,
        action=row.action,
        detail=row.detail if isinstance(row.detail, dict) else {},
        dry_run=row.dry_run,
        source_event_id=row.source_event_id,
        at=row.at,
    )


class FlagRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def create(self, new: NewFlag) -> Flag | None:
        """Store a new flag; None when this user already has a flag for this text.

        A concurrent insert of the same text waits for the other transaction and then finds
        the conflict (or inserts, if that one rolled back), so exactly one flag results.
        """
        stmt = (
            insert(ModerationFlagRow)
            .values(
                user_id=new.user_id,
                field=storable(new.field),
                text=storable(new.text),
                text_hash=new.text_hash,
                history_id=new.history_id,
                source=new.source,
                source_room_id=new.source_room_id,
                source_event_id=new.source_event_id,
                verdict=storable(new.verdict),
                category=new.category,
                detector_severity=new.detector_severity,
                severity=new.severity,
                policy_matches=storable(list(new.policy_matches)),
            )
            .on_conflict_do_nothing(index_elements=["user_id", "text_hash"])
            .returning(ModerationFlagRow)
        )
        row = (await self.session.execute(stmt)).scalar_one_or_none()
        return _flag(row) if row is not None else None

    async def get(self, flag_id: int) -> Flag | None:
        row = await self.session.get(ModerationFlagRow, flag_id)
        return _flag(row) if row is not None else None

    async def get_for_update(self, flag_id: int) -> Flag | None:
        """The flag, locked until the transaction ends: two reviews of one flag take turns."""
        row = await self.session.scalar(
            select(ModerationFlagRow)
            .where(ModerationFlagRow.id == flag_id)
            # FOR NO KEY UPDATE: audit rows inserted meanwhile (their foreign key takes a key
            # share lock on this row) must not wait for the review to finish.
            .with_for_update(key_share=True)
            .execution_options(populate_existing=True)
        )
        return _flag(row) if row is not None else None

    async def by_text(self, user_id: str, text_hash: str) -> Flag | None:
        row = await self.session.scalar(
            select(ModerationFlagRow).where(
                ModerationFlagRow.user_id == user_id, ModerationFlagRow.text_hash == text_hash
            )
        )
        return _flag(row) if row is not None else None

    async def by_notice(self, room_id: str, event_id: str) -> Flag | None:
        row = await self.session.scalar(
            select(ModerationFlagRow).where(
                ModerationFlagRow.notice_event_id == event_id,
                ModerationFlagRow.notice_room_id == room_id,
            )
        )
        return _flag(row) if row is not None else None

    async def find(
        self,
        states: Sequence[FlagState],
        *,
        joined_in: Sequence[str] | None = None,
        exclude_user: str | None = None,
        limit: int = 20,
    ) -> tuple[list[Flag], int]:
        """Flags in ``states``, newest first, and how many in all: two queries.

        ``joined_in``: only flags of users joined to one of these rooms; ``exclude_user``: not
        that user's flags (nobody reviews their own).
        """
        where: list[ColumnElement[bool]] = [ModerationFlagRow.state.in_(list(states))]
        if joined_in is not None:
            members = select(RoomMemberRow.user_id).where(
                RoomMemberRow.room_id.in_(list(joined_in)), RoomMemberRow.membership == "join"
            )
            where.append(ModerationFlagRow.user_id.in_(members))
        if exclude_user is not None:
            where.append(ModerationFlagRow.user_id != exclude_user)
        rows = await self.session.scalars(
            select(ModerationFlagRow)
            .where(*where)
            .order_by(ModerationFlagRow.id.desc())
            .limit(limit)
        )
        total = await self.session.scalar(
            select(func.count()).select_from(ModerationFlagRow).where(*where)
        )
        return [_flag(r) for r in rows], int(total or 0)

    async def without_notice(self, limit: int = 50) -> list[Flag]:
        """Open flags whose notice was never sent (the homeserver failed at the time)."""
        rows = await self.session.scalars(
            select(ModerationFlagRow)
            .where(ModerationFlagRow.state == "open", ModerationFlagRow.notice_event_id.is_(None))
            .order_by(ModerationFlagRow.id)
            .limit(limit)
        )
        return [_flag(r) for r in rows]

    async def set_state(self, flag_id: int, state: FlagState, reviewer: str) -> None:
        await self.session.execute(
            update(ModerationFlagRow)
            .where(ModerationFlagRow.id == flag_id)
            .values(state=state, reviewer=reviewer, updated_at=func.now())
        )

    async def set_notice(self, flag_id: int, room_id: str, event_id: str) -> None:
        await self.session.execute(
            update(ModerationFlagRow)
            .where(ModerationFlagRow.id == flag_id)
            .values(notice_room_id=room_id, notice_event_id=event_id, updated_at=func.now())
        )

    # -- audit log -------------------------------------------------------------------------

    async def add_audit(
        self,
        flag_id: int,
        actor: str,
        action: str,
        detail: dict[str, Any] | None = None,
        *,
        dry_run: bool = False,
        source_event_id: str | None = None,
    ) -> bool:
        """Record an action; False if this source event already recorded this action."""
        stmt = (
            insert(ModerationAuditRow)
            .values(
                flag_id=flag_id,
                actor=actor,
                action=action,
                detail=storable(detail or {}),
                dry_run=dry_run,
                source_event_id=source_event_id,
            )
            .on_conflict_do_nothing(index_elements=["source_event_id", "action"])
            .returning(ModerationAuditRow.id)
        )
        return (await self.session.execute(stmt)).scalar_one_or_none() is not None

    async def audit(self, flag_id: int, limit: int = 50) -> list[AuditEntry]:
        """The flag's audit entries, oldest first (the latest ``limit``)."""
        rows = await self.session.scalars(
            select(ModerationAuditRow)
            .where(ModerationAuditRow.flag_id == flag_id)
            .order_by(ModerationAuditRow.id.desc())
            .limit(limit)
        )
        return [_audit(r) for r in reversed(list(rows))]

    async def seen_source(self, source_event_id: str) -> bool:
        """Whether an event (a reaction or command) has already been acted on."""
        found = await self.session.scalar(
            select(ModerationAuditRow.id)
            .where(ModerationAuditRow.source_event_id == source_event_id)
            .limit(1)
        )
        return found is not None
