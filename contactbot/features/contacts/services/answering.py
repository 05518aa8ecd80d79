"""Answering ``!contact [purpose]`` and ``!support [server]``.

``!contact`` answers in two parts, as MSC4489 orders them: the room's own contacts (its claim,
ranked by the consumer rule for the purpose), then the support documents (MSC1929) of the
servers relevant to the room, each apart and named by its server.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

from contactbot.core.domain.ids import glob_match, server_of
from contactbot.core.errors import UserError
from contactbot.core.services.access import power_of
from contactbot.core.storage.rooms import Room
from contactbot.features.contacts.domain.parsing import ContactInfo
from contactbot.features.contacts.domain.ranking import (
    ContactSource,
    RankedContact,
    Tier,
    purpose_roles,
    rank_contacts,
)
from contactbot.features.contacts.domain.records import ContactEvent, effective_event
from contactbot.features.contacts.domain.support import FetchResult
from contactbot.features.contacts.domain.validation import parse_server_name
from contactbot.features.contacts.services.support_cache import SupportService
from contactbot.features.contacts.services.tracking import ContactTracker

# How ``!contact`` labels the room's claim. Room content is an unverified claim made by whoever
# could send the state event (MSC4489 "MUST NOT present a listed contact as verified").
ROOM_SOURCE = "provided by the room (unverified)"

# Members listed as "who else to ask" when nobody is listed at all.
MAX_FALLBACK_MODERATORS = 5

# Why a server's support document applies to a room.
Relevance = Literal["support_via", "creator", "room ID"]


@dataclass(frozen=True, slots=True)
class ServerSupport:
    """The support document of one server relevant to a room, why it is relevant, and its
    contacts ranked for the purpose asked."""

    server: str
    why: Relevance
    result: FetchResult
    ranked: tuple[RankedContact, ...] = ()

    @property
    def label(self) -> str:
        """The source label used in ranked claims."""
        return f"homeserver {self.server}"


@dataclass(frozen=True, slots=True)
class ContactQuery:
    """What ``!contact`` knows before any fetch: the room's claim and the servers to ask."""

    room_id: str
    purpose: str | None
    room: Room | None
    room_event: ContactEvent | None  # the effective room event (None when unset or cleared)
    room_info: ContactInfo | None
    servers: tuple[tuple[str, Relevance], ...]


@dataclass(frozen=True, slots=True)
class ContactAnswer:
    """What ``!contact [purpose]`` shows: the room's section, then one section per server."""

    room_id: str
    purpose: str | None
    room_ranked: tuple[RankedContact, ...]
    room_event: ContactEvent | None
    room_info: ContactInfo | None
    servers: tuple[ServerSupport, ...]
    moderators: tuple[str, ...]  # only when nothing else was found: who else to ask

    @property
    def is_empty(self) -> bool:
        """Whether no contact or support page was found anywhere."""
        return not self.room_ranked and not any(s.ranked for s in self.servers)

    @property
    def purpose_held(self) -> bool:
        """Whether a room contact holds the purpose asked (always True without a purpose)."""
        if self.purpose is None:
            return True
        return any(entry.tier is Tier.PURPOSE for entry in self.room_ranked)


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
        is_own_user: Callable[[str], bool] | None = None,
        moderation_bots: Sequence[str] = (),
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.tracker = tracker
        self.support_service = support
        self.bot_user_id = bot_user_id
        self._is_own_user = is_own_user or (lambda user_id: user_id == bot_user_id)
        self._moderation_bots = tuple(moderation_bots)
        self._clock = clock

    async def query(self, room_id: str, purpose: str | None = None) -> ContactQuery:
        """The room's claim and the servers to ask; no fetch.

        Raises:
            UserError: for an unknown purpose.
        """
        if purpose:
            purpose_roles(purpose)  # refuse an unknown purpose before any work
        view = await self.tracker.view(room_id)
        event = effective_event(view.state)
        info = self.tracker.parsed(event) if event is not None else None
        servers = relevant_servers(room_id, view.room, info)
        return ContactQuery(room_id, purpose or None, view.room, event, info, tuple(servers))

    async def uncached(self, query: ContactQuery) -> list[str]:
        """The servers of ``query`` whose support document would have to be fetched."""
        missing: list[str] = []
        for server, _ in query.servers:
            if await self.support_service.cached(server) is None:
                missing.append(server)
        return missing

    async def answer(self, query: ContactQuery) -> ContactAnswer:
        """Everything ``!contact`` shows; fetches the support documents not in the cache."""
        purpose = query.purpose
        supports = await asyncio.gather(
            *(self._support_quiet(server, why, purpose) for server, why in query.servers)
        )
        info = query.room_info
        room_ranked: tuple[RankedContact, ...] = ()
        if info is not None and (info.contacts or info.support_page is not None):
            room_ranked = tuple(rank_contacts([ContactSource(ROOM_SOURCE, info)], purpose))
        found = bool(room_ranked) or any(s.ranked for s in supports)
        return ContactAnswer(
            room_id=query.room_id,
            purpose=purpose,
            room_ranked=room_ranked,
            room_event=query.room_event,
            room_info=info,
            servers=tuple(supports),
            moderators=() if found else self._moderators(query.room),
        )

    async def lookup(self, room_id: str, purpose: str | None = None) -> ContactAnswer:
        """:meth:`query` then :meth:`answer`.

        Raises:
            UserError: for an unknown purpose.
        """
        return await self.answer(await self.query(room_id, purpose))

    async def _support_quiet(
        self, server: str, why: Relevance, purpose: str | None
    ) -> ServerSupport:
        try:
            result = await self.support_service.get_support(server)
        except UserError as err:
            result = FetchResult("error", None, err.message, None, None, self._clock())
        doc = result.info
        ranked: tuple[RankedContact, ...] = ()
        if result.status == "ok" and doc is not None:
            ranked = tuple(rank_contacts([ContactSource(f"homeserver {server}", doc)], purpose))
        return ServerSupport(server, why, result, ranked)

    def is_moderation_bot(self, user_id: str) -> bool:
        """Whether ``user_id`` is a bot, not a person to ask: this bot or a user of its
        namespace, or a match of ``contacts.moderation_bots`` (globs such as ``@draupnir*:*``).
        """
        return self._is_own_user(user_id) or glob_match(user_id, self._moderation_bots)

    def _moderators(self, room: Room | None) -> tuple[str, ...]:
        if room is None:
            return ()
        power = power_of(room)
        candidates = set(power.users) | (
            set(power.creators) if power.privileged_creators else set()
        )
        ranked = sorted(
            (
                u
                for u in candidates
                if not self.is_moderation_bot(u) and power.user_level(u) >= power.kick
            ),
            key=lambda u: (-power.user_level(u), u),
        )
        return tuple(ranked[:MAX_FALLBACK_MODERATORS])

    async def cached_support(self, server_name: str) -> FetchResult | None:
        """A server's support document if the cache holds a fresh one; never fetches.

        Raises:
            UserError: when ``server_name`` is not a valid server name.
        """
        return await self.support_service.cached(server_name)

    async def support(self, server_name: str, *, refresh: bool = False) -> FetchResult:
        """A server's support document, from the cache when fresh.

        Raises:
            UserError: when ``server_name`` is not a valid server name.
        """
        return await self.support_service.get_support(server_name, refresh=refresh)
