"""The speller the detector uses (see :mod:`.spelling`): misspellings are read as the rules'
words, and never as a listed word when they are short (detector round 9)."""

from __future__ import annotations

from collections.abc import Mapping

from .rules import known_grammar_words
from .spelling import Speller
from .wordlists import ALLOW, TAG, Lexicon


def lexicon_speller(lexicon: Lexicon, vocabulary: Mapping[str, int]) -> Speller:
    """A speller whose targets are the rules' words, which never corrects a word the lists or
    the everyday ``vocabulary`` know."""
    return Speller(
        _rule_words(lexicon),
        lambda w: w in vocabulary or lexicon.word_rank(w) is not None,
        _guarded(lexicon),
    )


def _rule_words(lexicon: Lexicon) -> dict[str, int]:
    """The rules' single words (groups, violent and derogatory words, then grammar words), in
    list order: what a misspelling may be read as (see :mod:`.spelling`)."""
    words: dict[str, int] = {}
    for term in lexicon.terms:
        if term.category == TAG and term.key.isalpha():
            words.setdefault(term.key, len(words))
    for word in sorted(known_grammar_words()):  # "shoud be banned": the rules' grammar too
        if word.isalpha():
            words.setdefault(word, len(words))
    return words


def _guarded(lexicon: Lexicon) -> frozenset[str]:
    """Words a short misspelling must not be read as: every listed word, and the rules'
    vocabulary but for group words (see :mod:`.spelling`)."""
    return frozenset(
        term.key
        for term in lexicon.terms
        if " " not in term.key
        and term.category != ALLOW
        and (term.category != TAG or term.tag not in ("G", "GA"))
    )
