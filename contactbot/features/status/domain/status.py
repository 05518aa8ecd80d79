"""MSC4426 profile statuses: reading, checking and comparing what a profile says. Pure, no I/O.

A profile is whatever ``GET /_matrix/client/v3/profile/{userId}`` returned (or ``None`` for a 404
``M_NOT_FOUND``). Homeservers do not validate custom fields, so any key may hold any JSON: a
string, a number, a list, a 2 MiB object, lone surrogates from ``\\udc80`` escapes, NUL, bidi
overrides. Nothing here raises on such input. A malformed value is kept (as storable JSON), marked
invalid with a human-readable ``problem``, and every string found inside it is still extracted,
bounded, so moderation sees what a lenient client might display.

Keys read, in order of precedence (the first one holding a non-null value wins):

* status: ``m.status``, ``org.matrix.msc4426.status``, ``org.msc4426.status`` (an early draft's
  typo, still read);
* call: ``m.call``, ``org.matrix.msc4426.call``, ``org.msc4426.call``.

Values under the losing keys are not discarded: Element reads the unstable key while spec clients
read the stable one, so a user can show different statuses to different clients. They are kept as
``shadowed`` values, take part in change detection and in the text to moderate.

``null``, an absent key and a 404 all mean *cleared*.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Final, Literal, TypeAlias

JsonValue: TypeAlias = "bool | int | float | str | list[JsonValue] | dict[str, JsonValue] | None"

DISPLAYNAME_KEY: Final = "displayname"
STATUS_KEYS: Final = ("m.status", "org.matrix.msc4426.status", "org.msc4426.status")
CALL_KEYS: Final = ("m.call", "org.matrix.msc4426.call", "org.msc4426.call")
# Every profile key this module reads; also the ids to ask for in an MSC4429 sync filter.
PROFILE_KEYS: Final = (DISPLAYNAME_KEY, *STATUS_KEYS, *CALL_KEYS)

TrackedKey: TypeAlias = Literal["displayname", "status", "call"]
TRACKED_KEYS: Final[tuple[TrackedKey, ...]] = ("displayname", "status", "call")

# MSC4426 §"Grammar": text is UTF-8 and limited to 256 bytes, emoji to 32 bytes.
STATUS_TEXT_MAX_BYTES: Final = 256
STATUS_EMOJI_MAX_BYTES: Final = 32

# A whole profile must stay under 64 KiB (MSC4133), so no single honest value is larger; bigger
# ones are replaced by a digest so the history table cannot be flooded.
MAX_RAW_BYTES: Final = 65536
# Strings extracted for moderation are cut here (4x the status text limit: enough to show what an
# over-long status says without handing megabytes to the classifier).
EXTRACT_MAX_BYTES: Final = 1024
# Bounds on walking junk: deeper or larger structures are cut (and the value marked invalid).
MAX_DEPTH: Final = 32
MAX_NODES: Final = 10_000
# Marker key of a value that was too large to keep; its content is a digest and a preview.
TRUNCATED_KEY: Final = "org.contactbot.truncated"

# call_joined_ts is in seconds per MSC4426, but Matrix timestamps are usually milliseconds and
# some clients send those. 10^11 s is the year 5138, 10^11 ms is 1973: a clean split. Values past
# 10^14 ms (5138 again) are not a timestamp in any unit we accept.
CALL_TS_MS_THRESHOLD: Final = 10**11
CALL_TS_MAX_MS: Final = 10**14

# Strings with these cannot be stored in PostgreSQL (NUL) or encoded as UTF-8 (lone surrogates).
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")
_CONTROL = re.compile("[\x01-\x1f\x7f-\x9f]")
_BIDI = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_ELLIPSIS = "\u2026"
_STATUS_FIELDS = frozenset({"text", "emoji"})


@dataclass(frozen=True, slots=True)
class StatusValue:
    """One ``m.status``-like value; ``raw is None`` means cleared.

    ``text``/``emoji`` are what to show or moderate: the fields themselves when they are strings;
    for a malformed value, ``text`` gathers every string inside it (bounded). ``notes`` lists
    content worth a moderator's eye that does not make the value invalid (``control-characters``,
    ``bidi-controls``). ``shadowed`` holds values under lower-precedence keys.
    """

    raw: JsonValue
    valid: bool
    problem: str | None
    text: str | None
    emoji: str | None
    source_key: str | None
    notes: tuple[str, ...] = ()
    shadowed: tuple[StatusValue, ...] = ()

    @property
    def cleared(self) -> bool:
        return self.raw is None


@dataclass(frozen=True, slots=True)
class CallValue:
    """One ``m.call``-like value; ``raw is None`` means not in a call.

    ``joined_ts`` is ``call_joined_ts`` normalised to whole seconds; ``ts_unit`` says which unit
    the sender used (``"s"`` or ``"ms"``). ``text`` holds strings found in a malformed value.
    """

    raw: JsonValue
    valid: bool
    problem: str | None
    joined_ts: int | None
    ts_unit: Literal["s", "ms"] | None
    source_key: str | None
    text: str | None = None
    shadowed: tuple[CallValue, ...] = ()

    @property
    def in_call(self) -> bool:
        return self.raw is not None


@dataclass(frozen=True, slots=True)
class ProfileState:
    """The tracked part of one profile, checked, with a canonical form per tracked key.

    ``canonical(key)`` is canonical JSON (sorted keys, no whitespace) or ``None`` when cleared;
    two states differ on a key exactly when these strings differ, whatever the key order was.
    """

    displayname: str | None
    displayname_raw: JsonValue
    displayname_problem: str | None
    status: StatusValue
    call: CallValue
    canonical_displayname: str | None
    canonical_status: str | None
    canonical_call: str | None

    def canonical(self, key: TrackedKey) -> str | None:
        """The comparable form of ``key``: canonical JSON, or ``None`` when cleared."""
        if key == "displayname":
            return self.canonical_displayname
        if key == "status":
            return self.canonical_status
        return self.canonical_call

    def raw(self, key: TrackedKey) -> JsonValue:
        """The value that wins for ``key`` (shadowed variants excluded), ``None`` if cleared."""
        if key == "displayname":
            return self.displayname_raw
        if key == "status":
            return self.status.raw
        return self.call.raw

    def to_profile(self) -> dict[str, JsonValue]:
        """The tracked profile keys that hold a value, as a profile mapping (for merging)."""
        profile: dict[str, JsonValue] = {}
        if self.displayname_raw is not None:
            profile[DISPLAYNAME_KEY] = self.displayname_raw
        for status in (self.status, *self.status.shadowed):
            if status.source_key is not None:
                profile[status.source_key] = status.raw
        for call in (self.call, *self.call.shadowed):
            if call.source_key is not None:
                profile[call.source_key] = call.raw
        return profile


@dataclass(frozen=True, slots=True)
class FieldChange:
    """A tracked key whose canonical form changed between two observations.

    ``old_raw``/``new_raw`` are the winning values; ``*_canonical`` also cover shadowed
    variants, so a change confined to a shadowed key has equal raws but different canonicals.
    ``valid``/``problem``/``source_key`` describe the new value.
    """

    key: TrackedKey
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


# -- JSON hygiene ---------------------------------------------------------------------------


class _Walk:
    """Mutable state of one sanitising walk: the node budget and what had to be changed."""

    __slots__ = ("nodes", "too_deep", "too_many", "unstorable")

    def __init__(self) -> None:
        self.nodes = MAX_NODES
        self.too_deep = False
        self.too_many = False
        self.unstorable = False


def _clean_str(value: str, walk: _Walk) -> str:
    if _UNSTORABLE.search(value):
        walk.unstorable = True
        value = _UNSTORABLE.sub("\ufffd", value)
    return value


def _sanitise(value: object, depth: int, walk: _Walk) -> JsonValue:
    """A JSON-serialisable, PostgreSQL-storable copy of ``value``; never raises."""
    walk.nodes -= 1
    if walk.nodes < 0:
        walk.too_many = True
        return _ELLIPSIS
    if depth > MAX_DEPTH:
        walk.too_deep = True
        return _ELLIPSIS
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, str):
        return _clean_str(value, walk)
    if isinstance(value, int):
        # Python ints are unbounded and str() refuses more than 4300 digits.
        return value if value.bit_length() <= 1024 else "<integer too large>"
    if isinstance(value, float):
        if math.isfinite(value):
            return value
        return repr(value)  # NaN/Infinity: Python's json accepts them, JSON does not
    if isinstance(value, Mapping):
        out: dict[str, JsonValue] = {}
        for key, item in value.items():
            clean_key = _clean_str(key if isinstance(key, str) else repr(key), walk)
            out[clean_key] = _sanitise(item, depth + 1, walk)
            if walk.nodes < 0:
                break
        return out
    if isinstance(value, list | tuple):
        items: list[JsonValue] = []
        for item in value:
            items.append(_sanitise(item, depth + 1, walk))
            if walk.nodes < 0:
                break
        return items
    return _clean_str(f"<{type(value).__name__}>", walk)


def canonical_json(value: JsonValue) -> str:
    """Canonical JSON text: sorted keys, no whitespace, UTF-8 characters unescaped."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def _utf8_len(text: str) -> int:
    return len(text.encode("utf-8", "surrogatepass"))


