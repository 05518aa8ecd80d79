"""Fixtures shared by the core's tests: a started in-process bot and an HTTP client for its
appservice API. A module that needs another configuration defines its own ``bot``."""

from __future__ import annotations

from collections.abc import AsyncIterator

import aiohttp
import pytest

from contactbot.app import ContactBot
from tests.botfactory import make_bot
from tests.fakes import FakeGateway
from tests.testbot import AppserviceClient


@pytest.fixture
async def bot(database_url: str, gateway: FakeGateway) -> AsyncIterator[ContactBot]:
    bot = make_bot(database_url, gateway)
    await bot.start()
    yield bot
    await bot.stop()


@pytest.fixture
async def client(bot: ContactBot) -> AsyncIterator[AppserviceClient]:
    async with aiohttp.ClientSession() as session:
        yield AppserviceClient(bot, session)
