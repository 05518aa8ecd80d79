"""Generate the third locked test set (issue 11, detector round 3), deterministically.

Written before any detector change of round 3. Its pools (pools_offensive.py,
pools_benign.py) and its disguise and misspelling methods (transforms.py) are its own: the
author read locked2's generator and training/corpus*.py only to avoid their wordings. Nothing
here may be used for training or threshold tuning: measure once before the round's changes and
once after, then replace it.

    PYTHONPATH=. .venv/bin/python -m tests.features.moderation.detector.locked3.make_locked3

rewrites locked3.jsonl. Categories (``category`` field), the same names as locked2's so the
figures compare:

offensive: insult, vulgar, threat, hate_slur, hate_noslur, disguised, misspelled, scam_plain,
scam_disguised. benign: everyday, chatter, counter, negated, reclaimed, nonprotected,
commerce, disguised_benign.
"""

from __future__ import annotations

import json
import random
import zlib
from collections.abc import Sequence
from pathlib import Path

from tests.features.moderation.detector.locked3 import pools_benign as b
from tests.features.moderation.detector.locked3 import pools_offensive as o
from tests.features.moderation.detector.locked3.transforms import DISGUISES, misspell

HERE = Path(__file__).resolve().parent
SEED = 3113


def fill(templates: Sequence[str], rng: random.Random) -> list[str]:
    """Every template with every target (or slur, or everyday line), shuffled."""
    out: list[str] = []
    for t in templates:
        if "{G}" in t or "{A}" in t:
            out += [t.replace("{G}", g).replace("{A}", a) for g, a in o.TARGETS]
        elif "{S}" in t:
            out += [t.replace("{S}", s) for s in o.SLURS]
        elif "{E}" in t:
            out += [t.replace("{E}", e) for e in b.EVERYDAY]
        else:
            out.append(t)
    out = sorted(set(out))
    rng.shuffle(out)
    return out


# How a status line gets posted: hashtags, a leading tag, an @reply, an edit mark.
_OPENERS = ("", "", "", "@dan ", "re: ", "lmao ", "Update — ", "tbf ", "ok but ")
_CLOSERS = ("", "", "", " #justsaying", " (edited)", " 🤷", " !!", " 🙄🙄", " idc", " 💯")


def posted(base: Sequence[str], rng: random.Random, n: int) -> list[str]:
    """The pool itself, then framed copies, until ``n`` distinct texts."""
    out = list(dict.fromkeys(base))
    tries = 0
    while len(out) < n and tries < 50 * n:
        tries += 1
        t = rng.choice(base)
        t = rng.choice(_OPENERS) + (t.lower() if rng.random() < 0.3 else t) + rng.choice(_CLOSERS)
        if t not in out:
            out.append(t)
    return out[:n]


def disguised(texts: Sequence[str], tag: str) -> list[tuple[str, str]]:
    """Each text through one method (round robin); a per-text seed keeps rows independent."""
    names = list(DISGUISES)
    out = []
    for i, t in enumerate(texts):
        name = names[i % len(names)]
        rng = random.Random(zlib.crc32(f"{tag}|{name}|{t}".encode()))
        d = DISGUISES[name](t, rng)
        if d != t:
            out.append((d, name))
    return out


def _slur_word(text: str) -> str:
    """The longest word of the slur in ``text`` (as misspell() splits it), if 5+ letters:
    shorter slurs with one slip often read as other words ("kike" -> "kiki")."""
    words = set(text.split(" "))
    for slur in sorted(o.SLURS, key=len, reverse=True):
        word = max(slur.split(" "), key=len)
        for cand in (word, word + "s"):
            if cand in words and len(word) >= 5:
                return cand
    return ""


def build() -> list[dict[str, str]]:
    rng = random.Random(SEED)
    rows: list[dict[str, str]] = []

    def add(texts: Sequence[str], label: str, category: str, source: str) -> None:
        rows.extend(
            {"text": t, "label": label, "category": category, "source": source} for t in texts
        )

    off = "offensive"
    noslur = fill(o.HATE_NOSLUR, rng)  # 35 x 28 = 980 distinct
    slur = fill(o.HATE_SLUR, rng)  # 12 x 30 = 360 distinct
    add(posted(o.INSULT, rng, 100), off, "insult", "INSULT")
    add(posted(o.VULGAR, rng, 70), off, "vulgar", "VULGAR")
    add(posted(o.THREAT, rng, 60), off, "threat", "THREAT")
    add(slur[:110], off, "hate_slur", "HATE_SLUR x SLURS")
    add(noslur[:200], off, "hate_noslur", "HATE_NOSLUR x TARGETS")
    # Disguised and misspelled rows come from fills not used above.
    pool = noslur[200:290] + slur[110:150] + o.INSULT[::2] + o.VULGAR[::3] + o.THREAT[::3]
    for text, name in disguised(pool, "off"):
        rows.append({"text": text, "label": off, "category": "disguised", "source": name})
    miss_rng = random.Random(SEED + 1)
    add(
        [misspell(t, miss_rng) for t in noslur[300:400]]
        + [misspell(t, miss_rng, _slur_word(t)) for t in slur[150:180]],
        off, "misspelled", "misspell() of HATE fills",
    )  # fmt: skip
    add(posted(o.SCAMS, rng, 130), off, "scam_plain", "SCAMS")
    add(
        [t for t, _ in disguised(posted(o.SCAMS, random.Random(SEED + 2), 130)[::-1], "scam")],
        off, "scam_disguised", "DISGUISES of SCAMS",
    )  # fmt: skip

    ok = "benign"
    add(fill(b.EVERYDAY_FRAMES, rng)[:180], ok, "everyday", "EVERYDAY x FRAMES")
    add(posted(b.CHATTER, rng, 120), ok, "chatter", "CHATTER")
    add(
        fill(b.COUNTER, rng)[:110] + fill(b.COUNTER_SLUR, rng)[:50],
        ok, "counter", "COUNTER x TARGETS, COUNTER_SLUR x SLURS",
    )  # fmt: skip
    add(fill(b.NEGATED, rng)[:120], ok, "negated", "NEGATED x TARGETS")
    add(posted(b.RECLAIMED + b.HOMONYMS, rng, 100), ok, "reclaimed", "RECLAIMED + HOMONYMS")
    add(posted(b.NONPROTECTED, rng, 80), ok, "nonprotected", "NONPROTECTED")
    add(posted(b.COMMERCE, rng, 70), ok, "commerce", "COMMERCE")
    benign_src = b.EVERYDAY + b.CHATTER + b.COMMERCE + b.NONPROTECTED[::3]
    for text, name in disguised(benign_src, "benign"):
        rows.append({"text": text, "label": ok, "category": "disguised_benign", "source": name})

    seen: set[str] = set()
    unique = []
    for r in rows:
        if r["text"] not in seen:
            seen.add(r["text"])
            unique.append(r)
    return unique


def main() -> None:
    with (HERE / "locked3.jsonl").open("w", encoding="utf-8") as fh:
        for row in build():
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
