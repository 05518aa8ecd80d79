"""Counter-speech: a listed term that is quoted, reported or judged rather than used."""

from __future__ import annotations

import re

from .offsets import Normalized
from .rule_symbols import GRAMMAR, is_hedge

# Words after a counter-speech hit that evaluate it ("X is a slur", "X is not ok").
_EVALUATIVE = frozenset(
    "slur slurs ok okay offensive hurtful racist homophobic transphobic ableist sexist "
    "unacceptable hateful wrong acceptable funny cool bigoted derogatory harmful".split()
)
_COPULAS = frozenset("is isnt are arent was wasnt".split())
_QUOTES = "\"“”„«»‘’'`"
_QUOTE_RE = re.compile("[" + re.escape(_QUOTES) + "]")


def counter_speech(norm: Normalized, start: int, end: int) -> str:
    """Why a word-list hit reads as quoted or reported rather than used, or "".

    Three signs, any one suffices: the term sits in quotation marks in the original text; a
    reporting word (say, call, use, the word...) comes within three words before it; or it is
    followed by an evaluation ("is a slur", "is not ok").
    """
    original = norm.original
    if _QUOTE_RE.search(original):
        o_start, o_end = norm.span(start, end)
        before = original[:o_start].rstrip()
        after = original[o_end:].lstrip()
        if before and after and before[-1] in _QUOTES and after[0] in _QUOTES:
            return "in quotation marks"
        line_before = before[before.rfind("\n") + 1 :]
        if sum(line_before.count(q) for q in '"“”„«»') % 2 == 1:
            return "in quotation marks"
    text = norm.text
    words_before = text[:start].split()
    left_words = words_before[-3:]
    for k, word in enumerate(left_words):
        if GRAMMAR.get(word) in ("Q", "U"):
            report_at = len(words_before) - len(left_words) + k
            hedge_words = words_before[max(0, report_at - 2) : report_at]
            if is_hedge(hedge_words, text[end:].split()):
                break
            return "reported speech"
    right_words = text[end:].split()[:4]
    if right_words and right_words[0] in _COPULAS:
        if any(w in _EVALUATIVE for w in right_words[1:]):
            return "followed by a judgement of the word"
    return ""
