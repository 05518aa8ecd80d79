"""The bot as a child process, plus the config and registration it needs to talk to a Synapse.

The bot is started exactly as an admin would start it (``python -m contactbot -c config.yaml``),
so the tests exercise the real CLI, config loading and shutdown on SIGTERM.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap

import contactbot
from contactbot.devtools.ports import free_port
from contactbot.devtools.process import ManagedProcess, ProcessError

EXAMPLE_NAME = "config.example.yaml"


def _yaml() -> YAML:
    # Same layout as the bot's own config writer, so a rewrite by the bot produces no noise.
    yaml = YAML()
    yaml.indent(mapping=4, sequence=4, offset=0)
    yaml.width = 200
    return yaml


def example_config_path() -> Path:
    """``config.example.yaml``: shipped in the package, or at the repository root in a checkout."""
    package_dir = Path(contactbot.__file__).resolve().parent
    for candidate in (package_dir / EXAMPLE_NAME, package_dir.parent / EXAMPLE_NAME):
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(f"no {EXAMPLE_NAME} next to {package_dir} or in its parent")


def set_dotted(data: CommentedMap, key: str, value: object) -> None:
    """Set ``a.b.c`` in a nested map, creating missing levels."""
    *parents, last = key.split(".")
    node = data
    for part in parents:
        child = node.get(part)
        if not isinstance(child, dict):
            child = CommentedMap()
            node[part] = child
        node = child
    node[last] = value


def write_bot_config(
    path: Path,
    *,
    homeserver_url: str,
    domain: str,
    as_port: int,
    database_url: str,
    data_dir: Path,
    admins: Sequence[str] = (),
    extra: Mapping[str, object] | None = None,
) -> Path:
    """Write a bot config for a local homeserver: the example config with these keys set.

    The appservice listens on ``127.0.0.1:as_port`` and the metrics server on a free port (the
    example's fixed port would collide between two bots). ``extra`` maps dotted keys to values
    and is applied last, so it can override any of the above.
    """
    yaml = _yaml()
    data = yaml.load(example_config_path().read_text(encoding="utf-8"))
    values: dict[str, object] = {
        "homeserver.address": homeserver_url,
        "homeserver.domain": domain,
        "appservice.address": f"http://127.0.0.1:{as_port}",
        "appservice.hostname": "127.0.0.1",
        "appservice.port": as_port,
        "database.url": database_url,
        "bot.data_dir": str(data_dir),
        "bot.admins": list(admins),
        "metrics.port": free_port(),
    }
    values.update(extra or {})
    for key, value in values.items():
        set_dotted(data, key, value)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as out:
        yaml.dump(data, out)
    return path


def update_bot_config(path: Path, values: Mapping[str, object]) -> Path:
    """Set dotted keys in an existing bot config, keeping everything else (tokens included).

    For values known only after the config had to exist, such as the URL of a database that
    was starting while ``contactbot -g`` ran.
    """
    yaml = _yaml()
    data = yaml.load(path.read_text(encoding="utf-8"))
    for key, value in values.items():
        set_dotted(data, key, value)
    with path.open("w", encoding="utf-8") as out:
        yaml.dump(data, out)
    return path


def load_yaml(path: Path) -> Any:
    return _yaml().load(path.read_text(encoding="utf-8"))


def generate_registration(
    config_path: Path, registration_path: Path, *, python: str = sys.executable
) -> dict[str, Any]:
    """Run ``contactbot -c config -g -r registration`` and return the registration it wrote.

    The CLI also stores the new tokens in the config file.
    """
    result = subprocess.run(  # noqa: S603 (fixed arguments)
        [python, "-m", "contactbot", "-c", str(config_path), "-g", "-r", str(registration_path)],
        cwd=config_path.parent,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0 or not registration_path.is_file():
        output = "\n".join((result.stdout + result.stderr).splitlines()[-30:])
        raise ProcessError(
            f"contactbot -g exited with code {result.returncode}"
            f"{'' if registration_path.is_file() else ' and wrote no registration'}:\n{output}"
        )
    registration = load_yaml(registration_path)
    if not isinstance(registration, dict):
        raise ProcessError(f"{registration_path} is not a YAML mapping")
    return dict(registration)


class BotProcess(ManagedProcess):
    """``python -m contactbot -c <config>`` as a child process, output in ``log_path``.

    Ready means ``GET /_matrix/mau/ready`` on the appservice port answers 200. ``stop`` sends
    SIGTERM and waits; ``kill`` sends SIGKILL; ``restart`` does both halves of a clean restart.
    """

    def __init__(
        self,
        config_path: Path,
        *,
        log_path: Path | None = None,
        python: str = sys.executable,
        ready_timeout: float = 30.0,
        stop_timeout: float = 15.0,
        env: Mapping[str, str] | None = None,
    ) -> None:
        config = load_yaml(config_path)
        appservice = config.get("appservice", {})
        host = str(appservice.get("hostname") or "127.0.0.1")
        if host in ("0.0.0.0", "::"):  # noqa: S104 (a listen address, mapped to loopback)
            host = "127.0.0.1"
        if ":" in host:
            host = f"[{host}]"
        child_env = dict(os.environ if env is None else env)
        # Log lines must reach the file as they happen, not when a buffer fills up.
        child_env.setdefault("PYTHONUNBUFFERED", "1")
        super().__init__(
            [python, "-m", "contactbot", "-c", str(config_path)],
            name="contactbot",
            log_path=log_path or config_path.with_name("bot.log"),
            ready_url=f"http://{host}:{appservice.get('port')}/_matrix/mau/ready",
            cwd=config_path.parent,
            env=child_env,
            ready_timeout=ready_timeout,
            stop_timeout=stop_timeout,
        )
        self.config_path = config_path
