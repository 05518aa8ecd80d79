"""Demands for money that need no link or prize word (detector round 9): redirected invoices,
fines that "cancel" a warrant, jobs that charge before they pay, and boasts of daily earnings.

Each shape needs two parts, such as a payment and a threat ("overdue invoice, pay today to
avoid legal action"), or a job and a fee ("role at Google, pay for the assessment first"). One
part alone is everyday speech: a freelancer's "invoice is overdue :(" and a runner's
"registration fee is €20" name money but demand nothing.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from .link_hit import LinkHit
from .offsets import Normalized

# Money redirected to a new account, or an overdue bill with a threat and a deadline.
_INVOICE_RE = re.compile(
    r"\b(?:new|updated|changed|different) (?:bank|banking|account|payment|remittance)"
    r" (?:details|account|info|information)\b"
    r"|\b(?:remit|wire|transfer|send) (?:\w+ ){0,3}?to (?:the|our|my) (?:new|updated)\b"
    r"|\b(?:overdue|unpaid|outstanding|final notice|final reminder)\b.{0,80}?"
    r"\b(?:pay|settle|remit|payment)\b.{0,60}?\b(?:legal action|court|bailiffs?|suspension"
    r"|suspended|disconnect\w*|deleted|terminated|collections)\b"
    r"|\b(?:invoice|renewal|bill|subscription)\b.{0,40}?\b(?:overdue|unpaid|expired|lapsed)\b"
    r".{0,60}?\b(?:will be|is being) (?:deleted|suspended|terminated|disconnected|cancelled)\b"
    r"|\b(?:electricity|power|water|gas|internet|service)\b (?:will be |is being )?(?:cut|cut off"
    r"|disconnected|shut off|switched off)\b.{0,60}?\b(?:call|pay)\b"
)
# A penalty that paying "cancels", or an officer to call back about it.
_FINE_RE = re.compile(
    r"\b(?:warrant|arrest|summons|case|levy|fine|penalty|toll|duty|tax)\b.{0,60}?"
    r"\b(?:pay|settle|call)\b.{0,40}?\b(?:to (?:cancel|avoid|stop|clear|close|withdraw)"
    r" (?:it|the (?:warrant|arrest|case|summons))"
    r"|or (?:face |be )?(?:arrest\w*|a warrant|jail|prosecut\w*))\b"
    r"|\b(?:levy|fine|penalty|toll|duty|tax|permit)\b.{0,40}?\b(?:overdue|unpaid|outstanding)\b"
    r".{0,40}?\bcall (?:the |our |this )?(?:officer|agent|hotline|number|department)\b"
)
# A job, a gig or a modelling scout that asks for money first.
_JOB_FEE_RE = re.compile(
    r"\b(?:job|jobs|role|position|hiring|recruiter|headhunter|hr|testers?|scout|agency"
    r"|employment|vacancy|internship|gig)\b.{0,100}?"
    r"\b(?:pay|paid|buy|purchase|deposit|send)\b.{0,40}?\b(?:first|upfront|up front"
    r"|before (?:you|we) start|to (?:start|proceed|begin|secure the (?:job|role|position))"
    r"|for the (?:device|equipment|kit|laptop|training|uniform|assessment|test))\b"
    r"|\b(?:small|one time|refundable) (?:registration|joining|processing|membership) fee\b"
)
# A "new number" from someone who then needs money: the family-impersonation fraud.
_NEW_NUMBER_RE = re.compile(
    r"\bnew number\b.{0,80}?\b(?:pay|borrow|cash|money|bill|transfer|send|favour|favor"
    r"|emergency|urgent)\b"
    r"|\b(?:pay|borrow|cash|money|bill|transfer)\b.{0,60}?\bnew number\b"
)
# Boasts of what strangers earn a day from a course, signal group or scheme; returns by the
# day or week (any rate), or ten per cent or more a month.
_EARNINGS_RE = re.compile(
    r"\b(?:students|members|people|clients|traders|investors|everyone|canadians|americans"
    r"|brits|aussies|nigerians|kenyans|indians)\b (?:are |who )?(?:making|earning|pulling)"
    r" (?:\d+k?|thousands|hundreds)\w* (?:a|per|every) (?:day|week|month)\b"
    r"|\bturned (?:my |our |a )?\d[\d,]*k? into \d[\d,]*k?\b"
    r"|\b(?:pays|paying|returns?|yields?|earn|income)\b.{0,30}?\b(?:\d+ ?(?:percent|%)"
    r" (?:a |per |every )?(?:day|daily|week|weekly)|(?:[1-9]\d|\d{3,}) ?(?:percent|%)"
    r" (?:a |per |every )?(?:month|monthly))\b"
)
_INVOICE_WORDS = frozenset(
    "details remit wire overdue unpaid outstanding notice reminder account expired lapsed cut "
    "disconnected off".split()
)
_FINE_WORDS = frozenset(
    "warrant arrest summons case levy fine penalty toll duty tax permit".split()
)
_JOB_WORDS = frozenset(
    "job jobs role position hiring recruiter headhunter hr tester testers scout agency "
    "employment vacancy internship gig registration joining processing membership".split()
)
_EARNINGS_WORDS = frozenset(
    "making earning pulling pays paying return returns yield yields earn income turned".split()
)
_NEW_NUMBER_WORDS = frozenset(("number",))
_ANY_ANCHOR = _INVOICE_WORDS | _FINE_WORDS | _JOB_WORDS | _EARNINGS_WORDS | _NEW_NUMBER_WORDS
_SHAPES = (
    (
        _INVOICE_WORDS,
        _INVOICE_RE,
        "scam.invoice_redirect",
        "medium",
        "redirects a payment or threatens over an overdue bill",
    ),
    (
        _FINE_WORDS,
        _FINE_RE,
        "scam.fake_fine",
        "medium",
        "a fine or warrant that paying or calling makes go away",
    ),
    (_JOB_WORDS, _JOB_FEE_RE, "scam.job_fee", "medium", "a job that charges before it pays"),
    (
        _NEW_NUMBER_WORDS,
        _NEW_NUMBER_RE,
        "scam.new_number",
        "medium",
        "a new number that then needs money (family impersonation)",
    ),
    (
        _EARNINGS_WORDS,
        _EARNINGS_RE,
        "scam.earnings_claim",
        "medium",
        "promises daily earnings or returns",
    ),
)


def payment_demands(norm: Normalized, words: AbstractSet[str]) -> list[LinkHit]:
    """The payment-demand shapes found in the word view of ``norm`` (``words``: its words)."""
    if _ANY_ANCHOR.isdisjoint(words):
        return []  # most statuses
    text = norm.text
    hits: list[LinkHit] = []
    for anchors, regex, rule, severity, explanation in _SHAPES:
        if anchors.isdisjoint(words):
            continue
        m = regex.search(text)
        if m is not None:
            hits.append(LinkHit(rule, "spam", severity, *norm.span(*m.span()), explanation))
    return hits
