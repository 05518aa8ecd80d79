"""The config file: loading, upgrading from the example, validation and typed access.

Like mautrix's ``BaseFileConfig``, a user's file is merged onto ``config.example.yaml``: every
known key keeps the user's value, new keys arrive with their defaults and comments, and the file is
rewritten atomically. Sections that are free-form maps (``logging``, presets, lists of words) are
copied whole instead of key by key.
"""

from __future__ import annotations

import io
import os
import tempfile
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from contactbot.core.errors import ConfigError

# Shipped at the top of the package (a link to the repository's copy in a checkout).
EXAMPLE_PATH = Path(__file__).resolve().parents[1] / "config.example.yaml"

# Sections whose keys are the admin's own (names of presets, logger names, ...).
FREE_FORM = frozenset(
    {
        "logging",
        "contact_presets",
        "moderation.detector",
        "wellknown.overrides",
        "status.poll",
    }
)

# Example values that must be changed before the bot can start, and why.
FORBIDDEN_DEFAULTS: tuple[tuple[str, object, str], ...] = (
    ("homeserver.address", "https://matrix.example.com", "set it to your homeserver's URL"),
    ("homeserver.domain", "example.com", "set it to your homeserver's server name"),
)

_TOKEN_PLACEHOLDER = "This value is generated when generating the registration"  # noqa: S105

# Shorter appservice tokens are refused at start-up: anyone who guesses the hs_token can feed
# the bot events. ``-g`` makes 64-character ones.
MIN_TOKEN_LENGTH = 12


def check_token(key: str, value: str) -> None:
    """Refuse an empty or short appservice token, naming its config key."""
    if not value.strip():
        raise ConfigError(key, "is empty; generate the registration with `contactbot -g`")
    if len(value) < MIN_TOKEN_LENGTH:
        raise ConfigError(
            key,
            f"is {len(value)} characters long; use at least {MIN_TOKEN_LENGTH} "
            "(`contactbot -g` generates 64)",
        )


def _yaml() -> YAML:
    yaml = YAML()
    yaml.indent(mapping=4, sequence=4, offset=0)
    yaml.width = 200
    return yaml


def _walk(node: Mapping[str, Any], prefix: str = "") -> Iterator[tuple[str, Any]]:
    for key, value in node.items():
        path = f"{prefix}{key}"
        if isinstance(value, Mapping) and path not in FREE_FORM:
            yield from _walk(value, path + ".")
        else:
            yield path, value


