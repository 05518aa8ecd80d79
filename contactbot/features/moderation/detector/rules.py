"""Identity-attack, threat and harassment rules, and the counter-speech check.

The rules read the *symbol view*: each word of the word view reduced to one symbol (see
:mod:`.rule_symbols`). They come in families, each in its own module: the symbol rules
(:mod:`.symbol_rules`), hand-written threat and harassment rules (:mod:`.threat_rules`) and
identity-attack rules (:mod:`.identity_rules`); the counter-speech check is in
:mod:`.counter_speech`. This module runs them in a fixed order.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet

from .counter_speech import counter_speech
from .identity_rules import no_group_allowed, only_good, pre_adjective_hits
from .implied_threats import implied_threats
from .offsets import Normalized
from .rule_symbols import GRAMMAR, PEOPLE_NOUNS, RuleHit, tokenize
from .symbol_rules import run_symbol_rules
from .threat_rules import (
    APPROACH,
    CARRY,
    FATE,
    PLACES,
    armed_place,
    armed_visit,
    fate,
    hunt_down,
    made_to_suffer,
    shut_mouth,
)
from .wordlists import TAG, Hit

__all__ = ["RuleHit", "counter_speech", "evaluate", "known_grammar_words", "tokenize"]

_RULE_TRIGGERS = frozenset("GRDdVvPpHXZWw")
# Words that start the code-based rules even when no rule vocabulary was matched.
_TRIGGER_WORDS_RE = re.compile(
    r"\b(?:safe|hurt|bleed|suffer|pay|regret|sorry|burn|hospital|outside|good|make|makes|shut"
    r"|hunt|track|survive"
    r"|bring|bringing|brought|carry|carrying|take|taking|pack|packing)\b"
)


def evaluate(
    norm: Normalized, hits: Sequence[Hit], words: AbstractSet[str] | None = None
) -> list[RuleHit]:
    """Run all rule families in a fixed order. Cheap exit when no rule vocabulary is present.
    ``words``: the words of the word view, if the caller has already split it."""
    implied = list(implied_threats(norm.text, words))
    if not any(
        h.term.category == TAG and h.term.tag in _RULE_TRIGGERS for h in hits
    ) and not _TRIGGER_WORDS_RE.search(norm.text):
        return implied
    tokens = tokenize(norm, hits)
    symbols = "".join(t.symbol for t in tokens)
    results: list[RuleHit] = implied
    words = {t.word for t in tokens}
    if "G" in symbols:
        results.extend(pre_adjective_hits(tokens))
    results.extend(run_symbol_rules(tokens, symbols))
    # The hand-written rules, each only when the words it looks for are there.
    if "G" in symbols and "no" in words:
        results.extend(no_group_allowed(tokens))
    if "S" in symbols and not words.isdisjoint(APPROACH):
        results.extend(armed_visit(tokens))
    if not words.isdisjoint(CARRY):
        results.extend(armed_place(tokens))
    if "Y" in symbols and not words.isdisjoint(FATE):
        results.extend(fate(tokens))
    if "Y" in symbols and ("make" in words or "makes" in words):
        results.extend(made_to_suffer(tokens))
    if "only" in words and "good" in words:
        results.extend(only_good(tokens))
    if "shut" in words and "Y" in symbols:
        results.extend(shut_mouth(tokens))
    if "Y" in symbols and ("hunt" in words or "track" in words):
        results.extend(hunt_down(tokens))
    return results


def known_grammar_words() -> frozenset[str]:
    """Grammar words the normaliser's repair step should recognise ("yooou" -> you)."""
    return (
        frozenset(GRAMMAR)
        | frozenset(PEOPLE_NOUNS)
        | APPROACH
        | frozenset(FATE)
        | PLACES
        | CARRY
        | frozenset(("outside", "make", "only", "good", "dead"))
    )