def _bounded(text: str, limit: int = EXTRACT_MAX_BYTES) -> str:
    data = text.encode("utf-8", "surrogatepass")
    if len(data) <= limit:
        return text
    # Cut on a character boundary, never in the middle of a UTF-8 sequence.
    return data[:limit].decode("utf-8", "ignore")


def _strings(
    value: JsonValue, limit: int = EXTRACT_MAX_BYTES, quiet_keys: frozenset[str] = frozenset()
) -> str | None:
    """Every string in ``value`` (object keys too, bar ``quiet_keys``), space-joined, bounded."""
    found: list[str] = []
    budget = limit
    stack: list[JsonValue] = [value]
    while stack and budget > 0:
        node = stack.pop()
        if isinstance(node, str):
            if node and node != _ELLIPSIS:
                piece = _bounded(node, budget)
                found.append(piece)
                budget -= _utf8_len(piece) + 1
        elif isinstance(node, dict):
            # Reversed pushes so that the walk reads in document order.
            for key, item in reversed(list(node.items())):
                stack.append(item)
                if key not in quiet_keys:
                    stack.append(key)
        elif isinstance(node, list):
            stack.extend(reversed(node))
    return _bounded(" ".join(found), limit) if found else None


class _Prepared:
    """A profile value made storable, with what that took."""

    __slots__ = ("problem", "raw", "strings_source")

    def __init__(self, value: object) -> None:
        walk = _Walk()
        clean = _sanitise(value, 0, walk)
        self.strings_source: JsonValue = clean
        problems: list[str] = []
        if walk.unstorable:
            problems.append("contains NUL or invalid Unicode (replaced with U+FFFD)")
        if walk.too_deep:
            problems.append(f"nested deeper than {MAX_DEPTH} levels; cut there")
        if walk.too_many:
            problems.append(f"more than {MAX_NODES} JSON values; cut there")
        text = canonical_json(clean)
        size = len(text.encode("utf-8"))
        if size > MAX_RAW_BYTES:
            problems.append(f"value is {size} bytes of JSON; kept as a digest")
            clean = {
                TRUNCATED_KEY: {
                    "bytes": size,
                    "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
                    "head": _bounded(text, EXTRACT_MAX_BYTES),
                }
            }
        self.raw: JsonValue = clean
        self.problem: str | None = "; ".join(problems) or None


