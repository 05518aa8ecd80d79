"""Policy lists: the rule events Draupnir, Meowlnir and Mjolnir publish, and whom they ban."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from contactbot.core.domain.ids import glob_match, server_of

RuleKind = Literal["user", "server", "room"]

POLICY_USER = "m.policy.rule.user"
POLICY_SERVER = "m.policy.rule.server"
# Event type → what the rule's entity names. The older names are still published by some lists,
# and Mjolnir and Draupnir read them too.
POLICY_RULE_TYPES: Mapping[str, RuleKind] = {
    POLICY_USER: "user",
    POLICY_SERVER: "server",
    "m.room.rule.user": "user",
    "m.room.rule.server": "server",
    "org.matrix.mjolnir.rule.user": "user",
    "org.matrix.mjolnir.rule.server": "server",
}
# Recommendations that mean "this entity is not welcome"; others (unknown ones) are cached but
# raise nothing.
BAN_RECOMMENDATIONS = frozenset(
    {"m.ban", "org.matrix.mjolnir.ban", "m.takedown", "org.matrix.msc4204.takedown"}
)


@dataclass(frozen=True, slots=True)
class PolicyRule:
    """The current state of one rule in a subscribed list room."""

    room_id: str
    event_type: str
    state_key: str
    kind: str
    entity: str
    recommendation: str
    reason: str

    def as_match(self) -> dict[str, Any]:
        """How a flag records the rule that raised it (``Flag.policy_matches``)."""
        return {
            "room_id": self.room_id,
            "type": self.event_type,
            "entity": self.entity,
            "recommendation": self.recommendation,
            "reason": self.reason,
        }


def bans(rule: PolicyRule, user_id: str) -> bool:
    """Whether ``rule`` bans ``user_id`` (by user glob, or by a glob of the user's server)."""
    if rule.recommendation not in BAN_RECOMMENDATIONS:
        return False
    subject = user_id if rule.kind == "user" else server_of(user_id)
    return subject is not None and glob_match(subject, (rule.entity,))
