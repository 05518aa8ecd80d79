"""A small Matrix client-server API client that acts as a user in tests and the demo."""

from __future__ import annotations

import itertools
import json
import time
from collections.abc import Callable, Iterable, Mapping
from types import TracebackType
from typing import Any, Self
from urllib.parse import quote

import aiohttp
from yarl import URL

JsonDict = dict[str, Any]

# How Element creates a private room: encrypted from its first event on (initial state).
ENCRYPTION_STATE: Mapping[str, Any] = {
    "type": "m.room.encryption",
    "state_key": "",
    "content": {"algorithm": "m.megolm.v1.aes-sha2"},
}
EventPredicate = Callable[[JsonDict], bool]


class MatrixError(Exception):
    """A client-server API request failed."""

    def __init__(self, method: str, path: str, status: int, body: JsonDict | str) -> None:
        self.method = method
        self.path = path
        self.status = status
        self.errcode = body.get("errcode") if isinstance(body, dict) else None
        self.error = body.get("error") if isinstance(body, dict) else body
        super().__init__(f"{method} {path} -> {status} {self.errcode}: {self.error}")


async def json_or_raise(resp: aiohttp.ClientResponse, method: str, path: str) -> JsonDict:
    text = await resp.text()
    try:
        body: Any = json.loads(text) if text else {}
    except json.JSONDecodeError:
        body = text
    if resp.status >= 400 or not isinstance(body, dict):
        raise MatrixError(method, path, resp.status, body if isinstance(body, dict) else text)
    return body


def reply_target(event: JsonDict) -> str | None:
    """The event ID an event replies to (``m.relates_to.m.in_reply_to``), if any."""
    relates = event.get("content", {}).get("m.relates_to") or {}
    in_reply_to = relates.get("m.in_reply_to") or {}
    target = in_reply_to.get("event_id")
    return target if isinstance(target, str) else None


def _seg(value: str) -> str:
    """One URL path segment: room IDs and user IDs carry ``!``, ``@``, ``:`` and ``#``."""
    return quote(value, safe="")


def _describe(event: JsonDict) -> str:
    content = event.get("content", {})
    what = content.get("body") or content.get("membership") or ""
    return f"{event.get('type')} from {event.get('sender')}: {str(what)[:60]!r}"


_txn_counter = itertools.count()


