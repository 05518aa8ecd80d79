"""Moderation: settings changed from Matrix (the moderators' room) and their audit log

Revision ID: 0006_settings
Revises: 0005_policy_hashes
Create Date: 2026-11-26
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_settings"
down_revision: str | None = "0005_policy_hashes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "moderation_setting",
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("set_by", sa.Text(), nullable=False),
        sa.Column("set_at", TS, server_default=sa.func.now(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_moderation_setting")),
    )
    op.create_table(
        "moderation_setting_audit",
        sa.Column("id", sa.BigInteger(), autoincrement=True, nullable=False),
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("old_value", sa.Text(), nullable=True),
        sa.Column("new_value", sa.Text(), nullable=True),
        sa.Column("actor", sa.Text(), nullable=False),
        sa.Column("source_event_id", sa.Text(), nullable=True),
        sa.Column("at", TS, server_default=sa.func.now(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_moderation_setting_audit")),
        sa.UniqueConstraint(
            "source_event_id", "key", name=op.f("uq_moderation_setting_audit_source_event_id_key")
        ),
    )


def downgrade() -> None:
    op.drop_table("moderation_setting_audit")
    op.drop_table("moderation_setting")
