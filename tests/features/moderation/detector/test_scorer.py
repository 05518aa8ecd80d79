"""The learned stage's scorer (model v7): per-word features, the per-word cache, the model
view's marker words, and what the scorer reports as a word it knows."""

from __future__ import annotations

import math

import pytest

from contactbot.features.moderation.detector import Detector
from contactbot.features.moderation.detector.model import LinearScorer, load_scorer
from contactbot.features.moderation.detector.model import scorer as scorer_module
from contactbot.features.moderation.detector.model.scorer import features, word_grams
from contactbot.features.moderation.detector.model_view import (
    CONTACT,
    MONEY,
    PHONE,
    model_text,
)


def _logit_from_features(scorer: LinearScorer, text: str) -> float:
    chars, words = features(text)
    return (
        scorer.bias
        + sum(scorer.char_weights.get(g, 0.0) for g in chars)
        + sum(scorer.word_weights.get(w, 0.0) for w in words)
    )


@pytest.mark.parametrize(
    "text",
    [
        "working from home today the kids are off",
        "the the the repeated words count once",
        "refugees are a swarm of rats",
        "a",
        "",
    ],
)
def test_cached_scoring_equals_the_training_features(text: str) -> None:
    """The scorer's per-word sums give the same logit as the features the training script
    builds (so training and inference cannot drift), cache cold or warm."""
    scorer = load_scorer()
    expected = _logit_from_features(scorer, text)
    assert math.isclose(scorer.logit(text), expected, abs_tol=1e-9)
    assert math.isclose(scorer.logit(text), expected, abs_tol=1e-9)  # now cached


def test_character_ngrams_stay_inside_words() -> None:
    """Each distinct word contributes its own padded n-grams once; no n-gram spans two
    words."""
    chars, words = features("go home go")
    assert chars.count(" go ") == 1 and " go h" not in chars and "o ho" not in chars
    assert {"go", "home", "go home", "home go"} == words
    assert word_grams("ab") == {" ab", "ab ", " ab "}


def test_word_cache_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    """A flood of invented words empties the cache instead of growing it."""
    monkeypatch.setattr(scorer_module, "WORD_CACHE_SIZE", 10)
    scorer = LinearScorer(0.0, {" ab": 1.0}, {})
    for i in range(100):
        scorer.logit(f"word{i} ab")
        assert len(scorer._word_cache) <= 10
    scorer.clear_cache()
    assert scorer._word_cache == {}


def test_knows_a_word_by_its_weight_or_its_boundary_ngrams() -> None:
    """A word is known when it has a word weight or one of its longest word-boundary
    n-grams has a weight; an unseen word is not."""
    scorer = LinearScorer(0.0, {" dyke": 0.3, " fag ": 0.5}, {"loser": 1.0})
    assert scorer.knows("loser") and scorer.knows("dyke") and scorer.knows("fag")
    assert not scorer.knows("zorblax") and not scorer.knows("fog")


def test_knows_a_word_whose_longest_ngrams_were_pruned() -> None:
    """Since detector round 8 the next shorter boundary n-grams count too: pruning had dropped
    both longest ones of "dyke" in model v10. Three letters of a longer word do not."""
    scorer = LinearScorer(0.0, {" dyk": 0.2, "yke ": 0.05, " zo": 0.4}, {})
    assert scorer.knows("dyke")
    assert not scorer.knows("zorblax")


@pytest.mark.parametrize(
    ("text", "markers"),
    [
        ("Hiring! $90/hr remote, message WhatsApp +44 7700 900128", {CONTACT, PHONE, MONEY}),
        ("contact snap: hotkatie99", {CONTACT}),
        ("call zero seven seven zero zero nine zero zero four six one", {PHONE}),
        ("card locked, call l65055S0l64", {CONTACT, PHONE}),  # letters for digits, no "+"
        ("Jio KYC update required, call 7O4432l9B7", {PHONE}),
        ("code abc123456 for the quiz", set()),  # only six digits, letters not look-alikes
        ("lost crypto? dm @fixer_jo to get it back", {CONTACT}),
        ("win 500 usdt today", {MONEY}),
        ("₦20,000 per referral", {MONEY}),  # naira, rupee and other signs (round 8)
        ("off to the gym, back at 6", set()),
        ("happy birthday @sam!", set()),
        ("at the gym", set()),
    ],
)
def test_model_view_marks_contacts_numbers_and_money(
    detector: Detector, text: str, markers: set[str]
) -> None:
    """The model reads the word view plus one marker word per contact channel, phone number
    and money amount, whatever the handle, digits or currency."""
    view = model_text(detector.normalize(text))
    assert set(view.split()) & {CONTACT, PHONE, MONEY} == markers
    assert view.startswith(detector.normalize(text).text)


def test_clearing_caches_changes_no_verdict(detector: Detector) -> None:
    """The caches only save work: verdicts are the same cold and warm."""
    texts = ["don't let the w|e|t|b|a|c|k!! in", "n1ce d4y 2day", "refugees are vermin"]
    warm = [detector.classify(t) for t in texts]
    detector.clear_caches()
    assert [detector.classify(t) for t in texts] == warm
