"""Threats without a violent word (detector round 7): doxxing with a call to act, a warning
that time is running out, menace at the reader's family, home or car.

Most threats that reach moderators name no act at all: "enjoy the school run while you still
can", "the journalist lives in flat 6, haddon court. make her feel welcome", "tell your wife
to check the brakes". The symbol rules (:mod:`.symbol_rules`) need a violent verb; these
patterns read the word view for the shapes such threats take instead. Each pattern pairs two
parts (a place and a call to act, a loved one and a warning), because either part alone is
everyday talk ("she lives on king st", "tell your wife I said hi").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from collections.abc import Set as AbstractSet

from .rule_symbols import RuleHit

# Where someone can be found: an address, a workplace, a home.
_WHEREABOUTS = (
    r"(?:lives?|living|works?|working|staying|drinks?|parks?|sleeps?) (?:at|in|on|above|near"
    r"|behind|opposite)\b|\bhome address\b|\b(?:her|his|their) (?:address|house|home|workplace"
    r"|number)\b|\bflat \d+|\b\d+[a-z]? (?:\w+ )?(?:street|st|road|rd|drive|dr|avenue|ave"
    r"|lane|ln|court|close|way|crescent|terrace|place)\b"
)
# A call on others to go there.
_CALL_TO_ACT = (
    r"(?:pay (?:him|her|them|it) a visit|give (?:him|her|them) a (?:proper |little )?visit"
    r"|make (?:him|her|them) feel (?:welcome|at home)|do (?:your|ur) thing|have fun with"
    r" (?:him|her|them)|go (?:and )?find (?:him|her|them)|(?:lets|let s) go (?:find|visit|see)"
    r"|bring (?:your|ur) (?:boots|bats|mates|friends|lads)|you know what to do"
    r"|send (?:him|her|them) (?:my|our) regards|tell (?:him|her|them) what (?:you|u) think"
    r" in person|say hi (?:from us|for me))\b"
)
_DOXXING_RE = re.compile(
    rf"\b(?:{_WHEREABOUTS}).{{0,120}}?\b{_CALL_TO_ACT}|\b{_CALL_TO_ACT}.{{0,120}}?\b(?:{_WHEREABOUTS})"
)
# Time running out for the reader: "enjoy it while you still can", "your last quiet weekend".
_TIME_RUNNING_OUT_RE = re.compile(
    r"\b(?:enjoy|keep|cherish|make the most of|savour|savor|sleep|run|hide)\b"
    r"(?![\w ]{0,30}?\b(?:sun|sunshine|summer|weather|holidays?|sale|offer|deal|discount"
    r"|weekend|evenings|snow|spring|autumn|leaves|season)\b)[\w ]{0,30}?"
    r" while (?:you|u|ya) (?:still )?can\b"
    r"|\b(?:enjoy|savour|savor|cherish) (?:your|ur) (?:last|final)\b"
    r"|\b(?:might|could|will) be (?:your|ur) last (?:good |quiet |peaceful |happy )?"
    r"(?:one|day|night|week|weekend|episode|stream|summer|christmas)\b"
    r"|\btick tock\b"
)
# Warnings that have run out.
_WARNED_RE = re.compile(
    r"\b(?:you(?:ve| have) been warned|(?:this is )?(?:your|ur) (?:last|final|only) warning"
    r"|no (?:third|second|more|further) warnings?|this isnt a threat its a (?:promise|schedule"
    r"|plan))\b"
)
# The reader's family, home or car next to a menace: "tell your wife to check the brakes",
# "your son stops coming home", "i'd hold them close this week".
_LOVED = (
    r"(?:your|ur) (?:wife|husband|kids?|children|son|daughter|mum|mom|mother|dad|father|nan"
    r"|gran|grandma|granddaughter|grandson|family|sister|brother|boyfriend|girlfriend|partner"
    r"|dog|cat|parents|house|home|car|shop|bakery|restaurant|windows?)"
)
_MENACE = (
    r"(?:check the brakes|look(?:ing)? under(?:neath)? (?:it|the car)|stay away from the windows"
    r"|hold (?:them|him|her) close|stops? coming home|goes? missing|go missing"
    r"|(?:won ?t|wont|will not) be (?:safe|coming home|the same)|learns? what"
    r"|find out the hard way|(?:glass|windows?) breaks?|(?:went|go|goes) up in flames"
    r"|(?:would|d) be a (?:shame|pity)"
    r"|(?:pity|shame) if|gets? involved|on our list|we(?:ll| will) be watching)\b"
)
_LOVED_MENACE_RE = re.compile(
    rf"\b{_LOVED}\b.{{0,60}}?\b{_MENACE}|\b{_MENACE}.{{0,60}}?\b{_LOVED}\b"
)
# Words one of which each pattern needs, so a pattern runs only on texts that have one (most
# statuses have none and cost one set test per pattern).
_DOXXING_WORDS = frozenset(
    "live lives living work works working staying drink drinks park parks sleep sleeps "
    "address flat street st road rd drive dr avenue ave lane ln court close way crescent "
    "terrace place".split()
)
_TIME_WORDS = frozenset("while last final tick".split())
_WARNED_WORDS = frozenset("warned warning warnings threat".split())
_LOVED_WORDS = frozenset(("your", "ur"))


def implied_threats(text: str, words: AbstractSet[str] | None = None) -> Iterable[RuleHit]:
    """Implied threats in ``text`` (the word view; ``words``: its words, if already split),
    at most one per kind."""
    if words is None:
        words = set(text.split())
    if _ANY_ANCHOR.isdisjoint(words):
        return  # nine statuses in ten
    for anchors, regex, rule, severity, explanation in _RULES:
        if anchors.isdisjoint(words):
            continue
        m = regex.search(text)
        if m is not None:
            yield RuleHit(rule, "threat", severity, m.start(), m.end(), explanation)


_RULES = (
    (
        _DOXXING_WORDS,
        _DOXXING_RE,
        "threat.doxxing",
        "high",
        "says where someone lives or works and calls on others to go there",
    ),
    (
        _LOVED_WORDS,
        _LOVED_MENACE_RE,
        "threat.implied",
        "high",
        "menace aimed at the reader's family, home or belongings",
    ),
    (
        _TIME_WORDS,
        _TIME_RUNNING_OUT_RE,
        "threat.implied",
        "medium",
        "tells the reader their time is running out",
    ),
    (_WARNED_WORDS, _WARNED_RE, "threat.implied", "medium", "a warning that has run out"),
)
_ANY_ANCHOR = frozenset().union(*(anchors for anchors, *_ in _RULES))
