"""Spaced-out text split back into words (detector round 8, ``segment.py``)."""

from __future__ import annotations

import pytest

from contactbot.features.moderation.detector import Detector
from contactbot.features.moderation.detector.segment import everyday_cost, lexicon_cost, segment


@pytest.mark.parametrize(
    ("typed", "view"),
    [
        ("y o u a r e a f u c k i n g i d i o t", "you are a fucking idiot"),
        ("g a s t h e j e w s", "gas the jews"),
        ("i h o p e y o u d i e", "i hope you die"),
    ],
)
def test_spaced_sentences_get_their_words_back(detector: Detector, typed: str, view: str) -> None:
    """Letters spaced one by one, gaps between words lost, read as the sentence; spans still
    map back to what the user typed."""
    norm = detector.normalize(typed)
    assert norm.text == view
    verdict = detector.classify(typed)
    assert verdict.flagged
    assert all(r.matched == typed[r.start : r.end] for r in verdict.reasons)


def test_unknown_letters_stay_joined(detector: Detector) -> None:
    """A run that does not split wholly into known words stays one word, as before."""
    assert detector.normalize("x q z v b n m k l p").text == "xqzvbnmklp"


def test_grammar_words_are_preferred_over_fewer_longer_words() -> None:
    """ "are a" (two grammar words) beats "area": a grammar word costs less than a word."""
    ranks = {"you": 9, "are": 9, "a": 9, "area": 1, "fucking": 1, "idiot": 1}
    cost = lexicon_cost(ranks.get, common_rank=5)
    assert segment("youareafuckingidiot", cost) == ["you", "are", "a", "fucking", "idiot"]
    assert segment("idiot", cost) is None  # one piece: nothing to split


def test_everyday_words_split_what_the_lists_cannot() -> None:
    """Since round 9 the vocabulary's words are pieces too, but never two-letter fragments
    or rare three-letter ones."""
    listed = lexicon_cost({"you": 9, "your": 9, "with": 9, "a": 9}.get, common_rank=5)
    vocabulary = {"smash": 0, "knee": 1, "caps": 2, "kneecaps": 3, "ye": 4, "yes": 5, "est": 9999}
    cost = everyday_cost(listed, vocabulary)
    assert segment("smashyourkneecaps", listed) is None
    assert segment("smashyourkneecaps", cost) == ["smash", "your", "kneecaps"]
    assert segment("yeyes", cost) is None
    assert segment("smashest", cost) is None  # a rare three-letter word is no piece


@pytest.mark.parametrize(
    ("typed", "view"),
    [
        ("I'm g o i n g to p a i n t y o u r s h e d", "im going to paint your shed"),
        ("w e l o v e o u r n e w p u p p y", "we love our new puppy"),
        ("h a p p y b i r t h d a y", "happy birthday"),
    ],
)
def test_spaced_everyday_sentences_are_read(detector: Detector, typed: str, view: str) -> None:
    """Spaced-out everyday sentences get their words back from the vocabulary (round 9)."""
    assert detector.normalize(typed).text == view
