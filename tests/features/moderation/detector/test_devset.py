"""Quality gate: the labelled dev set must meet the detector's targets.

The dev set (``devset/`` beside this file, see docs/moderation.md) has plain, disguised and
phishing examples in four sets (A-D) written at different times. The targets are the ones the
detector is built to: precision >= 90 % and recall >= 75 % on plain text, <= 1 % false flags
on benign plain statuses, <= 2 % on disguised benign text, >= 90 % recall on disguised
offensive text and on phishing.
"""

from __future__ import annotations

from contactbot.features.moderation.detector import Detector
from tests.features.moderation.detector.devset.evaluate import Scores, load, score


def _scores(detector: Detector) -> dict[str, Scores]:
    examples = load()
    scores, _errors = score(examples, lambda text: detector.classify(text).flagged)
    return scores


def test_devset_is_large_and_balanced() -> None:
    """At least 600 examples, with offensive and benign text in every kind."""
    examples = load()
    assert len(examples) >= 600
    for kind in ("plain", "disguised", "phishing"):
        labels = {e.label for e in examples if e.kind == kind}
        assert labels == {"offensive", "benign"}, kind


def test_devset_meets_quality_targets(detector: Detector) -> None:
    """Precision, recall and false-flag rates per kind meet the targets."""
    s = _scores(detector)
    report = {k: (v.precision, v.recall, v.false_flag_rate) for k, v in s.items()}
    assert s["plain"].precision >= 0.90, report
    assert s["plain"].recall >= 0.75, report
    assert s["plain"].false_flag_rate <= 0.01, report
    assert s["disguised"].false_flag_rate <= 0.02, report
    assert s["disguised"].recall >= 0.90, report
    assert s["phishing"].recall >= 0.90, report
    assert s["phishing"].false_flag_rate <= 0.05, report


def test_disguised_set_is_reproducible() -> None:
    """make_disguised.py regenerates exactly the committed disguised files."""
    from tests.features.moderation.detector.devset import make_disguised

    for source, target in make_disguised.PAIRS:
        rows = load([source])
        regenerated = make_disguised.disguise(
            [
                {
                    "text": r.text,
                    "label": r.label,
                    "category": r.category,
                    "kind": r.kind,
                    "source": r.source,
                }
                for r in rows
            ],
            source,
        )
        committed = load([target])
        assert [r["text"] for r in regenerated] == [e.text for e in committed]
