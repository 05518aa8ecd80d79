"""Tiny helper: turn a hand-written block (one text per line) into a list."""


def lines(block: str) -> list[str]:
    """Return the non-empty, stripped lines of a hand-written block."""
    return [ln.strip() for ln in block.strip().splitlines() if ln.strip()]
