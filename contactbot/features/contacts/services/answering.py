"""Answering ``!contact [purpose]`` and ``!support [server]``.

``!contact`` merges the room's claim with the homeserver support documents (MSC1929) of the
servers relevant to the room, ranked by MSC4489's consumer rule.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from contactbot.core.domain.ids import server_of
from contactbot.core.errors import UserError
from contactbot.core.services.access import power_of
from contactbot.core.storage.rooms import Room
from contactbot.features.contacts.domain.parsing import ContactInfo
from contactbot.features.contacts.domain.ranking import (
    ContactSource,
    RankedContact,
    purpose_roles,
    rank_contacts,
)
from contactbot.features.contacts.domain.records import ContactEvent, effective_event
from contactbot.features.contacts.domain.support import FetchResult
from contactbot.features.contacts.domain.validation import parse_server_name
from contactbot.features.contacts.services.support_cache import SupportService
from contactbot.features.contacts.services.tracking import ContactTracker

# How ``!contact`` labels each source of contacts. Room content is an unverified claim made by
# whoever could send the state event (MSC4489 "MUST NOT present a listed contact as verified").
ROOM_SOURCE = "provided by the room (unverified)"

# Members listed as "who else to ask" when nobody is listed at all.
MAX_FALLBACK_MODERATORS = 5

# Why a server's support document applies to a room.
Relevance = Literal["support_via", "creator", "room ID"]


@dataclass(frozen=True, slots=True)
class ServerSupport:
    """The support document of one server relevant to a room, and why it is relevant."""

    server: str
    why: Relevance
    result: FetchResult

    @property
    def label(self) -> str:
        """The source label used in ranked claims."""
        return f"homeserver {self.server}"


@dataclass(frozen=True, slots=True)
class ContactAnswer:
    """What ``!contact [purpose]`` shows."""

    room_id: str
    purpose: str | None
    ranked: tuple[RankedContact, ...]
    room_event: ContactEvent | None  # the effective room event (None when unset or cleared)
    room_info: ContactInfo | None
    servers: tuple[ServerSupport, ...]
    moderators: tuple[str, ...]  # only when nothing else was found: who else to ask

    @property
    def is_empty(self) -> bool:
        """Whether no contact or support page was found anywhere."""
        return not self.ranked


def pre_v12_room_server(room_id: str, room_version: str | None) -> str | None:
    """The server in a room ID, only for room versions known to put one there (1-11).

    Room IDs of v12 and later are opaque hashes; an unknown version is treated the same, so a
    room ID is never parsed unless its format is known.
    """
    if room_version is None or not (room_version.isascii() and room_version.isdigit()):
        return None
    if not 1 <= int(room_version) <= 11:
        return None
    _, sep, server = room_id.partition(":")
    name = parse_server_name(server) if sep else None
    return str(name) if name is not None else None


def relevant_servers(
    room_id: str, room: Room | None, info: ContactInfo | None
) -> list[tuple[str, Relevance]]:
    """``(server, why)`` whose support documents apply to the room, without repeats.

    The room's own ``support_via`` (a non-standard extension) first, as the room's explicit
    pointer; then the creator's server; then the room ID's server for rooms before v12.
    """
    found: list[tuple[str, Relevance]] = []
    if info is not None and info.support_via is not None:
        found.append((info.support_via, "support_via"))
    if room is not None and room.creator:
        creator = parse_server_name(server_of(room.creator))
        if creator is not None:
            found.append((str(creator), "creator"))
    if room is not None:
        server = pre_v12_room_server(room_id, room.room_version)
        if server is not None:
            found.append((server, "room ID"))
    seen: set[str] = set()
    unique: list[tuple[str, Relevance]] = []
    for server, why in found:
        if server not in seen:
            seen.add(server)
            unique.append((server, why))
    return unique


class ContactAnswers:
    """Looks up who to contact about a room, and what a server publishes."""

    def __init__(
        self,
        tracker: ContactTracker,
        support: SupportService,
        bot_user_id: str,
        *,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.tracker = tracker
        self.support_service = support
        self.bot_user_id = bot_user_id
        self._clock = clock

    async def lookup(self, room_id: str, purpose: str | None = None) -> ContactAnswer:
        """Everything ``!contact [purpose]`` shows for the room.

        Raises:
            UserError: for an unknown purpose.
        """
        if purpose:
            purpose_roles(purpose)  # refuse an unknown purpose before any work
        view = await self.tracker.view(room_id)
        room, state = view.room, view.state
        event = effective_event(state)
        info = self.tracker.parsed(event) if event is not None else None
        servers = relevant_servers(room_id, room, info)
        supports = await asyncio.gather(*(self._support_quiet(s, why) for s, why in servers))
        sources: list[ContactSource] = []
        if info is not None and (info.contacts or info.support_page is not None):
            sources.append(ContactSource(ROOM_SOURCE, info))
        for support in supports:
            doc = support.result.info
            if support.result.status == "ok" and doc is not None:
                sources.append(ContactSource(support.label, doc))
        ranked = tuple(rank_contacts(sources, purpose or None))
        moderators = () if ranked else self._moderators(room)
        return ContactAnswer(
            room_id=room_id,
            purpose=purpose or None,
            ranked=ranked,
            room_event=event,
            room_info=info,
            servers=tuple(supports),
            moderators=moderators,
        )

    async def _support_quiet(self, server: str, why: Relevance) -> ServerSupport:
        try:
            result = await self.support_service.get_support(server)
        except UserError as err:
            result = FetchResult("error", None, err.message, None, None, self._clock())
        return ServerSupport(server, why, result)

    def _moderators(self, room: Room | None) -> tuple[str, ...]:
        if room is None:
            return ()
        power = power_of(room)
        candidates = set(power.users) | (
            set(power.creators) if power.privileged_creators else set()
        )
        ranked = sorted(
            (u for u in candidates if u != self.bot_user_id and power.user_level(u) >= power.kick),
            key=lambda u: (-power.user_level(u), u),
        )
        return tuple(ranked[:MAX_FALLBACK_MODERATORS])

    async def support(self, server_name: str, *, refresh: bool = False) -> FetchResult:
        """A server's support document, from the cache when fresh.

        Raises:
            UserError: when ``server_name`` is not a valid server name.
        """
        return await self.support_service.get_support(server_name, refresh=refresh)
