"""Room contacts (MSC4489): tracking, answering ``!contact``, editing, presets.

Every ``m.room.contact`` / ``net.codestorm.msc4489.contact`` event with state key ``""`` is
recorded, valid or not, with who sent it and when; the current event of each type is kept so
that the stable one can win on read. ``!contact`` merges the room's claim with the homeserver
support documents (MSC1929) of the servers relevant to the room, ranked by MSC4489's consumer
rule. Edits and presets are written by the bot, after checking that both the sender and the bot
may send the state event.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from contactbot.core.domain.events import RoomEvent
from contactbot.core.domain.ids import server_of
from contactbot.core.domain.power import INFINITE, PowerLevels
from contactbot.core.errors import (
    ConfigError,
    ContactbotError,
    HomeserverUnavailable,
    NotFound,
    PermissionDenied,
    UserError,
)
from contactbot.core.services.access import AccessService, power_of
from contactbot.core.services.gateway import MatrixGateway
from contactbot.core.storage.database import Database
from contactbot.core.storage.rooms import Room, RoomRepository
from contactbot.features.contacts.domain.contacts import (
    EMPTY_CONTACT_INFO,
    STATE_KEY,
    STATE_TYPE,
    STATE_TYPES,
    UNSTABLE_STATE_TYPE,
    ContactInfo,
    ContactSource,
    RankedContact,
    add_contact,
    clear,
    display_text,
    effective_content,
    parse_room_contacts,
    parse_server_name,
    purpose_roles,
    rank_contacts,
    remove_contact,
    set_support_page,
    set_support_via,
)
from contactbot.features.contacts.domain.support import FetchResult
from contactbot.features.contacts.services.support_cache import CachedSupport, SupportService
from contactbot.features.contacts.storage.contacts import (
    ContactEvent,
    ContactRepository,
    HistoryEntry,
    RoomContactState,
    storable_json,
)
from contactbot.features.contacts.storage.support_cache import SupportCacheRepository

log = logging.getLogger(__name__)

# How ``!contact`` labels each source of contacts. Room content is an unverified claim made by
# whoever could send the state event (MSC4489 "MUST NOT present a listed contact as verified").
ROOM_SOURCE = "provided by the room (unverified)"

# Content larger or deeper than this is pointed out in the problems report as suspicious.
SUSPICIOUS_BYTES = 16 * 1024
SUSPICIOUS_DEPTH = 8
# Members listed as "who else to ask" when nobody is listed at all.
MAX_FALLBACK_MODERATORS = 5
# Parsed contents kept in memory, by event ID (events are immutable, so entries never go stale).
PARSED_CACHE_ENTRIES = 4096

_PRESET_NAME_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")


class Validity(StrEnum):
    """How usable one contact event's content is."""

    VALID = "valid"  # no problems
    PARTIAL = "partial"  # usable, but something was dropped or cleaned
    INVALID = "invalid"  # nothing usable
    EMPTY = "empty"  # ``{}``: how state is removed; not an error


@dataclass(frozen=True, slots=True)
class Assessment:
    validity: Validity
    problems: tuple[str, ...]
    info: ContactInfo


def assess(content: object) -> Assessment:
    """Validate contact content; never raises."""
    if isinstance(content, Mapping) and not content:
        return Assessment(Validity.EMPTY, (), EMPTY_CONTACT_INFO)
    info = parse_room_contacts(content)
    if not info.problems:
        return Assessment(Validity.VALID, (), info)
    validity = Validity.INVALID if info.is_empty else Validity.PARTIAL
    return Assessment(validity, info.problems, info)


def json_shape(value: object) -> tuple[int, int]:
    """``(bytes as compact JSON, nesting depth)`` of a JSON value, without recursion."""
    depth = 0
    stack: list[tuple[object, int]] = [(value, 1)]
    while stack:
        node, level = stack.pop()
        if isinstance(node, Mapping):
            depth = max(depth, level)
            stack.extend((v, level + 1) for v in node.values())
        elif isinstance(node, list):
            depth = max(depth, level)
            stack.extend((v, level + 1) for v in node)
    try:
        size = len(json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode())
    except (ValueError, RecursionError):
        size = -1
    return size, depth


