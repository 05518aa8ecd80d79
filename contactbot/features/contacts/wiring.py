"""Wiring of room contacts (MSC4489) and homeserver support documents (MSC1929)."""

from __future__ import annotations

from contactbot.core.runtime import Core
from contactbot.core.services.loops import supervised_loop
from contactbot.features.contacts.commands.contacts import ContactCommands
from contactbot.features.contacts.domain.contacts import STATE_TYPES
from contactbot.features.contacts.services.contacts import ContactService
from contactbot.features.contacts.services.support_cache import SupportService
from contactbot.features.contacts.settings import ContactsFeatureSettings
from contactbot.features.contacts.storage.support_store import DatabaseSupportStore
from contactbot.features.contacts.transport.wellknown import WellKnownFetcher

PURGE_JOB = "contacts.support_cache_purge"
PURGE_INTERVAL = 3600.0


def wire(core: Core, settings: ContactsFeatureSettings | None = None) -> ContactService:
    """Register the contacts feature on ``core``; settings are read from the config if None."""
    if settings is None:
        settings = ContactsFeatureSettings.from_config(core.config)
    fetcher = WellKnownFetcher(settings.wellknown)
    store = DatabaseSupportStore(core.db)
    support = SupportService(fetcher, store)
    contacts = ContactService.build(
        core.db,
        core.gateway,
        support,
        core.access,
        settings.contacts,
        settings.presets,
        lookup_limits=settings.lookups,
        is_own_user=core.rooms.is_own_user,
    )
    core.registry.register(ContactCommands(contacts))
    for event_type in STATE_TYPES:
        core.router.on_state(event_type, contacts.tracking.handle_state_event)
    core.router.on_redaction(contacts.tracking.handle_redaction)
    # Once per deployment: expired cache rows of every replica are one table's rows.
    core.run_singleton(
        PURGE_JOB,
        lambda: supervised_loop(
            PURGE_JOB, store.purge_expired, interval=PURGE_INTERVAL, metrics=core.metrics
        ),
    )
    # Lookups in flight first, then the sessions they use.
    core.on_stop(contacts.lookups.close)
    core.on_stop(support.close)
    core.on_stop(fetcher.close)
    return contacts
