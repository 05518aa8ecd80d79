"""MSC1929 support documents: valid, partial and invalid documents, hostile bodies."""

from __future__ import annotations

import json

import pytest

from contactbot.features.contacts.domain.contacts import ROLE_ADMIN, ROLE_SECURITY
from contactbot.features.contacts.domain.parsing import Contact, parse_room_contacts
from contactbot.features.contacts.domain.ranking import ContactSource, rank_contacts
from contactbot.features.contacts.domain.support import (
    MAX_DOCUMENT_BYTES,
    FetchResult,
    SupportInfo,
    Validity,
    load_document,
    parse_support,
)

SPEC_EXAMPLE = {
    "contacts": [
        {
            "matrix_id": "@admin:example.org",
            "email_address": "admin@example.org",
            "role": "m.role.admin",
        },
        {"email_address": "security@example.org", "role": "m.role.security"},
    ],
    "support_page": "https://example.org/support.html",
}


def test_spec_example_is_valid() -> None:
    """The spec's example document is valid, with both contacts and the page."""
    info = parse_support(json.dumps(SPEC_EXAMPLE).encode())
    assert info.validity is Validity.VALID
    assert info.contacts == (
        Contact(ROLE_ADMIN, "@admin:example.org", "admin@example.org"),
        Contact(ROLE_SECURITY, None, "security@example.org"),
    )
    assert info.support_page is not None
    assert info.support_page.url == "https://example.org/support.html"
    assert info.problems == ()
    assert info.reason == "Found 2 contacts and a support page."


def test_decoded_json_is_accepted_as_well_as_bytes() -> None:
    """parse_support takes already-decoded JSON too, with the same result."""
    assert parse_support(SPEC_EXAMPLE) == parse_support(json.dumps(SPEC_EXAMPLE).encode())


def test_support_page_alone_is_valid() -> None:
    """A document with only a support page is valid (contacts are optional)."""
    info = parse_support({"support_page": "https://example.org/help"})
    assert info.validity is Validity.VALID
    assert info.reason == "Found 0 contacts and a support page."


def test_some_entries_dropped_is_partial() -> None:
    """Usable contacts beside broken ones make a partial document that names the problem."""
    info = parse_support(
        {"contacts": [{"matrix_id": "@a:example.org", "role": ROLE_ADMIN}, {"role": ROLE_ADMIN}]}
    )
    assert info.validity is Validity.PARTIAL
    assert info.is_usable
    assert len(info.contacts) == 1
    # The reason counts; the problem itself is said once, in problems.
    assert info.reason == "Found 1 contact; 1 problem."
    assert info.problems == ("Contact 2 has neither matrix_id nor email_address; ignored.",)


def test_unsafe_support_page_beside_contacts_is_partial() -> None:
    """A javascript: page next to good contacts is dropped (kept raw) and the document partial."""
    info = parse_support(
        {
            "contacts": [{"email_address": "a@example.org", "role": ROLE_ADMIN}],
            "support_page": "javascript:alert(1)",
        }
    )
    assert info.validity is Validity.PARTIAL
    assert info.support_page is None
    assert info.support_page_raw == "javascript:alert(1)"


def test_missing_role_is_reported_but_contact_kept() -> None:
    """The well-known requires a role; a contact without one is kept and the gap reported."""
    info = parse_support({"contacts": [{"matrix_id": "@a:example.org"}]})
    assert info.validity is Validity.PARTIAL
    assert info.contacts == (Contact("", "@a:example.org", None),)
    assert info.problems == ("Contact 1 has no role; it is kept without one.",)


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"<html>Not here</html>", "The document is not valid JSON"),
        (b"", "The document is empty."),
        (b"   \n", "The document is empty."),
        (b"[1, 2]", "The document is an array, not an object."),
        (b'"text"', 'The document is "text", not an object.'),
        (b"null", "The document is null, not an object."),
        (b"{}", "The document is an empty object."),
        (b'{"m.other": 1}', "The document has neither contacts nor support_page."),
        (b'{"contacts": []}', "The document has no usable contact or support page."),
        (
            b'{"contacts": "@a:example.org", "support_page": 5}',
            "The document has no usable contact or support page.",
        ),
        (
            b'{"contacts": [{"role": "m.role.admin"}]}',
            "The document has no usable contact or support page.",
        ),
        (b"\xff\xfe\x00garbage", "The document is not valid JSON"),
    ],
)
def test_invalid_documents_say_what_was_wrong(body: bytes, reason: str) -> None:
    """Each kind of unusable document is invalid, with a reason naming the fault."""
    info = parse_support(body)
    assert info.validity is Validity.INVALID
    assert not info.is_usable
    assert info.reason.startswith(reason)


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        (b'{"contacts": "@a:example.org", "support_page": 5}', "contacts is"),
        (b'{"contacts": [{"role": "m.role.admin"}]}', "Contact 1 has neither"),
    ],
)
def test_documents_without_usable_entries_list_each_fault_once(body: bytes, problem: str) -> None:
    """The reason says nothing is usable; each fault is a problem, not repeated in the reason."""
    info = parse_support(body)
    assert info.problems[0].startswith(problem)
    assert problem not in info.reason


