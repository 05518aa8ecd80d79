"""Layer 2: word and phrase lists with word boundaries and an allowlist."""

from __future__ import annotations

import pytest

from contactbot.features.moderation.detector import Detector
from contactbot.features.moderation.detector.wordlists import load_data_entries, parse_lines


@pytest.mark.parametrize(
    "text",
    [
        "Visiting Scunthorpe this weekend",
        "Assessment centre all day",
        "Cocktail hour 🍸",
        "Watching Dick Van Dyke in Mary Poppins",
        "Essex office today",
        "Sussex uni open day",
        "My therapist says hi",
        "Grape harvest",
        "Class reunion",
        "Data analysis sprint",
        "Penistone market",
        "Cockburn's port tasting",
        "Shiitake risotto",
        "Meeting Mr Matsushita",
        "Document review",
        "Arsenal match tonight",
        "Spotted dick for pudding",
        "Chink in the armour",
        "Maine Coon kitten",
        "Homo sapiens exhibit",
        "Sniggering at the back",
        "Magna cum laude!",
        "Blue tits nesting",
        "Flame retardant testing",
        "Pakistan vs England",
        "Japanese class",
        "Niger river cruise",
        "Abolish the monarchy",  # "abo" is listed as a whole word only (round 7)
        "We're studying Shylock in The Merchant of Venice",  # a play's character (round 7)
        "The old horse went to the knacker's yard",
        "laughing my ass off at this twitch clip",  # an idiom (round 8)
        "DM for commissions! Pet portraits in watercolour from £45",  # a shop (round 8)
    ],
)
def test_scunthorpe_traps_pass(detector: Detector, text: str) -> None:
    """Ordinary words, names and places that contain a listed term are not flagged."""
    verdict = detector.classify(text)
    assert not verdict.flagged, verdict.summary()


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("fuck you", "vulgar"),
        ("motherfuckers everywhere", "vulgar"),
        ("you absolute cunt", "vulgar"),
        ("bullshit", "vulgar"),
        ("faggots", "hate"),
        ("the abo kids at the servo again", "hate"),  # round 7 additions
        ("typical femoid behaviour", "hate"),
        ("nazi and proud", "hate"),  # a hate phrase is no reclaimed self-description
        ("kill yourself", "harassment"),
        ("kys", "harassment"),
        ("free nitro giveaway", "spam"),
        ("send me your seed phrase", "phishing"),
    ],
)
def test_listed_terms_flag_with_their_category(
    detector: Detector, text: str, category: str
) -> None:
    """Listed words and phrases flag, including inflections and compounds."""
    verdict = detector.classify(text)
    assert verdict.flagged
    assert category in verdict.categories


def test_terms_need_word_boundaries(detector: Detector) -> None:
    """Whole-word terms do not match inside other words (ass in class/bass/compass)."""
    assert detector.classify("bass class compass grass").reasons == ()


def test_mild_profanity_is_a_signal_not_a_flag(detector: Detector) -> None:
    """Mild words (damn, crap, hell) are low-severity signals that do not flag alone."""
    verdict = detector.classify("damn printer, what the hell")
    assert not verdict.flagged
    assert all(r.severity == "low" for r in verdict.reasons)


def test_every_data_file_parses() -> None:
    """All shipped lists parse, and every flag category has entries."""
    entries = load_data_entries()
    categories = {e.category for e in entries}
    for category in ("hate", "harassment", "threat", "vulgar", "spam", "phishing", "allow"):
        assert category in categories


def test_list_parser_rejects_unknown_directive() -> None:
    """A typo in a list directive fails loudly with the file and line."""
    with pytest.raises(ValueError, match=r"custom\.txt:2: unknown directive @sevrity"):
        list(parse_lines(["@category vulgar", "@sevrity high", "word"], "custom.txt"))


def test_list_parser_rejects_entries_before_a_category() -> None:
    """An entry with no category is an error, not silently dropped."""
    with pytest.raises(ValueError, match="before any @category"):
        list(parse_lines(["word"], "custom.txt"))
