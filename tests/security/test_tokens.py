"""Finding 8 of issue 15: an empty ``hs_token`` was accepted at start-up, and then a request
with an empty ``access_token`` query parameter was accepted."""

from __future__ import annotations

import aiohttp
import pytest

from contactbot.core.config import Config
from contactbot.core.errors import ConfigError
from tests.botfactory import HS_TOKEN, make_bot, make_config
from tests.fakes import FakeGateway


@pytest.mark.parametrize("token", ["", "   ", "short"])
async def test_bot_refuses_to_start_with_an_empty_or_short_hs_token(
    database_url: str, gateway: FakeGateway, token: str
) -> None:
    """Start-up fails naming appservice.hs_token; nothing listens."""
    bot = make_bot(database_url, gateway, **{"appservice.hs_token": token})
    with pytest.raises(ConfigError) as err:
        await bot.start()
    await bot.stop()
    assert "appservice.hs_token" in str(err.value)


@pytest.mark.parametrize("key", ["appservice.as_token", "appservice.hs_token"])
@pytest.mark.parametrize("token", ["", "short"])
def test_run_check_names_an_empty_or_short_token(key: str, token: str) -> None:
    """``contactbot`` refuses to run with an empty or short token and names the key."""
    config = make_config("postgresql://unused/db", **{key: token})
    config["homeserver.domain"] = "example.org"
    with pytest.raises(ConfigError) as err:
        Config.check_for_run(config)
    assert key in str(err.value)


async def test_an_empty_access_token_is_refused(database_url: str, gateway: FakeGateway) -> None:
    """``?access_token=`` (and an empty bearer) is no token: 401, never compared."""
    bot = make_bot(database_url, gateway)
    await bot.start()
    try:
        port = bot.config.get_int("appservice.port")
        url = f"http://127.0.0.1:{port}/_matrix/app/v1/transactions/t1"
        async with aiohttp.ClientSession() as http:
            async with http.put(url, params={"access_token": ""}, json={"events": []}) as resp:
                assert resp.status == 401
                assert (await resp.json())["errcode"] == "M_MISSING_TOKEN"
            headers = {"Authorization": "Bearer "}
            async with http.put(url, headers=headers, json={"events": []}) as resp:
                assert resp.status == 401
            async with http.put(url, params={"access_token": HS_TOKEN}, json={"events": []}) as r:
                assert r.status == 200
    finally:
        await bot.stop()
