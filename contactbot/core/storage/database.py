"""The engine, and units of work that nest by sharing one session.

Event processing runs a handler and marks its inbox row done in one database transaction, so the
handler's writes and the "done" mark commit together or not at all. Services open their own unit
of work with ``db.transaction()``; when one is already open in the current task (the event's), the
inner call joins it instead of starting a second, independent transaction.
"""

from __future__ import annotations

import logging
import socket
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from contextvars import ContextVar
from typing import Any

from sqlalchemy import event
from sqlalchemy import exc as sa_exc
from sqlalchemy.ext.asyncio import (
    AsyncConnection,
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)
from sqlalchemy.pool import ConnectionPoolEntry

from contactbot.core.errors import DatabaseUnavailable

log = logging.getLogger(__name__)

_current_session: ContextVar[AsyncSession | None] = ContextVar("_current_session", default=None)
# Work to run once the current unit of work has committed (delivering the outbox rows it wrote).
_after_commit: ContextVar[list[AfterCommit] | None] = ContextVar("_after_commit", default=None)

AfterCommit = Callable[[], Awaitable[None]]

# Errors that mean "the server is not there right now", as opposed to a bug in a query.
_UNAVAILABLE = (OSError, ConnectionError, socket.gaierror, TimeoutError)


# A pooled connection idle for longer than this is pinged before use: a restart, a failover or
# an idle timeout kills connections that sit in the pool, while one reused within this time was
# just working. Under load connections come back within milliseconds and are never pinged.
IDLE_PING_SECONDS = 1.0


def _note_checkin(dbapi_connection: Any, record: ConnectionPoolEntry) -> None:
    record.info["checked_in_at"] = time.monotonic()


def _ping_if_idle(dbapi_connection: Any, record: ConnectionPoolEntry, proxy: Any) -> None:
    last = record.info.get("checked_in_at")
    if last is None or time.monotonic() - last < IDLE_PING_SECONDS:
        return
    try:
        dbapi_connection.ping()
    except Exception as err:
        # The pool replaces the connection and tries again (up to three times).
        raise sa_exc.DisconnectionError(f"idle connection is dead: {err}") from err


def async_url(url: str) -> str:
    """Return ``url`` with the asyncpg driver, whatever scheme the admin wrote."""
    for prefix in ("postgresql+asyncpg://", "postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+asyncpg://" + url[len(prefix) :]
    raise ValueError("database.url must be a postgresql:// URL")


def is_unavailable(err: BaseException, *, connecting: bool = False) -> bool:
    """Whether ``err`` means the database cannot be reached (retry later), not a bad query.

    Plain socket errors count only while ``connecting``: later, an OSError comes from the
    handler's own network calls (the homeserver), not from PostgreSQL.
    """
    cause: BaseException | None = err
    while cause is not None:
        if isinstance(cause, sa_exc.DBAPIError) and cause.connection_invalidated:
            return True
        if isinstance(cause, sa_exc.InterfaceError | sa_exc.OperationalError):
            return True
        if isinstance(cause, sa_exc.TimeoutError):  # pool exhausted or unreachable
            return True
        if connecting and isinstance(cause, _UNAVAILABLE):
            return True
        if type(cause).__module__.startswith("asyncpg") and type(cause).__name__ in _PG_GONE:
            return True
        cause = cause.__cause__ or cause.__context__
    return False


_PG_GONE = frozenset(
    {
        "CannotConnectNowError",
        "ConnectionDoesNotExistError",
        "AdminShutdownError",
        "ConnectionFailureError",
        "ClientCannotConnectError",
        "TooManyConnectionsError",
    }
)


async def _run_hooks(hooks: list[AfterCommit]) -> None:
    # The commit stands whatever happens here: a hook's failure is logged, not raised, and
    # whatever it was meant to do is still recorded in the database for a later retry.
    for hook in hooks:
        try:
            await hook()
        except Exception:
            log.exception("After-commit work failed; it is retried from the database")


class Database:
    """Owns the engine; hands out sessions. Built once, in the composition root."""

    def __init__(self, url: str, *, pool_size: int = 10, echo: bool = False) -> None:
        self.url = async_url(url)
        self.engine: AsyncEngine = create_async_engine(
            self.url,
            pool_size=pool_size,
            max_overflow=pool_size,
            # Pinging on every checkout costs two round trips, a tenth of the ingest path's
            # time under load; ``_ping_if_idle`` pings only connections that sat idle.
            pool_pre_ping=False,
            pool_timeout=10,
            echo=echo,
        )
        self.sessions = async_sessionmaker(self.engine, expire_on_commit=False)
        event.listen(self.engine.sync_engine, "checkin", _note_checkin)
        event.listen(self.engine.sync_engine, "checkout", _ping_if_idle)

    async def close(self) -> None:
        await self.engine.dispose()

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[AsyncSession]:
        """A unit of work: commit on success, roll back on error.

        Joins the unit of work already open in this task, if any; only the outermost one commits.
        Connection failures surface as ``DatabaseUnavailable``.
        """
        outer = _current_session.get()
        if outer is not None:
            yield outer
            return
        session = self.sessions()
        token = _current_session.set(session)
        hooks: list[AfterCommit] = []
        hooks_token = _after_commit.set(hooks)
        committed = False
        try:
            async with session.begin():
                try:
                    # Connect up front, so that a failure here is known to be the database's.
                    await session.connection()
                except Exception as err:
                    if is_unavailable(err, connecting=True):
                        raise DatabaseUnavailable(str(err)) from err
                    raise
                yield session
            committed = True
        except DatabaseUnavailable:
            raise
        except Exception as err:
            if is_unavailable(err):
                raise DatabaseUnavailable(str(err)) from err
            raise
        finally:
            _current_session.reset(token)
            _after_commit.reset(hooks_token)
            await session.close()
        if committed:
            await _run_hooks(hooks)

    def after_commit(self, hook: AfterCommit) -> None:
        """Run ``hook`` once the current unit of work has committed (never if it rolls back).

        Outside a unit of work the caller's writes are already committed, so the hook is
        queued for the next one; callers always write inside one.
        """
        hooks = _after_commit.get()
        if hooks is None:
            raise RuntimeError("after_commit() needs an open unit of work")
        if hook not in hooks:
            hooks.append(hook)

    @asynccontextmanager
    async def autocommit(self) -> AsyncIterator[AsyncConnection]:
        """A connection without BEGIN/COMMIT, for work that is one atomic statement.

        Saves two round trips per call on the ingest path, where every transaction the
        homeserver sends is stored by a single statement.
        """
        try:
            conn = await self.engine.connect()
        except Exception as err:
            if is_unavailable(err, connecting=True):
                raise DatabaseUnavailable(str(err)) from err
            raise
        try:
            await conn.execution_options(isolation_level="AUTOCOMMIT")
            yield conn
        except Exception as err:
            if is_unavailable(err):
                raise DatabaseUnavailable(str(err)) from err
            raise
        finally:
            await conn.close()

    @asynccontextmanager
    async def separate_transaction(self) -> AsyncIterator[AsyncSession]:
        """A unit of work that never joins the current one (for bookkeeping after a failure)."""
        token = _current_session.set(None)
        try:
            async with self.transaction() as session:
                yield session
        finally:
            _current_session.reset(token)
