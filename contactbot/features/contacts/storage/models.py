"""Tables of room contacts (MSC4489) and the homeserver support cache (MSC1929)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, DateTime, Double, Index, String, Text, func, text
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from contactbot.core.storage.base import Base

SEEN_SEQUENCE = "room_contact_seen_seq"


class RoomContactStateRow(Base):
    """The current ``m.room.contact`` (or unstable) event of a room, one row per event type.

    Both types are kept so that which one is in effect (the most recent) is decided on read.
    """

    __tablename__ = "room_contact_state"

    room_id: Mapped[str] = mapped_column(Text, primary_key=True)
    event_type: Mapped[str] = mapped_column(Text, primary_key=True)
    content: Mapped[Any] = mapped_column(JSONB)
    event_id: Mapped[str] = mapped_column(Text)
    sender: Mapped[str] = mapped_column(Text)
    origin_server_ts: Mapped[int] = mapped_column(BigInteger)
    # valid | partial | invalid | empty | redacted; see domain.assessment.Validity.
    validity: Mapped[str] = mapped_column(String(16))
    problems: Mapped[Any] = mapped_column(JSONB, server_default="[]")
    # transaction | state (read when joining) | bot (written by the bot itself)
    source: Mapped[str] = mapped_column(String(16))
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), onupdate=func.now()
    )
    # Rises each time a row becomes current: which of the two types the bot saw last.
    seen: Mapped[int] = mapped_column(
        BigInteger, server_default=text(f"nextval('{SEEN_SEQUENCE}')")
    )


class RoomContactHistoryRow(Base):
    """Every contact event ever seen, valid or not, with its raw content; never updated."""

    __tablename__ = "room_contact_history"
    __table_args__ = (Index("ix_room_contact_history_room_id_id", "room_id", "id"),)

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=True)
    room_id: Mapped[str] = mapped_column(Text)
    event_type: Mapped[str] = mapped_column(Text)
    content: Mapped[Any] = mapped_column(JSONB)
    sender: Mapped[str] = mapped_column(Text)
    # Unique: a replayed event (homeserver retry, join-state replay, our own echo) is a no-op.
    event_id: Mapped[str] = mapped_column(Text, unique=True)
    origin_server_ts: Mapped[int] = mapped_column(BigInteger)
    validity: Mapped[str] = mapped_column(String(16))
    problems: Mapped[Any] = mapped_column(JSONB, server_default="[]")
    source: Mapped[str] = mapped_column(String(16))
    # Who asked the bot for the change, when the bot sent the event on someone's behalf.
    requested_by: Mapped[str | None] = mapped_column(Text)
    # For a redaction (validity "redacted"): the contact event it redacts.
    redacts: Mapped[str | None] = mapped_column(Text)
    recorded_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now()
    )


class RoomContactPresetRow(Base):
    """A room that follows a named preset from ``contact_presets`` (for rollouts)."""

    __tablename__ = "room_contact_preset"
    __table_args__ = (Index("ix_room_contact_preset_preset", "preset"),)

    room_id: Mapped[str] = mapped_column(Text, primary_key=True)
    preset: Mapped[str] = mapped_column(Text)
    set_by: Mapped[str] = mapped_column(Text)
    set_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), onupdate=func.now()
    )


class SupportCacheRow(Base):
    """A cached ``/.well-known/matrix/support`` lookup (``CachedSupport.to_json``)."""

    __tablename__ = "support_cache"

    server_name: Mapped[str] = mapped_column(Text, primary_key=True)
    entry: Mapped[Any] = mapped_column(JSONB)
    # POSIX seconds, as in the entry; a column so that expired rows can be purged by query.
    expires_at: Mapped[float] = mapped_column(Double)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), onupdate=func.now()
    )
