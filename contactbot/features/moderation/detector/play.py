"""Threats and insults about a game (detector round 9): "i will end you in tetris 99", "you're
dead meat in the next round (it's laser tag)", "you're trash at smash bros, rematch friday".

Trash talk is how players talk. When every finding of a text is a threat or a mild insult and
the text names a game the writer plays with the reader, the findings drop to low severity, as
banter's do (:mod:`.banter`), and the learned model then flags the text on its own only at
its highest bar. Watched sports do not count: "see you at the match" is where real threats
between fans are made, so matches, derbies and stadiums are no game here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .banter import mild_insult
from .verdict import Reason, lowered

PLAYFUL = "trash talk about a game"
PLAYFUL_SUFFIX = "playful"
_GAMES = (
    "tetris|tetris 99|fifa|fc 2[45]|smash|smash bros|mario ?kart|chess|darts|pool|snooker|"
    "scrabble|monopoly|uno|catan|poker|cards|bowling|golf|mini golf|tennis|squash|badminton|"
    "ping pong|table tennis|laser tag|paintball|quiz|pub quiz|trivia|karaoke|cod|warzone|"
    "fortnite|valorant|overwatch|apex|league|minecraft|rocket league|halo|tekken|street fighter|"
    "mortal kombat|among us|wordle|sudoku|crossword|ranked|dominoes|connect four|jenga|"
    "battleship|cluedo|risk|mahjong|bingo|board games?|video games?|the game|this game|"
    "beer pong|go ?karts?|fantasy football|fantasy league|5 a side|five a side"
)
_PLAY_RE = re.compile(
    rf"\b(?:in|at|on|of) (?:a |the |this )?(?:{_GAMES})\b"
    r"|\b(?:rematch|1v1|gg|ggs|next round|next game|game night|it s laser tag|its laser tag)\b"
)
# "garbage at this game and garbage as a person": the insult leaves the game.
_PERSON_RE = re.compile(
    r"\bas a (?:person|human|human being|man|woman)\b|\birl\b|\bin real life\b"
)
_THREAT_RULES = frozenset(("threat.direct", "threat.weak", "threat.death"))
_PRONOUNS = frozenset("you re ur u are youre r so such a an absolute".split())
# Fixed threat phrases that trash talk borrows, by their words.
_GAME_PHRASES = (frozenset(("dead", "meat")), frozenset(("watch", "back")))
# Insults of a player's skill ("you're trash at darts"), mild when the text is about a game.
_SKILL = frozenset(
    "trash rubbish garbage bad terrible awful shit crap useless hopeless dogshit ass".split()
)


def lower_play(word_view: str, reasons: Sequence[Reason]) -> list[Reason]:
    """``reasons`` with threats and mild insults lowered when the text is about a game."""
    strong = [r for r in reasons if r.severity != "low"]
    if not strong or not all(_playable(r) for r in strong):
        return list(reasons)
    if _PLAY_RE.search(word_view) is None or _PERSON_RE.search(word_view):
        return list(reasons)
    return [lowered(r, PLAYFUL_SUFFIX, PLAYFUL) if r.severity != "low" else r for r in reasons]


def _playable(reason: Reason) -> bool:
    if reason.rule in _THREAT_RULES or mild_insult(reason):
        return True
    words = set(reason.words())
    if reason.rule == "harassment.insult":
        return bool(words & _SKILL) and words <= _SKILL | _PRONOUNS
    return reason.rule == "wordlist.threat" and any(p <= words for p in _GAME_PHRASES)
