"""Links and scams: URLs, bare and defanged domains, look-alike hosts and money lures.

MSC4426 says clients SHOULD NOT linkify status text, so a link in a status is already a weak
signal. It becomes a flag when the host imitates a well-known brand (``dlscord.gift``,
``pаypal.com`` with a Cyrillic ``а``, ``steamcommunlty.com``), is a known IP logger or on the
operator's blocklist, or when the status also carries a lure (giveaway, "verify your
account"): the detector combines those.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources

from .normalize import Normalized

# The data files ship inside this package.
_DATA = resources.files(__package__ or __name__) / "data"

log = logging.getLogger(__name__)

# Leet digits seen in look-alike hosts; "i" and "l" are merged because they are swapped both
# ways (dlscord, paypai).
_HOST_LEET = str.maketrans({"0": "o", "1": "l", "3": "e", "4": "a", "5": "s", "7": "t",
                            "8": "b", "9": "g", "$": "s", "@": "a", "i": "l", "-": None,
                            "_": None})  # fmt: skip

_DEFANG_RE = re.compile(
    r"\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\)|\{dot\}|<dot>|\[\s?\.\s?\]"
    r"|(?<=[a-z0-9])\s+dot\s+(?=[a-z0-9])|\[:\]|\[://\]|\[/\]|hxxps?|h\*\*ps?|hxps?"
)
_URL_RE = re.compile(
    r"(?P<scheme>\b(?:https?|ftp)://)?"
    r"(?P<host>(?:[^\W_](?:[\w\u0300-\u036f-]{0,61}[^\W_])?\.)+"
    r"(?P<tld>[^\W\d_]{2,24}|xn--[a-z0-9-]{1,59}))"
    r"(?![\w-])(?P<port>:\d{1,5})?(?P<path>[/?#][^\s]*)?"
)
_IP_URL_RE = re.compile(r"\b(?:https?|ftp)://(\d{1,3}(?:\.\d{1,3}){3})(?::\d+)?(?:/\S*)?")
# File extensions that are also country codes; scheme-less "setup.py" is not a link.
_FILE_LIKE_TLDS = frozenset("py sh md rs pl cs so ps ts js rb go hs ml mk pm sc".split())
_PHISHY_WORDS = (
    "gift nitro free login verif secure support wallet claim promo reward airdrop bonus "
    "account auth update help unlock restore connect sync giveaway drop event trade signin "
    "recover appeal billing payment prize upgrade premium vip gold"
).split()
# Account bait anywhere in the status makes a brand-bearing host suspicious.
_CONTEXT_BAIT_RE = re.compile(
    r"login|log in|sign in|signin|verif|claim|wallet|nitro|airdrop|giveaway|free|gift|reward"
    r"|prize|password|unlock|restore|unread|suspended|locked|expired|security"
)
# Cheap pre-check: no dot and no defanging marker means no link.
_ANY_DOT_RE = re.compile(r"\.|dot|hxx|h\*\*|\u3002|\uff61")
# What every link needs: a dot before a label or TLD character (a bare "." ending a sentence
# is no link), a defanged dot ("[.]", "(dot)") or a defanged scheme.
_CANDIDATE_RE = re.compile(r"\.[^\W_]|[\[({<]\s?\.|dot|hxx|h\*\*|\u3002|\uff61")
_NOT_CANDIDATE_CHAR_RE = re.compile(r"[^a-z0-9.*\u3002\uff61]+")
_DIGIT_RE = re.compile(r"\d")
_MONEY_RE = re.compile(
    r"\b(?:earn|earning|make|making|made|get|getting|receive|win|won|profit|income|paid|payout"
    r"|withdraw\w*)\s+(?:up to\s+|over\s+|at least\s+|from\s+|about\s+)?"
    r"(?:[$€£₿]\s?\d[\d,.]*\s?k?|\d[\d,.]*\s?k?\s?(?:[$€£]|usd\b|usdt\b|dollars\b|bucks\b"
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


@dataclass(frozen=True, slots=True)
class LinkHit:
    """A link or scam finding in ORIGINAL-text coordinates."""

    rule: str
    category: str
    severity: str
    start: int
    end: int
    explanation: str


@dataclass(frozen=True, slots=True)
class Brand:
    name: str
    distinctive: bool
    official: tuple[str, ...]
    labels: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _HostLists:
    gtlds: frozenset[str]
    suspicious: frozenset[str]
    shorteners: frozenset[str]
    ipgrabbers: frozenset[str]
    thirdparty: frozenset[str]
    suffix2: frozenset[str]


def load_brands() -> tuple[Brand, ...]:
    text = (_DATA / "brands.txt").read_text("utf-8")
    brands = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        name, kind, official, extra = (part.strip() for part in line.split("|"))
        domains = tuple(official.split())
        labels = {name, *extra.split()}
        brands.append(Brand(name, kind == "distinctive", domains, tuple(sorted(labels))))
    return tuple(brands)


def load_host_lists() -> _HostLists:
    text = (_DATA / "domains.txt").read_text("utf-8")
    sections: dict[str, set[str]] = {}
    current: set[str] | None = None
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            current = sections.setdefault(line[1:], set())
            continue
        if current is None:
            raise ValueError("domains.txt: entry before any @section")
        current.update(line.split())
    return _HostLists(
        gtlds=frozenset(sections.get("gtld", ())),
        suspicious=frozenset(sections.get("suspicious", ())),
        shorteners=frozenset(sections.get("shortener", ())),
        ipgrabbers=frozenset(sections.get("iplogger", ())),
        thirdparty=frozenset(sections.get("thirdparty", ())),
        suffix2=frozenset(sections.get("suffix2", ())),
    )


def one_edit_apart(a: str, b: str) -> bool:
    """Exactly one insertion, deletion, substitution or adjacent swap turns a into b."""
    if a == b:
        return False
    la, lb = len(a), len(b)
    if la == lb:
        diff = [i for i in range(la) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    if abs(la - lb) != 1:
        return False
    if la > lb:
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1 :]


def _suffix_match(host: str, domains: Iterable[str]) -> str | None:
    """The entry of ``domains`` that ``host`` equals or is a subdomain of."""
    pool = domains if isinstance(domains, frozenset) else frozenset(domains)
    labels = host.split(".")
    # Listed names have at most a few labels; longer suffixes cannot match.
    for i in range(max(0, len(labels) - 5), len(labels)):
        suffix = ".".join(labels[i:])
        if suffix in pool:
            return suffix
    return None


class LinkScanner:
    def __init__(
        self,
        fold: Mapping[str, str],
        blocklist: Sequence[str] = (),
        allowlist: Sequence[str] = (),
    ) -> None:
        self._fold = fold
        self._brands = load_brands()
        self._lists = load_host_lists()
        self._blocklist = frozenset(blocklist)
        self._allowlist = frozenset(allowlist)
        self._official = frozenset(d for b in self._brands for d in b.official)
        self._official_canon = {self.canon(d): (b, d) for b in self._brands for d in b.official}
        self._official_canon_set = frozenset(self._official_canon)
        self._label_canon = [
            (b, label, self.canon(label)) for b in self._brands for label in b.labels
        ]

    # -- views ----------------------------------------------------------------------------------

    def canon(self, host: str) -> str:
        """Skeleton of a host for look-alike comparison: confusables and accents folded, leet
        digits read as letters, i/l merged, rn read as m, hyphens dropped."""
        out = []
        for ch in host:
            if ch.isascii():
                out.append(ch.lower())
                continue
            target = self._fold.get(ch)
            if target is None:
                decomposed = unicodedata.normalize("NFKD", ch)
                target = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
            out.append(target)
        skeleton = "".join(out).translate(_HOST_LEET)
        return skeleton.replace("rn", "m").replace("vv", "w")

    @staticmethod
    def link_view(text: str) -> tuple[str, list[int] | None, frozenset[int]]:
        """NFKC + casefold, invisible characters removed (their positions are reported, since
        a zero-width character inside a host is itself a disguise). Accents are kept: an
        accented host is a different host."""
        if text.isascii():
            return text.lower(), None, frozenset()
        out: list[str] = []
        offsets: list[int] = []
        hidden: set[int] = set()
        pieces = _LINK_PIECES
        for i, ch in enumerate(text):
            piece = pieces.get(ch)
            if piece is None:
                piece = _link_piece(ch)
            if not piece:
                hidden.add(len(out))
                continue
            out.append(piece)
            if len(piece) == 1:
                offsets.append(i)
            else:
                offsets.extend([i] * len(piece))
        return "".join(out), offsets, frozenset(hidden)

    # -- scanning -------------------------------------------------------------------------------

    def scan(self, text: str) -> list[LinkHit]:
        if not text.isascii():
            # Cheap, conservative pre-check before the per-character link view: dropping
            # every character but ASCII letters, digits, dots and stars can only create
            # candidates (a dot, "dot", "hxx"), never hide one.
            quick = _NOT_CANDIDATE_CHAR_RE.sub("", unicodedata.normalize("NFKC", text).casefold())
            if not _ANY_DOT_RE.search(quick):
                return []
        view, offsets, hidden = self.link_view(text)
        if not _CANDIDATE_RE.search(view):
            return []
        bait_in_text = bool(_CONTEXT_BAIT_RE.search(view))
        defanged: list[tuple[int, int]] = []
        if _DEFANG_RE.search(view):
            view, offsets, defanged = _defang(view, offsets)

        def span(s: int, e: int) -> tuple[int, int]:
            if offsets is None:
                return s, e
            return offsets[s], offsets[e - 1] + 1

        hits: list[LinkHit] = []
        for m in _URL_RE.finditer(view):
            host = m.group("host").rstrip(".")
            scheme = m.group("scheme")
            start, end = m.span()
            prev = view[start - 1] if start > 0 else ""
            email = False
            if not scheme:
                if prev and (prev.isalnum() or prev in "._-"):
                    continue
                if prev == ":" and _is_matrix_identifier(view, start):
                    continue
                if prev == "@":
                    email = True
                    start = view.rfind(" ", 0, start) + 1
            if not self._valid_tld(m.group("tld"), bool(scheme)):
                continue
            o_start, o_end = span(start, end)
            has_hidden = any(start <= h < end for h in hidden)
            was_defanged = any(start <= s < end for s, _ in defanged) or (
                scheme is None and view[max(0, start - 8) : start].endswith("://")
            )
            if scheme and view[end : end + 1] == "@":
                # https://discord.com@evil.example/ opens evil.example.
                hits.append(
                    LinkHit(
                        "link.userinfo",
                        "phishing",
                        "high",
                        o_start,
                        o_end,
                        f"link shows {host} but opens the host after the @",
                    )
                )
                continue
            path = m.group("path") or ""
            hits.extend(
                self._judge_host(
                    host, o_start, o_end, email, has_hidden, was_defanged, path, bait_in_text
                )
            )
        for m in _IP_URL_RE.finditer(view):
            o_start, o_end = span(*m.span())
            hits.append(
                LinkHit(
                    "link.ip_address",
                    "phishing",
                    "medium",
                    o_start,
                    o_end,
                    f"link to a bare IP address {m.group(1)}",
                )
            )
        return hits

    def _valid_tld(self, tld: str, has_scheme: bool) -> bool:
        if tld.startswith("xn--") or self.canon(tld) in ("com", "net", "org"):
            return True  # incl. look-alike TLDs: .corn for .com
        if not tld.isascii():
            return has_scheme
        if len(tld) == 2:
            return has_scheme or tld not in _FILE_LIKE_TLDS
        return tld in self._lists.gtlds

    def _judge_host(
        self,
        host: str,
        start: int,
        end: int,
        email: bool,
        hidden: bool,
        defanged: bool,
        path: str,
        bait_in_text: bool,
    ) -> list[LinkHit]:
        lists = self._lists
        out: list[LinkHit] = []

        def add(rule: str, category: str, severity: str, explanation: str) -> None:
            out.append(LinkHit(rule, category, severity, start, end, explanation))

        if _suffix_match(host, self._allowlist):
            return out
        what = "email address" if email else "link"
        if not email:
            add("link.present", "spam", "low", f"{what} to {host} (statuses are not linkified)")
        if defanged:
            add(
                "link.defanged",
                "spam",
                "low",
                f"defanged {what} ({host}) written to dodge filters",
            )
        if hidden:
            add(
                "link.hidden_characters",
                "phishing",
                "medium",
                f"invisible characters inside the host {host}",
            )
        blocked = _suffix_match(host, self._blocklist)
        if blocked:
            add("link.blocklisted", "phishing", "high", f"host {host} is on the domain blocklist")
            return out
        if _suffix_match(host, lists.ipgrabbers):
            add("link.ip_logger", "phishing", "high", f"{host} is an IP-logging service")
            return out
        if _suffix_match(host, lists.shorteners) and not email:
            add("link.shortener", "spam", "low", f"shortened link ({host}) hides its destination")
            return out
        if host.isascii() and (_suffix_match(host, self._official) or host in lists.thirdparty):
            return out
        display = host
        if "xn--" in host:
            try:
                display = host.encode("ascii").decode("idna")
            except (UnicodeError, ValueError):
                display = host
            add("link.punycode", "phishing", "medium", f"punycode host {host} ({display})")
        lookalike = self._lookalike(display, path, bait_in_text)
        if lookalike:
            rule, severity, explanation = lookalike
            add(rule, "phishing", severity, explanation)
        elif not display.isascii() and "xn--" not in host:
            add("link.idn", "phishing", "low", f"internationalised host {host}")
        tld = host.rsplit(".", 1)[-1]
        if tld in lists.suspicious and not email:
            add("link.suspicious_tld", "spam", "low", f".{tld} domains are mostly throwaway")
        return out

    def _registrable_label(self, host: str) -> tuple[str, str]:
        labels = host.split(".")
        if len(labels) >= 3 and ".".join(labels[-2:]) in self._lists.suffix2:
            return labels[-3], ".".join(labels[:-3])
        if len(labels) >= 2:
            return labels[-2], ".".join(labels[:-2])
        return labels[0], ""

    def _lookalike(self, host: str, path: str, bait_in_text: bool) -> tuple[str, str, str] | None:
        """(rule, severity, explanation) when the host imitates a brand."""
        canon_host = self.canon(host)
        # The whole host is an official domain in disguise (pаypal.com, paypa1.com).
        match = _suffix_match(canon_host, self._official_canon_set)
        if match is not None:
            brand, official = self._official_canon[match]
            return (
                "link.lookalike",
                "high",
                f"host {host} imitates {official} ({brand.name})",
            )
        # An official domain used as a subdomain of another host: paypal.com.secure-login.xyz
        labels = host.split(".")
        for i in range(len(labels) - 1):
            # Official names have at most 3 labels; j < len: the name is not the host's suffix.
            for j in range(i + 2, min(i + 4, len(labels))):
                official = ".".join(labels[i:j])
                if official in self._official:
                    return (
                        "link.lookalike",
                        "high",
                        f"host {host} puts {official} in front of an unrelated domain",
                    )
        label, subdomains = self._registrable_label(host)
        canon_label = self.canon(label)
        canon_sub = self.canon(subdomains)
        phishy = bait_in_text or any(w in host or w in path for w in _PHISHY_WORDS)
        for brand, brand_label, canon_brand in self._label_canon:
            if canon_label == canon_brand:
                if label != brand_label:
                    return (
                        "link.lookalike",
                        "high",
                        f"host {host} spells {brand_label} with look-alike characters",
                    )
                if brand.distinctive:
                    return (
                        "link.brand_unofficial",
                        "high" if phishy else "medium",
                        f"{brand.name} name on a domain {brand.name} does not use ({host})",
                    )
                continue
            if not brand.distinctive:
                # An ordinary word (matrix, apple) in a host is fine, unless the registrable
                # name pairs it with bait: matrix-verification.org, appleid-verify.support.
                if phishy and len(canon_brand) >= 5 and canon_brand in canon_label:
                    return (
                        "link.brand_embedded",
                        "high",
                        f"host {host} pairs the {brand.name} name with account bait",
                    )
                continue
            if len(canon_brand) >= 5 and one_edit_apart(canon_label, canon_brand):
                return (
                    "link.typosquat",
                    "high",
                    f"host {host} is a misspelling of {brand_label} ({brand.name})",
                )
            if len(canon_brand) >= 5 and (canon_brand in canon_label or canon_brand in canon_sub):
                # micros0ft-office.com: the brand itself is spelt with look-alikes.
                disguised = brand_label not in host.replace("-", "")
                return (
                    "link.brand_embedded",
                    "high" if phishy or disguised else "low",
                    f"host {host} borrows the {brand.name} name",
                )
        return None


# Per-character NFKC + casefold for the link view ("" for invisible characters). Bounded like
# the normaliser's cache.
_LINK_PIECES: dict[str, str] = {}


def _link_piece(ch: str) -> str:
    cat = unicodedata.category(ch)
    if cat in ("Cf", "Cs") or (cat == "Cc" and not ch.isspace()):
        piece = ""
    else:
        piece = unicodedata.normalize("NFKC", ch).casefold()
        if piece in ("\u3002", "\uff61"):
            piece = "."
    if len(_LINK_PIECES) >= 20_000:
        _LINK_PIECES.clear()
    _LINK_PIECES[ch] = piece
    return piece


def _is_matrix_identifier(view: str, host_start: int) -> bool:
    """``@alice:example.org``, ``#room:example.org``: a Matrix ID, not a link."""
    i = host_start - 1  # the colon
    j = i - 1
    while j >= 0 and not view[j].isspace():
        j -= 1
    return i - j > 1 and view[j + 1] in "@#!+$"


