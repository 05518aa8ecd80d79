"""The homeserver client: ``MatrixGateway`` over the client-server API, authenticated with the
appservice's ``as_token``.

mautrix's ``HTTPAPI`` does the requests and maps error codes to exceptions; this module adds what
it lacks for a bot that must not lose replies: honouring 429 ``retry_after_ms``.
"""

from __future__ import annotations

import asyncio
import json
import logging
from typing import Any
from urllib.parse import quote

import aiohttp
from aiohttp import ClientSession
from mautrix.api import HTTPAPI, Method, Path
from mautrix.errors import MatrixConnectionError, MatrixRequestError
from yarl import URL

from contactbot.core.errors import HomeserverRefused, HomeserverUnavailable
from contactbot.core.services.gateway import ProfileAnswer

log = logging.getLogger(__name__)

JSON = dict[str, Any]

# 429 retries before giving up; each waits what the server asked (capped).
MAX_RATE_LIMIT_RETRIES = 5
MAX_RATE_LIMIT_WAIT = 30.0


def refused(err: MatrixRequestError) -> HomeserverRefused:
    """mautrix's error as ours, so no caller depends on the client library's classes."""
    return HomeserverRefused(err.errcode or "", str(err.message or ""), err.http_status)


def retry_after_seconds(err: MatrixRequestError, default: float = 1.0) -> float:
    """The wait a 429 answer asks for, from ``retry_after_ms`` in its body."""
    try:
        body = json.loads(getattr(err, "text", "") or "{}")
        value = body.get("retry_after_ms") if isinstance(body, dict) else None
    except (ValueError, TypeError):
        value = None
    if isinstance(value, int | float) and value >= 0:
        return min(float(value) / 1000.0, MAX_RATE_LIMIT_WAIT)
    return default


def profile_path(user_id: str, key: str | None = None) -> str:
    """The encoded request path; ``/`` and anything else unusual in a user ID is escaped."""
    path = "/_matrix/client/v3/profile/" + quote(user_id, safe="@:")
    return path if key is None else path + "/" + quote(key, safe="")


def _retry_after_ms(data: object, header: str | None) -> int | None:
    value = data.get("retry_after_ms") if isinstance(data, dict) else None
    if isinstance(value, int | float) and not isinstance(value, bool) and value >= 0:
        return int(value)
    if header is not None:
        try:
            seconds = float(header)
        except ValueError:
            return None  # an HTTP date: rare enough to fall back to our own backoff
        if seconds >= 0:
            return int(seconds * 1000)
    return None


async def _read_capped(resp: aiohttp.ClientResponse, cap: int) -> bytes | None:
    """The body, or None when it is larger than ``cap`` (stops reading at the cap)."""
    if resp.content_length is not None and resp.content_length > cap:
        return None
    chunks: list[bytes] = []
    size = 0
    async for chunk in resp.content.iter_chunked(65536):
        size += len(chunk)
        if size > cap:
            return None
        chunks.append(chunk)
    return b"".join(chunks)


def _parse(body: bytes) -> object:
    # Bytes that are not UTF-8 are decoded with U+FFFD replacements, never rejected.
    try:
        return json.loads(body.decode("utf-8", "replace"))
    except (ValueError, RecursionError):
        return None


