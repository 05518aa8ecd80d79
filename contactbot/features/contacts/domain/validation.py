"""Validation of the untrusted values contact documents carry: text, server names, IDs, URLs.

Room content and well-known documents are claims made by strangers, so every check here is
bounded and never raises for bad input (except :func:`check_url`, whose ``ValueError`` carries
the human reason).
"""

from __future__ import annotations

import ipaddress
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal
from urllib.parse import quote, urlsplit

# -- Limits -------------------------------------------------------------------------------------

MAX_CONTACTS = 100  # entries read from one document; the rest is reported, not processed
MAX_PROBLEMS = 25  # problems kept per document; the rest is summarised in one line
MAX_DISPLAY_CHARS = 120  # untrusted strings quoted in problems
MAX_USER_ID_LENGTH = 255
MAX_SERVER_NAME_LENGTH = 255
MAX_EMAIL_LENGTH = 254
MAX_ROLE_LENGTH = 255
MAX_URL_LENGTH = 2048

# -- Display sanitising -------------------------------------------------------------------------

# Categories that can hide, reorder or break text: controls, format characters (bidi overrides
# and isolates, zero-width characters), lone surrogates, line and paragraph separators.
_INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})


def _is_invisible(char: str) -> bool:
    return unicodedata.category(char) in _INVISIBLE_CATEGORIES


def display_text(value: str, limit: int = MAX_DISPLAY_CHARS) -> str:
    """``value`` made safe to show: invisible characters escaped as ``\\uXXXX``, truncated.

    Work is bounded by ``limit``, whatever the length of ``value``.
    """
    head = value[: limit + 1]
    cleaned = "".join(f"\\u{ord(c):04x}" if _is_invisible(c) else c for c in head)
    if len(cleaned) > limit or len(value) > limit:
        cleaned = cleaned[: max(limit - 1, 0)] + "…"
    return cleaned


def has_invisible_characters(value: str) -> bool:
    """Whether ``value`` contains control, bidi-formatting or other invisible characters."""
    return any(_is_invisible(c) for c in value)


def describe_value(value: object) -> str:
    """A short, safe description of an untrusted JSON value for a problem message."""
    if isinstance(value, str):
        return f'"{display_text(value)}"'
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, list | tuple):
        return "an array"
    if isinstance(value, Mapping):
        return "an object"
    return f"a {type(value).__name__}"


# -- Server names and identifiers ---------------------------------------------------------------

_SERVER_NAME_RE = re.compile(
    r"(?:\[(?P<ipv6>[0-9A-Fa-f:.]{2,45})\]|(?P<name>[0-9A-Za-z.-]{1,255}))"
    r"(?::(?P<port>[0-9]{1,5}))?"
)
_DOTTED_QUAD_RE = re.compile(r"[0-9]{1,3}(?:\.[0-9]{1,3}){3}")
_DNS_LABEL_RE = re.compile(r"[0-9a-z](?:[0-9a-z-]{0,61}[0-9a-z])?")


@dataclass(frozen=True, slots=True)
class ServerName:
    """A validated Matrix server name. ``host`` is lower-case; IPv6 is kept without brackets."""

    host: str
    port: int | None
    kind: Literal["dns", "ipv4", "ipv6"]

    @property
    def url_host(self) -> str:
        """The host as it appears in a URL (IPv6 in brackets)."""
        return f"[{self.host}]" if self.kind == "ipv6" else self.host

    def __str__(self) -> str:
        return self.url_host if self.port is None else f"{self.url_host}:{self.port}"


def parse_server_name(value: object) -> ServerName | None:
    """Parse a server name (``hostname | IPv4 | [IPv6]``, optional ``:port``), or None.

    Follows the spec grammar, a little more strictly for DNS names: labels must be 1–63
    characters, must not start or end with ``-``, and a dotted quad must be a real IPv4 address.
    """
    if not isinstance(value, str) or not value or len(value) > MAX_SERVER_NAME_LENGTH:
        return None
    match = _SERVER_NAME_RE.fullmatch(value)
    if match is None:
        return None
    port: int | None = None
    if match["port"] is not None:
        port = int(match["port"])
        if not 1 <= port <= 65535:
            return None
    if match["ipv6"] is not None:
        try:
            address = ipaddress.IPv6Address(match["ipv6"])
        except ValueError:
            return None
        return ServerName(address.compressed, port, "ipv6")
    name = match["name"].lower()
    if _DOTTED_QUAD_RE.fullmatch(name):
        try:
            return ServerName(str(ipaddress.IPv4Address(name)), port, "ipv4")
        except ValueError:
            return None
    if not all(_DNS_LABEL_RE.fullmatch(label) for label in name.split(".")):
        return None
    return ServerName(name, port, "dns")


