"""HTTP serving helpers of the composition root: the metrics endpoint and bounded shutdown."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable
from typing import Any

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from contactbot.core.metrics import Metrics

log = logging.getLogger(__name__)


def metrics_app(metrics: Metrics) -> web.Application:
    """``/metrics`` in the Prometheus text format, from the bot's own registry."""

    async def handler(_: web.Request) -> web.Response:
        return web.Response(
            body=generate_latest(metrics.registry),
            headers={"Content-Type": CONTENT_TYPE_LATEST},
        )

    app = web.Application()
    app.router.add_get("/metrics", handler)
    return app


async def bounded_step(what: str, step: Awaitable[Any], seconds: float) -> None:
    """One shutdown step, never allowed to hold up the exit for long: anything unfinished
    is safe in the inbox or the outbox and is picked up at the next start."""
    try:
        async with asyncio.timeout(seconds):
            await step
    except TimeoutError:
        log.warning("Shutdown: %s did not finish in %.0f s; moving on", what, seconds)
    except Exception:
        log.exception("Shutdown: %s failed", what)
