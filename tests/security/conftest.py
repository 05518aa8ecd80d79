"""The ``bot`` fixture of the security regressions: the moderation test world, with the most
permissive moderator rule (room moderators on), so each attack meets the rule at its widest."""

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
