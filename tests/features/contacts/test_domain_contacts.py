"""MSC4489 room contact content: validation, hostile input, ranking, merging and editing."""

from __future__ import annotations

import random
import time

import pytest

from contactbot.features.contacts.domain.contacts import (
    ROLE_ADMIN,
    ROLE_DPO_UNSTABLE,
    ROLE_MODERATOR,
    ROLE_MODERATOR_UNSTABLE,
    ROLE_SECURITY,
    STATE_KEY,
    STATE_TYPE,
    UNSTABLE_STATE_TYPE,
    role_label,
)
from contactbot.features.contacts.domain.parsing import (
    Contact,
    parse_room_contacts,
)
from contactbot.features.contacts.domain.validation import (
    MAX_CONTACTS,
    MAX_PROBLEMS,
    SafeUrl,
    check_url,
    display_text,
    is_valid_email,
    is_valid_user_id,
    parse_server_name,
)
from tests.features.contacts.helpers import MSC_EXAMPLE

# -- Identifiers and effective content ----------------------------------------------------------


def test_event_identifiers() -> None:
    """The stable and unstable event types and the empty state key are as MSC4489 names them."""
    assert STATE_TYPE == "m.room.contact"
    assert UNSTABLE_STATE_TYPE == "net.codestorm.msc4489.contact"
    assert STATE_KEY == ""


# -- Parsing valid content ----------------------------------------------------------------------


def test_msc_example_parses_without_problems() -> None:
    """The MSC's own example yields both contacts, a safe support page and no problems."""
    info = parse_room_contacts(MSC_EXAMPLE)
    assert info.contacts == (
        Contact(ROLE_SECURITY, "@alice:example.org", "security@example.org"),
        Contact(ROLE_ADMIN, "@bob:example.org", None),
    )
    assert info.support_page == SafeUrl("https://example.org/room-support-page", "example.org")
    assert info.support_page_raw == "https://example.org/room-support-page"
    assert info.support_via is None
    assert info.problems == ()


def test_contact_without_role_is_fine_in_room_content() -> None:
    """MSC4489 allows "at most one role": a contact without one is kept, no problem."""
    info = parse_room_contacts({"contacts": [{"matrix_id": "@a:example.org"}]})
    assert info.contacts == (Contact("", "@a:example.org", None),)
    assert info.problems == ()


def test_unknown_roles_are_kept_raw_and_unlabelled() -> None:
    """Unrecognised roles are kept as given and have no label."""
    info = parse_room_contacts(
        {"contacts": [{"email_address": "appeals@example.org", "role": "com.example.appeals"}]}
    )
    assert info.contacts[0].role == "com.example.appeals"
    assert info.contacts[0].label is None
    assert info.problems == ()


def test_known_roles_have_labels_including_unstable_aliases() -> None:
    """Known roles, and the unstable MSC4121/MSC4265 identifiers, get human labels."""
    assert role_label(ROLE_ADMIN) == "Administrator"
    assert role_label(ROLE_SECURITY) == "Security contact"
    assert role_label(ROLE_MODERATOR) == role_label(ROLE_MODERATOR_UNSTABLE) == "Moderator"
    assert role_label("m.role.dpo") == role_label(ROLE_DPO_UNSTABLE) == "Data protection officer"
    assert role_label("com.example.other") is None


def test_support_via_is_validated_and_normalised() -> None:
    """The non-standard support_via must be a server name; it is lower-cased."""
    assert parse_room_contacts({"support_via": "Matrix.ORG:8448"}).support_via == "matrix.org:8448"
    bad = parse_room_contacts({"support_via": "not a server/"})
    assert bad.support_via is None
    assert any("support_via" in p for p in bad.problems)


# -- Validation of fields -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "user_id",
    [
        "@alice:example.org",
        "@alice:example.org:8448",
        "@alice:1.2.3.4",
        "@alice:[2001:db8::1]:8448",
        "@Alice_Old=Historical:example.org",  # historical localparts must be accepted
        "@" + "a" * 242 + ":example.org",  # exactly 255 characters
    ],
)
def test_valid_user_ids(user_id: str) -> None:
    """User IDs following the spec grammar (historical localparts included) are accepted."""
    assert is_valid_user_id(user_id)


@pytest.mark.parametrize(
    "user_id",
    [
        "alice:example.org",
        "@alice",
        "@:example.org",
        "@alice:",
        "@alice:exa mple.org",
        "@alice:example.org:99999",
        "@alice:[::1",
        "@alice:999.1.1.1",
        "@al ice:example.org",
        "@al\u202eice:example.org",
        "@alice:example.org\n",
        "@" + "a" * 243 + ":example.org",  # 256 characters
        42,
        None,
    ],
)
def test_invalid_user_ids(user_id: object) -> None:
    """Anything off the grammar, over 255 characters, or not a string is rejected."""
    assert not is_valid_user_id(user_id)


