"""The ``contacts:`` config section (which event types the bot writes, how much it shows, which
users are bots) and ``wellknown.lookups`` (how much lookup work users may cause)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from contactbot.core.errors import ConfigError
from contactbot.features.contacts.domain.contacts import STATE_TYPE, UNSTABLE_STATE_TYPE


@dataclass(frozen=True, slots=True)
class ContactSettings:
    """The ``contacts:`` config section."""

    # MSC4489 is open: no stable identifier before FCP unless an admin turns it on.
    write_stable: bool = False
    write_unstable: bool = True
    max_shown: int = 20
    # Globs of users who are bots (moderation bots such as Draupnir or Mjolnir): never offered
    # as "moderators to ask". The bot's own namespace is always excluded.
    moderation_bots: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not (self.write_stable or self.write_unstable):
            raise ConfigError("contacts", "write_stable and write_unstable cannot both be false")
        if self.max_shown < 1:
            raise ConfigError("contacts.max_shown", "must be positive")

    @property
    def write_types(self) -> tuple[str, ...]:
        """Event types the bot writes, stable first."""
        return tuple(
            t
            for t, on in (
                (STATE_TYPE, self.write_stable),
                (UNSTABLE_STATE_TYPE, self.write_unstable),
            )
            if on
        )


@dataclass(frozen=True, slots=True)
class LookupLimits:
    """The ``wellknown.lookups`` config section: how much lookup work users may cause."""

    max_concurrent: int = 8  # lookups running at once, all users
    max_queued: int = 64  # admitted lookups waiting for a place in the pool
    per_user_concurrent: int = 2  # lookups of one user running or waiting
    per_user_hourly: int = 30  # lookups one user may start per hour (a token bucket)
    hourly: int = 1000  # lookups all users together may start per hour
    answer_within: float = 2.0  # seconds a lookup may take and still be the only reply

    def __post_init__(self) -> None:
        for key in ("max_concurrent", "per_user_concurrent", "per_user_hourly", "hourly"):
            if getattr(self, key) < 1:
                raise ConfigError(f"wellknown.lookups.{key}", "must be at least 1")
        if self.max_queued < 0:
            raise ConfigError("wellknown.lookups.max_queued", "must not be negative")
        if self.answer_within < 0:
            raise ConfigError("wellknown.lookups.answer_within", "must not be negative")

    @classmethod
    def from_mapping(cls, data: Mapping[str, object]) -> LookupLimits:
        """Read ``wellknown.lookups``; missing keys keep their defaults.

        Raises:
            ConfigError: naming the key that is wrong.
        """
        defaults = cls()
        values: dict[str, float] = {}
        for key in (
            "max_concurrent",
            "max_queued",
            "per_user_concurrent",
            "per_user_hourly",
            "hourly",
            "answer_within",
        ):
            value = data.get(key, getattr(defaults, key))
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise ConfigError(f"wellknown.lookups.{key}", "must be a number")
            values[key] = value
        return cls(
            max_concurrent=int(values["max_concurrent"]),
            max_queued=int(values["max_queued"]),
            per_user_concurrent=int(values["per_user_concurrent"]),
            per_user_hourly=int(values["per_user_hourly"]),
            hourly=int(values["hourly"]),
            answer_within=float(values["answer_within"]),
        )
