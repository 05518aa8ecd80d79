"""Fixtures shared by the contacts tests."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from tests.features.contacts.helpers import WellKnownSite


@pytest.fixture
async def site() -> AsyncIterator[WellKnownSite]:
    """A loopback web server standing in for every test server's well-known."""
    server = WellKnownSite()
    await server.start()
    yield server
    await server.stop()
