"""Building message content: a plain ``body`` and an HTML ``formatted_body`` in step.

Every piece of text passed in is treated as untrusted and escaped; only the builder's own
methods produce markup. Links are made only for ``http(s)`` URLs and matrix.to permalinks.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote, urlsplit

# Bidi overrides and isolates can make text render backwards or hide what follows; C0/C1
# controls break layouts. They are shown as visible escapes instead.
_UNSAFE_CHARS = re.compile(r"[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]")

# Also invisible, or changing direction, and so shown as escapes: bidi marks (LRM, RLM, ALM),
# zero-width characters, line and paragraph separators, invisible format characters, Hangul
# fillers (blank-looking letters), tag characters. ZWJ and tags are kept where they build an
# emoji (see ``_keeps``); variation selectors are left alone, they only pick a glyph.
_INVISIBLE_CHARS = re.compile(
    "[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u034f\u061c\u115f\u1160\u17b4"
    "\u17b5\u180b-\u180f\u200b-\u200f\u2028-\u202e\u2060-\u206f\u3164\ufeff\uffa0"
    "\ufff9-\ufffb\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0000-\U000e007f]"
)
_ZWJ = "\u200d"
_BLACK_FLAG = "\U0001f3f4"
_CANCEL_TAG = "\U000e007f"
# Emoji modifiers (skin tones) and variation selectors between an emoji and a ZWJ.
_EMOJI_TRAILERS = re.compile("[\U0001f3fb-\U0001f3ff\ufe0e\ufe0f\u20e3]+")


# Tag letters in one subdivision flag, at most (the longest are 6: "gbsct" and such, plus room).
_MAX_TAGS = 8


def _is_tag_letter(char: str) -> bool:
    return "\U000e0020" <= char <= "\U000e007e"


def _is_emoji(char: str) -> bool:
    """Roughly Unicode's Extended_Pictographic: what a ZWJ may join into one emoji."""
    code = ord(char)
    return (
        0x1F000 <= code <= 0x1FAFF
        or 0x2190 <= code <= 0x21FF
        or 0x2300 <= code <= 0x23FF
        or 0x2460 <= code <= 0x27BF
        or 0x2900 <= code <= 0x2BFF
        or code in (0x00A9, 0x00AE, 0x203C, 0x2049, 0x2122, 0x2139, 0x3030, 0x303D)
    )


def _keeps(text: str, index: int) -> bool:
    """Whether the invisible character at ``index`` is part of an emoji sequence."""
    char = text[index]
    if char == _ZWJ:
        # A bounded look back: a run of trailers longer than this is no emoji anyway, and
        # text made of thousands of ZWJs stays linear.
        before = _EMOJI_TRAILERS.sub("", text[max(index - 8, 0) : index])[-1:]
        after = text[index + 1 : index + 2]
        return bool(before) and bool(after) and _is_emoji(before) and _is_emoji(after)
    if "\U000e0020" <= char <= _CANCEL_TAG:
        # A flag of a region (England: black flag, tags "gbeng", cancel tag): a run of tag
        # letters right after the black flag and ended by the cancel tag.
        # Bounded scans: real tag sequences are a few letters long.
        start = index
        while start > max(index - _MAX_TAGS, 0) and _is_tag_letter(text[start - 1]):
            start -= 1
        end = index
        while end < min(index + _MAX_TAGS, len(text)) and _is_tag_letter(text[end]):
            end += 1
        return (
            start > 0
            and text[start - 1] == _BLACK_FLAG
            and end < len(text)
            and text[end] == _CANCEL_TAG
            and end > start
        )
    return False


def visible(text: str, limit: int | None = None) -> str:
    """``text`` with invisible and direction-changing characters made visible, optionally
    truncated; emoji built with ZWJ or tag characters stay as they are."""
    if _INVISIBLE_CHARS.search(text):
        text = _INVISIBLE_CHARS.sub(
            lambda m: m.group() if _keeps(text, m.start()) else _escape_char(m.group()), text
        )
    if limit is not None and len(text) > limit:
        text = text[: max(limit - 1, 0)] + "…"
    return text


def _escape_char(char: str) -> str:
    code = ord(char)
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def is_http_url(url: str) -> bool:
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return (
        parts.scheme in ("http", "https")
        and bool(parts.netloc)
        and not _UNSAFE_CHARS.search(url)
        # urlsplit silently drops tabs and newlines; a URL with any whitespace is not clean.
        and not any(c.isspace() for c in url)
    )


def _escape(text: str) -> str:
    # Quotes too: harmless in element content, and text can never end up opening an attribute.
    return html.escape(text, quote=True)


def matrix_to(identifier: str) -> str:
    return "https://matrix.to/#/" + quote(identifier, safe="@:!$+")


