"""Reading room contact content (MSC4489) and the shared ``contacts``/``support_page`` fields.

Parsing never raises and never trusts shapes, sizes or characters; what it had to drop or clean
is reported as human-readable ``problems`` for the room's admins. The same contact rules serve
the homeserver's ``/.well-known/matrix/support`` document (MSC1929), see :mod:`.support`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from contactbot.features.contacts.domain.contacts import (
    LEGACY_SUPPORT_VIA_KEY,
    SUPPORT_VIA_KEY,
    canonical_role,
    role_label,
)
from contactbot.features.contacts.domain.validation import (
    MAX_CONTACTS,
    MAX_PROBLEMS,
    MAX_ROLE_LENGTH,
    MAX_URL_LENGTH,
    SafeUrl,
    check_url,
    describe_value,
    display_text,
    email_key,
    has_invisible_characters,
    is_valid_email,
    is_valid_user_id,
    parse_server_name,
    user_id_key,
)

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
            user_id_key(self.matrix_id) if self.matrix_id else None,
            email_key(self.email_address) if self.email_address else None,
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
    raw_via = content.get(SUPPORT_VIA_KEY, content.get(LEGACY_SUPPORT_VIA_KEY))
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
