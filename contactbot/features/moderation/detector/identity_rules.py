"""Hand-written identity-attack rules: derogatory adjective before a group ("filthy X"),
"no X allowed" and "the only good X is a dead X"."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from .rule_symbols import RuleHit, Token, reported_before

# Adjectives that turn a following group into an attack ("filthy jews"); value: severity.
PRE_ADJECTIVES: dict[str, str] = {
    **dict.fromkeys(
        "filthy dirty subhuman inferior degenerate vile stinking disgusting smelly savage "
        "diseased fucking fuckin rotten worthless evil parasitic".split(),
        "high",
    ),
    **dict.fromkeys(
        "stupid dumb ugly lazy greedy nasty gross retarded primitive".split(), "medium"
    ),
}


def only_good(tokens: Sequence[Token]) -> Iterable[RuleHit]:
    """The classic "the only good X is a dead X"."""
    for i in range(len(tokens) - 2):
        if tokens[i].word == "only" and tokens[i + 1].word == "good":
            if tokens[i + 2].symbol == "G" or (
                i + 3 < len(tokens) and tokens[i + 3].symbol == "G"
            ):
                rest = [t.word for t in tokens[i + 2 : i + 8]]
                if "dead" in rest:
                    yield RuleHit(
                        "identity.violence",
                        "hate",
                        "high",
                        tokens[i].start,
                        tokens[min(i + 7, len(tokens) - 1)].end,
                        "wishes a group dead",
                    )
                    return


def pre_adjective_hits(tokens: Sequence[Token]) -> Iterable[RuleHit]:
    for i in range(len(tokens) - 1):
        severity = PRE_ADJECTIVES.get(tokens[i].word)
        if severity and tokens[i + 1].symbol == "G":
            if reported_before(tokens, i):
                severity = "low"
            yield RuleHit(
                "identity.slur_adjective",
                "hate",
                severity,
                tokens[i].start,
                tokens[i + 1].end,
                "group named with a derogatory adjective",
            )


def no_group_allowed(tokens: Sequence[Token]) -> Iterable[RuleHit]:
    for i in range(len(tokens) - 2):
        if (
            tokens[i].word == "no"
            and tokens[i + 1].symbol == "G"
            and tokens[i + 2].word in ("allowed", "welcome", "permitted")
        ):
            yield RuleHit(
                "identity.exclusion",
                "hate",
                "high",
                tokens[i].start,
                tokens[i + 2].end,
                "excludes a group",
            )
