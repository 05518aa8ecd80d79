"""Fraud without a link or a prize (detector round 7): payment that cannot be got back, fees
that unlock nothing, sellers who are always abroad, and the script of a phone fraud.

Scams that reach statuses increasingly ask for nothing a list would catch: "tickets at face
value, bank transfer only", "puppies ready, I'm overseas so just pay the courier's deposit",
"your card was cloned, don't hang up, a courier will collect it". What gives them away is how
the money must move, and the steps of a fraudster's script, not any single word.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from .link_hit import LinkHit
from .offsets import Normalized

# Payment that skips every protection: "bank transfer only", "friends and family", gift
# cards as money, "can't use paypal".
_UNPROTECTED_RE = re.compile(
    r"\b(?:bank transfer|transfer|friends and family|f f|gift ?cards?|crypto|bitcoin|usdt|upi"
    r"|western union|moneygram|cash app)(?: payment)? only\b"
    r"|\b(?:no|cant use|can t use|dont do|don t do|doesnt do|won t use|wont use|not via)"
    r" (?:paypal|buyer protection|goods and services)\b"
    r"|\b(?:pay|paid|paying|donate|donations?|send|sent)\b[\w ]{0,25}?\b(?:via|with|in|by|as)"
    r" (?:\w+ )?(?:gift ?cards?|itunes cards?|google play cards?|steam cards?|apple cards?"
    r"|western union|moneygram)\b"
    r"|\bgift ?cards? in (?:photos|pictures|pics)\b"
    r"|\b(?:upfront|up front|in advance) (?:by|via|with) bank transfer\b"
    r"|\bsend (?:me |us )?(?:some |the )?(?:itunes|google play|steam|apple|amazon|gift) ?cards?\b"
    r"|\bbank transfer (?:and|then) (?:i ?ll|i will) (?:email|send|post)\b"
    r"|\b(?:personal account|volunteer s personal account|dad s personal account)\b"
)
# A fee that unlocks something that does not exist.
_UNLOCK_FEE_RE = re.compile(
    r"\b(?:release|clearance|activation|unlock|unlocking|pet travel|courier s"
    r"|shipping company s|starter|token)\s(?:fee|fees|charge|pack|kit|amount|deposit)\b"
)
_PAY_WORDS = frozenset(
    "pay paid paying payment send sending transfer deposit upfront fee cost costs".split()
)
# Someone who cannot meet: the seller, landlord or lover is abroad, deployed or on a rig.
_AWAY_RE = re.compile(
    r"\b(?:overseas|abroad|deployed|deployment|posted|offshore|oil rig|working away"
    r"|peacekeeping|stationed)\b.{0,90}?\b(?:deposit|send (?:me )?(?:the )?money|pay them"
    r"|pay the|pay for|upfront|transfer the|wire)\b"
)
# Lines of a phone fraud's script.
_SCRIPT_RE = re.compile(
    r"\b(?:don ?t|do not|dont) hang up\b(?! on)|\bwrite (?:down )?(?:your|the) pin\b"
    r"|\bprepare (?:your|the) pin\b"
    r"|\bread (?:me |out )*the (?:long )?(?:number|digits) on (?:your|the) (?:bank )?card\b"
    r"|\b(?:open|log into|log in to) (?:your )?banking app while\b|\bdigital arrest\b"
    r"|\b(?:do not|don ?t|dont) (?:inform|tell) (?:your )?(?:family|anyone|the bank|police)\b"
    r"|\bcourier (?:will|to|is coming to) collect (?:it|your card|the card)\b"
    r"|\b(?:sent|send) (?:you )?(?:a |an )?(?:\d+ digit |six digit |verification |login )?"
    r"code (?:to you )?by mistake\b|\bcode that just arrived\b"
    r"|\bstay on (?:the )?(?:video )?call\b"
)
# Words one of which each pattern needs (see implied_threats: one set test per pattern).
_SCRIPT_WORDS = frozenset(
    "hang pin banking arrest inform tell collect code stay read prepare".split()
)
_UNPROTECTED_WORDS = frozenset(
    "only paypal protection services card cards gift giftcard giftcards union moneygram "
    "account transfer itunes".split()
)
_AWAY_WORDS = frozenset(
    "overseas abroad deployed deployment posted offshore rig away peacekeeping stationed".split()
)
_FEE_WORDS = frozenset("fee fees charge pack kit amount deposit".split())
_ANY_ANCHOR = _SCRIPT_WORDS | _UNPROTECTED_WORDS | _AWAY_WORDS | _FEE_WORDS


def fraud_cues(norm: Normalized, words: AbstractSet[str] | None = None) -> list[LinkHit]:
    """Fraud cues of the word view of ``norm`` (``words``: its words, if already split)."""
    text = norm.text
    if words is None:
        words = set(text.split())
    if _ANY_ANCHOR.isdisjoint(words):
        return []  # most statuses
    hits: list[LinkHit] = []
    for anchors, regex, rule, severity, explanation in (
        (
            _SCRIPT_WORDS,
            _SCRIPT_RE,
            "scam.fraud_script",
            "high",
            "a line from a phone fraud's script",
        ),
        (
            _UNPROTECTED_WORDS,
            _UNPROTECTED_RE,
            "scam.unprotected_payment",
            "medium",
            "asks for payment that cannot be got back",
        ),
        (
            _AWAY_WORDS,
            _AWAY_RE,
            "scam.away_seller",
            "medium",
            "someone abroad asks for money before anything is seen",
        ),
    ):
        if anchors.isdisjoint(words):
            continue
        m = regex.search(text)
        if m is not None:
            hits.append(LinkHit(rule, "spam", severity, *norm.span(*m.span()), explanation))
    if not _FEE_WORDS.isdisjoint(words) and not _PAY_WORDS.isdisjoint(words):
        m = _UNLOCK_FEE_RE.search(text)
        if m is not None:
            hits.append(
                LinkHit(
                    "scam.unlock_fee",
                    "spam",
                    "medium",
                    *norm.span(*m.span()),
                    "asks for a fee to release money, goods or a job",
                )
            )
    return hits
