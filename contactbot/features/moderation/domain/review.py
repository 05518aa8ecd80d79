"""Review of a flag: the actions, what they did per room, and the reactions that ask for them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal, TypeGuard, get_args

from contactbot.features.moderation.domain.flags import AuditEntry, Flag, FlagState

ReviewAction = Literal["confirm", "dismiss", "kick", "ban", "unban"]
REVIEW_ACTIONS: tuple[ReviewAction, ...] = get_args(ReviewAction)
# Actions that only change the flag's state; the others act in rooms or on a policy list.
STATE_ACTIONS: Mapping[ReviewAction, FlagState] = {"confirm": "confirmed", "dismiss": "dismissed"}


def is_review_action(value: object) -> TypeGuard[ReviewAction]:
    return value in REVIEW_ACTIONS


# Reaction keys on a notice and what they do. Keys are compared without variation selectors.
REACTIONS: Mapping[str, ReviewAction] = {
    "✅": "confirm",
    "✔": "confirm",
    "❌": "dismiss",
    "✖": "dismiss",
    "🔨": "ban",
}
# The ones the bot offers as buttons under each notice, in this order.
BUTTONS = ("✅", "❌", "🔨")


def reaction_action(key: str) -> ReviewAction | None:
    """The review action of a reaction key; clients add U+FE0F (or U+FE0E) to some emoji."""
    return REACTIONS.get(key.replace("\ufe0f", "").replace("\ufe0e", "").strip())


@dataclass(frozen=True, slots=True)
class SharedRoom:
    room_id: str
    name: str | None


# todo: planned; done / would (dry run) / failed / skipped: what happened.
RoomResult = Literal["todo", "done", "would", "failed", "skipped"]


@dataclass(frozen=True, slots=True)
class RoomAction:
    """What a kick or ban did in one room."""

    room_id: str
    name: str | None
    result: RoomResult
    why: str = ""


PublishStatus = Literal[
    "published",
    "would publish",
    "not allowed",
    "failed",
    "removed",
    "would remove",
    "no rule",
]


@dataclass(frozen=True, slots=True)
class Publication:
    """What happened to the policy rule a ban publishes (or an unban removes)."""

    status: PublishStatus
    why: str = ""

    def __str__(self) -> str:
        return f"{self.status}: {self.why}" if self.why else self.status


@dataclass(frozen=True, slots=True)
class ReviewOutcome:
    flag: Flag
    action: ReviewAction
    actor: str
    changed: bool
    dry_run: bool = False
    # The asking event (reaction or command) was already acted on: answer nothing.
    replayed: bool = False
    note: str = ""
    previous_state: FlagState | None = None
    rooms: tuple[RoomAction, ...] = ()
    public_reason: str | None = None
    # None: no list configured, or not an action that publishes.
    published: Publication | None = None


@dataclass(frozen=True, slots=True)
class FlagDetails:
    flag: Flag
    audit: list[AuditEntry]
    shared_rooms: list[SharedRoom]
