"""Tables of the appservice core: the durable inbox, rooms and members."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, DateTime, Index, Integer, String, Text, func, text
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from contactbot.core.storage.base import Base


class TransactionRow(Base):
    """A transaction the homeserver sent; its presence makes a retry a no-op.

    Keyed by the ID *and* a digest of its events: Synapse on SQLite numbers transactions from 1
    again after a restart, so an ID alone would make new events look like a retry.
    """

    __tablename__ = "as_transaction"

    txn_id: Mapped[str] = mapped_column(Text, primary_key=True)
    digest: Mapped[str] = mapped_column(Text, primary_key=True)
    event_count: Mapped[int] = mapped_column(Integer)
    received_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now()
    )


class InboxEventRow(Base):
    """One received event, kept until processed (and afterwards, for audit and idempotency).

    ``status`` is ``pending`` → ``done``, or ``failed`` after ``max_attempts``, or ``malformed``
    when the event could not be understood at all (stored, reported, never retried).
    """

    __tablename__ = "inbox_event"
    __table_args__ = (
        # The worker's query: the oldest pending event of each room.
        Index(
            "ix_inbox_event_pending",
            "room_key",
            "id",
            postgresql_where=text("status = 'pending'"),
        ),
        Index(
            "uq_inbox_event_event_id",
            "event_id",
            unique=True,
            postgresql_where=text("event_id IS NOT NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=True)
    txn_id: Mapped[str] = mapped_column(Text)
    event_id: Mapped[str | None] = mapped_column(Text)
    # Room ID, or "" for events without one; the unit of ordering.
    room_key: Mapped[str] = mapped_column(Text)
    event_type: Mapped[str | None] = mapped_column(Text)
    payload: Mapped[Any] = mapped_column(JSONB)
    status: Mapped[str] = mapped_column(String(16), server_default="pending")
    attempts: Mapped[int] = mapped_column(Integer, server_default="0")
    next_attempt_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now()
    )
    last_error: Mapped[str | None] = mapped_column(Text)
    received_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now()
    )
    processed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class RoomRow(Base):
    """A room the bot is (or was asked to be) in, with what power checks need."""

    __tablename__ = "room"

    room_id: Mapped[str] = mapped_column(Text, primary_key=True)
    # joined | invited | left
    membership: Mapped[str] = mapped_column(String(16))
    room_version: Mapped[str | None] = mapped_column(Text)
    creator: Mapped[str | None] = mapped_column(Text)
    additional_creators: Mapped[Any] = mapped_column(JSONB, server_default="[]")
    # NULL: no m.room.power_levels event seen, which has its own defaults; {} is an event with
    # empty content.
    power_levels: Mapped[Any | None] = mapped_column(JSONB(none_as_null=True), nullable=True)
    name: Mapped[str | None] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), onupdate=func.now()
    )


class RoomMemberRow(Base):
    """A user's membership in a room the bot tracks."""

    __tablename__ = "room_member"
    __table_args__ = (Index("ix_room_member_user_id", "user_id"),)

    room_id: Mapped[str] = mapped_column(Text, primary_key=True)
    user_id: Mapped[str] = mapped_column(Text, primary_key=True)
    membership: Mapped[str] = mapped_column(String(16))
    displayname: Mapped[str | None] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), onupdate=func.now()
    )


class OutboxEffectRow(Base):
    """One effect of processing an event (a reply, say), written in the same database
    transaction as the event's "done" mark and delivered afterwards.

    ``txn_id`` is the Matrix transaction ID, derived from the event and the effect, so a
    delivery repeated after a crash is recognised by the homeserver. ``status`` is ``pending``
    → ``sent``, or ``failed`` when the homeserver refused it (a 4xx other than 429).
    """

    __tablename__ = "outbox_effect"
    __table_args__ = (
        Index(
            "ix_outbox_effect_pending",
            "room_id",
            "id",
            postgresql_where=text("status = 'pending'"),
        ),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=True)
    txn_id: Mapped[str] = mapped_column(Text, unique=True)
    room_id: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(16))
    payload: Mapped[Any] = mapped_column(JSONB)
    status: Mapped[str] = mapped_column(String(16), server_default="pending")
    attempts: Mapped[int] = mapped_column(Integer, server_default="0")
    next_attempt_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now()
    )
    last_error: Mapped[str | None] = mapped_column(Text)
    # What the homeserver answered: the event ID of a sent message or state event.
    result: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now()
    )
    sent_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