class UserClient:
    """A Matrix user talking to the homeserver over plain aiohttp (deliberately not mautrix).

    ``sync`` remembers the ``since`` token and every timeline event per room, so ``wait_for_*``
    also finds events that arrived during an earlier sync.
    """

    def __init__(self, base_url: str, user_id: str, access_token: str) -> None:
        self.base_url = base_url.rstrip("/")
        self.user_id = user_id
        self._token = access_token
        self._session: aiohttp.ClientSession | None = None
        self.next_batch: str | None = None
        self.timeline: dict[str, list[JsonDict]] = {}
        self.memberships: dict[str, dict[str, str]] = {}
        self._sync_filter = json.dumps({"room": {"timeline": {"limit": 100}}})

    def __repr__(self) -> str:
        return f"UserClient({self.user_id!r})"

    # -- plumbing ----------------------------------------------------------------------------

    def _http(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(
                headers={"Authorization": f"Bearer {self._token}"}
            )
        return self._session

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    async def request(
        self,
        method: str,
        path: str,
        *,
        json_body: Mapping[str, Any] | None = None,
        params: Mapping[str, str] | None = None,
        timeout: float = 30.0,
    ) -> JsonDict:
        """Call ``path`` (already percent-encoded) and return the JSON body; raise MatrixError."""
        url = URL(self.base_url + path, encoded=True)
        if params:
            url = url.update_query(params)
        async with self._http().request(
            method,
            url,
            json=json_body,
            timeout=aiohttp.ClientTimeout(total=timeout),
        ) as resp:
            return await json_or_raise(resp, method, path)

    @staticmethod
    def _txn_id() -> str:
        return f"cbt{time.time_ns()}.{next(_txn_counter)}"

    # -- account and profile -----------------------------------------------------------------

    async def whoami(self) -> str:
        return str((await self.request("GET", "/_matrix/client/v3/account/whoami"))["user_id"])

    async def get_profile_field(self, user_id: str, field: str) -> Any:
        path = f"/_matrix/client/v3/profile/{_seg(user_id)}/{_seg(field)}"
        return (await self.request("GET", path)).get(field)

    async def set_profile_field(
        self, field: str, value: Any, *, user_id: str | None = None
    ) -> None:
        path = f"/_matrix/client/v3/profile/{_seg(user_id or self.user_id)}/{_seg(field)}"
        await self.request("PUT", path, json_body={field: value})

    async def delete_profile_field(self, field: str, *, user_id: str | None = None) -> None:
        path = f"/_matrix/client/v3/profile/{_seg(user_id or self.user_id)}/{_seg(field)}"
        await self.request("DELETE", path)

    # -- rooms -------------------------------------------------------------------------------

    async def create_room(
        self,
        *,
        room_version: str | None = None,
        invite: Iterable[str] = (),
        initial_state: Iterable[Mapping[str, Any]] = (),
        power_level_content_override: Mapping[str, Any] | None = None,
        name: str | None = None,
        preset: str | None = None,
        is_direct: bool | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> str:
        """Create a room and return its ID."""
        body: JsonDict = {
            "invite": list(invite),
            "initial_state": [dict(e) for e in initial_state],
        }
        if room_version is not None:
            body["room_version"] = room_version
        if power_level_content_override is not None:
            body["power_level_content_override"] = dict(power_level_content_override)
        if name is not None:
            body["name"] = name
        if preset is not None:
            body["preset"] = preset
        if is_direct is not None:
            body["is_direct"] = is_direct
        body.update(extra or {})
        return str(
            (await self.request("POST", "/_matrix/client/v3/createRoom", json_body=body))[
                "room_id"
            ]
        )

    async def invite(self, room_id: str, user_id: str, reason: str | None = None) -> None:
        body: JsonDict = {"user_id": user_id}
        if reason is not None:
            body["reason"] = reason
        await self.request(
            "POST", f"/_matrix/client/v3/rooms/{_seg(room_id)}/invite", json_body=body
        )

    async def join(self, room_id_or_alias: str) -> str:
        path = f"/_matrix/client/v3/join/{_seg(room_id_or_alias)}"
        return str((await self.request("POST", path, json_body={}))["room_id"])

    async def resolve_alias(self, alias: str) -> str | None:
        """The room ID an alias points to, or None if the alias does not exist."""
        try:
            resp = await self.request("GET", f"/_matrix/client/v3/directory/room/{_seg(alias)}")
        except MatrixError as err:
            if err.status == 404:
                return None
            raise
        return str(resp["room_id"])

    async def membership(self, room_id: str, user_id: str) -> str | None:
        """``user_id``'s current membership in ``room_id`` from the room state, or None."""
        try:
            content = await self.get_state_event(room_id, "m.room.member", user_id)
        except MatrixError as err:
            if err.errcode == "M_NOT_FOUND":
                return None
            raise
        value = content.get("membership")
        return value if isinstance(value, str) else None

    async def leave(self, room_id: str) -> None:
        await self.request("POST", f"/_matrix/client/v3/rooms/{_seg(room_id)}/leave", json_body={})

    async def send_event(self, room_id: str, event_type: str, content: Mapping[str, Any]) -> str:
        path = (
            f"/_matrix/client/v3/rooms/{_seg(room_id)}/send/{_seg(event_type)}/"
            f"{_seg(self._txn_id())}"
        )
        return str((await self.request("PUT", path, json_body=content))["event_id"])

    async def send_text(
        self,
        room_id: str,
        body: str,
        *,
        msgtype: str = "m.text",
        extra_content: Mapping[str, Any] | None = None,
    ) -> str:
        """Send a plain message and return its event ID."""
        content: JsonDict = {"msgtype": msgtype, "body": body}
        content.update(extra_content or {})
        return await self.send_event(room_id, "m.room.message", content)

    async def react(self, room_id: str, event_id: str, key: str) -> str:
        content = {"m.relates_to": {"rel_type": "m.annotation", "event_id": event_id, "key": key}}
        return await self.send_event(room_id, "m.reaction", content)

    async def send_state(
        self,
        room_id: str,
        event_type: str,
        content: Mapping[str, Any],
        state_key: str = "",
    ) -> str:
        # An empty state key leaves a trailing slash, which is what the spec's path means.
        path = (
            f"/_matrix/client/v3/rooms/{_seg(room_id)}/state/{_seg(event_type)}/{_seg(state_key)}"
        )
        return str((await self.request("PUT", path, json_body=content))["event_id"])

    async def get_state_event(
        self, room_id: str, event_type: str, state_key: str = ""
    ) -> JsonDict:
        """The content of a state event; MatrixError with errcode M_NOT_FOUND when unset."""
        path = (
            f"/_matrix/client/v3/rooms/{_seg(room_id)}/state/{_seg(event_type)}/{_seg(state_key)}"
        )
        return await self.request("GET", path)

    async def messages(self, room_id: str, *, limit: int = 100) -> list[JsonDict]:
        """The latest ``limit`` room events from ``/messages``, oldest first.

        Unlike sync, this is a complete view of the room's recent history, so use it to count.
        """
        path = f"/_matrix/client/v3/rooms/{_seg(room_id)}/messages"
        resp = await self.request("GET", path, params={"dir": "b", "limit": str(limit)})
        return list(reversed(resp.get("chunk", [])))

    # -- sync --------------------------------------------------------------------------------

    async def sync(self, timeout_ms: int = 0) -> JsonDict:
        """One ``/sync`` from the last ``next_batch``; records timeline events and memberships."""
        params = {"timeout": str(timeout_ms), "filter": self._sync_filter}
        if self.next_batch is not None:
            params["since"] = self.next_batch
        resp = await self.request(
            "GET", "/_matrix/client/v3/sync", params=params, timeout=timeout_ms / 1000 + 30
        )
        self.next_batch = str(resp["next_batch"])
        self._record(resp.get("rooms", {}))
        return resp

    def _record(self, rooms: JsonDict) -> None:
        for room_id, room in rooms.get("invite", {}).items():
            for event in room.get("invite_state", {}).get("events", []):
                self._note_membership(room_id, event)
        for section in ("join", "leave"):
            for room_id, room in rooms.get(section, {}).items():
                for event in room.get("state", {}).get("events", []):
                    self._note_membership(room_id, event)
                timeline = self.timeline.setdefault(room_id, [])
                for event in room.get("timeline", {}).get("events", []):
                    timeline.append(event)
                    self._note_membership(room_id, event)

    def _note_membership(self, room_id: str, event: JsonDict) -> None:
        if event.get("type") == "m.room.member" and isinstance(event.get("state_key"), str):
            membership = event.get("content", {}).get("membership")
            if isinstance(membership, str):
                self.memberships.setdefault(room_id, {})[event["state_key"]] = membership

    async def wait_for_event(
        self, room_id: str, predicate: EventPredicate, timeout: float = 10.0
    ) -> JsonDict:
        """Long-poll ``/sync`` until a timeline event in ``room_id`` matches; return it.

        Events seen by earlier syncs are checked first, so make the predicate specific (for
        example, a reply to a given event ID). Raises ``TimeoutError`` listing the last events.
        """
        deadline = time.monotonic() + timeout
        checked = 0
        while True:
            events = self.timeline.get(room_id, [])
            for event in events[checked:]:
                if predicate(event):
                    return event
            checked = len(events)
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                recent = "\n  ".join(_describe(e) for e in events[-8:]) or "(none)"
                raise TimeoutError(
                    f"{self.user_id}: no matching event in {room_id} within {timeout:.1f} s; "
                    f"last events seen:\n  {recent}"
                )
            await self.sync(timeout_ms=max(1, int(min(remaining, 5.0) * 1000)))

    async def wait_for_membership(
        self, room_id: str, user_id: str, membership: str, timeout: float = 10.0
    ) -> None:
        """Long-poll ``/sync`` until ``user_id``'s membership in ``room_id`` is ``membership``."""
        deadline = time.monotonic() + timeout
        while True:
            current = self.memberships.get(room_id, {}).get(user_id)
            if current == membership:
                return
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError(
                    f"{user_id} is {current or 'not a member'} in {room_id}, not {membership}, "
                    f"after {timeout:.1f} s"
                )
            await self.sync(timeout_ms=max(1, int(min(remaining, 5.0) * 1000)))


# The brief and older notes call it either name.
MatrixTestClient = UserClient