def _notes(*texts: str | None) -> tuple[str, ...]:
    notes: list[str] = []
    if any(t and _CONTROL.search(t) for t in texts):
        notes.append("control-characters")
    if any(t and _BIDI.search(t) for t in texts):
        notes.append("bidi-controls")
    return tuple(notes)


def _type_name(value: JsonValue) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def _present(profile: Mapping[str, object], keys: tuple[str, ...]) -> list[tuple[str, object]]:
    found: list[tuple[str, object]] = []
    for key in keys:
        value = profile.get(key)
        if value is not None:
            found.append((key, value))
    return found


# -- m.status -------------------------------------------------------------------------------

CLEARED_STATUS: Final = StatusValue(
    raw=None, valid=True, problem=None, text=None, emoji=None, source_key=None
)
CLEARED_CALL: Final = CallValue(
    raw=None, valid=True, problem=None, joined_ts=None, ts_unit=None, source_key=None
)


def _string_field(
    obj: dict[str, JsonValue], name: str, limit: int, problems: list[str]
) -> str | None:
    value = obj.get(name)
    if name not in obj:
        problems.append(f"'{name}' is missing")
        return None
    if not isinstance(value, str):
        problems.append(f"'{name}' is {_type_name(value)}, not a string")
        return None
    size = _utf8_len(value)
    if size > limit:
        problems.append(f"'{name}' is {size} bytes; the limit is {limit}")
    return value


