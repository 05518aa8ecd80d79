"""Reactions on flag notices: ✅ confirm, ❌ dismiss, 🔨 ban, answered in a reply to the notice."""

from __future__ import annotations

from contactbot.core.domain.events import RoomEvent
from contactbot.core.domain.formatting import message
from contactbot.core.errors import UserError
from contactbot.core.services.gateway import MatrixGateway
from contactbot.core.services.moderators_room import ModeratorsRoom
from contactbot.features.moderation.commands.views import describe_outcome
from contactbot.features.moderation.domain.review import reaction_action
from contactbot.features.moderation.services.review import ReviewService


class NoticeReactions:
    """Honours reactions in the moderators' room only, where the notices are."""

    def __init__(
        self, review: ReviewService, gateway: MatrixGateway, *, room: ModeratorsRoom
    ) -> None:
        self.review = review
        self.gateway = gateway
        self.room = room

    async def handle_reaction(self, event: RoomEvent) -> None:
        room = await self.room.current()
        if not room or event.room_id != room:
            return
        relates = event.content.get("m.relates_to")
        if not isinstance(relates, dict) or relates.get("rel_type") != "m.annotation":
            return
        notice_id, key = relates.get("event_id"), relates.get("key")
        if not isinstance(notice_id, str) or not isinstance(key, str):
            return
        action = reaction_action(key)
        if action is None:
            return
        flag = await self.review.flag_of_notice(room, notice_id)
        if flag is None:
            return
        try:
            outcome = await self.review.review(
                flag.id, event.sender, action, source_event_id=event.event_id
            )
        except UserError as err:
            reply = message(err.message)
        else:
            if outcome.replayed:
                return
            reply = describe_outcome(outcome)
        await self.gateway.send_message(
            room, reply.content(reply_to=notice_id), txn_id=f"cb.{event.event_id}.0"
        )
