"""The appservice HTTP API (spec v1.17) the homeserver calls, plus health probes.

Thin on purpose: authenticate, parse, hand off to the inbox. A transaction is answered 200 only
once the inbox has committed it; if the database is unreachable the answer is 503, so the
homeserver keeps the events and retries.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import orjson
from aiohttp import web

from contactbot.core.config import check_token
from contactbot.core.errors import DatabaseUnavailable
from contactbot.core.metrics import Metrics
from contactbot.core.services.inbox import InboxService

log = logging.getLogger(__name__)

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def _parse_json(raw: bytes) -> Any:
    try:
        return orjson.loads(raw)
    except orjson.JSONDecodeError:
        # orjson is stricter than the JSON the homeserver may relay (lone surrogates, very
        # deep nesting); the standard parser decides what is really malformed.
        return json.loads(raw)


def error(status: int, errcode: str, message: str) -> web.Response:
    return web.json_response({"errcode": errcode, "error": message}, status=status)


@dataclass(slots=True)
class AppserviceState:
    """What the probes report. ``ready`` turns true once start-up work is done."""

    live: bool = True
    ready: bool = False
    details: dict[str, Any] = field(default_factory=dict)


class AppserviceAPI:
    def __init__(
        self,
        *,
        hs_token: str,
        inbox: InboxService,
        metrics: Metrics,
        on_accepted: Callable[[], None],
        user_exists: Callable[[str], Awaitable[bool]],
        max_body_size: int,
        state: AppserviceState | None = None,
        on_extensions: Callable[[dict[str, Any]], Awaitable[None]] | None = None,
    ) -> None:
        # Checked here too, not only by the command line: with an empty hs_token, a request
        # with an empty access_token would pass the comparison.
        check_token("appservice.hs_token", hs_token)
        self._hs_token = hs_token.encode()
        self.inbox = inbox
        self.metrics = metrics
        self.on_accepted = on_accepted
        self.user_exists = user_exists
        self.max_body_size = max_body_size
        self.state = state or AppserviceState()
        # The encryption device's share of a transaction (to-device messages, device lists).
        self.on_extensions = on_extensions

    def build_app(self) -> web.Application:
        app = web.Application(
            client_max_size=self.max_body_size, middlewares=[self._errors_middleware]
        )
        for prefix in ("/_matrix/app/v1", ""):  # "" = the legacy unprefixed routes
            app.router.add_put(prefix + "/transactions/{txn_id}", self.put_transaction)
            app.router.add_get(prefix + "/users/{user_id}", self.get_user)
            app.router.add_get(prefix + "/rooms/{alias}", self.get_room_alias)
        app.router.add_post("/_matrix/app/v1/ping", self.ping)
        app.router.add_post("/_matrix/app/unstable/fi.mau.msc2659/ping", self.ping)
        app.router.add_get("/_matrix/mau/live", self.live)
        app.router.add_get("/_matrix/mau/ready", self.ready)
        return app

    @web.middleware
    async def _errors_middleware(
        self, request: web.Request, handler: Handler
    ) -> web.StreamResponse:
        try:
            return await handler(request)
        except web.HTTPNotFound:
            return error(404, "M_UNRECOGNIZED", "Unrecognized request")
        except web.HTTPMethodNotAllowed:
            return error(405, "M_UNRECOGNIZED", "Method not allowed")
        except web.HTTPRequestEntityTooLarge:
            self.metrics.transactions.labels("rejected").inc()
            log.warning(
                "Refused a %s request to %s: body over %d bytes",
                request.method,
                request.path,
                self.max_body_size,
            )
            return error(413, "M_TOO_LARGE", "Request body too large")

    def _check_auth(self, request: web.Request) -> web.Response | None:
        header = request.headers.get("Authorization", "")
        query_token = request.query.get("access_token")
        header_token = header[7:].strip() if header.startswith("Bearer ") else None
        if header_token is None and query_token is None:
            log.warning("Refused %s %s: no hs_token in the request", request.method, request.path)
            return error(401, "M_MISSING_TOKEN", "Missing access token")
        if not (header_token or query_token):
            # An empty token is no token: never compared, whatever hs_token is.
            log.warning("Refused %s %s: an empty hs_token", request.method, request.path)
            return error(401, "M_MISSING_TOKEN", "Missing access token")
        # Both must match when both are present (spec); compare in constant time.
        for token in (header_token, query_token):
            if token is not None and not (
                token and hmac.compare_digest(token.encode(), self._hs_token)
            ):
                log.warning(
                    "Refused %s %s: wrong hs_token (the registration on the homeserver and "
                    "appservice.hs_token in the config do not match)",
                    request.method,
                    request.path,
                )
                return error(403, "M_FORBIDDEN", "Invalid access token")
        return None

    async def put_transaction(self, request: web.Request) -> web.Response:
        if (denied := self._check_auth(request)) is not None:
            self.metrics.transactions.labels("rejected").inc()
            return denied
        txn_id = request.match_info["txn_id"]
        raw = await request.read()
        try:
            body = _parse_json(raw)
        except RecursionError:
            # Valid JSON nested deeper than Python parses. Refusing it would make the
            # homeserver retry forever and block every later event, so keep the raw text as
            # one malformed event (reported, never processed) and move on.
            log.warning("Transaction %s nests too deeply to parse; stored as malformed", txn_id)
            body = {
                "events": [{"unparseable_transaction": raw[:65536].decode("utf-8", "replace")}]
            }
        except (ValueError, UnicodeDecodeError):
            self.metrics.transactions.labels("rejected").inc()
            log.warning("Refused transaction %s: body is not JSON", txn_id)
            return error(400, "M_NOT_JSON", "Body is not valid JSON")
        if not isinstance(body, dict) or not isinstance(body.get("events"), list):
            self.metrics.transactions.labels("rejected").inc()
            log.warning("Refused transaction %s: no events list", txn_id)
            return error(400, "M_BAD_JSON", "Body must be an object with an 'events' list")
        try:
            if self.on_extensions is not None:
                await self.on_extensions(body)
            result = await self.inbox.accept(txn_id, body["events"])
        except DatabaseUnavailable as err:
            self.metrics.transactions.labels("error").inc()
            log.error("Cannot store transaction %s, database unavailable: %s", txn_id, err)
            return error(503, "M_UNKNOWN", "Temporarily unable to store events; retry")
        if not result.duplicate and result.pending:
            self.on_accepted()
            if (delay := await self.inbox.backlog_delay()) > 0:
                self.metrics.transactions.labels("held_back").inc()
                await asyncio.sleep(delay)
        log.debug(
            "Transaction %s: %d events stored%s",
            txn_id,
            result.stored,
            " (duplicate)" if result.duplicate else "",
        )
        return web.json_response({})

    async def get_user(self, request: web.Request) -> web.Response:
        if (denied := self._check_auth(request)) is not None:
            return denied
        if await self.user_exists(request.match_info["user_id"]):
            return web.json_response({})
        return error(404, "M_NOT_FOUND", "No such user")

    async def get_room_alias(self, request: web.Request) -> web.Response:
        if (denied := self._check_auth(request)) is not None:
            return denied
        # contactbot claims no aliases.
        return error(404, "M_NOT_FOUND", "No such room alias")

    async def ping(self, request: web.Request) -> web.Response:
        if (denied := self._check_auth(request)) is not None:
            return denied
        return web.json_response({})

    async def live(self, request: web.Request) -> web.Response:
        return web.json_response({"live": self.state.live}, status=200 if self.state.live else 503)

    async def ready(self, request: web.Request) -> web.Response:
        return web.json_response(
            {"ready": self.state.ready, **self.state.details},
            status=200 if self.state.ready else 503,
        )
