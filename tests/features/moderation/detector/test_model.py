"""The learned scoring stage (issue 11): shipped model, determinism, how it joins the rules,
the dev gates on the first and second locked sets and the gate on the third locked set."""

from __future__ import annotations

import pytest

from contactbot.features.moderation.detector import Detector, DetectorSettings, Reason
from contactbot.features.moderation.detector.learned import apply_model
from contactbot.features.moderation.detector.model import LinearScorer, load_scorer
from contactbot.features.moderation.detector.settings import ModelSettings


def test_model_loads_from_the_package() -> None:
    """The weights ship inside the package: thousands of features, a training version line."""
    scorer = load_scorer()
    assert len(scorer.char_weights) > 10_000
    assert len(scorer.word_weights) > 1_000
    assert scorer.version.startswith("seed=")


def test_model_is_deterministic(detector: Detector) -> None:
    """Two loads and two calls give the same probability."""
    a, b = load_scorer(), load_scorer()
    text = "refugees are a swarm of rats"
    assert a.probability(text) == b.probability(text) == a.probability(text)
    assert detector.classify(text).model_score == detector.classify(text).model_score


@pytest.mark.parametrize(
    "text",
    [
        "refugees are a swarm of rats",  # dehumanising, no slur
        "kill all the jewss",  # misspelled hate, caught by the model alone
        "f4gg0ts everywhere",  # disguised slur
    ],
)
def test_flags_representative_offensive_text(detector: Detector, text: str) -> None:
    """Offensive text of several categories is flagged, with the model's score on the verdict."""
    verdict = detector.classify(text)
    assert verdict.flagged, verdict
    assert verdict.model_score is not None and verdict.model_score > 0.5


@pytest.mark.parametrize(
    "text",
    [
        "send me 1 btc and get 2 back",  # link-less crypto doubling
        "congratulations you have won a prize, reply now to claim",  # link-less lure
        "verify your wallet at https://metamask-verify.example/login now",  # link with lure
    ],
)
def test_model_is_skipped_where_it_cannot_change_the_verdict(
    detector: Detector, text: str
) -> None:
    """Scam findings are not context-dependent and already flag: the model is not asked
    (no score on the verdict), since neither flagging nor clearing could follow."""
    verdict = detector.classify(text)
    assert verdict.flagged, verdict
    assert verdict.model_score is None
    assert all(r.category in ("spam", "phishing") for r in verdict.reasons)


def test_model_is_asked_where_it_may_flag_or_clear(detector: Detector) -> None:
    """A text only the model flags and a text with only a context-dependent slur are both
    scored."""
    assert detector.classify("kill all the jewss").model_score is not None
    assert detector.classify("proud dyke, see you at the march").model_score is not None


@pytest.mark.parametrize(
    "text",
    [
        "In a meeting until 3pm",  # everyday status
        "you are a lovely person",  # second person is not abuse
        "please stop calling people faggot, it is a slur",  # counter-speech
        "no muslim deserves to be hated",  # negated hate
        "Queer and proud, she/her",  # reclaimed word
        "I hate mondays",  # non-protected target
        "lol that gig was sick",  # social chatter
    ],
)
def test_acquits_representative_benign_text(detector: Detector, text: str) -> None:
    """Benign text of several categories is not flagged."""
    assert not detector.classify(text).flagged


def test_model_flag_is_explained(detector: Detector) -> None:
    """When only the model flags, a model.offensive reason quotes its probability."""
    verdict = detector.classify("kill all the jewss")
    (reason,) = verdict.reasons
    assert reason.rule == "model.offensive"
    assert "p=0.8" in reason.explanation or "p=0.9" in reason.explanation
    assert "learned model" in verdict.summary()
    assert verdict.to_dict()["model_score"] == verdict.model_score


def _hit(category: str = "hate", severity: str = "high") -> Reason:
    return Reason(f"wordlist.{category}", category, severity, 0, 4, "dyke", "hate term")


def test_low_model_score_clears_context_dependent_reasons() -> None:
    """Below clear_threshold a list hit drops to low severity and says why."""
    scorer = LinearScorer(-6.0, {}, {"dyke": -0.1})  # p ≈ 0.0025 for every text
    p, reasons = apply_model(scorer, ModelSettings(), "dyke", "dyke", [_hit()], True)
    assert p < 0.01
    (reason,) = reasons
    assert reason.severity == "low"
    assert reason.rule == "wordlist.hate.model_cleared"
    assert "reads the text as benign" in reason.explanation


def test_low_score_alone_does_not_clear_a_word_the_model_never_saw() -> None:
    """A slur without a model weight is not lowered by a low score, nor by a "my" or "no";
    a quote or a report still lowers it."""
    scorer = LinearScorer(-6.0, {}, {})
    for text in ("dyke", "my dyke", "no dyke"):
        _p, reasons = apply_model(scorer, ModelSettings(), text, text, [_hit()], True)
        assert [r.severity for r in reasons] == ["high"], text
    _p, reasons = apply_model(scorer, ModelSettings(), '"dyke"', "dyke", [_hit()], True)
    assert [r.severity for r in reasons] == ["low"]


def test_low_model_score_never_clears_links_or_threats() -> None:
    """Link, scam and threat findings are not the model's to lower."""
    scorer = LinearScorer(-6.0, {}, {})
    threat = Reason("threat.direct", "threat", "high", 0, 4, "x", "threat")
    link = Reason("link.lookalike", "phishing", "high", 0, 4, "x", "look-alike")
    _p, reasons = apply_model(scorer, ModelSettings(), "x", "x", [threat, link], True)
    assert reasons == [threat, link]


