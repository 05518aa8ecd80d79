"""Decrypting inbox events at processing time, before the event router sees them.

The inbox keeps encrypted events exactly as the homeserver sent them; this step runs inside the
worker's unit of work. An event whose room key has not arrived yet raises ``KeysMissing``, so
the inbox keeps it and retries it with back-off (its room waits behind it, in order). After a
bounded wait the bot gives up on it: it logs it, counts it under
``contactbot_failures_total{component="decryption"}`` and says so in the room (queued in the
outbox, so the notice is sent once even if processing is replayed), instead of dropping the
command silently.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeGuard

from contactbot.core.domain.formatting import message
from contactbot.core.metrics import Metrics
from contactbot.core.services.encryption import ENCRYPTED, KeysMissing, RoomCipher, Undecryptable
from contactbot.core.services.inbox import EventHandler
from contactbot.core.services.outbox import MessageSender

log = logging.getLogger(__name__)

_NO_TO_DEVICE = (
    ". No to-device message has arrived since start-up: the homeserver probably does not "
    "send them to appservices (see docs/encryption.md, 'Homeserver set-up')"
)


@dataclass(slots=True)
class _Waiting:
    first_seen: float
    attempts: int = 0


@dataclass
class GiveUpRule:
    """When to stop waiting for an event's room key.

    The bot gives up at the attempt before the inbox would park the event (so the room is
    told), or once ``max_wait`` seconds have passed since the first attempt, whichever comes
    first. Attempts are counted in memory: after a restart the count starts again, bounded by
    the inbox's own limit.
    """

    inbox_max_attempts: int
    max_wait: float

    def gives_up(self, attempts: int, waited: float) -> bool:
        return attempts >= max(self.inbox_max_attempts - 1, 1) or waited >= self.max_wait


@dataclass
class DecryptingHandler:
    """Wraps the router's entry point: decrypts ``m.room.encrypted`` events, passes the rest."""

    cipher: RoomCipher
    handler: EventHandler
    notices: MessageSender
    metrics: Metrics
    bot_user_id: str
    rule: GiveUpRule
    notice_interval: float = 600.0
    clock: Callable[[], float] = time.monotonic
    _waiting: dict[str, _Waiting] = field(default_factory=dict)
    _last_notice: dict[str, float] = field(default_factory=dict)

    async def __call__(self, raw: object) -> None:
        if not _is_encrypted_event(raw) or raw.get("sender") == self.bot_user_id:
            # Own echoes are dropped by the router; decrypting them would be wasted work.
            await self.handler(raw)
            return
        event_id = str(raw["event_id"])
        try:
            decrypted = await self.cipher.decrypt(raw)
        except KeysMissing as err:
            now = self.clock()
            waiting = self._waiting.setdefault(event_id, _Waiting(first_seen=now))
            waiting.attempts += 1
            if not self.rule.gives_up(waiting.attempts, now - waiting.first_seen):
                log.info(
                    "Event %s in %s: room key not here yet (attempt %d); will retry",
                    event_id,
                    raw.get("room_id"),
                    waiting.attempts,
                )
                raise
            await self._give_up(raw, f"its room key never arrived ({err})")
            return
        except Undecryptable as err:
            await self._give_up(raw, str(err))
            return
        self._waiting.pop(event_id, None)
        await self.handler(decrypted)

    async def _give_up(self, raw: dict[str, Any], why: str) -> None:
        event_id = str(raw["event_id"])
        room_id = str(raw.get("room_id", ""))
        self._waiting.pop(event_id, None)
        self.metrics.failures.labels("decryption").inc()
        log.warning(
            "Cannot decrypt event %s from %s in %s: %s%s",
            event_id,
            raw.get("sender"),
            room_id,
            why,
            _NO_TO_DEVICE if self.cipher.to_device_seen == 0 else "",
        )
        now = self.clock()
        last = self._last_notice.get(room_id)
        if last is not None and now - last < self.notice_interval:
            return
        self._last_notice[room_id] = now
        text = message(
            "I could not decrypt a message in this room, so I did not act on it. Your "
            f"client has not shared its room key with my device ({self.cipher.device_id}). "
            "Please send it again; if this keeps happening, allow your client to send keys "
            "to unverified devices, or verify my device."
        )
        await self.notices.send_message(
            room_id, text.content(reply_to=event_id), txn_id=f"cb.undecryptable.{event_id}"
        )


def _is_encrypted_event(raw: object) -> TypeGuard[dict[str, Any]]:
    return (
        isinstance(raw, dict)
        and raw.get("type") == ENCRYPTED
        and "state_key" not in raw
        and isinstance(raw.get("event_id"), str)
    )
