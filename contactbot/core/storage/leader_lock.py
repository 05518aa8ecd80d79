"""The leader lock: a PostgreSQL session-level advisory lock on a connection of its own.

A session-level lock lives exactly as long as the session that took it. When the process holding
it dies, the kernel closes its socket and the server drops the session and the lock at once, so
a standby replica can take it on its next try. The connection is not from the engine's pool:
it is held for as long as the replica leads, and must never be handed to a query that could
block it, nor be recycled by the pool (which would release the lock behind our back).
"""

from __future__ import annotations

import logging

import asyncpg

log = logging.getLogger(__name__)

# "contactL" in ASCII: an arbitrary constant shared by every contactbot process, different from
# the migration lock's key (``migrate.ADVISORY_LOCK_KEY``).
LEADER_LOCK_KEY = 0x636F6E746163744C

# A bigint advisory key shows in pg_locks split in two 32-bit halves, with objsubid 1.
_HOLDER_SQL = """
    SELECT a.application_name
    FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
    WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1
      AND l.classid = $1::bigint::oid AND l.objid = $2::bigint::oid
      -- Advisory locks are per database; a server may host other deployments.
      AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
    LIMIT 1
"""


def plain_url(url: str) -> str:
    """``url`` for asyncpg itself, which does not understand SQLAlchemy's ``+asyncpg``."""
    return url.replace("postgresql+asyncpg://", "postgresql://", 1)


class LeaderLock:
    """One connection that tries for, holds and releases the leader lock.

    ``application_name`` is ``contactbot:<replica>``, so ``pg_stat_activity`` (and
    ``holder()``) show which replica leads. ``server_timeout`` makes the *server* end the
    session when it hears nothing from this replica for that long (``idle_session_timeout``,
    PostgreSQL 14+, plus TCP keepalives): a leader cut off by the network, whose socket the
    server would otherwise keep for the kernel's TCP timeout (minutes to hours), loses the lock
    after this many seconds instead. The holder's own checks run far more often than that.
    """

    def __init__(
        self, url: str, *, replica: str, key: int = LEADER_LOCK_KEY, server_timeout: float = 10.0
    ) -> None:
        self.url = plain_url(url)
        self.replica = replica
        self.key = key
        self.server_timeout = server_timeout
        self._conn: asyncpg.Connection | None = None

    @property
    def connected(self) -> bool:
        return self._conn is not None and not self._conn.is_closed()

    async def connect(self, timeout: float) -> None:
        self._conn = await asyncpg.connect(
            self.url,
            timeout=timeout,
            server_settings={"application_name": f"contactbot:{self.replica}"[:63]},
        )
        millis = str(int(self.server_timeout * 1000))
        seconds = str(max(1, int(self.server_timeout / 3)))
        for setting, value in (
            ("idle_session_timeout", millis),
            ("tcp_keepalives_idle", seconds),
            ("tcp_keepalives_interval", seconds),
            ("tcp_keepalives_count", "3"),
        ):
            try:
                await self._conn.execute(f"SET {setting} = {value}")
            except asyncpg.PostgresError as err:
                # Older servers lack idle_session_timeout; the lock still works, only a
                # silently cut-off leader keeps it longer.
                log.debug("Leader connection: cannot set %s: %s", setting, err)

    def _require(self) -> asyncpg.Connection:
        if self._conn is None or self._conn.is_closed():
            raise ConnectionError("the leader-lock connection is closed")
        return self._conn

    async def try_acquire(self) -> bool:
        """Take the lock if no other session holds it; never waits for it."""
        return bool(await self._require().fetchval("SELECT pg_try_advisory_lock($1)", self.key))

    async def check(self) -> None:
        """A round trip: raises if the session (and with it the lock) is gone."""
        await self._require().fetchval("SELECT 1")

    async def holder(self) -> str | None:
        """The ``application_name`` of the session holding the lock, if any."""
        high, low = (self.key >> 32) & 0xFFFFFFFF, self.key & 0xFFFFFFFF
        name = await self._require().fetchval(_HOLDER_SQL, high, low)
        return None if name is None else str(name)

    async def close(self) -> None:
        """End the session, which releases the lock if held."""
        conn, self._conn = self._conn, None
        if conn is None or conn.is_closed():
            return
        try:
            await conn.close(timeout=2)
        except Exception:
            # A connection that cannot close politely is cut; the server drops the lock then.
            conn.terminate()
