"""Where the tests' PostgreSQL comes from.

``CONTACTBOT_TEST_DATABASE_URL`` names a server (any database on it; CI uses the local
PostgreSQL 15). Without it, one embedded PostgreSQL is started for the whole test session, so a
fresh machine needs nothing installed. Every caller gets its own fresh database on that server.
"""

from __future__ import annotations

import os
import tempfile
import uuid
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import asyncpg

ENV_VAR = "CONTACTBOT_TEST_DATABASE_URL"

_embedded_url: str | None = None


def server_url() -> str:
    """A plain ``postgresql://`` URL of the test server's maintenance database."""
    global _embedded_url
    url = os.environ.get(ENV_VAR)
    if url:
        return url.replace("postgresql+asyncpg://", "postgresql://")
    if _embedded_url is None:
        from contactbot.core.storage.embedded import start_embedded

        data_dir = Path(tempfile.mkdtemp(prefix="contactbot-test-pg-"))
        _embedded_url = start_embedded(data_dir / "pgdata", cleanup="delete").url
    return _embedded_url


def with_database(url: str, name: str) -> str:
    """``url`` pointing at database ``name`` (keeps a ``?host=`` socket query)."""
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, "/" + name, parts.query, parts.fragment))


async def create_database(prefix: str = "cbtest") -> str:
    """Create an empty database and return its URL."""
    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    conn = await asyncpg.connect(server_url())
    try:
        await conn.execute(f'CREATE DATABASE "{name}"')
    finally:
        await conn.close()
    return with_database(server_url(), name)


async def drop_database(url: str) -> None:
    """Drop a database made by ``create_database``, closing its stray connections."""
    name = urlsplit(url).path.lstrip("/")
    conn = await asyncpg.connect(server_url())
    try:
        await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await conn.close()


def free_port() -> int:
    """A TCP port nothing listens on right now (for servers the tests start)."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port
