"""Misspelled long slurs: "niggrs", "towlhead", "wetbcak" read as the listed word.

Only hate-list words of seven letters or more, and only the slips that rarely make another
English word: one inner letter dropped or two inner letters swapped (a doubled letter is
already one of the lexicon's own spellings). A substituted letter is not tried: without a
dictionary it turns "bigger" into a slur. The first and last letters are kept, which also
keeps plurals ("nigger" + "s") from reading as slips.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from .wordlists import Hit, Lexicon, Term

MIN_LENGTH = 7
# Words of the word view long enough to be a slip (one letter shorter than MIN_LENGTH).
_LONG_WORD_RE = re.compile(rf"[^ ]{{{MIN_LENGTH - 1},}}")
# Real words one slip away from a slur, found by listing every slip of every eligible entry
# (honkeys -> honeys, redskin -> reskin, mudslime -> Muslime, the German plural of Muslim).
_REAL_WORDS = frozenset("honeys hokies reskin reskins muslime pooter tannie kanaks".split())


class MisspellIndex:
    """Every slip of every eligible list word, mapped to its term. Built once per detector."""

    def __init__(self, lexicon: Lexicon) -> None:
        variants: dict[str, Term] = {}
        for term in lexicon.terms:
            if _eligible(term):
                for variant in slips(term.key):
                    # A spelling the lists or the everyday words know is never a slip.
                    if not lexicon.known(variant) and variant not in _REAL_WORDS:
                        variants.setdefault(variant, term)
        self._variants = variants

    def __len__(self) -> int:
        return len(self._variants)

    def match(self, text: str, hits: Sequence[Hit]) -> list[Hit]:
        """Hits for slipped words of the word view ``text`` that no other hit covers."""
        out: list[Hit] = []
        variants = self._variants
        # Almost no status has a slip: one set test in C rules that out for all its words
        # (the regex's matches are exactly the space-separated words of six or more).
        if variants.keys().isdisjoint(text.split(" ")):
            return out
        # A regex finds the few long words faster than a Python loop over every word.
        for m in _LONG_WORD_RE.finditer(text):
            term = variants.get(m.group())
            if term is not None:
                start, end = m.span()
                if not any(h.start < end and start < h.end for h in hits):
                    out.append(Hit(start, end, term))
        return out


def _eligible(term: Term) -> bool:
    key = term.key
    if term.mode != "word" or len(key) < MIN_LENGTH or not (key.isascii() and key.isalpha()):
        return False
    # The entry as written (or its plural), not the lexicon's own doubled or joined spellings.
    source = term.source.casefold()
    return key in (source, source + "s") and term.category == "hate"


def slips(word: str) -> Iterator[str]:
    """The dropped and swapped inner-letter spellings of ``word``."""
    for i in range(1, len(word) - 1):
        yield word[:i] + word[i + 1 :]
        if i + 1 < len(word) - 1 and word[i] != word[i + 1]:
            yield word[:i] + word[i + 1] + word[i] + word[i + 2 :]
