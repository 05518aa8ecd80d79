"""Inbox retention: indexes for purging processed events, old transaction IDs, parked events

Revision ID: 0005_retention
Revises: 0001_core
Create Date: 2026-12-05
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_retention"
down_revision: str | None = "0001_core"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # The purge deletes the oldest done events first; partial, so it costs nothing while rows
    # are pending and stays as small as the processed window.
    op.create_index(
        "ix_inbox_event_done_processed_at",
        "inbox_event",
        ["processed_at"],
        postgresql_where=sa.text("status = 'done'"),
    )
    op.create_index(
        "ix_inbox_event_parked_received_at",
        "inbox_event",
        ["received_at"],
        postgresql_where=sa.text("status IN ('failed', 'malformed')"),
    )
    op.create_index("ix_as_transaction_received_at", "as_transaction", ["received_at"])


def downgrade() -> None:
    op.drop_index("ix_as_transaction_received_at", table_name="as_transaction")
    op.drop_index("ix_inbox_event_parked_received_at", table_name="inbox_event")
    op.drop_index("ix_inbox_event_done_processed_at", table_name="inbox_event")
