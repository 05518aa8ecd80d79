"""A real Synapse for tests and demos: install, configure, run, register users, talk to it.

Synapse is AGPL-licensed, so it lives in its own virtualenv (cached per version outside the repo)
and only ever runs as a child process; nothing here imports it. The homeserver config follows
``synapse-e2e-recipe.md``: loopback only, SQLite, cheap bcrypt, relaxed rate limits.
"""

from __future__ import annotations

import asyncio
import atexit
import contextlib
import fcntl
import hashlib
import hmac
import itertools
import json
import logging
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any, Self
from urllib.parse import quote

import aiohttp
from ruamel.yaml import YAML
from yarl import URL

log = logging.getLogger(__name__)

DEFAULT_SYNAPSE_VERSION = "1.163.2"
CACHE_ENV = "CONTACTBOT_SYNAPSE_CACHE"
_MARKER = ".contactbot-synapse-installed"

JsonDict = dict[str, Any]
Progress = Callable[[str], None]
EventPredicate = Callable[[JsonDict], bool]


# -- ports -----------------------------------------------------------------------------------

_handed_out: set[int] = set()


def free_port() -> int:
    """A loopback TCP port that is free right now and not handed out before in this process.

    The port is only probed, not held, so another program may still take it; servers started on
    it fail fast in that case instead of hanging.
    """
    while True:
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
            sock.bind(("127.0.0.1", 0))
            port: int = sock.getsockname()[1]
        # Two callers in one process would otherwise be able to get the same just-freed port.
        if port not in _handed_out:
            _handed_out.add(port)
            return port


