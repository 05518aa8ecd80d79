"""Room contacts: current contact state, its full history, presets, support-document cache

Revision ID: 0002_contacts
Revises: 0001_core
Create Date: 2026-11-24
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0002_contacts"
down_revision: str | None = "0001_core"
# Features branch from the core; the runner upgrades to every head.
branch_labels: str | Sequence[str] | None = ("contacts",)
depends_on: str | Sequence[str] | None = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "room_contact_state",
        sa.Column("room_id", sa.Text(), nullable=False),
        sa.Column("event_type", sa.Text(), nullable=False),
        sa.Column("content", postgresql.JSONB(), nullable=False),
        sa.Column("event_id", sa.Text(), nullable=False),
        sa.Column("sender", sa.Text(), nullable=False),
        sa.Column("origin_server_ts", sa.BigInteger(), nullable=False),
        sa.Column("validity", sa.String(16), nullable=False),
        sa.Column("problems", postgresql.JSONB(), server_default="[]", nullable=False),
        sa.Column("source", sa.String(16), nullable=False),
        sa.Column("updated_at", TS, server_default=sa.func.now(), nullable=False),
        sa.PrimaryKeyConstraint("room_id", "event_type", name=op.f("pk_room_contact_state")),
    )
    op.create_table(
        "room_contact_history",
        sa.Column("id", sa.BigInteger(), autoincrement=True, nullable=False),
        sa.Column("room_id", sa.Text(), nullable=False),
        sa.Column("event_type", sa.Text(), nullable=False),
        sa.Column("content", postgresql.JSONB(), nullable=False),
        sa.Column("sender", sa.Text(), nullable=False),
        sa.Column("event_id", sa.Text(), nullable=False),
        sa.Column("origin_server_ts", sa.BigInteger(), nullable=False),
        sa.Column("validity", sa.String(16), nullable=False),
        sa.Column("problems", postgresql.JSONB(), server_default="[]", nullable=False),
        sa.Column("source", sa.String(16), nullable=False),
        sa.Column("requested_by", sa.Text(), nullable=True),
        sa.Column("recorded_at", TS, server_default=sa.func.now(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_room_contact_history")),
        sa.UniqueConstraint("event_id", name=op.f("uq_room_contact_history_event_id")),
    )
    op.create_index(
        "ix_room_contact_history_room_id_id", "room_contact_history", ["room_id", "id"]
    )
    op.create_table(
        "room_contact_preset",
        sa.Column("room_id", sa.Text(), nullable=False),
        sa.Column("preset", sa.Text(), nullable=False),
        sa.Column("set_by", sa.Text(), nullable=False),
        sa.Column("set_at", TS, server_default=sa.func.now(), nullable=False),
        sa.PrimaryKeyConstraint("room_id", name=op.f("pk_room_contact_preset")),
    )
    op.create_index("ix_room_contact_preset_preset", "room_contact_preset", ["preset"])
    op.create_table(
        "support_cache",
        sa.Column("server_name", sa.Text(), nullable=False),
        sa.Column("entry", postgresql.JSONB(), nullable=False),
        sa.Column("expires_at", sa.Double(), nullable=False),
        sa.Column("updated_at", TS, server_default=sa.func.now(), nullable=False),
        sa.PrimaryKeyConstraint("server_name", name=op.f("pk_support_cache")),
    )


def downgrade() -> None:
    op.drop_table("support_cache")
    op.drop_table("room_contact_preset")
    op.drop_table("room_contact_history")
    op.drop_table("room_contact_state")
