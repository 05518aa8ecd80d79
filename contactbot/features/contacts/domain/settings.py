"""The ``contacts:`` config section: which event types the bot writes, how much it shows."""

from __future__ import annotations

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
