"""Ranking contacts by MSC4489's consumer rule, merging duplicates across sources."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from contactbot.core.errors import UserError
from contactbot.features.contacts.domain.contacts import (
    ROLE_ADMIN,
    ROLE_DPO_UNSTABLE,
    ROLE_MODERATOR,
    ROLE_MODERATOR_UNSTABLE,
    ROLE_SECURITY,
)
from contactbot.features.contacts.domain.parsing import (
    Contact,
)
from contactbot.features.contacts.domain.ranking import (
    ContactSource,
    RankedContact,
    Tier,
    purpose_roles,
    rank_contacts,
)
from contactbot.features.contacts.domain.validation import (
    SafeUrl,
    check_url,
)

# -- Ranking and merging ------------------------------------------------------------------------


@dataclass(frozen=True)
class _Data:
    contacts: tuple[Contact, ...]
    support_page: SafeUrl | None = None


def _source(label: str, *contacts: Contact, page: str | None = None) -> ContactSource:
    return ContactSource(label, _Data(contacts, check_url(page) if page else None))


def _who(ranked: list[RankedContact]) -> list[str]:
    return [r.matrix_id or r.email_address or str(r.support_page) for r in ranked]


def test_purpose_match_then_admin_then_others_then_page() -> None:
    """MSC4489 order: role matching the purpose, then m.role.admin, then any, then the page."""
    room = _source(
        "room",
        Contact("com.example.helper", "@helper:example.org", None),
        Contact(ROLE_ADMIN, "@admin:example.org", None),
        Contact(ROLE_SECURITY, "@sec:example.org", None),
        page="https://example.org/help",
    )
    ranked = rank_contacts([room], "security")
    assert _who(ranked) == [
        "@sec:example.org",
        "@admin:example.org",
        "@helper:example.org",
        "https://example.org/help",
    ]
    assert [r.tier for r in ranked] == [Tier.PURPOSE, Tier.ADMIN, Tier.OTHER, Tier.SUPPORT_PAGE]


def test_without_purpose_admin_comes_first() -> None:
    """With no purpose, admins lead and the rest keep the order they were listed in."""
    room = _source(
        "room",
        Contact(ROLE_SECURITY, "@sec:example.org", None),
        Contact("x.y", "@other:example.org", None),
        Contact(ROLE_ADMIN, "@admin:example.org", None),
    )
    assert _who(rank_contacts([room], None)) == [
        "@admin:example.org",
        "@sec:example.org",
        "@other:example.org",
    ]


def test_room_contacts_come_before_homeserver_contacts_in_each_tier() -> None:
    """Within a tier the room (first source) leads; tiers still dominate source order."""
    room = _source("room", Contact("x.y", "@r-other:a.org", None))
    home = _source(
        "homeserver a.org",
        Contact("x.y", "@h-other:a.org", None),
        Contact(ROLE_ADMIN, "@h-admin:a.org", None),
    )
    room_admin = _source("room", Contact(ROLE_ADMIN, "@r-admin:a.org", None))
    assert _who(rank_contacts([room, home], None)) == [
        "@h-admin:a.org",
        "@r-other:a.org",
        "@h-other:a.org",
    ]
    assert _who(rank_contacts([room_admin, home], None))[:2] == [
        "@r-admin:a.org",
        "@h-admin:a.org",
    ]


@pytest.mark.parametrize("role", [ROLE_MODERATOR, ROLE_MODERATOR_UNSTABLE])
def test_moderator_purpose_matches_stable_and_unstable_roles(role: str) -> None:
    """The word moderator matches both m.role.moderator and the MSC4121 unstable identifier."""
    room = _source("room", Contact(ROLE_ADMIN, "@a:x.org", None), Contact(role, "@m:x.org", None))
    assert _who(rank_contacts([room], "moderator"))[0] == "@m:x.org"
    assert _who(rank_contacts([room], ROLE_MODERATOR_UNSTABLE))[0] == "@m:x.org"


def test_raw_role_id_is_accepted_as_purpose() -> None:
    """A role identifier given verbatim is matched exactly."""
    room = _source(
        "room", Contact(ROLE_ADMIN, "@a:x.org", None), Contact("com.x.appeals", "@p:x.org", None)
    )
    assert _who(rank_contacts([room], "com.x.appeals"))[0] == "@p:x.org"
    assert purpose_roles("DPO") == frozenset({"m.role.dpo", ROLE_DPO_UNSTABLE})


def test_unknown_purpose_is_a_user_error() -> None:
    """A purpose that is neither a known word nor a role ID raises a helpful UserError."""
    with pytest.raises(UserError, match="Unknown purpose"):
        rank_contacts([], "halp!")


def test_identical_contacts_from_two_sources_are_merged_with_all_claims() -> None:
    """Same Matrix ID and e-mail from room and homeserver: one entry, both sources and roles."""
    room = _source("room", Contact(ROLE_SECURITY, "@a:x.org", "a@x.org"))
    home = _source("homeserver x.org", Contact(ROLE_ADMIN, "@a:X.ORG", "A@x.org"))
    ranked = rank_contacts([room, home], None)
    assert len(ranked) == 1
    assert ranked[0].tier is Tier.ADMIN  # the merged roles include admin
    assert ranked[0].sources == ("room", "homeserver x.org")
    assert ranked[0].roles == (ROLE_SECURITY, ROLE_ADMIN)
    assert ranked[0].matrix_id == "@a:x.org"  # shown as the first source listed it


def test_partially_matching_contacts_stay_separate() -> None:
    """A room cannot attach its own e-mail to a contact the homeserver lists: no merge."""
    room = _source("room", Contact(ROLE_ADMIN, "@admin:x.org", "attacker@evil.example"))
    home = _source("homeserver x.org", Contact(ROLE_ADMIN, "@admin:x.org", "admin@x.org"))
    ranked = rank_contacts([room, home], None)
    assert [(r.email_address, r.sources) for r in ranked] == [
        ("attacker@evil.example", ("room",)),
        ("admin@x.org", ("homeserver x.org",)),
    ]


def test_support_pages_are_last_and_deduplicated() -> None:
    """Support pages follow every contact; the same URL from two sources is shown once."""
    room = _source("room", page="https://x.org/help")
    home = _source("homeserver x.org", Contact("x.y", "@o:x.org", None), page="https://x.org/help")
    ranked = rank_contacts([room, home], None)
    assert _who(ranked) == ["@o:x.org", "https://x.org/help"]
    assert ranked[1].sources == ("room", "homeserver x.org")
