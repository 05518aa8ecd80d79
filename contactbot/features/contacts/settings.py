"""The contacts feature's settings, read once from the ``contacts:``, ``wellknown:`` and
``contact_presets:`` config sections."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from contactbot.core.config import Config
from contactbot.core.errors import ConfigError
from contactbot.features.contacts.domain.presets import Preset, load_presets
from contactbot.features.contacts.domain.settings import ContactSettings, LookupLimits
from contactbot.features.contacts.transport.wellknown_settings import WellKnownSettings


@dataclass(frozen=True, slots=True)
class ContactsFeatureSettings:
    """Everything the contacts feature is configured with."""

    contacts: ContactSettings = field(default_factory=ContactSettings)
    wellknown: WellKnownSettings = field(default_factory=WellKnownSettings)
    presets: Mapping[str, Preset] = field(default_factory=dict)
    lookups: LookupLimits = field(default_factory=LookupLimits)

    @classmethod
    def from_config(cls, config: Config) -> ContactsFeatureSettings:
        """Read the feature's config sections.

        Raises:
            ConfigError: naming the key that is wrong.
        """
        section = config.get_mapping("wellknown")
        try:
            wellknown = WellKnownSettings.from_mapping(section)
        except ConfigError as err:
            raise ConfigError("wellknown", str(err)) from err
        lookups = section.get("lookups") or {}
        if not isinstance(lookups, Mapping):
            raise ConfigError("wellknown.lookups", "must be a mapping")
        bots = config.get("contacts.moderation_bots") or []
        if not isinstance(bots, list) or not all(isinstance(b, str) for b in bots):
            raise ConfigError("contacts.moderation_bots", "must be a list of user ID globs")
        return cls(
            contacts=ContactSettings(
                write_stable=config.get_bool("contacts.write_stable"),
                write_unstable=config.get_bool("contacts.write_unstable"),
                max_shown=config.get_int("contacts.max_shown"),
                moderation_bots=tuple(bots),
            ),
            wellknown=wellknown,
            presets=load_presets(config.get_mapping("contact_presets")),
            lookups=LookupLimits.from_mapping(lookups),
        )
