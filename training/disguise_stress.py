"""Disguise stress test: how much of what the detector catches in plain text it still catches
when the same text is disguised.

Not run by CI. Takes the offensive texts of the validation sets (valset, valset2, valset3:
tuned on, so every figure here is a tuning figure) that the detector flags as written, applies
each disguise style below with a fixed seed, and prints the share still flagged per style,
plus a few misses per style with ``--show N``::

    PYTHONPATH=. .venv/bin/python -m training.disguise_stress [--show 5]

The styles are this module's own, written for the stress test; the locked sets' authors
wrote theirs without reading this.
"""

from __future__ import annotations

import argparse
import importlib
import random
from collections.abc import Callable

from contactbot.features.moderation.detector import Detector

SEED = 9
SETS = ("valset", "valset2", "valset3")
_CYRILLIC = dict(zip("aceopxyiskhbmt", "асеорхуіѕкһьмт", strict=True))
_GREEK = dict(zip("aeiokntuvxy", "αειοκητυνχγ", strict=True))
_LEET = dict(zip("aeiostgbl", "431057961", strict=True))
_SMALL_CAPS = dict(zip("abcdefghijklmnopqrstuvwxyz", "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡxʏᴢ", strict=True))


def _alpha_map(base: int) -> Callable[[str], str]:
    """Letters mapped to a Unicode alphabet starting at code point ``base`` (a..z)."""

    def apply(text: str, _rng: random.Random) -> str:
        return "".join(chr(base + ord(c) - 97) if "a" <= c <= "z" else c for c in text.lower())

    return lambda text: apply(text, random.Random(0))


def _each_letter(table: dict[str, str], share: float) -> Callable[[str, random.Random], str]:
    def apply(text: str, rng: random.Random) -> str:
        return "".join(
            table[c] if c in table and rng.random() < share else c for c in text.lower()
        )

    return apply


def _words(change: Callable[[str, random.Random], str], min_len: int = 4):  # type: ignore[no-untyped-def]
    def apply(text: str, rng: random.Random) -> str:
        return " ".join(
            change(w, rng) if len(w) >= min_len and w.isalpha() else w for w in text.split()
        )

    return apply


def _join(sep: str) -> Callable[[str, random.Random], str]:
    return lambda w, _rng: sep.join(w)


def _mask(word: str, rng: random.Random) -> str:
    inner = [k for k in range(1, len(word) - 1) if word[k] in "aeiou"]
    if not inner:
        return word
    k = rng.choice(inner)
    return word[:k] + "*" + word[k + 1 :]


def _stretch(word: str, rng: random.Random) -> str:
    k = rng.randrange(len(word))
    return word[: k + 1] + word[k] * rng.randint(2, 5) + word[k + 1 :]


def _zero_width(word: str, rng: random.Random) -> str:
    marks = "\u200b\u200c\u200d\u2060"
    return "".join(c + (rng.choice(marks) if rng.random() < 0.5 else "") for c in word)


def _wide_spaced(text: str, _rng: random.Random) -> str:
    return " ".join("  ".join(w) for w in text.split())


STYLES: dict[str, Callable[[str, random.Random], str]] = {
    "cyrillic": _each_letter(_CYRILLIC, 0.6),
    "greek": _each_letter(_GREEK, 0.6),
    "leet": _each_letter(_LEET, 0.7),
    "small caps": _each_letter(_SMALL_CAPS, 1.0),
    "fullwidth": lambda t, r: _alpha_map(0xFF41)(t),
    "math bold": lambda t, r: _alpha_map(0x1D41A)(t),
    "math script bold": lambda t, r: _alpha_map(0x1D4EA)(t),
    "fraktur bold": lambda t, r: _alpha_map(0x1D586)(t),
    "circled": lambda t, r: _alpha_map(0x24D0)(t),
    "spaced words": _words(_join(" ")),
    "dotted words": _words(_join(".")),
    "hyphenated words": _words(_join("-")),
    "wide spaced": _wide_spaced,
    "masked vowel": _words(_mask),
    "stretched": _words(_stretch),
    "zero width": _words(_zero_width, 3),
    "leet + cyrillic": lambda t, r: _each_letter(_CYRILLIC, 0.4)(
        _each_letter(_LEET, 0.4)(t, r), r
    ),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--show", type=int, default=0, help="misses to print per style")
    args = parser.parse_args()
    detector = Detector()
    plain: list[str] = []
    for name in SETS:
        module = importlib.import_module(f"tests.features.moderation.detector.{name}.evaluate")
        for row in module.load():
            if row.label == "offensive" and row.category not in ("disguised", "scam_disguised"):
                if detector.classify(row.text).flagged:
                    plain.append(row.text)
    print(f"{len(plain)} offensive validation texts flagged as written")
    total_kept = total = 0
    for style, change in STYLES.items():
        rng = random.Random(SEED)
        misses = []
        for text in plain:
            disguised = change(text, rng)
            if not detector.classify(disguised).flagged:
                misses.append((text, disguised))
        kept = len(plain) - len(misses)
        total_kept += kept
        total += len(plain)
        print(f"  {style:18s} {kept / len(plain):6.1%} kept")
        for text, disguised in misses[: args.show]:
            print(f"      {disguised!r}  <-  {text!r}")
    print(f"  {'all styles':18s} {total_kept / total:6.1%} kept")


if __name__ == "__main__":
    main()
