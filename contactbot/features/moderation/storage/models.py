"""Tables of the moderation feature: flags, their audit log, cached policy rules, settings."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    String,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from contactbot.core.storage.base import Base


class ModerationFlagRow(Base):
    """A text of a user that the detector flagged, and where its review stands.

    One row per distinct text per user (``text_hash``): the same text seen again, through a
    status change or a member event, finds this row instead of raising a second flag, and a
    dismissed text stays dismissed until the user changes it.
    """

    __tablename__ = "moderation_flag"
    __table_args__ = (
        UniqueConstraint("user_id", "text_hash", name="uq_moderation_flag_user_id_text_hash"),
        Index("ix_moderation_flag_state_id", "state", "id"),
        Index("ix_moderation_flag_notice_event_id", "notice_event_id"),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=True)
    user_id: Mapped[str] = mapped_column(Text)
    # Where the text was found: "displayname", "m.status.text", "org.matrix.msc4426.status.emoji"…
    field: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    # SHA-256 of the exact text, hex.
    text_hash: Mapped[str] = mapped_column(String(64))
    # The status history row the text came from. No foreign key: status history lives on its
    # own migration branch, and a flag must survive that history being forgotten.
    history_id: Mapped[int | None] = mapped_column(BigInteger)
    # status (a profile change) | member (a room member event)
    source: Mapped[str] = mapped_column(String(16))
    source_room_id: Mapped[str | None] = mapped_column(Text)
    source_event_id: Mapped[str | None] = mapped_column(Text)
    # {"score": …, "reasons": [{rule, category, severity, start, end, matched, explanation}]}
    verdict: Mapped[Any] = mapped_column(JSONB)
    # The most severe category, for listing and metrics.
    category: Mapped[str] = mapped_column(String(32))
    # The detector's severity, and the flag's after raising (policy lists).
    detector_severity: Mapped[str] = mapped_column(String(16))
    severity: Mapped[str] = mapped_column(String(16))
    # Policy rules that matched the user when the flag was raised.
    policy_matches: Mapped[Any] = mapped_column(JSONB, server_default="[]")
    # open | confirmed | dismissed | actioned
    state: Mapped[str] = mapped_column(String(16), server_default="open")
    reviewer: Mapped[str | None] = mapped_column(Text)
    notice_room_id: Mapped[str | None] = mapped_column(Text)
    notice_event_id: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now()
    )
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), onupdate=func.now()
    )


class ModerationAuditRow(Base):
    """Everything done to or about a flag, by whom; never updated."""

    __tablename__ = "moderation_audit"
    __table_args__ = (
        Index("ix_moderation_audit_flag_id_id", "flag_id", "id"),
        # A reaction or command replayed by the inbox records its action once.
        UniqueConstraint(
            "source_event_id", "action", name="uq_moderation_audit_source_event_id_action"
        ),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=True)
    flag_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("moderation_flag.id", ondelete="CASCADE")
    )
    actor: Mapped[str] = mapped_column(Text)
    # raised | notified | notice_failed | confirm | dismiss | kick | ban | publish | refused
    action: Mapped[str] = mapped_column(String(32))
    detail: Mapped[Any] = mapped_column(JSONB, server_default="{}")
    dry_run: Mapped[bool] = mapped_column(Boolean, server_default="false")
    # The reaction or command event that asked for the action, if any.
    source_event_id: Mapped[str | None] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class PolicyRuleRow(Base):
    """The current state of one rule in a subscribed policy-list room (``m.policy.rule.*``)."""

    __tablename__ = "moderation_policy_rule"
    __table_args__ = (Index("ix_moderation_policy_rule_kind_room_id", "kind", "room_id"),)

    room_id: Mapped[str] = mapped_column(Text, primary_key=True)
    event_type: Mapped[str] = mapped_column(Text, primary_key=True)
    state_key: Mapped[str] = mapped_column(Text, primary_key=True)
    # user | server | room
    kind: Mapped[str] = mapped_column(String(16))
    # The literal or glob; "" when the rule names its entity only by hash (MSC4205).
    entity: Mapped[str] = mapped_column(Text)
    # Padded base64 SHA-256 of the entity, for hashed rules (revision 0005).
    entity_sha256: Mapped[str | None] = mapped_column(Text)
    recommendation: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text, server_default="")
    event_id: Mapped[str] = mapped_column(Text)
    sender: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), onupdate=func.now()
    )


class ModerationSettingRow(Base):
    """A setting changed from Matrix (``!moderation``), overriding the config file's value."""

    __tablename__ = "moderation_setting"

    # room (the moderators' room)
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    set_by: Mapped[str] = mapped_column(Text)
    set_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class ModerationSettingAuditRow(Base):
    """Every change of a setting from Matrix, by whom; never updated."""

    __tablename__ = "moderation_setting_audit"
    __table_args__ = (
        # A command replayed by the inbox records its change once.
        UniqueConstraint(
            "source_event_id", "key", name="uq_moderation_setting_audit_source_event_id_key"
        ),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=True)
    key: Mapped[str] = mapped_column(String(64))
    # None: the config file's value (no override).
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    actor: Mapped[str] = mapped_column(Text)
    source_event_id: Mapped[str | None] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
