"""What ``contactbot demo`` sets up and says: users, rooms, bot config and the conversation.

The core's steps (``!help``, an unknown command) come first, then each feature's, from the
``DEMO`` in ``contactbot/features/<feature>/demo.py``. A feature adds steps, state events for
the demo rooms and ``.well-known`` documents there, not here.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from contactbot.core.demo import DEMO_SERVER_NAME, DemoAction, DemoStep, FeatureDemo
from contactbot.features.contacts.demo import DEMO as CONTACTS_DEMO
from contactbot.features.moderation.demo import DEMO as MODERATION_DEMO
from contactbot.features.status.demo import DEMO as STATUS_DEMO

SERVER_NAME = DEMO_SERVER_NAME
PREFIX = "!"  # the example config's command prefix, which the demo keeps

V = TypeVar("V")


@dataclass(frozen=True, slots=True)
class DemoUser:
    """A demo login. ``key`` is how rooms and steps refer to it."""

    key: str
    description: str
    bot_admin: bool = False


@dataclass(frozen=True, slots=True)
class DemoRoom:
    """A demo room, created by ``creator`` (who is therefore its admin) with the bot invited.

    ``state`` is sent by the creator after the bot has joined, so the bot receives it as an
    event, the way it would in a real room. An ``encrypted`` room is created the way Element
    creates a private room (``m.room.encryption`` in its initial state), and the demo talks
    there with an encrypting client.
    """

    key: str
    name: str
    topic: str
    creator: str
    members: tuple[str, ...] = ()
    public: bool = False
    encrypted: bool = False
    state: tuple[tuple[str, Mapping[str, Any]], ...] = ()


# In the order their steps run.
FEATURE_DEMOS: tuple[FeatureDemo, ...] = (CONTACTS_DEMO, STATUS_DEMO, MODERATION_DEMO)

USERS: tuple[DemoUser, ...] = (
    DemoUser("alice", "admin of both rooms and bot admin", bot_admin=True),
    DemoUser("bob", "member of the demo room"),
)

_ROOMS: tuple[DemoRoom, ...] = (
    DemoRoom(
        key="demo",
        name="contactbot demo",
        topic="Talk to @contactbot here. Try !help.",
        creator="alice",
        members=("bob",),
        public=True,
    ),
    DemoRoom(
        key="moderators",
        name="contactbot demo: moderators",
        topic="Where the bot reports to moderators.",
        creator="alice",
        encrypted=True,
    ),
)

CORE_STEPS: tuple[DemoStep, ...] = (
    DemoStep(
        "alice",
        "demo",
        "!help",
        ["Commands you can use here", "!help"],
        "lists the commands alice may use in this room",
    ),
    DemoStep(
        "bob",
        "demo",
        "!frobnicate",
        ["Unknown command", "!frobnicate", "!help"],
        "an unknown command gets a hint instead of silence",
    ),
)

# Extra bot config for the demo (dotted keys); features add theirs in their ``DEMO``.
_CORE_BOT_CONFIG: Mapping[str, object] = {
    # The scripted conversation sends commands faster than a person would.
    "bot.rate_limit.user_burst": 50,
    "bot.rate_limit.room_burst": 100,
}


def _rooms_with_feature_state(
    rooms: tuple[DemoRoom, ...], features: tuple[FeatureDemo, ...]
) -> tuple[DemoRoom, ...]:
    keys = {room.key for room in rooms}
    for feature in features:
        for state in feature.room_state:
            if state.room not in keys:
                # Caught when the module loads, not halfway through setting up the demo.
                raise ValueError(f"demo room state names an unknown room {state.room!r}")
    return tuple(
        dataclasses.replace(
            room,
            state=room.state
            + tuple(
                (state.event_type, state.content)
                for feature in features
                for state in feature.room_state
                if state.room == room.key
            ),
        )
        for room in rooms
    )


def _merged(what: str, parts: Iterable[Mapping[str, V] | None]) -> dict[str, V]:
    merged: dict[str, V] = {}
    for part in parts:
        for key, value in (part or {}).items():
            if key in merged:
                raise ValueError(f"the demo's {what} {key!r} is set twice")
            merged[key] = value
    return merged


ROOMS = _rooms_with_feature_state(_ROOMS, FEATURE_DEMOS)
STEPS: tuple[DemoAction, ...] = CORE_STEPS + tuple(
    step for feature in FEATURE_DEMOS for step in feature.steps
)
# Run once the world exists, in both modes, before the guide or the check.
SETUP: tuple[DemoStep, ...] = tuple(step for feature in FEATURE_DEMOS for step in feature.setup)
# Served as http://127.0.0.1:<port>/.well-known/matrix/<name> for the demo's server name.
WELLKNOWN: Mapping[str, Mapping[str, Any]] = _merged(
    ".well-known document", (feature.wellknown for feature in FEATURE_DEMOS)
)
BOT_CONFIG: Mapping[str, object] = _merged(
    "bot config key", (_CORE_BOT_CONFIG, *(feature.bot_config for feature in FEATURE_DEMOS))
)
