"""Shared fixtures for the moderation detector tests."""

from __future__ import annotations

import pytest

from contactbot.features.moderation.detector import Detector, default_detector


@pytest.fixture(scope="session")
def detector() -> Detector:
    """The default detector, built once for the whole session (≈0.1 s)."""
    return default_detector()
