"""The status feature's settings, read once from the ``status:`` config section."""

from __future__ import annotations

import re
from dataclasses import dataclass

from contactbot.core.config import Config
from contactbot.core.errors import ConfigError
from contactbot.features.status.services.polling import PollSettings
from contactbot.features.status.services.status import StatusSettings
from contactbot.features.status.services.sync import SyncMode
from contactbot.features.status.transport.watcher import WatcherSettings

_SYNC_MODES: dict[str, SyncMode] = {"auto": "auto", "on": "on", "off": "off"}


@dataclass(frozen=True, slots=True)
class StatusFeatureSettings:
    """Everything ``wire`` needs (read only when ``status.enabled`` is on)."""

    poll: PollSettings
    history: StatusSettings
    watcher: WatcherSettings
    fetch_timeout: float
    max_profile_bytes: int

    @classmethod
    def from_config(cls, config: Config) -> StatusFeatureSettings:
        """Read and check the section; a bad value raises ``ConfigError`` naming its key."""
        key = "status"
        try:
            key = "status.poll"
            poll = PollSettings.from_mapping(config.get_mapping("status.poll"))
            key = "status.retention_days"
            history = StatusSettings(
                retention_days=config.get_float("status.retention_days"),
                # The moderation feature's room is the moderators' room unless one is named.
                moderators_room=config.get_str("status.moderators_room")
                or config.get_str("moderation.room"),
            )
            key = "status.sync"
            mode = _SYNC_MODES.get(config.get_str("status.sync"))
            if mode is None:
                raise ValueError(f"must be auto, on or off, not {config.get_str('status.sync')!r}")
            key = "status.watcher_suffix"
            suffix = config.get_str("status.watcher_suffix")
            if not re.fullmatch(r"_[a-z0-9._=/-]+", suffix):
                raise ValueError('must start with "_" and use only a-z, 0-9 and ._=/-')
            key = "status.fetch_timeout"
            fetch_timeout = config.get_float("status.fetch_timeout")
            key = "status.max_profile_bytes"
            max_profile_bytes = config.get_int("status.max_profile_bytes")
        except ValueError as err:
            raise ConfigError(key, str(err)) from err
        return cls(
            poll=poll,
            history=history,
            watcher=WatcherSettings(mode=mode, localpart_suffix=suffix),
            fetch_timeout=fetch_timeout,
            max_profile_bytes=max_profile_bytes,
        )
