"""A flag and its audit log, and the states and severities they move through.

States, severities and actions are ``Literal`` types: the storage, services and views layers
compare them, and a typo in one layer must fail ``mypy`` rather than silently never match.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal, TypeGuard, get_args

FlagState = Literal["open", "confirmed", "dismissed", "actioned"]
FLAG_STATES: tuple[FlagState, ...] = get_args(FlagState)

# Lowest first. The detector says low, medium or high; only raising reaches critical.
Severity = Literal["low", "medium", "high", "critical"]
SEVERITIES: tuple[Severity, ...] = get_args(Severity)


def is_flag_state(value: object) -> TypeGuard[FlagState]:
    return value in FLAG_STATES


def is_severity(value: object) -> TypeGuard[Severity]:
    return value in SEVERITIES


def as_severity(value: object) -> Severity:
    """A stored or reported severity; anything unknown counts as the lowest."""
    return value if is_severity(value) else "low"


def as_flag_state(value: object) -> FlagState:
    if not is_flag_state(value):
        raise ValueError(f"unknown flag state {value!r}")
    return value


def severity_rank(severity: str) -> int:
    return SEVERITIES.index(severity) if is_severity(severity) else 0


def raise_severity(severity: Severity, floor: Severity) -> Severity:
    """One step up from ``severity``, and at least ``floor``."""
    stepped = min(severity_rank(severity) + 1, len(SEVERITIES) - 1)
    return SEVERITIES[max(stepped, severity_rank(floor))]


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


FlagSource = Literal["status", "member"]


@dataclass(frozen=True, slots=True)
class Flag:
    """A text of a user that the detector flagged, and where its review stands."""

    id: int
    user_id: str
    field: str
    text: str
    text_hash: str
    history_id: int | None
    source: str
    source_room_id: str | None
    source_event_id: str | None
    # The detector's ``Verdict.to_dict()``: the one stored-verdict schema.
    verdict: dict[str, Any]
    category: str
    detector_severity: Severity
    severity: Severity
    policy_matches: tuple[dict[str, Any], ...]
    state: FlagState
    reviewer: str | None
    notice_room_id: str | None
    notice_event_id: str | None
    created_at: datetime
    updated_at: datetime

    @property
    def reasons(self) -> list[dict[str, Any]]:
        reasons = self.verdict.get("reasons")
        return [r for r in reasons if isinstance(r, dict)] if isinstance(reasons, list) else []


@dataclass(frozen=True, slots=True)
class NewFlag:
    """What the flagging service knows about a flag before it is stored."""

    user_id: str
    field: str
    text: str
    text_hash: str
    history_id: int | None
    source: FlagSource
    source_room_id: str | None
    source_event_id: str | None
    verdict: dict[str, Any]
    category: str
    detector_severity: Severity
    severity: Severity
    policy_matches: tuple[dict[str, Any], ...]


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """One thing done to or about a flag, by whom (``raised``, ``notified``, ``ban`` …)."""

    id: int
    flag_id: int
    actor: str
    action: str
    detail: dict[str, Any]
    dry_run: bool
    source_event_id: str | None
    at: datetime


def field_label(field: str) -> str:
    """``m.status.text`` → ``status text (m.status)``, for people."""
    if field == "displayname":
        return "display name"
    for suffix, what in ((".text", "status text"), (".emoji", "status emoji")):
        if field.endswith(suffix):
            return f"{what} ({field[: -len(suffix)]})"
    return field


def is_display_name(field: str) -> bool:
    return field == "displayname"
