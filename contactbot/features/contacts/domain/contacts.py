"""MSC4489 room contacts (``m.room.contact``): parsing, validation, ranking and editing.

Everything here is pure. Room content is an unverified claim made by whoever could send the
state event, so parsing never raises and never trusts shapes, sizes or characters; what it had
to drop or clean is reported as human-readable ``problems`` for the room's admins.

The same contact rules serve the homeserver's ``/.well-known/matrix/support`` document
(MSC1929), whose ``contacts`` and ``support_page`` fields MSC4489 reuses; see
:mod:`contactbot.features.contacts.domain.support`.
"""

from __future__ import annotations

import ipaddress
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Literal, Protocol
from urllib.parse import quote, urlsplit

from contactbot.core.errors import NotFound, UserError

# -- Event identifiers --------------------------------------------------------------------------

STATE_TYPE = "m.room.contact"
UNSTABLE_STATE_TYPE = "net.codestorm.msc4489.contact"
STATE_TYPES = (STATE_TYPE, UNSTABLE_STATE_TYPE)
STATE_KEY = ""

# -- Roles --------------------------------------------------------------------------------------

ROLE_ADMIN = "m.role.admin"
ROLE_SECURITY = "m.role.security"
ROLE_MODERATOR = "m.role.moderator"  # MSC4121, not yet in the spec
ROLE_MODERATOR_UNSTABLE = "support.feline.msc4121.role.moderator"
ROLE_DPO = "m.role.dpo"  # MSC4265, not yet in the spec
ROLE_DPO_UNSTABLE = "org.matrix.msc4265.role.dpo"

# Unstable identifiers mean the same as their stable counterpart when matching and labelling.
_CANONICAL_ROLES: Mapping[str, str] = {
    ROLE_MODERATOR_UNSTABLE: ROLE_MODERATOR,
    ROLE_DPO_UNSTABLE: ROLE_DPO,
}

ROLE_LABELS: Mapping[str, str] = {
    ROLE_ADMIN: "Administrator",
    ROLE_SECURITY: "Security contact",
    ROLE_MODERATOR: "Moderator",
    ROLE_DPO: "Data protection officer",
}

# Words accepted for `!contact [purpose]` and when adding a contact. When writing, roles whose
# MSC is not merged use the unstable identifier, which is what current consumers read.
PURPOSE_ALIASES: Mapping[str, str] = {
    "admin": ROLE_ADMIN,
    "security": ROLE_SECURITY,
    "moderator": ROLE_MODERATOR_UNSTABLE,
    "mod": ROLE_MODERATOR_UNSTABLE,
    "dpo": ROLE_DPO_UNSTABLE,
}

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


def _user_id_key(user_id: str) -> str:
    # Server names are case-insensitive (DNS); localparts are compared as given.
    localpart, _, server = user_id.partition(":")
    return f"{localpart}:{server.lower()}"


def _email_key(email: str) -> str:
    # Local parts are case-sensitive on paper but nobody relies on it; comparing them folded
    # keeps one mailbox from showing up twice.
    return email.lower()


# Namespaced identifiers (appendix "Common Namespaced Identifier Grammar").
_NAMESPACED_ID_RE = re.compile(r"[a-z][a-z0-9._-]{0,254}")


def canonical_role(role: str) -> str:
    """The stable identifier for ``role`` (unstable MSC aliases map to their stable name)."""
    return _CANONICAL_ROLES.get(role, role)


def role_label(role: str) -> str | None:
    """A human label for a known role, or None for unknown roles (shown raw by callers)."""
    return ROLE_LABELS.get(canonical_role(role))


def role_aliases(role: str) -> frozenset[str]:
    """Every identifier that means the same role as ``role`` (itself included)."""
    canonical = canonical_role(role)
    return frozenset(
        {
            role,
            canonical,
            *(alias for alias, stable in _CANONICAL_ROLES.items() if stable == canonical),
        }
    )


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


# -- Parsed content -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Contact:
    """One usable contact. At least one of ``matrix_id`` and ``email_address`` is set.

    ``role`` is the role identifier as given (display-sanitised), ``""`` when there was none;
    unknown roles are kept so they can be shown raw.
    """

    role: str
    matrix_id: str | None
    email_address: str | None

    @property
    def key(self) -> tuple[str | None, str | None]:
        """Identity for de-duplication: the (normalised) Matrix ID and e-mail address together."""
        return (
            _user_id_key(self.matrix_id) if self.matrix_id else None,
            _email_key(self.email_address) if self.email_address else None,
        )

    @property
    def label(self) -> str | None:
        """A human label for the role, or None when the role is unknown or missing."""
        return role_label(self.role) if self.role else None


