"""The word view of a text (:class:`Normalized`) and its lazily built map back to the original.

Every character of the word view carries the ``[start, end)`` span of the original characters it
came from, so a reason can quote exactly what the user typed. Most statuses match nothing, so
the per-character map is only built when a span is asked for.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

# Segment kinds: a plain range of base-view characters, explicit base-view positions, or a
# word rewritten as a whole (every character maps to the whole original word).
SEG_RANGE, SEG_POSITIONS, SEG_WHOLE = 0, 1, 2
NO_POSITIONS: list[int] = []


class OffsetMap:
    """Per-character start/end offsets of a word view in the original text, built on first
    use from one segment per word (words are joined by one space, which maps to the end of the
    word before it)."""

    __slots__ = ("_boffs", "_ends", "_segments", "_starts", "ends", "starts")

    def __init__(
        self,
        segments: list[tuple[int, int, int, list[int]]],
        boffs: list[int] | None,
    ) -> None:
        self._segments = segments
        self._boffs = boffs
        self._starts: list[int] | None = None
        self._ends: list[int] = []
        self.starts = _LazyOffsets(self, True)
        self.ends = _LazyOffsets(self, False)

    def build(self) -> tuple[list[int], list[int]]:
        if self._starts is not None:
            return self._starts, self._ends
        starts: list[int] = []
        ends: list[int] = []
        boffs = self._boffs
        for kind, a, b, data in self._segments:
            if starts:
                starts.append(ends[-1])
                ends.append(ends[-1])
            if kind == SEG_RANGE:
                if boffs is None:
                    starts.extend(range(a, b))
                    ends.extend(range(a + 1, b + 1))
                else:
                    starts.extend(boffs[a:b])
                    ends.extend([x + 1 for x in boffs[a:b]])
            elif kind == SEG_POSITIONS:
                if boffs is None:
                    starts.extend(data)
                    ends.extend([p + 1 for p in data])
                else:
                    starts.extend([boffs[p] for p in data])
                    ends.extend([boffs[p] + 1 for p in data])
            else:
                if boffs is None:
                    o_start, o_end = a, b
                else:
                    o_start, o_end = boffs[a], boffs[b - 1] + 1
                starts.extend([o_start] * data[0])
                ends.extend([o_end] * data[0])
        self._starts, self._ends = starts, ends
        return starts, ends


class _LazyOffsets(Sequence[int]):
    """One side (starts or ends) of an :class:`OffsetMap`."""

    __slots__ = ("_first", "_map")

    def __init__(self, offset_map: OffsetMap, first: bool) -> None:
        self._map = offset_map
        self._first = first

    def resolve(self) -> list[int]:
        """The built list (span() indexes it directly: three calls less per index)."""
        starts, ends = self._map.build()
        return starts if self._first else ends

    def __len__(self) -> int:
        return len(self.resolve())

    def __getitem__(self, index):  # type: ignore[no-untyped-def]
        return self.resolve()[index]


@dataclass(frozen=True, slots=True)
class Normalized:
    """The word view of a text plus its map back to the original characters."""

    original: str
    text: str
    starts: Sequence[int]
    # None: every character comes from exactly one original character (end = start + 1).
    ends: Sequence[int] | None
    # Word-view spans of words rebuilt from letters split by separators ("f u c k"): inside
    # them the original word boundaries are lost, so matchers relax their boundary checks.
    joined: tuple[tuple[int, int], ...] = ()
    # The base view (punctuation kept) and its map to original indices (None: aligned).
    base: str = ""
    base_offsets: Sequence[int] | None = None

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a ``[start, end)`` span of the word view to a span of the original text."""
        starts = self.starts
        if type(starts) is _LazyOffsets:
            starts = starts.resolve()
        if end <= start:
            pos = starts[start] if start < len(starts) else len(self.original)
            return pos, pos
        ends = self.ends
        if ends is None:
            return starts[start], starts[end - 1] + 1
        if type(ends) is _LazyOffsets:
            ends = ends.resolve()
        return starts[start], ends[end - 1]

    def in_joined(self, start: int, end: int) -> bool:
        return any(js <= start and end <= je for js, je in self.joined)
