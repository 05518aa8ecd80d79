"""Moderation: flags of offensive texts, their audit log, cached policy-list rules

Revision ID: 0004_moderation
Revises: 0001_core
Create Date: 2026-11-24
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0004_moderation"
down_revision: str | None = "0001_core"
# Features branch from the core; the runner upgrades to every head.
branch_labels: str | Sequence[str] | None = ("moderation",)
depends_on: str | Sequence[str] | None = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "moderation_flag",
        sa.Column("id", sa.BigInteger(), autoincrement=True, nullable=False),
        sa.Column("user_id", sa.Text(), nullable=False),
        sa.Column("field", sa.Text(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("text_hash", sa.String(64), nullable=False),
        sa.Column("history_id", sa.BigInteger(), nullable=True),
        sa.Column("source", sa.String(16), nullable=False),
        sa.Column("source_room_id", sa.Text(), nullable=True),
        sa.Column("source_event_id", sa.Text(), nullable=True),
        sa.Column("verdict", postgresql.JSONB(), nullable=False),
        sa.Column("category", sa.String(32), nullable=False),
        sa.Column("detector_severity", sa.String(16), nullable=False),
        sa.Column("severity", sa.String(16), nullable=False),
        sa.Column("policy_matches", postgresql.JSONB(), server_default="[]", nullable=False),
        sa.Column("state", sa.String(16), server_default="open", nullable=False),
        sa.Column("reviewer", sa.Text(), nullable=True),
        sa.Column("notice_room_id", sa.Text(), nullable=True),
        sa.Column("notice_event_id", sa.Text(), nullable=True),
        sa.Column("created_at", TS, server_default=sa.func.now(), nullable=False),
        sa.Column("updated_at", TS, server_default=sa.func.now(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_moderation_flag")),
        sa.UniqueConstraint(
            "user_id", "text_hash", name=op.f("uq_moderation_flag_user_id_text_hash")
        ),
    )
    op.create_index("ix_moderation_flag_state_id", "moderation_flag", ["state", "id"])
    op.create_index("ix_moderation_flag_notice_event_id", "moderation_flag", ["notice_event_id"])
    op.create_table(
        "moderation_audit",
        sa.Column("id", sa.BigInteger(), autoincrement=True, nullable=False),
        sa.Column("flag_id", sa.BigInteger(), nullable=False),
        sa.Column("actor", sa.Text(), nullable=False),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("detail", postgresql.JSONB(), server_default="{}", nullable=False),
        sa.Column("dry_run", sa.Boolean(), server_default="false", nullable=False),
        sa.Column("source_event_id", sa.Text(), nullable=True),
        sa.Column("at", TS, server_default=sa.func.now(), nullable=False),
        sa.ForeignKeyConstraint(
            ["flag_id"],
            ["moderation_flag.id"],
            name=op.f("fk_moderation_audit_flag_id_moderation_flag"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_moderation_audit")),
        sa.UniqueConstraint(
            "source_event_id",
            "action",
            name=op.f("uq_moderation_audit_source_event_id_action"),
        ),
    )
    op.create_index("ix_moderation_audit_flag_id_id", "moderation_audit", ["flag_id", "id"])
    op.create_table(
        "moderation_policy_rule",
        sa.Column("room_id", sa.Text(), nullable=False),
        sa.Column("event_type", sa.Text(), nullable=False),
        sa.Column("state_key", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("entity", sa.Text(), nullable=False),
        sa.Column("recommendation", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), server_default="", nullable=False),
        sa.Column("event_id", sa.Text(), nullable=False),
        sa.Column("sender", sa.Text(), nullable=False),
        sa.Column("updated_at", TS, server_default=sa.func.now(), nullable=False),
        sa.PrimaryKeyConstraint(
            "room_id", "event_type", "state_key", name=op.f("pk_moderation_policy_rule")
        ),
    )
    op.create_index(
        "ix_moderation_policy_rule_kind_room_id", "moderation_policy_rule", ["kind", "room_id"]
    )


def downgrade() -> None:
    op.drop_table("moderation_policy_rule")
    op.drop_table("moderation_audit")
    op.drop_table("moderation_flag")