def _defang(view: str, offsets: list[int] | None) -> tuple[str, list[int], list[tuple[int, int]]]:
    """Undo defanging (``hxxp``, ``[.]``, ``(dot)``), keeping the offset map."""
    out: list[str] = []
    new_offsets: list[int] = []
    spans: list[tuple[int, int]] = []
    pos = 0

    def orig(i: int) -> int:
        return offsets[i] if offsets is not None else i

    for m in _DEFANG_RE.finditer(view):
        s, e = m.span()
        for i in range(pos, s):
            out.append(view[i])
            new_offsets.append(orig(i))
        token = m.group(0)
        if token.startswith("h"):
            repl = "https" if token.endswith("s") else "http"
        elif "://" in token:
            repl = "://"
        elif ":" in token:
            repl = ":"
        elif "/" in token:
            repl = "/"
        else:
            repl = "."
        spans.append((len(out), len(out) + len(repl)))
        for k, c in enumerate(repl):
            out.append(c)
            new_offsets.append(orig(min(s + k, e - 1)))
        pos = e
    for i in range(pos, len(view)):
        out.append(view[i])
        new_offsets.append(orig(i))
    return "".join(out), new_offsets, spans


_SELL_HINT_RE = re.compile(r"\b(?:sell|buy|cheap)")
# Every money promise names a currency, by symbol or by word (see _MONEY_RE).
_CURRENCY_HINTS = (
    *"$€£₿",
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
        return hits
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
