"""What ``!moderation`` shows: the effective settings and where each comes from."""

from __future__ import annotations

from contactbot.core.domain.formatting import Message, format_time, message
from contactbot.features.moderation.domain.settings import ModerationOverview


def render_overview(overview: ModerationOverview, prefix: str) -> Message:
    msg = message().bold("Moderation settings").newline()
    msg.text("Moderators' room: ")
    if overview.room_source == "unset":
        msg.text("none (flags are recorded, nobody is notified)")
    else:
        msg.code(overview.room, limit=120)
    chosen = overview.chosen
    if chosen is not None:
        msg.text(", set from Matrix by ").user(chosen.set_by)
        msg.text(f" on {format_time(chosen.set_at)}")
        if overview.configured_room and overview.configured_room != chosen.value:
            msg.text(" (the config file names ").code(overview.configured_room, limit=120)
            msg.text(")")
    elif overview.room_source == "config":
        msg.text(" (from the config file)")
    msg.newline()
    msg.text("On call: ")
    if not overview.on_call:
        msg.text("nobody (notices ping no one)")
    for index, user in enumerate(overview.on_call):
        if index:
            msg.text(", ")
        msg.user(user)
    msg.newline()
    msg.text(
        "Dry run: "
        + ("on (kicks, bans and policy rules are only reported)" if overview.dry_run else "off")
    )
    msg.newline()
    msg.text(
        "Room moderators review flags of their rooms' members: "
        + ("on" if overview.room_moderators else "off")
    ).newline()
    if overview.recent_changes:
        msg.text("Recent changes:").newline()
        for change in overview.recent_changes:
            msg.bullet().text(f"{format_time(change.at)}: ")
            msg.code(change.new_value or "the config file's room", limit=120).text(" by ")
            msg.user(change.actor).newline()
    msg.text("Bot admins change the room with ").code(f"{prefix}moderation room here")
    msg.text(" (sent in the new room) or ").code(f"{prefix}moderation room default").text(".")
    return msg
