"""The contacts feature in ``contactbot demo``: ``!contact`` and ``!support``.

The demo room publishes ``DEMO_ROOM_CONTACTS`` as its ``m.room.contact`` state and the demo
homeserver serves ``SUPPORT_DOCUMENT``; the steps expect to see both in the bot's replies.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from contactbot.core.demo import DEMO_SERVER_NAME, DemoRoomState, DemoStep, FeatureDemo
from contactbot.features.contacts.domain.contacts import ROLE_ADMIN, ROLE_SECURITY, STATE_TYPE

DEMO_ROOM_CONTACTS: Mapping[str, Any] = {
    "contacts": [
        {"matrix_id": f"@alice:{DEMO_SERVER_NAME}", "role": ROLE_ADMIN},
        {"email_address": "security@example.org", "role": ROLE_SECURITY},
    ],
    "support_page": "https://example.org/support",
}

# Served at /.well-known/matrix/support for the demo's server name, since Synapse does not serve
# this document itself (MSC1929).
SUPPORT_DOCUMENT: Mapping[str, Any] = {
    "contacts": [
        {"matrix_id": f"@alice:{DEMO_SERVER_NAME}", "role": ROLE_ADMIN},
        {"email_address": "admin@example.org", "role": ROLE_ADMIN},
    ],
    "support_page": "https://example.org/homeserver-support",
}

STEPS: tuple[DemoStep, ...] = (
    DemoStep(
        "bob",
        "demo",
        "!contact",
        ["@alice:localhost", "security@example.org"],
        "the room's contacts, from its m.room.contact state",
        requires=("contact",),
    ),
    DemoStep(
        "bob",
        "demo",
        "!support",
        ["admin@example.org"],
        "the homeserver's support contacts (/.well-known/matrix/support)",
        requires=("support",),
    ),
)

DEMO = FeatureDemo(
    steps=STEPS,
    room_state=(DemoRoomState("demo", STATE_TYPE, DEMO_ROOM_CONTACTS),),
    wellknown={"support": SUPPORT_DOCUMENT},
)
