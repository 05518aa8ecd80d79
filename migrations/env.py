"""Alembic environment. contactbot runs migrations itself (``contactbot.storage.migrate``) and
passes its own connection in ``config.attributes["connection"]``; there is no alembic.ini."""

from __future__ import annotations

from alembic import context
from sqlalchemy.engine import Connection

from contactbot.storage.all_models import metadata


def run_migrations(connection: Connection) -> None:
    context.configure(connection=connection, target_metadata=metadata, compare_type=True)
    with context.begin_transaction():
        context.run_migrations()


connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through `contactbot db upgrade`, not the alembic CLI")
run_migrations(connection)
