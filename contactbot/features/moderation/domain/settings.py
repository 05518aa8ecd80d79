"""Settings changed from Matrix: the stored choice of the moderators' room, and the overview
``!moderation`` shows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

# The keys of settings a bot admin may change from Matrix.
SettingKey = Literal["room"]

# Where the effective moderators' room comes from.
RoomSource = Literal["matrix", "config", "unset"]


@dataclass(frozen=True, slots=True)
class StoredSetting:
    """A setting's value chosen from Matrix, with who chose it and when."""

    key: SettingKey
    value: str
    set_by: str
    set_at: datetime


@dataclass(frozen=True, slots=True)
class SettingChange:
    """One audited change; ``None`` stands for "the config file's value"."""

    key: SettingKey
    old_value: str | None
    new_value: str | None
    actor: str
    at: datetime


@dataclass(frozen=True, slots=True)
class ModerationOverview:
    """What ``!moderation`` shows."""

    room: str
    room_source: RoomSource
    configured_room: str
    chosen: StoredSetting | None
    on_call: tuple[str, ...]
    dry_run: bool
    room_moderators: bool
    recent_changes: tuple[SettingChange, ...]
