"""Policy-list interop on a real Synapse: contactbot publishes a ban rule, the rule is read
back from the homeserver's room state, and Draupnir's own policy engine applies it.

``tests/features/moderation/test_draupnir_interop.py`` checks the same on the state events the
fake homeserver recorded; this checks what a real homeserver stores and serves (the event as
Synapse shapes it, in a real ``m.policy`` room), which is what Draupnir reads.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import quote

import aiohttp
import pytest

from contactbot.devtools.botprocess import update_bot_config
from contactbot.devtools.matrix_accounts import register_user
from contactbot.devtools.matrix_client import UserClient, reply_target
from tests.e2e.conftest import REPLY_TIMEOUT, Stack, start_stack
from tests.features.moderation.draupnir_engine import draupnir_bans

pytestmark = pytest.mark.e2e

OFFENSIVE_NAME = "I will kill you"


async def register(stack: Stack, name: str) -> tuple[UserClient, str]:
    """A user, and their access token (to read the whole room state, a JSON list)."""
    user_id, token = await register_user(
        stack.synapse.base_url, stack.synapse.shared_secret, name, f"pw-{name}"
    )
    client = UserClient(stack.synapse.base_url, user_id, token)
    stack.clients.append(client)
    return client, token


async def room_state(stack: Stack, token: str, room_id: str) -> list[dict[str, Any]]:
    """``GET /rooms/{roomId}/state``: every current state event, as Draupnir reads them."""
    url = f"{stack.synapse.base_url}/_matrix/client/v3/rooms/{quote(room_id, safe='')}/state"
    headers = {"Authorization": f"Bearer {token}"}
    async with aiohttp.ClientSession() as http, http.get(url, headers=headers) as resp:
        assert resp.status == 200, await resp.text()
        state: list[dict[str, Any]] = await resp.json()
    return state


async def test_a_ban_published_to_synapse_is_applied_by_draupnir_to_that_user_only(
    synapse_python: Path, tmp_path: Path
) -> None:
    """A moderator bans a flagged user with 🔨; contactbot publishes an m.policy.rule.user
    m.ban into the policy room; read back from Synapse, Draupnir's engine bans exactly that
    user, not a bystander, the moderator or look-alike IDs."""
    async with start_stack(tmp_path, synapse_python) as stack:
        moderator, token = await register(stack, "policymod")
        bystander = await stack.register("bob")
        eve = await stack.register("eve")
        mods = await stack.room_with_bot(moderator, name="Moderators")
        bot_power = {"users": {stack.bot_user_id: 50}}
        banlist = await stack.room_with_bot(
            moderator,
            name="Ban list",
            power_level_content_override=bot_power,
            extra={"creation_content": {"type": "m.policy"}},
        )
        update_bot_config(
            stack.config_path, {"moderation.room": mods, "moderation.publish_list": banlist}
        )
        await stack.bot.restart()
        alpha = await stack.room_with_bot(
            moderator, name="Alpha", power_level_content_override=bot_power
        )
        for user in (eve, bystander):
            await moderator.invite(alpha, user.user_id)
            await user.join(alpha)
            await moderator.wait_for_membership(alpha, user.user_id, "join", timeout=REPLY_TIMEOUT)

        await eve.set_profile_field("displayname", OFFENSIVE_NAME)
        bot = stack.bot_user_id

        def is_notice(event: dict[str, Any]) -> bool:
            body = str(event.get("content", {}).get("body", ""))
            return (
                event.get("sender") == bot
                and reply_target(event) is None
                and body.startswith("**🚩 Flag")
                and eve.user_id in body
            )

        notice = await moderator.wait_for_event(mods, is_notice, timeout=REPLY_TIMEOUT)
        reaction = await moderator.react(mods, notice["event_id"], "🔨")
        seen = False

        def is_answer(event: dict[str, Any]) -> bool:
            nonlocal seen
            if event.get("event_id") == reaction:
                seen = True
                return False
            return seen and event.get("sender") == bot and reply_target(event) is not None

        answer = await moderator.wait_for_event(mods, is_answer, timeout=REPLY_TIMEOUT)
        assert f"Policy rule (m.ban of {eve.user_id}): published" in answer["content"]["body"]

        state = await room_state(stack, token, banlist)
        create = next(e for e in state if e["type"] == "m.room.create")
        assert create["content"].get("type") == "m.policy"
        rules = [e for e in state if e["type"] == "m.policy.rule.user" and e["content"]]
        assert len(rules) == 1
        (rule,) = rules
        assert rule["sender"] == bot
        assert rule["content"]["entity"] == eve.user_id
        assert rule["content"]["recommendation"] == "m.ban"

        server = eve.user_id.split(":", 1)[1]
        local = eve.user_id.split(":", 1)[0]
        users = [
            eve.user_id,
            bystander.user_id,
            moderator.user_id,
            f"{local.upper()}:{server}",  # user IDs are case-sensitive
            f"{local}x:{server}",
            f"{eve.user_id}.evil.example",
        ]
        found = draupnir_bans(banlist, rules, users, create=create)
        assert found == {
            eve.user_id: [f"m.policy.rule.user {rule['state_key']}"],
            **{user: [] for user in users if user != eve.user_id},
        }
