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
# nouns (R), strong and mild insults (D, d), and exclusionary claims (X) such as "are a
# problem" or "should be deported" (detector round 7; see _derogatory).
_DEROGATORY_TAGS = frozenset("RDdX")
# X claims that carry their own negation ("don't belong here", "are not human"): denying
# one of them ("I don't think X belong here") asserts the attack, so they never count as
# denied.
_SELF_NEGATED_RE = re.compile(r"\b(?:dont|do not|not|shouldnt|should not|no|arent|cant)\b")
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
# Denying or refusing the claim with a verb of saying or believing: "nobody thinks X are",
# "stop saying X are", "I'd never call X", "don't ever tell me X are" (detector round 5).
# A "but" after it is the hedge of "I'm not saying X, but ..." and denies nothing.
_DENIAL_FRAME_RE = re.compile(
    r"\b(?:nobody|no one|noone|never|not|dont|doesnt|didnt|stop|quit|refuse to|wrong to"
    r"|shouldnt|should not)(?: \w+){0,2}? (?:say|says|saying|said|call|calls|calling|think"
    r"|thinks|thinking|believe|believes|believing|claim|claims|claiming|pretend|pretending"
    r"|tell me|tell us|treat|treating|label|labelling|labeling|accept|agree|buy|buying"
    r"|acting like|act like|repeating|repeat|blame|blaming)\b"
)
# Since detector round 9, a refusal that names a group right after it denies a claim about
# the group even when the claim has no listed word ("stop pretending X are secretly running
# the media"): the model, which cannot see what the refusal governs, then does not flag.
_GROUP_FRAME_RE = re.compile(
    r"\b(?:stop|quit|nobody|no one|noone) (?:\w+ )?(?:pretending|acting like|saying|repeating"
    r"|claiming|thinking|believing) (?:that )?(?:all |the |those |these )?$"
)
# "not all X are ...", "not every X is ..." and "the idea that X are ... is a myth".
_NOT_ALL_RE = re.compile(r"\bnot (?:all|every|each) (?:\w+ ){1,2}(?:are|is)\b")
_IDEA_DENIED_RE = re.compile(
    r"\b(?:idea|claim|notion|belief|trope|assumption|stereotype) that\b.{1,60}?\b(?:is|are)"
    r" (?:a |an |just |such |total |complete )?(?:\w+ )?(?:myth|lie|stereotype|nonsense"
    r"|bigotry|racist|racism|wrong|false|untrue|rubbish|ignorant|bigoted)\b"
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
    # Substring tests first: most texts have no "that"/"about" and no negator at all.
    if (" that " in text or " about " in text) and (
        _DENIED_RE.search(text) or _IDEA_DENIED_RE.search(text)
    ):
        return "the claim is called false"
    if not terms and "nothing" not in text:
        return _group_frame(text, hits)
    words = set(text.split())
    if (
        terms
        and not words.isdisjoint(_FRAME_OPENERS)
        and (_DENIAL_FRAME_RE.search(text) or _NOT_ALL_RE.search(text))
    ):
        # "nobody" opens a frame here; it is no insult ("you're a nobody").
        frames = [m.span() for m in _DENIAL_FRAME_RE.finditer(text)]
        claims = [h for h in terms if not any(s <= h.start < e for s, e in frames)]
        if claims and all(_denied_by_frame(text, h.start) for h in claims):
            return "the claim is denied or refused"
    if _NOTHING_ABOUT_RE.search(text):
        return "says there is nothing wrong about the group"
    if terms and all(_negated_before(text, h.start) for h in terms):
        return "the derogatory word is negated"
    return ""


def _group_frame(text: str, hits: Sequence[Hit]) -> str:
    """A refusal frame that ends right before a group word (see _GROUP_FRAME_RE), or ""."""
    for hit in hits:
        term = hit.term
        if term.category == TAG and term.tag in ("G", "GA"):
            if _GROUP_FRAME_RE.search(text[max(0, hit.start - 40) : hit.start]):
                return "refuses a claim about the group"
    return ""


def _denied_by_frame(text: str, start: int) -> bool:
    """A denial frame ends shortly before the derogatory word at ``start`` ("nobody thinks
    X are <word>"), and its verb is not aimed at the writer ("don't call me a racist")."""
    if "but" in text[start:].split():
        return False  # the hedge: "not saying X are <word>, but ..."
    window = text[max(0, start - 50) : start]
    for regex in (_DENIAL_FRAME_RE, _NOT_ALL_RE):
        for m in regex.finditer(window):
            after = window[m.end() :].split()
            if after and after[0] in _OBJECT_PRONOUNS:
                continue
            return True
    return False


_OBJECT_PRONOUNS = frozenset("me us him her you".split())
# The first word of every denial frame (see _DENIAL_FRAME_RE and _NOT_ALL_RE).
_FRAME_OPENERS = frozenset(
    "nobody no noone never not dont doesnt didnt stop quit refuse wrong shouldnt should".split()
)


def _derogatory(hit: Hit) -> bool:
    term = hit.term
    if term.category == TAG:
        if term.tag == "X":
            return _SELF_NEGATED_RE.search(term.key) is None
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


# "being poor doesn't make you a criminal", "a stammer doesn't mean you're stupid": an insult
# at "you" governed by a denied "make" or "mean" is the denial of a slur on a whole class of
# people, not an insult (detector round 8).
_DENIED_INSULT_RE = re.compile(
    r"\b(?:doesnt|dont|does not|do not|didnt|did not|wont|will not|shouldnt|isnt|never)"
    r" (?:\w+ )?(?:make|makes|made|mean|means|meant|turn|turns)"
    r" (?:you|u|youre|ur|someone|anyone|somebody|anybody|them|him|her|people|us|theyre)\b"
)


def denied_insult(text: str) -> int:
    """Where the first denial that something makes its reader an insult ends in ``text``
    (the word view), or -1: only an insult after it is denied ("you're stupid and it doesn't
    make you special" denies nothing about "stupid")."""
    if "make" not in text and "mean" not in text and "turn" not in text:
        return -1
    m = _DENIED_INSULT_RE.search(text)
    return -1 if m is None else m.end()
