"""Settings: the moderation.detector config section and what each key changes."""

from __future__ import annotations

import pytest

from contactbot.features.moderation.detector import Detector, DetectorSettings, MLSettings
from contactbot.features.moderation.detector import detector as detector_module
from contactbot.features.moderation.detector.settings import ModelSettings


def test_from_mapping_builds_every_key() -> None:
    """Every documented key is read into the frozen settings."""
    settings = DetectorSettings.from_mapping(
        {
            "threshold": 0.7,
            "extra_words": {"vulgar": ["frak*"], "hate": ["zorgon"]},
            "allowlist": ["cockup"],
            "disabled_categories": ["spam"],
            "severity": {"vulgar": "low"},
            "domain_blocklist": ["Bad.Example"],
            "domain_allowlist": ["good.example"],
            "ml": {"enabled": False, "review_threshold": 0.9, "can_flag": False},
        }
    )
    assert settings.threshold == 0.7
    assert settings.extra_words["vulgar"] == ("frak*",)
    assert settings.allowlist == ("cockup",)
    assert settings.disabled_categories == frozenset({"spam"})
    assert settings.severity["vulgar"] == "low"
    assert settings.domain_blocklist == ("bad.example",)
    assert settings.ml == MLSettings(enabled=False, review_threshold=0.9, can_flag=False)


def test_from_mapping_reads_every_model_threshold() -> None:
    """All five model thresholds listed in config.example.yaml are accepted and read, so
    the documented keys do not fail as unknown (cue_flag_threshold once did)."""
    settings = DetectorSettings.from_mapping(
        {
            "model": {
                "enabled": True,
                "flag_threshold": 0.75,
                "negated_flag_threshold": 0.8,
                "cue_flag_threshold": 0.9,
                "clear_threshold": 0.2,
                "cue_clear_threshold": 0.4,
            }
        }
    )
    assert settings.model == ModelSettings(
        enabled=True,
        flag_threshold=0.75,
        negated_flag_threshold=0.8,
        cue_flag_threshold=0.9,
        clear_threshold=0.2,
        cue_clear_threshold=0.4,
    )


def test_empty_mapping_gives_defaults() -> None:
    """No configuration at all is valid and equals the defaults."""
    assert DetectorSettings.from_mapping(None) == DetectorSettings()
    assert DetectorSettings.from_mapping({}) == DetectorSettings()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"treshold": 0.5}, "unknown key 'treshold'"),
        ({"ml": {"enable": True}}, "unknown key 'enable'"),
        ({"severity": {"vulgar": "extreme"}}, "low, medium or high"),
        ({"disabled_categories": ["swearing"]}, "unknown category 'swearing'"),
        ({"extra_words": {"vulgar": "frak"}}, "list of strings"),
        ({"threshold": 2}, "threshold must be in"),
        ({"threshold": True}, "must be a number"),
    ],
)
def test_bad_config_raises_naming_the_problem(data: dict[str, object], message: str) -> None:
    """Unknown keys and bad values raise ValueError naming the key or value."""
    with pytest.raises(ValueError, match=message):
        DetectorSettings.from_mapping(data)


def test_settings_are_frozen() -> None:
    """Settings cannot be changed after construction, including their mappings."""
    settings = DetectorSettings(severity={"vulgar": "low"})
    with pytest.raises(AttributeError):
        settings.threshold = 0.1  # type: ignore[misc]
    with pytest.raises(TypeError):
        settings.severity["vulgar"] = "high"  # type: ignore[index]


def test_extra_words_extend_the_lists() -> None:
    """A configured word flags in its category, with the list syntax (prefix *)."""
    det = Detector(DetectorSettings(extra_words={"vulgar": ("frak*",)}))
    verdict = det.classify("what the frakking hell")
    assert verdict.flagged
    assert any(r.category == "vulgar" and r.matched == "frakking" for r in verdict.reasons)


