"""Imports every table module so ``metadata`` knows the whole schema (for Alembic)."""

from __future__ import annotations

import contactbot.storage.contact_models  # noqa: F401 (registers the contact tables)
import contactbot.storage.moderation_models  # noqa: F401 (registers the moderation tables)
import contactbot.storage.status_models  # noqa: F401 (registers the status-history tables)
from contactbot.storage import models
from contactbot.storage.base import Base

metadata = Base.metadata

__all__ = ["metadata", "models"]
