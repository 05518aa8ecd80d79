"""Letters split by separators, grouped back into words for the word view (see
:mod:`.normalize`): ``f.u.c.k``, ``f u c k``, ``c  u  n  t``, ``d o n ' t``."""

from __future__ import annotations


def join_runs(base: str, tokens: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Group the word tokens (spans) of ``base``; runs of 3+ single characters split by one
    repeated separator (``f.u.c.k``, ``f u c k``, ``f-u-c-k``) become one group. A double
    space ends a run, so ``h e l l o  w o r l d`` stays two words, unless the letters are
    two or three spaces apart and the words one (round 9)."""
    n = len(tokens)
    lengths = [e - s for s, e in tokens]
    if not any(lengths[k] == 1 and lengths[k + 1] == 1 for k in range(n - 1)):
        # No two one-character tokens in a row: nothing to join (the common case).
        return [[t] for t in tokens]
    groups: list[list[tuple[int, int]]] = []
    i = 0

    def single(k: int) -> bool:
        s, e = tokens[k]
        # "! m m ! g r 4 n 7 $": a leet "!" or "|" (i) is a letter of a spaced word too.
        return e - s == 1 and (base[s].isalnum() or base[s] in "@$!|")

    def wide_gap(a: int, b: int) -> bool:
        # Start/end of text or two+ spaces: how spaced-out text separates its words.
        return a <= 0 or b >= len(base) or "  " in base[a:b] or "\n" in base[a:b]

    while i < n:
        if single(i):
            j = i
            gap = None
            while j + 1 < n:
                ns, ne = tokens[j + 1]
                g = base[tokens[j][1] : ns]
                # "d o n ' t": an apostrophe may sit inside the separator.
                has_apostrophe = "'" in g or "\u2019" in g
                plain_gap = g.replace("'", "").replace("\u2019", "")
                if has_apostrophe:
                    plain_gap = plain_gap.replace("  ", " ")
                # "c  u  n  t of a ...": letters two or three spaces apart, words one
                # space apart (detector round 9); the run keeps that one wide gap.
                wide = 2 <= len(plain_gap) <= 3 and not plain_gap.strip(" ")
                wide = wide and (gap is None or gap == plain_gap)
                narrow = not plain_gap or ("  " in plain_gap and not wide)
                # "Y  o  u  '  r  e": an apostrophe inside a wide gap widens it.
                if len(g) > (5 if wide and has_apostrophe else 3) or "\n" in g or narrow:
                    break
                if gap is not None and plain_gap != gap:
                    break
                if not single(j + 1):
                    # s_h_o_u_l_d_n't: a contraction may end the run.
                    word = base[ns:ne]
                    if len(word) <= 4 and ("'" in word or "\u2019" in word) and j > i:
                        j += 1
                    break
                # " . " (a separator with a space each side, detector round 4) joins too.
                spaced_mark = len(g) == 3 and g[0] == g[2] == " " and not g[1].isspace()
                if len(g) > (
                    5
                    if wide and has_apostrophe
                    else 3
                    if has_apostrophe or spaced_mark or wide
                    else 2
                ):
                    break
                gap = plain_gap
                j += 1
            run = j - i + 1
            before = base[tokens[i - 1][1] : tokens[i][0]] if i else ""
            after_end = tokens[j + 1][0] if j + 1 < n else len(base)
            bounded = (i == 0 or "  " in before) and wide_gap(tokens[j][1], after_end)
            # "I  '  m g  o  i  n  g": two letters a wide gap apart, with single spaces
            # (this style's word gaps) or the text's edges on both sides, are a word too.
            narrow_ends = (i == 0 or before == " ") and (
                j + 1 == n or base[tokens[j][1] : after_end] == " "
            )
            wide_pair = run == 2 and gap is not None and len(gap) >= 2 and narrow_ends
            if run >= 3 or (run == 2 and bounded and gap == " ") or wide_pair:
                groups.append(tokens[i : j + 1])
                i = j + 1
                continue
        groups.append([tokens[i]])
        i += 1
    return groups
