"""Explicit-content training lines (detector round 5), written 2026-12-06, training only.

Written by an author who read no test or validation set. ``explicit`` holds offensive
statuses (explicit sexual content, solicitation, sexualised harassment and multilingual
sexual abuse, adults only); ``explicit_benign`` holds benign contrast statuses that use the
same vocabulary innocently (dating, sexual health, LGBTQ+ life, bodies, pregnancy, food).
"""

from __future__ import annotations

from training.explicit5 import explicit, explicit_benign

# (lines, label) in the fixed order build() reads them: 1 offensive, 0 benign.
SOURCES: tuple[tuple[list[str], int], ...] = (
    (explicit.LINES, 1),
    (explicit_benign.LINES, 0),
)


def build() -> list[tuple[str, int]]:
    """Return every (text, label) pair in a fixed order; raise ValueError on a duplicate line."""
    seen: set[str] = set()
    out: list[tuple[str, int]] = []
    for lines, label in SOURCES:
        for line in lines:
            if line in seen:
                raise ValueError(f"duplicate training line: {line!r}")
            seen.add(line)
            out.append((line, label))
    return out
