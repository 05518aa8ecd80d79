"""Profile-status history: field changes, current profile state, the sync watcher's token

Revision ID: 0003_status
Revises: 0001_core
Create Date: 2026-11-24
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0003_status"
down_revision: str | None = "0001_core"
# Features branch from the core; the runner upgrades to every head.
branch_labels: str | Sequence[str] | None = ("status",)
depends_on: str | Sequence[str] | None = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "profile_field_history",
        sa.Column("id", sa.BigInteger(), autoincrement=True, nullable=False),
        sa.Column("user_id", sa.Text(), nullable=False),
        sa.Column("field", sa.String(16), nullable=False),
        sa.Column("observed_at", TS, nullable=False),
        sa.Column("via", sa.String(8), nullable=False),
        sa.Column("source_key", sa.Text(), nullable=True),
        # SQL NULL: cleared (a JSON null is never stored).
        sa.Column("value", postgresql.JSONB(), nullable=True),
        sa.Column("previous", postgresql.JSONB(), nullable=True),
        sa.Column("variants", postgresql.JSONB(), nullable=True),
        sa.Column("valid", sa.Boolean(), nullable=False),
        sa.Column("problem", sa.Text(), nullable=True),
        sa.Column("text", sa.Text(), nullable=True),
        sa.Column("emoji", sa.Text(), nullable=True),
        sa.Column("notes", postgresql.JSONB(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_profile_field_history")),
    )
    op.create_index(
        "ix_profile_field_history_user_id_id", "profile_field_history", ["user_id", "id"]
    )
    # Rows arrive in time order: BRIN serves the retention purge at almost no size.
    op.create_index(
        "ix_profile_field_history_observed_at",
        "profile_field_history",
        ["observed_at"],
        postgresql_using="brin",
    )
    op.create_table(
        "profile_state",
        sa.Column("user_id", sa.Text(), nullable=False),
        sa.Column("profile", postgresql.JSONB(), nullable=False),
        sa.Column("digest", sa.BigInteger(), nullable=False),
        sa.Column("changed_at", TS, nullable=False),
        sa.Column("last_fetched_at", TS, nullable=True),
        sa.PrimaryKeyConstraint("user_id", name=op.f("pk_profile_state")),
    )
    op.create_table(
        "sync_state",
        sa.Column("watcher_user_id", sa.Text(), nullable=False),
        sa.Column("since", sa.Text(), nullable=False),
        sa.Column("updated_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("watcher_user_id", name=op.f("pk_sync_state")),
    )


def downgrade() -> None:
    op.drop_table("sync_state")
    op.drop_table("profile_state")
    op.drop_table("profile_field_history")
