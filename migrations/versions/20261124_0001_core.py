"""Appservice core: transactions, inbox, rooms and members

Revision ID: 0001_core
Revises:
Create Date: 2026-11-24
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0001_core"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "as_transaction",
        sa.Column("txn_id", sa.Text(), nullable=False),
        sa.Column("digest", sa.Text(), nullable=False),
        sa.Column("event_count", sa.Integer(), nullable=False),
        sa.Column("received_at", TS, server_default=sa.func.now(), nullable=False),
        sa.PrimaryKeyConstraint("txn_id", "digest", name=op.f("pk_as_transaction")),
    )
    op.create_table(
        "inbox_event",
        sa.Column("id", sa.BigInteger(), autoincrement=True, nullable=False),
        sa.Column("txn_id", sa.Text(), nullable=False),
        sa.Column("event_id", sa.Text(), nullable=True),
        sa.Column("room_key", sa.Text(), nullable=False),
        sa.Column("event_type", sa.Text(), nullable=True),
        sa.Column("payload", postgresql.JSONB(), nullable=False),
        sa.Column("status", sa.String(16), server_default="pending", nullable=False),
        sa.Column("attempts", sa.Integer(), server_default="0", nullable=False),
        sa.Column("next_attempt_at", TS, server_default=sa.func.now(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("received_at", TS, server_default=sa.func.now(), nullable=False),
        sa.Column("processed_at", TS, nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inbox_event")),
    )
    op.create_index(
        "ix_inbox_event_pending",
        "inbox_event",
        ["room_key", "id"],
        postgresql_where=sa.text("status = 'pending'"),
    )
    op.create_index(
        "uq_inbox_event_event_id",
        "inbox_event",
        ["event_id"],
        unique=True,
        postgresql_where=sa.text("event_id IS NOT NULL"),
    )
    op.create_table(
        "room",
        sa.Column("room_id", sa.Text(), nullable=False),
        sa.Column("membership", sa.String(16), nullable=False),
        sa.Column("room_version", sa.Text(), nullable=True),
        sa.Column("creator", sa.Text(), nullable=True),
        sa.Column("additional_creators", postgresql.JSONB(), server_default="[]", nullable=False),
        # NULL: no m.room.power_levels event seen (which has its own defaults); {} is an event
        # with empty content.
        sa.Column("power_levels", postgresql.JSONB(), nullable=True),
        sa.Column("name", sa.Text(), nullable=True),
        sa.Column("updated_at", TS, server_default=sa.func.now(), nullable=False),
        sa.PrimaryKeyConstraint("room_id", name=op.f("pk_room")),
    )
    op.create_table(
        "room_member",
        sa.Column("room_id", sa.Text(), nullable=False),
        sa.Column("user_id", sa.Text(), nullable=False),
        sa.Column("membership", sa.String(16), nullable=False),
        sa.Column("displayname", sa.Text(), nullable=True),
        sa.Column("updated_at", TS, server_default=sa.func.now(), nullable=False),
        sa.PrimaryKeyConstraint("room_id", "user_id", name=op.f("pk_room_member")),
    )
    op.create_index("ix_room_member_user_id", "room_member", ["user_id"])


def downgrade() -> None:
    op.drop_table("room_member")
    op.drop_table("room")
    op.drop_table("inbox_event")
    op.drop_table("as_transaction")
