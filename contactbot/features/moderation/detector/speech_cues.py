"""Cues that a text talks about hateful words rather than using them: negation, reporting or
quoting, a self-description. Alone they prove nothing ("I'm not saying X, but..."); the model
may clear a list or identity hit on one only when it already leans benign."""

from __future__ import annotations

_NEGATION = frozenset(
    "not never no nobody noone nothing none dont doesnt didnt isnt arent wasnt werent wont "
    "wouldnt shouldnt cant cannot neither nor refuse stop".split()
)
_REPORTING = frozenset(
    "said says say saying called calling call told telling tell wrote writes posted posting "
    "shouted screamed yelled typed word words slur slurs report reported reporting banned ban "
    "blocked block muted racist racism bigot bigoted bigotry hateful hate_speech propaganda "
    "dehumanising dehumanizing homophobic transphobic sexist ableist quote quoted rhetoric "
    "screenshot screenshots mods moderators".split()
)
_SELF = frozenset("im iam me my myself we us our proud".split())
_QUOTES = '"“”„«»'
NEGATED = "negated"
SELF = "describes the writer"


def speech_cue(text: str, word_view: str) -> str:
    """Why the text reads as talking about words rather than using them, or ""."""
    if any(q in text for q in _QUOTES):
        return "quotes someone"
    words = set(word_view.split())
    if words & _REPORTING:
        return "reports or judges what was said"
    if words & _NEGATION:
        return NEGATED
    if words & _SELF:
        return SELF
    return ""
