"""A link or scam finding, shared by the link scanner and the lure patterns."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class LinkHit:
    """A link or scam finding in ORIGINAL-text coordinates."""

    rule: str
    category: str
    severity: str
    start: int
    end: int
    explanation: str