@pytest.mark.parametrize(
    "page", ["matrix:r/help:example.org", "mailto:help@example.org", "javascript:alert(1)"]
)
def test_a_support_page_that_is_not_http_is_spec_valid_but_never_a_link(page: str) -> None:
    """MSC1929 asks for a URL, not an http(s) one: a document whose only support page is
    another scheme is usable (partial, with the page kept as raw text), and never linked."""
    info = parse_support({"support_page": page})
    assert info.is_usable
    assert info.validity is Validity.PARTIAL
    assert info.support_page is None
    assert info.support_page_raw == page
    assert info.reason == "Found 0 contacts and a support page; 1 problem."


def test_legacy_admins_key_is_not_read() -> None:
    """Only `contacts` is read: the spec notes do not mention a legacy `admins` key."""
    info = parse_support({"admins": [{"matrix_id": "@a:example.org", "role": ROLE_ADMIN}]})
    assert info.validity is Validity.INVALID


def test_utf8_bom_is_tolerated() -> None:
    """A UTF-8 byte-order mark in front of the JSON does not make it invalid."""
    info = parse_support(b"\xef\xbb\xbf" + json.dumps(SPEC_EXAMPLE).encode())
    assert info.validity is Validity.VALID


def test_deeply_nested_body_is_invalid_not_a_crash() -> None:
    """JSON nested deeper than the parser's recursion limit is reported, not raised."""
    info = parse_support(b"[" * 200_000 + b"]" * 200_000)
    assert info.validity is Validity.INVALID
    assert info.reason == "The document is nested too deeply to read."


def test_oversized_body_is_refused_before_parsing() -> None:
    """Bodies over MAX_DOCUMENT_BYTES are invalid without being decoded."""
    info = parse_support(b" " * (MAX_DOCUMENT_BYTES + 1))
    assert info.reason == f"The document is larger than {MAX_DOCUMENT_BYTES} bytes."


def test_huge_integer_is_invalid_json_not_a_crash() -> None:
    """An integer too long for Python's int parser makes the document invalid."""
    info = parse_support(b'{"contacts": ' + b"9" * 10_000 + b"}")
    assert info.validity is Validity.INVALID


def test_load_document_raises_value_error_with_reason() -> None:
    """load_document gives the decoded JSON, or a ValueError with a human reason."""
    assert load_document(b'{"a": 1}') == {"a": 1}
    with pytest.raises(ValueError, match="not valid JSON"):
        load_document(b"{")


def test_invalid_helper_builds_an_unusable_info() -> None:
    """SupportInfo.invalid carries the reason as both reason and sole problem."""
    info = SupportInfo.invalid("Nope.")
    assert (info.validity, info.reason, info.problems) == (Validity.INVALID, "Nope.", ("Nope.",))


def test_fetch_result_holds_the_validated_info_not_the_decoded_document() -> None:
    """What a fetch returns (and the cache keeps) is the validated info; no field carries the
    decoded input, whose size the remote controls."""
    fields = set(FetchResult.__dataclass_fields__)
    assert fields == {"status", "info", "detail", "http_status", "max_age", "fetched_at"}


def test_room_and_homeserver_sources_rank_together() -> None:
    """ContactInfo and SupportInfo both serve as ranking sources; the room leads its tier."""
    room = parse_room_contacts({"contacts": [{"matrix_id": "@mod:room.org", "role": ROLE_ADMIN}]})
    home = parse_support(SPEC_EXAMPLE)
    ranked = rank_contacts(
        [ContactSource("room", room), ContactSource("homeserver example.org", home)], "security"
    )
    assert [
        (r.matrix_id or r.email_address or str(r.support_page), r.sources) for r in ranked
    ] == [
        ("security@example.org", ("homeserver example.org",)),
        ("@mod:room.org", ("room",)),
        ("@admin:example.org", ("homeserver example.org",)),
        ("https://example.org/support.html", ("homeserver example.org",)),
    ]
