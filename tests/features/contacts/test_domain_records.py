"""Which contact event is in effect: the most recent of the two types (issue 10, item 3)."""

from __future__ import annotations

from typing import Any

from contactbot.features.contacts.domain.assessment import Validity
from contactbot.features.contacts.domain.contacts import STATE_TYPE, UNSTABLE_STATE_TYPE
from contactbot.features.contacts.domain.records import (
    ContactEvent,
    EventSource,
    RoomContactState,
    disagreement,
    effective_event,
)
from tests.features.contacts.helpers import MSC_EXAMPLE

PAGE = {"support_page": "https://a.example/"}


def stored(
    event_type: str,
    content: Any,
    seen: int,
    *,
    source: EventSource = "transaction",
    ts: int = 0,
    validity: Validity = Validity.VALID,
) -> ContactEvent:
    return ContactEvent(
        "!r:x", event_type, content, f"${event_type}{seen}", "@a:x", ts, validity, (), source, seen
    )


def state(*events: ContactEvent) -> RoomContactState:
    return RoomContactState("!r:x", {e.event_type: e for e in events}, None)


def test_the_more_recent_type_wins_whichever_it_is() -> None:
    """An unstable edit after a stable event is in effect, and the other way round."""
    unstable_later = state(
        stored(STATE_TYPE, PAGE, 1), stored(UNSTABLE_STATE_TYPE, MSC_EXAMPLE, 2)
    )
    assert effective_event(unstable_later) == unstable_later.events[UNSTABLE_STATE_TYPE]
    stable_later = state(stored(STATE_TYPE, PAGE, 3), stored(UNSTABLE_STATE_TYPE, MSC_EXAMPLE, 2))
    assert effective_event(stable_later) == stable_later.events[STATE_TYPE]


def test_empty_content_clears_whichever_type_sends_it() -> None:
    """A more recent empty event of either type clears; an older one does not."""
    cleared = state(
        stored(STATE_TYPE, {}, 3, validity=Validity.EMPTY),
        stored(UNSTABLE_STATE_TYPE, MSC_EXAMPLE, 2),
    )
    assert effective_event(cleared) is None
    older_clear = state(
        stored(STATE_TYPE, {}, 1, validity=Validity.EMPTY),
        stored(UNSTABLE_STATE_TYPE, MSC_EXAMPLE, 2),
    )
    assert effective_event(older_clear) == older_clear.events[UNSTABLE_STATE_TYPE]


def test_redacted_event_does_not_count_at_all() -> None:
    """A redacted event is skipped: the other type's event applies, or nothing."""
    redacted = stored(UNSTABLE_STATE_TYPE, {}, 5, validity=Validity.REDACTED)
    assert effective_event(state(redacted)) is None
    both = state(stored(STATE_TYPE, PAGE, 1), redacted)
    assert effective_event(both) == both.events[STATE_TYPE]


def test_state_read_on_join_breaks_ties_by_timestamp() -> None:
    """Both read from the room's state on join: the later timestamp wins, not read order."""
    joined = state(
        stored(STATE_TYPE, PAGE, 2, source="state", ts=100),
        stored(UNSTABLE_STATE_TYPE, MSC_EXAMPLE, 1, source="state", ts=200),
    )
    assert effective_event(joined) == joined.events[UNSTABLE_STATE_TYPE]


def test_disagreement_names_the_event_in_effect_and_the_ignored_one() -> None:
    """Differing contacts in the two types are reported; equal content or one type is not."""
    differ = state(stored(STATE_TYPE, PAGE, 1), stored(UNSTABLE_STATE_TYPE, MSC_EXAMPLE, 2))
    assert disagreement(differ) == (
        differ.events[UNSTABLE_STATE_TYPE],
        differ.events[STATE_TYPE],
    )
    same = state(stored(STATE_TYPE, PAGE, 1), stored(UNSTABLE_STATE_TYPE, dict(PAGE), 2))
    assert disagreement(same) is None
    assert disagreement(state(stored(STATE_TYPE, PAGE, 1))) is None
