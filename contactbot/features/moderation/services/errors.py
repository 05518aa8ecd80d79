"""How a homeserver's refusal reads in a reply and in the audit log."""

from __future__ import annotations

from contactbot.core.domain.formatting import visible
from contactbot.core.errors import ContactbotError


def describe_error(err: ContactbotError) -> str:
    """What the homeserver said, briefly: ``M_FORBIDDEN: You don't have permission…``.

    ``HomeserverRefused`` already reads ``errcode: message``; ``HomeserverUnavailable`` says
    what failed.
    """
    return visible(str(err) or type(err).__name__, 160)
