"""The symbol rules: regular expressions over the symbol view, with their exclusions.

``G[xL]{0,3}A[ELAM]{0,3}[Dd]`` reads "a group, then *are*, then a dehumanising word", whatever
the group or the insult; see :mod:`.rule_symbols` for the symbols.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .rule_symbols import RuleHit, Token, reported_before


@dataclass(frozen=True, slots=True)
class _Rule:
    name: str
    category: str
    pattern: re.Pattern[str]
    explanation: str
    # severity when the decisive symbol (the last one matched) is upper / lower case
    strong: str = "high"
    weak: str = "medium"
    # Symbols every match contains (a cheap test before running the pattern).
    needs: frozenset[str] = frozenset()
    # Sets of symbols every match contains one of (a required class such as [RDd]).
    needs_one_of: tuple[frozenset[str], ...] = ()


_RULES: tuple[_Rule, ...] = (
    _Rule(
        "identity.dehumanize",
        "hate",
        re.compile(r"G[xL]{0,3}A[ELAM]{0,2}x?[ELAM]{0,2}[RDd]"),
        "group described with dehumanising or derogatory words",
        needs=frozenset("GA"),
        needs_one_of=(frozenset("RDd"),),
    ),
    _Rule(
        "identity.dehumanize_near",
        "hate",
        re.compile(r"G[xLAEGDd]{0,5}R"),
        "group named next to a dehumanising word",
        needs=frozenset("GR"),
    ),
    _Rule(
        "identity.violence",
        "hate",
        re.compile(r"[VZ][LxE]{0,4}G"),
        "call for violence against a group",
        needs=frozenset("G"),
        needs_one_of=(frozenset("VZ"),),
    ),
    _Rule(
        "identity.violence_should",
        "hate",
        re.compile(r"G[xLAE]{0,4}M[MTABL]{0,3}[PpV]"),
        "says a group should suffer violence",
        needs=frozenset("GM"),
        needs_one_of=(frozenset("PpV"),),
    ),
    _Rule(
        "identity.death_wish",
        "hate",
        re.compile(r"K[L]{0,3}G[xAB]{0,2}[PpR]"),
        "wishes death or harm on a group",
        needs=frozenset("KG"),
        needs_one_of=(frozenset("PpR"),),
    ),
    _Rule(
        "identity.hatred",
        "hate",
        re.compile(r"H[L]{0,2}G"),
        "expresses hatred of a group",
        needs=frozenset("HG"),
    ),
    _Rule(
        "identity.exclusion",
        "hate",
        re.compile(r"G[xLAME]{0,3}X"),
        "denies a group's humanity, rights or belonging",
        needs=frozenset("GX"),
    ),
    _Rule(
        "threat.direct",
        "threat",
        re.compile(r"S[MTAELxWY]{0,5}?[Vv]L?[YO]"),
        "first-person threat of violence",
        needs=frozenset("S"),
        needs_one_of=(frozenset("Vv"), frozenset("YO")),
    ),
    _Rule(
        "threat.death",
        "threat",
        re.compile(r"Y[AMTE]{0,3}P"),
        "tells the reader they will die or be hurt",
        needs=frozenset("YP"),
    ),
    _Rule(
        "harassment.death_wish",
        "harassment",
        re.compile(r"KY[xAMTB]{0,2}[PpVv]"),
        "wishes death or harm on the reader",
        needs=frozenset("KY"),
        needs_one_of=(frozenset("PpVv"),),
    ),
    _Rule(
        "harassment.insult",
        "harassment",
        re.compile(r"Y[AELMDd]{0,3}[RDd]|I[AELMDd]{0,5}[RDd]|AY[EL]{0,2}[RDd]|J[EDd]{0,3}[RDd]"),
        "insult aimed at the reader",
        needs=frozenset(""),
        needs_one_of=(frozenset("YIJ"), frozenset("RDd")),
    ),
    _Rule(
        "threat.weak",
        "threat",
        re.compile(r"S[MTA]{0,3}WL?Y"),
        "says they will find or come for the reader",
        strong="low",
        weak="low",
        needs=frozenset("SWY"),
    ),
)

# Tokens after the victim that turn a violent verb into an idiom.
_IDIOM_AFTER = {
    "shoot": {"a", "an", "me", "email", "message", "text", "dm", "pm", "note", "line", "mail"},
    "beat": {"at", "in", "to", "on", "by"},
    "destroy": {"at", "in", "on"},
    "smash": {"at", "in", "on"},
    "end": {"up"},
    "cut": {"some", "off", "in", "a", "slack", "out"},
    "kill": {"with"},
    "hurt": {"my", "feelings"},
}
_DEATH_IDIOM_AFTER = frozenset(
    "laughing of tired right wrong serious inside happy for to on alone serious set".split()
)
_ATTRIBUTIVE = frozenset("stupid dumb dirty fat ugly gross nasty lazy smelly greedy".split())
# Insults that also judge situations ("what a joke", "what a disgrace").
_SITUATION_WORDS = frozenset(
    (
        *"joke mistake failure disappointment nothing zero tool nobody".split(),
        *"embarrassment disgrace".split(),
        *"burden plague disease cancer virus property objects enemy rubbish garbage trash".split(),
        *"filth beast beasts animal animals monster savage pig cow nerd dummy".split(),
        *"a joke|a mistake|a failure|a disappointment|a disgrace|an embarrassment".split("|"),
        *"a burden|a plague|a disease|a cancer|a virus|a zero|a nobody|a pest".split("|"),
    )
)
# Words that may follow an exclamation insult ("what a moron lol").
_CLAUSE_END = frozenset("lol lmao lmfao smh haha omg honestly seriously tbh fr".split())


def run_symbol_rules(tokens: Sequence[Token], symbols: str) -> list[RuleHit]:
    """Every accepted match of every symbol rule whose symbols are present."""
    results: list[RuleHit] = []
    for rule in _applicable(frozenset(symbols)):
        for m in rule.pattern.finditer(symbols):
            first, last = m.start(), m.end() - 1
            if not _accept(rule.name, tokens, symbols, first, last):
                continue
            decisive = symbols[last]
            if rule.name in ("threat.direct", "threat.weak"):
                severity = rule.strong if decisive == "Y" else rule.weak
            else:
                severity = rule.strong if decisive.isupper() else rule.weak
            if reported_before(tokens, first):
                severity = "low"
            results.append(
                RuleHit(
                    rule.name,
                    rule.category,
                    severity,
                    tokens[first].start,
                    tokens[last].end,
                    rule.explanation,
                )
            )
    return results


# The rules whose symbols a symbol view has, by the set of its symbols: a few hundred sets
# cover nearly every status, and one lookup replaces a subset test per rule and skips the
# patterns that cannot match (most views have no derogatory word for the insult rule to
# end on). Bounded like the other per-detector caches.
_APPLICABLE: dict[frozenset[str], tuple[_Rule, ...]] = {}
_APPLICABLE_LIMIT = 4096


def _applicable(present: frozenset[str]) -> tuple[_Rule, ...]:
    rules = _APPLICABLE.get(present)
    if rules is None:
        rules = tuple(
            rule
            for rule in _RULES
            if rule.needs <= present
            and not any(one_of.isdisjoint(present) for one_of in rule.needs_one_of)
        )
        if len(_APPLICABLE) >= _APPLICABLE_LIMIT:
            _APPLICABLE.clear()
        _APPLICABLE[present] = rules
    return rules


def _negated_before(symbols: str, first: int, window: int = 2) -> bool:
    return "N" in symbols[max(0, first - window) : first]


def _accept(name: str, tokens: Sequence[Token], symbols: str, first: int, last: int) -> bool:
    """Rule-specific exclusions: negation and idioms."""
    if name in ("identity.violence", "identity.hatred", "threat.direct", "threat.weak"):
        if _negated_before(symbols, first):
            return False
    if name == "threat.direct":
        verb_index = max(i for i in range(first, last + 1) if symbols[i] in "Vv")
        verb = tokens[verb_index].word
        after = tokens[last + 1].word if last + 1 < len(tokens) else ""
        if after in _IDIOM_AFTER.get(verb, ()):
            return False
    if name == "harassment.death_wish" and symbols[last] in "Vv":
        # "hope you kill it tonight": the violent verb must not take an object.
        after = tokens[last + 1].word if last + 1 < len(tokens) else ""
        if after not in ("", "and", "in", "on", "to", "slowly", "alone", "already", "soon"):
            return False
    if name == "threat.death":
        if last == first + 1 and tokens[first].word != "youre":
            return False  # "your death", "you die": only "you're dead" is a bare threat
        outcome = tokens[last].word
        after = tokens[last + 1].word if last + 1 < len(tokens) else ""
        if outcome in ("die", "dead", "death") and after in _DEATH_IDIOM_AFTER:
            return False
        # "you die" needs a modal or copula in between: "if you die in the game" is no threat.
    if name == "harassment.insult" and symbols[first] == "J":
        # "what a moron" (exclamation at someone), not "what a joke" (at a situation) and
        # not "what a stupid idea": the insult must end the clause.
        if tokens[last].word in _SITUATION_WORDS:
            return False
        next_token = tokens[last + 1] if last + 1 < len(tokens) else None
        if (
            next_token is not None
            and next_token.symbol != "Y"
            and next_token.word not in _CLAUSE_END
        ):
            return False
    if name == "harassment.insult":
        # "thank you, stupid printer": without a copula ("you are", "you're") an adjective
        # may describe the next noun, not the reader.
        copula = "A" in symbols[first : last + 1] or tokens[first].word in ("youre", "ur")
        if not copula and symbols[last] == "d" and last + 1 < len(tokens):
            if symbols[last + 1] == "x" and tokens[last].word in _ATTRIBUTIVE:
                return False
    return True
