"""Helpers for turning hand-written text blocks into lists of strings."""

import re

_MARK = re.compile(r"[{}]")


def lines(block: str) -> list[str]:
    """Return one text per non-empty line; a line starting with '~ ' continues the last."""
    out: list[str] = []
    for raw in block.splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("~ ") and out:
            out[-1] = out[-1] + " " + line[2:].strip()
        else:
            out.append(line)
    return out


def strip_marks(text: str) -> str:
    """Remove the {key word} markers used in transform seeds."""
    return _MARK.sub("", text)


def marked_spans(text: str) -> list[tuple[int, int]]:
    """Return (start, end) offsets of marked spans in the unmarked text."""
    spans: list[tuple[int, int]] = []
    plain_pos = 0
    start = -1
    for ch in text:
        if ch == "{":
            start = plain_pos
        elif ch == "}":
            if start >= 0:
                spans.append((start, plain_pos))
            start = -1
        else:
            plain_pos += 1
    return spans