@dataclass(slots=True)
class Message:
    """An append-only message under construction."""

    _plain: list[str] = field(default_factory=list)
    _html: list[str] = field(default_factory=list)

    def text(self, value: str, *, limit: int | None = None) -> Message:
        shown = visible(value, limit)
        self._plain.append(shown)
        self._html.append(_escape(shown))
        return self

    def bold(self, value: str) -> Message:
        shown = visible(value)
        self._plain.append(f"**{shown}**")
        self._html.append(f"<strong>{_escape(shown)}</strong>")
        return self

    def italic(self, value: str) -> Message:
        shown = visible(value)
        self._plain.append(f"_{shown}_")
        self._html.append(f"<em>{_escape(shown)}</em>")
        return self

    def code(self, value: str, *, limit: int | None = None) -> Message:
        shown = visible(value, limit)
        self._plain.append(f"`{shown}`")
        self._html.append(f"<code>{_escape(shown)}</code>")
        return self

    def link(self, url: str, label: str | None = None) -> Message:
        """A link if ``url`` is http(s); otherwise the URL as inert code, never clickable."""
        if not is_http_url(url):
            return self.code(url, limit=200)
        shown = visible(label or url, 200)
        self._plain.append(shown if label is None else f"{shown} ({url})")
        self._html.append(f'<a href="{_escape(url)}">{_escape(shown)}</a>')
        return self

    def user(self, user_id: str) -> Message:
        """A user ID as a matrix.to link. It does not ping: pings come only from m.mentions."""
        shown = visible(user_id, 255)
        self._plain.append(shown)
        self._html.append(f'<a href="{_escape(matrix_to(user_id))}">{_escape(shown)}</a>')
        return self

    def spoiler(self, value: str, reason: str = "") -> Message:
        shown = visible(value, 600)
        self._plain.append(f"||{shown}||")
        attr = (
            f' data-mx-spoiler="{_escape(visible(reason, 200))}"' if reason else " data-mx-spoiler"
        )
        self._html.append(f"<span{attr}>{_escape(shown)}</span>")
        return self

    def newline(self) -> Message:
        self._plain.append("\n")
        self._html.append("<br>")
        return self

    def line(self, value: str = "") -> Message:
        if value:
            self.text(value)
        return self.newline()

    def bullet(self) -> Message:
        self._plain.append("• ")
        self._html.append("• ")
        return self

    def extend(self, other: Message) -> Message:
        self._plain.extend(other._plain)
        self._html.extend(other._html)
        return self

    @property
    def plain(self) -> str:
        return "".join(self._plain).rstrip("\n")

    @property
    def html(self) -> str:
        out = "".join(self._html)
        while out.endswith("<br>"):
            out = out[: -len("<br>")]
        return out

    def content(
        self,
        *,
        reply_to: str | None = None,
        mentions: list[str] | tuple[str, ...] = (),
    ) -> dict[str, Any]:
        """Event content. With ``mentions`` it is an ``m.text`` that pings exactly those users
        (default push rules silence ``m.notice``); otherwise an ``m.notice`` that pings nobody.
        """
        content: dict[str, Any] = {
            "msgtype": "m.text" if mentions else "m.notice",
            "body": self.plain,
            "format": "org.matrix.custom.html",
            "formatted_body": self.html,
            "m.mentions": {"user_ids": list(mentions)} if mentions else {},
        }
        if reply_to:
            content["m.relates_to"] = {"m.in_reply_to": {"event_id": reply_to}}
        return content


def message(text: str = "") -> Message:
    msg = Message()
    if text:
        msg.text(text)
    return msg


# -- times, ages and counts: one wording for every command -----------------------------------


def plural(count: int, word: str, plural_form: str | None = None) -> str:
    """``1 room``, ``2 rooms``; ``plural_form`` for irregular words."""
    return f"{count} {word}" if count == 1 else f"{count} {plural_form or word + 's'}"


def format_time(moment: datetime | int, *, seconds: bool = False) -> str:
    """A moment as UTC text; ``moment`` is a datetime or a Matrix timestamp in milliseconds."""
    if isinstance(moment, int):
        moment = datetime.fromtimestamp(moment / 1000, UTC)
    return moment.astimezone(UTC).strftime(
        "%Y-%m-%d %H:%M:%S UTC" if seconds else "%Y-%m-%d %H:%M UTC"
    )


def format_age(seconds: float) -> str:
    """How long ago, in the largest unit that still reads naturally."""
    seconds = max(seconds, 0.0)
    if seconds < 10:
        return "just now"
    if seconds < 90:
        return plural(round(seconds), "second") + " ago"
    if seconds < 90 * 60:
        return plural(round(seconds / 60), "minute") + " ago"
    if seconds < 48 * 3600:
        return plural(round(seconds / 3600), "hour") + " ago"
    return plural(round(seconds / 86400), "day") + " ago"


def format_since(moment: datetime, now: datetime | None = None) -> str:
    """``format_age`` of the time elapsed since ``moment``."""
    return format_age(((now or datetime.now(UTC)) - moment).total_seconds())
