"""Regenerate tests/features/moderation/detector/test_gates.py from measured figures.

Not run by CI. Run at the end of a detector round, after the current locked sets have been
measured once (their round files in training/):

    PYTHONPATH=. .venv/bin/python -m training.gen_gates locked14 locked15

The arguments name the current locked sets; every earlier locked set is a retired dev set and
gets a gate of training figures. Each minimum is the measured rate less one text of its
category (precision and recall less 0.2 points), each maximum the rate plus one text.
"""

from __future__ import annotations

import importlib
import math
import sys
from pathlib import Path

from contactbot.features.moderation.detector import Detector
from tests.features.moderation.detector.locked.evaluate import measure
from tests.features.moderation.detector.locked2.evaluate import BENIGN, OFFENSIVE

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests/features/moderation/detector/test_gates.py"
RETIRED = [f"locked{n}" if n > 1 else "locked" for n in range(1, 14)]
ORDINALS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth".split()
)
ROUND = 9
MODEL = "v11"

_HEADER = '''"""Regression gates on the retired locked sets (dev sets: training figures) and on the
current locked sets, with about one text of tolerance per category.

The dev-set gates catch a change that loses ground on text the detector was tuned or trained
on; they say nothing about unseen text. Since detector round {round}, {first} to {last} are all
training data (model {model}). The {current} gates pin the figures measured once on
them at the end of round {round} (docs/moderation.md, "Detector round {round}"): text nobody here
tuned or trained on, so a change that loses ground on unseen text is caught.

Each minimum is the measured rate less one text of the category, each maximum the rate plus
one text.
"""

from __future__ import annotations

from contactbot.features.moderation.detector import Detector
'''

_ASSERT = '''

def _assert_gate(
    detector: Detector, rows: list[Row], minimums: dict[str, float], maximums: dict[str, float]
) -> None:
    """At least 1,500 texts; each rate at or above its minimum, or at or below its maximum."""
    assert len(rows) >= 1500
    figures = measure(rows, lambda t: detector.classify(t).flagged)
    report = {{k: round(v, 3) for k, v in figures.items()}}
    for key, low in minimums.items():
        assert figures[key] >= low, (key, report)
    for key, high in maximums.items():
        assert figures[key] <= high, (key, report)
'''


def _alias(name: str) -> str:
    return "locked1" if name == "locked" else name


def _ordinal(name: str) -> str:
    return ORDINALS[int(_alias(name).removeprefix("locked")) - 1]


def _gate(detector: Detector, name: str, retired: bool) -> list[str]:
    module = importlib.import_module(f"tests.features.moderation.detector.{name}.evaluate")
    rows = module.load()
    figures = measure(rows, lambda t: detector.classify(t).flagged)
    counts: dict[str, int] = {}
    for row in rows:
        counts[row.category] = counts.get(row.category, 0) + 1
    minimums = {k: math.floor((figures[k] - 0.002) * 1000) / 1000 for k in ("precision", "recall")}
    for c in OFFENSIVE:
        if c in figures:
            minimums[c] = max(0.0, math.floor((figures[c] - 1 / counts[c]) * 1000) / 1000)
    maximums = {
        c: min(1.0, math.ceil((figures[c] + 1 / counts[c]) * 1000) / 1000)
        for c in BENIGN
        if c in figures
    }
    const = f"_{_alias(name).upper()}{'_DEV' if retired else ''}"
    if retired:
        lines = [
            f"# The {_ordinal(name)} locked set, retired to training: TRAINING figures of "
            f"detector round {ROUND}",
            f"# (model {MODEL}).",
        ]
        doc = (
            f'"""The {_ordinal(name)} locked set: training figures stay where detector round '
            f'{ROUND} left them."""'
        )
    else:
        lines = [
            f"# The {_ordinal(name)} locked set, by an independent author, measured once on the "
            "final",
            f"# round-{ROUND} code (training/{name}_round1.txt): never read, tuned or trained on.",
        ]
        doc = (
            f'"""Per-category figures on the {_ordinal(name)} locked set (measured once, never '
            f'tuned\n    on) stay at least where detector round {ROUND} measured them."""'
        )
    lines.append(f"{const}_MIN = {{")
    lines += [f'    "{k}": {v},' for k, v in minimums.items()]
    lines += ["}", f"{const}_MAX = {{"]
    lines += [f'    "{k}": {v},' for k, v in maximums.items()]
    lines += ["}", "", ""]
    test = f"test_{_alias(name)}{'_dev' if retired else ''}_gate"
    lines += [
        f"def {test}(detector: Detector) -> None:",
        f"    {doc}",
        f"    _assert_gate(detector, {_alias(name)}.load(), {const}_MIN, {const}_MAX)",
        "",
        "",
    ]
    return lines


def main(current: list[str]) -> None:
    detector = Detector()
    out = [
        _HEADER.format(
            round=ROUND,
            first=RETIRED[0],
            last=RETIRED[-1],
            model=MODEL,
            current=" and ".join(current),
        )
    ]
    for name in RETIRED + current:
        out.append(
            f"from tests.features.moderation.detector.{name} import evaluate as {_alias(name)}"
        )
        if name == "locked":
            out.append(
                "from tests.features.moderation.detector.locked.evaluate import Row, measure"
            )
    out.append(_ASSERT.format())
    out.append("")
    for name in RETIRED:
        out += _gate(detector, name, retired=True)
    for name in current:
        out += _gate(detector, name, retired=False)
    OUT.write_text("\n".join(out).rstrip() + "\n", "utf-8")
    print(f"wrote {OUT} (run ruff check --fix and ruff format on it)")


if __name__ == "__main__":
    main(sys.argv[1:])
