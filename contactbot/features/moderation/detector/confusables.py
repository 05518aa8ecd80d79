"""Look-alike characters folded to ASCII, read from the Unicode confusables data.

The data ships with ``confusable-homoglyphs``; only the single-character entries that map to
one ASCII letter or digit are kept, which is all the normaliser and the link scanner need.
"""

from __future__ import annotations

import importlib.util
import logging
import os
import re
from pathlib import Path

log = logging.getLogger(__name__)


def _decode_json_string(body: str) -> str:
    """Decode the body of a JSON string literal made of \\u escapes and plain characters."""
    raw = body.encode("ascii", "backslashreplace").decode("unicode_escape")
    # The JSON writes astral characters as surrogate pairs; join them.
    return raw.encode("utf-16", "surrogatepass").decode("utf-16")


# Latin letters with a stroke or bar: they do not decompose under NFD and the confusables data
# does not list them, yet a reader sees the base letter ("JÏGABOØ", "đumb").
_STROKED = dict(zip("øØđĐłŁħĦŧŦƀɨʉ", "ooddllhhttbiu", strict=True))
# Letters with a hook or tail (detector round 7): "ƒuck", "ɓitch", "ƙill"; like the stroked
# letters they neither decompose nor appear in the confusables data.
_HOOKED = dict(zip("ƒƑɓƁƈƇɗƊɖɠƓɦƙƘɱɲƝƥƤʠʂƭƬʋƲƴƳȥȤ", "ffbbccdddgghkkmnnppqsttvvyyzz", strict=True))
_LOWER_SHAPES = {
    "\u03b7": "n",
    "\u0454": "e",
    "\u0404": "e",
    "\u025b": "e",
    "\u03c9": "w",
    "\u04cf": "l",
    "\u01eb": "q",
}
# Emoji drawn as letters inside words (detector round 8): "bl⭕cked", "❌mas", "💲cam".
_EMOJI_LETTERS = {"⭕": "o", "⚪": "o", "❌": "x", "✖": "x", "💲": "s", "❗": "i", "❕": "i"}
_ENTRY_RE = re.compile(r'"((?:\\u[0-9a-fA-F]{4}|[^"\\])+)": \[([^\]]*)\]')
_TARGET_RE = re.compile(r'"c": "([0-9A-Za-z])"')


def _confusables_path() -> Path:
    # The package reads CONFUSABLE_DATA when set; honour the same override.
    override = os.environ.get("CONFUSABLE_DATA")
    if override:
        return Path(override) / "confusables.json"
    spec = importlib.util.find_spec("confusable_homoglyphs")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the confusable-homoglyphs package is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "confusables.json"


def load_confusable_fold(path: Path | None = None) -> dict[str, str]:
    """Build a {look-alike character: ASCII letter or digit} map from the Unicode confusables
    data shipped by ``confusable-homoglyphs``.

    The JSON is scanned with a regex instead of ``json.load``: only entries with a single ASCII
    alphanumeric target are kept (about 1,300), and the full parse would cost ~12 MiB of
    resident memory that CPython never returns.
    """
    raw = (path or _confusables_path()).read_text(encoding="utf-8")
    fold: dict[str, str] = {}
    for entry in _ENTRY_RE.finditer(raw):
        targets = _TARGET_RE.findall(entry.group(2))
        if not targets:
            continue
        key = _decode_json_string(entry.group(1))
        if len(key) != 1 or key.isascii():
            continue
        letters = [t for t in targets if t.isalpha()]
        fold[key] = (letters or targets)[0].lower()
    # The data lists mostly capitals for Cyrillic/Greek (К, Т, М); derive the lower-case
    # partner from the capital so that к, т, м fold too.
    for ch in list(fold):
        lower = ch.lower()
        if len(lower) == 1 and lower != ch and lower not in fold and fold[ch].isalpha():
            fold[lower] = fold[ch]
    for ch, letter in (*_STROKED.items(), *_HOOKED.items()):
        fold.setdefault(ch, letter)
    # Lower-case letters shaped unlike their capital (detector round 4): Greek eta looks like
    # "n" ("humaη"), not like the "H" of its capital. Round 5: Ukrainian ie (є, Є) and open
    # e (ɛ) read as "e", omega (ω) as "w"; the data lists none of them. Round 9: the palochka
    # (ӏ) is a lower-case letter drawn as one stroke; in lower-case text it reads as "l"
    # ("mυѕӏimѕ", "googӏe"), where the data's capital-I target gave "musiims"; among small
    # capitals the o with ogonek (ǫ) stands for q ("ᴍᴏꜱǫᴜᴇ").
    fold.update(_LOWER_SHAPES)
    fold.update(_EMOJI_LETTERS)
    del raw
    log.debug("loaded %d confusable folds", len(fold))
    return fold
