"""Lures without links: money promises, investment returns, selling followers or accounts,
and crypto doubling ("send 1 BTC, get 2 back")."""

from __future__ import annotations

import re

from .link_hit import LinkHit
from .offsets import Normalized

_DIGIT_RE = re.compile(r"\d")
_MONEY_RE = re.compile(
    r"\b(?:earn|earning|make|making|made|get|getting|receive|win|won|profit|income|paid|payout"
    r"|withdraw\w*)\s+(?:up to\s+|over\s+|at least\s+|from\s+|about\s+)?"
    r"(?:[$€£₿₹₦₱¥₩₺]\s?\d[\d,.]*\s?k?|\d[\d,.]*\s?k?\s?(?:[$€£]|usd\b|usdt\b|dollars\b|bucks\b"
    r"|btc\b|eth\b|euros?\b|pounds\b|gbp\b|eur\b|cash\b))"
)
_PERCENT_RE = re.compile(
    r"\b\d{1,4}(?:[.,]\d+)?\s?%\s+(?:profit|returns?|roi|daily|weekly|monthly|guaranteed"
    r"|bonus|a day|per day|every day|interest)\b"
)
_SELLING_RE = re.compile(
    r"\b(?:sell|selling|buy|buying|cheap)\w*\s+(?:\w+\s+){0,2}?(?:followers|likes|views"
    r"|subscribers|accounts|nitro|robux|vbucks|v bucks|skins|gift ?cards?)\b"
)
_DOUBLING_RE = re.compile(
    r"\b(?:send|deposit|invest|transfer)\w*\b.{0,40}?\b(?:receive|get|return|send)\w*\b"
    r".{0,30}?(?:\bback\b|\bdouble\b|\b2x\b|\bx2\b|\btwice\b)"
)

# Link-less lures of the word view: asking for credentials or codes, announcing a prize, and
# "text/call this number" next to a money, prize or account word.
_CREDENTIAL_RE = re.compile(
    r"\b(?:verify|confirm|validate|revalidate|update your (?:payment|billing|card|bank)"
    r"|send|share|give|reply with|provide)"
    r"\s+(?:us\s+|me\s+)?(?:your\s+|the\s+)?(?:\w+\s+){0,2}?"
    r"(?:password|pin|login|card number|card details|bank details|seed phrase|recovery phrase"
    r"|identity|payment details|billing|ssn|digit code|security code|verification code"
    r"|code we|code you)\b"
)
_PRIZE_RE = re.compile(
    r"\b(?:you(?:ve| have| are)?|your (?:number|entry|phone number|mobile number|email))"
    r"\s+(?:been\s+|was\s+|has\s+)?(?:won\s+(?:a|an|our|the|\d)|(?:selected|chosen)\s+"
    r"(?:to receive|for (?:a|an|our) (?:prize|reward|giveaway|gift|voucher))|today s lucky"
    r"|our lucky)\b"
    r"|\bclaim (?:your|the|a) (?:\w+ )?(?:prize|reward|voucher|gift|cash|refund|winnings)"
    r"|\b(?:lucky (?:winner|draw|visitor)|unclaimed prize|jackpot)\b"
)
_NUMBER_RE = re.compile(
    r"\b(?:text|txt|reply|sms|call|ring|phone|contact|whatsapp)\b.{0,30}?\d[\d ]{3,}"
)
_NUMBER_LURES = frozenset(
    "prize won win winner claim refund account card payment charge charged fraud reward "
    "voucher free jackpot compensation parcel fee loan urgent urgently money grant cash "
    "gift suspended blocked".split()
)
# One regex search instead of sixteen substring tests (the check runs on every status).
_LURE_HINT_RE = re.compile(
    "verif|confirm|code|password|pin|won|win|select|chosen|claim|lucky|jackpot|phrase|login"
    "|details|valid"
)

_SELL_HINT_RE = re.compile(r"\b(?:sell|buy|cheap)")
# Every money promise names a currency, by symbol or by word (see _MONEY_RE).
_CURRENCY_HINTS = (
    *"$€£₿₹₦₱¥₩₺",
    *"usd dollar buck btc eth euro pound gbp eur cash".split(),
)


def scam_patterns(norm: Normalized) -> list[LinkHit]:
    """Money promises and crypto doubling. Money needs the base view (it keeps $ and %); the
    word view catches the same wording when it is disguised (``e-a-r-n 1000 u-s-d-t``)."""
    hits: list[LinkHit] = []
    base, text = norm.base, norm.text
    has_digit = bool(_DIGIT_RE.search(base))
    selling = bool(_SELL_HINT_RE.search(text) or _SELL_HINT_RE.search(base))
    if not has_digit and "send" not in text and "deposit" not in text and not selling:
        return _link_less_lures(norm)
    offsets = norm.base_offsets

    def base_span(s: int, e: int) -> tuple[int, int]:
        if offsets is None:
            return s, e
        return offsets[s], offsets[e - 1] + 1

    # Each pattern only when its necessary words or symbols are there: money needs a digit
    # and a currency, returns a digit and "%", selling a sell/buy/cheap word.
    money = has_digit and any(c in base or c in text for c in _CURRENCY_HINTS)
    percent = has_digit and "%" in base
    for wanted, regex, rule, severity, explanation in (
        (money, _MONEY_RE, "scam.money_promise", "medium", "promises money"),
        (percent, _PERCENT_RE, "scam.returns_promise", "medium", "promises investment returns"),
        (
            selling,
            _SELLING_RE,
            "scam.selling_accounts",
            "medium",
            "sells followers, accounts or items",
        ),
    ):
        if not wanted:
            continue
        found = False
        for m in regex.finditer(base):
            found = True
            hits.append(LinkHit(rule, "spam", severity, *base_span(*m.span()), explanation))
        if not found:
            for m in regex.finditer(text):
                hits.append(LinkHit(rule, "spam", severity, *norm.span(*m.span()), explanation))
    hits.extend(_link_less_lures(norm))
    for m in _DOUBLING_RE.finditer(text):
        hits.append(
            LinkHit(
                "scam.doubling",
                "spam",
                "high",
                *norm.span(*m.span()),
                "asks for a payment to get more back",
            )
        )
    return hits


def _link_less_lures(norm: Normalized) -> list[LinkHit]:
    text = norm.text
    if not _LURE_HINT_RE.search(text) and not _DIGIT_RE.search(text):
        return []
    hits: list[LinkHit] = []
    for regex, rule, category, explanation in (
        (_CREDENTIAL_RE, "scam.credentials", "phishing", "asks for credentials or a code"),
        (_PRIZE_RE, "scam.prize", "spam", "announces a prize or a selection"),
    ):
        m = regex.search(text)
        if m:
            hits.append(LinkHit(rule, category, "medium", *norm.span(*m.span()), explanation))
    m = _NUMBER_RE.search(text)
    if m and _NUMBER_LURES.intersection(text.split()):
        hits.append(
            LinkHit(
                "scam.contact_number",
                "spam",
                "medium",
                *norm.span(*m.span()),
                "asks to text or call a number about money, a prize or an account",
            )
        )
    return hits
