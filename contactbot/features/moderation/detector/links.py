"""Links and scams: URLs, bare and defanged domains, look-alike hosts and money lures.

MSC4426 says clients SHOULD NOT linkify status text, so a link in a status is already a weak
signal. It becomes a flag when the host imitates a well-known brand (``dlscord.gift``,
``pаypal.com`` with a Cyrillic ``а``, ``steamcommunlty.com``), is a known IP logger or on the
operator's blocklist, or when the status also carries a lure (giveaway, "verify your
account"): the detector combines those.

The pieces live beside this module: :mod:`.link_view` (the view links are found in, and
defanging), :mod:`.host_lists` (shipped host data), :mod:`.lookalike` (brand imitation) and
:mod:`.lures` (money lures without links).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence

from .host_lists import load_brands, load_host_lists, one_edit_apart, suffix_match
from .link_hit import LinkHit
from .link_view import DEFANG_RE, defang, is_matrix_identifier, link_view
from .lookalike import BrandMatcher
from .lures import scam_patterns

__all__ = ["LinkHit", "LinkScanner", "one_edit_apart", "scam_patterns"]

_URL_RE = re.compile(
    r"(?P<scheme>\b(?:https?|ftp)://)?"
    r"(?P<host>(?:[^\W_](?:[\w\u0300-\u036f-]{0,61}[^\W_])?\.)+"
    r"(?P<tld>[^\W\d_]{2,24}|xn--[a-z0-9-]{1,59}))"
    r"(?![\w-])(?P<port>:\d{1,5})?(?P<path>[/?#][^\s]*)?"
)
_IP_URL_RE = re.compile(r"\b(?:https?|ftp)://(\d{1,3}(?:\.\d{1,3}){3})(?::\d+)?(?:/\S*)?")
# File extensions that are also country codes; scheme-less "setup.py" is not a link.
_FILE_LIKE_TLDS = frozenset("py sh md rs pl cs so ps ts js rb go hs ml mk pm sc".split())
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


class LinkScanner:
    """Finds links in a status and judges their hosts. Build once; thread-safe for reads."""

    def __init__(
        self,
        fold: Mapping[str, str],
        blocklist: Sequence[str] = (),
        allowlist: Sequence[str] = (),
    ) -> None:
        self._lists = load_host_lists()
        self._brands = BrandMatcher(fold, load_brands(), self._lists)
        self._blocklist = frozenset(blocklist)
        self._allowlist = frozenset(allowlist)
        self._official = self._brands.official

    # -- views ----------------------------------------------------------------------------------

    def canon(self, host: str) -> str:
        """Skeleton of a host for look-alike comparison (see :meth:`BrandMatcher.canon`)."""
        return self._brands.canon(host)

    link_view = staticmethod(link_view)

    # -- scanning -------------------------------------------------------------------------------

    def scan(self, text: str) -> list[LinkHit]:
        if not text.isascii():
            # Cheap, conservative pre-check before the per-character link view: dropping
            # every character but ASCII letters, digits, dots and stars can only create
            # candidates (a dot, "dot", "hxx"), never hide one.
            folded = unicodedata.normalize("NFKC", text).casefold()
            if not _may_spell_candidate(folded):
                return []
            quick = _NOT_CANDIDATE_CHAR_RE.sub("", folded)
            if not _ANY_DOT_RE.search(quick):
                return []
        view, offsets, hidden = self.link_view(text)
        if not _has_candidate_mark(view) or not _CANDIDATE_RE.search(view):
            return []
        bait_in_text = bool(_CONTEXT_BAIT_RE.search(view))
        defanged: list[tuple[int, int]] = []
        if DEFANG_RE.search(view):
            view, offsets, defanged = defang(view, offsets)

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
                if prev == ":" and is_matrix_identifier(view, start):
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

        if suffix_match(host, self._allowlist):
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
        blocked = suffix_match(host, self._blocklist)
        if blocked:
            add("link.blocklisted", "phishing", "high", f"host {host} is on the domain blocklist")
            return out
        if suffix_match(host, lists.ipgrabbers):
            add("link.ip_logger", "phishing", "high", f"{host} is an IP-logging service")
            return out
        if suffix_match(host, lists.shorteners) and not email:
            add("link.shortener", "spam", "low", f"shortened link ({host}) hides its destination")
            return out
        if host.isascii() and (suffix_match(host, self._official) or host in lists.thirdparty):
            return out
        display = host
        if "xn--" in host:
            try:
                display = host.encode("ascii").decode("idna")
            except (UnicodeError, ValueError):
                display = host
            add("link.punycode", "phishing", "medium", f"punycode host {host} ({display})")
        lookalike = self._brands.lookalike(display, path, bait_in_text)
        if lookalike:
            rule, severity, explanation = lookalike
            add(rule, "phishing", severity, explanation)
        elif not display.isascii() and "xn--" not in host:
            add("link.idn", "phishing", "low", f"internationalised host {host}")
        tld = host.rsplit(".", 1)[-1]
        if tld in lists.suspicious and not email:
            add("link.suspicious_tld", "spam", "low", f".{tld} domains are mostly throwaway")
        return out


def _has_candidate_mark(view: str) -> bool:
    """Whether ``view`` contains what every _CANDIDATE_RE match contains. Most statuses have
    none, and six substring tests cost a fifth of the regex, which tries all its branches at
    every position."""
    return (
        "." in view
        or "dot" in view
        or "hxx" in view
        or "h**" in view
        or "\u3002" in view
        or "\uff61" in view
    )


def _may_spell_candidate(folded: str) -> bool:
    """Whether dropping characters from ``folded`` could leave what _ANY_DOT_RE looks for: a
    dot, or the letters of "dot", "hxx" or "h**". Dropping characters cannot create others,
    so a status without them skips the removal pass."""
    return (
        "." in folded
        or "\u3002" in folded
        or "\uff61" in folded
        or ("d" in folded and "o" in folded and "t" in folded)
        or ("h" in folded and ("x" in folded or "*" in folded))
    )
