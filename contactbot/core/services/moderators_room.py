"""The moderators' room: one answer for every feature, whichever way it was set.

A bot admin may choose the room from Matrix (``!moderation room here``; the moderation feature
stores that choice in its own table and hands this object a loader); otherwise it is the room
named in the config file. Features never import each other, so the status feature reads the
room here, through ``Core.access.moderators_room``, and the moderation feature updates it.

Precedence: the room chosen from Matrix, then ``moderation.room``, then
``status.moderators_room`` (each feature's wiring names its configured room).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

ChoiceLoader = Callable[[], Awaitable[str | None]]


class ModeratorsRoom:
    """The effective moderators' room; ``""`` when none is set anywhere."""

    def __init__(self, configured: str = "") -> None:
        self._configured = configured
        self._fallback = ""
        self._load: ChoiceLoader | None = None
        self._chosen: str | None = None
        self._loaded = False

    def configure(self, room_id: str) -> None:
        """The room the config file names (``moderation.room``); empty changes nothing."""
        if room_id:
            self._configured = room_id

    def configure_fallback(self, room_id: str) -> None:
        """A room used only when no other is configured (``status.moderators_room``)."""
        self._fallback = room_id

    @property
    def configured(self) -> str:
        return self._configured or self._fallback

    def use_store(self, load: ChoiceLoader) -> None:
        """Read the choice made from Matrix with ``load`` (once, at first use)."""
        self._load = load
        self._loaded = False

    def choose(self, room_id: str | None) -> None:
        """A choice made from Matrix, already stored; ``None`` goes back to the config file."""
        self._chosen = room_id
        self._loaded = True

    async def chosen(self) -> str | None:
        # Loaded lazily, not at wiring time: wiring is synchronous, and the first event may
        # come before any background task would have run.
        if not self._loaded and self._load is not None:
            self._chosen = await self._load()
            self._loaded = True
        return self._chosen

    async def current(self) -> str:
        return (await self.chosen()) or self.configured
