"""Policy lists: the rule events Draupnir, Meowlnir and Mjolnir publish, and whom they ban.

Reading follows the spec and the two maintained peers (docs/moderation.md, "Sharing bans"):

- an entity is a literal or a glob in which only ``*`` (any run) and ``?`` (one character) are
  special; ``[`` and ``]`` are literal (an IPv6 server name is not a character class);
- a rule without ``entity`` may name it by MSC4205 hash (``hashes.sha256`` or the unstable
  ``org.matrix.msc4205.hashes.sha256``): padded base64 of the SHA-256 of the full user ID, or
  of the server name;
- server rules match the server name of a user ID without its port;
- matching is case-sensitive, as in Draupnir and the spec's identifier grammar: a rule for
  ``@Spam:example.org`` does not ban ``@spam:example.org`` (Meowlnir became case-insensitive
  in v26.05; lists that want both should publish the lowercase form, which is what servers
  issue);
- an allow rule (``org.matrix.mjolnir.allow``, ``fi.mau.meowlnir.unban``) matching a user
  exempts them from every ban rule of the subscribed lists.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal

RuleKind = Literal["user", "server", "room"]
# What a recommendation asks: ban (incl. takedown), allow (exempt), or something we ignore.
Effect = Literal["ban", "allow", "other"]

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
# MSC3784: the room type of a policy list.
POLICY_ROOM_TYPE = "m.policy"

BAN = "m.ban"
BAN_RECOMMENDATIONS = frozenset(
    {BAN, "org.matrix.mjolnir.ban", "m.takedown", "org.matrix.msc4204.takedown"}
)
ALLOW_RECOMMENDATIONS = frozenset({"org.matrix.mjolnir.allow", "fi.mau.meowlnir.unban"})


def effect_of(recommendation: str) -> Effect:
    if recommendation in BAN_RECOMMENDATIONS:
        return "ban"
    if recommendation in ALLOW_RECOMMENDATIONS:
        return "allow"
    return "other"


def sha256_b64(value: str) -> str:
    """Padded standard base64 of the SHA-256 of ``value`` (MSC4205, and the peers' state keys)."""
    return base64.b64encode(hashlib.sha256(value.encode("utf-8")).digest()).decode("ascii")


def rule_state_key(entity: str, recommendation: str) -> str:
    """The state key Draupnir and Meowlnir give a new rule: no entity in the clear."""
    return sha256_b64(entity + recommendation)


def rule_hash(content: Mapping[str, Any]) -> str | None:
    """The MSC4205 SHA-256 of a rule's entity, stable key first."""
    for key in ("hashes", "org.matrix.msc4205.hashes"):
        hashes = content.get(key)
        if isinstance(hashes, Mapping):
            value = hashes.get("sha256")
            if isinstance(value, str) and value:
                return value
    return None


@lru_cache(maxsize=4096)
def _glob_regex(pattern: str) -> re.Pattern[str]:
    parts = (".*" if c == "*" else "." if c == "?" else re.escape(c) for c in pattern)
    return re.compile("".join(parts), re.DOTALL)


def glob_matches(pattern: str, value: str) -> bool:
    """The spec's glob: ``*`` and ``?`` only, whole string, case-sensitive."""
    if "*" not in pattern and "?" not in pattern:
        return pattern == value
    return _glob_regex(pattern).fullmatch(value) is not None


def server_name(user_id: str) -> str | None:
    """The server name of a user ID without its port (``@a:b.org:8448`` → ``b.org``)."""
    if not user_id.startswith("@") or ":" not in user_id:
        return None
    server = user_id.split(":", 1)[1]
    if server.startswith("["):
        # An IPv6 literal: the port, if any, follows the closing bracket.
        end = server.find("]")
        return server[: end + 1] if end > 0 else None
    host = server.rsplit(":", 1)[0] if server.count(":") == 1 else server
    return host or None


@dataclass(frozen=True, slots=True)
class PolicyRule:
    """The current state of one rule in a subscribed list room."""

    room_id: str
    event_type: str
    state_key: str
    kind: str
    # The literal or glob; empty when the rule names its entity by hash only.
    entity: str
    recommendation: str
    reason: str
    entity_sha256: str | None = None

    @property
    def effect(self) -> Effect:
        return effect_of(self.recommendation)

    def matches(self, user_id: str) -> bool:
        """Whether the rule's entity names ``user_id`` (user rules) or its server."""
        subject = user_id if self.kind == "user" else server_name(user_id)
        if subject is None or self.kind not in ("user", "server"):
            return False
        if self.entity:
            return glob_matches(self.entity, subject)
        return self.entity_sha256 is not None and self.entity_sha256 == sha256_b64(subject)

    def as_match(self) -> dict[str, Any]:
        """How a flag records the rule that raised it (``Flag.policy_matches``)."""
        return {
            "room_id": self.room_id,
            "type": self.event_type,
            "entity": self.entity or f"sha256:{self.entity_sha256}",
            "recommendation": self.recommendation,
            "reason": self.reason,
        }


def banning_rules(rules: Iterable[PolicyRule], user_id: str) -> list[PolicyRule]:
    """The ban rules matching ``user_id``, or none when an allow rule matches them."""
    matching = [rule for rule in rules if rule.matches(user_id)]
    if any(rule.effect == "allow" for rule in matching):
        return []
    return [rule for rule in matching if rule.effect == "ban"]


def parse_rule(
    room_id: str, event_type: str, state_key: str, content: Mapping[str, Any]
) -> PolicyRule | None:
    """The rule a state event holds, or None when it holds none (removed or malformed)."""
    kind = POLICY_RULE_TYPES.get(event_type)
    recommendation = content.get("recommendation")
    if kind is None or not isinstance(recommendation, str) or not recommendation:
        return None
    entity = content.get("entity")
    digest = rule_hash(content)
    if isinstance(entity, str) and entity:
        digest = None
    elif digest is None:
        return None
    reason = content.get("reason")
    return PolicyRule(
        room_id=room_id,
        event_type=event_type,
        state_key=state_key,
        kind=kind,
        entity=entity if isinstance(entity, str) and entity else "",
        recommendation=recommendation,
        reason=reason if isinstance(reason, str) else "",
        entity_sha256=digest,
    )
