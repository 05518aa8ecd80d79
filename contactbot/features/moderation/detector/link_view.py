"""The link view of a status (NFKC, case-folded, invisible characters removed but remembered)
and the undoing of defanged links (``hxxp``, ``[.]``, ``(dot)``), both with offset maps back
to the original text."""

from __future__ import annotations

import re
import unicodedata

DEFANG_RE = re.compile(
    r"\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\)|\{dot\}|<dot>|\[\s?\.\s?\]"
    r"|(?<=[a-z0-9])\s+dot\s+(?=[a-z0-9])|\[:\]|\[://\]|\[/\]|hxxps?|h\*\*ps?|hxps?"
)


def link_view(text: str) -> tuple[str, list[int] | None, frozenset[int]]:
    """NFKC + casefold, invisible characters removed (their positions are reported, since
    a zero-width character inside a host is itself a disguise). Accents are kept: an
    accented host is a different host."""
    if text.isascii():
        return text.lower(), None, frozenset()
    out: list[str] = []
    offsets: list[int] = []
    hidden: set[int] = set()
    pieces = _LINK_PIECES
    for i, ch in enumerate(text):
        piece = pieces.get(ch)
        if piece is None:
            piece = _link_piece(ch)
        if not piece:
            hidden.add(len(out))
            continue
        out.append(piece)
        if len(piece) == 1:
            offsets.append(i)
        else:
            offsets.extend([i] * len(piece))
    return "".join(out), offsets, frozenset(hidden)


# Per-character NFKC + casefold for the link view ("" for invisible characters). Bounded like
# the normaliser's cache.
_LINK_PIECES: dict[str, str] = {}


def _link_piece(ch: str) -> str:
    cat = unicodedata.category(ch)
    if cat in ("Cf", "Cs") or (cat == "Cc" and not ch.isspace()):
        piece = ""
    else:
        piece = unicodedata.normalize("NFKC", ch).casefold()
        if piece in ("\u3002", "\uff61"):
            piece = "."
    if len(_LINK_PIECES) >= 20_000:
        _LINK_PIECES.clear()
    _LINK_PIECES[ch] = piece
    return piece


def is_matrix_identifier(view: str, host_start: int) -> bool:
    """``@alice:example.org``, ``#room:example.org``: a Matrix ID, not a link."""
    i = host_start - 1  # the colon
    j = i - 1
    while j >= 0 and not view[j].isspace():
        j -= 1
    return i - j > 1 and view[j + 1] in "@#!+$"


def defang(view: str, offsets: list[int] | None) -> tuple[str, list[int], list[tuple[int, int]]]:
    """Undo defanging (``hxxp``, ``[.]``, ``(dot)``), keeping the offset map."""
    out: list[str] = []
    new_offsets: list[int] = []
    spans: list[tuple[int, int]] = []
    pos = 0

    def orig(i: int) -> int:
        return offsets[i] if offsets is not None else i

    for m in DEFANG_RE.finditer(view):
        s, e = m.span()
        for i in range(pos, s):
            out.append(view[i])
            new_offsets.append(orig(i))
        token = m.group(0)
        if token.startswith("h"):
            repl = "https" if token.endswith("s") else "http"
        elif "://" in token:
            repl = "://"
        elif ":" in token:
            repl = ":"
        elif "/" in token:
            repl = "/"
        else:
            repl = "."
        spans.append((len(out), len(out) + len(repl)))
        for k, c in enumerate(repl):
            out.append(c)
            new_offsets.append(orig(min(s + k, e - 1)))
        pos = e
    for i in range(pos, len(view)):
        out.append(view[i])
        new_offsets.append(orig(i))
    return "".join(out), new_offsets, spans
