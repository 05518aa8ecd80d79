"""Normalisation of status text for matching, with an offset map back to the original text.

Two views are produced:

* the *base view*: NFKC, case-folded, invisible (format/control) characters and combining marks
  removed, confusable look-alikes folded to ASCII. It keeps punctuation, so the link scanner can
  use it;
* the *word view*: the base view cut into words separated by single spaces, with leetspeak
  folded inside words, letters split by separators joined back together, stretched letters
  collapsed and ``*`` masks resolved. The word lists and rules match against this view.

Every character of the word view carries the ``[start, end)`` span of the original characters it
came from, so a reason can quote exactly what the user typed.

The building blocks live beside this module: :mod:`.confusables` (look-alike table),
:mod:`.word_fold` (leet, masks, stretched letters inside one word) and :mod:`.offsets` (the
word view and its map back to the original).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from .confusables import load_confusable_fold
from .offsets import NO_POSITIONS, SEG_POSITIONS, SEG_RANGE, SEG_WHOLE, Normalized, OffsetMap
from .segment import everyday_cost, lexicon_cost, segment
from .spaced_runs import join_runs
from .spelling import Speller
from .symbol_letters import fold_symbol_letters
from .word_fold import LEET, STRETCH_RE, WordFolder

__all__ = ["LEET", "Normalized", "Normalizer", "load_confusable_fold"]

# A word: letters/digits plus leet symbols, with inner apostrophes ("don't" -> "dont").
_TOKEN_RE = re.compile(r"(?:[^\W_]|[@$!|*])+(?:['\u2019](?:[^\W_]|[@$!|*])+)*")
_ASCII_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Two one-character tokens (see _TOKEN_RE) in a row, with anything but token characters
# between them ("f u c k", "f.u.c.k"): the only thing join_runs joins. Conservative: an
# apostrophe counts as a separator here, so "d'o" can match without being two tokens.
_SINGLE_PAIR_RE = re.compile(
    r"(?<![^\W_])(?<![@$!|*])(?:[^\W_]|[@$!|*])"
    r"(?:_|[^\w@$!|*])+"
    r"(?:[^\W_]|[@$!|*])(?![^\W_])(?![@$!|*])"
)
_SIMPLE_RE = re.compile(r"[a-z]+(?: [a-z]+)*")
# Words of letters separated by spaces and sentence punctuation, nothing else.
_PLAIN_PUNCT_RE = re.compile(r"[ ,.!?;:\n]*[a-z]+(?:[ ,.!?;:\n]+[a-z]+)*[ ,.!?;:\n]*")
_LETTERS_RE = re.compile(r"[a-z]+")
# A word mixing letters and leet digits ("y0u", "j0k3"): the text is written in leet.
_LEET_WORD_RE = re.compile(r"[a-z][0-9]|[0-9][a-z]")
# Words a lone leet "4" follows when it stands for the article "a" (detector round 9).
_BEFORE_ARTICLE = frozenset(
    "youre ur are is was what such be im hes shes its theyre like of into under in on at "
    "with have has got thats call called just".split()
)
# "p!n", "k!ll": a "!" between letters is a leet i, not punctuation (detector round 9).
_INNER_BANG_RE = re.compile(r"[a-z]![a-z]")
_SINGLE_RUN_RE = re.compile(r"(?:^| )[a-z] [a-z](?: |$)")
_WHITESPACE_RE = re.compile(r"\S+")

_INVISIBLE_CATEGORIES = frozenset({"Cf", "Cc", "Cs"})
_MARK_CATEGORIES = frozenset({"Mn", "Me"})
# Bound on the per-character cache so hostile input with many distinct code points cannot grow
# memory without limit.
_CHAR_CACHE_LIMIT = 20_000


@dataclass(frozen=True, slots=True)
class _CharInfo:
    plain: str  # NFKC, case-folded, marks removed
    folded: str  # as plain, but confusable look-alikes mapped to ASCII
    script: str  # script name for non-Latin letters, "" otherwise
    genuine: bool  # a non-Latin letter with no ASCII look-alike


_INVISIBLE = _CharInfo("", "", "", False)
# Letters whose Unicode name says which Latin letter they draw, but that neither NFKC nor the
# confusables data fold: small capitals (ᴋ, ꜰ), regional-indicator letters (🇰) and, since
# detector round 7, negative circled and negative squared letters (🅚, 🅺).
_NAMED_LETTER_PREFIXES = (
    "LATIN LETTER SMALL CAPITAL ",
    "REGIONAL INDICATOR SYMBOL LETTER ",
    "NEGATIVE CIRCLED LATIN CAPITAL LETTER ",
    "NEGATIVE SQUARED LATIN CAPITAL LETTER ",
)


# Letters read by their shape, not their base letter: fancy-text generators draw a small
# capital q, which Unicode lacks, with the o with ogonek ("ᴍᴏꜱǫᴜᴇ"; detector round 9).
_SHAPE_OVER_BASE = frozenset("\u01eb")


def _named_letter(ch: str) -> str | None:
    name = unicodedata.name(ch, "")
    for prefix in _NAMED_LETTER_PREFIXES:
        if name.startswith(prefix) and len(name) == len(prefix) + 1:
            return name[-1].lower()
    return None


_SPACE = _CharInfo(" ", " ", "", False)


class Normalizer:
    """Builds base and word views. One instance per detector; thread-safe for reads (the
    per-character cache only ever gains equal values)."""

    def __init__(
        self,
        fold: Mapping[str, str],
        rank: Callable[[str], int | None],
        mask_words: Sequence[str],
        common_rank: int = 5 * 10**6,
        word_rank: Callable[[str], int | None] | None = None,
        vocabulary: Mapping[str, int] | None = None,
        speller: Speller | None = None,
    ) -> None:
        """``fold`` maps look-alike characters to ASCII; ``rank``, ``mask_words`` and
        ``common_rank`` configure the word folding (see :class:`WordFolder`); ``word_rank``,
        the rank of a whole word, lets spaced-out text be split back into words
        (:mod:`.segment`; None: it is not). ``vocabulary``: everyday words, read where the
        lists know no reading of a leet word and as pieces of spaced-out text. ``speller``
        reads misspelled everyday words as the words meant (None: they stay as typed)."""
        self._speller = speller
        self._fold = fold
        vocabulary = vocabulary or {}
        self._words = WordFolder(rank, mask_words, common_rank, frozenset(vocabulary))
        self._rank = rank
        self._listed_cost = None if word_rank is None else lexicon_cost(word_rank, common_rank)
        self._everyday_cost = (
            None
            if self._listed_cost is None or not vocabulary
            else everyday_cost(self._listed_cost, vocabulary)
        )
        self._cache: dict[str, _CharInfo] = {}

    def clear_caches(self) -> None:
        """Forget cached characters and words (benchmarks start every pass cold)."""
        self._cache.clear()
        self._words.clear_cache()
        if self._speller is not None:
            self._speller.clear_cache()

    # -- base view ------------------------------------------------------------------------------

    def _char_info(self, ch: str) -> _CharInfo:
        info = self._cache.get(ch)
        if info is not None:
            return info
        cat = unicodedata.category(ch)
        if ch.isspace():
            info = _SPACE
        elif cat in _INVISIBLE_CATEGORIES:
            info = _INVISIBLE
        elif cat in ("Co", "Cn"):
            info = _SPACE
        else:
            nfkc = unicodedata.normalize("NFKC", ch).casefold()
            plain = "".join(
                c
                for c in unicodedata.normalize("NFD", nfkc)
                if unicodedata.category(c) not in _MARK_CATEGORIES
                and unicodedata.category(c) not in _INVISIBLE_CATEGORIES
            )
            # NFKC first: mathematical and fullwidth letters have exact ASCII forms (𝐈 is I),
            # while the confusables data would read 𝐈 as a look-alike of l.
            target = None
            if not plain.isascii() or ch in _SHAPE_OVER_BASE:
                target = _named_letter(ch) or self._fold.get(ch)
                if target is None and len(nfkc) == 1:
                    target = self._fold.get(nfkc)
            folded = target if target is not None else plain
            script = ""
            genuine = False
            if cat[0] == "L" and not plain.isascii():
                script = unicodedata.name(ch, "UNKNOWN").split(" ", 1)[0]
                if script == "LATIN":
                    script = ""
                else:
                    genuine = target is None
            info = _CharInfo(plain, folded, script, genuine)
        if len(self._cache) >= _CHAR_CACHE_LIMIT:
            self._cache.clear()
        self._cache[ch] = info
        return info

    def base_view(self, text: str) -> tuple[str, list[int] | None]:
        """NFKC + casefold + invisible/mark removal + confusable folding, then letters drawn
        with symbols and masks other than ``*`` (see :mod:`.symbol_letters`).

        Returns the view and, for each of its characters, the index of the original character
        it came from (``None`` when the view is index-aligned with the original).
        """
        base, offsets = self._folded_view(text)
        return fold_symbol_letters(base, offsets)

    def _folded_view(self, text: str) -> tuple[str, list[int] | None]:
        if text.isascii() and not _ASCII_CONTROL_RE.search(text):
            return text.lower(), None
        cache = self._cache
        infos = [cache.get(ch) or self._char_info(ch) for ch in text]
        protected = self._protected_scripts(infos)
        if not protected:
            pieces = [info.folded for info in infos]
        else:
            pieces = [info.plain for info in infos]
            for m in _WHITESPACE_RE.finditer(text):
                s, e = m.start(), m.end()
                if not self._is_protected_chunk(infos[s:e], protected):
                    pieces[s:e] = [info.folded for info in infos[s:e]]
        # Whitespace stays one space per character: two spaces separate words in s p a c e d
        # text. Each output character maps to the original character it came from.
        offsets = [i for i, piece in enumerate(pieces) for _ in piece]
        return "".join(pieces), offsets

    @staticmethod
    def _protected_scripts(infos: Sequence[_CharInfo]) -> frozenset[str]:
        """Scripts that are really being written in, not used as look-alikes.

        A Russian or Greek sentence contains letters with no Latin look-alike (д, л, λ, ω);
        folding its other letters to Latin would only produce accidental English. A script
        counts as real when at least two of its letters, and 15 % of them, have no look-alike.
        """
        totals: dict[str, list[int]] = {}
        for info in infos:
            if info.script:
                counts = totals.setdefault(info.script, [0, 0])
                counts[0] += 1
                counts[1] += info.genuine
        return frozenset(
            script
            for script, (total, genuine) in totals.items()
            if genuine >= 2 and genuine * 100 >= 15 * total
        )

    @staticmethod
    def _is_protected_chunk(chunk: Sequence[_CharInfo], protected: frozenset[str]) -> bool:
        """A whitespace-delimited chunk keeps its letters when it is written in a protected
        script and has no ASCII letters; mixed-script chunks (``раураl``) are always folded."""
        has_protected = False
        for info in chunk:
            if info.script in protected:
                has_protected = True
            elif not info.script and info.plain.isascii() and info.plain.isalpha():
                return False
        return has_protected

    # -- word view ------------------------------------------------------------------------------

    def normalize(self, text: str) -> Normalized:
        base, boffs = self.base_view(text)
        return self.word_view(text, base, boffs)

    def word_view(self, original: str, base: str, boffs: list[int] | None) -> Normalized:
        n = len(base)
        speller = self._speller
        if (
            _SIMPLE_RE.fullmatch(base)
            and not STRETCH_RE.search(base)
            and not _SINGLE_RUN_RE.search(base)
            and (speller is None or not speller.misspelled(base.split()))
        ):
            # Plain lower-case words and single spaces: the word view is the base view.
            if boffs is None:
                return Normalized(original, base, range(n), None, (), base, None)
            return Normalized(original, base, boffs, None, (), base, boffs)
        if (
            _PLAIN_PUNCT_RE.fullmatch(base)
            and not STRETCH_RE.search(base)
            and not _SINGLE_PAIR_RE.search(base)
            and not ("!" in base and _INNER_BANG_RE.search(base))
            and (speller is None or not speller.misspelled(_LETTERS_RE.findall(base)))
        ):
            # Letter words with everyday punctuation between them ("home today, kids off!"):
            # every word is its own rendering, so skip the per-token folding below.
            spans = [m.span() for m in _LETTERS_RE.finditer(base)]
            view = " ".join([base[s:e] for s, e in spans])
            offsets = OffsetMap([(SEG_RANGE, s, e, NO_POSITIONS) for s, e in spans], boffs)
            return Normalized(original, view, offsets.starts, offsets.ends, (), base, boffs)
        tokens = [m.span() for m in _TOKEN_RE.finditer(base)]
        if _SINGLE_PAIR_RE.search(base):
            groups = join_runs(base, tokens)
        else:
            # No two one-character tokens in a row: no letters split by separators to join.
            groups = [[t] for t in tokens]
        # Most statuses have no stretched letters anywhere: skip the per-word test then.
        stretched = STRETCH_RE.search(base) is not None
        # In leet text a lone "4" after "you're", "is", "what"... is the article "a" ("y0u'r3
        # 4 j0k3"); elsewhere it stays a number ("i have 4 kids").
        leet_text = "4" in base and _LEET_WORD_RE.search(base) is not None
        out: list[str] = []
        # The map back to the original is built lazily, only when a span is asked for (most
        # statuses match nothing): one segment per emitted word, see OffsetMap.
        segments: list[tuple[int, int, int, list[int]]] = []
        joined: list[tuple[int, int]] = []
        pos = 0
        for group in groups:
            positions: list[int] | None
            if len(group) == 1:
                s, e = group[0]
                word = base[s:e]
                if leet_text and word == "4" and out and out[-1] in _BEFORE_ARTICLE:
                    out.append(" ")
                    out.append("a")
                    segments.append((SEG_RANGE, s, e, NO_POSITIONS))
                    pos += 2
                    continue
                if word.isalpha() and not (stretched and STRETCH_RE.search(word)):
                    meant = speller.correct(word) if speller is not None else None
                    if meant is not None:
                        # A misspelled everyday word, read as the word meant (round 9).
                        if out:
                            out.append(" ")
                            pos += 1
                        out.append(meant)
                        segments.append((SEG_WHOLE, s, e, [len(meant)]))
                        pos += len(meant)
                        continue
                    # Letters only, in any script: the word is its own rendering.
                    if out:
                        out.append(" ")
                        pos += 1
                    out.append(word)
                    segments.append((SEG_RANGE, s, e, NO_POSITIONS))
                    pos += e - s
                    continue
                rendered, idx = self._words.render(word)
                if idx is not None and len(idx) == e - s and rendered:
                    # Every character kept, one for one (leet digits): a plain range.
                    if out:
                        out.append(" ")
                        pos += 1
                    out.append(rendered)
                    segments.append((SEG_RANGE, s, e, NO_POSITIONS))
                    pos += e - s
                    continue
                positions = [s + i for i in idx] if idx is not None else None
                span_start, span_end = s, e
            else:
                # Letters split by separators: render the letters as one word.
                letters = "".join(base[s:e] for s, e in group)
                rendered, idx = self._words.render(letters)
                if idx is not None:
                    flat = [p for s, e in group for p in range(s, e)]
                    positions = [flat[i] for i in idx]
                else:
                    positions = None
                span_start, span_end = group[0][0], group[-1][1]
            if not rendered:
                continue
            spaced = len(group) > 1 and len(rendered) >= 8 and base[group[0][1]] == " "
            pieces = None
            if spaced and positions is not None and self._listed_cost is not None:
                pieces = segment(rendered, self._listed_cost)
                if pieces is None and self._everyday_cost and self._rank(rendered) is None:
                    # Round 9: everyday words too ("s m a s h y o u r k n e e c a p s"), unless a
                    # listed root hides in the letters: the lists match it there, unsplit.
                    pieces = segment(rendered, self._everyday_cost)
            if pieces is not None and positions is not None:
                # Spaced-out text split back into known words (detector round 8).
                first = pos + (1 if out else 0)
                k = 0
                for piece in pieces:
                    if out:
                        out.append(" ")
                        pos += 1
                    out.append(piece)
                    segments.append((SEG_POSITIONS, 0, 0, positions[k : k + len(piece)]))
                    k += len(piece)
                    pos += len(piece)
                joined.append((first, pos))
                continue
            if out:
                out.append(" ")
                pos += 1
            out.append(rendered)
            if spaced:
                # Spaced-out text ("y o u a r e a c u n t") may have lost the gaps between
                # words; f.u.c.k-style groups are one word each and keep their boundaries.
                joined.append((pos, pos + len(rendered)))
            if positions is not None:
                segments.append((SEG_POSITIONS, 0, 0, positions))
            else:
                # Rewritten as a whole (mask or repair): every character maps to the word.
                segments.append((SEG_WHOLE, span_start, span_end, [len(rendered)]))
            pos += len(rendered)
        offsets = OffsetMap(segments, boffs)
        return Normalized(
            original, "".join(out), offsets.starts, offsets.ends, tuple(joined), base, boffs
        )
