"""Ranking contacts for ``!contact [purpose]`` by MSC4489's consumer rule."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Protocol

from contactbot.core.errors import UserError
from contactbot.features.contacts.domain.contacts import (
    PURPOSE_ALIASES,
    ROLE_ADMIN,
    ROLE_SECURITY,
    canonical_role,
    is_namespaced_id,
    role_aliases,
)
from contactbot.features.contacts.domain.parsing import Contact
from contactbot.features.contacts.domain.validation import MAX_CONTACTS, SafeUrl, display_text

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
    if is_namespaced_id(word):
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
