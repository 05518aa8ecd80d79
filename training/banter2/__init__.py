"""Contrast pairs for rough talk versus real abuse, in the same chat registers.

Written 2026-12-06, for training only, by an author who read no test or validation set.
Benign lines are affectionate teasing and swearing aimed at situations, things or oneself;
offensive lines aim the same words at a real person with contempt.
"""

from __future__ import annotations

from training.banter2 import abuse_directed, swear_benign, tease_benign

OFFENSIVE = 1
BENIGN = 0

# (module lines, label), in the fixed order build() reads them: tease, swear, abuse.
SOURCES: tuple[tuple[list[str], int], ...] = (
    (tease_benign.LINES, BENIGN),
    (swear_benign.LINES, BENIGN),
    (abuse_directed.LINES, OFFENSIVE),
)


def build() -> list[tuple[str, int]]:
    """Return every (text, label) pair in a fixed order; raise if any text appears twice."""
    seen: set[str] = set()
    out: list[tuple[str, int]] = []
    for lines, label in SOURCES:
        for line in lines:
            if line in seen:
                raise ValueError(f"duplicate training line in banter2: {line!r}")
            seen.add(line)
            out.append((line, label))
    return out