def read_status(key: str, value: object) -> StatusValue:
    """Check one non-null status value found under ``key``; never raises."""
    prepared = _Prepared(value)
    raw = prepared.raw
    problems = [prepared.problem] if prepared.problem else []
    text: str | None
    emoji: str | None = None
    source: JsonValue = prepared.strings_source
    if isinstance(source, dict):
        text = _string_field(source, "text", STATUS_TEXT_MAX_BYTES, problems)
        emoji = _string_field(source, "emoji", STATUS_EMOJI_MAX_BYTES, problems)
        if not isinstance(text, str):
            # The key names themselves are noise, and a string emoji is reported on its own.
            rest = {k: v for k, v in source.items() if not (k == "emoji" and isinstance(v, str))}
            text = _strings(rest, quiet_keys=_STATUS_FIELDS)
        if isinstance(emoji, str):
            emoji = _bounded(emoji)
        text = _bounded(text) if text is not None else None
    else:
        problems.insert(0, f"expected an object, got {_type_name(source)}")
        text = _strings(source)
    return StatusValue(
        raw=raw,
        valid=not problems,
        problem="; ".join(problems) or None,
        text=text,
        emoji=emoji,
        source_key=key,
        notes=_notes(text, emoji),
    )


def read_call(key: str, value: object) -> CallValue:
    """Check one non-null call value found under ``key``; ms timestamps become seconds."""
    prepared = _Prepared(value)
    problems = [prepared.problem] if prepared.problem else []
    source = prepared.strings_source
    joined: int | None = None
    unit: Literal["s", "ms"] | None = None
    if not isinstance(source, dict):
        problems.insert(0, f"expected an object, got {_type_name(source)}")
    elif "call_joined_ts" in source and source["call_joined_ts"] is not None:
        ts = source["call_joined_ts"]
        if isinstance(ts, bool) or not isinstance(ts, int | float):
            problems.append(f"'call_joined_ts' is {_type_name(ts)}, not a number")
        elif ts < 0:
            problems.append("'call_joined_ts' is negative")
        elif ts < CALL_TS_MS_THRESHOLD:
            joined, unit = int(ts), "s"
        elif ts < CALL_TS_MAX_MS:
            joined, unit = int(ts // 1000), "ms"
        else:
            problems.append("'call_joined_ts' is not a plausible timestamp")
    return CallValue(
        raw=prepared.raw,
        valid=not problems,
        problem="; ".join(problems) or None,
        joined_ts=joined,
        ts_unit=unit,
        source_key=key,
        text=_strings(source) if problems else None,
    )


# -- whole profiles -------------------------------------------------------------------------


def _canonical_variants(values: list[tuple[str | None, JsonValue]]) -> str | None:
    variants = {key: raw for key, raw in values if key is not None}
    return canonical_json(variants) if variants else None


def extract_profile_state(profile: Mapping[str, object] | None) -> ProfileState:
    """Read the tracked fields of a whole profile; ``None`` (a 404) means everything cleared.

    Never raises, whatever the profile holds.
    """
    source: object = profile
    if not isinstance(source, Mapping):
        source = {}

    statuses = [read_status(k, v) for k, v in _present(source, STATUS_KEYS)]
    status = CLEARED_STATUS
    if statuses:
        status = replace(statuses[0], shadowed=tuple(statuses[1:]))

    calls = [read_call(k, v) for k, v in _present(source, CALL_KEYS)]
    call = CLEARED_CALL
    if calls:
        call = replace(calls[0], shadowed=tuple(calls[1:]))

    displayname: str | None = None
    displayname_raw: JsonValue = None
    displayname_problem: str | None = None
    found = _present(source, (DISPLAYNAME_KEY,))
    if found:
        prepared = _Prepared(found[0][1])
        displayname_raw = prepared.raw
        clean = prepared.strings_source
        if isinstance(clean, str):
            displayname = _bounded(clean, MAX_RAW_BYTES)
            displayname_problem = prepared.problem
        else:
            displayname = _strings(clean)
            displayname_problem = f"expected a string, got {_type_name(clean)}"

    return ProfileState(
        displayname=displayname,
        displayname_raw=displayname_raw,
        displayname_problem=displayname_problem,
        status=status,
        call=call,
        canonical_displayname=(
            None if displayname_raw is None else canonical_json(displayname_raw)
        ),
        canonical_status=_canonical_variants(
            [(s.source_key, s.raw) for s in (status, *status.shadowed)]
        ),
        canonical_call=_canonical_variants(
            [(c.source_key, c.raw) for c in (call, *call.shadowed)]
        ),
    )


EMPTY_STATE: Final = extract_profile_state(None)


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
    """The tracked keys whose canonical form changed, in ``TRACKED_KEYS`` order.

    ``previous=None`` (never observed) compares against an all-cleared profile, so a first
    observation reports only the keys that hold something.
    """
    before = previous if previous is not None else EMPTY_STATE
    changes: list[FieldChange] = []
    for key in TRACKED_KEYS:
        old, new = before.canonical(key), current.canonical(key)
        if old == new:
            continue
        if key == "displayname":
            valid, problem, source = (
                current.displayname_problem is None,
                current.displayname_problem,
                DISPLAYNAME_KEY if current.displayname_raw is not None else None,
            )
        elif key == "status":
            valid, problem, source = (
                current.status.valid,
                current.status.problem,
                current.status.source_key,
            )
        else:
            valid, problem, source = (
                current.call.valid,
                current.call.problem,
                current.call.source_key,
            )
        changes.append(
            FieldChange(
                key=key,
                old_raw=before.raw(key),
                new_raw=current.raw(key),
                old_canonical=old,
                new_canonical=new,
                source_key=source,
                valid=valid,
                problem=problem,
            )
        )
    return changes


def text_to_moderate(state: ProfileState) -> tuple[tuple[str, str], ...]:
    """``(label, text)`` pairs a moderation check should look at, without duplicates.

    Labels are ``displayname``, ``<key>.text``/``<key>.emoji`` for the winning and shadowed
    status values, and ``<key>`` for strings found in a malformed call value.
    """
    parts: list[tuple[str, str]] = []
    seen: set[str] = set()

    def add(label: str, text: str | None) -> None:
        if text and text not in seen:
            seen.add(text)
            parts.append((label, _bounded(text)))

    add(DISPLAYNAME_KEY, state.displayname)
    for status in (state.status, *state.status.shadowed):
        add(f"{status.source_key}.text", status.text)
        add(f"{status.source_key}.emoji", status.emoji)
    for call in (state.call, *state.call.shadowed):
        add(f"{call.source_key}", call.text)
    return tuple(parts)