def _canonical(value: object) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


# -- Configuration ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ContactSettings:
    """The ``contacts:`` config section."""

    write_stable: bool = True
    write_unstable: bool = True
    max_shown: int = 20

    def __post_init__(self) -> None:
        if not (self.write_stable or self.write_unstable):
            raise ConfigError("contacts", "write_stable and write_unstable cannot both be false")
        if self.max_shown < 1:
            raise ConfigError("contacts.max_shown", "must be positive")

    @property
    def write_types(self) -> tuple[str, ...]:
        """Event types the bot writes, stable first."""
        return tuple(
            t
            for t, on in (
                (STATE_TYPE, self.write_stable),
                (UNSTABLE_STATE_TYPE, self.write_unstable),
            )
            if on
        )


@dataclass(frozen=True, slots=True)
class Preset:
    """A named contact set from ``contact_presets``; ``content`` is written as it is."""

    name: str
    content: Mapping[str, object]
    info: ContactInfo


def load_presets(section: Mapping[str, object]) -> dict[str, Preset]:
    """Read ``contact_presets``: name → content of an ``m.room.contact`` event.

    Raises:
        ConfigError: naming the preset, for a bad name or content with any problem (an admin's
            own preset has no excuse for one).
    """
    presets: dict[str, Preset] = {}
    for name, content in section.items():
        key = f"contact_presets.{name}"
        if not _PRESET_NAME_RE.fullmatch(str(name)):
            raise ConfigError(key, "preset names are 1-64 letters, digits, '.', '_' or '-'")
        if not isinstance(content, Mapping) or not content:
            raise ConfigError(key, "must be a mapping with contacts and/or support_page")
        stored = storable_json(content)
        info = parse_room_contacts(stored.value)
        if info.problems or stored.truncated or stored.replaced:
            problem = info.problems[0] if info.problems else "it holds unstorable values"
            raise ConfigError(key, problem)
        presets[str(name)] = Preset(str(name), stored.value, info)
    return presets


# -- The support-document cache on PostgreSQL ---------------------------------------------------


class DatabaseSupportStore:
    """``SupportCacheStore`` on PostgreSQL, with an in-process copy of recent entries.

    PostgreSQL is the source of truth, so a restart does not refetch; the in-process copy saves
    a round trip per warm lookup and is only served while fresh, so an entry another replica
    refreshed is read back from the table once ours expires.
    """

    def __init__(
        self, db: Database, *, memory_entries: int = 4096, clock: Callable[[], float] = time.time
    ) -> None:
        self._db = db
        self._clock = clock
        self._memory: OrderedDict[str, CachedSupport] = OrderedDict()
        self._memory_entries = memory_entries

    def _remember(self, server_name: str, entry: CachedSupport) -> None:
        self._memory[server_name] = entry
        self._memory.move_to_end(server_name)
        while len(self._memory) > self._memory_entries:
            self._memory.popitem(last=False)

    async def get(self, server_name: str) -> CachedSupport | None:
        """The stored entry (fresh or not), or None; unreadable rows count as misses."""
        entry = self._memory.get(server_name)
        if entry is not None and entry.is_fresh(self._clock()):
            return entry
        # A transaction of its own: lookups run in a task shared by several callers, which
        # must not join (or outlive) the unit of work of whichever caller started it.
        async with self._db.separate_transaction() as session:
            data = await SupportCacheRepository(session).get(server_name)
        if data is None:
            return None
        try:
            entry = CachedSupport.from_json(data)
        except ValueError:
            log.warning("Ignoring an unreadable cached support entry for %s", server_name)
            return None
        self._remember(server_name, entry)
        return entry

    async def put(self, server_name: str, entry: CachedSupport) -> None:
        """Store ``entry``, replacing any earlier one."""
        async with self._db.separate_transaction() as session:
            await SupportCacheRepository(session).put(
                server_name, entry.to_json(), entry.expires_at
            )
        self._remember(server_name, entry)

    def forget_memory(self) -> None:
        """Drop the in-process copies (after a restart, only PostgreSQL remains)."""
        self._memory.clear()


