"""The symbol view of a text: every word of the word view reduced to one symbol.

The rules (:mod:`.symbol_rules`, :mod:`.threat_rules`, :mod:`.identity_rules`) read this view.

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

import bisect
import functools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from .offsets import Normalized
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

PEOPLE_NOUNS = (
    "people folks folk men women kids children guys boys girls families immigrants students "
    "workers person man woman"
).split()


@dataclass(frozen=True, slots=True)
class RuleHit:
    """A rule match in word-view coordinates."""

    rule: str
    category: str
    severity: str
    start: int
    end: int
    explanation: str


class Token(NamedTuple):
    """One word (or multi-word tag) of the word view and its symbol."""

    start: int
    end: int
    word: str
    symbol: str


# Rules never modify a token, and a tuple built in C costs half a dataclass instance: the
# symbol view is built for every status that has rule vocabulary, about seven words each.
_new_token: Callable[[tuple[int, int, str, str]], Token] = functools.partial(tuple.__new__, Token)
# GRAMMAR with the common words ("c", for the normaliser only) read as "x" (anything else).
_SYMBOL = {word: "x" if symbol == "c" else symbol for word, symbol in GRAMMAR.items()}


def tokenize(norm: Normalized, hits: Iterable[Hit]) -> list[Token]:
    """Word-view tokens, each with one symbol. Multi-word tags (``wipe out``, ``black people``)
    become a single token spanning their words."""
    text = norm.text
    tokens: list[Token] = []
    symbol_of = _SYMBOL.get
    pos = 0
    for word in text.split(" "):
        if word:
            end = pos + len(word)
            tokens.append(_new_token((pos, end, word, symbol_of(word, "x"))))
            pos = end + 1
        else:
            pos += 1
    if not tokens:
        return tokens
    # Longest tag wins at each start position.
    best: dict[int, Hit] = {}
    for hit in hits:
        if hit.term.category != TAG:
            continue
        # Tokens are tuples in start order: (start,) sorts just before the token at start.
        i = bisect.bisect_left(tokens, (hit.start,))
        if i == len(tokens) or tokens[i].start != hit.start:
            continue
        cur = best.get(i)
        if cur is None or (hit.end - hit.start) > (cur.end - cur.start):
            best[i] = hit
    if not best:
        return tokens
    out: list[Token] = []
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
                out.append(_new_token((tok.start, nxt.end, text[tok.start : nxt.end], "G")))
                skip_until = nxt.end
            elif nxt_hit is not None and nxt_hit.term.tag == "R":
                out.append(_new_token((tok.start, tok.end, tok.word, "G")))
            else:
                out.append(tok)
            continue
        out.append(_new_token((tok.start, tag_hit.end, text[tok.start : tag_hit.end], symbol)))
        skip_until = tag_hit.end
    return out


def reported_before(tokens: Sequence[Token], first: int) -> bool:
    """Reported speech before a match ("saying muslims are terrorists is wrong"), unless it
    is the hedge "I'm not saying X are Y, but ..."."""
    for k in range(max(0, first - 3), first):
        if tokens[k].symbol == "Q":
            before = [t.word for t in tokens[max(0, k - 2) : k]]
            return not is_hedge(before, [t.word for t in tokens[first:]])
    return False


_HEDGE_NEGATORS = frozenset("not never im dont".split())


def is_hedge(before_report: Sequence[str], after_match: Sequence[str]) -> bool:
    """A negated reporting word with a "but" after the claim: "not saying X, but ...",
    "I'm not calling them X but ...". The claim is made, not reported (detector round 5)."""
    return not _HEDGE_NEGATORS.isdisjoint(before_report) and "but" in after_match
