"""Hand-written benign training lines (detector, second benign set).

Written 2026-12-06 for training only, by an author who read no test or
validation set. Profile statuses and short posts of wide topical variety, so
the model sees ordinary benign text it would otherwise over-flag.
"""

from __future__ import annotations

from training.benign2 import (
    daily_life,
    dark_humour,
    friends_family,
    health,
    hobbies_fandoms,
    identity_culture,
    internet_slang,
    kindness,
    news_politics,
    notices_commerce,
    sports_gaming,
    venting,
)

# Modules in the fixed order build() reads them.
MODULES: tuple[tuple[str, list[str]], ...] = (
    ("hobbies_fandoms", hobbies_fandoms.LINES),
    ("venting", venting.LINES),
    ("dark_humour", dark_humour.LINES),
    ("friends_family", friends_family.LINES),
    ("health", health.LINES),
    ("identity_culture", identity_culture.LINES),
    ("notices_commerce", notices_commerce.LINES),
    ("news_politics", news_politics.LINES),
    ("sports_gaming", sports_gaming.LINES),
    ("daily_life", daily_life.LINES),
    ("internet_slang", internet_slang.LINES),
    ("kindness", kindness.LINES),
)


def build() -> list[str]:
    """Return every line in a fixed order (module order, then line order).

    Raises ValueError if any line appears twice, within or across modules.
    """
    seen: dict[str, str] = {}
    out: list[str] = []
    for name, lines in MODULES:
        for line in lines:
            if line in seen:
                raise ValueError(f"duplicate line in {name} (first in {seen[line]}): {line!r}")
            seen[line] = name
            out.append(line)
    return out
