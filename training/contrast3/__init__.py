"""Hand-written contrast pairs for the profile-status detector (training only).

Written 2026-12-06 by an author who read no test or validation set. Implied threats and
link-free scams (label 1) are paired with benign lines in the same registers that reuse
their words and shapes (label 0), so the model learns what separates them rather than
keying on single words such as "address", "parcel" or "account".
"""

from __future__ import annotations

from training.contrast3 import (
    scam_lookalike_benign,
    scam_nolink,
    threat_implied,
    threat_lookalike_benign,
)

OFFENSIVE = 1
BENIGN = 0

# (lines, label) in the fixed order build() reads them.
SOURCES: tuple[tuple[list[str], int], ...] = (
    (threat_implied.LINES, OFFENSIVE),
    (threat_lookalike_benign.LINES, BENIGN),
    (scam_nolink.LINES, OFFENSIVE),
    (scam_lookalike_benign.LINES, BENIGN),
)


def build() -> list[tuple[str, int]]:
    """Return every (text, label) pair once, in a fixed order; raise on a duplicated line."""
    seen: set[str] = set()
    out: list[tuple[str, int]] = []
    for lines, label in SOURCES:
        for text in lines:
            if text in seen:
                raise ValueError(f"duplicated training line: {text!r}")
            seen.add(text)
            out.append((text, label))
    return out
