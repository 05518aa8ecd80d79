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
    says so, since that feature is not in this build. ``{name}`` in ``command`` is replaced
    by what an earlier ``DemoProfileChange`` captured. In an encrypted demo room the command
    is sent encrypted, as Element would send it.
    """

    user: str
    room: str
    command: str
    expect: Expectation
    description: str
    requires: tuple[str, ...] = ()
    # False: the bot may rightly stay silent (``!moderation room here`` when the room already
    # is the moderators' room), so the step only sends; a later step checks the outcome.
    reply: bool = True


@dataclass(frozen=True, slots=True)
class DemoProfileChange:
    """``user`` sets their profile field ``field`` to ``value`` (the client-server profile API,
    as a client would), and the bot must then post, unprompted, a message in room ``room`` that
    satisfies ``expect``: a moderators' room notice, say.

    ``capture`` is a regular expression searched in that message; its named groups become
    placeholders that later steps' commands use as ``{name}`` (``!flag {flag}``). The message
    is also what a later ``DemoReaction`` reacts to. Before setting the field the demo removes
    it, so that a rerun on a kept work directory is a change too.
    """

    user: str
    field: str
    value: Any
    room: str
    reader: str
    expect: Expectation
    description: str
    capture: str = ""


@dataclass(frozen=True, slots=True)
class DemoReaction:
    """``user`` reacts with ``key`` in ``room`` to the message the last ``DemoProfileChange``
    waited for; the bot's answer (a reply to that message) must satisfy ``expect``."""

    user: str
    room: str
    key: str
    expect: Expectation
    description: str


# One line of the scripted conversation, whatever the user does in it.
DemoAction = DemoStep | DemoProfileChange | DemoReaction


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
    ``setup`` runs when the demo starts, in both modes, before the guide is printed or the
    check begins: commands that configure the bot from Matrix (say, ``!moderation room here``).
    ``room_state`` is sent as events, the way the bot would see it in a real room. ``wellknown``
    maps a name to the document the demo homeserver serves at ``/.well-known/matrix/<name>``.
    ``bot_config`` is extra bot config as dotted keys (say, which room moderation reports go to;
    the aliases ``#demo:localhost`` and ``#moderators:localhost`` exist before the bot starts).
    """

    steps: tuple[DemoAction, ...] = ()
    setup: tuple[DemoStep, ...] = ()
    room_state: tuple[DemoRoomState, ...] = ()
    wellknown: Mapping[str, Mapping[str, Any]] | None = None
    bot_config: Mapping[str, object] | None = None
