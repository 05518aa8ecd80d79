"""Detector settings, built from the ``moderation.detector`` config section."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from .wordlists import FLAG_CATEGORIES, SEVERITIES

_EMPTY: Mapping[str, Any] = MappingProxyType({})


@dataclass(frozen=True, slots=True)
class MLSettings:
    """Optional model score (the ``[ml]`` extra). Off by default; when on it only adds a
    low-severity review reason unless ``can_flag`` is set."""

    enabled: bool = False
    # Model probability at or above which a review reason is added.
    review_threshold: float = 0.8
    # Let the model's reason count towards the score with medium severity.
    can_flag: bool = False


@dataclass(frozen=True, slots=True)
class ModelSettings:
    """The learned scoring stage shipped in the package (on by default, no download)."""

    enabled: bool = True
    # Model probability at or above which the model flags on its own (a medium reason).
    flag_threshold: float = 0.7
    # Below this probability the model vouches for the text: hate, vulgar and harassment
    # reasons from the word lists and rules drop to low severity (counter-speech, reclaimed
    # words, homonyms). Links, scams and threats are never lowered.
    clear_threshold: float = 0.3
    # Below this probability the model clears the same reasons when the text also carries a
    # cue that it is about the words rather than using them: negation, reporting or quoting,
    # a self-description.
    cue_clear_threshold: float = 0.5
    # The model alone flags a text about a group that carries a negation word only at or
    # above this probability. Much hate is phrased with one ("X shouldn't be allowed to
    # vote", "no X in this server"), and since model v8 the training data holds denials
    # and supportive statements in the same forms, so the bar is lower than for quotes
    # (detector round 6).
    negated_flag_threshold: float = 0.85
    # ... and a text about a group that reports or quotes someone only at or above this
    # one: its n-grams see the group and the ugly word, not the quotation marks around them
    # (detector round 5).
    cue_flag_threshold: float = 0.95

    def __post_init__(self) -> None:
        if not (
            0.0
            <= self.clear_threshold
            <= self.cue_clear_threshold
            <= self.flag_threshold
            <= self.negated_flag_threshold
            <= self.cue_flag_threshold
            <= 1.0
        ):
            raise ValueError(
                "model thresholds need 0 <= clear_threshold <= cue_clear_threshold"
                " <= flag_threshold <= negated_flag_threshold <= cue_flag_threshold <= 1"
            )


@dataclass(frozen=True, slots=True)
class DetectorSettings:
    """All knobs of the detector. The defaults need no configuration at all."""

    # Flag when the combined score reaches this value (0..1).
    threshold: float = 0.5
    # Extra list entries per category, same syntax as the data files (fuck*, *cunt*, a|b).
    extra_words: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: _EMPTY)
    # Extra allowlist entries: words or phrases that must never count as a hit.
    allowlist: tuple[str, ...] = ()
    disabled_categories: frozenset[str] = frozenset()
    # Severity override per category (e.g. {"vulgar": "low"} for communities that swear).
    severity: Mapping[str, str] = field(default_factory=lambda: _EMPTY)
    # Hosts (and their subdomains) that always flag / never count as suspicious links.
    domain_blocklist: tuple[str, ...] = ()
    domain_allowlist: tuple[str, ...] = ()
    ml: MLSettings = field(default_factory=MLSettings)
    model: ModelSettings = field(default_factory=ModelSettings)
    # Flag a lone swear word aimed at no one ("fuck mondays", "holy shit I passed"). Off by
    # default since detector round 7: swearing at things is everyday chatter in most
    # communities; family-friendly spaces turn it on.
    flag_oaths: bool = False

    def __post_init__(self) -> None:
        if not 0.0 < self.threshold <= 1.0:
            raise ValueError(f"threshold must be in (0, 1], got {self.threshold!r}")
        for category in (
            *self.extra_words,
            *self.disabled_categories,
            *self.severity,
        ):
            if category not in FLAG_CATEGORIES:
                raise ValueError(
                    f"unknown category {category!r}; expected one of {', '.join(FLAG_CATEGORIES)}"
                )
        for category, value in self.severity.items():
            if value not in SEVERITIES:
                raise ValueError(f"severity for {category!r} must be low, medium or high")
        # Freeze the mappings so a shared settings object cannot be changed behind a detector.
        object.__setattr__(
            self,
            "extra_words",
            MappingProxyType({k: tuple(v) for k, v in self.extra_words.items()}),
        )
        object.__setattr__(self, "severity", MappingProxyType(dict(self.severity)))

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any] | None) -> DetectorSettings:
        """Build settings from the ``moderation.detector`` config section.

        Unknown keys raise ValueError naming the key, so a typo does not silently fall back to
        a default.
        """
        data = dict(data or {})
        known = {
            "threshold",
            "extra_words",
            "allowlist",
            "disabled_categories",
            "severity",
            "domain_blocklist",
            "domain_allowlist",
            "ml",
            "model",
            "flag_oaths",
        }
        for key in data:
            if key not in known:
                raise ValueError(f"moderation.detector: unknown key {key!r}")
        kwargs: dict[str, Any] = {}
        if "threshold" in data:
            value = data["threshold"]
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise ValueError("moderation.detector.threshold must be a number")
            kwargs["threshold"] = float(value)
        if "extra_words" in data:
            extra = _mapping(data["extra_words"], "extra_words")
            kwargs["extra_words"] = {
                str(k): _strings(v, f"extra_words.{k}") for k, v in extra.items()
            }
        if "allowlist" in data:
            kwargs["allowlist"] = _strings(data["allowlist"], "allowlist")
        if "disabled_categories" in data:
            kwargs["disabled_categories"] = frozenset(
                _strings(data["disabled_categories"], "disabled_categories")
            )
        if "severity" in data:
            sev = _mapping(data["severity"], "severity")
            kwargs["severity"] = {str(k): str(v) for k, v in sev.items()}
        for key in ("domain_blocklist", "domain_allowlist"):
            if key in data:
                kwargs[key] = tuple(
                    d.strip().lower().lstrip(".") for d in _strings(data[key], key) if d.strip()
                )
        if "flag_oaths" in data:
            if not isinstance(data["flag_oaths"], bool):
                raise ValueError("moderation.detector.flag_oaths must be true or false")
            kwargs["flag_oaths"] = data["flag_oaths"]
        if "ml" in data:
            kwargs["ml"] = _ml_settings(_mapping(data["ml"], "ml"))
        if "model" in data:
            kwargs["model"] = _model_settings(_mapping(data["model"], "model"))
        return cls(**kwargs)


def _ml_settings(data: Mapping[str, Any]) -> MLSettings:
    known = {"enabled", "review_threshold", "can_flag"}
    for key in data:
        if key not in known:
            raise ValueError(f"moderation.detector.ml: unknown key {key!r}")
    kwargs: dict[str, Any] = {}
    for key in ("enabled", "can_flag"):
        if key in data:
            if not isinstance(data[key], bool):
                raise ValueError(f"moderation.detector.ml.{key} must be true or false")
            kwargs[key] = data[key]
    if "review_threshold" in data:
        value = data["review_threshold"]
        if isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value <= 1:
            raise ValueError("moderation.detector.ml.review_threshold must be in (0, 1]")
        kwargs["review_threshold"] = float(value)
    return MLSettings(**kwargs)


_MODEL_THRESHOLDS = (
    "flag_threshold",
    "clear_threshold",
    "cue_clear_threshold",
    "negated_flag_threshold",
    "cue_flag_threshold",
)


def _model_settings(data: Mapping[str, Any]) -> ModelSettings:
    known = {"enabled", *_MODEL_THRESHOLDS}
    for key in data:
        if key not in known:
            raise ValueError(f"moderation.detector.model: unknown key {key!r}")
    kwargs: dict[str, Any] = {}
    if "enabled" in data:
        if not isinstance(data["enabled"], bool):
            raise ValueError("moderation.detector.model.enabled must be true or false")
        kwargs["enabled"] = data["enabled"]
    for key in _MODEL_THRESHOLDS:
        if key in data:
            value = data[key]
            if (
                isinstance(value, bool)
                or not isinstance(value, int | float)
                or not 0 <= value <= 1
            ):
                raise ValueError(f"moderation.detector.model.{key} must be in [0, 1]")
            kwargs[key] = float(value)
    return ModelSettings(**kwargs)


def _mapping(value: Any, name: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise ValueError(f"moderation.detector.{name} must be a mapping")
    return value


def _strings(value: Any, name: str) -> tuple[str, ...]:
    if isinstance(value, str) or not isinstance(value, list | tuple | set | frozenset):
        raise ValueError(f"moderation.detector.{name} must be a list of strings")
    out = []
    for item in value:
        if not isinstance(item, str):
            raise ValueError(f"moderation.detector.{name} must be a list of strings")
        out.append(item)
    return tuple(out)
