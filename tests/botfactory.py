"""Building a real ContactBot in-process for tests: real PostgreSQL, recording gateway."""

from __future__ import annotations

from typing import Any

from contactbot.app import ContactBot
from contactbot.core.config import Config
from tests.fakes import FakeGateway
from tests.pgserver import free_port

HS_TOKEN = "hs-secret-token"
AS_TOKEN = "as-secret-token"


def make_config(database_url: str, **overrides: Any) -> Config:
    config = Config.example()
    values: dict[str, Any] = {
        "homeserver.address": "http://127.0.0.1:1",
        "homeserver.domain": "example.org",
        "appservice.as_token": AS_TOKEN,
        "appservice.hs_token": HS_TOKEN,
        "appservice.port": free_port(),
        "appservice.max_body_size": 1_000_000,
        "database.url": database_url,
        "metrics.enabled": False,
        "inbox.retry_base_seconds": 0.05,
        "bot.admins": ["@admin:example.org"],
    }
    values.update(overrides)
    for key, value in values.items():
        config[key] = value
    return config


def make_bot(
    database_url: str, gateway: FakeGateway | None = None, **overrides: Any
) -> ContactBot:
    return ContactBot(make_config(database_url, **overrides), gateway=gateway or FakeGateway())
