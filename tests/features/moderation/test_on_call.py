"""The on-call ping list of flag notices."""

from __future__ import annotations

from tests.fakes import FakeGateway
from tests.features.moderation.helpers import BOT, EVE, HIGH, ONCALL, notices, set_name, start_bot


async def test_on_call_list_never_pings_the_bot_itself(
    database_url: str, gateway: FakeGateway
) -> None:
    """Issue 10 item 6: with the bot's own ID in moderation.on_call, the notice pings only the
    human on call."""
    bot = await start_bot(database_url, gateway, **{"moderation.on_call": [BOT, ONCALL]})
    try:
        await set_name(bot, EVE, HIGH)
        (notice,) = notices(gateway)
        assert notice["m.mentions"] == {"user_ids": [ONCALL]}
    finally:
        await bot.stop()
