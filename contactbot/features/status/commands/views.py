"""How ``!status`` shows profiles and history: one renderer per kind of field display.

Every piece of status text, emoji and display name is escaped and shown inside a spoiler, and
nothing pings. Which renderer a field gets is its ``display`` in the field table.
"""

from __future__ import annotations

from collections.abc import Callable

from contactbot.core.domain.formatting import Message, format_time
from contactbot.features.status.domain.fields import BY_NAME, FIELDS
from contactbot.features.status.domain.history import HistoryEntry
from contactbot.features.status.domain.status import ProfileState
from contactbot.features.status.domain.values import FieldValue

# Characters of one text shown in a history line (a status is at most 256 bytes; junk is cut).
HISTORY_TEXT_LIMIT = 200


# Line breaks the formatter leaves as they are: in the plain body one would start a new line
# that the status text's author wrote, looking like one of the bot's own.
_LINE_BREAKS = str.maketrans({"\n": "\\u000a", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def one_line(text: str) -> str:
    """``text`` with its line breaks shown as escapes, so it cannot forge a line."""
    return text.translate(_LINE_BREAKS)


def shown(text: str | None, emoji: str | None, limit: int | None = None) -> str | None:
    parts = [one_line(p) for p in (emoji, text) if p]
    if not parts:
        return None
    out = " ".join(parts)
    if limit is not None and len(out) > limit:
        out = out[: limit - 1] + "…"
    return out


def _problem(msg: Message, valid: bool, problem: str | None, notes: tuple[str, ...]) -> None:
    if not valid:
        msg.text(" — malformed: ").text(problem or "unknown problem", limit=300)
    if notes:
        msg.text(" — contains " + ", ".join(notes))


def _keyed_line(msg: Message, label: str, value: FieldValue) -> None:
    msg.bullet().text(f"{label} ")
    if value.source_key is not None:
        msg.code(value.source_key)
    msg.text(": ")


def _text_line(msg: Message, label: str, value: FieldValue, reason: str) -> None:
    _keyed_line(msg, label, value)
    text = shown(value.text, value.emoji)
    if text is None:
        msg.italic("no text")
    else:
        msg.spoiler(text, reason)
    _problem(msg, value.valid, value.problem, value.notes)
    msg.newline()


def call_text(value: FieldValue) -> str:
    if value.joined_ts is not None:
        return f"in a call since {format_time(value.joined_ts * 1000, seconds=True)}"
    return "in a call"


def _call_line(msg: Message, label: str, value: FieldValue) -> None:
    _keyed_line(msg, label, value)
    msg.text(call_text(value))
    if value.text:
        msg.text(" ").spoiler(one_line(value.text), "call")
    _problem(msg, value.valid, value.problem, ())
    msg.newline()


def _name(msg: Message, label: str, value: FieldValue) -> None:
    msg.bullet().text(f"{label}: ")
    if value.text is None:
        msg.italic("none")
    else:
        msg.spoiler(one_line(value.text), label.lower())
    if value.problem:
        msg.text(" — ").text(value.problem, limit=300)
    msg.newline()


def _status(msg: Message, label: str, value: FieldValue) -> None:
    if value.cleared:
        msg.bullet().text(f"{label}: ").italic("none").newline()
        return
    _text_line(msg, label, value, "status")
    for shadowed in value.shadowed:
        _text_line(msg, "Also set under", shadowed, "status")


def _call(msg: Message, label: str, value: FieldValue) -> None:
    if not value.in_call:
        msg.bullet().text(f"{label}: not in a call").newline()
        return
    _call_line(msg, label, value)
    for shadowed in value.shadowed:
        _call_line(msg, "Also set under", shadowed)


def _text(msg: Message, label: str, value: FieldValue) -> None:
    # Shown only when set: most profiles have none of these client-specific fields.
    if value.cleared:
        return
    _text_line(msg, label, value, label.lower())
    for shadowed in value.shadowed:
        _text_line(msg, "Also set under", shadowed, label.lower())


_RENDERERS: dict[str, Callable[[Message, str, FieldValue], None]] = {
    "name": _name,
    "status": _status,
    "call": _call,
    "text": _text,
}


def render_current(state: ProfileState, msg: Message) -> None:
    """Every tracked field of ``state``, one or more lines each, in table order."""
    for spec in FIELDS:
        _RENDERERS[spec.display](msg, spec.label, state.value(spec.name))


def render_entry(entry: HistoryEntry, msg: Message) -> None:
    """One history line: when, which field, how it was seen, and the new value."""
    spec = BY_NAME.get(entry.field)
    is_call = spec is not None and spec.display == "call"
    when = format_time(entry.observed_at, seconds=True)
    msg.bullet().text(f"{when} · {entry.field} · {entry.via}: ")
    if entry.value is None:
        msg.italic("ended" if is_call else "cleared")
    elif spec is not None and is_call:
        msg.text(call_text(spec.read(entry.source_key or spec.stable_key, entry.value)))
        if entry.text:
            msg.text(" ").spoiler(shown(entry.text, None, HISTORY_TEXT_LIMIT) or "", "call")
    else:
        text = shown(entry.text, entry.emoji, HISTORY_TEXT_LIMIT)
        if text is None:
            msg.italic("no text")
        else:
            msg.spoiler(text, entry.field)
    keyed = spec is None or spec.display != "name"
    if keyed and entry.source_key and entry.value is not None:
        msg.text(" (").code(entry.source_key).text(")")
    if entry.variants:
        msg.text(f" [{len(entry.variants)} keys set]")
    _problem(msg, entry.valid, entry.problem, entry.notes)
    msg.newline()