def test_extra_words_are_normalised_like_text() -> None:
    """Extra words match disguised spellings too."""
    det = Detector(DetectorSettings(extra_words={"harassment": ("zorgon",)}))
    assert det.classify("you z0rg0n").flagged


def test_allowlist_extension_rescues_a_word() -> None:
    """An allowlisted word stops a listed term inside it from counting (rules only: the
    learned model knows this place name and would clear it by itself)."""
    rules_only = ModelSettings(enabled=False)
    plain = Detector(DetectorSettings(model=rules_only))
    assert plain.classify("Twatt village walk").flagged
    det = Detector(DetectorSettings(allowlist=("twatt",), model=rules_only))
    assert not det.classify("Twatt village walk").flagged


def test_disabled_category_is_ignored() -> None:
    """A disabled category produces no reasons and no flag."""
    det = Detector(DetectorSettings(disabled_categories=frozenset({"vulgar"})))
    verdict = det.classify("fuck this shit")
    assert not verdict.flagged
    assert verdict.reasons == ()


def test_severity_override_changes_the_verdict() -> None:
    """Setting a category's severity to low keeps its reasons but stops them flagging."""
    det = Detector(DetectorSettings(severity={"vulgar": "low"}))
    verdict = det.classify("this is bullshit")
    assert not verdict.flagged
    assert verdict.reasons and all(r.severity == "low" for r in verdict.reasons)


def test_threshold_decides_the_flag() -> None:
    """The same score flags or not depending on the threshold."""
    assert Detector(DetectorSettings(threshold=0.5)).classify("bullshit").flagged
    assert not Detector(DetectorSettings(threshold=0.95)).classify("bullshit").flagged


def test_ml_is_off_by_default_and_never_loaded(monkeypatch: pytest.MonkeyPatch) -> None:
    """With default settings the model loader is never called."""

    def boom() -> object:
        raise AssertionError("model loaded")

    monkeypatch.setattr(detector_module, "_load_ml_scorer", boom)
    verdict = Detector().classify("hello there")
    assert verdict.ml_score is None


def test_ml_adds_a_review_reason_without_flipping_the_verdict(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """When enabled, a confident model adds a low review reason; the rules verdict stands."""
    monkeypatch.setattr(detector_module, "_load_ml_scorer", lambda: lambda _text: 0.97)
    det = Detector(DetectorSettings(ml=MLSettings(enabled=True)))
    verdict = det.classify("you are a lovely person")
    assert verdict.ml_score == pytest.approx(0.97)
    assert not verdict.flagged
    assert [(r.rule, r.severity) for r in verdict.reasons] == [("ml.offensive", "low")]


def test_ml_can_flag_when_allowed(monkeypatch: pytest.MonkeyPatch) -> None:
    """With can_flag the model's reason is medium and flags at the default threshold."""
    monkeypatch.setattr(detector_module, "_load_ml_scorer", lambda: lambda _text: 0.97)
    det = Detector(DetectorSettings(ml=MLSettings(enabled=True, can_flag=True)))
    assert det.classify("you are a lovely person").flagged


def test_ml_below_review_threshold_adds_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    """A model score under the review threshold is reported but adds no reason."""
    monkeypatch.setattr(detector_module, "_load_ml_scorer", lambda: lambda _text: 0.1)
    det = Detector(DetectorSettings(ml=MLSettings(enabled=True)))
    verdict = det.classify("hello")
    assert verdict.ml_score == pytest.approx(0.1)
    assert verdict.reasons == ()


def test_configured_words_are_never_cleared_by_the_model() -> None:
    """An operator's extra word keeps its severity whatever the model's score, and its rule
    says it came from the configuration."""
    det = Detector(DetectorSettings(extra_words={"harassment": ("zorblax",)}))
    verdict = det.classify("my cat is such a zorblax, love her")
    assert verdict.flagged
    assert [r.rule for r in verdict.reasons] == ["wordlist.harassment.configured"]
