"""Generate the disguised part of the dev set from the plain files, deterministically.

Every plain example (offensive AND benign) is run through two evasion transforms, chosen
round-robin so each transform is used equally often. The random choices inside a transform are
seeded from the text itself (CRC32), so the output is byte-identical on every run:

    .venv/bin/python tests/features/moderation/detector/devset/make_disguised.py

(which rewrites disguised.jsonl).

The look-alike table here is the *attacker's* side (the characters people actually paste); the
detector does not use it, it folds with the Unicode confusables data instead.
"""

from __future__ import annotations

import json
import random
import re
import zlib
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent

LEET = {
    "a": "4@",
    "e": "3",
    "i": "1!",
    "o": "0",
    "s": "5$",
    "t": "7",
    "l": "1",
    "b": "8",
    "g": "9",
}
LOOKALIKES = {
    "a": "а",
    "c": "с",
    "e": "е",
    "o": "оο",
    "p": "р",
    "x": "х",
    "y": "у",
    "i": "і",
    "s": "ѕ",
    "j": "ј",
    "h": "һ",
    "d": "ԁ",
    "k": "κ",
    "v": "ν",
    "A": "АΑ",
    "B": "ВΒ",
    "E": "ЕΕ",
    "H": "НΗ",
    "K": "КΚ",
    "M": "МΜ",
    "O": "ОΟ",
    "P": "РΡ",
    "C": "С",
    "T": "ТΤ",
    "X": "ХΧ",
    "Y": "УΥ",
}
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"
WORD_RE = re.compile(r"[A-Za-z]+")


def leet(text: str, rng: random.Random) -> str:
    return "".join(
        rng.choice(LEET[c.lower()]) if c.lower() in LEET and rng.random() < 0.5 else c
        for c in text
    )


def lookalikes(text: str, rng: random.Random) -> str:
    return "".join(
        rng.choice(LOOKALIKES[c]) if c in LOOKALIKES and rng.random() < 0.6 else c for c in text
    )


def zero_width(text: str, rng: random.Random) -> str:
    out = []
    for i, c in enumerate(text):
        out.append(c)
        nxt = text[i + 1] if i + 1 < len(text) else ""
        if c.isalpha() and nxt.isalpha() and rng.random() < 0.5:
            out.append(rng.choice(INVISIBLE))
    return "".join(out)


def spaced(text: str, rng: random.Random) -> str:
    """Letters of every word split by spaces; words kept apart by two spaces."""
    return "  ".join(" ".join(word) for word in text.split())


def dotted(text: str, rng: random.Random) -> str:
    """Words of 3+ letters written f.u.c.k / f-u-c-k / f_u_c_k (one separator per text)."""
    sep = rng.choice(".-_")
    return WORD_RE.sub(lambda m: sep.join(m.group()) if len(m.group()) >= 3 else m.group(), text)


def stretch(text: str, rng: random.Random) -> str:
    def one(m: re.Match[str]) -> str:
        word = m.group()
        if len(word) < 3 or rng.random() < 0.3:
            return word
        vowels = [i for i, c in enumerate(word) if c.lower() in "aeiouy"]
        i = rng.choice(vowels or range(len(word)))
        return word[:i] + word[i] * rng.randint(3, 6) + word[i + 1 :]

    return WORD_RE.sub(one, text)


def mask(text: str, rng: random.Random) -> str:
    def one(m: re.Match[str]) -> str:
        word = m.group()
        inner = [i for i in range(1, len(word) - 1) if word[i].lower() in "aeiou"]
        if len(word) < 4 or not inner or rng.random() < 0.4:
            return word
        i = rng.choice(inner)
        return word[:i] + "*" + word[i + 1 :]

    return WORD_RE.sub(one, text)


def wide(text: str, rng: random.Random) -> str:
    """Fullwidth or mathematical-bold letters (undone by NFKC)."""
    if rng.random() < 0.5:
        return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)

    def bold(c: str) -> str:
        if "A" <= c <= "Z":
            return chr(0x1D400 + ord(c) - ord("A"))
        if "a" <= c <= "z":
            return chr(0x1D41A + ord(c) - ord("a"))
        return c

    return "".join(bold(c) for c in text)


def leet_zero_width(text: str, rng: random.Random) -> str:
    return zero_width(leet(text, rng), rng)


def lookalike_stretch(text: str, rng: random.Random) -> str:
    return lookalikes(stretch(text, rng), rng)


TRANSFORMS: dict[str, Callable[[str, random.Random], str]] = {
    "leet": leet,
    "lookalikes": lookalikes,
    "zero_width": zero_width,
    "spaced": spaced,
    "dotted": dotted,
    "stretch": stretch,
    "mask": mask,
    "wide": wide,
    "leet+zero_width": leet_zero_width,
    "lookalikes+stretch": lookalike_stretch,
}


def disguise(rows: list[dict[str, str]], source: str) -> list[dict[str, str]]:
    names = list(TRANSFORMS)
    out = []
    for index, row in enumerate(rows):
        for pick in (index % len(names), (index + len(names) // 2) % len(names)):
            name = names[pick]
            rng = random.Random(zlib.crc32(f"{name}:{row['text']}".encode()))
            text = TRANSFORMS[name](row["text"], rng)
            if text == row["text"]:
                continue  # e.g. leet on Japanese text: nothing to disguise
            out.append(
                {
                    "text": text,
                    "label": row["label"],
                    "category": row["category"],
                    "kind": "disguised",
                    "source": f"make_disguised.py {name} of {source}",
                    "transform": name,
                }
            )
    return out


# plain source -> disguised output for each set (A; B written after tuning on A; C after B;
# D after C)
PAIRS = (
    ("plain.jsonl", "disguised.jsonl"),
    ("fresh_plain.jsonl", "fresh_disguised.jsonl"),
    ("setc_plain.jsonl", "setc_disguised.jsonl"),
    ("set_d_plain.jsonl", "set_d_disguised.jsonl"),
)


def main() -> None:
    for source, target in PAIRS:
        lines = (HERE / source).read_text("utf-8").splitlines()
        rows = [json.loads(line) for line in lines if line.strip()]
        with (HERE / target).open("w", encoding="utf-8") as fh:
            for row in disguise(rows, source):
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
