"""Rebuild the everyday vocabulary (contactbot/features/moderation/detector/data/vocabulary.txt).

Not run by CI. Deterministic. Usage, from the repository root::

    PYTHONPATH=. .venv/bin/python -m training.build_vocabulary [--data ../shared/moderation-data]

The normaliser reads ambiguous leet ("pu611c": public or pubiic?) and splits spaced-out text
back into words ("s m a s h y o u r k n e e c a p s") against the words it knows. The lists
know a few thousand words, almost none of them everyday ones. This vocabulary supplies the
rest: every word of letters only that occurs at least ``MIN_COUNT`` times in the training data's
real tweets (the Davidson et al. corpus, MIT) or in the benign texts, as typed (no disguise),
of the dev set, the retired locked sets and the hand-written benign lines of training/benign
and training/benign2. The generated
misspellings and disguises of the training corpora are not read, so no typo of a slur
becomes a word. Nothing comes from the current locked sets or the validation sets.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

from training import benign, benign2
from training.train_model import ROOT, load_rows

OUT = ROOT / "contactbot/features/moderation/detector/data/vocabulary.txt"
MIN_COUNT = 2
_WORD_RE = re.compile(r"[a-z]+(?:'[a-z]+)?")


def build(data_dir: Path) -> list[str]:
    """The vocabulary, most frequent first (ties in alphabetical order)."""
    counts: Counter[str] = Counter()
    for text, label, _weight, source in load_rows(data_dir):
        if source == "davidson" or (label == 0 and source == "devset" and text.isascii()):
            for word in _WORD_RE.findall(text.lower()):
                counts[word.replace("'", "")] += 1
    for text in (*benign.build(), *benign2.build()):
        if text.isascii():
            for word in _WORD_RE.findall(text.lower()):
                counts[word.replace("'", "")] += 1
    kept = [(w, n) for w, n in counts.items() if n >= MIN_COUNT and len(w) >= 2]
    return [w for w, _n in sorted(kept, key=lambda wn: (-wn[1], wn[0]))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared/moderation-data")
    args = parser.parse_args()
    words = build(args.data)
    header = (
        "# Everyday words for reading leet and spaced-out text, most frequent first; generated\n"
        "# by training/build_vocabulary.py, do not edit by hand.\n"
    )
    OUT.write_text(header + "\n".join(words) + "\n", "utf-8")
    print(f"wrote {len(words)} words to {OUT}")


if __name__ == "__main__":
    main()
