"""The detector: normalise, match lists, run rules, scan links, combine into a verdict."""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable, Sequence
from typing import Any

from .banter import BANTER_SUFFIXES, affectionate, lower_banter
from .emoji_threats import emoji_threats
from .everyday_words import load_common_words, load_vocabulary
from .fraud_cues import fraud_cues
from .learned import apply_model, clearable
from .lexicon_speller import lexicon_speller
from .links import LinkHit, LinkScanner, scam_patterns
from .misspell import MisspellIndex
from .model import LinearScorer, load_scorer
from .model_view import model_text
from .negation import denied_insult, negated_attack
from .normalize import Normalized, Normalizer, load_confusable_fold
from .payment_demands import payment_demands
from .play import lower_play
from .rules import RuleHit, counter_speech, evaluate, known_grammar_words
from .settings import DetectorSettings
from .speech_cues import condemned_quote
from .verdict import SEVERITY_RANK, Reason, Verdict, combine, lowered
from .wordlists import (
    ALLOW,
    COMMON_RANK,
    TAG,
    Hit,
    Lexicon,
    extra_entries,
    load_data_entries,
)

log = logging.getLogger(__name__)

# Statuses are at most 256 bytes and display names 256 characters; longer input is hostile or
# a bug. Only this prefix is examined, which keeps the cost of one call bounded.
MAX_CHARS = 8192
# More evidence than this adds nothing to the score; capping it bounds the work on hostile
# input such as "sh1t" repeated two thousand times.
MAX_WORD_HITS = 32
_COUNTER_SPEECH_CATEGORIES = frozenset({"hate", "vulgar", "harassment", "threat"})
_LURE_CATEGORIES = frozenset({"spam", "phishing"})
_CLEAN = Verdict(False, 0.0)
_REPORTED = " (reported speech)"
# Insults at the reader that a denial ("doesn't make you a criminal") lowers.
_DENIABLE = frozenset(("harassment.insult",))


