"""Public API: exports, the lazily built default detector, and no heavy imports."""

from __future__ import annotations

import subprocess
import sys

import contactbot.features.moderation.detector as moderation


def test_public_names_are_exported() -> None:
    """The package exports classify, Verdict, Reason, Detector and DetectorSettings."""
    for name in ("classify", "Verdict", "Reason", "Detector", "DetectorSettings"):
        assert name in moderation.__all__
        assert hasattr(moderation, name)


def test_classify_uses_one_shared_default_detector() -> None:
    """classify builds the default detector once and reuses it."""
    moderation.classify("hello")
    first = moderation.default_detector()
    moderation.classify("hello again")
    assert moderation.default_detector() is first


def test_import_is_lazy_and_default_path_never_imports_sklearn() -> None:
    """Importing builds nothing; a classify with defaults does not import scikit-learn."""
    code = (
        "import sys, contactbot.features.moderation.detector as m\n"
        "assert m._default is None, 'detector built at import'\n"
        "v = m.classify('fuck off')\n"
        "assert v.flagged\n"
        "assert m._default is not None\n"
        "heavy = ('sklearn', 'profanity_check', 'joblib', 'numpy')\n"
        "bad = [n for n in heavy if n in sys.modules]\n"
        "assert not bad, bad\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
