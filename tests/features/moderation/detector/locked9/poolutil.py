"""Helpers for the locked9 text pools: one text per line in a multi-line block.

Seed texts may mark the words a transform should target with square brackets,
e.g. ``all [vermin] should be [deported]``.  ``strip_marks`` removes the marks.
"""

from __future__ import annotations

import re

MARK_RE = re.compile(r"\[([^\[\]]+)\]")


def lines(block: str) -> list[str]:
    """Return the non-empty, stripped lines of a pool block, in order."""
    return [ln.strip() for ln in block.strip().splitlines() if ln.strip()]


def strip_marks(text: str) -> str:
    """Remove the ``[...]`` target marks from a seed text."""
    return MARK_RE.sub(r"\1", text)


def marked_spans(text: str) -> list[tuple[int, int]]:
    """Character spans (in the unmarked text) of the words that were marked."""
    spans: list[tuple[int, int]] = []
    removed = 0
    for m in MARK_RE.finditer(text):
        start = m.start() - removed
        inner = m.group(1)
        spans.append((start, start + len(inner)))
        removed += 2
    return spans
