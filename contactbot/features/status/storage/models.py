"""Tables of profile-status history (MSC4426): changes, current state, the watcher's sync token."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, Boolean, DateTime, Index, String, Text
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from contactbot.core.storage.base import Base


class ProfileFieldHistoryRow(Base):
    """One change of one tracked field of one user's profile; appended, never updated.

    A row exists only because the value changed: an unchanged poll writes nothing. ``field`` is
    ``displayname``, ``status`` or ``call``; ``value``/``previous`` are the winning values after
    and before (SQL NULL: cleared), ``variants`` every key's value when more than one key was set
    (stable, unstable, early-draft), and ``text``/``emoji``/``notes`` what moderation reads.
    """

    __tablename__ = "profile_field_history"
    __table_args__ = (
        # `!status history` and forget: a user's rows, newest first.
        Index("ix_profile_field_history_user_id_id", "user_id", "id"),
        # The retention purge. Rows are appended in time order, so a BRIN index answers
        # "older than" at a few pages in all, where a B-tree would add ~30 bytes per row.
        Index(
            "ix_profile_field_history_observed_at",
            "observed_at",
            postgresql_using="brin",
        ),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=True)
    user_id: Mapped[str] = mapped_column(Text)
    # displayname | status | call
    field: Mapped[str] = mapped_column(String(16))
    observed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    # poll | sync | member
    via: Mapped[str] = mapped_column(String(8))
    # The profile key the winning value came from (m.status, org.matrix.msc4426.status, …).
    source_key: Mapped[str | None] = mapped_column(Text)
    value: Mapped[Any | None] = mapped_column(JSONB(none_as_null=True), nullable=True)
    previous: Mapped[Any | None] = mapped_column(JSONB(none_as_null=True), nullable=True)
    variants: Mapped[Any | None] = mapped_column(JSONB(none_as_null=True), nullable=True)
    valid: Mapped[bool] = mapped_column(Boolean)
    problem: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str | None] = mapped_column(Text)
    emoji: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[Any | None] = mapped_column(JSONB(none_as_null=True), nullable=True)


class ProfileStateRow(Base):
    """The last observed tracked profile of a user: what the next observation is diffed with.

    ``profile`` holds only the tracked keys that had a value. ``digest`` is a 64-bit digest of
    the canonical forms, so an unchanged poll is recognised without reading the profile.
    ``changed_at`` (last change) lets a slow poll that was sent before a faster sync or member
    observation be recognised as stale; ``last_fetched_at`` keeps each user's place in the
    polling sweep across restarts.
    """

    __tablename__ = "profile_state"

    user_id: Mapped[str] = mapped_column(Text, primary_key=True)
    profile: Mapped[Any] = mapped_column(JSONB)
    digest: Mapped[int] = mapped_column(BigInteger)
    changed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    last_fetched_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class SyncStateRow(Base):
    """The MSC4429 watcher's ``next_batch``, so a restart resumes with an incremental sync."""

    __tablename__ = "sync_state"

    watcher_user_id: Mapped[str] = mapped_column(Text, primary_key=True)
    since: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
