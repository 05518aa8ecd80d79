"""Wiring of room contacts (MSC4489) and homeserver support documents (MSC1929)."""

from __future__ import annotations

from contactbot.core.errors import ConfigError
from contactbot.core.runtime import Core
from contactbot.features.contacts.commands.contacts import ContactCommands
from contactbot.features.contacts.domain.contacts import STATE_TYPES
from contactbot.features.contacts.services.contacts import (
    ContactService,
    ContactSettings,
    DatabaseSupportStore,
    load_presets,
)
from contactbot.features.contacts.services.support_cache import SupportService
from contactbot.features.contacts.transport.wellknown import WellKnownFetcher, WellKnownSettings


def wire(core: Core) -> ContactService:
    cfg = core.config
    try:
        wellknown = WellKnownSettings.from_mapping(cfg.get_mapping("wellknown"))
    except ConfigError as err:
        raise ConfigError("wellknown", str(err)) from err
    fetcher = WellKnownFetcher(wellknown)
    support = SupportService(fetcher, DatabaseSupportStore(core.db))
    contacts = ContactService(
        core.db,
        core.gateway,
        support,
        core.access,
        ContactSettings(
            write_stable=cfg.get_bool("contacts.write_stable"),
            write_unstable=cfg.get_bool("contacts.write_unstable"),
            max_shown=cfg.get_int("contacts.max_shown"),
        ),
        load_presets(cfg.get_mapping("contact_presets")),
    )
    core.registry.register(ContactCommands(contacts))
    for event_type in STATE_TYPES:
        core.router.on_state(event_type, contacts.handle_state_event)
    # Lookups in flight first, then the sessions they use.
    core.on_stop(support.close)
    core.on_stop(fetcher.close)
    return contacts
