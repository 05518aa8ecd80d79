"""Policy rules in the shapes Draupnir and Meowlnir publish, and whom each subscriber bans.

Shapes (from their sources: matrix-protection-suite ``StandardPolicyRoomEditor``, Meowlnir's
``policylist``): state keys are the padded base64 SHA-256 of entity + recommendation; hashed
rules carry ``org.matrix.msc4205.hashes`` (Draupnir) or ``hashes`` (Meowlnir) with ``sha256``
and no ``entity``; allow rules are ``org.matrix.mjolnir.allow`` (Draupnir) and
``fi.mau.meowlnir.unban`` (Meowlnir).
"""

from __future__ import annotations

import base64
import hashlib
from typing import Any

LIST = "!list:example.org"


def b64sha(value: str) -> str:
    return base64.b64encode(hashlib.sha256(value.encode()).digest()).decode()


def rule(
    kind: str,
    recommendation: str,
    *,
    entity: str | None = None,
    hashes: dict[str, Any] | None = None,
    reason: str = "shared ban",
    event_type: str | None = None,
) -> dict[str, Any]:
    content: dict[str, Any] = {"recommendation": recommendation, "reason": reason}
    if entity is not None:
        content["entity"] = entity
    if hashes is not None:
        content.update(hashes)
    key_source = entity if entity is not None else str(hashes)
    return {
        "type": event_type or f"m.policy.rule.{kind}",
        "state_key": b64sha(key_source + recommendation),
        "content": content,
        "sender": "@draupnir:example.org",
        "room_id": LIST,
        "origin_server_ts": 1_700_000_000_000,
        "event_id": f"$rule-{b64sha(key_source + recommendation)[:12]}",
    }


RULES: list[dict[str, Any]] = [
    # Draupnir: literal and glob user bans, a server glob, a hashed takedown, an allow rule.
    rule("user", "m.ban", entity="@eve:example.org"),
    rule("user", "m.ban", entity="@spam*:example.org"),
    rule("server", "m.ban", entity="*.bad.org"),
    rule(
        "user",
        "org.matrix.msc4204.takedown",
        hashes={"org.matrix.msc4205.hashes": {"sha256": b64sha("@takedown:example.org")}},
    ),
    rule("user", "org.matrix.mjolnir.allow", entity="@spamfriend:example.org"),
    # Meowlnir: a stable-hashed ban, a hashed server ban, an unban exemption.
    rule("user", "m.ban", hashes={"hashes": {"sha256": b64sha("@hidden:example.org")}}),
    rule("server", "m.ban", hashes={"hashes": {"sha256": b64sha("hashed.example")}}),
    rule("user", "fi.mau.meowlnir.unban", entity="@spamok:example.org"),
    # Older type names, still read by both.
    rule(
        "user", "org.matrix.mjolnir.ban", entity="@old:example.org", event_type="m.room.rule.user"
    ),
    # Brackets are not a character class; case matters.
    rule("user", "m.ban", entity="@[ab]c*:example.org"),
    rule("user", "m.ban", entity="@Shout:example.org"),
    # Server names are matched without their port.
    rule("server", "m.ban", entity="evil.org"),
    rule("server", "m.ban", entity="[2001:db8::1]"),
    # A recommendation nobody acts on.
    rule("user", "org.example.watch", entity="@watched:example.org"),
]

# Every subscriber bans these…
BANNED_BY_ALL = (
    "@eve:example.org",
    "@spam1:example.org",
    "@spammer:example.org",
    "@someone:x.bad.org",
    "@takedown:example.org",
    "@hidden:example.org",
    "@who:hashed.example",
    "@old:example.org",
    "@[ab]cd:example.org",
    "@Shout:example.org",
    "@u:evil.org",
)
# …and nobody bans these.
BANNED_BY_NONE = (
    "@alice:example.org",
    "@ac:example.org",
    "@bc1:example.org",
    "@shout:example.org",
    "@watched:example.org",
    "@eve:example.org.evil",
    "@x:bad.org.example",
)
# Exempted by an allow rule: banned by the glob alone, but not by contactbot (or by Draupnir's
# and Meowlnir's protections, which check allow rules; Draupnir's engine query does not).
EXEMPT = ("@spamfriend:example.org", "@spamok:example.org")
# Server ban of a user ID with a port: contactbot and Meowlnir compare the name without it.
PORTED = ("@u:evil.org:8448", "@v:[2001:db8::1]:8448")