class HomeserverClient:
    """Implements ``contactbot.core.services.gateway.MatrixGateway``."""

    def __init__(
        self,
        base_url: str,
        as_token: str,
        bot_user_id: str,
        appservice_id: str,
        session: ClientSession,
        *,
        as_user_id: str | None = None,
    ) -> None:
        self.bot_user_id = as_user_id or bot_user_id
        self.appservice_id = appservice_id
        self._session = session
        self._base_url = base_url
        self._as_token = as_token
        # Masquerading as another namespace user goes through ?user_id=; the bot itself doesn't.
        self.api = HTTPAPI(
            base_url,
            as_token,
            client_session=session,
            default_retry_count=2,
            as_user_id=as_user_id,  # type: ignore[arg-type]
        )

    def as_user(self, user_id: str) -> HomeserverClient:
        """A client acting as another user of the appservice's namespace."""
        return HomeserverClient(
            self._base_url,
            self._as_token,
            self.bot_user_id,
            self.appservice_id,
            self._session,
            as_user_id=user_id,
        )

    async def request(
        self,
        method: Method,
        path: Any,
        content: JSON | None = None,
        query: dict[str, str] | None = None,
    ) -> JSON:
        """One request, retried while the homeserver answers 429."""
        for attempt in range(MAX_RATE_LIMIT_RETRIES + 1):
            try:
                result = await self.api.request(method, path, content, query_params=query)
            except MatrixRequestError as err:
                if err.http_status == 429 and attempt < MAX_RATE_LIMIT_RETRIES:
                    wait = retry_after_seconds(err)
                    log.info("Rate limited by the homeserver; retrying in %.1f s", wait)
                    await asyncio.sleep(wait)
                    continue
                if err.http_status == 429 or err.http_status >= 500:
                    raise HomeserverUnavailable(f"homeserver answered {err.http_status}") from err
                raise refused(err) from err
            except (MatrixConnectionError, aiohttp.ClientError, TimeoutError, OSError) as err:
                raise HomeserverUnavailable(f"cannot reach the homeserver: {err}") from err
            return result if isinstance(result, dict) else {"result": result}
        raise AssertionError("unreachable")

    # -- MatrixGateway ---------------------------------------------------------------------

    async def send_message(
        self,
        room_id: str,
        content: JSON,
        *,
        txn_id: str | None = None,
        event_type: str = "m.room.message",
    ) -> str:
        txn = txn_id or self.api.get_txn_id()
        resp = await self.request(
            Method.PUT, Path.v3.rooms[room_id].send[event_type][txn], content
        )
        return str(resp.get("event_id", ""))

    async def send_state(
        self, room_id: str, event_type: str, content: JSON, state_key: str = ""
    ) -> str:
        resp = await self.request(
            Method.PUT, Path.v3.rooms[room_id].state[event_type][state_key], content
        )
        return str(resp.get("event_id", ""))

    async def get_state(self, room_id: str) -> list[JSON]:
        resp = await self.request(Method.GET, Path.v3.rooms[room_id].state)
        events = resp.get("result", [])
        return [e for e in events if isinstance(e, dict)] if isinstance(events, list) else []

    async def get_state_event(
        self, room_id: str, event_type: str, state_key: str = ""
    ) -> JSON | None:
        try:
            return await self.request(
                Method.GET, Path.v3.rooms[room_id].state[event_type][state_key]
            )
        except HomeserverRefused as err:
            if err.not_found:
                return None
            raise

    async def get_joined_members(self, room_id: str) -> dict[str, str | None]:
        resp = await self.request(Method.GET, Path.v3.rooms[room_id].joined_members)
        joined = resp.get("joined", {})
        members: dict[str, str | None] = {}
        if isinstance(joined, dict):
            for user_id, info in joined.items():
                name = info.get("display_name") if isinstance(info, dict) else None
                members[str(user_id)] = name if isinstance(name, str) else None
        return members

    async def join_room(self, room_id: str) -> None:
        await self.request(Method.POST, Path.v3.rooms[room_id].join, {})

    async def leave_room(self, room_id: str, reason: str | None = None) -> None:
        body: JSON = {"reason": reason} if reason else {}
        await self.request(Method.POST, Path.v3.rooms[room_id].leave, body)

    async def kick(self, room_id: str, user_id: str, reason: str) -> None:
        """Kick; a user already gone (left, kicked, banned) counts as done, so a replay after
        a crash is a success rather than a failure."""
        try:
            await self.request(
                Method.POST, Path.v3.rooms[room_id].kick, {"user_id": user_id, "reason": reason}
            )
        except HomeserverRefused:
            if await self._membership(room_id, user_id) in (None, "leave", "ban"):
                return
            raise

    async def ban(self, room_id: str, user_id: str, reason: str) -> None:
        """Ban; a user already banned counts as done (idempotent, like kick)."""
        try:
            await self.request(
                Method.POST, Path.v3.rooms[room_id].ban, {"user_id": user_id, "reason": reason}
            )
        except HomeserverRefused:
            if await self._membership(room_id, user_id) == "ban":
                return
            raise

    async def _membership(self, room_id: str, user_id: str) -> str | None:
        try:
            content = await self.get_state_event(room_id, "m.room.member", user_id)
        except HomeserverRefused:
            return "unknown"
        membership = content.get("membership") if content else None
        return membership if isinstance(membership, str) else None

    async def redact(self, room_id: str, event_id: str, reason: str | None = None) -> None:
        body: JSON = {"reason": reason} if reason else {}
        await self.request(
            Method.PUT,
            Path.v3.rooms[room_id].redact[event_id][self.api.get_txn_id()],
            body,
        )

    async def get_profile(self, user_id: str) -> JSON | None:
        try:
            return await self.request(Method.GET, Path.v3.profile[user_id])
        except HomeserverRefused as err:
            if err.not_found:
                return None
            raise

    async def fetch_profile(
        self, user_id: str, *, key: str | None = None, max_bytes: int, timeout: float
    ) -> ProfileAnswer:
        # Not through mautrix: the poller needs every status code as data, a byte cap on the
        # body (a remote user's profile is whatever their server sends) and no retries.
        url = URL(self._base_url.rstrip("/") + profile_path(user_id, key), encoded=True)
        headers = {"Authorization": f"Bearer {self._as_token}"}
        try:
            async with self._session.get(
                url,
                headers=headers,
                timeout=aiohttp.ClientTimeout(total=timeout),
                allow_redirects=False,
            ) as resp:
                status = resp.status
                if status >= 500:
                    return ProfileAnswer(status)
                raw = await _read_capped(resp, max_bytes)
                retry_header = resp.headers.get("Retry-After")
        except (aiohttp.ClientError, TimeoutError, OSError) as err:
            raise HomeserverUnavailable(f"cannot fetch the profile of {user_id}: {err}") from err
        if raw is None:
            return ProfileAnswer(status, oversized=True)
        data = _parse(raw)
        return ProfileAnswer(status, data, _retry_after_ms(data, retry_header))

    async def client_versions(self) -> JSON | None:
        try:
            async with self._session.get(
                self._base_url.rstrip("/") + "/_matrix/client/versions",
                timeout=aiohttp.ClientTimeout(total=15),
            ) as resp:
                if resp.status != 200:
                    return None
                body = _parse(await resp.read())
        except (aiohttp.ClientError, TimeoutError, OSError) as err:
            log.warning("Could not read /_matrix/client/versions: %s", err)
            return None
        return body if isinstance(body, dict) else None

    async def invite(self, room_id: str, user_id: str) -> None:
        await self.request(Method.POST, Path.v3.rooms[room_id].invite, {"user_id": user_id})

    async def joined_rooms(self) -> set[str]:
        resp = await self.request(Method.GET, Path.v3.joined_rooms)
        rooms = resp.get("joined_rooms")
        return {r for r in rooms if isinstance(r, str)} if isinstance(rooms, list) else set()

    async def set_displayname(self, displayname: str) -> None:
        await self.request(
            Method.PUT,
            Path.v3.profile[self.bot_user_id].displayname,
            {"displayname": displayname},
        )

    async def ensure_registered(self) -> None:
        """Register this namespace user if the homeserver does not know it yet."""
        localpart = self.bot_user_id[1:].split(":", 1)[0]
        try:
            await self.api.request(
                Method.POST,
                Path.v3.register,
                {
                    "type": "m.login.application_service",
                    "username": localpart,
                    "inhibit_login": True,
                },
            )
        except MatrixRequestError as err:
            if err.errcode != "M_USER_IN_USE":
                raise

    async def whoami(self) -> str:
        resp = await self.request(Method.GET, Path.v3.account.whoami)
        return str(resp.get("user_id", ""))

    async def ping_homeserver(self) -> int | None:
        try:
            # No retries: a failed ping is reported and start-up goes on.
            resp = await self.api.request(
                Method.POST,
                Path.v1.appservice[self.appservice_id].ping,
                {"transaction_id": "contactbot-startup"},
                retry_count=0,
            )
        except MatrixRequestError as err:
            if err.http_status in (404, 405) or err.errcode == "M_UNRECOGNIZED":
                return None
            raise
        duration = resp.get("duration_ms") if isinstance(resp, dict) else None
        return int(duration) if isinstance(duration, int | float) else None
