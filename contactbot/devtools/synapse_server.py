"""A real Synapse on loopback: its config, its process, and appservice registrations for it.

The homeserver config follows ``synapse-e2e-recipe.md``: loopback only, SQLite, cheap bcrypt,
relaxed rate limits.
"""

from __future__ import annotations

import asyncio
import logging
import re
import secrets
import subprocess
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from ruamel.yaml import YAML

from contactbot.devtools.matrix_accounts import register_user
from contactbot.devtools.matrix_client import UserClient
from contactbot.devtools.ports import free_port, port_is_free
from contactbot.devtools.process import ManagedProcess, ProcessError

log = logging.getLogger(__name__)

JsonDict = dict[str, Any]

_RELAXED = {"per_second": 1000, "burst_count": 1000}

# What the bot's end-to-end encryption needs (docs/encryption.md): to-device messages, device
# lists and one-time-key counts in appservice transactions.
ENCRYPTION_EXPERIMENTAL_FEATURES = {
    "msc2409_to_device_messages_enabled": True,
    "msc3202_transaction_extensions": True,
}


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
        self.experimental_features = {
            **ENCRYPTION_EXPERIMENTAL_FEATURES,
            **(experimental_features or {}),
        }
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
