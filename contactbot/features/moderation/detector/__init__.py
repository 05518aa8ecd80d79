"""Offensive-status detector for MSC4426 ``m.status`` text and display names.

Pure and synchronous: no I/O after the data files are read, no database. Usage::

    from contactbot.features.moderation.detector import classify
    verdict = classify("some text")
    if verdict.flagged:
        notify_moderators(verdict.summary())

``classify`` uses a default :class:`Detector` built lazily on the first call; build your own
``Detector(DetectorSettings.from_mapping(config["moderation"]["detector"]))`` to configure it.
"""

from __future__ import annotations

import threading

from .detector import Detector
from .settings import DetectorSettings, MLSettings
from .verdict import Reason, Verdict

__all__ = [
    "Detector",
    "DetectorSettings",
    "MLSettings",
    "Reason",
    "Verdict",
    "classify",
    "default_detector",
]

_default: Detector | None = None
_default_lock = threading.Lock()


def default_detector() -> Detector:
    """The shared detector with default settings, built on first use."""
    global _default
    detector = _default
    if detector is None:
        with _default_lock:
            if _default is None:
                _default = Detector()
            detector = _default
    return detector


def classify(text: str) -> Verdict:
    """Classify one status text or display name with the default settings."""
    return default_detector().classify(text)
