"""How the learned model's score joins the rule reasons.

The model reads the same word view as the lists and rules. It adds evidence where the rules saw
none (hate without slurs, misspellings, link-less scams) and takes evidence away where the lists
match words that are quoted, reclaimed or homonyms; either way it leaves a reason, so the verdict
and the moderators' notice say what the model did.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .model import LinearScorer
from .settings import ModelSettings
from .speech_cues import NEGATED, QUOTED, REPORTED, SELF, speech_cue
from .verdict import Reason, lowered

MODEL_CATEGORY = "model"
# Reasons the model may lower: words and phrases whose meaning depends on context. Link and
# scam findings describe the link itself, and threats are lowered by their own rules.
_CLEARABLE = frozenset({"hate", "vulgar", "harassment"})
_WORD_RE = re.compile(r"[a-z]+")
_SPEECH = frozenset({NEGATED, QUOTED, REPORTED})


def apply_model(
    scorer: LinearScorer,
    settings: ModelSettings,
    text: str,
    word_view: str,
    reasons: Sequence[Reason],
    may_flag: bool,
    negation: Callable[[], str] = lambda: "",
    scored_view: str | None = None,
    about_group: bool = False,
    banter: Callable[[], bool] = lambda: False,
) -> tuple[float, list[Reason]]:
    """The model's probability and the reasons after it has been heard. ``may_flag``: the
    model may add its own reason (the detector says no when the rules' findings already flag,
    were dropped or lowered by the operator's settings, or read the text as reported speech).
    ``negation``: why the text denies a derogatory claim (:mod:`.negation`) or quotes abuse to
    condemn it (:func:`.speech_cues.condemned_quote`), or "" (asked only when the answer
    matters): then the model does not flag, and hate and harassment findings are lowered
    whatever its score, because n-gram features cannot see what a "not" governs or where a
    quotation ends. ``scored_view``: the text the model reads (:mod:`.model_view`), by
    default the word view. ``about_group``: the text names a group or uses a slur; then a
    negation, report or quote raises the bar for the model to flag on its own
    (``negated_flag_threshold``, ``cue_flag_threshold``), since counter-speech and denials
    name the same groups and words as the hate they answer. ``banter``: the rules read the
    text's swearing or insults as aimed at no one or as teasing, or it carries explicit
    affection (:mod:`.banter`; asked only when the answer matters); the model then flags only
    at ``cue_flag_threshold``, since its n-grams weigh a swear word the same whoever it is
    aimed at."""
    p = scorer.probability(word_view if scored_view is None else scored_view)
    out = list(reasons)
    flags = p >= settings.flag_threshold and may_flag
    if (flags or any(clearable(r) for r in out)) and (denied := negation()):
        return p, [_cleared(r, p, denied) if clearable(r) else r for r in out]
    if flags and p < settings.cue_flag_threshold and banter():
        flags = False
    if flags and about_group and p < settings.cue_flag_threshold:
        cue = speech_cue(text, word_view)
        if cue in _SPEECH and (cue != NEGATED or p < settings.negated_flag_threshold):
            flags = False  # a negated, reported or quoted claim about a group: be surer
    if p >= settings.flag_threshold:
        if flags:
            out.append(
                Reason(
                    "model.offensive",
                    MODEL_CATEGORY,
                    "medium",
                    0,
                    len(text),
                    text,
                    f"learned model rates the text offensive or a scam (p={p:.2f})",
                )
            )
    elif out:
        bare = "quoted, reclaimed or another meaning" if p < settings.clear_threshold else ""
        cue = speech_cue(text, word_view) if p < settings.cue_clear_threshold else ""
        if bare or cue:
            out = [
                _cleared(r, p, why) if (why := _why(scorer, r, bare, cue, word_view)) else r
                for r in out
            ]
    return p, out


def _why(scorer: LinearScorer, reason: Reason, bare: str, cue: str, word_view: str) -> str:
    """Why ``reason`` may be lowered, or "".

    An identity-attack finding (a group next to dehumanising or violent words) has no homonym
    or reclaimed reading, and n-grams cannot tell what a "not" governs ("X are not human, they
    are vermin"): it is lowered only on a quoting, reporting or self-describing cue (negation
    has its own check, :mod:`.negation`). A list hit is lowered on a low score alone only when
    the model has a weight for the matched word: a low score on a slur it never saw says
    nothing about the slur, and neither does a "no" or a "my" next to it."""
    if not clearable(reason):
        return ""
    if reason.rule.startswith("identity."):
        # Since detector round 4 the cue must come with a low score too (p < clear_threshold):
        # "all X should be gassed, report me" carries a report word but is no report.
        return "" if cue == NEGATED or not bare else cue
    if cue == SELF and (reason.category != "hate" or " " in reason.matched.strip()):
        # Slurs are reclaimed in self-descriptions; swear words are not, and neither are hate
        # phrases ("nazi and proud", "white power": detector round 8).
        cue = ""
    if cue == SELF and _said_of_another(word_view, reason.matched.lower()):
        # "my new coworker is a <slur>": the "my" is the writer's, the slur is someone
        # else's (detector round 5).
        cue = ""
    if reason.category == "hate" and cue == "" and not _other_reading(word_view):
        # Since detector round 4: a slur without a benign reading is never lowered on a low
        # score alone (the model read "ugh my new manager is a <slur>" as chatter), nor one
        # used as a predicate ("is clearly a <slur>"); only a cue lowers it.
        return ""
    words = reason.words()
    if words and not any(scorer.knows(w) for w in words):
        # Only a quote or a report, not a "no" or a "my", lowers a word the model never saw.
        return "" if cue in (NEGATED, SELF, "") else cue
    return bare or cue


# Slurs that are also everyday words, names or brands, or that are reclaimed in-group ("a fag"
# is a cigarette, "faggots" meatballs or firewood, a "dyke" a dam, "Coon" a cheese, a "chink"
# a gap): only these may be lowered on a low model score without a cue (detector round 4).
_AMBIGUOUS_SLURS = frozenset(
    "fag fags faggot faggots dyke dykes coon coons chink chinks homo homos lezzie lezzies "
    "lesbo lesbos queer queers spic spics jap japs yid yids retard retards spastic sambo "
    "kaffir coolie coolies poofs tard "
    # detector round 7: a play's character, caste names used with pride, a knacker's yard
    "shylock shylocks chamar chamars bhangi bhangis knacker knackers midget midgets".split()
)
_PREDICATE_RE = re.compile(
    r"\b(?:is|are|was|were|be|hes|shes|theyre|youre|thats|its|another)\s+"
    r"(?:(?:clearly|such|just|a|an|some|total|real|fucking|dirty|filthy|little|bunch|of)\s+)*"
    r"(\w+)"
)


_OTHER_SUBJECT_RE = re.compile(
    r"\b(?:is|was|hes|shes|theyre|youre|thats|another|hes such)\s+"
    r"(?:(?:clearly|such|just|a|an|some|total|real|fucking|dirty|filthy|little|bunch|of)\s+)*"
    r"(\w+)"
)


def _said_of_another(word_view: str, matched: str) -> bool:
    """The matched word is the predicate noun of a third party ("he is a <word>")."""
    words = set(_WORD_RE.findall(matched))
    return any(m.group(1) in words for m in _OTHER_SUBJECT_RE.finditer(word_view))


def _other_reading(word_view: str) -> bool:
    """A slur in the word view may mean something else: an ambiguous one, not used as a
    predicate noun ("my manager is a <slur>")."""
    words = set(word_view.split())
    if not words & _AMBIGUOUS_SLURS:
        return False
    return not any(m.group(1) in _AMBIGUOUS_SLURS for m in _PREDICATE_RE.finditer(word_view))


def clearable(reason: Reason) -> bool:
    return (
        reason.category in _CLEARABLE
        and reason.severity != "low"
        and reason.rule.startswith(("wordlist.", "identity."))
        and ".configured" not in reason.rule
    )


def _cleared(reason: Reason, p: float, why: str) -> Reason:
    return lowered(
        reason, "model_cleared", f"learned model p={p:.2f} reads the text as benign: {why}"
    )
