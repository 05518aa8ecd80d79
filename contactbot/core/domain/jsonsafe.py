"""Making untrusted JSON storable: the one sanitiser, and canonical JSON text.

Event content, profile fields and support documents are written by strangers. PostgreSQL's
``jsonb`` refuses NUL characters and lone surrogates, JSON has no NaN or Infinity, and a deeply
nested or huge value can exhaust a stack or a budget. Every feature that keeps such a value goes
through :func:`sanitise_json`, so they all cut at the same depth and leave the same markers.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

# Deeper than any legitimate Matrix event or profile field; far below Python's recursion limit.
MAX_DEPTH = 64
# Enough for any real document; a padded hostile one is cut instead of walked for seconds.
MAX_NODES = 100_000
# Integers beyond this many bits are not JSON numbers any client can read (and ``str()`` of a
# big enough one raises).
MAX_INT_BITS = 1024

TOO_DEEP = "\ufffd[nested too deep]"
TOO_MANY = "\ufffd[too many values]"

_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")

JsonValue = None | bool | int | float | str | list["JsonValue"] | dict[str, "JsonValue"]


@dataclass(frozen=True, slots=True)
class Sanitised:
    """A storable copy of a value, and what had to change to get it."""

    value: Any
    truncated: bool = False  # depth or size cut, marked with TOO_DEEP / TOO_MANY
    replaced: bool = False  # characters, numbers or non-JSON types replaced


class _Walk:
    __slots__ = ("max_depth", "nodes", "replaced", "truncated")

    def __init__(self, max_depth: int, max_nodes: int) -> None:
        self.max_depth = max_depth
        self.nodes = max_nodes
        self.truncated = False
        self.replaced = False

    def text(self, value: str) -> str:
        if _UNSTORABLE.search(value):
            self.replaced = True
            return _UNSTORABLE.sub("\ufffd", value)
        return value

    def node(self, value: object, depth: int) -> Any:
        self.nodes -= 1
        if self.nodes < 0:
            self.truncated = True
            return TOO_MANY
        if value is None or isinstance(value, bool):
            return value
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, int):
            if value.bit_length() <= MAX_INT_BITS:
                return value
            self.replaced = True
            return "<integer too large>"
        if isinstance(value, float):
            if math.isfinite(value):
                return value
            self.replaced = True
            return repr(value)
        if isinstance(value, Mapping | list | tuple) and depth >= self.max_depth:
            self.truncated = True
            return TOO_DEEP
        if isinstance(value, Mapping):
            out: dict[str, Any] = {}
            for key, item in value.items():
                if not isinstance(key, str):
                    self.replaced = True
                    key = repr(key)
                out[self.text(key)] = self.node(item, depth + 1)
                if self.nodes < 0:
                    break
            return out
        if isinstance(value, list | tuple):
            items: list[Any] = []
            for item in value:
                items.append(self.node(item, depth + 1))
                if self.nodes < 0:
                    break
            return items
        self.replaced = True
        return self.text(f"<{type(value).__name__}>")


def sanitise_json(
    value: object, *, max_depth: int = MAX_DEPTH, max_nodes: int = MAX_NODES
) -> Sanitised:
    """``value`` made storable as ``jsonb`` and serialisable as JSON. Never raises."""
    walk = _Walk(max_depth, max_nodes)
    clean = walk.node(value, 0)
    return Sanitised(clean, truncated=walk.truncated, replaced=walk.replaced)


def storable(value: object) -> Any:
    """Just the storable copy, for callers that need not report what changed."""
    return sanitise_json(value).value


def canonical_json(value: object) -> str:
    """Canonical JSON text: sorted keys, no whitespace, characters unescaped.

    Equal values give equal text, so it serves as a comparison and hashing key. ``value``
    must already be JSON (sanitise it first when it came from outside).
    """
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