class Detector:
    """A configured detector. Build once (≈0.1 s), then call :meth:`classify` from any thread."""

    def __init__(self, settings: DetectorSettings | None = None) -> None:
        self.settings = settings or DetectorSettings()
        fold = load_confusable_fold()
        # Terms are normalised with a normaliser that knows no words yet: list entries are
        # written plainly, so the repair step is never needed for them.
        key_normalizer = Normalizer(fold, rank=lambda _w: None, mask_words=())
        entries = load_data_entries()
        extras = extra_entries(
            self.settings.extra_words, self.settings.allowlist, self.settings.severity
        )
        entries.extend(extras)
        # Words the operator listed: the model never lowers them (it may never have seen
        # them, and the operator's list is the operator's decision).
        self._configured = frozenset(e.text for e in extras if e.category != ALLOW)
        self._lexicon = Lexicon(
            entries, key_normalizer, extra_known=known_grammar_words() | load_common_words()
        )
        self._misspell = MisspellIndex(self._lexicon)
        vocabulary = load_vocabulary()
        lexicon = self._lexicon
        self._normalizer = Normalizer(
            fold,
            lexicon.rank,
            lexicon.mask_words,
            COMMON_RANK,
            lexicon.word_rank,
            vocabulary,
            lexicon_speller(lexicon, vocabulary),
        )
        self._links = LinkScanner(
            fold, self.settings.domain_blocklist, self.settings.domain_allowlist
        )
        self._ml: Callable[[str], float] | None = None
        self._model: LinearScorer | None = load_scorer() if self.settings.model.enabled else None
        self._ml_lock = threading.Lock()

    def clear_caches(self) -> None:
        """Forget every per-character and per-word cache, so a benchmark's repeated pass over
        the same texts costs what a first pass costs."""
        self._normalizer.clear_caches()
        if self._model is not None:
            self._model.clear_cache()

    def normalize(self, text: str) -> Normalized:
        """The word view the lists are matched against (for debugging and tests)."""
        return self._normalizer.normalize(text[:MAX_CHARS])

    def classify(self, text: str) -> Verdict:
        if not isinstance(text, str):
            raise TypeError(f"classify() needs a str, not {type(text).__name__}")
        text = text[:MAX_CHARS]
        if not text or text.isspace():
            return Verdict(False, 0.0)
        norm = self._normalizer.normalize(text)
        hits = self._lexicon.match(norm) if norm.text else []
        if norm.text:
            hits += self._misspell.match(norm.text, hits)
        reasons: list[Reason] = []
        has_lure = False
        word_hits = [h for h in hits if h.term.category != TAG][:MAX_WORD_HITS]
        for hit in word_hits:
            reason = self._wordlist_reason(norm, hit)
            reasons.append(reason)
            if hit.term.category in _LURE_CATEGORIES and hit.term.combine:
                has_lure = True
        # The word view's words, split once for the rule families and the model view.
        words = frozenset(norm.text.split())
        for rule_hit in evaluate(norm, hits, words)[:MAX_WORD_HITS]:
            reasons.append(self._rule_reason(norm, rule_hit))
        if not text.isascii():
            # Emoji are gone from the word view; a weapon emoji can still be the verb.
            groups = [(h.start, h.end) for h in hits if _names_group(h)]
            reasons += [self._rule_reason(norm, h) for h in emoji_threats(norm, groups)]
        if reasons:
            reasons = lower_play(
                norm.text, lower_banter(text, norm.text, reasons, not self.settings.flag_oaths)
            )
            if any(r.rule in _DENIABLE for r in reasons):
                reasons = _deny_insults(norm.text, reasons)
        link_hits = self._links.scan(text)
        scam_hits = scam_patterns(norm) + fraud_cues(norm, words) + payment_demands(norm, words)
        has_lure = has_lure or bool(scam_hits)
        for link_hit in (*link_hits[:MAX_WORD_HITS], *scam_hits[:MAX_WORD_HITS]):
            reasons.append(_link_reason(text, link_hit))
        if has_lure and any(h.rule.startswith("link.") for h in link_hits):
            first = min(link_hits, key=lambda h: h.start)
            reasons.append(
                Reason(
                    "scam.link_with_lure",
                    "phishing",
                    "high",
                    first.start,
                    first.end,
                    text[first.start : first.end],
                    "link next to a lure (giveaway, money, account or wallet bait)",
                )
            )
        model_score = None
        if self._model is not None:
            # The model fills gaps: it may flag where the rules found nothing or only weak
            # evidence (a lone "loser", a "free" lure word), but never brings back a category
            # the operator disabled or lowered, and never overrules the rules' reading of a
            # text as reported speech.
            found = reasons
            reasons = self._apply_settings(found) if found else found
            may_flag = reasons == found and (
                not reasons
                or (
                    combine(reasons) < self.settings.threshold
                    and not any(_reported(r) for r in reasons)
                )
            )
            # Scored only where the score can change the verdict: the model may flag, or may
            # lower a context-dependent finding. Texts the rules flag on links, scams or
            # threats alone skip it (their verdict says "model not needed").
            if may_flag or any(clearable(r) for r in reasons):
                spans = [(r.start, r.end) for r in reasons]
                model_score, reasons = apply_model(
                    self._model,
                    self.settings.model,
                    text,
                    norm.text,
                    reasons,
                    may_flag,
                    # Strong cues that the text denies or condemns the abuse it contains.
                    lambda: negated_attack(norm.text, hits) or condemned_quote(text, spans),
                    model_text(norm, words),
                    any(_names_group(h) for h in hits),
                    lambda: (
                        any(r.rule.endswith(BANTER_SUFFIXES) for r in reasons)
                        or affectionate(text)
                    ),
                )
        if not reasons and not self.settings.ml.enabled:
            return _CLEAN  # the common case: nothing matched, and the model did not flag
        if self._model is None:
            reasons = self._apply_settings(reasons)
        reasons = _dedupe(reasons)
        ml_score = None
        if self.settings.ml.enabled:
            ml_score, ml_reason = self._ml_reason(text)
            if ml_reason is not None:
                reasons.append(ml_reason)
        score = combine(reasons)
        reasons.sort(key=lambda r: (r.start, -SEVERITY_RANK[r.severity]))
        flagged = score >= self.settings.threshold
        return Verdict(flagged, score, tuple(reasons), ml_score, model_score)

    # -- reasons --------------------------------------------------------------------------------
    def _wordlist_reason(self, norm: Normalized, hit: Hit) -> Reason:
        term = hit.term
        w_start, w_end = hit.start, hit.end
        if term.mode != "word" and not norm.in_joined(w_start, w_end):
            # Quote the whole word ("motherfuckers"), not just the listed root.
            text = norm.text
            left = text.rfind(" ", 0, w_start) + 1
            space = text.find(" ", w_end)
            right = len(text) if space < 0 else space
            if right - left <= 40:  # a real word, not a hostile run of letters
                w_start, w_end = left, right
        start, end = norm.span(w_start, w_end)
        matched = norm.original[start:end]
        severity = term.severity
        rule = f"wordlist.{term.category}"
        if term.source in self._configured:
            rule += ".configured"
        kind = {"spam": "spam lure", "phishing": "phishing lure"}.get(term.category)
        explanation = f'{kind or term.category + " term"} "{term.source.strip("*")}"'
        disguise = describe_disguise(matched, norm.text[hit.start : hit.end])
        if disguise:
            explanation += f", disguised with {disguise}"
        if term.mode == "word" and norm.text[hit.start : hit.end] != term.key:
            explanation += ", misspelled"  # a MisspellIndex hit
        if term.category in _COUNTER_SPEECH_CATEGORIES:
            why = counter_speech(norm, hit.start, hit.end)
            if why:
                severity = "low"
                rule += ".reported"
                explanation += f" ({why}: likely counter-speech)"
        return Reason(rule, term.category, severity, start, end, matched, explanation)

    @staticmethod
    def _rule_reason(norm: Normalized, hit: RuleHit) -> Reason:
        start, end = norm.span(hit.start, hit.end)
        matched = norm.original[start:end]
        explanation = hit.explanation
        if hit.severity == "low" and hit.category != "threat":
            explanation += _REPORTED
        return Reason(hit.rule, hit.category, hit.severity, start, end, matched, explanation)

    def _apply_settings(self, reasons: Sequence[Reason]) -> list[Reason]:
        settings = self.settings
        if not settings.disabled_categories and not settings.severity:
            return list(reasons)  # default settings: nothing to change
        out = []
        for reason in reasons:
            if reason.category in settings.disabled_categories:
                continue
            override = settings.severity.get(reason.category)
            if override and reason.severity != override and not reason.rule.endswith(".reported"):
                reason = Reason(
                    reason.rule,
                    reason.category,
                    override,
                    reason.start,
                    reason.end,
                    reason.matched,
                    reason.explanation,
                )
            out.append(reason)
        return out

    # -- optional model -------------------------------------------------------------------------

    def _ml_reason(self, text: str) -> tuple[float, Reason | None]:
        scorer = self._ml
        if scorer is None:
            with self._ml_lock:
                if self._ml is None:
                    self._ml = _load_ml_scorer()
                scorer = self._ml
        probability = float(scorer(text))
        ml = self.settings.ml
        if probability < ml.review_threshold:
            return probability, None
        severity = "medium" if ml.can_flag else "low"
        return probability, Reason(
            "ml.offensive",
            "ml",
            severity,
            0,
            len(text),
            text,
            f"model rates the text offensive (p={probability:.2f}); review",
        )