@dataclass(frozen=True, slots=True)
class ContactFields:
    """The ``contacts`` and ``support_page`` fields read from one document."""

    contacts: tuple[Contact, ...]
    support_page: SafeUrl | None
    support_page_raw: str | None
    problems: tuple[str, ...]
    entries_seen: int  # entries in the ``contacts`` array, counting those past the cap


@dataclass(frozen=True, slots=True)
class ContactInfo:
    """The effective content of a room's ``m.room.contact`` event, validated.

    ``support_page`` is set only for a safe ``http(s)`` URL. ``support_page_raw`` is the value
    as given (display-sanitised, truncated) whenever one was present, for reporting; it must
    never be rendered as a link. ``support_via`` is a non-standard extension naming a server
    whose ``/.well-known/matrix/support`` applies to the room too.
    """

    contacts: tuple[Contact, ...]
    support_page: SafeUrl | None
    support_page_raw: str | None
    support_via: str | None
    problems: tuple[str, ...]

    @property
    def is_empty(self) -> bool:
        """Whether nothing usable was found."""
        return not self.contacts and self.support_page is None and self.support_via is None


EMPTY_CONTACT_INFO = ContactInfo((), None, None, None, ())


class _Problems:
    """Collects problem messages up to a cap, counting the rest."""

    def __init__(self) -> None:
        self.items: list[str] = []
        self.overflow = 0

    def add(self, message: str) -> None:
        if len(self.items) < MAX_PROBLEMS:
            self.items.append(message)
        else:
            self.overflow += 1

    def result(self) -> tuple[str, ...]:
        if self.overflow:
            return (*self.items, f"… and {self.overflow} more problems not listed.")
        return tuple(self.items)


def _read_role(value: object, where: str, problems: _Problems, *, role_required: bool) -> str:
    if value is None:
        if role_required:
            problems.add(f"{where} has no role; it is kept without one.")
        return ""
    if not isinstance(value, str):
        problems.add(f"{where} has a role that is {describe_value(value)}, not a string; ignored.")
        return ""
    role = display_text(value, MAX_ROLE_LENGTH)
    if has_invisible_characters(value[: MAX_ROLE_LENGTH + 1]):
        problems.add(
            f"{where} has a role with control or bidirectional formatting characters; "
            f'they are shown escaped: "{display_text(role)}".'
        )
    elif len(value) > MAX_ROLE_LENGTH:
        problems.add(f"{where} has a role longer than {MAX_ROLE_LENGTH} characters; truncated.")
    return role


def _read_contact(
    index: int, entry: object, problems: _Problems, *, role_required: bool
) -> Contact | None:
    where = f"Contact {index + 1}"
    if not isinstance(entry, Mapping):
        problems.add(f"{where} is {describe_value(entry)}, not an object; ignored.")
        return None
    raw_id = entry.get("matrix_id")
    raw_email = entry.get("email_address")
    matrix_id: str | None = None
    email: str | None = None
    faults: list[str] = []
    if raw_id is not None:
        if isinstance(raw_id, str) and is_valid_user_id(raw_id):
            matrix_id = raw_id
        else:
            faults.append(f"matrix_id {describe_value(raw_id)} is not a Matrix user ID")
    if raw_email is not None:
        if isinstance(raw_email, str) and is_valid_email(raw_email):
            email = raw_email
        else:
            faults.append(f"email_address {describe_value(raw_email)} is not an e-mail address")
    if matrix_id is None and email is None:
        if not faults:
            problems.add(f"{where} has neither matrix_id nor email_address; ignored.")
        else:
            problems.add(f"{where} is ignored: {'; '.join(faults)}.")
        return None
    for fault in faults:
        problems.add(f"{where}: {fault}; kept without it.")
    role = _read_role(entry.get("role"), where, problems, role_required=role_required)
    return Contact(role=role, matrix_id=matrix_id, email_address=email)