def test_invalid_matrix_id_drops_contact_with_problem() -> None:
    """A contact whose only address is an invalid user ID is dropped and reported."""
    info = parse_room_contacts({"contacts": [{"matrix_id": "alice", "role": ROLE_ADMIN}]})
    assert info.contacts == ()
    assert info.problems[0] == 'Contact 1 is ignored: matrix_id "alice" is not a Matrix user ID.'


def test_invalid_field_beside_a_valid_one_is_dropped_alone() -> None:
    """A bad e-mail next to a good Matrix ID loses only the e-mail, with a problem."""
    info = parse_room_contacts(
        {"contacts": [{"matrix_id": "@a:example.org", "email_address": "nope", "role": "x.y"}]}
    )
    assert info.contacts == (Contact("x.y", "@a:example.org", None),)
    assert "email_address" in info.problems[0] and "kept without it" in info.problems[0]


@pytest.mark.parametrize(
    ("email", "valid"),
    [
        ("security@example.org", True),
        ("first.last+tag@mail.example.co.uk", True),
        ("no-at-sign.example.org", False),
        ("two@@example.org", False),
        ("a@localhost", False),
        ("a@1.2.3.4", False),
        (".a@example.org", False),
        ("a b@example.org", False),
        ("a@example.org\u202e", False),
        ("x" * 65 + "@example.org", False),
    ],
)
def test_email_sanity_check(email: str, valid: bool) -> None:
    """E-mail addresses need one @, a sane local part and a dotted domain."""
    assert is_valid_email(email) is valid


def test_contact_with_neither_address_is_ignored() -> None:
    """MSC4489: a contact with neither matrix_id nor email_address MUST be ignored."""
    info = parse_room_contacts({"contacts": [{"role": ROLE_ADMIN}]})
    assert info.contacts == ()
    assert info.problems[0] == "Contact 1 has neither matrix_id nor email_address; ignored."


@pytest.mark.parametrize(
    "page",
    [
        "javascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "ftp://example.org/",
        "//example.org/x",
        "https://trusted.example@evil.example/",
        "https://exa mple.org/",
        "https://example.org/\u202egnp.exe",
        "https://",
    ],
)
def test_unsafe_support_page_is_never_a_link(page: str) -> None:
    """Non-http(s), credential-carrying or invisible-character URLs are reported, not linked."""
    info = parse_room_contacts({"support_page": page})
    assert info.support_page is None
    assert info.support_page_raw is not None
    assert any(p.startswith("support_page ") for p in info.problems)


def test_internationalised_host_is_shown_in_ascii_form() -> None:
    """An IDN host becomes its xn-- form, so a Cyrillic look-alike cannot pass for example.org."""
    url = check_url("https://ехample.org/päth?q=ü")
    assert url.url == "https://xn--ample-ywe6i.org/p%C3%A4th?q=%C3%BC"
    assert url.host == "xn--ample-ywe6i.org"


def test_support_page_scheme_and_host_are_normalised() -> None:
    """Scheme and host are lower-cased; the path is kept."""
    assert check_url("HTTPS://Example.ORG:8443/Help").url == "https://example.org:8443/Help"


def test_server_name_grammar() -> None:
    """Server names: DNS name, IPv4 or [IPv6], optional port; IPv6 is compressed."""
    assert str(parse_server_name("Example.org:8448")) == "example.org:8448"
    assert str(parse_server_name("[2001:DB8:0::1]")) == "[2001:db8::1]"
    assert parse_server_name("1.2.3.4") is not None
    for bad in ("", "a..b", "-a.org", "a.org:0", "[::1", "[zz::1]", "300.1.1.1", "a_b.org"):
        assert parse_server_name(bad) is None, bad


# -- Hostile content ----------------------------------------------------------------------------


@pytest.mark.parametrize("content", [None, [], "text", 42, True, 1.5])
def test_non_object_content_is_reported(content: object) -> None:
    """Content that is not a JSON object gives an empty result with one problem."""
    info = parse_room_contacts(content)
    assert info.is_empty
    assert len(info.problems) == 1 and "not an object" in info.problems[0]


def test_wrong_types_are_reported_not_raised() -> None:
    """Wrong types for contacts, entries, fields and role are each reported."""
    info = parse_room_contacts(
        {
            "contacts": [
                "@a:example.org",
                {"matrix_id": ["@a:example.org"]},
                {"matrix_id": "@b:example.org", "role": {"nested": True}},
            ],
            "support_page": 12,
            "support_via": 7,
        }
    )
    assert info.contacts == (Contact("", "@b:example.org", None),)
    joined = "\n".join(info.problems)
    assert 'Contact 1 is "@a:example.org", not an object' in joined
    assert "matrix_id an array is not a Matrix user ID" in joined
    assert "role that is an object" in joined
    assert "support_page is a number" in joined
    assert "support_via a number" in joined