def _load_ml_scorer() -> Callable[[str], float]:
    """Import the model only when asked to: scikit-learn costs ~100 MiB and ~1 s to load."""
    try:
        from profanity_check import predict_prob
    except ImportError as exc:  # pragma: no cover - depends on the optional extra
        raise RuntimeError(
            "moderation.detector.ml.enabled needs the [ml] extra (alt-profanity-check)"
        ) from exc
    log.info("loaded the optional profanity model")

    def score(text: str) -> float:
        result: Any = predict_prob([text])
        return float(result[0])

    return score


def _names_group(hit: Hit) -> bool:
    term = hit.term
    return term.category == "hate" or (term.category == TAG and term.tag == "G")


def _deny_insults(view: str, reasons: list[Reason]) -> list[Reason]:
    """Insults at the reader that follow a denial ("being poor doesn't make you a criminal")
    drop to low (detector round 8)."""
    end = denied_insult(view)
    if end < 0:
        return reasons
    after = view[end:].split()
    return [
        lowered(r, "negated", "denied: something does not make a person that")
        if r.rule in _DENIABLE and (words := r.words()) and words[-1] in after
        else r
        for r in reasons
    ]


def _link_reason(text: str, hit: LinkHit) -> Reason:
    return Reason(
        hit.rule,
        hit.category,
        hit.severity,
        hit.start,
        hit.end,
        text[hit.start : hit.end],
        hit.explanation,
    )


def _dedupe(reasons: list[Reason]) -> list[Reason]:
    """Keep one reason per overlapping span and category (the most severe, then the longest),
    so "kill yourself" matched by a list and a rule counts once."""
    ordered = sorted(
        reasons, key=lambda r: (-SEVERITY_RANK[r.severity], -(r.end - r.start), r.start)
    )
    kept: list[Reason] = []
    for reason in ordered:
        if any(
            k.category == reason.category
            and k.start < reason.end
            and reason.start < k.end
            and not _is_link_rule(k.rule)
            and not _is_link_rule(reason.rule)
            for k in kept
        ):
            continue
        kept.append(reason)
    return kept


def _reported(reason: Reason) -> bool:
    """The rules read this finding as speech about the words (quoted, reported, condemned)."""
    return reason.rule.endswith(".reported") or reason.explanation.endswith(_REPORTED)


def _is_link_rule(rule: str) -> bool:
    # Link findings describe the link itself and are never merged with word findings.
    return rule.startswith(("link.", "scam."))


def describe_disguise(original: str, normalized: str) -> str:
    """Name the evasion tricks visible in a matched span ("leetspeak, look-alike characters")."""
    plain = original.lower()
    if plain == normalized:
        return ""
    tricks = []
    if not original.isascii() and _NON_ASCII_LETTER_RE.search(original):
        tricks.append("look-alike characters")
    if _INVISIBLE_RE.search(original):
        tricks.append("invisible characters")
    if _LEET_RE.search(original):
        tricks.append("leetspeak")
    if "*" in original:
        tricks.append("masking")
    if " " not in normalized and _SEPARATED_RE.search(plain):
        tricks.append("separators between letters")
    if _STRETCHED_RE.search(plain):
        tricks.append("stretched letters")
    return ", ".join(tricks)


_NON_ASCII_LETTER_RE = re.compile(r"[^\x00-\x7f](?<=[^\W\d_])")
_INVISIBLE_RE = re.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")
_LEET_RE = re.compile(r"[\d@$!|]")
_SEPARATED_RE = re.compile(r"[^\W\d_][^\w*'\u2019]+[^\W\d_]")
_STRETCHED_RE = re.compile(r"(.)\1\1")
