"""The text the learned model reads: the word view plus marker words for contact channels,
phone numbers, money amounts and group names.

The word view drops "@", "+", "$" and "%", so "message @lucy_fx" and "message lucy fx" look
alike to the model, and every new handle, number or sum is a word it never saw. Scams
without links are built from those parts ("$90/hr remote data entry, message WhatsApp
+44 7700 900128"), so the model gets them as three marker words it can weigh, whatever the
handle, the digits or the currency. Benign statuses carry the same markers (a shop's phone
number, a price, a mention), and the training data has them too, so a marker alone is weak
evidence; next to a lure it tips the balance. Training builds the same view (detector
model v7).

Since model v8 every group name or group adjective (data/groups.txt), or a one-slip
spelling of a long one, is followed by a ``_group_`` marker: "muslims should be deported"
is read as "muslims _group_ should be deported", so what is said of one group ("_group_
should be deported") is learned for every group, not only for the groups the training
sentences happened to name.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from .everyday_words import load_common_words
from .misspell import slips
from .offsets import Normalized
from .wordlists import load_group_words

CONTACT = "_contact_"
PHONE = "_phone_"
MONEY = "_money_"
GROUP = "_group_"


# One-slip spellings of group words that are words or names of their own (found by
# checking every slip against the training vocabulary): "mormons" -> "morons".
_REAL_SLIPS = frozenset("backs bengals christin cristian moron morons naive whits hoeless".split())


def _group_spellings() -> frozenset[str]:
    """Group words and, for those of six letters or more, their one-slip spellings (a
    dropped or swapped inner letter) that are not everyday words: misspelled hate
    ("muslms", "imigrants") keeps its marker."""
    words = load_group_words()
    common = load_common_words()
    slipped = {v for w in words if len(w) >= 6 for v in slips(w)} - common - _REAL_SLIPS
    return frozenset(words | slipped)


_GROUP_WORDS = _group_spellings()

# A contact verb or app, then within a few characters a handle, a number or a short link:
# "message @lucy_fx", "snap: hotkatie99", "add t.me/x", "whatsapp +44 ...".
_CONTACT_RE = re.compile(
    r"\b(?:contact|message|msg|dm|pm|add|text|txt|call|ring|whatsapp|wa|telegram|tg|snap"
    r"|snapchat|signal|kik|wechat|line|discord|insta|ig|email|e-mail|mail|reach|apply|inbox"
    r"|hit up|write to)\b[^\w@+]{0,4}(?:\w+\s){0,2}?\s*"
    r"(?:@|\+|t\.me\b|wa\.me\b|\d{3}|[a-z_]+\d{2})"
)
# Seven or more digits with the usual separators, a "+" and a run that uses letters as
# digits ("+l (4ls) sss-olb7"), or such a run of 9-13 characters without the "+".
_PHONE_RE = re.compile(
    r"\+?\(?\d(?:[\s().\-]{0,2}\d){6,}|\+[\dolisbz\s().\-]{9,}"
    # Since model v9: a run of 9-13 digits and digit look-alikes with at least four real
    # digits ("call 7o4432l9b7", "0boo808ll76").
    r"|(?<![a-z\d])(?=(?:[a-z]*\d){4})[\dolisbzg]{9,13}(?![a-z\d])"
)
_SPELLED_PHONE_RE = re.compile(
    r"\b(?:(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|double|triple)\s+){6,}"
)
_MONEY_RE = re.compile(
    r"[$€£₿₹₦₱¥₩₺]\s?\d"
    r"|\d\s?(?:k\s)?(?:usd|usdt|btc|eth|dollars?|bucks|quid|pounds?|euros?|gbp|eur|rupees?|rs"
    r"|lakhs?|crores?|naira|pesos?)\b"
    r"|\d\s?%|\b\d[\d,.]*\s?(?:million|grand|thousand)\b"
)
# A digit, handle or currency sign, or a t.me / wa.me link. Two searches, not one regex with
# both branches: a lone character class is scanned in C without trying the word branch at
# every position, which made this test a third of the view's cost.
_HINT_CHAR_RE = re.compile(r"[\d@$€£₿₹₦₱¥₩₺%]")
_HINT_LINK_RE = re.compile(r"\b(?:t|wa)\.me\b")


def model_text(norm: Normalized, words: AbstractSet[str] | None = None) -> str:
    """The word view of ``norm`` with the marker words that apply appended (``words``: the
    words of the word view, if the caller has already split it)."""
    text = _mark_groups(norm.text, words)
    base = norm.base or norm.text
    # Spelled-out numbers are looked for only when "six" or "zero" appears: a cheap test that
    # misses some (seven digit words without either). Model v7 was trained on this view, so
    # widening it means retraining and measuring again.
    if (
        not _HINT_CHAR_RE.search(base)
        and not (".me" in base and _HINT_LINK_RE.search(base))
        and " six " not in norm.text
        and "zero" not in norm.text
    ):
        return text  # no digit, handle or currency: the common case
    markers = []
    if _CONTACT_RE.search(base):
        markers.append(CONTACT)
    if _PHONE_RE.search(base) or _SPELLED_PHONE_RE.search(norm.text + " "):
        markers.append(PHONE)
    if _MONEY_RE.search(base):
        markers.append(MONEY)
    return f"{text} {' '.join(markers)}" if markers else text


def _mark_groups(view: str, words: AbstractSet[str] | None) -> str:
    if _GROUP_WORDS.isdisjoint(view.split() if words is None else words):
        return view
    return " ".join(f"{w} {GROUP}" if w in _GROUP_WORDS else w for w in view.split())
