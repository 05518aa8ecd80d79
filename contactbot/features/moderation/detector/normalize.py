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
"""

from __future__ import annotations

import functools
import importlib.util
import itertools
import logging
import os
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

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

# A word: letters/digits plus leet symbols, with inner apostrophes ("don't" -> "dont").
_TOKEN_RE = re.compile(r"(?:[^\W_]|[@$!|*])+(?:['\u2019](?:[^\W_]|[@$!|*])+)*")
# Letters separated by one repeated symbol inside a single token: f*u*c*k, s|h|i|t.
_ALTERNATING_RE = re.compile(r"[^\W_](?:([*!|$@+])[^\W_])(?:\1[^\W_])+")
# Times, ordinals and units keep their digits: 5pm, 2nd, 4k, 10km.
_MODEL_NUMBER_RE = re.compile(
    r"\d+(?:am|pm|k|m|g|x|h|mb|gb|tb|kb|ml|km|kg|cm|mm|hz|p|fps|mp|v|w|px|yo|yrs|hrs|min|mins)"
    r"|\d*(?:1st|2nd|3rd|[04-9]th|1[123]th)"
)
_ASCII_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_STRETCH_RE = re.compile(r"(.)\1\1")
_RUN_RE = re.compile(r"(.)\1{2,}", re.DOTALL)
# Two one-character tokens (see _TOKEN_RE) in a row, with anything but token characters
# between them ("f u c k", "f.u.c.k"): the only thing _join_runs joins. Conservative: an
# apostrophe counts as a separator here, so "d'o" can match without being two tokens.
_SINGLE_PAIR_RE = re.compile(
    r"(?<![^\W_])(?<![@$!|*])(?:[^\W_]|[@$!|*])"
    r"(?:_|[^\w@$!|*])+"
    r"(?:[^\W_]|[@$!|*])(?![^\W_])(?![@$!|*])"
)
_AMBIGUOUS_OR_STRETCH_RE = re.compile(r"[1]|(.)\1\1")
_LEET_TABLE = str.maketrans({d: LEET[d] for d in "0345678 9".replace(" ", "")})
# Letters, unambiguous leet digits and the symbols $ and @, at least one letter, no "1".
_LEET_SYMBOL_WORD_RE = re.compile(r"(?=[^a-z]*[a-z])[a-z02-9$@]+")
_LEET_SYMBOL_TABLE = str.maketrans({c: LEET[c] for c in "0345789$@" if c in LEET})
_SIMPLE_RE = re.compile(r"[a-z]+(?: [a-z]+)*")
_SINGLE_RUN_RE = re.compile(r"(?:^| )[a-z] [a-z](?: |$)")
_WHITESPACE_RE = re.compile(r"\S+")

_INVISIBLE_CATEGORIES = frozenset({"Cf", "Cc", "Cs"})
_MARK_CATEGORIES = frozenset({"Mn", "Me"})
# Bound on the per-character cache so hostile input with many distinct code points cannot grow
# memory without limit.
_CHAR_CACHE_LIMIT = 20_000
# Bound on the candidate spellings tried for one ambiguous word, and on the length of a word
# worth trying at all (no listed word is longer; hostile input can be).
_MAX_CANDIDATES = 64
_MAX_REPAIR_LENGTH = 40


_SEG_RANGE, _SEG_POSITIONS, _SEG_WHOLE = 0, 1, 2
_NO_POSITIONS: list[int] = []


class _OffsetMap:
    """Per-character start/end offsets of a word view in the original text, built on first
    use from one segment per word (words are joined by one space, which maps to the end of the
    word before it)."""

    __slots__ = ("_boffs", "_ends", "_segments", "_starts", "ends", "starts")

    def __init__(
        self,
        segments: list[tuple[int, int, int, list[int]]],
        boffs: list[int] | None,
    ) -> None:
        self._segments = segments
        self._boffs = boffs
        self._starts: list[int] | None = None
        self._ends: list[int] = []
        self.starts = _LazyOffsets(self, True)
        self.ends = _LazyOffsets(self, False)

    def build(self) -> tuple[list[int], list[int]]:
        if self._starts is not None:
            return self._starts, self._ends
        starts: list[int] = []
        ends: list[int] = []
        boffs = self._boffs
        for kind, a, b, data in self._segments:
            if starts:
                starts.append(ends[-1])
                ends.append(ends[-1])
            if kind == _SEG_RANGE:
                if boffs is None:
                    starts.extend(range(a, b))
                    ends.extend(range(a + 1, b + 1))
                else:
                    starts.extend(boffs[a:b])
                    ends.extend([x + 1 for x in boffs[a:b]])
            elif kind == _SEG_POSITIONS:
                if boffs is None:
                    starts.extend(data)
                    ends.extend([p + 1 for p in data])
                else:
                    starts.extend([boffs[p] for p in data])
                    ends.extend([boffs[p] + 1 for p in data])
            else:
                if boffs is None:
                    o_start, o_end = a, b
                else:
                    o_start, o_end = boffs[a], boffs[b - 1] + 1
                starts.extend([o_start] * data[0])
                ends.extend([o_end] * data[0])
        self._starts, self._ends = starts, ends
        return starts, ends


class _LazyOffsets(Sequence[int]):
    """One side (starts or ends) of an :class:`_OffsetMap`."""

    __slots__ = ("_first", "_map")

    def __init__(self, offset_map: _OffsetMap, first: bool) -> None:
        self._map = offset_map
        self._first = first

    def _list(self) -> list[int]:
        starts, ends = self._map.build()
        return starts if self._first else ends

    def __len__(self) -> int:
        return len(self._list())

    def __getitem__(self, index):  # type: ignore[no-untyped-def]
        return self._list()[index]


@dataclass(frozen=True, slots=True)
class Normalized:
    """The word view of a text plus its map back to the original characters."""

    original: str
    text: str
    starts: Sequence[int]
    # None: every character comes from exactly one original character (end = start + 1).
    ends: Sequence[int] | None
    # Word-view spans of words rebuilt from letters split by separators ("f u c k"): inside
    # them the original word boundaries are lost, so matchers relax their boundary checks.
    joined: tuple[tuple[int, int], ...] = ()
    # The base view (punctuation kept) and its map to original indices (None: aligned).
    base: str = ""
    base_offsets: Sequence[int] | None = None

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a ``[start, end)`` span of the word view to a span of the original text."""
        if end <= start:
            pos = self.starts[start] if start < len(self.starts) else len(self.original)
            return pos, pos
        if self.ends is None:
            return self.starts[start], self.starts[end - 1] + 1
        return self.starts[start], self.ends[end - 1]

    def in_joined(self, start: int, end: int) -> bool:
        return any(js <= start and end <= je for js, je in self.joined)


