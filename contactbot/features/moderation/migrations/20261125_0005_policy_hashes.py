"""Moderation: MSC4205 hashed entities in the policy-rule cache

Revision ID: 0005_policy_hashes
Revises: 0004_moderation
Create Date: 2026-11-25
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_policy_hashes"
down_revision: str | None = "0004_moderation"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Padded base64 SHA-256 of the entity, for rules that name it only by hash ("" entity).
    op.add_column("moderation_policy_rule", sa.Column("entity_sha256", sa.Text(), nullable=True))


def downgrade() -> None:
    op.drop_column("moderation_policy_rule", "entity_sha256")
