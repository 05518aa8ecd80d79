"""Turn a triple-quoted block (one status per line, '# ' comments) into a list of texts."""

from __future__ import annotations


def lines(block: str) -> list[str]:
    out = []
    for raw in block.splitlines():
        text = raw.strip()
        if text and not text.startswith("# "):
            out.append(text)
    return out
