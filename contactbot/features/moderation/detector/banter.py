"""Rough talk that is not abuse (detector round 7): swearing at things, and teasing a friend.

Two readings lower a finding to low severity, each only when every finding of the text is of
the kind it explains, so one real insult, slur, threat or harassment phrase keeps the flag:

* **Undirected swearing.** A swear word used as an exclamation or intensifier ("holy shit I
  passed", "this fucking bus is late again", "fuck cancer") with nobody in the text it could
  be aimed at: no "you" of any spelling, no he/she/they, no "fuck off". Moderators of a
  community review abuse, not a status that swears at the weather. Words that name a person
  (dickhead, twat, bitch) are insults, not swearing, and are never read this way.
* **Teasing with affection.** A mild insult (muppet, dork, loser, dipshit) next to an
  explicit sign of affection or good wishes ("love you", "❤️", "happy birthday", "get well
  soon", "sweet dreams") or, since round 8, a friend's plans or small debts ("see you at 7",
  "you owe me a pint", "you left your keys at mine"). Laughter ("lol", "😂") and "mate" are
  not such signs: mocking abuse carries them as often as banter does, and a sarcastic
  "congrats" is no good wish either.

Either way the text stays open to the learned model, which still flags it on its own when it
reads the whole as abuse, and the reason says which reading lowered it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .verdict import Reason, lowered

UNDIRECTED = "swearing at no one"
FRIENDLY = "teasing with affection"
# The findings this module reads.
_READ_RULES = frozenset(("wordlist.vulgar", "harassment.insult"))
# Rule-name suffixes of the findings this module lowered.
_UNDIRECTED_SUFFIX = "undirected"
_FRIENDLY_SUFFIX = "friendly"
# Since detector round 9 also the trash talk about a game that :mod:`.play` lowered.
BANTER_SUFFIXES = (f".{_UNDIRECTED_SUFFIX}", f".{_FRIENDLY_SUFFIX}", ".playful")

# Swear words that name no one: exclamations and intensifiers.
_SWEARS = frozenset(
    "fuck fucks fucking fuckin fuckn fucked fck fcking fckin fcked fk fkn fking effing shit "
    "shite shits shitty shitting piss pissing pissed crap crappy damn dammit damnit goddamn "
    "hell bloody bollocks".split()
)
# Words before a swear that make it sexual ("a quick fuck", "wanna fuck"), not an oath.
_SEXUAL_BEFORE = frozenset("a quick good hard wanna gonna to".split())
_SEXUAL_NOUNS = frozenset("fuck fck fk".split())
# Anyone the swearing could be aimed at.
_TARGETS = frozenset(
    "you u ya ye yo your youre ur yours yourself urself yourselves yall thee he she him her "
    "hes shes his they them theyre their themselves".split()
)
# "fuck off", "piss off", "fuck outta here", "shit for brains": aimed at a reader.
_AIMED_AFTER = frozenset("off outta for".split())

# Mild insults that friends trade (the rule vocabulary's milder insults, `d` in
# data/rule_vocab.txt, and the milder person nouns of the vulgar list).
_MILD = frozenset(
    "idiot idiots moron morons dumb stupid loser losers clown clowns fool fools dork dorks "
    "dweeb nerd nerds geek weirdo weirdos muppet muppets numpty wally plonker pillock git "
    "nitwit twit doofus dingus goof goofball dummy dumbo bozo knucklehead bonehead airhead "
    "numbskull nutter donut doughnut menace gremlin goblin buffoon dumbass dipshit dickhead "
    "stinky bellend tosser prat berk div coward useless lump trash overachiever nerdy "
    "insufferable bitch asshole arsehole bastard jerk melt galah drongo sook flog gadha "
    "bewakoof dense".split()
)
# Insults that wound whoever says them: no affection makes them teasing.
_HURTFUL = frozenset(
    "ugly fat disgusting pathetic worthless retard retarded cunt whore slut failure".split()
)
_AFFECTION_RE = re.compile(
    r"\b(?:love (?:you|ya|u|him|her|them|that|this)|love it(?! when)|ily|luv (?:you|ya|u)"
    r"|miss (?:you|ya|u)"
    r"|happy (?:birthday|bday|b-day|anniversary|\d+(?:st|nd|rd|th))|get well soon"
    r"|sweet dreams|proud of (?:you|ya|u)|bestie|love of my life|xx+"
    r"|(?:die|take a bullet) for (?:you|ya|u|him|her|them))\b"
    r"|[❤♥💕💖💗💓💞💘💝💚💙💜🧡💛🤍🤎🖤😘🥰🫶🥹]"
)
# Since detector round 8, the plans and small debts of friends: "see you at 7", "you owe me a
# pint", "you left your keys at mine". They lower a mild insult, but do not raise the model's
# bar: "see you in the car park after the game, ref" is a threat.
_SOCIAL_RE = re.compile(
    r"\b(?:see (?:you|ya|u) (?:at|tomorrow|tonight|later|soon|on|this|next|sat\w*|sun\w*"
    r"|mon\w*|tue\w*|wed\w*|thu\w*|fri\w*)|cya|rematch|another round|your round"
    r"|(?:owe|owes) me (?:a|an|one|\d+|the) (?:pint|drink|beer|coffee|tenner|fiver|round|quid"
    r"|bucks?|lunch|dinner|pizza)|left (?:your|ur) \w+ (?:at mine|in my|at my|in the)"
    r"|at mine|at yours)\b"
)


def lower_banter(
    text: str, word_view: str, reasons: Sequence[Reason], oaths: bool = True
) -> list[Reason]:
    """``reasons`` with swearing at no one (when ``oaths``), or teasing with affection,
    lowered to low."""
    if not any(r.rule in _READ_RULES for r in reasons):
        return list(reasons)  # the common case: no swearing or insult to read
    # Findings that are already low ("hell", "damn") neither block nor need a reading.
    strong = [r for r in reasons if r.severity != "low"]
    if not strong:
        return list(reasons)
    # One oath is swearing; a run of them ("fuck fuck fuck this fucking shit") is the
    # gratuitous profanity a community may want reviewed.
    # Two list entries can match one word ("shit" as a root and "shite"): count spans.
    if (
        oaths
        and len({(r.start, r.end) for r in strong}) == 1
        and all(_swear(r) for r in strong)
        and _undirected(word_view)
    ):
        return [
            lowered(r, _UNDIRECTED_SUFFIX, UNDIRECTED) if r.severity != "low" else r
            for r in reasons
        ]
    if all(mild_insult(r) or _swear(r) for r in strong) and (
        affectionate(text) or _SOCIAL_RE.search(text.lower()) is not None
    ):
        return [
            lowered(r, _FRIENDLY_SUFFIX, FRIENDLY) if r.severity != "low" else r for r in reasons
        ]
    return list(reasons)


def affectionate(text: str) -> bool:
    """The text carries an explicit sign of affection or good wishes ("love you", "❤️",
    "happy birthday", "get well soon")."""
    return _AFFECTION_RE.search(text.lower()) is not None


def _swear(reason: Reason) -> bool:
    words = reason.words()
    return reason.rule == "wordlist.vulgar" and len(words) == 1 and words[0] in _SWEARS


def mild_insult(reason: Reason) -> bool:
    """A mild insult (muppet, dork, loser) and nothing hurtful."""
    words = reason.words()
    if _HURTFUL.intersection(words):
        return False
    if reason.rule == "harassment.insult":
        return reason.severity == "medium" and any(w in _MILD for w in words)
    return reason.rule == "wordlist.vulgar" and len(words) == 1 and words[0] in _MILD


def _undirected(word_view: str) -> bool:
    words = word_view.split()
    if not _TARGETS.isdisjoint(words):
        return False
    return not any(
        w in _SWEARS
        and (
            (i + 1 < len(words) and words[i + 1] in _AIMED_AFTER)
            or (w in _SEXUAL_NOUNS and i > 0 and words[i - 1] in _SEXUAL_BEFORE)
        )
        for i, w in enumerate(words)
    )
