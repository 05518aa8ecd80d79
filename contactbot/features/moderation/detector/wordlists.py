"""Word and phrase lists: parsing the data files and matching them with one Aho-Corasick pass.

Data file syntax (``data/*.txt``), one entry per line::

    # comment
    @category vulgar        applies to the following entries
    @severity medium        low | medium | high
    @tag G                  rule vocabulary instead of a flaggable category
    @combine no             low-severity lures that must not combine with a link
    fuck*                   prefix: the word starts with the term (fucking, fucker)
    *cunt*                  anywhere inside a word (allowlist entries rescue Scunthorpe)
    *ass                    suffix
    kill yourself|kys       alternatives; phrases match whole words at both ends

Terms are normalised with the same word view as the text, so ``you're`` in a list matches
``youre``, ``you’re`` and ``y0u're``.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import NamedTuple

import ahocorasick

from .normalize import Normalized, Normalizer

# The data files ship inside this package.
_DATA = resources.files(__package__ or __name__) / "data"

log = logging.getLogger(__name__)

SEVERITIES = ("low", "medium", "high")
FLAG_CATEGORIES = ("hate", "harassment", "threat", "vulgar", "spam", "phishing")
ALLOW = "allow"
TAG = "tag"
# Categories whose single-word terms also get "one letter doubled" spellings (fuuck, shiit),
# because the normaliser collapses long runs to two letters.
_DOUBLED_CATEGORIES = frozenset({"hate", "harassment", "threat", "vulgar"})
# Categories matched without word boundaries inside letters rebuilt from "f u c k": spam
# lures are left out because "s p e c i a l i s t" would otherwise contain "cialis".
_JOINED_CATEGORIES = frozenset({"hate", "harassment", "threat", "vulgar", ALLOW})
# Rank of everyday words (grammar, data/common_words.txt): the normaliser prefers them, so a
# stretched "cooooon" reads as "con" rather than as a slur.
COMMON_RANK = 5 * 10**6
# Inflections tried when resolving masks and leet against prefix/substring roots.
_ROOT_SUFFIXES = ("", "s", "es", "ed", "er", "ers", "ing", "in", "y", "head", "face")

DATA_FILES = (
    "vulgar.txt",
    "hate.txt",
    "harassment.txt",
    "threat.txt",
    "spam.txt",
    "phishing.txt",
    "allowlist.txt",
    "groups.txt",
    "rule_vocab.txt",
)


@dataclass(frozen=True, slots=True)
class Term:
    """One list entry after normalisation."""

    key: str
    category: str  # a flag category, "allow" or "tag"
    severity: str
    mode: str  # "word" | "prefix" | "suffix" | "sub"
    source: str  # the entry as written in the list
    tag: str = ""
    combine: bool = True


class Hit(NamedTuple):
    start: int  # word-view span
    end: int
    term: Term


def _mode_of(raw: str) -> tuple[str, str]:
    lead = raw.startswith("*")
    trail = raw.endswith("*") and len(raw) > 1
    core = raw.strip("*")
    if lead and trail:
        return core, "sub"
    if lead:
        return core, "suffix"
    if trail:
        return core, "prefix"
    return core, "word"


@dataclass(frozen=True, slots=True)
class RawEntry:
    text: str
    category: str
    severity: str
    tag: str
    combine: bool


def parse_lines(lines: Iterable[str], origin: str) -> Iterator[RawEntry]:
    """Parse the list syntax; raises ValueError with the file and line on bad directives."""
    category = ""
    severity = "medium"
    tag = ""
    combine = True
    for lineno, line in enumerate(lines, start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            name, _, value = line[1:].partition(" ")
            value = value.strip()
            if name == "category":
                category, tag = value, ""
            elif name == "severity":
                if value not in SEVERITIES:
                    raise ValueError(f"{origin}:{lineno}: unknown severity {value!r}")
                severity = value
            elif name == "tag":
                category, tag = TAG, value
            elif name == "combine":
                combine = value == "yes"
            else:
                raise ValueError(f"{origin}:{lineno}: unknown directive @{name}")
            continue
        if not category:
            raise ValueError(f"{origin}:{lineno}: entry before any @category")
        for alt in line.split("|"):
            alt = alt.strip()
            if alt:
                yield RawEntry(alt, category, severity, tag, combine)


def _takes_plural(entry: RawEntry, core: str, mode: str) -> bool:
    """Slurs are nouns: "batty boy" is also met as "batty boys". The lists spell out the
    irregular plurals; the regular "-s" is added here so no entry can miss it."""
    plain = core.replace(" ", "")
    return entry.category == "hate" and mode == "word" and plain.isalpha() and core[-1] != "s"


def load_data_entries(names: Iterable[str] = DATA_FILES) -> list[RawEntry]:
    return [
        entry
        for name in names
        for entry in parse_lines((_DATA / name).read_text(encoding="utf-8").splitlines(), name)
    ]


def load_group_words() -> frozenset[str]:
    """The one-word group names and group adjectives of data/groups.txt (tags G and GA)."""
    return frozenset(e.text for e in load_data_entries(("groups.txt",)) if " " not in e.text)


class Lexicon:
    """All list entries in one Aho-Corasick automaton, plus the word sets the normaliser's
    repair step consults."""

    def __init__(
        self,
        entries: Sequence[RawEntry],
        key_normalizer: Normalizer,
        extra_known: Iterable[str] = (),
    ) -> None:
        """``extra_known`` adds grammar words the repair step should recognise (are, you)."""
        self.terms: list[Term] = []
        by_key: dict[str, list[int]] = {}
        allow_keys: set[str] = set()
        single_words: dict[str, int] = {}  # word -> priority (lower first)
        prefix_roots: set[str] = set()
        sub_roots: set[str] = set()

        def add(term: Term) -> None:
            ids = by_key.setdefault(term.key, [])
            for i in ids:
                t = self.terms[i]
                if (t.category, t.mode, t.tag) == (term.category, term.mode, term.tag):
                    return
            ids.append(len(self.terms))
            self.terms.append(term)

        for order, entry in enumerate(entries):
            core, mode = _mode_of(entry.text)
            keys = self._keys_for(core, key_normalizer)
            if _takes_plural(entry, core, mode):
                keys |= self._keys_for(core + "s", key_normalizer)
            for key in keys:
                term = Term(
                    key,
                    entry.category,
                    entry.severity,
                    mode,
                    entry.text,
                    entry.tag,
                    entry.combine,
                )
                add(term)
                if entry.category == ALLOW:
                    allow_keys.add(key)
                if " " not in key:
                    # Flaggable words first, allowlist words last: masks and leet are used to
                    # hide offensive words, so "sh*t" reads as shit, not as an allowed word.
                    if entry.category in _DOUBLED_CATEGORIES:
                        priority = order
                    elif entry.category == ALLOW:
                        priority = order + 3 * 10**6
                    else:
                        priority = order + 10**6
                    single_words.setdefault(key, priority)
                    if mode == "prefix":
                        prefix_roots.add(key)
                    elif mode == "sub":
                        sub_roots.add(key)
                elif entry.category in ("harassment", "threat", "hate") and len(key) >= 8:
                    # "killyourself", "#kys"-style hashtags: the phrase written as one word.
                    add(
                        Term(
                            key.replace(" ", ""),
                            entry.category,
                            entry.severity,
                            "word",
                            entry.text,
                            entry.tag,
                            entry.combine,
                        )
                    )
        # One-letter-doubled spellings of flaggable single words.
        for term in list(self.terms):
            if term.category not in _DOUBLED_CATEGORIES or " " in term.key or len(term.key) < 3:
                continue
            for variant in _doubled(term.key):
                if variant not in allow_keys and variant not in by_key:
                    add(
                        Term(
                            variant,
                            term.category,
                            term.severity,
                            term.mode,
                            term.source,
                            term.tag,
                            term.combine,
                        )
                    )
        self._automaton = ahocorasick.Automaton()
        for key, ids in by_key.items():
            self._automaton.add_word(key, tuple(ids))
        self._automaton.make_automaton()
        # Per term: key length, boundary mode, category and the term, for the match loop.
        self._term_info = [(len(t.key), t.mode, t.category, t) for t in self.terms]
        # Words of phrases ("selling" in "selling nudes") and grammar words help the repair
        # step read "s3ll1ng" or "yooou", at a lower priority than the listed words.
        late = 2 * 10**6
        for key in by_key:
            if " " in key:
                for word in key.split(" "):
                    single_words.setdefault(word, late)
        for word in extra_known:
            # Everyday words outrank their appearance inside phrases ("the" in "gas the jews").
            if single_words.get(word, late) >= late:
                single_words[word] = COMMON_RANK
        self.known_words = frozenset(single_words)
        self._ranks = dict(single_words)
        self.prefix_roots = tuple(sorted(prefix_roots, key=len, reverse=True))
        self.sub_roots = tuple(sorted(sub_roots, key=len, reverse=True))
        self._prefix_re = _alternation(self.prefix_roots)
        self._sub_re = _alternation(self.sub_roots)
        inflected: dict[str, int] = dict(single_words)
        for root in prefix_roots | sub_roots:
            for suffix in _ROOT_SUFFIXES:
                inflected.setdefault(root + suffix, single_words.get(root, 10**7))
        # Flaggable words first, so a mask prefers "fuck" over an allowlisted "fork".
        self.mask_words = tuple(
            w for w, _ in sorted(inflected.items(), key=lambda kv: (kv[1], kv[0])) if w.isalpha()
        )
        log.debug("lexicon: %d terms, %d keys", len(self.terms), len(by_key))

    @staticmethod
    def _keys_for(core: str, normalizer: Normalizer) -> set[str]:
        plain = " ".join(
            re.split(r"[^\w]+", core.casefold().replace("'", "").replace("\u2019", ""))
        ).strip()
        if plain.isascii():
            # Written plainly already; normalising would only collapse real double letters.
            return {plain} if plain else set()
        keys = {plain}
        # Non-ASCII terms get their folded spelling too: сука (Cyrillic) also reads as cyka
        # when it appears outside Russian text.
        folded = normalizer.normalize(core).text
        if folded:
            keys.add(folded)
        return keys

    def rank(self, word: str) -> int | None:
        """How a spelling ranks when reading ambiguous leet or stretching: ``None`` for an
        unknown word, a number otherwise (lower = listed earlier, flaggable words first;
        ``>= COMMON_RANK`` for everyday words, which the normaliser prefers outright)."""
        rank = self._ranks.get(word)
        if rank is not None:
            return rank
        m = self._prefix_re.match(word) if self._prefix_re else None
        if m is None and self._sub_re:
            m = self._sub_re.search(word)
        return self._ranks.get(m.group(), 0) if m else None

    def word_rank(self, word: str) -> int | None:
        """The rank of ``word`` itself, no root inside it (for :mod:`.segment`)."""
        return self._ranks.get(word)

    def known(self, word: str) -> bool:
        """Whether a spelling is one the lists or the grammar know."""
        return self.rank(word) is not None

    def match(self, norm: Normalized) -> list[Hit]:
        """All entries found in the word view, with boundary rules applied and allowlisted
        spans removed."""
        text = norm.text
        n = len(text)
        hits: list[Hit] = []
        allows: list[tuple[int, int]] = []
        info = self._term_info
        joined = norm.joined
        for end_incl, ids in self._automaton.iter(text):
            end = end_incl + 1
            right = end == n or text[end] == " "
            for i in ids:
                key_len, mode, category, term = info[i]
                start = end - key_len
                if mode == "word":  # nearly every entry: tested first, right end first
                    ok = right and (start == 0 or text[start - 1] == " ")
                elif mode == "sub":
                    ok = True
                elif mode == "prefix":
                    ok = start == 0 or text[start - 1] == " "
                else:
                    ok = right
                if (
                    not ok
                    and joined
                    and category in _JOINED_CATEGORIES
                    and key_len >= 4
                    and norm.in_joined(start, end)
                ):
                    # Letters split by separators lose word boundaries ("youareacunt").
                    ok = True
                if not ok:
                    continue
                if category == ALLOW:
                    allows.append((start, end))
                else:
                    # Built in C: a frozen dataclass's __init__ cost 2 % of classify here.
                    hits.append(tuple.__new__(Hit, (start, end, term)))
        if allows and hits:
            hits = [h for h in hits if not any(s <= h.start and h.end <= e for s, e in allows)]
        return hits


def _alternation(words: Sequence[str]) -> re.Pattern[str] | None:
    return re.compile("|".join(re.escape(w) for w in words)) if words else None


def _doubled(word: str) -> Iterator[str]:
    for i, c in enumerate(word):
        if not c.isalpha():
            continue
        if (i > 0 and word[i - 1] == c) or (i + 1 < len(word) and word[i + 1] == c):
            continue
        yield word[: i + 1] + c + word[i + 1 :]


def extra_entries(
    extra_words: Mapping[str, Sequence[str]],
    allowlist: Sequence[str],
    severity: Mapping[str, str],
) -> list[RawEntry]:
    """Entries added from settings: extra words per category and extra allowlist entries."""
    out: list[RawEntry] = []
    for category, words in extra_words.items():
        sev = severity.get(category, "medium")
        for word in words:
            for alt in word.split("|"):
                if alt.strip():
                    out.append(RawEntry(alt.strip(), category, sev, "", True))
    for word in allowlist:
        if word.strip():
            out.append(RawEntry(word.strip(), ALLOW, "low", "", True))
    return out
