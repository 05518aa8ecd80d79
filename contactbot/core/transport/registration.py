"""``contactbot -g``: the appservice registration, generated from the config."""

from __future__ import annotations

import re
import secrets
from typing import Any

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
