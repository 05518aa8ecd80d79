"""``contactbot -g``: the appservice registration, generated from the config."""

from __future__ import annotations

import io
import os
import re
import secrets
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

from contactbot.core.config import Config


def generate_registration(config: Config) -> dict[str, Any]:
    """Make fresh tokens, store them in ``config`` and return the matching registration.

    The caller saves both files, so the homeserver and the bot always agree on the tokens.
    """
    as_token = secrets.token_urlsafe(48)
    hs_token = secrets.token_urlsafe(48)
    config["appservice.as_token"] = as_token
    config["appservice.hs_token"] = hs_token
    username = config.get_str("appservice.bot_username")
    domain = config.domain
    # The namespace covers the bot itself and the users it may create later (such as the
    # profile watcher), named ``<bot>_<something>``. Anchored, and not a bare prefix: an
    # exclusive namespace would otherwise take ``@<bot>fan`` and such from real users.
    user_regex = f"^@{re.escape(username)}(_[^:]+)?:{re.escape(domain)}$"
    registration: dict[str, Any] = {
        "id": config.get_str("appservice.id"),
        "url": config.get_str("appservice.address"),
        "as_token": as_token,
        "hs_token": hs_token,
        "sender_localpart": username,
        "rate_limited": bool(config.get("appservice.rate_limited", False)),
        "namespaces": {
            "users": [{"exclusive": True, "regex": user_regex}],
            "aliases": [],
            "rooms": [],
        },
    }
    if config.get_bool("encryption.allow"):
        # The bot's device gets its to-device messages (room keys), device-list changes and
        # one-time-key counts in transactions (MSC2409, MSC3202; docs/encryption.md).
        registration["de.sorunome.msc2409.push_ephemeral"] = True
        registration["org.matrix.msc3202"] = True
    return registration


def write_private(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` readable by the owner only, from the first byte on.

    Opened with mode 0600 rather than chmod-ed after writing, so the secrets are never
    readable by others, not even for a moment or after a crash; an existing file is
    narrowed to 0600 before anything is written to it.
    """
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.fchmod(fd, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            fd = -1
            handle.write(text)
    finally:
        if fd != -1:
            os.close(fd)


def write_registration(path: Path, registration: dict[str, Any]) -> None:
    """The registration file (it holds both tokens), owner-only from the start."""
    yaml = YAML()
    yaml.default_flow_style = False
    buf = io.StringIO()
    yaml.dump(registration, buf)
    write_private(path, buf.getvalue())
