"""The table of tracked profile fields: one entry per field, and nothing else to edit.

Each entry says which profile keys hold the field (stable first, then unstable ones in order of
precedence: the first key holding a non-null value wins, the others are kept as ``shadowed``
values because different clients read different keys), how a value is read and checked, how
its canonical form is built (what change detection compares), which texts moderation is handed
and how ``!status`` shows it. Polling, the ``/sync`` filter, history rows, the digest, change
listeners and the command all iterate over this table.

To track a new key: add a ``FieldSpec`` to ``FIELDS`` (at the end, so that stored digests stay
valid) with a reader from ``domain.values`` (or a new one there) and an existing ``display``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import Final, Literal

from contactbot.core.domain.jsonsafe import canonical_json
from contactbot.features.status.domain.values import (
    CLEARED,
    FieldValue,
    bounded,
    read_biography,
    read_call,
    read_name,
    read_plain_status,
    read_status,
)

# How ``!status`` shows a field (the views module has one renderer per kind).
Display = Literal["name", "status", "call", "text"]
# Which texts of a value moderation reads, and how each is labelled:
# ``name``: the text as ``<field name>``; ``status``: ``<key>.text`` and ``<key>.emoji``;
# ``key``: the text as ``<key>``.
Moderate = Literal["name", "status", "key"]
Canonical = Literal["value", "variants"]


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """One tracked field. ``name`` is what history rows and change listeners call it."""

    name: str
    keys: tuple[str, ...]
    read: Callable[[str, object], FieldValue]
    label: str
    display: Display
    moderate: Moderate
    # ``value``: the winning value's canonical JSON (one key only); ``variants``: a JSON object
    # of every key that is set, so a change confined to a shadowed key is still a change.
    canonical_form: Canonical = "variants"

    @property
    def stable_key(self) -> str:
        return self.keys[0]

    def extract(self, profile: Mapping[str, object]) -> FieldValue:
        """The field's value in ``profile``: the first key set wins, the rest are shadowed."""
        found = [self.read(key, profile[key]) for key in self.keys if profile.get(key) is not None]
        if not found:
            return CLEARED
        return replace(found[0], shadowed=tuple(found[1:]))

    def canonical(self, value: FieldValue) -> str | None:
        """Canonical JSON of ``value`` (shadowed variants included), ``None`` when cleared."""
        if value.cleared:
            return None
        if self.canonical_form == "value":
            return canonical_json(value.raw)
        return canonical_json({v.source_key: v.raw for v in value.variants if v.source_key})

    def texts(self, value: FieldValue) -> tuple[tuple[str, str], ...]:
        """``(label, text)`` pairs moderation should look at, without duplicates."""
        parts: list[tuple[str, str]] = []
        seen: set[str] = set()
        for v in value.variants:
            if self.moderate == "name":
                pairs = [(self.name, v.text)]
            elif self.moderate == "status":
                pairs = [(f"{v.source_key}.text", v.text), (f"{v.source_key}.emoji", v.emoji)]
            else:
                pairs = [(f"{v.source_key}", v.text)]
            for label, text in pairs:
                if text and text not in seen:
                    seen.add(text)
                    parts.append((label, bounded(text)))
        return tuple(parts)


DISPLAYNAME: Final = FieldSpec(
    name="displayname",
    keys=("displayname",),
    read=read_name,
    label="Display name",
    display="name",
    moderate="name",
    canonical_form="value",
)
STATUS: Final = FieldSpec(
    name="status",
    # org.msc4426.status is an early draft's typo, still read.
    keys=("m.status", "org.matrix.msc4426.status", "org.msc4426.status"),
    read=read_status,
    label="Status",
    display="status",
    moderate="status",
)
CALL: Final = FieldSpec(
    name="call",
    keys=("m.call", "org.matrix.msc4426.call", "org.msc4426.call"),
    read=read_call,
    label="Call",
    display="call",
    moderate="key",
)

PROFILE_STATUS: Final = FieldSpec(
    name="profile_status",
    # A plain string, set by Commet, Sable and others; no stable key exists.
    keys=("chat.commet.profile_status",),
    read=read_plain_status,
    label="Client status",
    display="text",
    # Labelled <key>.text, so moderators read it as status text.
    moderate="status",
)
BIOGRAPHY: Final = FieldSpec(
    name="biography",
    # MSC4440; gay.fomx.biography is the unstable key Sable writes (SableClient/Sable#559).
    keys=("m.biography", "gay.fomx.biography"),
    read=read_biography,
    label="Bio",
    display="text",
    moderate="key",
)

# New fields go at the end: the state digest leaves out trailing cleared fields.
FIELDS: Final[tuple[FieldSpec, ...]] = (DISPLAYNAME, STATUS, CALL, PROFILE_STATUS, BIOGRAPHY)
BY_NAME: Final[Mapping[str, FieldSpec]] = {spec.name: spec for spec in FIELDS}
TRACKED_KEYS: Final[tuple[str, ...]] = tuple(spec.name for spec in FIELDS)
# Every profile key read; also the ids to ask for in an MSC4429 sync filter.
PROFILE_KEYS: Final[tuple[str, ...]] = tuple(key for spec in FIELDS for key in spec.keys)
DISPLAYNAME_KEY: Final = DISPLAYNAME.stable_key
STATUS_KEYS: Final = STATUS.keys
CALL_KEYS: Final = CALL.keys