def read_contact_fields(content: Mapping[str, object], *, role_required: bool) -> ContactFields:
    """Read and validate ``contacts`` and ``support_page`` from a JSON object.

    Shared by room content (MSC4489, where a contact "carries at most one role") and the
    well-known document (MSC1929, where ``role`` is required: a missing one is reported but the
    contact is kept). Never raises; bounded work whatever the input.
    """
    problems = _Problems()
    contacts: list[Contact] = []
    seen: dict[tuple[tuple[str | None, str | None], str], int] = {}
    entries_seen = 0
    raw_contacts = content.get("contacts")
    if isinstance(raw_contacts, list):
        entries_seen = len(raw_contacts)
        if entries_seen > MAX_CONTACTS:
            problems.add(
                f"There are {entries_seen} contacts; only the first {MAX_CONTACTS} were read."
            )
        for index, entry in enumerate(raw_contacts[:MAX_CONTACTS]):
            contact = _read_contact(index, entry, problems, role_required=role_required)
            if contact is None:
                continue
            identity = (contact.key, canonical_role(contact.role))
            if identity in seen:
                problems.add(f"Contact {index + 1} repeats contact {seen[identity] + 1}; ignored.")
                continue
            seen[identity] = index
            contacts.append(contact)
    elif raw_contacts is not None:
        problems.add(f"contacts is {describe_value(raw_contacts)}, not an array; ignored.")

    support_page: SafeUrl | None = None
    support_page_raw: str | None = None
    raw_page = content.get("support_page")
    if isinstance(raw_page, str):
        support_page_raw = display_text(raw_page, MAX_URL_LENGTH)
        try:
            support_page = check_url(raw_page)
        except ValueError as exc:
            problems.add(f"support_page {describe_value(raw_page)} is not shown as a link: {exc}.")
    elif raw_page is not None:
        problems.add(f"support_page is {describe_value(raw_page)}, not a string; ignored.")

    return ContactFields(
        contacts=tuple(contacts),
        support_page=support_page,
        support_page_raw=support_page_raw,
        problems=problems.result(),
        entries_seen=entries_seen,
    )


def parse_room_contacts(content: object) -> ContactInfo:
    """Validate the content of a room's ``m.room.contact`` event. Never raises.

    Invalid contacts are dropped, unknown roles kept, an unsafe ``support_page`` kept only as
    raw text; everything dropped or cleaned is described in ``problems``.
    """
    if not isinstance(content, Mapping):
        return ContactInfo(
            (), None, None, None, (f"The content is {describe_value(content)}, not an object.",)
        )
    fields = read_contact_fields(content, role_required=False)
    problems = list(fields.problems)
    support_via: str | None = None
    raw_via = content.get("support_via")
    if raw_via is not None:
        server = parse_server_name(raw_via)
        if server is None:
            problems.append(
                f"support_via {describe_value(raw_via)} is not a server name; ignored."
            )
        else:
            support_via = str(server)
    if not fields.contacts and fields.support_page is None and support_via is None:
        problems.append("There is no usable contact, support page or support_via.")
    return ContactInfo(
        contacts=fields.contacts,
        support_page=fields.support_page,
        support_page_raw=fields.support_page_raw,
        support_via=support_via,
        problems=tuple(problems),
    )


def effective_content(stable: object, unstable: object) -> tuple[str, Mapping[str, object]] | None:
    """Choose between the stable and unstable event's content: ``(event_type, content)``.

    The stable event wins when both are set. Empty content (how state is "removed") or
    non-object content counts as unset, so a cleared stable event does not hide a live
    unstable one. Returns None when neither is set.
    """
    if isinstance(stable, Mapping) and stable:
        return STATE_TYPE, stable
    if isinstance(unstable, Mapping) and unstable:
        return UNSTABLE_STATE_TYPE, unstable
    return None


# -- Ranking and merging for `!contact [purpose]` -----------------------------------------------


class ContactData(Protocol):
    """What ranking needs from a source: room content or a homeserver's support document."""

    @property
    def contacts(self) -> Sequence[Contact]: ...

    @property
    def support_page(self) -> SafeUrl | None: ...


@dataclass(frozen=True, slots=True)
class ContactSource:
    """One place contacts came from, e.g. ``"room"`` or ``"homeserver example.org"``."""

    label: str
    data: ContactData


class Tier(IntEnum):
    """Preference order of MSC4489's consumer rule."""

    PURPOSE = 0  # role matches the purpose asked for
    ADMIN = 1  # m.role.admin, the general-purpose contact
    OTHER = 2  # any other listed contact
    SUPPORT_PAGE = 3


@dataclass(frozen=True, slots=True)
class Claim:
    """A source's statement that a contact holds a role (``role`` is ``""`` for pages)."""

    source: str
    role: str


