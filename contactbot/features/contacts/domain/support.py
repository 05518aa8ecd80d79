"""MSC1929 homeserver support information (``/.well-known/matrix/support``). Pure.

The document is whatever a web server in front of the domain answers, so it is parsed as
defensively as room content, with the same contact rules (:mod:`.contacts`).
The outcome of fetching it, :class:`FetchResult`, lives here too so that services can use it
without importing the HTTP transport.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Literal

from contactbot.core.domain.formatting import plural
from contactbot.features.contacts.domain.parsing import Contact, read_contact_fields
from contactbot.features.contacts.domain.validation import SafeUrl, describe_value

WELL_KNOWN_PATH = "/.well-known/matrix/support"

# An absolute URI starts with a scheme (RFC 3986, section 3.1), whatever the scheme is.
_ABSOLUTE_URI_RE = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:\S")

# Documents are tiny; the fetcher caps bodies lower than this. The cap bounds the parser's work
# when it is handed bytes from elsewhere.
MAX_DOCUMENT_BYTES = 1024 * 1024


class Validity(StrEnum):
    """How usable a support document is."""

    VALID = "valid"  # everything in it could be used
    PARTIAL = "partial"  # usable, but some entries or fields were dropped
    INVALID = "invalid"  # nothing usable: not an object, empty, or only broken entries


@dataclass(frozen=True, slots=True)
class SupportInfo:
    """A validated support document.

    ``reason`` is one human sentence: what was found, or what was wrong. ``problems`` lists
    every entry or field that was dropped. ``support_page_raw`` is the page as given
    (display-sanitised) for reporting; only ``support_page`` may be linked.
    """

    validity: Validity
    contacts: tuple[Contact, ...]
    support_page: SafeUrl | None
    support_page_raw: str | None
    problems: tuple[str, ...]
    reason: str

    @property
    def is_usable(self) -> bool:
        """Whether there is at least one contact or a support page (linkable or not)."""
        return self.validity is not Validity.INVALID

    @classmethod
    def invalid(cls, reason: str) -> SupportInfo:
        """A document that could not be used at all, for ``reason``."""
        return cls(Validity.INVALID, (), None, None, (reason,), reason)


def load_document(body: bytes) -> object:
    """Decode a response body as JSON, whatever its Content-Type claimed.

    Raises:
        ValueError: with a human reason when the body is not JSON (or absurdly nested/large).
    """
    if len(body) > MAX_DOCUMENT_BYTES:
        raise ValueError(f"The document is larger than {MAX_DOCUMENT_BYTES} bytes.")
    if not body.strip():
        raise ValueError("The document is empty.")
    try:
        return json.loads(body)
    except RecursionError as exc:
        raise ValueError("The document is nested too deeply to read.") from exc
    except ValueError as exc:
        # JSONDecodeError and UnicodeDecodeError; their text is fixed, not remote-controlled.
        raise ValueError(f"The document is not valid JSON ({exc}).") from exc


def parse_support(body: bytes | object) -> SupportInfo:
    """Validate a support document: raw response bytes, or already-decoded JSON. Never raises.

    Per MSC1929 a document needs at least one usable contact or a support page; an empty
    object is invalid. Contacts without a role are kept (the role is reported missing).
    """
    document: object
    if isinstance(body, bytes | bytearray | memoryview):
        try:
            document = load_document(bytes(body))
        except ValueError as exc:
            return SupportInfo.invalid(str(exc))
    else:
        document = body
    if not isinstance(document, Mapping):
        return SupportInfo.invalid(f"The document is {describe_value(document)}, not an object.")
    if not document:
        return SupportInfo.invalid("The document is an empty object.")
    if "contacts" not in document and "support_page" not in document:
        return SupportInfo.invalid("The document has neither contacts nor support_page.")

    fields = read_contact_fields(document, role_required=True)
    # MSC1929 asks for a support_page URL, not an http(s) one: a document whose only support
    # page is, say, a matrix: URI is valid. It is shown as given, never as a link.
    has_page = fields.support_page is not None or (
        fields.support_page_raw is not None and _ABSOLUTE_URI_RE.match(fields.support_page_raw)
    )
    usable = bool(fields.contacts) or bool(has_page)
    if not usable:
        problems = fields.problems or ("contacts is empty.",)
        reason = "The document has no usable contact or support page."
        return SupportInfo(Validity.INVALID, (), None, fields.support_page_raw, problems, reason)

    found = [plural(len(fields.contacts), "contact")]
    if has_page:
        found.append("a support page")
    summary = " and ".join(found)
    if not fields.problems:
        return SupportInfo(
            Validity.VALID,
            fields.contacts,
            fields.support_page,
            fields.support_page_raw,
            (),
            f"Found {summary}.",
        )
    return SupportInfo(
        Validity.PARTIAL,
        fields.contacts,
        fields.support_page,
        fields.support_page_raw,
        fields.problems,
        f"Found {summary}; {plural(len(fields.problems), 'problem')}.",
    )


FetchStatus = Literal["ok", "not_found", "invalid", "error"]


@dataclass(frozen=True, slots=True)
class FetchResult:
    """The outcome of fetching a server's support document.

    - ``ok``: a usable document (``info`` is valid or partial).
    - ``not_found``: the server says it publishes none (404/410).
    - ``invalid``: an answer came but could not be used (bad JSON, no usable entry, too large).
    - ``error``: no answer: refused address, DNS/TLS/connection failure, timeout, other HTTP
      status, too many redirects.

    ``detail`` is a human reason. ``max_age`` comes from ``Cache-Control``. ``fetched_at`` is a
    POSIX timestamp. The decoded document itself is not kept: ``info`` holds what was usable.
    """

    status: FetchStatus
    info: SupportInfo | None
    detail: str
    http_status: int | None
    max_age: int | None
    fetched_at: float
