"""Hand-written benign training lines (detector round 5), written 2026-12-05 by an author who did not read the test or validation sets."""  # noqa: E501

from __future__ import annotations

from training.benign import (
    banter_gaming,
    banter_sport,
    everyday_home,
    everyday_life,
    everyday_misc,
    everyday_work,
    friendly_more,
    friendly_plans,
    friendly_support,
    frustration_things,
    frustration_world,
    group_chat,
    group_rooms,
    money_contact,
)

# Kind of line -> the modules that hold it, in the fixed order build() reads them.
KINDS: dict[str, tuple[list[str], ...]] = {
    "everyday": (
        everyday_home.LINES,
        everyday_life.LINES,
        everyday_work.LINES,
        everyday_misc.LINES,
    ),
    "friendly": (friendly_support.LINES, friendly_plans.LINES, friendly_more.LINES),
    "banter": (banter_sport.LINES, banter_gaming.LINES),
    "frustration": (frustration_things.LINES, frustration_world.LINES),
    "group": (group_chat.LINES, group_rooms.LINES),
    "money_contact": (money_contact.LINES,),
}


def build() -> list[str]:
    """Return every benign line once, in a fixed order (kind order, then module, then line)."""
    seen: set[str] = set()
    out: list[str] = []
    for modules in KINDS.values():
        for lines in modules:
            for line in lines:
                if line not in seen:
                    seen.add(line)
                    out.append(line)
    return out
