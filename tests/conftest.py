"""Shared fixtures: a fresh, migrated PostgreSQL database per test, and a recording gateway.

The schema is migrated once into a template database; each test gets a copy of it
(``CREATE DATABASE … TEMPLATE``), which is much faster than migrating every time.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from urllib.parse import urlsplit

import asyncpg
import pytest

from contactbot.core.storage import migrate
from contactbot.core.storage.database import Database
from contactbot.schema import SCHEMA
from tests import pgserver
from tests.fakes import FakeGateway

_template: str | None = None


def _db_name(url: str) -> str:
    # Not rsplit("/"): an embedded server's URL carries a socket directory in its query.
    return urlsplit(url).path.lstrip("/")


async def _template_name() -> str:
    global _template
    if _template is None:
        url = await pgserver.create_database("cbtemplate")
        db = Database(url)
        try:
            await migrate.upgrade(db.engine, SCHEMA)
        finally:
            await db.close()
        _template = _db_name(url)
    return _template


async def fresh_database_url() -> str:
    """A new database holding the current schema and no rows."""
    template = await _template_name()
    url = await pgserver.create_database("cbtest")
    name = _db_name(url)
    conn = await asyncpg.connect(pgserver.server_url())
    try:
        await conn.execute(f'DROP DATABASE "{name}"')
        await conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    finally:
        await conn.close()
    return url


@pytest.fixture
async def database_url() -> AsyncIterator[str]:
    url = await fresh_database_url()
    yield url
    await pgserver.drop_database(url)


@pytest.fixture
async def db(database_url: str) -> AsyncIterator[Database]:
    database = Database(database_url, pool_size=5)
    yield database
    await database.close()


@pytest.fixture
def gateway() -> FakeGateway:
    return FakeGateway()
