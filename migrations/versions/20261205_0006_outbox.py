"""Outbox: effects of event processing, committed with it and delivered exactly once

Revision ID: 0006_outbox
Revises: 0005_retention
Create Date: 2026-12-05
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0006_outbox"
down_revision: str | None = "0005_retention"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "outbox_effect",
        sa.Column("id", sa.BigInteger(), autoincrement=True, nullable=False),
        sa.Column("txn_id", sa.Text(), nullable=False),
        sa.Column("room_id", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("payload", postgresql.JSONB(), nullable=False),
        sa.Column("status", sa.String(16), server_default="pending", nullable=False),
        sa.Column("attempts", sa.Integer(), server_default="0", nullable=False),
        sa.Column("next_attempt_at", TS, server_default=sa.func.now(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("result", sa.Text(), nullable=True),
        sa.Column("created_at", TS, server_default=sa.func.now(), nullable=False),
        sa.Column("sent_at", TS, nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outbox_effect")),
        sa.UniqueConstraint("txn_id", name=op.f("uq_outbox_effect_txn_id")),
    )
    op.create_index(
        "ix_outbox_effect_pending",
        "outbox_effect",
        ["room_id", "id"],
        postgresql_where=sa.text("status = 'pending'"),
    )


def downgrade() -> None:
    op.drop_index("ix_outbox_effect_pending", table_name="outbox_effect")
    op.drop_table("outbox_effect")