@dataclass(frozen=True, slots=True)
class RankedContact:
    """A contact (or support page) to show, with every source that lists it.

    Exactly one of (``matrix_id``/``email_address``) and ``support_page`` is set.
    """

    tier: Tier
    matrix_id: str | None
    email_address: str | None
    support_page: SafeUrl | None
    claims: tuple[Claim, ...]

    @property
    def sources(self) -> tuple[str, ...]:
        """Source labels in preference order, without repeats."""
        return tuple(dict.fromkeys(claim.source for claim in self.claims))

    @property
    def roles(self) -> tuple[str, ...]:
        """Roles claimed for this contact, in the order claimed, without repeats."""
        return tuple(dict.fromkeys(claim.role for claim in self.claims if claim.role))


def purpose_roles(purpose: str) -> frozenset[str]:
    """The role identifiers that satisfy ``purpose`` (an alias word or a role ID verbatim).

    Raises:
        UserError: when ``purpose`` is neither a known word nor a role identifier.
    """
    word = purpose.strip()
    alias = PURPOSE_ALIASES.get(word.lower())
    if alias is not None:
        return role_aliases(alias)
    if _NAMESPACED_ID_RE.fullmatch(word) and "." in word:
        return role_aliases(word)
    raise UserError(
        f'Unknown purpose "{display_text(word, 60)}". Use one of '
        f"{', '.join(sorted(PURPOSE_ALIASES))}, or a role ID such as {ROLE_SECURITY}."
    )


def rank_contacts(sources: Sequence[ContactSource], purpose: str | None) -> list[RankedContact]:
    """Order contacts from several sources per MSC4489's consumer rule, merging duplicates.

    Tiers: contacts whose role matches ``purpose``, then ``m.role.admin``, then any other
    contact, then support pages. Within a tier, earlier sources come first (pass the room before
    the homeserver), then the order each source lists them in. A contact listed with the same
    Matrix ID *and* e-mail address by several entries or sources is shown once with every
    claim; entries that share only one of the two stay separate, so a room cannot attach its
    own address to a contact the homeserver vouches for.

    Raises:
        UserError: for an unknown ``purpose`` (see :func:`purpose_roles`).
    """
    wanted = purpose_roles(purpose) if purpose else frozenset[str]()
    # identity → (first source index, first position, contact, claims)
    merged: dict[tuple[str | None, str | None], tuple[int, int, Contact, list[Claim]]] = {}
    pages: dict[str, tuple[int, SafeUrl, list[Claim]]] = {}
    for source_index, source in enumerate(sources):
        for position, contact in enumerate(source.data.contacts[:MAX_CONTACTS]):
            claim = Claim(source.label, contact.role)
            existing = merged.get(contact.key)
            if existing is None:
                merged[contact.key] = (source_index, position, contact, [claim])
            elif claim not in existing[3]:
                existing[3].append(claim)
        page = source.data.support_page
        if page is not None:
            if page.url in pages:
                pages[page.url][2].append(Claim(source.label, ""))
            else:
                pages[page.url] = (source_index, page, [Claim(source.label, "")])

    def tier_of(claims: list[Claim]) -> Tier:
        roles = {canonical_role(claim.role) for claim in claims}
        if roles & wanted:
            return Tier.PURPOSE
        if ROLE_ADMIN in roles:
            return Tier.ADMIN
        return Tier.OTHER

    ranked: list[tuple[int, int, int, RankedContact]] = []
    for source_index, position, contact, claims in merged.values():
        tier = tier_of(claims)
        ranked.append(
            (
                tier,
                source_index,
                position,
                RankedContact(tier, contact.matrix_id, contact.email_address, None, tuple(claims)),
            )
        )
    for page_position, (source_index, page, claims) in enumerate(pages.values()):
        entry = RankedContact(Tier.SUPPORT_PAGE, None, None, page, tuple(claims))
        ranked.append((Tier.SUPPORT_PAGE, source_index, page_position, entry))
    ranked.sort(key=lambda item: item[:3])
    return [item[3] for item in ranked]


# -- Editing (for the contact commands) ---------------------------------------------------------


def _editable(content: object) -> dict[str, object]:
    # Unknown fields are kept as they are: other tools or later MSCs may own them.
    return dict(content) if isinstance(content, Mapping) else {}


def _entries(content: Mapping[str, object]) -> list[object]:
    raw = content.get("contacts")
    return list(raw) if isinstance(raw, list) else []


