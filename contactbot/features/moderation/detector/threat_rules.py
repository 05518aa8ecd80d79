"""Hand-written threat and harassment rules about the reader: harm that will befall them,
armed visits, weapons taken to public places, "shut your mouth", "I'll hunt you down".

Each rule is a small function over the symbol view; :func:`.rules.evaluate` runs one only when
the words it looks for are present.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from .rule_symbols import RuleHit, Token

APPROACH = frozenset("coming come show showing bring bringing visit visiting waiting wait".split())
# Harm that will befall the reader ("you're going to get hurt", "your house will burn").
FATE = {
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
_MODAL_WORDS = frozenset("will gonna going shall ll youll youd ull wont gon".split())
PLACES = frozenset(
    "school work office mall church mosque synagogue temple class campus college "
    "university stadium concert hospital station".split()
)
CARRY = frozenset("bring bringing brought take taking carry carrying pack packing".split())


def fate(tokens: Sequence[Token]) -> Iterable[RuleHit]:
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
            severity = FATE.get(t.word)
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


def made_to_suffer(tokens: Sequence[Token]) -> Iterable[RuleHit]:
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


def armed_place(tokens: Sequence[Token]) -> Iterable[RuleHit]:
    """A weapon carried to a public place: "bringing a gun to school"."""
    for i, tok in enumerate(tokens):
        if tok.word not in CARRY:
            continue
        window = tokens[i : i + 7]
        if any(t.symbol == "w" for t in window) and any(t.word in PLACES for t in window):
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


def shut_mouth(tokens: Sequence[Token]) -> Iterable[RuleHit]:
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


def hunt_down(tokens: Sequence[Token]) -> Iterable[RuleHit]:
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


def armed_visit(tokens: Sequence[Token]) -> Iterable[RuleHit]:
    """Armed visit: first person + approach + you + weapon ("coming to your house with a
    knife"); "I'll be waiting outside your office" (no weapon) is a lesser threat."""
    for i, tok in enumerate(tokens):
        if tok.symbol != "S":
            continue
        window = tokens[i : i + 10]
        words = [t.word for t in window]
        if any(t.symbol == "N" for t in window) or not any(w in APPROACH for w in words):
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
