"""Cached outcomes of support-document lookups (MSC1929) and how long each is kept.

Policy, after the server-server well-known rules: successes are kept 24 hours, or for the
``Cache-Control: max-age`` the server sent, between 5 minutes and 48 hours; failures (not found,
invalid, error) are kept 1 hour.

Entries keep the *validated* document, re-encoded (:func:`encode_info`): the usable contacts,
the support page and the problem messages, never the decoded input. A remote document padded
with megabytes of empty objects therefore costs what its usable part costs, bounded by
``MAX_CONTACTS`` and ``MAX_PROBLEMS``. Entries are JSON (:meth:`CachedSupport.to_json`), so a
restart does not refetch; reading one back checks every field again (:func:`decode_info`).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import cast, get_args

from contactbot.features.contacts.domain.parsing import Contact
from contactbot.features.contacts.domain.support import (
    FetchResult,
    FetchStatus,
    SupportInfo,
    Validity,
)
from contactbot.features.contacts.domain.validation import (
    MAX_CONTACTS,
    MAX_PROBLEMS,
    SafeUrl,
    check_url,
    is_valid_email,
    is_valid_user_id,
)

SUCCESS_TTL = 24 * 3600.0
MAX_SUCCESS_TTL = 48 * 3600.0
# A floor on max-age, as Synapse does, so a server sending max-age=0 is not fetched per request.
MIN_SUCCESS_TTL = 5 * 60.0
FAILURE_TTL = 3600.0

_STATUSES: frozenset[str] = frozenset(get_args(FetchStatus))
_VALIDITIES: frozenset[str] = frozenset(v.value for v in Validity)
ENTRY_VERSION = 2


def encode_info(info: SupportInfo) -> dict[str, object]:
    """The validated document as JSON: what was usable, and the problems found."""
    contacts: list[dict[str, str]] = []
    for contact in info.contacts:
        entry: dict[str, str] = {}
        if contact.matrix_id is not None:
            entry["matrix_id"] = contact.matrix_id
        if contact.email_address is not None:
            entry["email_address"] = contact.email_address
        if contact.role:
            entry["role"] = contact.role
        contacts.append(entry)
    return {
        "validity": info.validity.value,
        "contacts": contacts,
        "support_page": info.support_page.url if info.support_page is not None else None,
        "support_page_raw": info.support_page_raw,
        "problems": list(info.problems),
        "reason": info.reason,
    }


def _optional_str(value: object) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError("malformed cached support entry")
    return value


def decode_info(data: object) -> SupportInfo:
    """Read what :func:`encode_info` wrote, checking each field again with today's rules.

    Raises:
        ValueError: when ``data`` is not such an object.
    """
    if not isinstance(data, Mapping) or data.get("validity") not in _VALIDITIES:
        raise ValueError("malformed cached support entry")
    raw_contacts = data.get("contacts")
    raw_problems = data.get("problems")
    if not isinstance(raw_contacts, list) or not isinstance(raw_problems, list):
        raise ValueError("malformed cached support entry")
    contacts: list[Contact] = []
    for raw in raw_contacts[:MAX_CONTACTS]:
        if not isinstance(raw, Mapping):
            raise ValueError("malformed cached support entry")
        matrix_id = _optional_str(raw.get("matrix_id"))
        email = _optional_str(raw.get("email_address"))
        role = _optional_str(raw.get("role")) or ""
        if matrix_id is not None and not is_valid_user_id(matrix_id):
            matrix_id = None
        if email is not None and not is_valid_email(email):
            email = None
        if matrix_id is not None or email is not None:
            contacts.append(Contact(role, matrix_id, email))
    page: SafeUrl | None = None
    stored_page = _optional_str(data.get("support_page"))
    if stored_page is not None:
        try:
            page = check_url(stored_page)
        except ValueError:
            page = None
    problems = tuple(str(p) for p in raw_problems[: MAX_PROBLEMS + 1])
    return SupportInfo(
        validity=Validity(str(data["validity"])),
        contacts=tuple(contacts),
        support_page=page,
        support_page_raw=_optional_str(data.get("support_page_raw")),
        problems=problems,
        reason=_optional_str(data.get("reason")) or "",
    )


@dataclass(frozen=True, slots=True)
class CachedSupport:
    """A stored fetch outcome. ``fetched_at`` and ``expires_at`` are POSIX timestamps."""

    status: FetchStatus
    detail: str
    http_status: int | None
    max_age: int | None
    fetched_at: float
    expires_at: float
    info: SupportInfo | None

    @classmethod
    def from_result(cls, result: FetchResult, expires_at: float) -> CachedSupport:
        """The storable form of ``result``, valid until ``expires_at``."""
        return cls(
            status=result.status,
            detail=result.detail,
            http_status=result.http_status,
            max_age=result.max_age,
            fetched_at=result.fetched_at,
            expires_at=expires_at,
            info=result.info,
        )

    def to_result(self) -> FetchResult:
        """The fetch outcome again."""
        info = self.info
        if info is None and self.status == "invalid":
            info = SupportInfo.invalid(self.detail)
        return FetchResult(
            status=self.status,
            info=info,
            detail=self.detail,
            http_status=self.http_status,
            max_age=self.max_age,
            fetched_at=self.fetched_at,
        )

    def is_fresh(self, now: float) -> bool:
        """Whether the entry may still be served at ``now``."""
        return now < self.expires_at

    def to_json(self) -> dict[str, object]:
        """A JSON-serialisable dict (for a JSONB column, say); see :meth:`from_json`."""
        return {
            "version": ENTRY_VERSION,
            "status": self.status,
            "detail": self.detail,
            "http_status": self.http_status,
            "max_age": self.max_age,
            "fetched_at": self.fetched_at,
            "expires_at": self.expires_at,
            "info": encode_info(self.info) if self.info is not None else None,
        }

    @classmethod
    def from_json(cls, data: object) -> CachedSupport:
        """Read what :meth:`to_json` wrote.

        Raises:
            ValueError: when ``data`` is not such a dict (a store should treat it as a miss).
        """
        # Older versions kept the decoded input; such rows read as misses and are refetched.
        if not isinstance(data, Mapping) or data.get("version") != ENTRY_VERSION:
            raise ValueError("not a cached support entry")
        status = data.get("status")
        detail = data.get("detail")
        http_status = data.get("http_status")
        max_age = data.get("max_age")
        fetched_at = data.get("fetched_at")
        expires_at = data.get("expires_at")
        info = data.get("info")
        if (
            status not in _STATUSES
            or not isinstance(detail, str)
            or not (http_status is None or type(http_status) is int)
            or not (max_age is None or type(max_age) is int)
            or not _is_timestamp(fetched_at)
            or not _is_timestamp(expires_at)
        ):
            raise ValueError("malformed cached support entry")
        return cls(
            status=cast(FetchStatus, status),
            detail=detail,
            http_status=http_status,
            max_age=max_age,
            fetched_at=float(cast(float, fetched_at)),
            expires_at=float(cast(float, expires_at)),
            info=None if info is None else decode_info(info),
        )


def _is_timestamp(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def cache_ttl(result: FetchResult) -> float:
    """How long to keep ``result``, in seconds."""
    if result.status != "ok":
        return FAILURE_TTL
    if result.max_age is None:
        return SUCCESS_TTL
    return min(max(float(result.max_age), MIN_SUCCESS_TTL), MAX_SUCCESS_TTL)
