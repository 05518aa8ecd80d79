"""Identity-attack, threat and harassment rules, and the counter-speech check.

Each word of the word view is reduced to one symbol (group, dehumanising word, violent verb,
pronoun, modal...), and the rules are regular expressions over that symbol string. That keeps
them short, readable and fast: ``G[xL]{0,3}A[ELAM]{0,3}[Dd]`` reads "a group, then *are*, then a
dehumanising word", whatever the group or the insult.

Symbols:

=====  ==========================================================================
G      identity group (data/groups.txt)
R      dehumanising noun (vermin, parasites)
D / d  strongly / mildly derogatory word (data/rule_vocab.txt)
V / v  violence against groups or people / against a person only
P / p  violent / milder outcome (killed, die / deported, banned)
H      hatred verb; X exclusionary predicate; Z call for violence ("death to")
W      weak threat verb (find, hunt)
A      copula (are, is, be); L determiner (all, the, those); M modal or future
T      "to"; N negation; S first person; Y second person; O third person
E      intensifier or filler word (a, such, fucking, look, like)
K      hope/wish/pray; Q reporting verb (say, call); U word/term/slur; x anything else
I      "imagine" ("imagine being this stupid" addresses the reader)
w      weapon; c common word (only read by the normaliser)
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
    "S": "i im ill id ive we ima imma iam weve wed someone somebody",
    "Y": "you u ya yu yall youre ur your thee youse yourself youll youd youve",
    "I": "imagine",
    "J": "what",
    "O": "him her everyone everybody ppl",
    "E": "a an such so fucking fuckin fkn total complete absolute utter most biggest real little "
    "big just really literally truly look looks sound sounds act acting like smell smells seem "
    "seems but piece sorry bunch pack lot one this that much sad",
    "K": "hope hoping wish pray praying",
    "Q": "say says said saying call calls called calling use uses used using yell yelled shout "
    "shouted type typed write wrote quote quoting repeat heard",
    "U": "word words term terms slur slurs",
    # Common words that are no rule vocabulary but help the normaliser read leet ("!7" -> it).
    "c": "it at in on my me he she his and or for with this that what was here there else "
    "back out up down go get now how who why when where than then also only even very",
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
    **dict.fromkeys(
        "stupid dumb ugly lazy greedy nasty gross retarded primitive".split(), "medium"
    ),
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
_QUOTE_RE = re.compile("[" + re.escape(_QUOTES) + "]")


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
    # Symbols every match contains (a cheap test before running the pattern).
    needs: frozenset[str] = frozenset()


_RULES: tuple[_Rule, ...] = (
    _Rule(
        "identity.dehumanize",
        "hate",
        re.compile(r"G[xL]{0,3}A[ELAM]{0,2}x?[ELAM]{0,2}[RDd]"),
        "group described with dehumanising or derogatory words",
        needs=frozenset("GA"),
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
    ),
    _Rule(
        "identity.violence_should",
        "hate",
        re.compile(r"G[xLAE]{0,4}M[MTABL]{0,3}[PpV]"),
        "says a group should suffer violence",
        needs=frozenset("GM"),
    ),
    _Rule(
        "identity.death_wish",
        "hate",
        re.compile(r"K[L]{0,3}G[xAB]{0,2}[PpR]"),
        "wishes death or harm on a group",
        needs=frozenset("KG"),
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
    ),
    _Rule(
        "harassment.insult",
        "harassment",
        re.compile(r"Y[AELMDd]{0,3}[RDd]|I[AELMDd]{0,5}[RDd]|AY[EL]{0,2}[RDd]|J[EDd]{0,3}[RDd]"),
        "insult aimed at the reader",
        needs=frozenset(""),
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
_APPROACH = frozenset(
    "coming come show showing bring bringing visit visiting waiting wait".split()
)
_RULE_TRIGGERS = frozenset("GRDdVvPpHXZWw")
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
            symbol = GRAMMAR.get(word, "x")
            tokens.append(_Token(pos, pos + len(word), word, "x" if symbol == "c" else symbol))
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
        tag_hit = best.get(i)
        if tag_hit is None:
            out.append(tok)
            continue
        symbol = tag_hit.term.tag
        if symbol == "GA":
            # A group adjective names a group when a people noun follows ("jewish people"),
            # or when a dehumanising noun does ("jewish rats").
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            nxt_hit = best.get(i + 1)
            if nxt is not None and nxt.word in PEOPLE_NOUNS:
                out.append(_Token(tok.start, nxt.end, text[tok.start : nxt.end], "G"))
                skip_until = nxt.end
            elif nxt_hit is not None and nxt_hit.term.tag == "R":
                out.append(_Token(tok.start, tok.end, tok.word, "G"))
            else:
                out.append(tok)
            continue
        out.append(_Token(tok.start, tag_hit.end, text[tok.start : tag_hit.end], symbol))
        skip_until = tag_hit.end
    return out


def evaluate(norm: Normalized, hits: Sequence[Hit]) -> list[RuleHit]:
    """Run the symbol rules. Cheap exit when no rule vocabulary is present."""
    if not any(
        h.term.category == TAG and h.term.tag in _RULE_TRIGGERS for h in hits
    ) and not _TRIGGER_WORDS_RE.search(norm.text):
        return []
    tokens = tokenize(norm, hits)
    symbols = "".join(t.symbol for t in tokens)
    results: list[RuleHit] = []
    words = {t.word for t in tokens}
    present = frozenset(symbols)
    if "G" in symbols:
        results.extend(_pre_adjective_hits(tokens))
    for rule in _RULES:
        if not rule.needs <= present:
            continue
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
    # The hand-written rules, each only when the words it looks for are there.
    if "G" in symbols and "no" in words:
        results.extend(_no_group_allowed(tokens))
    if "S" in symbols and not words.isdisjoint(_APPROACH):
        results.extend(_armed_visit(tokens))
    if not words.isdisjoint(_CARRY):
        results.extend(_armed_place(tokens))
    if "Y" in symbols and not words.isdisjoint(_FATE):
        results.extend(_fate(tokens))
    if "Y" in symbols and ("make" in words or "makes" in words):
        results.extend(_made_to_suffer(tokens))
    if "only" in words and "good" in words:
        results.extend(_only_good(tokens))
    if "shut" in words and "Y" in symbols:
        results.extend(_shut_mouth(tokens))
    if "Y" in symbols and ("hunt" in words or "track" in words):
        results.extend(_hunt_down(tokens))
    return results


# Harm that will befall the reader ("you're going to get hurt", "your house will burn").
_FATE = {
    "hurt": "medium",
    "bleed": "high",
    "suffer": "medium",
    "pay": "medium",
    "regret": "low",
    "sorry": "low",
    "burn": "high",
    "hospital": "high",
    "safe": "medium",
    "killed": "high",
    "shot": "high",
    "stabbed": "high",
    "survive": "high",
}
_FATE_AFTER_EXCLUDE = {
    "hurt": {"yourself", "urself"},
    "sorry": {"to", "for", "about"},
    "burn": {"your", "ur", "yourself", "calories", "the", "out"},
    "suffer": {"from"},
}
# Words that start the code-based rules even when no rule vocabulary was matched.
_TRIGGER_WORDS_RE = re.compile(
    r"\b(?:safe|hurt|bleed|suffer|pay|regret|sorry|burn|hospital|outside|good|make|makes|shut"
    r"|hunt|track|survive"
    r"|bring|bringing|brought|carry|carrying|take|taking|pack|packing)\b"
)
_MODAL_WORDS = frozenset("will gonna going shall ll youll youd ull wont gon".split())
_PLACES = frozenset(
    "school work office mall church mosque synagogue temple class campus college "
    "university stadium concert hospital station".split()
)
_CARRY = frozenset("bring bringing brought take taking carry carrying pack packing".split())


def _fate(tokens: Sequence[_Token]) -> Iterable[RuleHit]:
    for i, tok in enumerate(tokens):
        if tok.symbol != "Y" or tok.word in ("yourself",):
            continue
        modal = tok.word in ("youll", "youd")
        negated = False
        for j in range(i + 1, min(i + 7, len(tokens))):
            t = tokens[j]
            if t.symbol == "N" or t.word in ("arent", "isnt", "wont", "never"):
                negated = True
            if t.symbol == "M" or t.word in _MODAL_WORDS:
                modal = True
            severity = _FATE.get(t.word)
            if severity is None:
                continue
            after = tokens[j + 1].word if j + 1 < len(tokens) else ""
            if after in _FATE_AFTER_EXCLUDE.get(t.word, ()):
                break
            if t.word == "pay" and after not in ("", "for"):
                break
            if t.word in ("safe", "survive"):
                if not negated:
                    break
            elif negated or not modal:
                break
            yield RuleHit(
                "threat.fate",
                "threat",
                severity,
                tok.start,
                t.end,
                "tells the reader they will be harmed",
            )
            return


def _made_to_suffer(tokens: Sequence[_Token]) -> Iterable[RuleHit]:
    """First-person threat to make the reader suffer: "I will make you bleed"."""
    for i in range(len(tokens) - 2):
        if tokens[i].word in ("make", "makes") and tokens[i + 1].symbol == "Y":
            outcome = tokens[i + 2].word
            if outcome in ("bleed", "suffer", "pay", "cry", "scream", "regret") and any(
                t.symbol == "S" for t in tokens[max(0, i - 7) : i]
            ):
                if any(t.symbol == "N" for t in tokens[max(0, i - 7) : i]):
                    return
                yield RuleHit(
                    "threat.direct",
                    "threat",
                    "medium" if outcome in ("cry", "regret") else "high",
                    tokens[i].start,
                    tokens[i + 2].end,
                    "first-person threat of harm",
                )
                return


def _armed_place(tokens: Sequence[_Token]) -> Iterable[RuleHit]:
    """A weapon carried to a public place: "bringing a gun to school"."""
    for i, tok in enumerate(tokens):
        if tok.word not in _CARRY:
            continue
        window = tokens[i : i + 7]
        if any(t.symbol == "w" for t in window) and any(t.word in _PLACES for t in window):
            if any(t.symbol == "N" for t in tokens[max(0, i - 2) : i + 7]):
                return
            yield RuleHit(
                "threat.armed",
                "threat",
                "high",
                tok.start,
                window[-1].end,
                "talks of taking a weapon to a public place",
            )
            return


def _shut_mouth(tokens: Sequence[_Token]) -> Iterable[RuleHit]:
    """Telling the reader to shut up: "shut your fat mouth", "shut ur stupid face"."""
    for i in range(len(tokens) - 2):
        if tokens[i].word == "shut" and tokens[i + 1].symbol == "Y":
            for j in range(i + 2, min(i + 5, len(tokens))):
                if tokens[j].word in ("mouth", "face", "trap", "gob", "hole", "piehole"):
                    yield RuleHit(
                        "harassment.insult",
                        "harassment",
                        "medium",
                        tokens[i].start,
                        tokens[j].end,
                        "tells the reader to shut up",
                    )
                    return


def _hunt_down(tokens: Sequence[_Token]) -> Iterable[RuleHit]:
    """Hunting the reader down: "I'll hunt you and your family down"."""
    for i, tok in enumerate(tokens):
        if tok.word in ("hunt", "track") and i + 1 < len(tokens) and tokens[i + 1].symbol == "Y":
            for j in range(i + 2, min(i + 7, len(tokens))):
                if tokens[j].word == "down":
                    yield RuleHit(
                        "threat.direct",
                        "threat",
                        "high",
                        tok.start,
                        tokens[j].end,
                        "threatens to hunt the reader down",
                    )
                    return


def _only_good(tokens: Sequence[_Token]) -> Iterable[RuleHit]:
    """The classic "the only good X is a dead X"."""
    for i in range(len(tokens) - 2):
        if tokens[i].word == "only" and tokens[i + 1].word == "good":
            if tokens[i + 2].symbol == "G" or (
                i + 3 < len(tokens) and tokens[i + 3].symbol == "G"
            ):
                rest = [t.word for t in tokens[i + 2 : i + 8]]
                if "dead" in rest:
                    yield RuleHit(
                        "identity.violence",
                        "hate",
                        "high",
                        tokens[i].start,
                        tokens[min(i + 7, len(tokens) - 1)].end,
                        "wishes a group dead",
                    )
                    return


def known_grammar_words() -> frozenset[str]:
    """Grammar words the normaliser's repair step should recognise ("yooou" -> you)."""
    return (
        frozenset(GRAMMAR)
        | frozenset(PEOPLE_NOUNS)
        | _APPROACH
        | frozenset(_FATE)
        | _PLACES
        | _CARRY
        | frozenset(("outside", "make", "only", "good", "dead"))
    )


