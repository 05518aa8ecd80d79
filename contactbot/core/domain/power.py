"""Power levels, per room version.

From room version 12 the room's creators (the ``m.room.create`` sender and
``content.additional_creators``) have infinite power and are not listed in
``m.room.power_levels``; in earlier versions the creator is an ordinary user once a power-levels
event exists. Before v10, levels may be numeric strings.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

# Room versions whose creators outrank everyone (MSC4289); "org.matrix.hydra.11" was the
# unstable name of v12.
_PRIVILEGED_CREATOR_VERSIONS = frozenset({"12", "org.matrix.hydra.11"})
_INTEGER_ONLY_FROM = 10

INFINITE = math.inf


def _version_number(room_version: str | None) -> int | None:
    # ASCII digits only: str.isdigit() also accepts "²", which int() refuses.
    if room_version is None or not (room_version.isascii() and room_version.isdigit()):
        return None
    return int(room_version)


def creators_privileged(room_version: str | None) -> bool:
    if room_version in _PRIVILEGED_CREATOR_VERSIONS:
        return True
    number = _version_number(room_version)
    return number is not None and number > 12


def _level(value: object, room_version: str | None) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    number = _version_number(room_version)
    # Unstable versions built on v12 (the only non-numeric ones we know) are integer-only too.
    strict = creators_privileged(room_version) or (
        number is not None and number >= _INTEGER_ONLY_FROM
    )
    if isinstance(value, str) and not strict:
        try:
            return int(value.strip())
        except ValueError:
            return None
    return None


def _level_map(value: object, room_version: str | None) -> dict[str, int]:
    if not isinstance(value, Mapping):
        return {}
    out: dict[str, int] = {}
    for key, raw in value.items():
        level = _level(raw, room_version)
        if isinstance(key, str) and level is not None:
            out[key] = level
    return out


@dataclass(frozen=True, slots=True)
class PowerLevels:
    users: dict[str, int] = field(default_factory=dict)
    users_default: int = 0
    events: dict[str, int] = field(default_factory=dict)
    events_default: int = 0
    state_default: int = 0
    kick: int = 50
    ban: int = 50
    redact: int = 50
    invite: int = 0
    creators: frozenset[str] = frozenset()
    privileged_creators: bool = False

    @classmethod
    def from_state(
        cls,
        content: Mapping[str, Any] | None,
        *,
        room_version: str | None,
        creator: str | None,
        additional_creators: list[str] | tuple[str, ...] = (),
    ) -> PowerLevels:
        """Build from the ``m.room.power_levels`` content (None if the room has none)."""
        privileged = creators_privileged(room_version)
        creators = frozenset(
            c for c in ([creator] if creator else []) + list(additional_creators) if c
        )
        if content is None:
            # Without a power-levels event the creator has 100 and everything needs 0 except
            # the moderation actions (spec, "m.room.power_levels" defaults).
            users = {} if privileged or not creator else {creator: 100}
            return cls(users=users, creators=creators, privileged_creators=privileged)

        def get(key: str, default: int) -> int:
            level = _level(content.get(key), room_version)
            return default if level is None else level

        return cls(
            users=_level_map(content.get("users"), room_version),
            users_default=get("users_default", 0),
            events=_level_map(content.get("events"), room_version),
            events_default=get("events_default", 0),
            state_default=get("state_default", 50),
            kick=get("kick", 50),
            ban=get("ban", 50),
            redact=get("redact", 50),
            invite=get("invite", 0),
            creators=creators,
            privileged_creators=privileged,
        )

    def user_level(self, user_id: str) -> float:
        if self.privileged_creators and user_id in self.creators:
            return INFINITE
        return self.users.get(user_id, self.users_default)

    def required_for_state(self, event_type: str) -> int:
        return self.events.get(event_type, self.state_default)

    def required_for_message(self, event_type: str) -> int:
        return self.events.get(event_type, self.events_default)

    def can_send_state(self, user_id: str, event_type: str) -> bool:
        return self.user_level(user_id) >= self.required_for_state(event_type)

    def can_kick(self, user_id: str) -> bool:
        return self.user_level(user_id) >= self.kick

    def can_ban(self, user_id: str) -> bool:
        return self.user_level(user_id) >= self.ban

    def can_act_on(self, actor: str, target: str) -> bool:
        """Kicks and bans also need the actor to outrank the target."""
        return self.user_level(actor) > self.user_level(target)
