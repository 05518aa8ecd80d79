"""One checked profile value, and the readers that check each kind. Pure, no I/O.

Homeservers do not validate custom profile fields, so any key may hold any JSON: a string, a
number, a list, a 2 MiB object, lone surrogates from ``\\udc80`` escapes, NUL, bidi overrides.
Nothing here raises on such input. A malformed value is kept (as storable JSON, through the
core's one sanitiser), marked invalid with a human-readable ``problem``, and every string found
inside it is still extracted, bounded, so moderation sees what a lenient client might display.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import Final, Literal

from contactbot.core.domain.jsonsafe import (
    MAX_DEPTH,
    TOO_DEEP,
    TOO_MANY,
    JsonValue,
    canonical_json,
    sanitise_json,
)

# MSC4426 §"Grammar": text is UTF-8 and limited to 256 bytes, emoji to 32 bytes.
STATUS_TEXT_MAX_BYTES: Final = 256
STATUS_EMOJI_MAX_BYTES: Final = 32

# A whole profile must stay under 64 KiB (MSC4133), so no single honest value is larger; bigger
# ones are replaced by a digest so the history table cannot be flooded.
MAX_RAW_BYTES: Final = 65536
# Strings extracted for moderation are cut here (4x the status text limit: enough to show what an
# over-long status says without handing megabytes to the classifier).
EXTRACT_MAX_BYTES: Final = 1024
# A profile value is far smaller than the documents the core's default budget is sized for.
MAX_NODES: Final = 10_000
# Marker key of a value that was too large to keep; its content is a digest and a preview.
TRUNCATED_KEY: Final = "org.contactbot.truncated"

# call_joined_ts is in seconds per MSC4426, but Matrix timestamps are usually milliseconds and
# some clients send those. 10^11 s is the year 5138, 10^11 ms is 1973: a clean split. Values past
# 10^14 ms (5138 again) are not a timestamp in any unit we accept.
CALL_TS_MS_THRESHOLD: Final = 10**11
CALL_TS_MAX_MS: Final = 10**14

_CONTROL = re.compile("[\x01-\x1f\x7f-\x9f]")
_BIDI = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_MARKERS = frozenset({TOO_DEEP, TOO_MANY})
_STATUS_FIELDS = frozenset({"text", "emoji"})


@dataclass(frozen=True, slots=True)
class FieldValue:
    """One value of a tracked field, found under ``source_key``; ``raw is None`` means cleared.

    ``text``/``emoji`` are what to show or moderate: the value's own text when it has the
    expected shape; for a malformed value, ``text`` gathers every string inside it (bounded).
    ``notes`` lists content worth a moderator's eye that does not make the value invalid
    (``control-characters``, ``bidi-controls``). ``joined_ts`` is a call's ``call_joined_ts``
    normalised to whole seconds, ``ts_unit`` the unit the sender used. ``shadowed`` holds the
    values under lower-precedence keys of the same field.
    """

    raw: JsonValue
    valid: bool
    problem: str | None
    text: str | None
    emoji: str | None = None
    source_key: str | None = None
    notes: tuple[str, ...] = ()
    joined_ts: int | None = None
    ts_unit: Literal["s", "ms"] | None = None
    shadowed: tuple[FieldValue, ...] = ()

    @property
    def cleared(self) -> bool:
        return self.raw is None

    @property
    def in_call(self) -> bool:
        return self.raw is not None

    @property
    def variants(self) -> tuple[FieldValue, ...]:
        """This value and the shadowed ones, in precedence order."""
        return (self, *self.shadowed)


CLEARED: Final = FieldValue(raw=None, valid=True, problem=None, text=None)

# -- text extraction ------------------------------------------------------------------------


def utf8_len(text: str) -> int:
    return len(text.encode("utf-8", "surrogatepass"))


def bounded(text: str, limit: int = EXTRACT_MAX_BYTES) -> str:
    data = text.encode("utf-8", "surrogatepass")
    if len(data) <= limit:
        return text
    # Cut on a character boundary, never in the middle of a UTF-8 sequence.
    return data[:limit].decode("utf-8", "ignore")


def strings_in(
    value: JsonValue, limit: int = EXTRACT_MAX_BYTES, quiet_keys: frozenset[str] = frozenset()
) -> str | None:
    """Every string in ``value`` (object keys too, bar ``quiet_keys``), space-joined, bounded."""
    found: list[str] = []
    budget = limit
    stack: list[JsonValue] = [value]
    while stack and budget > 0:
        node = stack.pop()
        if isinstance(node, str):
            if node and node not in _MARKERS:
                piece = bounded(node, budget)
                found.append(piece)
                budget -= utf8_len(piece) + 1
        elif isinstance(node, dict):
            # Reversed pushes so that the walk reads in document order.
            for key, item in reversed(list(node.items())):
                stack.append(item)
                if key not in quiet_keys:
                    stack.append(key)
        elif isinstance(node, list):
            stack.extend(reversed(node))
    return bounded(" ".join(found), limit) if found else None


def notes_of(*texts: str | None) -> tuple[str, ...]:
    notes: list[str] = []
    if any(t and _CONTROL.search(t) for t in texts):
        notes.append("control-characters")
    if any(t and _BIDI.search(t) for t in texts):
        notes.append("bidi-controls")
    return tuple(notes)


def type_name(value: JsonValue) -> str:
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


def _markers(value: JsonValue) -> set[str]:
    found: set[str] = set()
    stack = [value]
    while stack:
        node = stack.pop()
        if isinstance(node, str) and node in _MARKERS:
            found.add(node)
        elif isinstance(node, dict):
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return found


@dataclass(frozen=True, slots=True)
class Prepared:
    """A profile value made storable, with what that took.

    ``source`` is the sanitised value (what strings are read from); ``raw`` is what is stored,
    the same unless it was too large and became a digest.
    """

    source: JsonValue
    raw: JsonValue
    problems: tuple[str, ...]

    @classmethod
    def of(cls, value: object) -> Prepared:
        clean = sanitise_json(value, max_nodes=MAX_NODES)
        source: JsonValue = clean.value
        problems: list[str] = []
        if clean.replaced:
            problems.append("contains NUL or invalid Unicode, or non-JSON values (replaced)")
        if clean.truncated:
            markers = _markers(source)
            if TOO_DEEP in markers:
                problems.append(f"nested deeper than {MAX_DEPTH} levels; cut there")
            if TOO_MANY in markers:
                problems.append(f"more than {MAX_NODES} JSON values; cut there")
        raw = source
        text = canonical_json(source)
        size = len(text.encode("utf-8"))
        if size > MAX_RAW_BYTES:
            problems.append(f"value is {size} bytes of JSON; kept as a digest")
            raw = {
                TRUNCATED_KEY: {
                    "bytes": size,
                    "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
                    "head": bounded(text, EXTRACT_MAX_BYTES),
                }
            }
        return cls(source, raw, tuple(problems))


def _joined(problems: list[str]) -> str | None:
    return "; ".join(problems) or None


# -- readers, one per kind of field ---------------------------------------------------------


def read_name(key: str, value: object) -> FieldValue:
    """A display name: a string (kept up to ``MAX_RAW_BYTES``); anything else is malformed."""
    prepared = Prepared.of(value)
    source = prepared.source
    problem: str | None
    text: str | None
    if isinstance(source, str):
        problem = _joined(list(prepared.problems))
        text = bounded(source, MAX_RAW_BYTES)
    else:
        problem = f"expected a string, got {type_name(source)}"
        text = strings_in(source)
    return FieldValue(
        raw=prepared.raw, valid=problem is None, problem=problem, text=text, source_key=key
    )


def _string_member(
    obj: dict[str, JsonValue], name: str, limit: int, problems: list[str]
) -> str | None:
    value = obj.get(name)
    if name not in obj:
        problems.append(f"'{name}' is missing")
        return None
    if not isinstance(value, str):
        problems.append(f"'{name}' is {type_name(value)}, not a string")
        return None
    size = utf8_len(value)
    if size > limit:
        problems.append(f"'{name}' is {size} bytes; the limit is {limit}")
    return value


def read_status(key: str, value: object) -> FieldValue:
    """An MSC4426 ``{text, emoji}`` status object; never raises."""
    prepared = Prepared.of(value)
    problems = list(prepared.problems)
    text: str | None
    emoji: str | None = None
    source = prepared.source
    if isinstance(source, dict):
        text = _string_member(source, "text", STATUS_TEXT_MAX_BYTES, problems)
        emoji = _string_member(source, "emoji", STATUS_EMOJI_MAX_BYTES, problems)
        if not isinstance(text, str):
            # The key names themselves are noise, and a string emoji is reported on its own.
            rest = {k: v for k, v in source.items() if not (k == "emoji" and isinstance(v, str))}
            text = strings_in(rest, quiet_keys=_STATUS_FIELDS)
        if isinstance(emoji, str):
            emoji = bounded(emoji)
        text = bounded(text) if text is not None else None
    else:
        problems.insert(0, f"expected an object, got {type_name(source)}")
        text = strings_in(source)
    return FieldValue(
        raw=prepared.raw,
        valid=not problems,
        problem=_joined(problems),
        text=text,
        emoji=emoji,
        source_key=key,
        notes=notes_of(text, emoji),
    )


def read_call(key: str, value: object) -> FieldValue:
    """An MSC4426 call indicator; millisecond timestamps become seconds."""
    prepared = Prepared.of(value)
    problems = list(prepared.problems)
    source = prepared.source
    joined: int | None = None
    unit: Literal["s", "ms"] | None = None
    if not isinstance(source, dict):
        problems.insert(0, f"expected an object, got {type_name(source)}")
    elif "call_joined_ts" in source and source["call_joined_ts"] is not None:
        ts = source["call_joined_ts"]
        if isinstance(ts, bool) or not isinstance(ts, int | float):
            problems.append(f"'call_joined_ts' is {type_name(ts)}, not a number")
        elif ts < 0:
            problems.append("'call_joined_ts' is negative")
        elif ts < CALL_TS_MS_THRESHOLD:
            joined, unit = int(ts), "s"
        elif ts < CALL_TS_MAX_MS:
            joined, unit = int(ts // 1000), "ms"
        else:
            problems.append("'call_joined_ts' is not a plausible timestamp")
    return FieldValue(
        raw=prepared.raw,
        valid=not problems,
        problem=_joined(problems),
        text=strings_in(source) if problems else None,
        source_key=key,
        joined_ts=joined,
        ts_unit=unit,
    )


def read_plain_status(key: str, value: object) -> FieldValue:
    """A status that is a plain string (``chat.commet.profile_status``: Commet, Sable…)."""
    prepared = Prepared.of(value)
    problems = list(prepared.problems)
    source = prepared.source
    if isinstance(source, str):
        text: str | None = bounded(source) if source else None
    else:
        problems.insert(0, f"expected a string, got {type_name(source)}")
        text = strings_in(source)
    return FieldValue(
        raw=prepared.raw,
        valid=not problems,
        problem=_joined(problems),
        text=text,
        source_key=key,
        notes=notes_of(text),
    )


def _bodies(source: dict[str, JsonValue]) -> list[str] | None:
    """The ``body`` strings of an extensible-events ``m.text`` list, or None if it is not one."""
    blocks = source.get("m.text")
    if not isinstance(blocks, list) or not blocks:
        return None
    bodies: list[str] = []
    for block in blocks:
        if not isinstance(block, dict) or not isinstance(block.get("body"), str):
            return None
        body = block["body"]
        if isinstance(body, str) and body not in bodies:
            bodies.append(body)
    return bodies


def read_biography(key: str, value: object) -> FieldValue:
    """An MSC4440 bio: ``{"m.text": [{"body": …, "mimetype": …}, …]}`` (MSC1767 text blocks).

    Every distinct body is handed on, the HTML one too: a lenient client may show either.
    """
    prepared = Prepared.of(value)
    problems = list(prepared.problems)
    source = prepared.source
    bodies = _bodies(source) if isinstance(source, dict) else None
    if bodies is not None:
        text = bounded(" ".join(bodies)) if any(bodies) else None
    else:
        problems.insert(0, "expected an object with an 'm.text' list of {body, mimetype}")
        text = strings_in(source, quiet_keys=frozenset({"m.text", "body", "mimetype"}))
    return FieldValue(
        raw=prepared.raw,
        valid=not problems,
        problem=_joined(problems),
        text=text,
        source_key=key,
        notes=notes_of(text),
    )
