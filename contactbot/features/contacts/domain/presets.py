"""Named contact sets from the ``contact_presets`` config section."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from contactbot.core.domain.jsonsafe import sanitise_json
from contactbot.core.errors import ConfigError
from contactbot.features.contacts.domain.contacts import LEGACY_SUPPORT_VIA_KEY, SUPPORT_VIA_KEY
from contactbot.features.contacts.domain.parsing import ContactInfo, parse_room_contacts

_PRESET_NAME_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")


@dataclass(frozen=True, slots=True)
class Preset:
    """A named contact set from ``contact_presets``; ``content`` is written as it is."""

    name: str
    content: Mapping[str, object]
    info: ContactInfo


def load_presets(section: Mapping[str, object]) -> dict[str, Preset]:
    """Read ``contact_presets``: name → content of an ``m.room.contact`` event.

    Raises:
        ConfigError: naming the preset, for a bad name or content with any problem (an admin's
            own preset has no excuse for one).
    """
    presets: dict[str, Preset] = {}
    for name, content in section.items():
        key = f"contact_presets.{name}"
        if not _PRESET_NAME_RE.fullmatch(str(name)):
            raise ConfigError(key, "preset names are 1-64 letters, digits, '.', '_' or '-'")
        if not isinstance(content, Mapping) or not content:
            raise ConfigError(key, "must be a mapping with contacts and/or support_page")
        stored = sanitise_json(_namespaced(content))
        info = parse_room_contacts(stored.value)
        if info.problems or stored.truncated or stored.replaced:
            problem = info.problems[0] if info.problems else "it holds unstorable values"
            raise ConfigError(key, problem)
        presets[str(name)] = Preset(str(name), stored.value, info)
    return presets


def _namespaced(content: Mapping[str, object]) -> dict[str, object]:
    """``content`` with the bare ``support_via`` of older versions under the namespaced key, so
    a rollout writes (and ``!contact stale`` expects) the namespaced form."""
    migrated = dict(content)
    if LEGACY_SUPPORT_VIA_KEY in migrated:
        legacy = migrated.pop(LEGACY_SUPPORT_VIA_KEY)
        migrated.setdefault(SUPPORT_VIA_KEY, legacy)
    return migrated
