"""Weapons drawn as emoji and aimed at a group or a place of worship (detector round 9):
"🔫 the refugees", "💣 the mosque", "🔥 the synagogue".

The normaliser drops emoji, so the word view of "🔫 the refugees" is only "the refugees". The
emoji is the verb here, and what it is aimed at decides the reading. A fire emoji is praise
more often than arson ("🔥 the new album"), so it counts only before a place of worship.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from .offsets import Normalized
from .rule_symbols import RuleHit

_WEAPONS = "\U0001f52b\U0001f4a3\U0001f52a\U0001fa93\U0001f9e8"  # 🔫 💣 🔪 🪓 🧨
_FIRE = "\U0001f525"  # 🔥
_EMOJI_RE = re.compile(f"[{_WEAPONS}{_FIRE}]")
_PLACES = frozenset(
    "mosque mosques synagogue synagogues church churches temple temples gurdwara gurdwaras "
    "shul".split()
)
_EXPLANATION = "a weapon emoji aimed at a group or a place of worship"
# Words that may stand between the emoji and its target.
_LEADS = frozenset("the all these those every them".split())


def emoji_threats(norm: Normalized, group_spans: Sequence[tuple[int, int]]) -> list[RuleHit]:
    """Hits for a weapon emoji right before a group (``group_spans``: word-view spans of the
    group words) or before a place of worship."""
    for m in _EMOJI_RE.finditer(norm.original):
        target = _target_after(norm, m.end(), group_spans, m.group() == _FIRE)
        if target is not None:
            # One finding is enough: more emoji at more targets add nothing to the score.
            return [RuleHit("threat.emoji_weapon", "threat", "high", *target, _EXPLANATION)]
    return []


def _target_after(
    norm: Normalized, after: int, group_spans: Sequence[tuple[int, int]], fire: bool
) -> tuple[int, int] | None:
    """The word-view span of the target that follows original position ``after``, if any."""
    text = norm.text
    pos = bisect.bisect_left(norm.starts, after)
    words = text[pos:].split(" ", 4)
    offset = pos
    for word in words[:4]:
        end = offset + len(word)
        if word in _PLACES:
            return offset, end
        if not fire:
            for g_start, g_end in group_spans:
                if g_start == offset:
                    return offset, g_end
        if word not in _LEADS:
            return None
        offset = end + 1
    return None
