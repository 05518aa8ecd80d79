"""Alembic environment. contactbot runs migrations itself (``contactbot.core.storage.migrate``)
and passes its own connection and the schema's metadata in ``config.attributes``; there is no
alembic.ini, and this file imports no feature: the composition root says which exist."""

from __future__ import annotations

from alembic import context
from sqlalchemy.engine import Connection


def run_migrations(connection: Connection) -> None:
    metadata = context.config.attributes.get("metadata")
    context.configure(connection=connection, target_metadata=metadata, compare_type=True)
    with context.begin_transaction():
        context.run_migrations()


connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through `contactbot db upgrade`, not the alembic CLI")
run_migrations(connection)
