"""Folding of one word: leetspeak, ``*`` masks, separators inside a word and stretched letters.

Ambiguous words (``k1ll``: kill or kiil? ``sh**``: which letters?) are resolved against the
words the lists know, preferring everyday words, so a benign reading wins when there is one.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Mapping, Sequence

# Leetspeak digits and symbols, folded only inside words that also contain letters.
LEET: Mapping[str, str] = {
    "0": "o",
    "1": "i",
    "3": "e",
    "4": "a",
    "5": "s",
    "6": "g",
    "7": "t",
    "8": "b",
    "9": "g",
    "@": "a",
    "$": "s",
    "!": "i",
    "|": "i",
}
# These stand for either "i" or "l"; the word repair step tries both.
AMBIGUOUS_IL = frozenset("1!|")
# Since detector round 9, "6" stands for "b" as often as for "g" ("6itch", "6ay"): the repair
# step tries both. Keyed by the letter the table gives, since the repair sees folded letters.
_READINGS = {"i": ["i", "l"], "g": ["b", "g"]}
AMBIGUOUS = AMBIGUOUS_IL | {"6"}

# Letters separated by one repeated symbol inside a single token: f*u*c*k, s|h|i|t.
# Bound on the per-word cache of render(): hostile input cannot grow it without limit.
RENDER_CACHE_SIZE = 20_000
_ALTERNATING_RE = re.compile(r"[^\W_](?:([*!|$@+])[^\W_])(?:\1[^\W_])+")
# Times, ordinals and units keep their digits: 5pm, 2nd, 4k, 10km.
_MODEL_NUMBER_RE = re.compile(
    r"\d+(?:am|pm|k|m|g|x|h|mb|gb|tb|kb|ml|km|kg|cm|mm|hz|p|fps|mp|v|w|px|yo|yrs|hrs|min|mins)"
    r"|\d*(?:1st|2nd|3rd|[04-9]th|1[123]th)"
)
STRETCH_RE = re.compile(r"(.)\1\1")
_RUN_RE = re.compile(r"(.)\1{2,}", re.DOTALL)
_AMBIGUOUS_OR_STRETCH_RE = re.compile(r"[16]|(.)\1\1")
_LEET_TABLE = str.maketrans({d: LEET[d] for d in "0345678 9".replace(" ", "")})
# Letters, unambiguous leet digits and the symbols $ and @, at least one letter, no "1".
_LEET_SYMBOL_WORD_RE = re.compile(r"(?=[^a-z]*[a-z])[a-z02-57-9$@]+")
_LEET_SYMBOL_TABLE = str.maketrans({c: LEET[c] for c in "0345789$@" if c in LEET})

# Bound on the candidate spellings tried for one ambiguous word, and on the length of a word
# worth trying at all (no listed word is longer; hostile input can be).
_MAX_CANDIDATES = 64
_MAX_REPAIR_LENGTH = 40


class WordFolder:
    """Renders single words of the base view. Thread-safe for reads (no mutable state)."""

    def __init__(
        self,
        rank: Callable[[str], int | None],
        mask_words: Sequence[str],
        common_rank: int = 5 * 10**6,
        vocabulary: frozenset[str] = frozenset(),
    ) -> None:
        """``rank`` ranks a spelling the lists know (``None`` if unknown); the repair step uses
        it to choose between readings of ambiguous words (``k1ll`` -> kill, not kiil). Ranks
        at or above ``common_rank`` are everyday words, preferred outright.
        ``mask_words`` are tried, in order, against ``*``-masked words. ``vocabulary``: everyday
        words, the reading of an ambiguous word when the lists know none of its readings
        ("pu611c" -> public; detector round 9)."""
        self._rank = rank
        self._vocabulary = vocabulary
        self._common_rank = common_rank
        # Masked words keep their length ("f**k"), so index the candidates by length and
        # first letter; the first letter is almost never the one hidden.
        self._mask_index: dict[tuple[int, str], list[str]] = {}
        # The same lists split by last letter too, for masks whose last letter is shown
        # ("n*ggers"): a tenth of the candidates to try, in the same order.
        self._mask_ends: dict[tuple[int, str, str], list[str]] = {}
        # Words with digits, apostrophes or symbols ("don't", "2nite", "b@d") recur from one
        # status to the next; folding each once saves a third of the word view's cost.
        self._rendered: dict[str, tuple[str, list[int] | None]] = {}
        for word in mask_words:
            for first in (word[0], "*"):
                self._mask_index.setdefault((len(word), first), []).append(word)
                self._mask_ends.setdefault((len(word), first, word[-1]), []).append(word)

    def render(self, word: str) -> tuple[str, list[int] | None]:
        """Fold one word. Returns the rendered word and, per rendered character, the index of
        the source character in ``word`` (``None`` when the word was rewritten as a whole).
        Callers must not modify the returned list: results are cached per word."""
        cached = self._rendered.get(word)
        if cached is None:
            cached = self._render(word)
            if len(self._rendered) >= RENDER_CACHE_SIZE:
                self._rendered.clear()
            self._rendered[word] = cached
        return cached

    def clear_cache(self) -> None:
        self._rendered.clear()

    def _render(self, word: str) -> tuple[str, list[int] | None]:
        if word.isdigit() and word.isascii() and len(word) > 4:
            return word, list(range(len(word)))  # a plain number ("2024")
        if (
            word.isascii()
            and word.isalnum()
            and not word.isdigit()
            and not _AMBIGUOUS_OR_STRETCH_RE.search(word)
        ):
            # Letters and unambiguous leet digits ("m33ting", "h0me"): one translate call.
            if _MODEL_NUMBER_RE.fullmatch(word):
                return word, list(range(len(word)))
            return word.translate(_LEET_TABLE), list(range(len(word)))
        if (
            word.isascii()
            and word[0] != "@"
            and _LEET_SYMBOL_WORD_RE.fullmatch(word)
            and not _MODEL_NUMBER_RE.fullmatch(word)
        ):
            # "$h1t"-free leet with $ and @ inside ("a$$", "b@stard"): one translate call,
            # unless the folded word is stretched and needs the repair step.
            folded = word.translate(_LEET_SYMBOL_TABLE)
            if not STRETCH_RE.search(folded):
                return folded, list(range(len(word)))
        if "'" in word or "\u2019" in word:
            bare = word.replace("'", "").replace("\u2019", "")
            if bare.isalpha() and not STRETCH_RE.search(bare):
                # don't -> dont: the common case, without the per-character pass.
                return bare, [i for i, c in enumerate(word) if c not in "'\u2019"]
        if word.isalpha():
            # Letters only, stretched ("fuuuuck"): skip the per-character pass below.
            letters = list(word)
            rendered, rendered_idx, runs = self._collapse(letters, list(range(len(word))))
            if runs and len(letters) <= _MAX_REPAIR_LENGTH:
                better = self._repair(letters, [], False)
                if better is not None and better != rendered:
                    return better, None
            return rendered, rendered_idx
        idx = list(range(len(word)))
        chars = list(word)
        # *emphasis* is not a mask.
        if len(chars) > 2 and chars[0] == "*" and chars[-1] == "*" and "*" not in chars[1:-1]:
            chars, idx = chars[1:-1], idx[1:-1]
        # f*u*c*k, s|h|i|t: letters alternating with one repeated symbol, maybe shouted
        # ("w|e|t|b|a|c|k!!", detector round 5).
        joined_word = "".join(chars).rstrip("!")
        if _ALTERNATING_RE.fullmatch(joined_word) and sum(c.isalpha() for c in chars) >= 3:
            keep = [k for k in range(len(joined_word)) if k % 2 == 0]
            chars = [chars[k] for k in keep]
            idx = [idx[k] for k in keep]
        # Trailing/leading ! and | are punctuation, not leet ("great!!", "|quote").
        edges = (chars[0] in "!|" and chars[1:2] != [chars[0]], chars[-1] in "!|")
        while chars and chars[-1] in "!|":
            chars.pop()
            idx.pop()
        while chars and chars[0] in "!|":
            chars.pop(0)
            idx.pop(0)
        if not chars:
            return "", None
        core, core_idx = self._render_core(chars, idx)
        if (edges[0] or edges[1]) and self._rank(core) is None and core.isalpha():
            # "!nd14n5", "|onely": a lone edge "!" or "|" is the letter i or l when that
            # makes a known word (detector round 9); otherwise it stays punctuation.
            letters = list(core)
            for lead, trail in ((True, False), (False, True)):
                if (lead and not edges[0]) or (trail and not edges[1]):
                    continue
                option = ["i", *letters] if lead else [*letters, "i"]
                better = self._repair(option, [0 if lead else len(letters)], False)
                if better is not None:
                    return better, None
        return core, core_idx

    def _render_core(self, chars: list[str], idx: list[int]) -> tuple[str, list[int] | None]:
        """Render a word whose edge punctuation is gone: leet, masks, stretched letters."""
        has_letter = any(c.isalpha() for c in chars)
        if not has_letter:
            # "8080" may be leet for a listed insult; read it so only when that makes a word
            # the lists flag. Since detector round 9 not an everyday or grammar word: "90 %
            # off", "£14,000" and "10 quid" had read as "go off", "la 000" and "lo quid".
            if 2 <= len(chars) <= 4 and all(c in LEET for c in chars):
                leet = [LEET[c] for c in chars]
                ambiguous_digits = [k for k, c in enumerate(chars) if c in AMBIGUOUS]
                reading = self._repair(leet, ambiguous_digits, False, everyday_ok=False)
                rank = None if reading is None else self._rank(reading)
                if (
                    rank is not None
                    and rank < self._common_rank
                    and len(reading or "") == len(chars)
                ):
                    return reading or "", list(idx)
            digits = [(c, i) for c, i in zip(chars, idx, strict=True) if c.isalnum()]
            return "".join(c for c, _ in digits), [i for _, i in digits]
        core = "".join(chars)
        fold_digits = not _MODEL_NUMBER_RE.fullmatch(core)
        leading_at = chars[0] == "@"
        out: list[str] = []
        out_idx: list[int] = []
        ambiguous: list[int] = []
        masks = False
        for k, (c, i) in enumerate(zip(chars, idx, strict=True)):
            if c in "'\u2019":
                continue  # don't -> dont
            if c.isalpha():
                out.append(c)
            elif c == "*":
                masks = True
                out.append("*")
            elif c.isdigit():
                if fold_digits and c in LEET:
                    if c in AMBIGUOUS:
                        ambiguous.append(len(out))
                    out.append(LEET[c])
                else:
                    out.append(c)
            elif c == "@" and k == 0:
                continue  # a mention marker, unless repair proves it is a leet "a"
            elif c in LEET:
                if c in AMBIGUOUS_IL:
                    ambiguous.append(len(out))
                out.append(LEET[c])
            else:
                out.append(c)
            out_idx.append(i)
        if masks and len(out) <= _MAX_REPAIR_LENGTH:
            return self._unmask(out)
        if masks:
            kept = [(c, i) for c, i in zip(out, out_idx, strict=True) if c != "*"]
            out = [c for c, _ in kept]
            out_idx = [i for _, i in kept]
        if STRETCH_RE.search("".join(out)):
            rendered, rendered_idx, runs = self._collapse(out, out_idx)
        else:
            rendered, rendered_idx, runs = "".join(out), out_idx, []
        if (ambiguous or leading_at or runs) and len(out) <= _MAX_REPAIR_LENGTH:
            better = self._repair(out, ambiguous, leading_at)
            if better is not None and better != rendered:
                return better, None
        return rendered, rendered_idx

    @staticmethod
    def _collapse(chars: list[str], idx: list[int]) -> tuple[str, list[int], list[int]]:
        """Collapse runs of 3+ identical characters to one ("sooooo" -> "so"). The repair step
        then tries one or two letters per run against the known words ("kiiiill" -> kill)."""
        word = "".join(chars)  # single characters: indices into word are indices into chars
        out: list[str] = []
        out_idx: list[int] = []
        runs: list[int] = []
        length = 0
        pos = 0
        for m in _RUN_RE.finditer(word):
            a, b = m.span()
            out.append(word[pos:a])
            out_idx.extend(idx[pos:a])
            length += a - pos
            runs.append(length)
            out.append(word[a])
            out_idx.append(idx[a])
            length += 1
            pos = b
        out.append(word[pos:])
        out_idx.extend(idx[pos:])
        return "".join(out), out_idx, runs

    def _repair(
        self, chars: list[str], ambiguous: list[int], leading_at: bool, everyday_ok: bool = True
    ) -> str | None:
        """Try the readings of an ambiguous word and return the first one the lists know, else
        the first everyday word of the vocabulary."""
        # Ambiguous positions read each on its own (i or l; since round 9 b or g for "6"):
        # a marker that no letter equals keeps them out of runs.
        marks: list[str] = list(chars)
        for k in ambiguous:
            marks[k] = "\0" + chars[k]
        prefixes = ["", "a"] if leading_at else [""]
        # Group identical neighbours so each run can be read as one or two letters.
        groups: list[list[str]] = []
        for c, run in itertools.groupby(marks):
            length = len(list(run))
            if c[0] == "\0":
                groups.extend([_READINGS.get(c[1:], ["i", "l"])] * length)
            elif length >= 3:
                groups.append([c, c + c])  # a stretched run reads as one or two letters
            elif length == 2:
                groups.append([c * 2])  # a real double letter stays
            else:
                groups.append([c])
        count = 0
        best: tuple[int, str] | None = None
        everyday: str | None = None
        for prefix in prefixes:
            for combo in itertools.product(*groups):
                count += 1
                if count > _MAX_CANDIDATES:
                    return best[1] if best else everyday
                candidate = prefix + "".join(combo)
                rank = self._rank(candidate)
                if rank is None:
                    if everyday is None and everyday_ok and candidate in self._vocabulary:
                        everyday = candidate
                    continue
                if rank >= self._common_rank:
                    return candidate  # an everyday word: the benign reading wins
                if best is None or rank < best[0]:
                    best = (rank, candidate)
        return best[1] if best else everyday

    def _unmask(self, chars: list[str]) -> tuple[str, list[int] | None]:
        """Resolve ``*`` masks (``f*ck``, ``sh**``) against the known words; without a match
        the stars are dropped."""
        letters = [c for c in chars if c != "*"]
        if not letters:
            return "", None
        runs = _runs(chars)
        pieces: list[tuple[int, str, int]] = []
        for char, n in runs:
            if char == "*":
                # One star hides one letter; guessing other lengths turned "th*s" into "thots".
                pieces.append((_STARS, "", n))
            elif n >= 3:
                pieces.append((_STRETCHED, char, n))  # n*ggeeeeers: stretched too
            else:
                pieces.append((_LITERAL, char * n, n))
        lengths = {len(chars)}
        if any(n >= 3 for _, n in runs):
            lengths.update(range(len(letters), len(chars)))  # stretched letters shrink
        first = chars[0]
        # Most candidates differ in the letters before the first star or after the last one:
        # two string tests rule them out before the walk.
        head = pieces[0][1] if pieces[0][0] == _LITERAL else ""
        tail = pieces[-1][1] if pieces[-1][0] == _LITERAL else ""
        for length in sorted(lengths):
            if tail:
                candidates = self._mask_ends.get((length, first, tail[-1]), ())
            else:
                candidates = self._mask_index.get((length, first), ())
            for word in candidates:
                if word.startswith(head) and word.endswith(tail) and _fits(word, pieces, 0, 0):
                    return word, None
        return "".join(letters), None


# Pieces of a masked word, matched by _fits: a literal run of letters, a run of stars (one
# lower-case ASCII letter each) or a stretched letter (read as one or two of it).
_LITERAL, _STARS, _STRETCHED = 0, 1, 2


def _fits(word: str, pieces: Sequence[tuple[int, str, int]], k: int, pos: int) -> bool:
    """Whether ``pieces[k:]`` spell exactly ``word[pos:]``.

    A regex per masked word did this before, and compiling it cost more than the rest of the
    word view; this walks the pieces by hand, trying both readings of a stretched letter."""
    for j in range(k, len(pieces)):
        kind, text, n = pieces[j]
        if kind == _LITERAL:
            if not word.startswith(text, pos):
                return False
            pos += n
        elif kind == _STARS:
            hidden = word[pos : pos + n]
            # [a-z] only: ASCII letters, none upper-case.
            if len(hidden) != n or not (hidden.isascii() and hidden.isalpha()):
                return False
            if not hidden.islower():
                return False
            pos += n
        else:
            if not word.startswith(text, pos):
                return False
            if word.startswith(text, pos + 1) and _fits(word, pieces, j + 1, pos + 2):
                return True
            pos += 1
    return pos == len(word)


def _runs(chars: Sequence[str]) -> list[tuple[str, int]]:
    return [(c, len(list(group))) for c, group in itertools.groupby(chars)]
