"""Draupnir's own policy engine as a test harness (``draupnir/evaluate.js`` on Node).

``@the-draupnir-project/matrix-protection-suite`` 7.1.0 is installed by ``npm ci`` in
``tests/features/moderation/draupnir`` (``.ci/run`` does it). A missing engine fails the
calling test rather than skipping it, so CI cannot pass without the check.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from contactbot.features.moderation.domain.policy import POLICY_ROOM_TYPE
from tests.features.moderation.helpers import ADMIN

DRAUPNIR = Path(__file__).parent / "draupnir"


def draupnir_bans(
    room_id: str,
    events: list[dict[str, Any]],
    users: list[str],
    *,
    create: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """For each user, the rules Draupnir's engine finds banning them (type and state key).

    ``create``: the list room's real ``m.room.create``; by default a made-up one of a v10
    policy room.
    """
    node = shutil.which("node")
    engine = DRAUPNIR / "node_modules" / "@the-draupnir-project" / "matrix-protection-suite"
    if node is None or not engine.is_dir():
        pytest.fail(
            "Draupnir's policy engine is not installed: run `npm ci` in "
            f"{DRAUPNIR} (.ci/run does), with Node 20 on PATH"
        )
    create = create or {
        "type": "m.room.create",
        "state_key": "",
        "sender": ADMIN,
        "room_id": room_id,
        "event_id": "$create",
        "origin_server_ts": 1,
        "content": {"room_version": "10", "type": POLICY_ROOM_TYPE},
    }
    payload = json.dumps({"room_id": room_id, "events": [create, *events], "users": users})
    done = subprocess.run(
        [node, str(DRAUPNIR / "evaluate.js")],
        input=payload,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    if done.returncode != 0:
        pytest.fail(f"evaluate.js failed ({done.returncode}): {done.stderr[-2000:]}")
    result: dict[str, Any] = json.loads(done.stdout)
    return result
