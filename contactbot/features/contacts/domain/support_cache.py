"""Cached outcomes of support-document lookups (MSC1929) and how long each is kept.

Policy, after the server-server well-known rules: successes are kept 24 hours, or for the
``Cache-Control: max-age`` the server sent, between 5 minutes and 48 hours; failures (not found,
invalid, error) are kept 1 hour.

Entries are stored in a JSON-serialisable form (:meth:`CachedSupport.to_json`) holding the
decoded document rather than the parsed result, so a stored entry is re-validated with the
current rules when it is read back, and a restart does not refetch.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import cast, get_args

from contactbot.features.contacts.domain.support import (
    FetchResult,
    FetchStatus,
    SupportInfo,
    parse_support,
)

SUCCESS_TTL = 24 * 3600.0
MAX_SUCCESS_TTL = 48 * 3600.0
# A floor on max-age, as Synapse does, so a server sending max-age=0 is not fetched per request.
MIN_SUCCESS_TTL = 5 * 60.0
FAILURE_TTL = 3600.0

_STATUSES: frozenset[str] = frozenset(get_args(FetchStatus))


@dataclass(frozen=True, slots=True)
class CachedSupport:
    """A stored fetch outcome. ``fetched_at`` and ``expires_at`` are POSIX timestamps."""

    status: FetchStatus
    detail: str
    http_status: int | None
    max_age: int | None
    fetched_at: float
    expires_at: float
    document: Mapping[str, object] | None

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
            document=result.document,
        )

    def to_result(self) -> FetchResult:
        """The fetch outcome again; the document is re-validated with the current rules."""
        info: SupportInfo | None = None
        if self.document is not None:
            info = parse_support(self.document)
        elif self.status == "invalid":
            info = SupportInfo.invalid(self.detail)
        return FetchResult(
            status=self.status,
            info=info,
            detail=self.detail,
            http_status=self.http_status,
            max_age=self.max_age,
            fetched_at=self.fetched_at,
            document=self.document,
        )

    def is_fresh(self, now: float) -> bool:
        """Whether the entry may still be served at ``now``."""
        return now < self.expires_at

    def to_json(self) -> dict[str, object]:
        """A JSON-serialisable dict (for a JSONB column, say); see :meth:`from_json`."""
        return {
            "version": 1,
            "status": self.status,
            "detail": self.detail,
            "http_status": self.http_status,
            "max_age": self.max_age,
            "fetched_at": self.fetched_at,
            "expires_at": self.expires_at,
            "document": dict(self.document) if self.document is not None else None,
        }

    @classmethod
    def from_json(cls, data: object) -> CachedSupport:
        """Read what :meth:`to_json` wrote.

        Raises:
            ValueError: when ``data`` is not such a dict (a store should treat it as a miss).
        """
        if not isinstance(data, Mapping) or data.get("version") != 1:
            raise ValueError("not a cached support entry")
        status = data.get("status")
        detail = data.get("detail")
        http_status = data.get("http_status")
        max_age = data.get("max_age")
        fetched_at = data.get("fetched_at")
        expires_at = data.get("expires_at")
        document = data.get("document")
        if (
            status not in _STATUSES
            or not isinstance(detail, str)
            or not (http_status is None or type(http_status) is int)
            or not (max_age is None or type(max_age) is int)
            or not _is_timestamp(fetched_at)
            or not _is_timestamp(expires_at)
            or not (document is None or isinstance(document, Mapping))
        ):
            raise ValueError("malformed cached support entry")
        return cls(
            status=cast(FetchStatus, status),
            detail=detail,
            http_status=http_status,
            max_age=max_age,
            fetched_at=float(cast(float, fetched_at)),
            expires_at=float(cast(float, expires_at)),
            document=document,
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
