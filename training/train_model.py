"""Rebuild the shipped model (contactbot/features/moderation/detector/model/weights.tsv.gz).

Not run by CI. Needs the ``[train]`` extra (scikit-learn). Deterministic: fixed seed, fixed
data order, single-threaded solver. Usage, from the repository root::

    PYTHONPATH=. .venv/bin/python -m training.train_model [--data ../shared/moderation-data]

Data (nothing from the current locked test sets, locked14 and locked15, which other authors
wrote, nor from the validation sets valset, valset2 and valset3, which are tuned on but never
trained on):

* the Davidson et al. tweets (MIT; see the data folder's README), cleaned of retweet prefixes,
  mentions, URLs and HTML entities, class 0/1 -> offensive, 2 -> benign, down-weighted for
  their label noise and dialect bias;
* the detector's dev set (tests/features/moderation/detector/devset/);
* the hand-written functional cases of training/corpus.py and training/corpus2.py (round 2:
  more hate without slurs, link-less scams and benign commerce, hard negatives, and noisy
  copies made by corpus2's own typo and disguise functions);
* the first locked set (tests/features/moderation/detector/locked/), a dev set since round 3
  of the first detector work tuned on it, since detector round 3 the second locked set
  (locked2/) and since detector round 4 the third (locked3/), each measured twice and then
  opened for tuning: their figures are training figures. Since detector round 6 also
  locked4 to locked7, and the round-6 functional cases of training/corpus4.py (hate without
  slurs by function, supportive and reporting statements about the same groups, doxxing).
  Since detector round 7 also locked8 and locked9, and two packages of hand-written contrast
  pairs by authors who read no test set: training/banter2/ (teasing and swearing at things
  next to the same words aimed at a person) and training/contrast3/ (implied threats and
  link-less scams next to harmless texts in the same words). Since detector round 8 also
  locked10 and locked11, since detector round 9 also locked12 and locked13, and
  training/chatter4/ (friendly teasing, harmless violent idioms, dialect and rants at things
  in many English registers, next to abuse in the same words, by an author who read no test
  or validation set).

Every text goes through the detector's own normaliser before its features are taken.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import html
import io
import json
import random
import re
from pathlib import Path

from contactbot.features.moderation.detector import Detector
from contactbot.features.moderation.detector.model.scorer import features
from contactbot.features.moderation.detector.model_view import model_text
from contactbot.features.moderation.detector.wordlists import load_data_entries
from training import (
    banter2,
    benign2,
    chatter4,
    contrast3,
    corpus,
    corpus2,
    corpus3,
    corpus4,
    explicit5,
)
from training import benign as benign_lines

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "contactbot/features/moderation/detector/model/weights.tsv.gz"
DEVSET = ROOT / "tests/features/moderation/detector/devset"
# Earlier locked sets, dev sets once tuned on. The current locked sets (locked14, locked15) are
# written by other authors and never trained on.
OLD_LOCKED = (
    ROOT / "tests/features/moderation/detector/locked/locked.jsonl",
    ROOT / "tests/features/moderation/detector/locked2/locked2.jsonl",
    ROOT / "tests/features/moderation/detector/locked3/locked3.jsonl",
    ROOT / "tests/features/moderation/detector/locked4/locked4.jsonl",
    # Retired in detector round 6, after each was measured on the round-5 code.
    ROOT / "tests/features/moderation/detector/locked5/locked5.jsonl",
    ROOT / "tests/features/moderation/detector/locked6/locked6.jsonl",
    ROOT / "tests/features/moderation/detector/locked7/locked7.jsonl",
    # Retired in detector round 7, after each was measured on the round-6 code.
    ROOT / "tests/features/moderation/detector/locked8/locked8.jsonl",
    ROOT / "tests/features/moderation/detector/locked9/locked9.jsonl",
    # Retired in detector round 8, after each was measured on the round-6 and round-7 code.
    ROOT / "tests/features/moderation/detector/locked10/locked10.jsonl",
    ROOT / "tests/features/moderation/detector/locked11/locked11.jsonl",
    # Retired in detector round 9, after each was measured on the round-7 and round-8 code.
    ROOT / "tests/features/moderation/detector/locked12/locked12.jsonl",
    ROOT / "tests/features/moderation/detector/locked13/locked13.jsonl",
)
SEED = 11
C = 0.5
DAVIDSON_WEIGHT = 0.3
MIN_DF = 2
# Weights this small change no score by more than a rounding error; dropping them keeps the
# shipped file small.
PRUNE = 0.02
_MENTION_RE = re.compile(r"(?:^|\s)(?:rt\s+)?@\w+:?", re.I)
_URL_RE = re.compile(r"https?://\S+")


def clean_tweet(text: str) -> str:
    text = html.unescape(html.unescape(text))
    text = _URL_RE.sub(" ", text)
    text = _MENTION_RE.sub(" ", text)
    return " ".join(text.replace("RT", " ").split())


def allowlist_phrases() -> list[str]:
    """The shipped allowlist's plain phrases ("magna cum laude", "spotted dick"), each a benign
    line (since model v9): the lists never count them, and the model should not either."""
    entries = load_data_entries(("allowlist.txt",))
    return list(dict.fromkeys(e.text for e in entries if " " in e.text and "*" not in e.text))


def load_rows(
    data_dir: Path, leave_out: frozenset[str] = frozenset()
) -> list[tuple[str, int, float, str]]:
    """(text, label, sample weight, source) in a fixed order."""
    rows: list[tuple[str, int, float, str]] = []
    with (data_dir / "davidson_labeled_data.csv").open(encoding="utf-8") as fh:
        for rec in csv.DictReader(fh):
            text = clean_tweet(rec["tweet"])
            if text:
                rows.append((text, int(rec["class"] != "2"), DAVIDSON_WEIGHT, "davidson"))
    for path in sorted(DEVSET.glob("*.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                rows.append((rec["text"], int(rec["label"] == "offensive"), 1.0, "devset"))
    for path in OLD_LOCKED:
        if path.parent.name in leave_out:
            continue
        for line in path.read_text("utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                rows.append((rec["text"], int(rec["label"] == "offensive"), 1.0, "devset"))
    for text, label in corpus.build(SEED):
        rows.append((text, label, 1.0, "corpus"))
    for text, label in corpus2.build(SEED):
        rows.append((text, label, 1.0, "corpus"))
    for text in (*benign_lines.build(), *benign2.build(), *allowlist_phrases()):
        rows.append((text, 0, 1.0, "corpus"))
    # Words seen in benign text or in the tweets (mostly everyday English) are not used as
    # generated misspellings of a slur.
    known = frozenset(
        w
        for text, label, _w, source in rows
        if label == 0 or source == "davidson"
        for w in text.lower().split()
    ).difference(corpus3.slurs())
    for text, label in corpus3.build(SEED, corpus2.noise, known):
        rows.append((text, label, 1.0, "corpus"))
    for text, label in corpus4.build(SEED, corpus2.noise):
        rows.append((text, label, 1.0, "corpus"))
    for text, label in (
        *banter2.build(),
        *contrast3.build(),
        *explicit5.build(),
        *chatter4.build(),
    ):
        rows.append((text, label, 1.0, "corpus"))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared/moderation-data")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument(
        "--leave-out",
        action="append",
        default=[],
        metavar="SET",
        help="train without this retired locked set (e.g. locked4), to measure a change on "
        "text the model did not see; never for the shipped model",
    )
    parser.add_argument("--c", type=float, default=C, help="inverse regularisation strength")
    args = parser.parse_args()
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.linear_model import LogisticRegression

    detector = Detector()
    rows = load_rows(args.data, frozenset(args.leave_out))
    rng = random.Random(SEED)
    order = list(range(len(rows)))
    rng.shuffle(order)
    cut = len(order) // 10
    held, train = order[:cut], order[cut:]

    def analyzer(text: str) -> list[str]:
        chars, words = features(model_text(detector.normalize(text)))
        return [f"c\t{g}" for g in sorted(chars)] + [f"w\t{g}" for g in sorted(words)]

    vec = CountVectorizer(analyzer=analyzer, min_df=MIN_DF, dtype=float)
    x_train = vec.fit_transform([rows[i][0] for i in train])
    y_train = [rows[i][1] for i in train]
    w_train = [rows[i][2] for i in train]
    model = LogisticRegression(C=args.c, max_iter=3000, solver="liblinear", random_state=SEED)
    model.fit(x_train, y_train, sample_weight=w_train)
    x_held = vec.transform([rows[i][0] for i in held])
    probs = model.predict_proba(x_held)[:, 1]
    for source in ("davidson", "devset", "corpus"):
        idx = [k for k, i in enumerate(held) if rows[i][3] == source]
        correct = sum((probs[k] >= 0.5) == bool(rows[held[k]][1]) for k in idx)
        print(f"held-out training split, {source}: accuracy {correct / max(1, len(idx)):.3f}")
    # Thresholds from the held-out TRAINING split (never from the locked set): flag where
    # hand-written benign cases are falsely flagged at most 1 % of the time, clear where
    # hand-written offensive cases are wrongly cleared at most 1 % of the time.
    curated = [k for k, i in enumerate(held) if rows[i][3] != "davidson"]
    benign = sorted(probs[k] for k in curated if rows[held[k]][1] == 0)
    offensive = sorted(probs[k] for k in curated if rows[held[k]][1] == 1)
    flag_at = benign[min(len(benign) - 1, int(len(benign) * 0.99))]
    clear_at = offensive[int(len(offensive) * 0.01)]
    print(f"held-out thresholds: flag >= {flag_at:.3f}, clear < {clear_at:.3f}")
    names = vec.get_feature_names_out()
    coef = model.coef_[0]
    buf = io.StringIO()
    buf.write(f"version\tseed={SEED} C={args.c} n={len(train)}\t0\n")
    buf.write(f"bias\t\t{model.intercept_[0]:.4f}\n")
    kept = 0
    for name, weight in sorted(zip(names, coef, strict=True)):
        if abs(weight) >= PRUNE:
            buf.write(f"{name}\t{weight:.4f}\n")
            kept += 1
    args.out.write_bytes(gzip.compress(buf.getvalue().encode("utf-8"), mtime=0))
    print(
        f"kept {kept} of {len(names)} features; wrote {args.out} ({args.out.stat().st_size} bytes)"
    )


if __name__ == "__main__":
    main()
