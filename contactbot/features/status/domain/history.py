"""Status history as values: the rows kept per change, the stored state, and the change notice.

Storage returns these and services hand them on, so commands never import storage modules.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from contactbot.features.status.domain.status import FieldChange, ProfileState

# How an observation was made: a poll of the whole profile, an MSC4429 /sync update, or the
# display name of an m.room.member event.
Via = Literal["poll", "sync", "member"]


@dataclass(frozen=True, slots=True)
class NewHistoryRow:
    """A change about to be appended; see ``ProfileFieldHistoryRow`` for the columns."""

    user_id: str
    field: str
    observed_at: datetime
    via: str
    source_key: str | None
    value: Any
    previous: Any
    variants: Any
    valid: bool
    problem: str | None
    text: str | None
    emoji: str | None
    notes: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One stored change, as ``!status history`` lists it."""

    id: int
    user_id: str
    field: str
    observed_at: datetime
    via: str
    source_key: str | None
    value: Any
    previous: Any
    variants: Any
    valid: bool
    problem: str | None
    text: str | None
    emoji: str | None
    notes: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class StoredState:
    """The last observed tracked profile of a user, as stored."""

    user_id: str
    profile: dict[str, Any]
    digest: int
    changed_at: datetime
    last_fetched_at: datetime | None


@dataclass(frozen=True, slots=True)
class StateIndex:
    """What start-up needs of every stored user, without the profiles themselves."""

    user_id: str
    digest: int
    last_fetched_at: datetime | None


@dataclass(frozen=True, slots=True)
class StatusChange:
    """One history row, as handed to ``StatusService.change_listeners``.

    ``field`` is a field name of the table in ``domain.fields`` (``displayname``, ``status``,
    ``call``…); ``via`` is ``poll``, ``sync`` or ``member``. ``texts`` are the ``(label, text)``
    pairs of the new value to moderate, as the field's table entry labels them (``displayname``,
    ``<key>.text``/``<key>.emoji``, ``<key>``), shadowed variants included, malformed values
    too; empty when the field was cleared.
    """

    user_id: str
    history_id: int
    field: str
    via: str
    observed_at: datetime
    valid: bool
    problem: str | None
    texts: tuple[tuple[str, str], ...]


def history_row(
    user_id: str, change: FieldChange, state: ProfileState, via: str, now: datetime
) -> NewHistoryRow:
    """The row recording ``change``; ``state`` is the profile after it."""
    value = state.value(change.key)
    variants = {v.source_key or "": v.raw for v in value.variants} if value.shadowed else None
    return NewHistoryRow(
        user_id=user_id,
        field=change.key,
        observed_at=now,
        via=via,
        source_key=change.source_key,
        value=change.new_raw,
        previous=change.old_raw,
        variants=variants,
        valid=change.valid,
        problem=change.problem,
        text=value.text,
        emoji=value.emoji,
        notes=value.notes,
    )
