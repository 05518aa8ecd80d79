"""Result values of the detector: reasons, the verdict and how reasons combine into a score."""

from __future__ import annotations

import math
import operator
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

SEVERITY_WEIGHT: dict[str, float] = {"low": 0.2, "medium": 0.6, "high": 0.9}
SEVERITY_RANK: dict[str, int] = {"low": 0, "medium": 1, "high": 2}
_WORD_RE = re.compile(r"[a-z]+")


@dataclass(frozen=True, slots=True)
class Reason:
    """One piece of evidence. ``start``/``end`` index the ORIGINAL text, and ``matched`` is the
    original substring, so a moderator sees exactly what the user typed."""

    rule: str
    category: str
    severity: str
    start: int
    end: int
    matched: str
    explanation: str

    @property
    def weight(self) -> float:
        return SEVERITY_WEIGHT[self.severity]

    def words(self) -> list[str]:
        """The lower-case ASCII words of what the user typed ("You're" -> you, re)."""
        return _WORD_RE.findall(self.matched.lower())

    def to_dict(self) -> dict[str, object]:
        return {
            "rule": self.rule,
            "category": self.category,
            "severity": self.severity,
            "start": self.start,
            "end": self.end,
            "matched": self.matched,
            "explanation": self.explanation,
        }


def combine(reasons: Iterable[Reason]) -> float:
    """Noisy-OR of the reason weights: independent pieces of evidence add up, one high reason
    (0.9) flags on its own, one medium (0.6) too at the default threshold 0.5, while low
    signals (0.2) need four together."""
    # math.prod multiplies left to right from 1, as the loop it replaced did: same bits.
    remaining = math.prod(map(_UNLIKELY.__getitem__, map(_SEVERITY_OF, reasons)))
    return round(1.0 - remaining, 4)


# 1 - weight per severity, the factor each reason leaves of "not offensive" (the same
# subtraction, done once instead of per reason and call).
_UNLIKELY: dict[str, float] = {sev: 1.0 - weight for sev, weight in SEVERITY_WEIGHT.items()}
_SEVERITY_OF = operator.attrgetter("severity")


def lowered(reason: Reason, suffix: str, why: str) -> Reason:
    """``reason`` at low severity, its rule marked with ``suffix`` and its explanation saying
    ``why``: how a context reading (banter, a denial) keeps the evidence but not the flag."""
    return Reason(
        f"{reason.rule}.{suffix}",
        reason.category,
        "low",
        reason.start,
        reason.end,
        reason.matched,
        f"{reason.explanation} ({why})",
    )


@dataclass(frozen=True, slots=True)
class Verdict:
    flagged: bool
    score: float
    reasons: tuple[Reason, ...] = ()
    # Optional model score (0..1) when the ML extra is enabled; review signal only.
    ml_score: float | None = field(default=None)
    # Probability from the shipped learned model (None when the model is disabled). When it
    # changed the verdict, a "model.offensive" or "*.model_cleared" reason says so.
    model_score: float | None = field(default=None)

    @property
    def categories(self) -> tuple[str, ...]:
        """Categories of the reasons, most severe first, without repeats."""
        ordered = sorted(self.reasons, key=lambda r: -SEVERITY_RANK[r.severity])
        seen: dict[str, None] = {}
        for reason in ordered:
            seen.setdefault(reason.category, None)
        return tuple(seen)

    def summary(self, limit: int = 3) -> str:
        """One line for a moderator notice, e.g.
        ``flagged 0.96: hate (high) "f@gg0t": slur; phishing (high) "dlscord.gift": ...``."""
        head = f"{'flagged' if self.flagged else 'not flagged'} {self.score:.2f}"
        if not self.reasons:
            return head
        ordered = sorted(self.reasons, key=lambda r: (-SEVERITY_RANK[r.severity], r.start))
        parts = [
            f'{r.category} ({r.severity}) "{_clip(r.matched)}": {r.explanation}'
            for r in ordered[:limit]
        ]
        more = len(ordered) - limit
        if more > 0:
            parts.append(f"+{more} more")
        return f"{head}: " + "; ".join(parts)

    def to_dict(self) -> dict[str, object]:
        return {
            "flagged": self.flagged,
            "score": self.score,
            "reasons": [r.to_dict() for r in self.reasons],
            "ml_score": self.ml_score,
            "model_score": self.model_score,
        }


def _clip(text: str, width: int = 40) -> str:
    # Control and bidi characters in a quoted match would garble the notice.
    shown = "".join(c if c.isprintable() else "\ufffd" for c in text)
    return shown if len(shown) <= width else shown[: width - 1] + "…"
