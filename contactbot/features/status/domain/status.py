"""MSC4426 profile statuses: what a profile says about the tracked fields, and what changed.

A profile is whatever ``GET /_matrix/client/v3/profile/{userId}`` returned (or ``None`` for a 404
``M_NOT_FOUND``). The tracked fields and their keys are the table in ``domain.fields``; each is
read with the precedence and checks the table gives (``domain.values``). ``null``, an absent key
and a 404 all mean *cleared*. Pure, no I/O.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

from contactbot.core.domain.jsonsafe import JsonValue
from contactbot.features.status.domain.fields import (
    BY_NAME,
    CALL_KEYS,
    DISPLAYNAME_KEY,
    FIELDS,
    PROFILE_KEYS,
    STATUS_KEYS,
    TRACKED_KEYS,
)
from contactbot.features.status.domain.values import (
    EXTRACT_MAX_BYTES,
    MAX_RAW_BYTES,
    TRUNCATED_KEY,
    FieldValue,
)

__all__ = [
    "CALL_KEYS",
    "DISPLAYNAME_KEY",
    "EMPTY_STATE",
    "EXTRACT_MAX_BYTES",
    "MAX_RAW_BYTES",
    "PROFILE_KEYS",
    "STATUS_KEYS",
    "TRACKED_KEYS",
    "TRUNCATED_KEY",
    "FieldChange",
    "JsonValue",
    "ProfileState",
    "apply_profile_updates",
    "diff",
    "extract_profile_state",
    "state_digest",
    "text_to_moderate",
]


@dataclass(frozen=True, slots=True)
class ProfileState:
    """The tracked part of one profile, checked, one ``FieldValue`` per field of the table.

    ``canonical(name)`` is canonical JSON or ``None`` when cleared; two states differ on a field
    exactly when these strings differ, whatever the key order was.
    """

    values: Mapping[str, FieldValue]
    canonicals: Mapping[str, str | None]

    def value(self, name: str) -> FieldValue:
        return self.values[name]

    def canonical(self, name: str) -> str | None:
        """The comparable form of field ``name``: canonical JSON, or ``None`` when cleared."""
        return self.canonicals[name]

    def raw(self, name: str) -> JsonValue:
        """The value that wins for ``name`` (shadowed variants excluded), ``None`` if cleared."""
        return self.values[name].raw

    @property
    def displayname(self) -> str | None:
        return self.values["displayname"].text

    @property
    def displayname_problem(self) -> str | None:
        return self.values["displayname"].problem

    @property
    def status(self) -> FieldValue:
        return self.values["status"]

    @property
    def call(self) -> FieldValue:
        return self.values["call"]

    def to_profile(self) -> dict[str, JsonValue]:
        """The tracked profile keys that hold a value, as a profile mapping (for merging)."""
        profile: dict[str, JsonValue] = {}
        for value in self.values.values():
            for variant in value.variants:
                if variant.source_key is not None and variant.raw is not None:
                    profile[variant.source_key] = variant.raw
        return profile

    def texts(self, name: str) -> tuple[tuple[str, str], ...]:
        """The texts to moderate of one field (no dedupe against the other fields)."""
        return BY_NAME[name].texts(self.values[name])


@dataclass(frozen=True, slots=True)
class FieldChange:
    """A tracked field whose canonical form changed between two observations.

    ``old_raw``/``new_raw`` are the winning values; ``*_canonical`` also cover shadowed
    variants, so a change confined to a shadowed key has equal raws but different canonicals.
    ``valid``/``problem``/``source_key`` describe the new value.
    """

    key: str
    old_raw: JsonValue
    new_raw: JsonValue
    old_canonical: str | None
    new_canonical: str | None
    source_key: str | None
    valid: bool
    problem: str | None

    @property
    def cleared(self) -> bool:
        return self.new_canonical is None


def extract_profile_state(profile: Mapping[str, object] | None) -> ProfileState:
    """Read the tracked fields of a whole profile; ``None`` (a 404) means everything cleared.

    Never raises, whatever the profile holds.
    """
    source: Mapping[str, object] = profile if isinstance(profile, Mapping) else {}
    values = {spec.name: spec.extract(source) for spec in FIELDS}
    canonicals = {spec.name: spec.canonical(values[spec.name]) for spec in FIELDS}
    return ProfileState(values, canonicals)


EMPTY_STATE: Final = extract_profile_state(None)


def state_digest(state: ProfileState) -> int:
    """A stable 64-bit digest of the canonical forms (the same in every process).

    Cleared fields at the end of the table are left out, so that a field added to the table
    leaves the digest of every profile that does not set it unchanged.
    """
    parts = [state.canonical(name) for name in TRACKED_KEYS]
    while len(parts) > 3 and parts[-1] is None:
        parts.pop()
    # Canonical JSON escapes control characters, so NUL and SOH never occur inside the parts.
    data = "\x00".join("\x01" if p is None else p for p in parts).encode("utf-8")
    return int.from_bytes(hashlib.blake2b(data, digest_size=8).digest(), "big", signed=True)


def apply_profile_updates(
    base: Mapping[str, object] | None, updates: Mapping[str, object]
) -> dict[str, object]:
    """``base`` with MSC4429 ``profile_updates`` applied: each value replaces, ``null`` removes."""
    merged: dict[str, object] = dict(base) if base else {}
    for key, value in updates.items():
        if value is None:
            merged.pop(key, None)
        else:
            merged[key] = value
    return merged


def diff(previous: ProfileState | None, current: ProfileState) -> list[FieldChange]:
    """The tracked fields whose canonical form changed, in table order.

    ``previous=None`` (never observed) compares against an all-cleared profile, so a first
    observation reports only the fields that hold something.
    """
    before = previous if previous is not None else EMPTY_STATE
    changes: list[FieldChange] = []
    for name in TRACKED_KEYS:
        old, new = before.canonical(name), current.canonical(name)
        if old == new:
            continue
        value = current.value(name)
        changes.append(
            FieldChange(
                key=name,
                old_raw=before.raw(name),
                new_raw=value.raw,
                old_canonical=old,
                new_canonical=new,
                source_key=value.source_key,
                valid=value.valid,
                problem=value.problem,
            )
        )
    return changes


def text_to_moderate(state: ProfileState) -> tuple[tuple[str, str], ...]:
    """``(label, text)`` pairs a moderation check should look at, without duplicates.

    Labels are as each field's table entry says: ``displayname``, ``<key>.text``/``<key>.emoji``
    for the winning and shadowed status values, ``<key>`` for strings in a malformed call value.
    """
    parts: list[tuple[str, str]] = []
    seen: set[str] = set()
    for name in TRACKED_KEYS:
        for label, text in state.texts(name):
            if text not in seen:
                seen.add(text)
                parts.append((label, text))
    return tuple(parts)
