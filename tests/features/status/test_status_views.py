"""``!status`` rendering: status text cannot forge lines in the plain-text reply."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from contactbot.core.domain.formatting import message
from contactbot.features.status.commands.views import render_entry
from contactbot.features.status.domain.history import HistoryEntry


@pytest.mark.parametrize("newline", ["\n", "\u2028", "\u2029"])
def test_a_line_break_in_status_text_cannot_forge_a_line_of_the_plain_reply(
    newline: str,
) -> None:
    """Issue 10 item 6: a status "busy<newline>• 2026-01-01 … · status: fine" stays on its
    own history line in the plain body; the break is shown as an escape."""
    forged = f"busy{newline}• 2026-01-01 00:00:00 UTC · status · poll: ||fine||"
    entry = HistoryEntry(
        id=1,
        user_id="@eve:example.org",
        field="status",
        observed_at=datetime(2026, 12, 5, 8, 0, tzinfo=UTC),
        via="poll",
        source_key=None,
        value={"text": forged},
        previous=None,
        variants=None,
        valid=True,
        problem=None,
        text=forged,
        emoji=None,
        notes=(),
    )
    msg = message()
    render_entry(entry, msg)
    plain = msg.plain
    assert plain.count("\n") == 0, plain
    assert f"\\u{ord(newline):04x}" in plain
    assert "<br>" not in msg.html