def parse_role(role: str) -> str:
    """The role identifier to write for user input: an alias word or a role ID.

    Raises:
        UserError: for anything that is not a known word or a namespaced identifier, and for
            ``m.`` roles no MSC defines (the ``m.`` namespace is reserved for the spec).
    """
    word = role.strip()
    alias = PURPOSE_ALIASES.get(word.lower())
    if alias is not None:
        return alias
    if not (_NAMESPACED_ID_RE.fullmatch(word) and "." in word):
        raise UserError(
            f'"{display_text(word, 60)}" is not a role. Use one of '
            f"{', '.join(sorted(PURPOSE_ALIASES))}, or a namespaced role ID such as "
            "com.example.role.appeals."
        )
    if word.startswith("m.") and canonical_role(word) not in ROLE_LABELS:
        raise UserError(
            f"{word} is not a role defined by Matrix; custom roles need your own namespace, "
            "such as com.example.role.appeals."
        )
    return word


def _parse_target(target: str) -> tuple[Literal["matrix_id", "email_address"], str]:
    value = target.strip()
    if value.startswith("@"):
        if not is_valid_user_id(value):
            raise UserError(f'"{display_text(value, 80)}" is not a valid Matrix user ID.')
        return "matrix_id", value
    if is_valid_email(value):
        return "email_address", value
    raise UserError(
        f'"{display_text(value, 80)}" is neither a Matrix user ID (@user:server) nor an '
        "e-mail address."
    )


def _field_matches(entry: Mapping[str, object], field: str, value: str) -> bool:
    current = entry.get(field)
    if not isinstance(current, str):
        return False
    if field == "matrix_id":
        return _user_id_key(current) == _user_id_key(value)
    return _email_key(current) == _email_key(value)


def add_contact(content: object, role: str, target: str) -> dict[str, object]:
    """New content with ``target`` (a Matrix ID or e-mail address) listed under ``role``.

    Other entries and unknown fields are kept. A non-array ``contacts`` is replaced, since no
    consumer could read it anyway.

    Raises:
        UserError: for an invalid role or target, when the target is already listed under that
            role, or when the list is full.
    """
    role_id = parse_role(role)
    field, value = _parse_target(target)
    new = _editable(content)
    entries = _entries(new)
    same_role = role_aliases(role_id)
    for entry in entries:
        if (
            isinstance(entry, Mapping)
            and entry.get("role") in same_role
            and _field_matches(entry, field, value)
        ):
            raise UserError(f"{value} is already listed as {role_label(role_id) or role_id}.")
    if len(entries) >= MAX_CONTACTS:
        raise UserError(f"The room already lists {MAX_CONTACTS} contacts; remove some first.")
    entries.append({field: value, "role": role_id})
    new["contacts"] = entries
    return new


def remove_contact(content: object, target: str, *, role: str | None = None) -> dict[str, object]:
    """New content without ``target`` (optionally only under ``role``).

    Only the named address is removed: an entry that also lists the other kind of address keeps
    it, and an entry left with neither is dropped.

    Raises:
        UserError: for an invalid target or role.
        NotFound: when the target is not listed (under that role).
    """
    field, value = _parse_target(target)
    roles = role_aliases(parse_role(role)) if role is not None else None
    new = _editable(content)
    kept: list[object] = []
    removed = False
    for entry in _entries(new):
        if (
            isinstance(entry, Mapping)
            and _field_matches(entry, field, value)
            and (roles is None or entry.get("role") in roles)
        ):
            removed = True
            rest = {k: v for k, v in entry.items() if k != field}
            if rest.get("matrix_id") is not None or rest.get("email_address") is not None:
                kept.append(rest)
            continue
        kept.append(entry)
    if not removed:
        suffix = f" as {display_text(role, 60)}" if role is not None else ""
        raise NotFound(f"{value} is not listed{suffix}.")
    new["contacts"] = kept
    return new


def set_support_page(content: object, url: str | None) -> dict[str, object]:
    """New content with ``support_page`` set to ``url`` (normalised), or removed when None.

    Raises:
        UserError: when ``url`` is not a safe ``http(s)`` URL.
    """
    new = _editable(content)
    if url is None:
        new.pop("support_page", None)
        return new
    try:
        safe = check_url(url.strip())
    except ValueError as exc:
        raise UserError(f"That support page cannot be used: {exc}.") from exc
    new["support_page"] = safe.url
    return new


def set_support_via(content: object, server_name: str | None) -> dict[str, object]:
    """New content with the non-standard ``support_via`` server name set, or removed when None.

    Raises:
        UserError: when ``server_name`` is not a valid server name.
    """
    new = _editable(content)
    if server_name is None:
        new.pop("support_via", None)
        return new
    server = parse_server_name(server_name.strip())
    if server is None:
        raise UserError(f'"{display_text(server_name, 80)}" is not a valid server name.')
    new["support_via"] = str(server)
    return new


def clear() -> dict[str, object]:
    """Content that removes every contact: the empty object, as state removal is done."""
    return {}