# -- Results ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ServerSupport:
    """The support document of one server relevant to a room, and why it is relevant."""

    server: str
    why: str  # "support_via" | "creator" | "room ID"
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


@dataclass(frozen=True, slots=True)
class EditResult:
    """A change the bot wrote (or tried to)."""

    written: tuple[str, ...]  # event types written
    failed: tuple[tuple[str, str], ...]  # (event type, reason)
    skipped: tuple[str, ...]  # event types that already held this content
    content: Mapping[str, object]
    info: ContactInfo
    preset: str | None  # the preset the room follows afterwards


@dataclass(frozen=True, slots=True)
class RoomIssue:
    """A room named in a rollout failure or a stale report."""

    room_id: str
    name: str | None
    reason: str


@dataclass(frozen=True, slots=True)
class RolloutReport:
    preset: str
    updated: tuple[str, ...]
    unchanged: tuple[str, ...]
    failed: tuple[RoomIssue, ...]


@dataclass(frozen=True, slots=True)
class EventReport:
    """One current contact event, for the problems report."""

    event: ContactEvent
    info: ContactInfo
    effective: bool
    size: int
    depth: int

    @property
    def notes(self) -> tuple[str, ...]:
        """Shape warnings that parsing does not report (size, nesting)."""
        notes = []
        if self.size > SUSPICIOUS_BYTES:
            notes.append(f"The content is {self.size} bytes, far more than contacts need.")
        if self.depth > SUSPICIOUS_DEPTH:
            notes.append(f"The content is nested {self.depth} levels deep.")
        return tuple(notes)


@dataclass(frozen=True, slots=True)
class ProblemsReport:
    room_id: str
    events: tuple[EventReport, ...]
    recent: tuple[HistoryEntry, ...]  # latest changes that were invalid or partial
    changes: int  # changes recorded in total
    preset: str | None
    preset_issue: str | None


# -- The service --------------------------------------------------------------------------------


def _level_text(level: float) -> str:
    return "unlimited (room creator)" if level == INFINITE else str(int(level))


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
) -> list[tuple[str, str]]:
    """``(server, why)`` whose support documents apply to the room, without repeats.

    The room's own ``support_via`` (a non-standard extension) first, as the room's explicit
    pointer; then the creator's server; then the room ID's server for rooms before v12.
    """
    found: list[tuple[str, str]] = []
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
    unique = []
    for server, why in found:
        if server not in seen:
            seen.add(server)
            unique.append((server, why))
    return unique


def effective_event(state: RoomContactState) -> ContactEvent | None:
    """The event that counts: the stable one unless it is unset or empty."""
    stable = state.events.get(STATE_TYPE)
    unstable = state.events.get(UNSTABLE_STATE_TYPE)
    chosen = effective_content(
        stable.content if stable else None, unstable.content if unstable else None
    )
    if chosen is None:
        return None
    return state.events[chosen[0]]