def port_is_free(port: int) -> bool:
    """Whether nothing listens on loopback ``port`` (connections in TIME_WAIT do not count)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        # Servers set SO_REUSEADDR too, so only a live listener makes this bind fail.
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


# -- install ---------------------------------------------------------------------------------


class SynapseInstallError(RuntimeError):
    """Synapse could not be installed into its cached virtualenv."""


def cache_dir() -> Path:
    """The Synapse venv cache: ``$CONTACTBOT_SYNAPSE_CACHE``, else ``~/.cache/contactbot``."""
    override = os.environ.get(CACHE_ENV)
    return Path(override).expanduser() if override else Path.home() / ".cache" / "contactbot"


def ensure_synapse(
    version: str = DEFAULT_SYNAPSE_VERSION,
    progress: Progress | None = None,
    *,
    cache: Path | None = None,
) -> Path:
    """Return the python executable of a virtualenv with ``matrix-synapse==version``.

    Reuses ``<cache>/synapse-<version>`` when it is complete and installs it otherwise (about
    20 s). Concurrent callers are serialised by a file lock, and the venv is built in a temporary
    directory that is renamed into place only when complete, so a crash or a racing process
    never leaves a half-installed venv under the final name.
    """
    root = cache if cache is not None else cache_dir()
    venv = root / f"synapse-{version}"
    python = venv / "bin" / "python"
    if _marker_ok(venv, version):
        return python
    root.mkdir(parents=True, exist_ok=True)
    with _file_lock(root / f"synapse-{version}.lock", progress):
        if _marker_ok(venv, version):
            return python  # another process finished the install while we waited
        if _adopt_existing(venv, version):
            return python
        if venv.exists():
            log.warning("Removing incomplete Synapse virtualenv %s", venv)
            shutil.rmtree(venv)
        _install(root, venv, version, progress)
    return python


def synapse_installed(
    version: str = DEFAULT_SYNAPSE_VERSION, *, cache: Path | None = None
) -> bool:
    """Whether ``ensure_synapse(version)`` would return at once, without installing.

    Lets a caller decide up front whether to show a progress display for the ~20 s install.
    """
    root = cache if cache is not None else cache_dir()
    return _marker_ok(root / f"synapse-{version}", version)


def _marker_ok(venv: Path, version: str) -> bool:
    marker = venv / _MARKER
    # ``exists`` follows the bin/python symlink, so a venv whose base interpreter was removed
    # (e.g. a pyenv upgrade) counts as missing and is rebuilt.
    return (
        marker.is_file()
        and marker.read_text(encoding="utf-8").strip() == version
        and (venv / "bin" / "python").exists()
    )


def _adopt_existing(venv: Path, version: str) -> bool:
    """Accept a complete venv made by hand (same layout, no marker) and mark it."""
    python = venv / "bin" / "python"
    if not python.exists():
        return False
    probe = subprocess.run(  # noqa: S603 (our own venv's python)
        [
            str(python),
            "-c",
            "import importlib.metadata as m; print(m.version('matrix-synapse'))",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    if probe.returncode != 0 or probe.stdout.strip() != version:
        return False
    _write_marker(venv, version)
    return True


def _write_marker(venv: Path, version: str) -> None:
    tmp = venv / f"{_MARKER}.tmp"
    tmp.write_text(version + "\n", encoding="utf-8")
    tmp.replace(venv / _MARKER)


@contextlib.contextmanager
def _file_lock(path: Path, progress: Progress | None) -> Iterator[None]:
    with path.open("a") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            _say(progress, f"Waiting for another process that is installing Synapse ({path})")
            fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _say(progress: Progress | None, message: str) -> None:
    log.info("%s", message)
    if progress is not None:
        progress(message)


def _install(root: Path, venv: Path, version: str, progress: Progress | None) -> None:
    # We hold the lock, so any temporary directory left for this version is from a dead installer.
    for stale in root.glob(f"synapse-{version}.tmp-*"):
        if stale.is_dir():
            shutil.rmtree(stale, ignore_errors=True)
        else:
            stale.unlink(missing_ok=True)
    tmp = root / f"synapse-{version}.tmp-{os.getpid()}-{secrets.token_hex(4)}"
    install_log = root / f"{tmp.name}.log"
    _say(progress, f"Installing Synapse {version} into {venv} (one-off, about 20 s)")
    started = time.monotonic()
    try:
        # ``venv`` bases the new environment on the base interpreter even when run from a venv.
        _run_logged([sys.executable, "-m", "venv", str(tmp)], install_log)
        _run_logged(
            [
                str(tmp / "bin" / "python"),
                "-m",
                "pip",
                "install",
                "--disable-pip-version-check",
                "--no-input",
                f"matrix-synapse=={version}",
            ],
            install_log,
        )
        _relocate(tmp, venv)
        _write_marker(tmp, version)
        tmp.rename(venv)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    finally:
        install_log.unlink(missing_ok=True)
    _say(progress, f"Synapse {version} installed in {time.monotonic() - started:.1f} s")


def _run_logged(argv: Sequence[str], log_file: Path) -> None:
    with log_file.open("ab") as out:
        result = subprocess.run(argv, stdout=out, stderr=subprocess.STDOUT, check=False)  # noqa: S603
    if result.returncode != 0:
        raise SynapseInstallError(
            f"{' '.join(argv[:4])} ... failed with exit code {result.returncode}:\n"
            + _tail(log_file, 30)
        )


def _relocate(tmp: Path, final: Path) -> None:
    """Point the venv's scripts at its final location before the rename.

    ``bin/python`` finds its venv relative to itself, so ``python -m synapse...`` works after the
    rename anyway; only the console scripts' shebangs and pyvenv.cfg carry the absolute path.
    """
    old, new = str(tmp).encode(), str(final).encode()
    for path in [*(tmp / "bin").iterdir(), tmp / "pyvenv.cfg"]:
        if path.is_symlink() or not path.is_file():
            continue
        data = path.read_bytes()
        if old in data[:4096]:
            path.write_bytes(data.replace(old, new))


def _tail(path: Path, lines: int) -> str:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return f"({path} missing)"
    return "\n".join(text.splitlines()[-lines:])


# -- child processes -------------------------------------------------------------------------


class ProcessError(RuntimeError):
    """A child process failed to start, become ready or stop."""


_live: set[ManagedProcess] = set()


@atexit.register
def _kill_leftovers() -> None:
    # Last line of defence (an interrupted test run, a crashed demo): no child outlives us.
    for proc in list(_live):
        proc.kill_now()


class ManagedProcess:
    """A child process with a log file and a readiness URL that is never left running.

    It runs in its own session, so a Ctrl-C in the terminal reaches only the parent, which then
    stops it in order. ``stop`` sends SIGTERM and escalates to SIGKILL; an ``atexit`` hook kills
    whatever is still running when the interpreter exits.
    """

    def __init__(
        self,
        argv: Sequence[str],
        *,
        name: str,
        log_path: Path,
        ready_url: str,
        cwd: Path | None = None,
        env: Mapping[str, str] | None = None,
        ready_timeout: float = 30.0,
        stop_timeout: float = 15.0,
        extra_logs: Sequence[Path] = (),
    ) -> None:
        self.argv = list(argv)
        self.name = name
        self.log_path = log_path
        self.ready_url = ready_url
        self.cwd = cwd
        self.env = dict(env) if env is not None else None
        self.ready_timeout = ready_timeout
        self.stop_timeout = stop_timeout
        self.extra_logs = list(extra_logs)
        self.starts = 0
        self._proc: subprocess.Popen[bytes] | None = None

    # -- state -------------------------------------------------------------------------------

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc is not None else None

    @property
    def returncode(self) -> int | None:
        return self._proc.poll() if self._proc is not None else None

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def log_text(self) -> str:
        """Everything the process wrote so far, over all its starts."""
        try:
            return self.log_path.read_text(encoding="utf-8", errors="replace")
        except FileNotFoundError:
            return ""

    async def wait_for_log(self, needle: str, timeout: float = 10.0) -> str:
        """Wait until the log contains ``needle``; return the first line that does."""
        deadline = time.monotonic() + timeout
        while True:
            for line in self.log_text().splitlines():
                if needle in line:
                    return line
            if time.monotonic() >= deadline:
                raise TimeoutError(
                    f"{needle!r} not in the log of {self.name} after {timeout:.0f} s\n"
                    + self.log_tail()
                )
            await asyncio.sleep(0.1)

    def log_tail(self, lines: int = 40) -> str:
        parts = [f"--- last lines of {self.log_path} ---\n{_tail(self.log_path, lines)}"]
        parts += [f"--- last lines of {p} ---\n{_tail(p, lines)}" for p in self.extra_logs]
        return "\n".join(parts)

    # -- lifecycle ---------------------------------------------------------------------------

    async def start(self, *, wait_ready: bool = True) -> None:
        """Start the process and, unless told otherwise, wait until it is ready."""
        if self.running:
            raise ProcessError(f"{self.name} is already running (pid {self.pid})")
        self.starts += 1
        self._proc = self._spawn()
        _live.add(self)
        log.debug("Started %s (pid %d)", self.name, self._proc.pid)
        if wait_ready:
            try:
                await self.wait_ready()
            except BaseException:
                await self._stop_quietly()
                raise

    def _spawn(self) -> subprocess.Popen[bytes]:
        # Popen returns as soon as the child is forked; nothing here waits on the child.
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        with self.log_path.open("ab") as out:
            stamp = time.strftime("%Y-%m-%d %H:%M:%S")
            out.write(f"--- {self.name}: start #{self.starts} at {stamp} ---\n".encode())
            out.flush()
            return subprocess.Popen(  # noqa: S603 (argv is built by this module's callers)
                self.argv,
                cwd=self.cwd,
                env=self.env,
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )

    async def wait_ready(self, timeout: float | None = None, *, any_status: bool = False) -> None:
        """Poll ``ready_url`` until it answers 200 (or anything, with ``any_status``).

        Fails as soon as the process exits, with the end of its log in the message.
        """
        limit = self.ready_timeout if timeout is None else timeout
        deadline = time.monotonic() + limit
        last = "no answer yet"
        probe_timeout = aiohttp.ClientTimeout(total=2)
        async with aiohttp.ClientSession(timeout=probe_timeout) as session:
            while True:
                rc = self.returncode
                if rc is not None or self._proc is None:
                    raise ProcessError(
                        f"{self.name} exited with code {rc} before it was ready\n"
                        + self.log_tail()
                    )
                try:
                    async with session.get(self.ready_url) as resp:
                        if resp.status == 200 or any_status:
                            return
                        last = f"HTTP {resp.status}"
                except (aiohttp.ClientError, TimeoutError) as err:
                    last = type(err).__name__
                if time.monotonic() >= deadline:
                    raise ProcessError(
                        f"{self.name} did not become ready within {limit:.0f} s "
                        f"(GET {self.ready_url}: {last})\n" + self.log_tail()
                    )
                await asyncio.sleep(0.05)

    async def stop(self, timeout: float | None = None) -> int:
        """SIGTERM, wait for the exit and return the exit code.

        Raises ``ProcessError`` if the process ignored SIGTERM (it is SIGKILLed first), because a
        process that does not shut down on SIGTERM is a bug worth seeing.
        """
        proc = self._proc
        if proc is None:
            return 0
        if proc.poll() is None:
            # SIGTERM goes to the process only, not its group: it may have children of its own
            # (an embedded PostgreSQL) that it wants to shut down in order.
            with contextlib.suppress(ProcessLookupError):
                proc.send_signal(signal.SIGTERM)
            limit = self.stop_timeout if timeout is None else timeout
            if await self._wait_exit(limit) is None:
                await self.kill()
                raise ProcessError(
                    f"{self.name} did not exit within {limit:.0f} s of SIGTERM; killed it\n"
                    + self.log_tail()
                )
        _live.discard(self)
        rc = proc.wait()
        log.debug("%s exited with code %d", self.name, rc)
        return rc

    async def kill(self) -> int:
        """SIGKILL the process and everything in its session; return the exit code."""
        self.kill_now()
        proc = self._proc
        if proc is None:
            return 0
        await self._wait_exit(10.0)
        return proc.wait()

    async def restart(self, *, wait_ready: bool = True) -> None:
        await self.stop()
        await self.start(wait_ready=wait_ready)

    def kill_now(self) -> None:
        """Synchronous SIGKILL of the process group (for atexit and emergencies)."""
        proc = self._proc
        _live.discard(self)
        if proc is None or proc.returncode is not None:
            return
        # The child leads its own session, so its pid is also its process group id. It is not
        # reaped yet, so that id cannot have been reused.
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(proc.pid, signal.SIGKILL)
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=10)

    async def _wait_exit(self, timeout: float) -> int | None:
        if self._proc is None:
            return 0
        deadline = time.monotonic() + timeout
        while (rc := self._proc.poll()) is None:
            if time.monotonic() >= deadline:
                return None
            await asyncio.sleep(0.02)
        return rc

    async def _stop_quietly(self) -> None:
        try:
            await self.stop(timeout=5.0)
        except ProcessError:
            log.warning("%s had to be killed", self.name)
        finally:
            self.kill_now()

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc_type is None:
            await self.stop()
        else:
            # Do not hide the original error behind a shutdown complaint.
            await self._stop_quietly()


# -- the homeserver --------------------------------------------------------------------------

_RELAXED = {"per_second": 1000, "burst_count": 1000}


class SynapseServer:
    """One Synapse on loopback with its own data directory.

    Use as ``async with SynapseServer(python, dir, app_service_config_files=[reg]) as hs:``.
    The port is chosen in the constructor, so ``base_url`` can go into the bot's config before
    Synapse starts.
    """

    def __init__(
        self,
        python: Path,
        data_dir: Path,
        *,
        server_name: str = "localhost",
        app_service_config_files: Sequence[Path] = (),
        include_profile_updates_in_sync: bool = False,
        experimental_features: Mapping[str, object] | None = None,
        extra_config: Mapping[str, object] | None = None,
        port: int | None = None,
        startup_timeout: float = 60.0,
    ) -> None:
        self.python = python
        self.data_dir = data_dir
        self.server_name = server_name
        self.app_service_config_files = [Path(p).resolve() for p in app_service_config_files]
        self.include_profile_updates_in_sync = include_profile_updates_in_sync
        self.experimental_features = dict(experimental_features or {})
        self.extra_config = dict(extra_config or {})
        self.port = port if port is not None else free_port()
        self.startup_timeout = startup_timeout
        # Per-server random secrets: they never leave the test machine, but nothing should be
        # able to reuse a well-known one.
        self.shared_secret = secrets.token_hex(16)
        self._macaroon_secret = secrets.token_hex(16)
        self._form_secret = secrets.token_hex(16)
        self._process: ManagedProcess | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def log_path(self) -> Path:
        """Synapse's own log (homeserver.log); stdout/stderr go to ``stdout.log`` next to it."""
        return self.data_dir / "homeserver.log"

    @property
    def process(self) -> ManagedProcess | None:
        return self._process

    def homeserver_config(self) -> JsonDict:
        config: JsonDict = {
            "server_name": self.server_name,
            "public_baseurl": f"{self.base_url}/",
            "pid_file": "homeserver.pid",
            "listeners": [
                {
                    "port": self.port,
                    "bind_addresses": ["127.0.0.1"],
                    "type": "http",
                    "tls": False,
                    "x_forwarded": False,
                    # No federation resource; the admin API is served on the client listener.
                    "resources": [{"names": ["client"], "compress": False}],
                }
            ],
            "database": {"name": "sqlite3", "args": {"database": "homeserver.db"}},
            "log_config": "log.yaml",
            "media_store_path": "media_store",
            "signing_key_path": f"{self.server_name}.signing.key",
            "registration_shared_secret": self.shared_secret,
            "macaroon_secret_key": self._macaroon_secret,
            "form_secret": self._form_secret,
            "report_stats": False,
            "enable_registration": False,
            "trusted_key_servers": [],
            "suppress_key_server_warning": True,
            "presence": {"enabled": False},
            # Registering a user costs ~250 ms with the default 12 rounds, ~20 ms with 4.
            "bcrypt_rounds": 4,
            "app_service_config_files": [str(p) for p in self.app_service_config_files],
            "rc_message": _RELAXED,
            "rc_registration": _RELAXED,
            "rc_login": {
                "address": _RELAXED,
                "account": _RELAXED,
                "failed_attempts": _RELAXED,
            },
            "rc_joins": {"local": _RELAXED, "remote": _RELAXED},
            "rc_joins_per_room": _RELAXED,
            "rc_invites": {"per_room": _RELAXED, "per_user": _RELAXED, "per_issuer": _RELAXED},
            "rc_room_creation": _RELAXED,
            "rc_profile": _RELAXED,
        }
        if self.include_profile_updates_in_sync:
            config["include_profile_updates_in_sync"] = True
        if self.experimental_features:
            config["experimental_features"] = self.experimental_features
        config.update(self.extra_config)
        return config

    def _log_config(self) -> JsonDict:
        # A plain file handler: nothing is buffered, so a failing test sees the latest lines.
        return {
            "version": 1,
            "formatters": {
                "precise": {
                    "format": "%(asctime)s - %(name)s - %(lineno)d - %(levelname)s - "
                    "%(request)s - %(message)s"
                }
            },
            "handlers": {
                "file": {
                    "class": "logging.FileHandler",
                    "formatter": "precise",
                    "filename": "homeserver.log",
                    "encoding": "utf8",
                }
            },
            "root": {"level": "INFO", "handlers": ["file"]},
            "disable_existing_loggers": False,
        }

    def write_config(self) -> Path:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        path = self.data_dir / "homeserver.yaml"
        _dump_yaml(self.homeserver_config(), path)
        _dump_yaml(self._log_config(), self.data_dir / "log.yaml")
        return path

    async def start(self) -> None:
        """Write the config, generate the signing key if needed, start and wait for /versions."""
        if self._process is not None and self._process.running:
            raise ProcessError("Synapse is already running")
        if not port_is_free(self.port):
            # Checked up front because the readiness probe would otherwise get its 200 from
            # whatever already listens there (say, a Synapse left over from a killed run).
            raise ProcessError(f"cannot start Synapse: 127.0.0.1:{self.port} is already in use")
        config = self.write_config()
        if not (self.data_dir / f"{self.server_name}.signing.key").exists():
            await asyncio.to_thread(self._generate_keys, config)
        self._process = ManagedProcess(
            [str(self.python), "-m", "synapse.app.homeserver", "-c", str(config)],
            name=f"Synapse on port {self.port}",
            log_path=self.data_dir / "stdout.log",
            extra_logs=[self.log_path],
            ready_url=f"{self.base_url}/_matrix/client/versions",
            # Relative paths in homeserver.yaml resolve against the working directory.
            cwd=self.data_dir,
            ready_timeout=self.startup_timeout,
        )
        started = time.monotonic()
        await self._process.start()
        log.info(
            "Synapse ready at %s after %.2f s (data in %s)",
            self.base_url,
            time.monotonic() - started,
            self.data_dir,
        )

    def _generate_keys(self, config: Path) -> None:
        result = subprocess.run(  # noqa: S603 (Synapse's own venv, fixed arguments)
            [
                str(self.python),
                "-m",
                "synapse.app.homeserver",
                "-c",
                str(config),
                "--generate-keys",
            ],
            cwd=self.data_dir,
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            raise ProcessError(
                f"synapse --generate-keys failed with exit code {result.returncode}:\n"
                + "\n".join((result.stdout + result.stderr).splitlines()[-30:])
            )

    async def stop(self) -> None:
        if self._process is not None:
            await self._process._stop_quietly()

    async def register_user(
        self, username: str, password: str | None = None, *, admin: bool = False
    ) -> tuple[str, str]:
        """Register a user through the shared-secret admin API: ``(user_id, access_token)``."""
        return await register_user(
            self.base_url,
            self.shared_secret,
            username,
            password or secrets.token_urlsafe(12),
            admin,
        )

    async def user(self, username: str, *, admin: bool = False) -> UserClient:
        """Register ``username`` and return a client logged in as that user."""
        user_id, token = await self.register_user(username, admin=admin)
        return UserClient(self.base_url, user_id, token)

    async def __aenter__(self) -> Self:
        try:
            await self.start()
        except BaseException:
            await self.stop()
            raise
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.stop()


def _dump_yaml(data: Mapping[str, Any], path: Path) -> None:
    yaml = YAML(typ="safe", pure=True)
    yaml.default_flow_style = False
    with path.open("w", encoding="utf-8") as out:
        yaml.dump(dict(data), out)


async def register_user(
    base_url: str,
    shared_secret: str,
    username: str,
    password: str,
    admin: bool = False,
    *,
    session: aiohttp.ClientSession | None = None,
) -> tuple[str, str]:
    """Register through ``/_synapse/admin/v1/register`` and return ``(user_id, access_token)``.

    The HMAC is computed in process: ten times faster than ``register_new_matrix_user``.
    """
    url = f"{base_url}/_synapse/admin/v1/register"
    async with contextlib.AsyncExitStack() as stack:
        if session is None:
            session = await stack.enter_async_context(aiohttp.ClientSession())
        async with session.get(url) as resp:
            nonce = (await _json_or_raise(resp, "GET", url))["nonce"]
        # Synapse defines this MAC as HMAC-SHA1 over NUL-separated fields.
        mac = hmac.new(shared_secret.encode(), digestmod=hashlib.sha1)
        parts = (nonce, username, password, "admin" if admin else "notadmin")
        mac.update(b"\x00".join(part.encode() for part in parts))
        body = {
            "nonce": nonce,
            "username": username,
            "password": password,
            "admin": admin,
            "mac": mac.hexdigest(),
        }
        async with session.post(url, json=body) as resp:
            data = await _json_or_raise(resp, "POST", url)
    return str(data["user_id"]), str(data["access_token"])


async def login_user(
    base_url: str,
    username: str,
    password: str,
    *,
    session: aiohttp.ClientSession | None = None,
) -> tuple[str, str]:
    """Password login (``POST /_matrix/client/v3/login``); returns ``(user_id, access_token)``.

    For users registered earlier, whose access token is gone (a demo run on a kept directory).
    """
    url = f"{base_url}/_matrix/client/v3/login"
    body = {
        "type": "m.login.password",
        "identifier": {"type": "m.id.user", "user": username},
        "password": password,
    }
    async with contextlib.AsyncExitStack() as stack:
        if session is None:
            session = await stack.enter_async_context(aiohttp.ClientSession())
        async with session.post(url, json=body) as resp:
            data = await _json_or_raise(resp, "POST", url)
    return str(data["user_id"]), str(data["access_token"])


def write_appservice_registration(
    path: Path, *, as_id: str, localpart: str, domain: str, url: str
) -> JsonDict:
    """Write an appservice registration with fresh tokens; return it.

    The user namespace is exclusive and covers ``@<localpart>*:<domain>``, like contactbot's.
    """
    registration: JsonDict = {
        "id": as_id,
        "url": url,
        "as_token": secrets.token_urlsafe(32),
        "hs_token": secrets.token_urlsafe(32),
        "sender_localpart": localpart,
        "rate_limited": False,
        "namespaces": {
            "users": [
                {"exclusive": True, "regex": f"@{re.escape(localpart)}.*:{re.escape(domain)}"}
            ],
            "aliases": [],
            "rooms": [],
        },
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    _dump_yaml(registration, path)
    return registration


# -- a small client-server API client ----------------------------------------------------------


class MatrixError(Exception):
    """A client-server API request failed."""

    def __init__(self, method: str, path: str, status: int, body: JsonDict | str) -> None:
        self.method = method
        self.path = path
        self.status = status
        self.errcode = body.get("errcode") if isinstance(body, dict) else None
        self.error = body.get("error") if isinstance(body, dict) else body
        super().__init__(f"{method} {path} -> {status} {self.errcode}: {self.error}")


async def _json_or_raise(resp: aiohttp.ClientResponse, method: str, path: str) -> JsonDict:
    text = await resp.text()
    try:
        body: Any = json.loads(text) if text else {}
    except json.JSONDecodeError:
        body = text
    if resp.status >= 400 or not isinstance(body, dict):
        raise MatrixError(method, path, resp.status, body if isinstance(body, dict) else text)
    return body


def reply_target(event: JsonDict) -> str | None:
    """The event ID an event replies to (``m.relates_to.m.in_reply_to``), if any."""
    relates = event.get("content", {}).get("m.relates_to") or {}
    in_reply_to = relates.get("m.in_reply_to") or {}
    target = in_reply_to.get("event_id")
    return target if isinstance(target, str) else None


def _seg(value: str) -> str:
    """One URL path segment: room IDs and user IDs carry ``!``, ``@``, ``:`` and ``#``."""
    return quote(value, safe="")


def _describe(event: JsonDict) -> str:
    content = event.get("content", {})
    what = content.get("body") or content.get("membership") or ""
    return f"{event.get('type')} from {event.get('sender')}: {str(what)[:60]!r}"


_txn_counter = itertools.count()


class UserClient:
    """A Matrix user talking to the homeserver over plain aiohttp (deliberately not mautrix).

    ``sync`` remembers the ``since`` token and every timeline event per room, so ``wait_for_*``
    also finds events that arrived during an earlier sync.
    """

    def __init__(self, base_url: str, user_id: str, access_token: str) -> None:
        self.base_url = base_url.rstrip("/")
        self.user_id = user_id
        self._token = access_token
        self._session: aiohttp.ClientSession | None = None
        self.next_batch: str | None = None
        self.timeline: dict[str, list[JsonDict]] = {}
        self.memberships: dict[str, dict[str, str]] = {}
        self._sync_filter = json.dumps({"room": {"timeline": {"limit": 100}}})

    def __repr__(self) -> str:
        return f"UserClient({self.user_id!r})"

    # -- plumbing ----------------------------------------------------------------------------

    def _http(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(
                headers={"Authorization": f"Bearer {self._token}"}
            )
        return self._session

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    async def request(
        self,
        method: str,
        path: str,
        *,
        json_body: Mapping[str, Any] | None = None,
        params: Mapping[str, str] | None = None,
        timeout: float = 30.0,
    ) -> JsonDict:
        """Call ``path`` (already percent-encoded) and return the JSON body; raise MatrixError."""
        url = URL(self.base_url + path, encoded=True)
        if params:
            url = url.update_query(params)
        async with self._http().request(
            method,
            url,
            json=json_body,
            timeout=aiohttp.ClientTimeout(total=timeout),
        ) as resp:
            return await _json_or_raise(resp, method, path)

    @staticmethod
    def _txn_id() -> str:
        return f"cbt{time.time_ns()}.{next(_txn_counter)}"

    # -- account and profile -----------------------------------------------------------------

    async def whoami(self) -> str:
        return str((await self.request("GET", "/_matrix/client/v3/account/whoami"))["user_id"])

    async def get_profile_field(self, user_id: str, field: str) -> Any:
        path = f"/_matrix/client/v3/profile/{_seg(user_id)}/{_seg(field)}"
        return (await self.request("GET", path)).get(field)

    async def set_profile_field(
        self, field: str, value: Any, *, user_id: str | None = None
    ) -> None:
        path = f"/_matrix/client/v3/profile/{_seg(user_id or self.user_id)}/{_seg(field)}"
        await self.request("PUT", path, json_body={field: value})

    async def delete_profile_field(self, field: str, *, user_id: str | None = None) -> None:
        path = f"/_matrix/client/v3/profile/{_seg(user_id or self.user_id)}/{_seg(field)}"
        await self.request("DELETE", path)

    # -- rooms -------------------------------------------------------------------------------

    async def create_room(
        self,
        *,
        room_version: str | None = None,
        invite: Iterable[str] = (),
        initial_state: Iterable[Mapping[str, Any]] = (),
        power_level_content_override: Mapping[str, Any] | None = None,
        name: str | None = None,
        preset: str | None = None,
        is_direct: bool | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> str:
        """Create a room and return its ID."""
        body: JsonDict = {
            "invite": list(invite),
            "initial_state": [dict(e) for e in initial_state],
        }
        if room_version is not None:
            body["room_version"] = room_version
        if power_level_content_override is not None:
            body["power_level_content_override"] = dict(power_level_content_override)
        if name is not None:
            body["name"] = name
        if preset is not None:
            body["preset"] = preset
        if is_direct is not None:
            body["is_direct"] = is_direct
        body.update(extra or {})
        return str(
            (await self.request("POST", "/_matrix/client/v3/createRoom", json_body=body))[
                "room_id"
            ]
        )

    async def invite(self, room_id: str, user_id: str, reason: str | None = None) -> None:
        body: JsonDict = {"user_id": user_id}
        if reason is not None:
            body["reason"] = reason
        await self.request(
            "POST", f"/_matrix/client/v3/rooms/{_seg(room_id)}/invite", json_body=body
        )

    async def join(self, room_id_or_alias: str) -> str:
        path = f"/_matrix/client/v3/join/{_seg(room_id_or_alias)}"
        return str((await self.request("POST", path, json_body={}))["room_id"])

    async def resolve_alias(self, alias: str) -> str | None:
        """The room ID an alias points to, or None if the alias does not exist."""
        try:
            resp = await self.request("GET", f"/_matrix/client/v3/directory/room/{_seg(alias)}")
        except MatrixError as err:
            if err.status == 404:
                return None
            raise
        return str(resp["room_id"])

    async def membership(self, room_id: str, user_id: str) -> str | None:
        """``user_id``'s current membership in ``room_id`` from the room state, or None."""
        try:
            content = await self.get_state_event(room_id, "m.room.member", user_id)
        except MatrixError as err:
            if err.errcode == "M_NOT_FOUND":
                return None
            raise
        value = content.get("membership")
        return value if isinstance(value, str) else None

    async def leave(self, room_id: str) -> None:
        await self.request("POST", f"/_matrix/client/v3/rooms/{_seg(room_id)}/leave", json_body={})

    async def send_event(self, room_id: str, event_type: str, content: Mapping[str, Any]) -> str:
        path = (
            f"/_matrix/client/v3/rooms/{_seg(room_id)}/send/{_seg(event_type)}/"
            f"{_seg(self._txn_id())}"
        )
        return str((await self.request("PUT", path, json_body=content))["event_id"])

    async def send_text(
        self,
        room_id: str,
        body: str,
        *,
        msgtype: str = "m.text",
        extra_content: Mapping[str, Any] | None = None,
    ) -> str:
        """Send a plain message and return its event ID."""
        content: JsonDict = {"msgtype": msgtype, "body": body}
        content.update(extra_content or {})
        return await self.send_event(room_id, "m.room.message", content)

    async def react(self, room_id: str, event_id: str, key: str) -> str:
        content = {"m.relates_to": {"rel_type": "m.annotation", "event_id": event_id, "key": key}}
        return await self.send_event(room_id, "m.reaction", content)

    async def send_state(
        self,
        room_id: str,
        event_type: str,
        content: Mapping[str, Any],
        state_key: str = "",
    ) -> str:
        # An empty state key leaves a trailing slash, which is what the spec's path means.
        path = (
            f"/_matrix/client/v3/rooms/{_seg(room_id)}/state/{_seg(event_type)}/{_seg(state_key)}"
        )
        return str((await self.request("PUT", path, json_body=content))["event_id"])

    async def get_state_event(
        self, room_id: str, event_type: str, state_key: str = ""
    ) -> JsonDict:
        """The content of a state event; MatrixError with errcode M_NOT_FOUND when unset."""
        path = (
            f"/_matrix/client/v3/rooms/{_seg(room_id)}/state/{_seg(event_type)}/{_seg(state_key)}"
        )
        return await self.request("GET", path)

    async def messages(self, room_id: str, *, limit: int = 100) -> list[JsonDict]:
        """The latest ``limit`` room events from ``/messages``, oldest first.

        Unlike sync, this is a complete view of the room's recent history, so use it to count.
        """
        path = f"/_matrix/client/v3/rooms/{_seg(room_id)}/messages"
        resp = await self.request("GET", path, params={"dir": "b", "limit": str(limit)})
        return list(reversed(resp.get("chunk", [])))

    # -- sync --------------------------------------------------------------------------------

    async def sync(self, timeout_ms: int = 0) -> JsonDict:
        """One ``/sync`` from the last ``next_batch``; records timeline events and memberships."""
        params = {"timeout": str(timeout_ms), "filter": self._sync_filter}
        if self.next_batch is not None:
            params["since"] = self.next_batch
        resp = await self.request(
            "GET", "/_matrix/client/v3/sync", params=params, timeout=timeout_ms / 1000 + 30
        )
        self.next_batch = str(resp["next_batch"])
        self._record(resp.get("rooms", {}))
        return resp

    def _record(self, rooms: JsonDict) -> None:
        for room_id, room in rooms.get("invite", {}).items():
            for event in room.get("invite_state", {}).get("events", []):
                self._note_membership(room_id, event)
        for section in ("join", "leave"):
            for room_id, room in rooms.get(section, {}).items():
                for event in room.get("state", {}).get("events", []):
                    self._note_membership(room_id, event)
                timeline = self.timeline.setdefault(room_id, [])
                for event in room.get("timeline", {}).get("events", []):
                    timeline.append(event)
                    self._note_membership(room_id, event)

    def _note_membership(self, room_id: str, event: JsonDict) -> None:
        if event.get("type") == "m.room.member" and isinstance(event.get("state_key"), str):
            membership = event.get("content", {}).get("membership")
            if isinstance(membership, str):
                self.memberships.setdefault(room_id, {})[event["state_key"]] = membership

    async def wait_for_event(
        self, room_id: str, predicate: EventPredicate, timeout: float = 10.0
    ) -> JsonDict:
        """Long-poll ``/sync`` until a timeline event in ``room_id`` matches; return it.

        Events seen by earlier syncs are checked first, so make the predicate specific (for
        example, a reply to a given event ID). Raises ``TimeoutError`` listing the last events.
        """
        deadline = time.monotonic() + timeout
        checked = 0
        while True:
            events = self.timeline.get(room_id, [])
            for event in events[checked:]:
                if predicate(event):
                    return event
            checked = len(events)
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                recent = "\n  ".join(_describe(e) for e in events[-8:]) or "(none)"
                raise TimeoutError(
                    f"{self.user_id}: no matching event in {room_id} within {timeout:.1f} s; "
                    f"last events seen:\n  {recent}"
                )
            await self.sync(timeout_ms=max(1, int(min(remaining, 5.0) * 1000)))

    async def wait_for_membership(
        self, room_id: str, user_id: str, membership: str, timeout: float = 10.0
    ) -> None:
        """Long-poll ``/sync`` until ``user_id``'s membership in ``room_id`` is ``membership``."""
        deadline = time.monotonic() + timeout
        while True:
            current = self.memberships.get(room_id, {}).get(user_id)
            if current == membership:
                return
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError(
                    f"{user_id} is {current or 'not a member'} in {room_id}, not {membership}, "
                    f"after {timeout:.1f} s"
                )
            await self.sync(timeout_ms=max(1, int(min(remaining, 5.0) * 1000)))


# The brief and older notes call it either name.
MatrixTestClient = UserClient
