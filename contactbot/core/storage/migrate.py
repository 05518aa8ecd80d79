"""Schema migrations, run by contactbot itself under a PostgreSQL advisory lock.

Two replicas starting together both call ``upgrade``; the advisory lock makes the second wait
for the first and then find nothing to do. A database stamped with a revision this code does not
know was migrated by a newer contactbot, and is refused rather than guessed at.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config as AlembicConfig
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import MetaData, text
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import AsyncEngine

from contactbot.core.errors import SchemaTooNew

log = logging.getLogger(__name__)

# The Alembic environment (env.py) and the core's own revisions; each feature keeps its
# revisions in its own package and is added to the version locations by the composition root.
MIGRATIONS_DIR = Path(__file__).resolve().parents[2] / "migrations"
CORE_VERSIONS = MIGRATIONS_DIR / "versions"
# An arbitrary constant shared by every contactbot process: "contactbot" in ASCII, truncated.
ADVISORY_LOCK_KEY = 0x636F6E7461637462


@dataclass(frozen=True, slots=True)
class SchemaStatus:
    current: tuple[str, ...]
    heads: tuple[str, ...]

    @property
    def head(self) -> str:
        return ", ".join(self.heads)

    @property
    def up_to_date(self) -> bool:
        return set(self.current) == set(self.heads)


@dataclass(frozen=True, slots=True)
class Schema:
    """The whole schema: every feature's revision folder beside the core's, and the tables."""

    feature_versions: tuple[Path, ...]
    metadata: MetaData

    @property
    def version_locations(self) -> tuple[Path, ...]:
        return (CORE_VERSIONS, *self.feature_versions)


def alembic_config(schema: Schema) -> AlembicConfig:
    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    # Alembic splits this option on the path separator; our paths never contain it.
    cfg.set_main_option("path_separator", "os")
    cfg.set_main_option(
        "version_locations", os.pathsep.join(str(p) for p in schema.version_locations)
    )
    cfg.attributes["metadata"] = schema.metadata
    return cfg


def _script(schema: Schema) -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config(schema))


def _status(conn: Connection, schema: Schema) -> SchemaStatus:
    script = _script(schema)
    current = tuple(MigrationContext.configure(conn).get_current_heads())
    for rev in current:
        try:
            known = script.get_revision(rev)
        except CommandError:
            known = None
        if known is None:
            raise SchemaTooNew(
                f"the database is at schema revision {rev}, which this contactbot does not "
                "know: it was migrated by a newer version. Run that version, or restore a "
                "backup; downgrading is not supported."
            )
    # Features add their tables on branches of their own; "heads" applies them all.
    heads = tuple(sorted(script.get_heads()))
    if not heads:
        raise RuntimeError("no migrations found in " + str(MIGRATIONS_DIR))
    return SchemaStatus(current=current, heads=heads)


def _upgrade(conn: Connection, schema: Schema) -> SchemaStatus:
    before = _status(conn, schema)
    if before.up_to_date:
        return before
    log.info("Migrating database schema from %s to %s", before.current or "empty", before.head)
    cfg = alembic_config(schema)
    cfg.attributes["connection"] = conn
    command.upgrade(cfg, "heads")
    return _status(conn, schema)


async def upgrade(engine: AsyncEngine, schema: Schema) -> SchemaStatus:
    """Bring the schema to head, holding the advisory lock while checking and migrating."""
    async with engine.connect() as conn:
        await conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": ADVISORY_LOCK_KEY})
        await conn.commit()
        try:
            status = await conn.run_sync(_upgrade, schema)
            await conn.commit()
        finally:
            await conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": ADVISORY_LOCK_KEY})
            await conn.commit()
    return status


async def current(engine: AsyncEngine, schema: Schema) -> SchemaStatus:
    async with engine.connect() as conn:
        return await conn.run_sync(_status, schema)


def history(schema: Schema) -> list[str]:
    """One line per revision, newest first."""
    return [
        f"{rev.revision}: {rev.doc.splitlines()[0] if rev.doc else ''}"
        for rev in _script(schema).walk_revisions()
    ]
