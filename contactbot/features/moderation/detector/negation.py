"""Negated attacks: a text that denies a derogatory claim about a group ("X aren't parasites",
"it's a myth that X are criminals", "there is nothing dirty about X").

Unlike the weak cues of :mod:`.speech_cues` (any "no" anywhere), this looks at the words right
before a derogatory term, so "X are not human" (negating a humanising word) and "nothing but
cockroaches" (an intensifier) stay attacks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .wordlists import TAG, Hit

# Tags of rule vocabulary (rule_vocab.txt) that name a derogatory predicate: dehumanising
# nouns (R), strong and mild insults (D, d).
_DEROGATORY_TAGS = frozenset("RDd")
_DEROGATORY_CATEGORIES = frozenset({"hate", "harassment"})
# A negation that governs the next few words ("are not", "aren't", "never been").
_NEGATORS = frozenset(
    "not never arent isnt werent wasnt dont doesnt didnt wont nor neither nothing".split()
)
# Words that turn a negation into an intensifier or a comparison: "not even human",
# "nothing but rats", "no better than", "not just lazy".
_BREAKERS = frozenset("even but than just only more less better merely simply".split())
# Between the negation and the term: articles and hedges only.
_FILLERS = frozenset("a an all really that so at any some of them they just".split())
# A derogatory claim reported as false: "it's a myth that", "the lie that X are".
_DENIED_RE = re.compile(
    r"\b(?:false|untrue|not true|myth|lie|lies|nonsense|rubbish|propaganda|stereotype)"
    r" (?:that|about)\b"
)
# "nothing wrong about X" denies a fault; "nothing good about X" is an attack, so only fault
# words count.
_NOTHING_ABOUT_RE = re.compile(
    r"\bnothing (?:\w+ )?(?:wrong|dirty|bad|shameful|evil|weird|strange|dangerous|sinful"
    r"|unnatural|scary|disgusting|sick|criminal) (?:about|with|in being)\b"
)


def negated_attack(text: str, hits: Sequence[Hit]) -> str:
    """Why the derogatory words in ``text`` (the word view) read as denied, or ""."""
    terms = [h for h in hits if _derogatory(h)]
    if not terms and "nothing" not in text:
        return ""
    if _DENIED_RE.search(text):
        return "the claim is called false"
    if _NOTHING_ABOUT_RE.search(text):
        return "says there is nothing wrong about the group"
    if terms and all(_negated_before(text, h.start) for h in terms):
        return "the derogatory word is negated"
    return ""


def _derogatory(hit: Hit) -> bool:
    term = hit.term
    if term.category == TAG:
        return term.tag in _DEROGATORY_TAGS
    return term.category in _DEROGATORY_CATEGORIES


def _negated_before(text: str, start: int) -> bool:
    for word in reversed(text[:start].split()[-4:]):
        if word in _NEGATORS:
            return True
        if word in _BREAKERS or (word not in _FILLERS and word not in _COPULAS):
            return False
    return False


_COPULAS = frozenset("are is was were be been being have has".split())
