"""Turn a hand-written block (one text per line) into a tuple of texts."""

from __future__ import annotations


def texts(block: str) -> tuple[str, ...]:
    """Return the non-blank lines of ``block``, stripped, in order.

    Long texts are wrapped in the pool modules with a backslash at the end of a line,
    which Python joins before this function sees the block.
    """
    out: list[str] = []
    for raw in block.splitlines():
        line = raw.strip()
        if line:
            out.append(line)
    return tuple(out)
