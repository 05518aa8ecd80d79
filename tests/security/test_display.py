"""Finding 10 of issue 15: bidi marks, zero-width characters, line separators and tag
characters reached moderators' notices, ``!flag`` and ``!status`` unmarked.

Now ``visible()`` (``core/domain/formatting.py``, used by every ``Message``) shows them as
escapes, and keeps the emoji that ZWJ and tag characters build.
"""

from __future__ import annotations

import pytest

from contactbot.app import ContactBot
from contactbot.core.domain.formatting import visible
from tests.fakes import FakeGateway
from tests.features.moderation.helpers import EVE, HIGH, notices, only_flag, say, set_name

TECHNOLOGIST = "👩\u200d💻"
RAINBOW_FLAG = "🏳️\u200d🌈"
SKIN_TONE_ZWJ = "👩🏽\u200d💻"
ENGLAND = "\U0001f3f4\U000e0067\U000e0062\U000e0065\U000e006e\U000e0067\U000e007f"


@pytest.mark.parametrize(
    ("hidden", "shown"),
    [
        ("\u200b", "\\u200b"),  # zero-width space
        ("\u200c", "\\u200c"),  # zero-width non-joiner
        ("\u200d", "\\u200d"),  # ZWJ between letters, not emoji
        ("\u200e", "\\u200e"),  # left-to-right mark
        ("\u200f", "\\u200f"),  # right-to-left mark
        ("\u061c", "\\u061c"),  # Arabic letter mark
        ("\u2028", "\\u2028"),  # line separator
        ("\u2029", "\\u2029"),  # paragraph separator
        ("\u2060", "\\u2060"),  # word joiner
        ("\u2066", "\\u2066"),  # left-to-right isolate
        ("\u202e", "\\u202e"),  # right-to-left override
        ("\ufeff", "\\ufeff"),  # zero-width no-break space
        ("\u3164", "\\u3164"),  # Hangul filler
        ("\U000e0067", "\\U000e0067"),  # a tag letter outside a flag
        ("\U000e007f", "\\U000e007f"),  # a lone cancel tag
    ],
)
def test_invisible_characters_are_shown(hidden: str, shown: str) -> None:
    """Each invisible or direction-changing character becomes a visible escape."""
    assert visible(f"a{hidden}b") == f"a{shown}b"


@pytest.mark.parametrize(
    "emoji", [TECHNOLOGIST, RAINBOW_FLAG, SKIN_TONE_ZWJ, ENGLAND, "❤️\u200d🔥"]
)
def test_emoji_sequences_stay_intact(emoji: str) -> None:
    """ZWJ sequences and subdivision flags (tag characters) are left as they are."""
    assert visible(f"hi {emoji}!") == f"hi {emoji}!"


def test_tags_without_their_flag_are_shown() -> None:
    """Tag letters smuggled after ordinary text, or a run too long for a flag, are escaped."""
    assert visible("x\U000e0067\U000e007f") == "x\\U000e0067\\U000e007f"
    too_long = "\U0001f3f4" + "\U000e0067" * 20 + "\U000e007f"
    assert "\\U000e0067" in visible(too_long)


def test_visible_is_linear_on_hostile_input() -> None:
    """Long runs of ZWJs or tags do not make the look-around quadratic."""
    assert visible("\u200d" * 50_000).count("\\u200d") == 50_000
    assert visible("\U000e0067" * 50_000).count("\\U000e0067") == 50_000


async def test_notice_and_flag_show_hidden_characters(
    bot: ContactBot, gateway: FakeGateway
) -> None:
    """A display name hiding characters reaches the moderators marked, in the notice and in
    ``!flag``, with its emoji intact."""
    name = f"Eve\u200b\u2028{HIGH}\u200e {TECHNOLOGIST} {ENGLAND}"
    await set_name(bot, EVE, name)
    flag = await only_flag(bot)
    (notice,) = notices(gateway)
    for body in (notice["body"], (await say(bot, gateway, f"!flag {flag.id}"))["body"]):
        assert f"Eve\\u200b\\u2028{HIGH}\\u200e" in body
        assert TECHNOLOGIST in body and ENGLAND in body
        assert "\u200b" not in body and "\u2028" not in body and "\u200e" not in body
