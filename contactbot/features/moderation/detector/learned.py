"""How the learned model's score joins the rule reasons.

The model reads the same word view as the lists and rules. It adds evidence where the rules saw
none (hate without slurs, misspellings, link-less scams) and takes evidence away where the lists
match words that are quoted, reclaimed or homonyms; either way it leaves a reason, so the verdict
and the moderators' notice say what the model did.
"""

from __future__ import annotations

from collections.abc import Sequence

from .model import LinearScorer
from .settings import ModelSettings
from .speech_cues import speech_cue
from .verdict import Reason

MODEL_CATEGORY = "model"
# Reasons the model may lower: words and phrases whose meaning depends on context. Link and
# scam findings describe the link itself, and threats are lowered by their own rules.
_CLEARABLE = frozenset({"hate", "vulgar", "harassment"})


def apply_model(
    scorer: LinearScorer,
    settings: ModelSettings,
    text: str,
    word_view: str,
    reasons: Sequence[Reason],
    rules_found: bool,
) -> tuple[float, list[Reason]]:
    """The model's probability and the reasons after it has been heard. ``rules_found``: the
    lists or rules matched something (before the operator's category settings)."""
    p = scorer.probability(word_view)
    out = list(reasons)
    if p >= settings.flag_threshold:
        if not rules_found:
            out.append(
                Reason(
                    "model.offensive",
                    MODEL_CATEGORY,
                    "medium",
                    0,
                    len(text),
                    text,
                    f"learned model rates the text offensive or a scam (p={p:.2f})",
                )
            )
    elif out:
        why = ""
        if p < settings.clear_threshold:
            why = "quoted, reclaimed or another meaning"
        elif p < settings.cue_clear_threshold:
            why = speech_cue(text, word_view)
        if why:
            out = [_cleared(r, p, why) if _clearable(r) else r for r in out]
    return p, out


def _clearable(reason: Reason) -> bool:
    return (
        reason.category in _CLEARABLE
        and reason.severity != "low"
        and reason.rule.startswith(("wordlist.", "identity."))
    )


def _cleared(reason: Reason, p: float, why: str) -> Reason:
    return Reason(
        reason.rule + ".model_cleared",
        reason.category,
        "low",
        reason.start,
        reason.end,
        reason.matched,
        f"{reason.explanation} (learned model p={p:.2f} reads the text as benign: {why})",
    )
