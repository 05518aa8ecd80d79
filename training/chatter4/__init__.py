"""Benign chat lines the detector misflags, plus genuinely abusive contrast lines.

Written 2026-12-06, written for training only by an author who read no test or validation set.
Every line was written by hand. Benign lines (label 0) are friendly teasing and game trash
talk, harmless violent or edgy idioms, regional slang and dialect with innocent senses of
words a naive filter may misread, and rants aimed at things rather than people, across
many English registers worldwide. Offensive lines (label 1) are insults meant to wound,
threats of real harm, harassment and hateful lines about protected groups, sharing
vocabulary with the benign lines so the model learns the contrast.
"""

from __future__ import annotations

from training.chatter4 import (
    abuse_contrast,
    dialect_benign,
    idiom_benign,
    rant_benign,
    tease_benign,
)

OFFENSIVE = 1
BENIGN = 0

# (module lines, label), in the fixed order build() reads them.
SOURCES: tuple[tuple[list[str], int], ...] = (
    (tease_benign.LINES, BENIGN),
    (idiom_benign.LINES, BENIGN),
    (dialect_benign.LINES, BENIGN),
    (rant_benign.LINES, BENIGN),
    (abuse_contrast.LINES, OFFENSIVE),
)


def build() -> list[tuple[str, int]]:
    """Return every (text, label) pair in a fixed order; raise if any text appears twice."""
    seen: set[str] = set()
    out: list[tuple[str, int]] = []
    for lines, label in SOURCES:
        for line in lines:
            if line in seen:
                raise ValueError(f"duplicate training line in chatter4: {line!r}")
            seen.add(line)
            out.append((line, label))
    return out
