"""Cues that a text talks about hateful words rather than using them: negation, reporting or
quoting, a self-description. Alone they prove nothing ("I'm not saying X, but..."); the model
may clear a list or identity hit on one only when it already leans benign."""

from __future__ import annotations

import re
from collections.abc import Sequence

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
QUOTED = "quotes someone"
REPORTED = "reports or judges what was said"


def speech_cue(text: str, word_view: str) -> str:
    """Why the text reads as talking about words rather than using them, or ""."""
    if any(q in text for q in _QUOTES) or _SINGLE_QUOTED_RE.search(text):
        return QUOTED
    words = set(word_view.split())
    if words & _REPORTING:
        return REPORTED
    if words & _NEGATION:
        return NEGATED
    if words & _SELF:
        return SELF
    return ""


# Words that condemn or act on what was quoted ("reported", "propaganda", "disgusting"); a bare
# "said" does not, since abuse is also quoted with approval.
_CONDEMNING = frozenset(
    "report reported reporting reports block blocked ban banned muted mods moderators racist "
    "racism bigot bigots bigoted bigotry hateful propaganda dehumanising dehumanizing "
    "homophobic transphobic sexist ableist slur slurs disgusting awful vile shameful "
    "unacceptable remove removed screenshot screenshots screenshotted flagging flagged "
    "furious shaking police hr consequences blocklist blocklists spamming informed "
    "laughable "
    # Detector round 9: where the words were seen, and what is said of them.
    "heard saw seen written scrawled graffiti sprayed painted sign comment comments replies "
    "inbox dms slogan genocidal stereotype stereotypes myth lie lies untrue wrong gross "
    "horrific heartbreaking coward cowards complaint filed notified abuse harassment news "
    "jailed arrested charged convicted court textbooks posters unbelievable shocking "
    "tolerance".split()
)
# Words outside the quotes that endorse what was quoted ("'X are vermin' — facts"): then the
# quote is no report, whatever else stands beside it.
_ENDORSING = frozenset("based truth true facts fact agree agreed exactly preach spitting".split())
_QUOTED_RE = re.compile(r'["“”„«»]([^"“”„«»]{8,})["“”„«»]')
# Single quotes quote too ('deport them all'), but they are also apostrophes: only a span
# opened after a space or the start and closed before a space, punctuation or the end counts.
_SINGLE_QUOTED_RE = re.compile(r"(?:^|(?<=[\s(]))['‘]([^'‘’]{6,}?)['’](?=[\s.,!?:;)]|$)")
_LETTERS_RE = re.compile(r"[a-z]+")


def condemned_quote(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """Why the findings at ``spans`` (offsets of ``text``) read as abuse quoted in order to
    condemn or report it, or "": every span lies inside quotation marks and a condemning word
    stands outside them ("Someone wrote "..." under my post. Reported.")."""
    quoted = (
        [m.span() for m in _QUOTED_RE.finditer(text)] if any(q in text for q in _QUOTES) else []
    )
    quoted += [m.span() for m in _SINGLE_QUOTED_RE.finditer(text)]
    if not quoted:
        return ""
    if not all(any(a <= s and e <= b for a, b in quoted) for s, e in spans):
        return ""
    outside = _SINGLE_QUOTED_RE.sub(" ", _QUOTED_RE.sub(" ", text)).lower()
    words = _LETTERS_RE.findall(outside)
    if _CONDEMNING.isdisjoint(words) or not _ENDORSING.isdisjoint(words):
        return ""
    return "quotes abuse to condemn or report it"
