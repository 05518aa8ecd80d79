"""Editing room contact content for the contact commands. Pure: returns new content."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal

from contactbot.core.errors import NotFound, UserError
from contactbot.features.contacts.domain.contacts import (
    LEGACY_SUPPORT_VIA_KEY,
    PURPOSE_ALIASES,
    ROLE_LABELS,
    SUPPORT_VIA_KEY,
    UNMERGED_ROLES,
    canonical_role,
    is_namespaced_id,
    role_aliases,
    role_label,
)
from contactbot.features.contacts.domain.validation import (
    MAX_CONTACTS,
    check_url,
    display_text,
    email_key,
    is_valid_email,
    is_valid_user_id,
    parse_server_name,
    user_id_key,
)

# -- Editing (for the contact commands) ---------------------------------------------------------


def _editable(content: object) -> dict[str, object]:
    # Unknown fields are kept as they are: other tools or later MSCs may own them.
    new = dict(content) if isinstance(content, Mapping) else {}
    # Every edit moves the bare support_via of older versions to the namespaced key.
    if LEGACY_SUPPORT_VIA_KEY in new:
        legacy = new.pop(LEGACY_SUPPORT_VIA_KEY)
        new.setdefault(SUPPORT_VIA_KEY, legacy)
    return new


def _set_entries(content: dict[str, object], entries: list[object]) -> dict[str, object]:
    # An empty array is not a contact list (MSC4489: contacts or support_page SHOULD be
    # present), so the key goes; content left with nothing is the empty content of a clear.
    if entries:
        content["contacts"] = entries
    else:
        content.pop("contacts", None)
    return content


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
    if word in UNMERGED_ROLES:
        return UNMERGED_ROLES[word]
    if not is_namespaced_id(word):
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
        return user_id_key(current) == user_id_key(value)
    return email_key(current) == email_key(value)


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
    return _set_entries(new, entries)


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
    return _set_entries(new, kept)


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
        new.pop(SUPPORT_VIA_KEY, None)
        return new
    server = parse_server_name(server_name.strip())
    if server is None:
        raise UserError(f'"{display_text(server_name, 80)}" is not a valid server name.')
    new[SUPPORT_VIA_KEY] = str(server)
    return new


def clear() -> dict[str, object]:
    """Content that removes every contact: the empty object, as state removal is done."""
    return {}
