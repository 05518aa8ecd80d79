"""The moderation feature in ``contactbot demo``: the moderators' room and one flag's review.

At start-up alice, a bot admin, makes the demo's encrypted ``#moderators`` room the
moderators' room from Matrix (``!moderation room here``). The scripted steps then follow one
flag: bob sets an offensive status, the bot's notice arrives (encrypted) in the moderators'
room, alice confirms it with a ✅ reaction, and ``!flag`` shows it confirmed.
"""

from __future__ import annotations

from contactbot.core.demo import (
    DEMO_SERVER_NAME,
    DemoAction,
    DemoProfileChange,
    DemoReaction,
    DemoStep,
    FeatureDemo,
)

ALICE = f"@alice:{DEMO_SERVER_NAME}"
BOB = f"@bob:{DEMO_SERVER_NAME}"
# The status feature's field (MSC4426); written out, since features do not import each other.
STATUS_FIELD = "m.status"
OFFENSIVE_STATUS = {"text": "I will kill you all", "emoji": "🔪"}


def is_flag_notice(body: str) -> bool:
    """The bot's notice of a new flag about bob's status (not an answer to a command)."""
    return body.startswith("**🚩 Flag #") and BOB in body and f"({STATUS_FIELD})" in body


SETUP: tuple[DemoStep, ...] = (
    DemoStep(
        "alice",
        "moderators",
        "!moderation room here",
        ["now the moderators' room"],
        "a bot admin makes this (encrypted) room the moderators' room",
        requires=("moderation",),
        # Silent when the room already is the moderators' room (a rerun on a kept --dir).
        reply=False,
    ),
)

STEPS: tuple[DemoAction, ...] = (
    DemoStep(
        "alice",
        "moderators",
        "!moderation",
        ["Moderators' room", "set from Matrix by", ALICE],
        "the moderation settings: this room, set from Matrix by alice; alice on call",
        requires=("moderation",),
    ),
    DemoProfileChange(
        "bob",
        STATUS_FIELD,
        OFFENSIVE_STATUS,
        "moderators",
        "alice",
        is_flag_notice,
        "bob sets an offensive status; the flag's notice arrives in #moderators, encrypted",
        capture=r"Flag #(?P<flag>\d+)",
    ),
    DemoReaction(
        "alice",
        "moderators",
        "✅",
        ["confirmed by", ALICE],
        "alice reviews the flag: ✅ on the notice confirms it",
    ),
    DemoStep(
        "alice",
        "moderators",
        "!flag {flag}",
        ["confirmed", BOB],
        "the flag's details: confirmed, with its history",
        requires=("flag",),
    ),
)

DEMO = FeatureDemo(
    steps=STEPS,
    setup=SETUP,
    bot_config={
        # Flag notices quote users' status text: never into an unencrypted room.
        "encryption.require": True,
        "moderation.on_call": [ALICE],
    },
)
