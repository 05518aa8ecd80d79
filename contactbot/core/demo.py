"""What a feature shows in ``contactbot demo``: its scripted steps and the world they expect.

Each feature defines a ``DEMO`` (a ``FeatureDemo``) in its own ``demo.py`` with these types, and
``contactbot.devtools`` plays them against a real Synapse. The types live in core so that
features never import the dev tools, which import the features' demos.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

# The demo homeserver's name, so that steps and room state can spell the demo's user IDs.
DEMO_SERVER_NAME = "localhost"

Expectation = Callable[[str], bool] | Sequence[str]


@dataclass(frozen=True, slots=True)
class DemoStep:
    """One line of the scripted conversation.

    ``user`` sends ``command`` in ``room`` (keys of the demo's users and rooms: ``alice`` and
    ``bob``; ``demo`` and ``moderators``) and the bot's reply must satisfy ``expect``: a
    predicate on the reply's plain-text body, or strings that must all occur in it
    (case-insensitive). ``requires`` names commands (without the prefix) that ``!help`` must
    list for that user in that room; if one is missing, the step is skipped and the transcript
    says so, since that feature is not in this build.
    """

    user: str
    room: str
    command: str
    expect: Expectation
    description: str
    requires: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class DemoRoomState:
    """A state event the demo sends into room ``room`` (a room key) once the bot has joined."""

    room: str
    event_type: str
    content: Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class FeatureDemo:
    """A feature's part of the demo.

    ``steps`` run in order, after the core's and those of the features listed before it.
    ``room_state`` is sent as events, the way the bot would see it in a real room. ``wellknown``
    maps a name to the document the demo homeserver serves at ``/.well-known/matrix/<name>``.
    ``bot_config`` is extra bot config as dotted keys (say, which room moderation reports go to;
    the aliases ``#demo:localhost`` and ``#moderators:localhost`` exist before the bot starts).
    """

    steps: tuple[DemoStep, ...] = ()
    room_state: tuple[DemoRoomState, ...] = ()
    wellknown: Mapping[str, Mapping[str, Any]] | None = None
    bot_config: Mapping[str, object] | None = None