def test_contacts_not_an_array_is_reported() -> None:
    """A contacts field that is an object is ignored with a problem."""
    info = parse_room_contacts({"contacts": {"0": {"matrix_id": "@a:example.org"}}})
    assert info.contacts == ()
    assert info.problems[0] == "contacts is an object, not an array; ignored."


def test_huge_contact_array_is_capped_and_fast() -> None:
    """Only the first 100 entries are read, the cap is reported, and parsing stays fast."""
    entries = [{"matrix_id": f"@u{i}:example.org", "role": ROLE_ADMIN} for i in range(200_000)]
    started = time.perf_counter()
    info = parse_room_contacts({"contacts": entries})
    assert time.perf_counter() - started < 0.5
    assert len(info.contacts) == MAX_CONTACTS
    assert info.problems[0] == "There are 200000 contacts; only the first 100 were read."


def test_problem_list_is_capped() -> None:
    """Many broken entries give at most MAX_PROBLEMS problems plus a summary line."""
    info = parse_room_contacts({"contacts": [{"role": "x"}] * MAX_CONTACTS})
    assert len(info.problems) == MAX_PROBLEMS + 2  # + the summary, + "nothing usable"
    assert info.problems[MAX_PROBLEMS] == "… and 75 more problems not listed."


def test_deeply_nested_values_do_not_recurse() -> None:
    """A value nested 100 000 levels deep is described, never walked."""
    nested: object = "@a:example.org"
    for _ in range(100_000):
        nested = [nested]
    deep_dict: object = {}
    for _ in range(100_000):
        deep_dict = {"x": deep_dict}
    info = parse_room_contacts(
        {"contacts": [{"matrix_id": nested}, deep_dict], "support_page": deep_dict}
    )
    assert info.contacts == ()
    assert len(info.problems) == 4


def test_control_and_bidi_characters_are_escaped_for_display() -> None:
    """Control and bidi characters in a role are shown escaped and reported."""
    info = parse_room_contacts(
        {"contacts": [{"matrix_id": "@a:example.org", "role": "evil\u202e\u0007\u200brole"}]}
    )
    assert info.contacts[0].role == "evil\\u202e\\u0007\\u200brole"
    assert "control or bidirectional" in info.problems[0]


def test_very_long_strings_are_truncated_for_display() -> None:
    """A megabyte role is truncated to 255 characters; quoted values in problems stay short."""
    info = parse_room_contacts(
        {"contacts": [{"matrix_id": "@a:example.org", "role": "r" * 1_000_000}]},
    )
    assert len(info.contacts[0].role) == 255 and info.contacts[0].role.endswith("…")
    bad = parse_room_contacts({"contacts": [{"matrix_id": "x" * 1_000_000}]})
    assert len(bad.problems[0]) < 300


def test_display_text_bounds_work_and_escapes() -> None:
    """display_text escapes invisible characters and truncates with an ellipsis."""
    assert display_text("a\u202eb") == "a\\u202eb"
    assert display_text("x" * 10, 5) == "xxxx…"
    assert display_text("short", 5) == "short"


def test_duplicate_entries_in_one_document_are_dropped() -> None:
    """The same address listed twice under the same role keeps the first, with a problem."""
    info = parse_room_contacts(
        {
            "contacts": [
                {"matrix_id": "@a:example.org", "role": ROLE_ADMIN},
                {"matrix_id": "@a:EXAMPLE.org", "role": ROLE_ADMIN},
                {"matrix_id": "@a:example.org", "role": ROLE_SECURITY},
            ]
        }
    )
    assert [c.role for c in info.contacts] == [ROLE_ADMIN, ROLE_SECURITY]
    assert info.problems == ("Contact 2 repeats contact 1; ignored.",)


def _random_json(rng: random.Random, depth: int = 0) -> object:
    kinds = ["str", "int", "float", "bool", "null", "list", "dict"] if depth < 4 else ["str"]
    kind = rng.choice(kinds)
    if kind == "str":
        alphabet = "@:.-ax1 \u202e\u0000[]/é" + "m.role.admin"
        return "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
    if kind == "int":
        return rng.randint(-(10**6), 10**6)
    if kind == "float":
        return rng.random()
    if kind == "bool":
        return rng.random() < 0.5
    if kind == "null":
        return None
    if kind == "list":
        return [_random_json(rng, depth + 1) for _ in range(rng.randint(0, 5))]
    keys = ["contacts", "matrix_id", "email_address", "role", "support_page", "support_via", "x"]
    return {rng.choice(keys): _random_json(rng, depth + 1) for _ in range(rng.randint(0, 6))}


def test_random_content_never_raises() -> None:
    """Two thousand random JSON-shaped inputs parse without an exception."""
    rng = random.Random(4489)
    for _ in range(2000):
        info = parse_room_contacts(_random_json(rng))
        assert isinstance(info.problems, tuple)
