"""The ``bot`` fixture of the flag and review tests (set-up in ``helpers.py``)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from contactbot.app import ContactBot
from tests.fakes import FakeGateway
from tests.features.moderation.helpers import start_bot


@pytest.fixture
async def bot(database_url: str, gateway: FakeGateway) -> AsyncIterator[ContactBot]:
    bot = await start_bot(database_url, gateway)
    yield bot
    await bot.stop()