def _decode_json_string(body: str) -> str:
    """Decode the body of a JSON string literal made of \\u escapes and plain characters."""
    raw = body.encode("ascii", "backslashreplace").decode("unicode_escape")
    # The JSON writes astral characters as surrogate pairs; join them.
    return raw.encode("utf-16", "surrogatepass").decode("utf-16")


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
    del raw
    log.debug("loaded %d confusable folds", len(fold))
    return fold


@dataclass(frozen=True, slots=True)
class _CharInfo:
    plain: str  # NFKC, case-folded, marks removed
    folded: str  # as plain, but confusable look-alikes mapped to ASCII
    script: str  # script name for non-Latin letters, "" otherwise
    genuine: bool  # a non-Latin letter with no ASCII look-alike


_INVISIBLE = _CharInfo("", "", "", False)
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
    ) -> None:
        """``rank`` ranks a spelling the lists know (``None`` if unknown); the repair step uses
        it to choose between readings of ambiguous words (``k1ll`` -> kill, not kiil). Ranks
        at or above ``common_rank`` are everyday words, preferred outright.
        ``mask_words`` are tried, in order, against ``*``-masked words."""
        self._fold = fold
        self._rank = rank
        self._common_rank = common_rank
        # Masked words keep their length ("f**k"), so index the candidates by length and
        # first letter; the first letter is almost never the one hidden.
        self._mask_index: dict[tuple[int, str], list[str]] = {}
        for word in mask_words:
            self._mask_index.setdefault((len(word), word[0]), []).append(word)
            self._mask_index.setdefault((len(word), "*"), []).append(word)
        self._cache: dict[str, _CharInfo] = {}

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
            if not plain.isascii():
                target = self._fold.get(ch)
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
        """NFKC + casefold + invisible/mark removal + confusable folding.

        Returns the view and, for each of its characters, the index of the original character
        it came from (``None`` when the view is index-aligned with the original).
        """
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
        if (
            _SIMPLE_RE.fullmatch(base)
            and not _STRETCH_RE.search(base)
            and not _SINGLE_RUN_RE.search(base)
        ):
            # Plain lower-case words and single spaces: the word view is the base view.
            if boffs is None:
                return Normalized(original, base, range(n), None, (), base, None)
            return Normalized(original, base, boffs, None, (), base, boffs)
        tokens = [m.span() for m in _TOKEN_RE.finditer(base)]
        if _SINGLE_PAIR_RE.search(base):
            groups = self._join_runs(base, tokens)
        else:
            # No two one-character tokens in a row: no letters split by separators to join.
            groups = [[t] for t in tokens]
        # Most statuses have no stretched letters anywhere: skip the per-word test then.
        stretched = _STRETCH_RE.search(base) is not None
        out: list[str] = []
        # The map back to the original is built lazily, only when a span is asked for (most
        # statuses match nothing): one segment per emitted word, see _OffsetMap.
        segments: list[tuple[int, int, int, list[int]]] = []
        joined: list[tuple[int, int]] = []
        pos = 0
        for group in groups:
            positions: list[int] | None
            if len(group) == 1:
                s, e = group[0]
                word = base[s:e]
                if word.isalpha() and not (stretched and _STRETCH_RE.search(word)):
                    # Letters only, in any script: the word is its own rendering.
                    if out:
                        out.append(" ")
                        pos += 1
                    out.append(word)
                    segments.append((_SEG_RANGE, s, e, _NO_POSITIONS))
                    pos += e - s
                    continue
                rendered, idx = self._render(word)
                if idx is not None and len(idx) == e - s and rendered:
                    # Every character kept, one for one (leet digits): a plain range.
                    if out:
                        out.append(" ")
                        pos += 1
                    out.append(rendered)
                    segments.append((_SEG_RANGE, s, e, _NO_POSITIONS))
                    pos += e - s
                    continue
                positions = [s + i for i in idx] if idx is not None else None
                span_start, span_end = s, e
            else:
                # Letters split by separators: render the letters as one word.
                letters = "".join(base[s:e] for s, e in group)
                rendered, idx = self._render(letters)
                if idx is not None:
                    flat = [p for s, e in group for p in range(s, e)]
                    positions = [flat[i] for i in idx]
                else:
                    positions = None
                span_start, span_end = group[0][0], group[-1][1]
            if not rendered:
                continue
            if out:
                out.append(" ")
                pos += 1
            out.append(rendered)
            if len(group) > 1 and len(rendered) >= 8 and base[group[0][1]] == " ":
                # Spaced-out text ("y o u a r e a c u n t") may have lost the gaps between
                # words; f.u.c.k-style groups are one word each and keep their boundaries.
                joined.append((pos, pos + len(rendered)))
            if positions is not None:
                segments.append((_SEG_POSITIONS, 0, 0, positions))
            else:
                # Rewritten as a whole (mask or repair): every character maps to the word.
                segments.append((_SEG_WHOLE, span_start, span_end, [len(rendered)]))
            pos += len(rendered)
        offsets = _OffsetMap(segments, boffs)
        return Normalized(
            original, "".join(out), offsets.starts, offsets.ends, tuple(joined), base, boffs
        )

    @staticmethod
    def _join_runs(base: str, tokens: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
        """Group tokens; runs of 3+ single characters split by one repeated separator
        (``f.u.c.k``, ``f u c k``, ``f-u-c-k``) become one group. A double space ends a run,
        so ``h e l l o  w o r l d`` stays two words."""
        n = len(tokens)
        lengths = [e - s for s, e in tokens]
        if not any(lengths[k] == 1 and lengths[k + 1] == 1 for k in range(n - 1)):
            # No two one-character tokens in a row: nothing to join (the common case).
            return [[t] for t in tokens]
        groups: list[list[tuple[int, int]]] = []
        i = 0

        def single(k: int) -> bool:
            s, e = tokens[k]
            return e - s == 1 and (base[s].isalnum() or base[s] in "@$")

        def wide_gap(a: int, b: int) -> bool:
            # Start/end of text or two+ spaces: how spaced-out text separates its words.
            return a <= 0 or b >= len(base) or "  " in base[a:b] or "\n" in base[a:b]

        while i < n:
            if single(i):
                j = i
                gap = None
                while j + 1 < n:
                    ns, ne = tokens[j + 1]
                    g = base[tokens[j][1] : ns]
                    # "d o n ' t": an apostrophe may sit inside the separator.
                    has_apostrophe = "'" in g or "\u2019" in g
                    plain_gap = g.replace("'", "").replace("\u2019", "")
                    if has_apostrophe:
                        plain_gap = plain_gap.replace("  ", " ")
                    if len(g) > 3 or "\n" in g or not plain_gap or "  " in plain_gap:
                        break
                    if gap is not None and plain_gap != gap:
                        break
                    if not single(j + 1):
                        # s_h_o_u_l_d_n't: a contraction may end the run.
                        word = base[ns:ne]
                        if len(word) <= 4 and ("'" in word or "\u2019" in word) and j > i:
                            j += 1
                        break
                    if len(g) > (3 if has_apostrophe else 2):
                        break
                    gap = plain_gap
                    j += 1
                run = j - i + 1
                before = base[tokens[i - 1][1] : tokens[i][0]] if i else ""
                after_end = tokens[j + 1][0] if j + 1 < n else len(base)
                bounded = (i == 0 or "  " in before) and wide_gap(tokens[j][1], after_end)
                if run >= 3 or (run == 2 and bounded and gap == " "):
                    groups.append(tokens[i : j + 1])
                    i = j + 1
                    continue
            groups.append([tokens[i]])
            i += 1
        return groups

    def _render(self, word: str) -> tuple[str, list[int] | None]:
        """Fold one word. Returns the rendered word and, per rendered character, the index of
        the source character in ``word`` (``None`` when the word was rewritten as a whole)."""
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
            if not _STRETCH_RE.search(folded):
                return folded, list(range(len(word)))
        if "'" in word or "\u2019" in word:
            bare = word.replace("'", "").replace("\u2019", "")
            if bare.isalpha() and not _STRETCH_RE.search(bare):
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
        # f*u*c*k, s|h|i|t: letters alternating with one repeated symbol.
        joined_word = "".join(chars)
        if _ALTERNATING_RE.fullmatch(joined_word) and sum(c.isalpha() for c in chars) >= 3:
            keep = [k for k, c in enumerate(chars) if k % 2 == 0]
            chars = [chars[k] for k in keep]
            idx = [idx[k] for k in keep]
        # Trailing/leading ! and | are punctuation, not leet ("great!!", "|quote").
        while chars and chars[-1] in "!|":
            chars.pop()
            idx.pop()
        while chars and chars[0] in "!|":
            chars.pop(0)
            idx.pop(0)
        if not chars:
            return "", None
        has_letter = any(c.isalpha() for c in chars)
        if not has_letter:
            # "70" between words may be leet for "to"; only read it so when that makes a word
            # the lists know, so numbers stay numbers.
            if 2 <= len(chars) <= 4 and all(c in LEET for c in chars):
                leet = [LEET[c] for c in chars]
                ambiguous_digits = [k for k, c in enumerate(chars) if c in AMBIGUOUS_IL]
                reading = self._repair(leet, ambiguous_digits, False)
                if reading is not None and len(reading) == len(chars):
                    return reading, list(idx)
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
                    if c in AMBIGUOUS_IL:
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
        if _STRETCH_RE.search("".join(out)):
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

    def _repair(self, chars: list[str], ambiguous: list[int], leading_at: bool) -> str | None:
        """Try the readings of an ambiguous word and return the first one the lists know."""
        options: list[list[str]] = [[c] for c in chars]
        for k in ambiguous:
            options[k] = ["i", "l"]
        prefixes = ["", "a"] if leading_at else [""]
        # Group identical neighbours so each run can be read as one or two letters.
        groups: list[list[str]] = []
        k = 0
        while k < len(options):
            j = k
            while j + 1 < len(options) and len(options[k]) == 1 and options[j + 1] == options[k]:
                j += 1
            length = j - k + 1
            if length >= 3 and len(options[k]) == 1:
                c = options[k][0]
                groups.append([c, c + c])  # a stretched run reads as one or two letters
            elif length == 2 and len(options[k]) == 1:
                groups.append([options[k][0] * 2])  # a real double letter stays
            else:
                groups.extend(options[k : j + 1])
            k = j + 1
        count = 0
        best: tuple[int, str] | None = None
        for prefix in prefixes:
            for combo in itertools.product(*groups):
                count += 1
                if count > _MAX_CANDIDATES:
                    return best[1] if best else None
                candidate = prefix + "".join(combo)
                rank = self._rank(candidate)
                if rank is None:
                    continue
                if rank >= self._common_rank:
                    return candidate  # an everyday word: the benign reading wins
                if best is None or rank < best[0]:
                    best = (rank, candidate)
        return best[1] if best else None

    def _unmask(self, chars: list[str]) -> tuple[str, list[int] | None]:
        """Resolve ``*`` masks (``f*ck``, ``sh**``) against the known words; without a match
        the stars are dropped."""
        letters = [c for c in chars if c != "*"]
        if not letters:
            return "", None
        parts: list[str] = []
        for char, run in itertools.groupby(chars):
            n = len(list(run))
            if char == "*":
                # One star hides one letter; guessing other lengths turned "th*s" into "thots".
                parts.append(f"[a-z]{{{n}}}")
            elif n >= 3:
                parts.append(re.escape(char) + "{1,2}")  # n*ggeeeeers: stretched too
            else:
                parts.append(re.escape(char * n))
        pattern = _compile("".join(parts))
        lengths = {len(chars)}
        if any(n >= 3 for _, n in _runs(chars)):
            lengths.update(range(len(letters), len(chars)))  # stretched letters shrink
        first = chars[0]
        for length in sorted(lengths):
            for word in self._mask_index.get((length, first), ()):
                if pattern.fullmatch(word):
                    return word, None
        return "".join(letters), None


@functools.lru_cache(maxsize=512)
def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _runs(chars: Sequence[str]) -> list[tuple[str, int]]:
    return [(c, len(list(group))) for c, group in itertools.groupby(chars)]
