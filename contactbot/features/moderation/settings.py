"""The ``moderation`` config section as one typed object (``moderation.detector`` is separate)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from contactbot.core.config import Config
from contactbot.core.errors import ConfigError
from contactbot.features.moderation.domain.flags import SEVERITIES, Severity, is_severity


@dataclass(frozen=True, slots=True)
class ModerationSettings:
    """The ``moderation`` config section, minus ``detector`` (``DetectorSettings`` owns that)."""

    enabled: bool = True
    room: str = ""
    on_call: tuple[str, ...] = ()
    dry_run: bool = False
    # Rule 3 of the moderator rule (core/services/access.py): room moderators review flags of
    # the members of their rooms.
    room_moderators: bool = False
    exempt_users: tuple[str, ...] = ()
    exempt_servers: tuple[str, ...] = ()
    policy_lists: tuple[str, ...] = ()
    publish_list: str = ""
    # The reason published rules carry; empty: the ban's own public reason. Draupnir redacts a
    # banned user's messages when it contains "spam" or "advertising" (docs/moderation.md).
    publish_reason: str = ""
    minimum_severity: Severity = "low"
    ping_from: Severity = "low"
    policy_severity: Severity = "high"

    @classmethod
    def from_config(cls, config: Config) -> ModerationSettings:
        return cls.from_mapping(config.get_mapping("moderation"))

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> ModerationSettings:
        """Read the section; ``ConfigError`` names the offending key."""

        def flag(key: str, default: bool) -> bool:
            value = data.get(key, default)
            if not isinstance(value, bool):
                raise ConfigError(f"moderation.{key}", f"must be true or false, not {value!r}")
            return value

        def string(key: str, prefix: str = "") -> str:
            value = data.get(key) or ""
            if not isinstance(value, str):
                raise ConfigError(f"moderation.{key}", "must be a string")
            if value and prefix and not value.startswith(prefix):
                raise ConfigError(f"moderation.{key}", f"must be an ID starting with {prefix}")
            return value

        def strings(key: str, prefix: str = "") -> tuple[str, ...]:
            value = data.get(key) or []
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise ConfigError(f"moderation.{key}", "must be a list of strings")
            for item in value:
                if prefix and not item.startswith(prefix):
                    raise ConfigError(
                        f"moderation.{key}", f"{item!r} is not an ID starting with {prefix}"
                    )
            return tuple(value)

        severity = data.get("severity") or {}
        if not isinstance(severity, Mapping):
            raise ConfigError("moderation.severity", "must be a mapping")

        def level(key: str, default: Severity) -> Severity:
            value = severity.get(key, default)
            if not is_severity(value):
                raise ConfigError(
                    f"moderation.severity.{key}", f"must be one of {', '.join(SEVERITIES)}"
                )
            return value

        return cls(
            enabled=flag("enabled", True),
            room=string("room", "!"),
            on_call=strings("on_call", "@"),
            dry_run=flag("dry_run", False),
            room_moderators=flag("room_moderators", False),
            exempt_users=strings("exempt_users"),
            exempt_servers=strings("exempt_servers"),
            policy_lists=strings("policy_lists", "!"),
            publish_list=string("publish_list", "!"),
            publish_reason=string("publish_reason"),
            minimum_severity=level("minimum", "low"),
            ping_from=level("ping_from", "low"),
            policy_severity=level("policy_match", "high"),
        )
