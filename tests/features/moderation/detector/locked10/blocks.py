"""Parsing of the hand-written text blocks used by the locked10 pool modules.

Each text starts at the beginning of a line; a text too long for one source line continues
on following lines indented by four spaces (joined back with a single space). Blank lines
are ignored. This keeps every source line short without changing any text.
"""

CONTINUATION = "    "


def parse_block(block: str) -> list[str]:
    texts: list[str] = []
    for line in block.split("\n"):
        if not line.strip():
            continue
        if line.startswith(CONTINUATION):
            if not texts:
                raise ValueError(f"continuation line without a text: {line!r}")
            texts[-1] += " " + line.strip()
        else:
            texts.append(line)
    return texts
