"""Identity-attack, threat and harassment rules, and the counter-speech check.

Each word of the word view is reduced to one symbol (group, dehumanising word, violent verb,
pronoun, modal...), and the rules are regular expressions over that symbol string. That keeps
them short, readable and fast: ``G[xL]{0,3}A[ELAM]{0,3}[Dd]`` reads "a group, then *are*, then a
dehumanising word", whatever the group or the insult.

Symbols:

=====  ==========================================================================
G      identity group (data/groups.txt)
D / d  strongly / mildly derogatory word (data/rule_vocab.txt)
V / v  violence against groups or people / against a person only
P / p  violent / milder outcome (killed, die / deported, banned)
H      hatred verb; X exclusionary predicate; Z call for violence ("death to")
W      weak threat verb (find, hunt)
A      copula (are, is, be); L determiner (all, the, those); M modal or future
T      "to"; N negation; S first person; Y second person; O third person
E      intensifier or filler word (a, such, fucking, look, like)
K      hope/wish/pray; Q reporting word (say, call, the word...); x anything else
=====  ==========================================================================
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .normalize import Normalized
from .wordlists import TAG, Hit

GRAMMAR: dict[str, str] = {}
for _sym, _words in {
    "A": "are is r re am was were be being been its theyre thats",
    "L": "all every each the those these them any some most last of every1",
    "M": "should must need needs ought deserve deserves gotta have has shall will would could "
    "gonna going got wanna want might may can gon gunna finna about plan planning",
    "T": "to",
    "N": "not no never dont doesnt isnt arent wasnt werent wont cant shouldnt wouldnt didnt "
    "nobody nothing neither nor aint couldnt",
    "S": "i im ill id ive we ima imma iam weve wed",
    "Y": "you u ya yu yall youre ur your thee youse yourself",
    "O": "him her everyone everybody ppl",
    "E": "a an such so fucking fuckin fkn total complete absolute utter most biggest real little "
    "big just really literally truly look looks sound sounds act acting like smell smells seem "
    "seems but piece sorry bunch pack lot one",
    "K": "hope hoping wish pray praying",
    "Q": "say says said saying call calls called calling word words term slur slurs use uses "
    "used using yell yelled shout shouted type typed write wrote quote quoting repeat heard",
}.items():
    for _w in _words.split():
        GRAMMAR.setdefault(_w, _sym)

# Adjectives that turn a following group into an attack ("filthy jews"); value: severity.
PRE_ADJECTIVES: dict[str, str] = {
    **dict.fromkeys(
        "filthy dirty subhuman inferior degenerate vile stinking disgusting smelly savage "
        "diseased fucking fuckin rotten worthless evil parasitic".split(),
        "high",
    ),
    **dict.fromkeys("stupid dumb ugly lazy greedy nasty gross retarded primitive".split(), "medium"),
}
PEOPLE_NOUNS = (
    "people folks folk men women kids children guys boys girls families immigrants students "
    "workers person man woman"
).split()

# Words after a counter-speech hit that evaluate it ("X is a slur", "X is not ok").
_EVALUATIVE = frozenset(
    "slur slurs ok okay offensive hurtful racist homophobic transphobic ableist sexist "
    "unacceptable hateful wrong acceptable funny cool bigoted derogatory harmful".split()
)
_COPULAS = frozenset("is isnt are arent was wasnt".split())
_QUOTES = "\"“”„«»‘’'`"


@dataclass(frozen=True, slots=True)
class RuleHit:
    """A rule match in word-view coordinates."""

    rule: str
    category: str
    severity: str
    start: int
    end: int
    explanation: str


@dataclass(frozen=True, slots=True)
class _Rule:
    name: str
    category: str
    pattern: re.Pattern[str]
    explanation: str
    # severity when the decisive symbol (the last one matched) is upper / lower case
    strong: str = "high"
    weak: str = "medium"


_RULES: tuple[_Rule, ...] = (
    _Rule(
        "identity.dehumanize",
        "hate",
        re.compile(r"G[xL]{0,3}A[ELAM]{0,3}[Dd]"),
        "group described with dehumanising or derogatory words",
    ),
    _Rule(
        "identity.violence",
        "hate",
        re.compile(r"[VZ][LxE]{0,2}G"),
        "call for violence against a group",
    ),
    _Rule(
        "identity.violence_should",
        "hate",
        re.compile(r"G[xL]{0,3}M[MTABL]{0,3}[PpV]"),
        "says a group should suffer violence",
    ),
    _Rule(
        "identity.hatred",
        "hate",
        re.compile(r"H[L]{0,2}G"),
        "expresses hatred of a group",
    ),
    _Rule(
        "identity.exclusion",
        "hate",
        re.compile(r"G[xLA]{0,3}X"),
        "denies a group's humanity, rights or belonging",
    ),
    _Rule(
        "threat.direct",
        "threat",
        re.compile(r"S[MTAELxWY]{0,5}?[Vv]L?[YO]"),
        "first-person threat of violence",
    ),
    _Rule(
        "threat.death",
        "threat",
        re.compile(r"Y[AMTE]{1,3}[Pp]"),
        "tells the reader they will die or be hurt",
    ),
    _Rule(
        "harassment.death_wish",
        "harassment",
        re.compile(r"KY[xAMTB]{0,2}[Pp]"),
        "wishes death or harm on the reader",
    ),
    _Rule(
        "harassment.insult",
        "harassment",
        re.compile(r"Y[AELM]{0,3}[Dd]|AY[EL]{0,2}[Dd]"),
        "insult aimed at the reader",
    ),
    _Rule(
        "threat.weak",
        "threat",
        re.compile(r"S[MTA]{0,3}WL?Y"),
        "says they will find or come for the reader",
        strong="low",
        weak="low",
    ),
)

# Tokens after the victim that turn a violent verb into an idiom.
_IDIOM_AFTER = {
    "shoot": {"a", "an", "me", "email", "message", "text", "dm", "pm", "note", "line", "mail"},
    "beat": {"at", "in", "to", "on", "by"},
    "destroy": {"at", "in", "on"},
    "smash": {"at", "in", "on"},
    "end": {"up"},
    "kill": {"with"},
    "hurt": {"my", "feelings"},
}
_DEATH_IDIOM_AFTER = frozenset(
    "laughing of tired right wrong serious inside happy for to on alone serious set".split()
)
_RULE_TRIGGERS = frozenset("DdVvPpHXZW")


@dataclass(slots=True)
class _Token:
    start: int
    end: int
    word: str
    symbol: str


def tokenize(norm: Normalized, hits: Iterable[Hit]) -> list[_Token]:
    """Word-view tokens, each with one symbol. Multi-word tags (``wipe out``, ``black people``)
    become a single token spanning their words."""
    text = norm.text
    tokens: list[_Token] = []
    pos = 0
    for word in text.split(" "):
        if word:
            tokens.append(_Token(pos, pos + len(word), word, GRAMMAR.get(word, "x")))
        pos += len(word) + 1
    if not tokens:
        return tokens
    index = {t.start: i for i, t in enumerate(tokens)}
    # Longest tag wins at each start position.
    best: dict[int, Hit] = {}
    for hit in hits:
        if hit.term.category != TAG:
            continue
        i = index.get(hit.start)
        if i is None:
            continue
        cur = best.get(i)
        if cur is None or (hit.end - hit.start) > (cur.end - cur.start):
            best[i] = hit
    if not best:
        return tokens
    out: list[_Token] = []
    skip_until = -1
    for i, tok in enumerate(tokens):
        if tok.start < skip_until:
            continue
        hit = best.get(i)
        if hit is None:
            out.append(tok)
            continue
        symbol = hit.term.tag
        if symbol == "GA":
            # A group adjective only names a group when a people noun follows.
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            if nxt is not None and nxt.word in PEOPLE_NOUNS:
                out.append(_Token(tok.start, nxt.end, text[tok.start : nxt.end], "G"))
                skip_until = nxt.end
            else:
                out.append(tok)
            continue
        out.append(_Token(tok.start, hit.end, text[tok.start : hit.end], symbol))
        skip_until = hit.end
    return out


def evaluate(norm: Normalized, hits: Sequence[Hit]) -> list[RuleHit]:
    """Run the symbol rules. Cheap exit when no rule vocabulary is present."""
    if not any(h.term.category == TAG and h.term.tag in _RULE_TRIGGERS for h in hits):
        return []
    tokens = tokenize(norm, hits)
    symbols = "".join(t.symbol for t in tokens)
    results: list[RuleHit] = []
    for pre in _pre_adjective_hits(tokens):
        results.append(pre)
    for rule in _RULES:
        for m in rule.pattern.finditer(symbols):
            first, last = m.start(), m.end() - 1
            if not _accept(rule.name, tokens, symbols, first, last):
                continue
            decisive = symbols[last]
            if rule.name in ("threat.direct", "threat.weak"):
                severity = rule.strong if decisive == "Y" else rule.weak
            else:
                severity = rule.strong if decisive.isupper() else rule.weak
            if _reported(tokens, first):
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
    for phrase in _no_group_allowed(tokens):
        results.append(phrase)
    return results


def _negated_before(symbols: str, first: int, window: int = 2) -> bool:
    return "N" in symbols[max(0, first - window) : first]


def _accept(name: str, tokens: Sequence[_Token], symbols: str, first: int, last: int) -> bool:
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
    if name == "threat.death":
        outcome = tokens[last].word
        after = tokens[last + 1].word if last + 1 < len(tokens) else ""
        if outcome in ("die", "dead", "death") and after in _DEATH_IDIOM_AFTER:
            return False
        # "you die" needs a modal or copula in between: "if you die in the game" is no threat.
    if name == "harassment.insult":
        # "thank you, stupid printer" / "you and your stupid jokes": the insult must be the
        # end of the phrase or followed by a break, not an adjective on another noun.
        if symbols[last] == "d" and last + 1 < len(tokens) and symbols[last + 1] == "x":
            word = tokens[last].word
            if word in ("stupid", "dumb", "dirty", "fat", "ugly", "gross", "nasty", "lazy"):
                return False
    return True


def _pre_adjective_hits(tokens: Sequence[_Token]) -> Iterable[RuleHit]:
    for i in range(len(tokens) - 1):
        severity = PRE_ADJECTIVES.get(tokens[i].word)
        if severity and tokens[i + 1].symbol == "G":
            if _reported(tokens, i):
                severity = "low"
            yield RuleHit(
                "identity.slur_adjective",
                "hate",
                severity,
                tokens[i].start,
                tokens[i + 1].end,
                "group named with a derogatory adjective",
            )


def _no_group_allowed(tokens: Sequence[_Token]) -> Iterable[RuleHit]:
    for i in range(len(tokens) - 2):
        if (
            tokens[i].word == "no"
            and tokens[i + 1].symbol == "G"
            and tokens[i + 2].word in ("allowed", "welcome", "permitted")
        ):
            yield RuleHit(
                "identity.exclusion",
                "hate",
                "high",
                tokens[i].start,
                tokens[i + 2].end,
                "excludes a group",
            )


def _reported(tokens: Sequence[_Token], first: int) -> bool:
    """Reported speech before a match ("saying muslims are terrorists is wrong")."""
    return any(t.symbol == "Q" for t in tokens[max(0, first - 3) : first])


def counter_speech(norm: Normalized, start: int, end: int) -> str:
    """Why a word-list hit reads as quoted or reported rather than used, or "".

    Three signs, any one suffices: the term sits in quotation marks in the original text; a
    reporting word (say, call, use, the word...) comes within three words before it; or it is
    followed by an evaluation ("is a slur", "is not ok").
    """
    o_start, o_end = norm.span(start, end)
    original = norm.original
    before = original[:o_start].rstrip()
    after = original[o_end:].lstrip()
    if before and after and before[-1] in _QUOTES and after[0] in _QUOTES:
        return "in quotation marks"
    line_before = before[before.rfind("\n") + 1 :]
    if sum(line_before.count(q) for q in "\"“”„«»") % 2 == 1:
        return "in quotation marks"
    text = norm.text
    left_words = text[:start].split()[-3:]
    if any(GRAMMAR.get(w) == "Q" for w in left_words):
        return "reported speech"
    right_words = text[end:].split()[:4]
    if right_words and right_words[0] in _COPULAS:
        if any(w in _EVALUATIVE for w in right_words[1:]):
            return "followed by a judgement of the word"
    return ""
