"""The whole database schema: the core's tables and revisions plus every feature's.

Outside the core on purpose: the core's migration runner takes a ``Schema`` and never learns
which features exist.
"""

from __future__ import annotations

from pathlib import Path

from contactbot.core.storage import models as core_models
from contactbot.core.storage.base import Base
from contactbot.core.storage.migrate import Schema
from contactbot.features.contacts.storage import models as contact_models
from contactbot.features.moderation.storage import models as moderation_models
from contactbot.features.status.storage import models as status_models

_FEATURES = Path(__file__).resolve().parent / "features"

# Importing the model modules registers their tables on ``Base.metadata``.
TABLE_MODULES = (core_models, contact_models, status_models, moderation_models)

SCHEMA = Schema(
    feature_versions=tuple(
        _FEATURES / name / "migrations" for name in ("contacts", "status", "moderation")
    ),
    metadata=Base.metadata,
)
