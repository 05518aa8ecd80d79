"""A TCP forwarder in front of PostgreSQL that a test can switch off and on, to simulate the
database going away without touching the real server."""

from __future__ import annotations

import asyncio
import contextlib
from urllib.parse import parse_qs, urlsplit, urlunsplit

from tests.pgserver import free_port


class PostgresProxy:
    def __init__(self, target_url: str) -> None:
        parts = urlsplit(target_url)
        socket_dir = parse_qs(parts.query).get("host", [None])[0]
        if socket_dir:
            self._target: tuple[str, int | None] = (f"{socket_dir}/.s.PGSQL.5432", None)
        else:
            self._target = (parts.hostname or "127.0.0.1", parts.port or 5432)
        self.port = free_port()
        user = parts.username or "postgres"
        self.url = urlunsplit(("postgresql", f"{user}@127.0.0.1:{self.port}", parts.path, "", ""))
        self._server: asyncio.Server | None = None
        self._pipes: set[asyncio.Task[None]] = set()
        self._writers: set[asyncio.StreamWriter] = set()

    async def _open_target(self) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
        host, port = self._target
        if port is None:
            return await asyncio.open_unix_connection(host)
        return await asyncio.open_connection(host, port)

    async def _pipe(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while data := await reader.read(65536):
                writer.write(data)
                await writer.drain()
        except (ConnectionError, asyncio.CancelledError):
            pass
        finally:
            writer.close()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            up_reader, up_writer = await self._open_target()
        except OSError:
            writer.close()
            return
        self._writers.update((writer, up_writer))
        for task in (
            asyncio.create_task(self._pipe(reader, up_writer)),
            asyncio.create_task(self._pipe(up_reader, writer)),
        ):
            self._pipes.add(task)
            task.add_done_callback(self._pipes.discard)

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._handle, "127.0.0.1", self.port)

    async def stop(self) -> None:
        """Refuse new connections and cut the open ones, as a crashed server would."""
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()
            self._server = None
        for writer in list(self._writers):
            writer.close()
        for task in list(self._pipes):
            task.cancel()
        for task in list(self._pipes):
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self._writers.clear()
