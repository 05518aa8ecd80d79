"""Flag notices in the moderators' room, with reaction buttons, and retries of failed ones.

The wording is the views' (``commands/views.py``): the wiring hands this service a renderer,
so services never import the presentation layer.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Sequence
from dataclasses import replace
from typing import Protocol

from contactbot.core.domain.formatting import Message
from contactbot.core.errors import ContactbotError
from contactbot.core.metrics import Metrics
from contactbot.core.services.encryption import EncryptionPolicy
from contactbot.core.services.gateway import MatrixGateway
from contactbot.core.services.moderators_room import ModeratorsRoom
from contactbot.core.storage.database import Database
from contactbot.features.moderation.domain.flags import Flag, severity_rank
from contactbot.features.moderation.domain.review import BUTTONS, SharedRoom
from contactbot.features.moderation.services.rooms import shared_rooms
from contactbot.features.moderation.settings import ModerationSettings
from contactbot.features.moderation.storage.flags import FlagRepository

log = logging.getLogger(__name__)


class NoticeRenderer(Protocol):
    """Renders the notice of ``flag`` (``commands.views.render_notice``)."""

    def __call__(
        self,
        flag: Flag,
        shared: Sequence[SharedRoom],
        mentions: Sequence[str],
        *,
        dry_run: bool,
    ) -> Message: ...


def notice_txn(flag: Flag) -> str:
    # One per flag, stable across attempts: the retry loop and a re-check of the same text
    # may both try a failed notice, and the homeserver then posts it once.
    key = hashlib.sha256(f"{flag.user_id}\0{flag.text_hash}".encode()).hexdigest()[:40]
    return f"cb.flag.{key}"


class NoticeService:
    """Posts each flag once to the moderators' room and nowhere else.

    The notice lists every room the flagged user shares with the bot: its audience is the
    moderators' room, whose moderators may review every flag.
    """

    def __init__(
        self,
        db: Database,
        gateway: MatrixGateway,
        settings: ModerationSettings,
        metrics: Metrics,
        render: NoticeRenderer,
        moderators_room: ModeratorsRoom,
        encryption: EncryptionPolicy | None = None,
    ) -> None:
        self.db = db
        self.gateway = gateway
        self.settings = settings
        self.moderators_room = moderators_room
        self.metrics = metrics
        self.render = render
        self.encryption = encryption or EncryptionPolicy()
        self.bot_user_id = gateway.bot_user_id

    def mentions_for(self, flag: Flag) -> tuple[str, ...]:
        if severity_rank(flag.severity) < severity_rank(self.settings.ping_from):
            return ()
        # The bot pinging itself is noise, and would count as a mention of the bot.
        return tuple(user for user in self.settings.on_call if user != self.bot_user_id)

    async def notify(self, flag: Flag) -> Flag:
        """Post the flag's notice to the moderators' room; the flag, with the notice if sent.

        A failure is logged and leaves the flag without a notice: ``retry_notices`` tries
        again, and ``!flags`` lists the flag meanwhile.
        """
        room = await self.moderators_room.current()
        if not room:
            return flag
        if not await self.encryption.may_post_private(room):
            # encryption.require: a notice quotes the user's status text, personal data that
            # must not sit unencrypted on the server. Kept pending; listed by !flags.
            log.warning(
                "Not posting the notice of flag #%d: the moderators' room %s is not encrypted "
                "and encryption.require is on",
                flag.id,
                room,
            )
            self.metrics.failures.labels("moderation_notice_unencrypted").inc()
            return flag
        shared = await shared_rooms(self.db, flag.user_id)
        mentions = self.mentions_for(flag)
        notice = self.render(flag, shared, mentions, dry_run=self.settings.dry_run)
        content = notice.content(mentions=mentions)
        txn = notice_txn(flag)
        try:
            event_id = await self.gateway.send_message(room, content, txn_id=txn)
        except ContactbotError as err:
            log.warning("Could not post the notice of flag #%d to %s: %s", flag.id, room, err)
            self.metrics.failures.labels("moderation_notice").inc()
            return flag
        # Committed at once, so a reaction to the notice finds its flag (see flagging).
        async with self.db.separate_transaction() as session:
            repo = FlagRepository(session)
            await repo.set_notice(flag.id, room, event_id)
            await repo.add_audit(
                flag.id,
                self.bot_user_id,
                "notified",
                {"room_id": room, "event_id": event_id, "mentions": list(mentions)},
            )
        # Reaction "buttons", as Mjolnir and Draupnir offer: a moderator clicks one instead of
        # typing an emoji. Nice to have, so failures are only logged.
        for index, key in enumerate(BUTTONS):
            relates = {"rel_type": "m.annotation", "event_id": event_id, "key": key}
            try:
                await self.gateway.send_message(
                    room,
                    {"m.relates_to": relates},
                    txn_id=f"{txn}.b{index}",
                    event_type="m.reaction",
                )
            except ContactbotError as err:
                log.debug("Could not add the %s button to flag #%d: %s", key, flag.id, err)
        return replace(flag, notice_room_id=room, notice_event_id=event_id)

    async def retry_notices(self) -> int:
        """Post the notices that failed earlier; how many were sent now."""
        if not await self.moderators_room.current():
            return 0
        async with self.db.transaction() as session:
            pending = await FlagRepository(session).without_notice()
        sent = 0
        for flag in pending:
            if (await self.notify(flag)).notice_event_id is not None:
                sent += 1
        return sent
