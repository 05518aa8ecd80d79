"""Editing room contact content: add, remove, support page, support_via, clear."""

from __future__ import annotations

import pytest

from contactbot.core.errors import NotFound, UserError
from contactbot.features.contacts.domain.contacts import (
    ROLE_ADMIN,
    ROLE_DPO_UNSTABLE,
    ROLE_MODERATOR,
    ROLE_MODERATOR_UNSTABLE,
    ROLE_SECURITY,
)
from contactbot.features.contacts.domain.editing import (
    add_contact,
    clear,
    remove_contact,
    set_support_page,
    set_support_via,
)
from tests.features.contacts.helpers import MSC_EXAMPLE

# -- Editing ------------------------------------------------------------------------------------


def test_add_contact_preserves_existing_entries_and_unknown_fields() -> None:
    """Adding appends one entry and keeps other entries and unknown top-level fields."""
    content = {**MSC_EXAMPLE, "com.example.extra": {"keep": True}}
    new = add_contact(content, "security", "@carol:example.org")
    assert new["com.example.extra"] == {"keep": True}
    assert new["contacts"] == [
        *MSC_EXAMPLE["contacts"],
        {"matrix_id": "@carol:example.org", "role": ROLE_SECURITY},
    ]
    assert len(content["contacts"]) == 2  # the input is left untouched


def test_add_contact_writes_unstable_ids_for_unmerged_roles_and_emails() -> None:
    """The words moderator and dpo write their unstable role IDs; e-mail targets work."""
    new = add_contact(None, "moderator", "mods@example.org")
    new = add_contact(new, "dpo", "@dpo:example.org")
    assert new == {
        "contacts": [
            {"email_address": "mods@example.org", "role": ROLE_MODERATOR_UNSTABLE},
            {"matrix_id": "@dpo:example.org", "role": ROLE_DPO_UNSTABLE},
        ]
    }


def test_add_contact_refuses_duplicates_including_role_aliases() -> None:
    """The same address under the same role (or its stable/unstable alias) is refused."""
    content = {"contacts": [{"matrix_id": "@m:x.org", "role": ROLE_MODERATOR}]}
    with pytest.raises(UserError, match="already listed"):
        add_contact(content, "moderator", "@m:X.org")
    # A second role for the same person is a second entry, as MSC4489 asks.
    assert len(add_contact(content, "admin", "@m:x.org")["contacts"]) == 2  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("role", "target", "message"),
    [
        ("admin", "alice", "neither a Matrix user ID"),
        ("admin", "@alice", "not a valid Matrix user ID"),
        ("Not A Role!", "@a:x.org", "is not a role"),
        ("m.role.boss", "@a:x.org", "not a role defined by Matrix"),
    ],
)
def test_add_contact_validates_input(role: str, target: str, message: str) -> None:
    """Bad roles and targets raise UserError with a clear message."""
    with pytest.raises(UserError, match=message):
        add_contact({}, role, target)


def test_add_contact_refuses_past_the_cap() -> None:
    """A list already at MAX_CONTACTS entries cannot grow."""
    full = {"contacts": [{"matrix_id": f"@u{i}:x.org", "role": "x.y"} for i in range(100)]}
    with pytest.raises(UserError, match="already lists 100"):
        add_contact(full, "admin", "@new:x.org")


def test_add_contact_replaces_unreadable_contacts_field() -> None:
    """A non-array contacts field (unreadable to everyone) is replaced by a fresh list."""
    assert add_contact({"contacts": "junk"}, "admin", "@a:x.org")["contacts"] == [
        {"matrix_id": "@a:x.org", "role": ROLE_ADMIN}
    ]


def test_remove_contact_removes_only_the_named_address() -> None:
    """Removing a Matrix ID keeps the e-mail of the same entry; emptied entries disappear."""
    new = remove_contact(MSC_EXAMPLE, "@alice:EXAMPLE.org")
    assert new["contacts"] == [
        {"email_address": "security@example.org", "role": ROLE_SECURITY},
        {"matrix_id": "@bob:example.org", "role": ROLE_ADMIN},
    ]
    assert new["support_page"] == MSC_EXAMPLE["support_page"]
    gone = remove_contact(MSC_EXAMPLE, "@bob:example.org")
    assert len(gone["contacts"]) == 1  # type: ignore[arg-type]


def test_remove_contact_by_role_and_missing_target() -> None:
    """A role narrows removal; an unlisted target raises NotFound."""
    with pytest.raises(NotFound, match="not listed as admin"):
        remove_contact(MSC_EXAMPLE, "@alice:example.org", role="admin")
    with pytest.raises(NotFound):
        remove_contact(MSC_EXAMPLE, "@nobody:example.org")


def test_set_support_page_validates_and_normalises() -> None:
    """Safe URLs are stored normalised; None removes the field; unsafe URLs are refused."""
    new = set_support_page({"x": 1}, " HTTPS://Example.org/help ")
    assert new == {"x": 1, "support_page": "https://example.org/help"}
    assert set_support_page(new, None) == {"x": 1}
    with pytest.raises(UserError, match="only http and https"):
        set_support_page({}, "javascript:alert(1)")


def test_set_support_via_validates() -> None:
    """support_via must be a server name; None removes it."""
    assert set_support_via({}, "Matrix.org") == {"org.contactbot.support_via": "matrix.org"}
    assert set_support_via({"org.contactbot.support_via": "a.org"}, None) == {}
    assert set_support_via({"support_via": "a.org"}, None) == {}
    with pytest.raises(UserError, match="not a valid server name"):
        set_support_via({}, "https://matrix.org")


def test_clear_gives_empty_content() -> None:
    """Clearing sends empty content, which is how state is removed."""
    assert clear() == {}
