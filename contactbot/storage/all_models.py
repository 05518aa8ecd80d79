"""Imports every table module so ``metadata`` knows the whole schema (for Alembic)."""

from __future__ import annotations

from contactbot.storage import models
from contactbot.storage.base import Base

metadata = Base.metadata

__all__ = ["metadata", "models"]
