"""How usable one contact event's content is, and shape warnings for the problems report."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from contactbot.features.contacts.domain.parsing import (
    EMPTY_CONTACT_INFO,
    ContactInfo,
    parse_room_contacts,
)

# Content larger or deeper than this is pointed out in the problems report as suspicious.
SUSPICIOUS_BYTES = 16 * 1024
SUSPICIOUS_DEPTH = 8


class Validity(StrEnum):
    """How usable one contact event's content is."""

    VALID = "valid"  # no problems
    PARTIAL = "partial"  # usable, but something was dropped or cleaned
    INVALID = "invalid"  # nothing usable
    EMPTY = "empty"  # ``{}``: how state is removed; not an error
    REDACTED = "redacted"  # the event was redacted: it no longer counts at all


@dataclass(frozen=True, slots=True)
class Assessment:
    """The validity of one content, its problems and what could be read from it."""

    validity: Validity
    problems: tuple[str, ...]
    info: ContactInfo


def assess(content: object) -> Assessment:
    """Validate contact content; never raises."""
    if isinstance(content, Mapping) and not content:
        return Assessment(Validity.EMPTY, (), EMPTY_CONTACT_INFO)
    info = parse_room_contacts(content)
    if not info.problems:
        return Assessment(Validity.VALID, (), info)
    validity = Validity.INVALID if info.is_empty else Validity.PARTIAL
    return Assessment(validity, info.problems, info)


def json_shape(value: object) -> tuple[int, int]:
    """``(bytes as compact JSON, nesting depth)`` of a JSON value, without recursion."""
    depth = 0
    stack: list[tuple[object, int]] = [(value, 1)]
    while stack:
        node, level = stack.pop()
        if isinstance(node, Mapping):
            depth = max(depth, level)
            stack.extend((v, level + 1) for v in node.values())
        elif isinstance(node, list):
            depth = max(depth, level)
            stack.extend((v, level + 1) for v in node)
    try:
        size = len(json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode())
    except (ValueError, RecursionError):
        size = -1
    return size, depth


def shape_notes(size: int, depth: int) -> tuple[str, ...]:
    """Shape warnings that parsing does not report (size, nesting)."""
    notes = []
    if size > SUSPICIOUS_BYTES:
        notes.append(f"The content is {size} bytes, far more than contacts need.")
    if depth > SUSPICIOUS_DEPTH:
        notes.append(f"The content is nested {depth} levels deep.")
    return tuple(notes)
