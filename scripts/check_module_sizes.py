"""Fail when a module in contactbot/ grows past the size limit (DEVELOPERS.md, "Layout").

A module that big holds more than one concern; split it before it grows further. The few
justified exceptions are listed below, each with the reason it stays whole.
"""

from __future__ import annotations

import sys
from pathlib import Path

LIMIT = 400

# path (relative to the repository) -> why it may stay over the limit
EXCEPTIONS: dict[str, str] = {}


def main() -> int:
    root = Path(__file__).resolve().parents[1]
    too_big = []
    for path in sorted((root / "contactbot").rglob("*.py")):
        rel = path.relative_to(root).as_posix()
        lines = len(path.read_text(encoding="utf-8").splitlines())
        if lines > LIMIT and rel not in EXCEPTIONS:
            too_big.append((lines, rel))
    for lines, rel in too_big:
        print(f"{rel}: {lines} lines (limit {LIMIT}); split it by concern", file=sys.stderr)
    stale = [rel for rel in EXCEPTIONS if not (root / rel).exists()]
    for rel in stale:
        print(f"{rel}: listed as an exception but no longer exists", file=sys.stderr)
    return 1 if too_big or stale else 0


if __name__ == "__main__":
    sys.exit(main())
