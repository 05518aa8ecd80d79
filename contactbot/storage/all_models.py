"""Imports every table module so ``metadata`` knows the whole schema (for Alembic)."""

from __future__ import annotations

from contactbot.storage import contact_models, models, moderation_models, status_models
from contactbot.storage.base import Base

metadata = Base.metadata

__all__ = ["contact_models", "metadata", "models", "moderation_models", "status_models"]
