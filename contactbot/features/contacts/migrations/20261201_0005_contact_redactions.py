"""Room contacts: redactions in the history, and the order current events were seen in

Revision ID: 0005_contact_redactions
Revises: 0002_contacts
Create Date: 2026-12-01
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_contact_redactions"
down_revision: str | None = "0002_contacts"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("room_contact_history", sa.Column("redacts", sa.Text(), nullable=True))
    op.execute("CREATE SEQUENCE room_contact_seen_seq")
    op.add_column(
        "room_contact_state",
        sa.Column(
            "seen",
            sa.BigInteger(),
            server_default=sa.text("nextval('room_contact_seen_seq')"),
            nullable=False,
        ),
    )


def downgrade() -> None:
    op.drop_column("room_contact_state", "seen")
    op.execute("DROP SEQUENCE room_contact_seen_seq")
    op.drop_column("room_contact_history", "redacts")