class Config:
    """A loaded config file. Read values with ``config["a.b"]`` or the typed getters."""

    def __init__(self, data: CommentedMap, path: Path | None = None) -> None:
        self._data = data
        self.path = path

    # -- loading ---------------------------------------------------------------------------

    @classmethod
    def example(cls) -> Config:
        return cls(_yaml().load(EXAMPLE_PATH.read_text(encoding="utf-8")))

    @classmethod
    def load(cls, path: Path, *, update: bool = True) -> Config:
        """Load ``path`` merged onto the example; rewrite the file with new keys if ``update``."""
        try:
            user = _yaml().load(path.read_text(encoding="utf-8"))
        except OSError as err:
            raise ConfigError("config", f"cannot read {path}: {err.strerror}") from err
        except Exception as err:
            raise ConfigError("config", f"{path} is not valid YAML: {err}") from err
        if user is None:
            user = CommentedMap()
        if not isinstance(user, Mapping):
            raise ConfigError("config", f"{path} must hold a YAML mapping")
        config = cls.example()
        config.path = path
        for key, value in _walk(user):
            if value is None and isinstance(config.get(key), Mapping):
                # A section whose keys are all commented out reads as null: keep the defaults.
                continue
            if key in config or key in FREE_FORM or _parent_is_free_form(key):
                _drop_trailing_comments(value)
                config[key] = value
        if update:
            config.save()
        return config

    def save(self, path: Path | None = None) -> None:
        """Write atomically (temp file + rename) so a crash never leaves half a config."""
        target = path or self.path
        if target is None:
            raise ValueError("no path to save the config to")
        buf = io.StringIO()
        _yaml().dump(self._data, buf)
        fd, tmp = tempfile.mkstemp(prefix=".config-", suffix=".yaml", dir=target.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(buf.getvalue())
            os.chmod(tmp, 0o600)  # it holds the appservice tokens
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    # -- access ----------------------------------------------------------------------------

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, str):
            return False
        node: Any = self._data
        for part in key.split("."):
            if not isinstance(node, Mapping) or part not in node:
                return False
            node = node[part]
        return True

    def __getitem__(self, key: str) -> Any:
        node: Any = self._data
        for part in key.split("."):
            if not isinstance(node, Mapping) or part not in node:
                raise KeyError(key)
            node = node[part]
        return node

    def __setitem__(self, key: str, value: Any) -> None:
        parts = key.split(".")
        node: Any = self._data
        for part in parts[:-1]:
            if part not in node or not isinstance(node[part], Mapping):
                node[part] = CommentedMap()
            node = node[part]
        node[parts[-1]] = value

    def get(self, key: str, default: Any = None) -> Any:
        return self[key] if key in self else default

    def get_str(self, key: str) -> str:
        value = self.get(key)
        if value is None:
            return ""
        if not isinstance(value, str | int | float):
            raise ConfigError(key, "must be a string")
        return str(value)

    def get_int(self, key: str) -> int:
        value = self.get(key)
        if isinstance(value, bool) or not isinstance(value, int):
            raise ConfigError(key, f"must be an integer, not {value!r}")
        return value

    def get_float(self, key: str) -> float:
        value = self.get(key)
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ConfigError(key, f"must be a number, not {value!r}")
        return float(value)

    def get_bool(self, key: str) -> bool:
        value = self.get(key)
        if not isinstance(value, bool):
            raise ConfigError(key, f"must be true or false, not {value!r}")
        return value

    def get_str_list(self, key: str) -> list[str]:
        value = self.get(key) or []
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(key, "must be a list of strings")
        return [str(v) for v in value]

    def get_mapping(self, key: str) -> dict[str, Any]:
        value = self.get(key) or {}
        if not isinstance(value, Mapping):
            raise ConfigError(key, "must be a mapping")
        plain: dict[str, Any] = _plain(value)
        return plain

    # -- validation ------------------------------------------------------------------------

    @property
    def tokens_generated(self) -> bool:
        return _TOKEN_PLACEHOLDER not in (
            self.get_str("appservice.as_token"),
            self.get_str("appservice.hs_token"),
        )

    def check_for_run(self) -> None:
        """Refuse to start with example values still in place, naming the key."""
        for key, value, hint in FORBIDDEN_DEFAULTS:
            if self.get(key) == value:
                raise ConfigError(key, f"still holds the example value {value!r}; {hint}")
        if not self.tokens_generated:
            raise ConfigError(
                "appservice.as_token",
                "no tokens yet; generate the registration with "
                "`contactbot -c <config> -g -r registration.yaml`",
            )
        check_token("appservice.as_token", self.as_token)
        check_token("appservice.hs_token", self.hs_token)
        address = self.get_str("homeserver.address")
        if not address.startswith(("http://", "https://")):
            raise ConfigError("homeserver.address", "must start with http:// or https://")
        url = self.get_str("database.url")
        if url:
            from contactbot.core.storage.database import async_url

            try:
                async_url(url)
            except ValueError as err:
                raise ConfigError(
                    "database.url", f"{err} (or empty, for the embedded one)"
                ) from err
        for key in ("appservice.port", "appservice.max_body_size", "database.pool_size"):
            if self.get_int(key) <= 0:
                raise ConfigError(key, "must be positive")

    # -- hot keys --------------------------------------------------------------------------

    @property
    def domain(self) -> str:
        return self.get_str("homeserver.domain")

    @property
    def bot_user_id(self) -> str:
        return f"@{self.get_str('appservice.bot_username')}:{self.domain}"

    @property
    def as_token(self) -> str:
        return self.get_str("appservice.as_token")

    @property
    def hs_token(self) -> str:
        return self.get_str("appservice.hs_token")

    @property
    def data_dir(self) -> Path:
        raw = Path(self.get_str("bot.data_dir") or "./data")
        if not raw.is_absolute() and self.path is not None:
            raw = self.path.parent / raw
        return raw


def _drop_trailing_comments(node: Any) -> None:
    """Forget the comments after the last item of a list or section copied from the user.

    ruamel attaches the comments that follow a block (those of the next key, or the end of the
    file) to the block's last item. The example's own copy of them is written anyway, so the
    user's copy would be written again, adding those lines on every start.
    """
    while isinstance(node, CommentedMap | CommentedSeq) and len(node) > 0:
        last = next(reversed(node)) if isinstance(node, CommentedMap) else len(node) - 1
        node.ca.items.pop(last, None)
        node = node[last]


def _parent_is_free_form(key: str) -> bool:
    parts = key.split(".")
    return any(".".join(parts[:i]) in FREE_FORM for i in range(1, len(parts)))


def _plain(value: Any) -> Any:
    """Convert ruamel's commented containers into plain dicts and lists."""
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value