# Historical user IDs allow any printable ASCII except ':' in the localpart; clients must
# accept them, so we do too (renderers escape them like any other text).
_USER_ID_RE = re.compile(r"@(?P<localpart>[\x21-\x39\x3b-\x7e]+):(?P<server>[^\x00-\x20]+)")


def is_valid_user_id(value: object) -> bool:
    """Whether ``value`` is a Matrix user ID: ``@localpart:server_name``, at most 255 chars."""
    if not isinstance(value, str) or len(value) > MAX_USER_ID_LENGTH:
        return False
    match = _USER_ID_RE.fullmatch(value)
    return match is not None and parse_server_name(match["server"]) is not None


_EMAIL_LOCAL_RE = re.compile(
    r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
)


def is_valid_email(value: object) -> bool:
    """A sanity check for an ASCII e-mail address (``local@domain.tld``), not full RFC 5322."""
    if not isinstance(value, str) or len(value) > MAX_EMAIL_LENGTH or value.count("@") != 1:
        return False
    local, domain = value.split("@")
    if len(local) > 64 or not _EMAIL_LOCAL_RE.fullmatch(local):
        return False
    server = parse_server_name(domain)
    if server is None or server.kind != "dns" or server.port is not None:
        return False
    labels = server.host.split(".")
    return len(labels) >= 2 and not labels[-1].isdigit()


def user_id_key(user_id: str) -> str:
    """Comparison key of a user ID: server names are case-insensitive (DNS), localparts not."""
    localpart, _, server = user_id.partition(":")
    return f"{localpart}:{server.lower()}"


def email_key(email: str) -> str:
    """Comparison key of an e-mail address, folded so one mailbox is not listed twice."""
    # Local parts are case-sensitive on paper but nobody relies on it.
    return email.lower()


# -- URLs ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SafeUrl:
    """An ``http(s)`` URL that passed :func:`check_url`; the only kind of URL to link.

    ``url`` is ASCII: an internationalised host is shown in its ``xn--`` form so that look-alike
    characters cannot pass for another site, and other non-ASCII is percent-encoded.
    """

    url: str
    host: str

    def __str__(self) -> str:
        return self.url


# Characters left as they are when re-encoding a URL path, query or fragment.
_URL_SAFE_CHARS = "!#$%&'()*+,-./:;=?@[]~_"


def check_url(value: str) -> SafeUrl:
    """Validate an ``http(s)`` URL meant to be shown as a link.

    Raises:
        ValueError: with a human reason, for anything else (other schemes such as
            ``javascript:`` or ``data:``, credentials in the URL, invisible characters, ...).
    """
    if len(value) > MAX_URL_LENGTH:
        raise ValueError(f"it is longer than {MAX_URL_LENGTH} characters")
    if any(c.isspace() or _is_invisible(c) for c in value):
        raise ValueError("it contains spaces, control or bidirectional formatting characters")
    try:
        parts = urlsplit(value)
        port = parts.port
    except ValueError as exc:
        raise ValueError("it is not a well-formed URL") from exc
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise ValueError("only http and https URLs are accepted")
    if parts.username is not None or parts.password is not None or "@" in parts.netloc:
        # https://trusted.example@evil.example/ reads as the first host but goes to the second.
        raise ValueError("it contains a user name or password")
    host = parts.hostname
    if not host:
        raise ValueError("it has no host")
    if not host.isascii():
        try:
            host = host.encode("idna").decode("ascii")
        except UnicodeError as exc:
            raise ValueError("its host name is not a valid internationalised name") from exc
    bracketed = f"[{host}]" if ":" in host else host
    server = parse_server_name(bracketed if port is None else f"{bracketed}:{port}")
    if server is None:
        raise ValueError("its host is not a valid host name or IP address")
    url = f"{scheme}://{server}{quote(parts.path, safe=_URL_SAFE_CHARS)}"
    if parts.query:
        url += "?" + quote(parts.query, safe=_URL_SAFE_CHARS)
    if parts.fragment:
        url += "#" + quote(parts.fragment, safe=_URL_SAFE_CHARS)
    return SafeUrl(url=url, host=server.host)