def _armed_visit(tokens: Sequence[_Token]) -> Iterable[RuleHit]:
    """Armed visit: first person + approach + you + weapon ("coming to your house with a
    knife"); "I'll be waiting outside your office" (no weapon) is a lesser threat."""
    for i, tok in enumerate(tokens):
        if tok.symbol != "S":
            continue
        window = tokens[i : i + 10]
        words = [t.word for t in window]
        if any(t.symbol == "N" for t in window) or not any(w in _APPROACH for w in words):
            continue
        if "outside" in words:
            k = words.index("outside")
            if k + 1 < len(window) and window[k + 1].symbol == "Y":
                yield RuleHit(
                    "threat.stalking",
                    "threat",
                    "medium",
                    tok.start,
                    window[k + 1].end,
                    "says they will wait for the reader",
                )
                return
        if any(t.symbol == "Y" for t in window) and any(t.symbol == "w" for t in window):
            last = max(k for k, t in enumerate(window) if t.symbol == "w")
            yield RuleHit(
                "threat.armed",
                "threat",
                "high",
                tok.start,
                window[last].end,
                "says they are coming for the reader with a weapon",
            )
            return


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
    original = norm.original
    if _QUOTE_RE.search(original):
        o_start, o_end = norm.span(start, end)
        before = original[:o_start].rstrip()
        after = original[o_end:].lstrip()
        if before and after and before[-1] in _QUOTES and after[0] in _QUOTES:
            return "in quotation marks"
        line_before = before[before.rfind("\n") + 1 :]
        if sum(line_before.count(q) for q in '"“”„«»') % 2 == 1:
            return "in quotation marks"
    text = norm.text
    left_words = text[:start].split()[-3:]
    if any(GRAMMAR.get(w) in ("Q", "U") for w in left_words):
        return "reported speech"
    right_words = text[end:].split()[:4]
    if right_words and right_words[0] in _COPULAS:
        if any(w in _EVALUATIVE for w in right_words[1:]):
            return "followed by a judgement of the word"
    return ""