class ContactService:
    def __init__(
        self,
        db: Database,
        gateway: MatrixGateway,
        support: SupportService,
        access: AccessService,
        settings: ContactSettings,
        presets: Mapping[str, Preset],
        *,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.db = db
        self.gateway = gateway
        self.support_service = support
        self.access = access
        self.settings = settings
        self.presets = dict(presets)
        self._clock = clock
        self._parsed: OrderedDict[str, ContactInfo] = OrderedDict()

    # -- tracking ------------------------------------------------------------------------------

    async def handle_state_event(self, event: RoomEvent) -> None:
        """Record a contact state event from a transaction or from the state read on join."""
        if event.type not in STATE_TYPES or event.state_key != STATE_KEY:
            return
        source = "state" if event.source == "state" else "transaction"
        await self._record(
            room_id=event.room_id,
            event_type=event.type,
            content=event.content,
            event_id=event.event_id,
            sender=event.sender,
            origin_server_ts=event.origin_server_ts,
            source=source,
        )

    async def _record(
        self,
        *,
        room_id: str,
        event_type: str,
        content: object,
        event_id: str,
        sender: str,
        origin_server_ts: int,
        source: str,
        requested_by: str | None = None,
    ) -> bool:
        stored = storable_json(content)
        result = assess(stored.value)
        problems = list(result.problems)
        if stored.truncated:
            problems.append("The content is nested too deeply; the deepest levels were dropped.")
        if stored.replaced:
            problems.append("The content holds NUL, unpaired surrogates or non-finite numbers.")
        validity = result.validity
        if problems and validity is Validity.VALID:
            validity = Validity.PARTIAL
        event = ContactEvent(
            room_id=room_id,
            event_type=event_type,
            content=stored.value,
            event_id=event_id,
            sender=sender,
            origin_server_ts=origin_server_ts,
            validity=validity,
            problems=tuple(problems),
            source=source,
        )
        async with self.db.transaction() as session:
            repo = ContactRepository(session)
            # Transactions deliver a room's events in order, so a new event is the latest.
            if await repo.record(event, requested_by=requested_by) is not None:
                log.info(
                    "Room %s: %s %s from %s is %s", room_id, event_type, event_id, sender, validity
                )
                return True
            await self._reassert(repo, event)
        return False

    @staticmethod
    async def _reassert(repo: ContactRepository, event: ContactEvent) -> None:
        """A replay of a recorded event: put it back in effect if order says it is the latest.

        State read on join, and events the bot sent (recorded before the homeserver echoes
        them), were recorded ahead of their place in the room's order. Transaction events
        processed since then come earlier in that order, even though they were recorded later:
        the event's echo (or the state read again) shows where it really stands, so it becomes
        current again.
        """
        known = await repo.recorded(event.event_id)
        if known is None:
            return
        from_ahead = known.event.source in ("state", "bot") and event.source == "transaction"
        if not (from_ahead or event.source == "state"):
            log.debug("Contact event %s in %s was recorded before", event.event_id, event.room_id)
            return
        current = (await repo.state(event.room_id)).events.get(event.event_type)
        if current is not None and current.event_id != event.event_id:
            log.info(
                "Room %s: %s %s is in effect again (it is later than %s)",
                event.room_id,
                event.event_type,
                event.event_id,
                current.event_id,
            )
            await repo.make_current(known.event)

    async def room_state(self, room_id: str) -> RoomContactState:
        """The room's current contact events and preset."""
        async with self.db.transaction() as session:
            return await ContactRepository(session).state(room_id)

    async def history(self, room_id: str, limit: int) -> list[HistoryEntry]:
        """The room's latest recorded contact changes, newest first."""
        async with self.db.transaction() as session:
            return await ContactRepository(session).history(room_id, limit)

    def parsed(self, event: ContactEvent) -> ContactInfo:
        """The validated content of ``event`` (cached: events never change)."""
        info = self._parsed.get(event.event_id)
        if info is None:
            info = parse_room_contacts(event.content)
            self._parsed[event.event_id] = info
            while len(self._parsed) > PARSED_CACHE_ENTRIES:
                self._parsed.popitem(last=False)
        return info

    # -- answering -----------------------------------------------------------------------------

    async def lookup(self, room_id: str, purpose: str | None = None) -> ContactAnswer:
        """Everything ``!contact [purpose]`` shows for the room.

        Raises:
            UserError: for an unknown purpose.
        """
        if purpose:
            purpose_roles(purpose)  # refuse an unknown purpose before any work
        async with self.db.transaction() as session:
            view = await ContactRepository(session).view(room_id)
        room, state = view.room, view.state
        event = effective_event(state)
        info = self.parsed(event) if event is not None else None
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

    async def _support_quiet(self, server: str, why: str) -> ServerSupport:
        try:
            result = await self.support_service.get_support(server)
        except UserError as err:
            result = FetchResult("error", None, err.message, None, None, self._clock())
        return ServerSupport(server, why, result)

    def _moderators(self, room: Room | None) -> tuple[str, ...]:
        if room is None:
            return ()
        power = power_of(room)
        bot = self.gateway.bot_user_id
        candidates = set(power.users) | (
            set(power.creators) if power.privileged_creators else set()
        )
        ranked = sorted(
            (u for u in candidates if u != bot and power.user_level(u) >= power.kick),
            key=lambda u: (-power.user_level(u), u),
        )
        return tuple(ranked[:MAX_FALLBACK_MODERATORS])

    async def support(self, server_name: str, *, refresh: bool = False) -> FetchResult:
        """A server's support document, from the cache when fresh.

        Raises:
            UserError: when ``server_name`` is not a valid server name.
        """
        return await self.support_service.get_support(server_name, refresh=refresh)

    # -- permissions ---------------------------------------------------------------------------

    async def _power(self, room_id: str) -> PowerLevels:
        power = await self.access.power(room_id)
        if power is None:
            raise UserError("I don't know this room's power levels yet, so I cannot change it.")
        return power

    def _check_sender(self, power: PowerLevels, sender: str, types: Iterable[str]) -> None:
        for event_type in types:
            if not power.can_send_state(sender, event_type):
                raise PermissionDenied(
                    "Only members who may change the room's contact state can do this: "
                    f"{event_type} needs power level {power.required_for_state(event_type)}, "
                    f"and you have {_level_text(power.user_level(sender))}."
                )

    def _bot_lacks(self, power: PowerLevels, types: Iterable[str]) -> str | None:
        bot = self.gateway.bot_user_id
        for event_type in types:
            if not power.can_send_state(bot, event_type):
                return (
                    f"I lack the power level to send {event_type} here: it needs "
                    f"{power.required_for_state(event_type)}, and I have "
                    f"{_level_text(power.user_level(bot))}."
                )
        return None

    # -- editing -------------------------------------------------------------------------------

    def _write_types(self, state: RoomContactState) -> tuple[str, ...]:
        # The configured types, plus any type that currently holds contacts: leaving it as it
        # was would show stale contacts to the clients that read it.
        types = list(self.settings.write_types)
        for event_type in STATE_TYPES:
            event = state.events.get(event_type)
            if event_type not in types and event is not None and event.content:
                types.append(event_type)
        return tuple(t for t in STATE_TYPES if t in types)

    @staticmethod
    def _holds(state: RoomContactState, event_type: str, content: Mapping[str, object]) -> bool:
        event = state.events.get(event_type)
        if event is None:
            return not content
        return _canonical(event.content) == _canonical(content)

    async def _edit(
        self,
        room_id: str,
        sender: str,
        build: Callable[[object], Mapping[str, object]],
        *,
        preset: str | None = None,
    ) -> EditResult:
        state = await self.room_state(room_id)
        types = self._write_types(state)
        # Permissions first: someone who may not edit learns nothing about the content.
        power = await self._power(room_id)
        self._check_sender(power, sender, types)
        lacking = self._bot_lacks(power, types)
        if lacking is not None:
            raise PermissionDenied(
                f"{lacking} Ask a room admin to raise my power level, or send the event "
                "from your own client."
            )
        current = effective_event(state)
        content = storable_json(build(current.content if current else {})).value
        todo = tuple(t for t in types if not self._holds(state, t, content))
        written, failed = await self._write(room_id, todo, content, requested_by=sender)
        if todo and not written:
            raise UserError(f"The homeserver refused the change: {failed[0][1]}")
        follows = state.preset
        if preset is not None:
            async with self.db.transaction() as session:
                await ContactRepository(session).set_preset(room_id, preset, sender)
            follows = preset
        return EditResult(
            written=written,
            failed=failed,
            skipped=tuple(t for t in types if t not in todo),
            content=content,
            info=parse_room_contacts(content) if content else EMPTY_CONTACT_INFO,
            preset=follows,
        )

    async def _write(
        self,
        room_id: str,
        types: Sequence[str],
        content: Mapping[str, object],
        *,
        requested_by: str,
    ) -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]]:
        """Send ``content`` as each event type; record what was sent. ``(written, failed)``.

        Raises:
            HomeserverUnavailable: when the homeserver is down before anything was written,
                so the whole command is retried later.
        """
        written: list[str] = []
        failed: list[tuple[str, str]] = []
        for event_type in types:
            try:
                event_id = await self.gateway.send_state(
                    room_id, event_type, dict(content), STATE_KEY
                )
            except HomeserverUnavailable as err:
                if not written and not failed:
                    raise
                failed.append((event_type, f"the homeserver is unavailable ({err})"))
                continue
            except ContactbotError as err:
                failed.append((event_type, str(err)))
                continue
            except Exception as err:
                # The gateway's own errors (the homeserver refusing, say) carry an errcode.
                failed.append((event_type, _describe_refusal(err)))
                log.warning("Sending %s to %s failed: %s", event_type, room_id, err)
                continue
            written.append(event_type)
            # Record it now rather than when the homeserver echoes it back (the echo is then a
            # replay): the next command sees the change, and history keeps who asked for it.
            await self._record(
                room_id=room_id,
                event_type=event_type,
                content=content,
                event_id=event_id,
                sender=self.gateway.bot_user_id,
                origin_server_ts=int(self._clock() * 1000),
                source="bot",
                requested_by=requested_by,
            )
        return tuple(written), tuple(failed)

    async def add(self, room_id: str, sender: str, role: str, target: str) -> EditResult:
        """List ``target`` (a Matrix ID or e-mail address) under ``role``."""
        return await self._edit(room_id, sender, lambda c: add_contact(c, role, target))

    async def remove(
        self, room_id: str, sender: str, target: str, role: str | None = None
    ) -> EditResult:
        """Remove ``target`` (only under ``role``, if given)."""
        return await self._edit(room_id, sender, lambda c: remove_contact(c, target, role=role))

    async def set_page(self, room_id: str, sender: str, url: str | None) -> EditResult:
        """Set the support page, or remove it when ``url`` is None."""
        return await self._edit(room_id, sender, lambda c: set_support_page(c, url))

    async def set_via(self, room_id: str, sender: str, server: str | None) -> EditResult:
        """Set the non-standard ``support_via`` server, or remove it when None."""
        return await self._edit(room_id, sender, lambda c: set_support_via(c, server))

    async def clear(self, room_id: str, sender: str) -> EditResult:
        """Remove every contact: write empty content."""
        return await self._edit(room_id, sender, lambda _: clear())

    # -- presets -------------------------------------------------------------------------------

    def preset(self, name: str) -> Preset:
        """The configured preset ``name``.

        Raises:
            NotFound: naming the presets that exist.
        """
        preset = self.presets.get(name)
        if preset is None:
            known = ", ".join(sorted(self.presets)) or "none are configured"
            raise NotFound(f'There is no preset "{display_text(name, 64)}" ({known}).')
        return preset

    async def apply_preset(self, room_id: str, sender: str, name: str) -> EditResult:
        """Write preset ``name`` to the room and remember that the room follows it."""
        preset = self.preset(name)
        return await self._edit(room_id, sender, lambda _: dict(preset.content), preset=name)

    async def unfollow(self, room_id: str, sender: str) -> str:
        """Stop following a preset (contacts stay as they are); returns the preset's name.

        Raises:
            NotFound: when the room follows no preset.
            PermissionDenied: unless ``sender`` may change the room's contacts.
        """
        state = await self.room_state(room_id)
        if state.preset is None:
            raise NotFound("This room follows no preset.")
        self._check_sender(await self._power(room_id), sender, self._write_types(state))
        async with self.db.transaction() as session:
            await ContactRepository(session).set_preset(room_id, None, sender)
        return state.preset

    def _require_admin(self, sender: str, what: str) -> None:
        if not self.access.is_bot_admin(sender):
            raise PermissionDenied(f"Only bot admins can {what}.")

    async def _room_names(self, room_ids: Iterable[str]) -> dict[str, str | None]:
        async with self.db.transaction() as session:
            repo = RoomRepository(session)
            names: dict[str, str | None] = {}
            for room_id in room_ids:
                room = await repo.get(room_id)
                names[room_id] = room.name if room else None
        return names

    async def rollout(self, name: str, sender: str) -> RolloutReport:
        """Rewrite every room that follows preset ``name`` and differs from it (bot admins).

        Failures (the bot left, lacks power, the homeserver refused) are reported per room.
        """
        self._require_admin(sender, "roll out presets")
        preset = self.preset(name)
        async with self.db.transaction() as session:
            rooms = await ContactRepository(session).following(name)
        updated: list[str] = []
        unchanged: list[str] = []
        failures: list[tuple[str, str]] = []
        for state in rooms:
            todo = tuple(
                t for t in self._write_types(state) if not self._holds(state, t, preset.content)
            )
            if not todo:
                unchanged.append(state.room_id)
                continue
            power = await self.access.power(state.room_id)
            if power is None:
                failures.append((state.room_id, "I am not in this room any more."))
                continue
            lacking = self._bot_lacks(power, todo)
            if lacking is not None:
                failures.append((state.room_id, lacking))
                continue
            try:
                written, failed = await self._write(
                    state.room_id, todo, preset.content, requested_by=sender
                )
            except HomeserverUnavailable as err:
                failures.append((state.room_id, f"The homeserver is unavailable ({err})."))
                continue
            if failed:
                failures.append((state.room_id, "; ".join(f"{t}: {r}" for t, r in failed)))
            elif written:
                updated.append(state.room_id)
        names = await self._room_names(room_id for room_id, _ in failures)
        log.info(
            "Rollout of preset %s by %s: %d updated, %d unchanged, %d failed",
            name,
            sender,
            len(updated),
            len(unchanged),
            len(failures),
        )
        return RolloutReport(
            preset=name,
            updated=tuple(updated),
            unchanged=tuple(unchanged),
            failed=tuple(RoomIssue(r, names.get(r), reason) for r, reason in failures),
        )

    def _preset_issue(self, state: RoomContactState) -> str | None:
        if state.preset is None:
            return None
        preset = self.presets.get(state.preset)
        if preset is None:
            return f'its preset "{state.preset}" is no longer configured'
        differing = [
            t for t in self._write_types(state) if not self._holds(state, t, preset.content)
        ]
        if not differing:
            return None
        missing = [t for t in differing if not (state.events.get(t) and state.events[t].content)]
        parts = []
        if missing:
            parts.append(f"{' and '.join(missing)} not set")
        changed = [t for t in differing if t not in missing]
        if changed:
            parts.append(f'{" and ".join(changed)} differs from preset "{state.preset}"')
        return "; ".join(parts)

    async def stale(self, sender: str) -> list[RoomIssue]:
        """Rooms whose contacts differ from the preset they follow (bot admins)."""
        self._require_admin(sender, "list rooms with stale presets")
        async with self.db.transaction() as session:
            rooms = await ContactRepository(session).following()
        issues = [(s.room_id, issue) for s in rooms if (issue := self._preset_issue(s))]
        names = await self._room_names(room_id for room_id, _ in issues)
        return [RoomIssue(room_id, names.get(room_id), issue) for room_id, issue in issues]

    # -- problems report -----------------------------------------------------------------------

    async def problems(self, room_id: str, sender: str) -> ProblemsReport:
        """What is wrong with the room's contact events (room admins and bot admins)."""
        if not self.access.is_bot_admin(sender):
            power = await self._power(room_id)
            self._check_sender(power, sender, (STATE_TYPE,))
        async with self.db.transaction() as session:
            repo = ContactRepository(session)
            state = await repo.state(room_id)
            recent = await repo.history(room_id, 50)
            changes = await repo.count_history(room_id)
        effective = effective_event(state)
        reports = []
        for event_type in STATE_TYPES:
            event = state.events.get(event_type)
            if event is None:
                continue
            size, depth = json_shape(event.content)
            reports.append(
                EventReport(
                    event=event,
                    info=self.parsed(event),
                    effective=effective is not None and effective.event_type == event_type,
                    size=size,
                    depth=depth,
                )
            )
        bad = tuple(h for h in recent if h.event.validity in (Validity.INVALID, Validity.PARTIAL))
        return ProblemsReport(
            room_id=room_id,
            events=tuple(reports),
            recent=bad,
            changes=changes,
            preset=state.preset,
            preset_issue=self._preset_issue(state),
        )


def _describe_refusal(err: Exception) -> str:
    errcode = getattr(err, "errcode", None)
    message = getattr(err, "message", None) or str(err) or type(err).__name__
    text = display_text(str(message), 200)
    return f"{errcode}: {text}" if isinstance(errcode, str) and errcode else text