def test_high_model_score_flags_only_where_the_detector_allows_it() -> None:
    """The model adds a reason when the detector lets it (may_flag), never otherwise."""
    scorer = LinearScorer(6.0, {}, {})
    _p, added = apply_model(scorer, ModelSettings(), "text", "text", [], True)
    assert [r.rule for r in added] == ["model.offensive"]
    _p, kept = apply_model(scorer, ModelSettings(), "text", "text", [], False)
    assert kept == []


def test_negated_attack_stops_the_model_and_lowers_hate_findings() -> None:
    """A denied derogatory claim: no model flag, hate findings low, whatever the score."""
    scorer = LinearScorer(6.0, {}, {})
    _p, reasons = apply_model(
        scorer, ModelSettings(), "x", "x", [_hit()], True, lambda: "the derogatory word is negated"
    )
    (reason,) = reasons
    assert reason.severity == "low"
    assert "negated" in reason.explanation


@pytest.mark.parametrize(
    "text",
    [
        "go cry somewhere else, loser",  # a weak list hit the model backs
        "final warning: your paypal account is limited until you verify your card",
    ],
)
def test_model_adds_to_weak_rule_evidence(detector: Detector, text: str) -> None:
    """Low-severity rule findings no longer keep a confident model from flagging."""
    verdict = detector.classify(text)
    assert verdict.flagged, verdict
    assert "model.offensive" in [r.rule for r in verdict.reasons]


@pytest.mark.parametrize(
    "text",
    [
        "Somali men aren't parasites, they pay more tax than you",
        "it's simply false that Turks are criminals",
        "there is nothing dirty about Buddhists",
    ],
)
def test_negated_attacks_are_not_flagged(detector: Detector, text: str) -> None:
    """Denying a derogatory claim about a group is not an attack."""
    assert not detector.classify(text).flagged


@pytest.mark.parametrize(
    "text",
    [
        "Kurds are not human, they are vermin",
        "nothing but cockroaches, the lot of them",
        "there is nothing good about Tamils, filthy parasites",
    ],
)
def test_negation_words_inside_attacks_do_not_acquit(detector: Detector, text: str) -> None:
    """Negations in "not human", "nothing but" and "nothing good" deny nothing derogatory."""
    assert detector.classify(text).flagged


def test_model_can_be_switched_off() -> None:
    """model.enabled = false: no model score, rules only."""
    det = Detector(DetectorSettings.from_mapping({"model": {"enabled": False}}))
    assert det.classify("kill all the jewss").model_score is None
    assert not det.classify("kill all the jewss").flagged


def test_model_settings_are_validated() -> None:
    """Unknown keys and thresholds out of order are refused."""
    with pytest.raises(ValueError, match="unknown key"):
        DetectorSettings.from_mapping({"model": {"threshold": 0.5}})
    with pytest.raises(ValueError):
        ModelSettings(flag_threshold=0.2, clear_threshold=0.5)


def test_unambiguous_slur_is_not_cleared_on_a_low_score_alone(detector: Detector) -> None:
    """Detector round 4: a slur without a benign reading stays flagged in neutral chatter,
    while a homonym ("a fag" = a cigarette) may still be lowered by the model."""
    flagged = detector.classify("ugh my new coworker is a kike")
    assert flagged.flagged
    assert any(r.category == "hate" and r.severity == "high" for r in flagged.reasons)
    assert not detector.classify("Popping out for a fag").flagged


def test_cue_flag_threshold_must_not_be_below_the_flag_threshold() -> None:
    """A cue threshold below the plain flag threshold would make cues flag more easily."""
    with pytest.raises(ValueError, match="cue_flag_threshold"):
        ModelSettings(flag_threshold=0.9, cue_flag_threshold=0.8)


def test_negated_text_about_a_group_needs_a_surer_model_to_flag() -> None:
    """p = 0.80: enough to flag plain text, not a negated text that names a group, unless the
    score reaches negated_flag_threshold (0.85 by default)."""
    scorer = LinearScorer(1.4, {}, {})  # p ≈ 0.80 for every text
    text = "they are not criminals"
    _p, alone = apply_model(scorer, ModelSettings(), text, text, [], True, about_group=True)
    assert alone == []
    _p, plain = apply_model(scorer, ModelSettings(), text, text, [], True, about_group=False)
    assert [r.rule for r in plain] == ["model.offensive"]
    sure = ModelSettings(negated_flag_threshold=0.75)
    _p, flagged = apply_model(scorer, sure, text, text, [], True, about_group=True)
    assert [r.rule for r in flagged] == ["model.offensive"]


def test_negation_bar_is_lower_than_the_quote_bar() -> None:
    """p = 0.88 flags a negated text about a group ("X shouldn't be allowed to vote" is hate
    with a negation word) but not a quoted one, which needs cue_flag_threshold (0.95)."""
    scorer = LinearScorer(2.0, {}, {})  # p ≈ 0.88 for every text
    negated = "they shouldnt be allowed to vote"
    _p, out = apply_model(scorer, ModelSettings(), negated, negated, [], True, about_group=True)
    assert [r.rule for r in out] == ["model.offensive"]
    quoted = 'he said "they shouldnt be allowed to vote"'
    view = "he said they shouldnt be allowed to vote"
    _p, out = apply_model(scorer, ModelSettings(), quoted, view, [], True, about_group=True)
    assert out == []


def test_negated_flag_threshold_sits_between_the_flag_and_cue_thresholds() -> None:
    """The negation bar may not be below the plain flag bar nor above the quote bar."""
    with pytest.raises(ValueError, match="negated_flag_threshold"):
        ModelSettings(flag_threshold=0.9, negated_flag_threshold=0.8)
    with pytest.raises(ValueError, match="negated_flag_threshold"):
        ModelSettings(negated_flag_threshold=0.97, cue_flag_threshold=0.95)
