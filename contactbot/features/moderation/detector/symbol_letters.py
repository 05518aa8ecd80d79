"""Letters drawn with several symbols (``|<`` for k, ``|_|`` for u, ``\\/\\/`` for w) and masks
other than ``*`` (``f#ck``, ``f%ck``, an emoji in place of a vowel), folded in the base view
before words are cut, so the word folding sees one letter or one ``*`` mask in their place."""

from __future__ import annotations

import re

# Longest first, so "|\\/|" is read as m before "|\\" can be read as anything.
_DRAWN: dict[str, str] = {
    "\\/\\/": "w",
    "/\\/\\": "m",
    "|\\/|": "m",
    "|\\|": "n",
    "|_|": "u",
    "|-|": "h",
    "|<": "k",
    "/\\": "a",
    "()": "o",
    "><": "x",
}
_DRAWN_RE = re.compile(
    "(?:" + "|".join(re.escape(k) for k in sorted(_DRAWN, key=len, reverse=True)) + ")"
)
# "(" for c and "+" for t, only inside a word (after a letter, before a letter or a bar).
_INNER_RE = re.compile(r"(?<=[a-z])[(+](?=[a-z|])")
_INNER = {"(": "c", "+": "t"}
# A mask character between two letters; emoji and other symbols count as masks there too.
# Round 5: runs of underscores or hyphens (two or more) and of dollar signs (three or more;
# one or two are leet for "s", as in "a$$") mask letters too ("f_____s", "f--k").
_MASK_RE = re.compile(r"(?<=[a-z])(?:(?:[#%]|[^\x00-\x7f\w\s])+|_{2,}|-{2,}|\${3,})(?=[a-z])")
# Cheap pre-test: any character that can start a drawn letter or a mask.
_TRIGGER_RE = re.compile(r"[|/\\(><#%+]|[^\x00-\x7f]|__|--|\$\$\$")


def fold_symbol_letters(base: str, offsets: list[int] | None) -> tuple[str, list[int] | None]:
    """The base view with drawn letters and masks folded, and its offsets kept in step.

    A drawn letter counts only next to a letter or another drawn letter (``()`` alone is not
    an ``o``); a mask only between two letters."""
    if not _TRIGGER_RE.search(base):
        return base, offsets
    # A letter drawn next to other drawn letters ("ph|_|(|<") is seen on a later pass.
    for _ in range(3):
        pieces: list[tuple[int, int, str]] = []  # (start, end, replacement)
        for m in _DRAWN_RE.finditer(base):
            s, e = m.span()
            before = base[s - 1] if s else ""
            after = base[e] if e < len(base) else ""
            if _letterish(before) or _letterish(after) or _touches_drawn(base, s, e):
                pieces.append((s, e, _DRAWN[m.group()]))
        pieces += [(m.start(), m.end(), _INNER[m.group()]) for m in _INNER_RE.finditer(base)]
        if not pieces:
            break
        pieces.sort()
        base, offsets = _replace(base, offsets, pieces)
    masks = [(m.start(), m.end(), "*" * (m.end() - m.start())) for m in _MASK_RE.finditer(base)]
    if masks:
        base, offsets = _replace(base, offsets, masks)
    return base, offsets


def _letterish(ch: str) -> bool:
    # A letter, or a leet digit or bar standing for one ("|<|ll").
    return ch.isalnum() or ch in "|!@$"


def _touches_drawn(base: str, s: int, e: int) -> bool:
    left = base[max(0, s - 4) : s]
    right = base[e : e + 4]
    return any(left.endswith(k) or right.startswith(k) for k in _DRAWN)


def _replace(
    base: str, offsets: list[int] | None, pieces: list[tuple[int, int, str]]
) -> tuple[str, list[int]]:
    src = offsets if offsets is not None else list(range(len(base)))
    out: list[str] = []
    out_offsets: list[int] = []
    pos = 0
    for s, e, rep in pieces:
        out.append(base[pos:s])
        out_offsets.extend(src[pos:s])
        out.append(rep)
        # Each replacement character maps to the first original character of its symbols.
        out_offsets.extend([src[s]] * len(rep))
        pos = e
    out.append(base[pos:])
    out_offsets.extend(src[pos:])
    return "".join(out), out_offsets
