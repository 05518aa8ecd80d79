"""Layer 1: normalisation. Each evasion trick is undone, and every word-view character maps
back to the characters the user actually typed."""

from __future__ import annotations

import pytest

from contactbot.features.moderation.detector import Detector
from contactbot.features.moderation.detector.normalize import load_confusable_fold


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("FUCK", "fuck"),  # case folding
        ("f4gg0t", "faggot"),  # leet digits
        ("$h!t", "shit"),  # leet symbols
        ("b1tch", "bitch"),  # 1 read as i
        ("ki11", "kill"),  # 1 read as l when that makes a known word
        ("@ss", "ass"),  # leading @ read as a when that makes a known word
        ("f.u.c.k", "fuck"),  # dots between letters
        ("f-u-c-k", "fuck"),  # hyphens between letters
        ("f_u_c_k", "fuck"),  # underscores between letters
        ("f u c k", "fuck"),  # spaces between letters
        ("f . u . c . k", "fuck"),  # a separator with a space each side (round 4)
        ("huma\u03b7", "human"),  # Greek small eta has the shape of n (round 4)
        ("f*u*c*k", "fuck"),  # one repeated symbol between letters
        ("fuuuuuck", "fuck"),  # stretched letters
        ("faggggggot", "faggot"),  # stretched double letter keeps two
        ("f*ck", "fuck"),  # star mask
        ("sh**", "shit"),  # two-star mask
        ("ｆｕｃｋ", "fuck"),  # fullwidth letters (NFKC)
        ("𝐟𝐮𝐜𝐤", "fuck"),  # mathematical bold (NFKC)
        ("fu\u200bck", "fuck"),  # zero-width space
        ("f\u200du\u200cc\u2060k", "fuck"),  # zero-width joiner/non-joiner, word joiner
        ("\u202efuck", "fuck"),  # bidi override
        ("fu\u0301ck", "fuck"),  # combining accent
        ("fück", "fuck"),  # precomposed accent
        ("JÏGABOØ", "jigaboo"),  # a stroked letter (no NFD decomposition, not a confusable)
        ("đumb łoser", "dumb loser"),  # more stroked letters
        ("ѕһіт", "shit"),  # Cyrillic look-alikes
        ("fuсk", "fuck"),  # one Cyrillic letter in a Latin word
        ("ναgina", "vagina"),  # Greek look-alikes
        ("don't", "dont"),  # apostrophes join contractions
        ("ƒuck", "fuck"),  # a letter with a hook (round 7)
        ("w h ! t e  p o w e r", "white power"),  # leet "!" in spaced text (round 8)
        ("bl⭕cked", "blocked"),  # an emoji drawn as a letter (round 8)
        ("🅕🅤🅒🅚", "fuck"),  # negative circled letters (round 7)
        ("🅵🆁🅴🅴", "free"),  # negative squared letters (round 7)
        ("ᴋɪʟʟ", "kill"),  # small capitals
        ("🇰🇮🇱🇱", "kill"),  # regional-indicator letters
        ("c  u  n  t of a ref", "cunt of a ref"),  # letters two spaces apart (round 9)
        ("mυѕӏimѕ", "muslims"),  # the Cyrillic palochka reads as l (round 9)
        ("ᴍᴏꜱǫᴜᴇ", "mosque"),  # small-caps generators draw q as o with ogonek (round 9)
        ("!nd14n5", "indians"),  # a leading "!" is a letter when it makes a word (round 9)
        ("your card p!n", "your card pin"),  # "!" between letters is leet (round 9)
    ],
)
def test_evasion_tricks_are_undone(detector: Detector, typed: str, expected: str) -> None:
    """Each evasion trick normalises back to the plain word."""
    assert detector.normalize(typed).text == expected


def test_wide_spaced_letters_keep_narrow_word_gaps(detector: Detector) -> None:
    """Letters two spaces apart join, and stop at a gap of another width (round 9)."""
    assert detector.normalize("h  e  l  l  o there a b c").text == "hello there abc"
    assert detector.normalize("Y  o  u  '  r  e a p  e  s  t").text == "youre a pest"
    assert detector.normalize("I  '  m h  e  r  e").text == "im here"
    assert detector.normalize("great! see you").text == "great see you"


def test_spaced_sentence_keeps_word_gaps(detector: Detector) -> None:
    """Text spaced letter by letter, with double spaces between words, keeps its words."""
    assert detector.normalize("h e l l o  w o r l d").text == "hello world"


def test_dotted_abbreviations_do_not_swallow_sentences(detector: Detector) -> None:
    """Two single letters (e.g., i.e.) are not joined with the following words."""
    assert detector.normalize("e.g. this works").text == "e g this works"


def test_lone_leet_four_is_an_article_only_in_leet_text(detector: Detector) -> None:
    """In leet text "4" after "you're" reads as "a"; in plain text it stays a number (round 9)."""
    assert detector.normalize("y0u'r3 4 j0k3").text == "youre a joke"
    assert detector.normalize("i have 4 kids").text == "i have 4 kids"


def test_numbers_stay_numbers(detector: Detector) -> None:
    """Times, ordinals and plain numbers are not read as leet."""
    assert detector.normalize("back at 10am on the 2nd, room 1234").text == (
        "back at 10am on the 2nd room 1234"
    )


def test_emphasis_stars_are_not_masks(detector: Detector) -> None:
    """*word* is markdown emphasis, not a masked word."""
    assert detector.normalize("*really* busy").text == "really busy"


def test_genuine_russian_text_is_not_folded_to_latin(detector: Detector) -> None:
    """A Russian sentence keeps its Cyrillic letters: folding it would produce fake English."""
    assert detector.normalize("Привет, я в отпуске").text == "привет я в отпуске"


def test_mixed_script_word_is_folded_inside_russian_text(detector: Detector) -> None:
    """A word mixing Latin and Cyrillic is folded even when the rest is real Russian."""
    assert "paypal" in detector.normalize("Привет, зайди на раураl").text


@pytest.mark.parametrize(
    ("typed", "word"),
    [
        ("you are a f4gg0t!!", "f4gg0t"),
        ("total f.u.c.k.e.r", "f.u.c.k.e.r"),
        ("ѕһіт happens", "ѕһіт"),
        ("a fu\u200bck\u200bing disgrace", "fu\u200bck\u200bing"),
        ("go to 𝐡𝐞𝐥𝐥 now", "𝐡𝐞𝐥𝐥"),
        ("what a c*nt", "c*nt"),
        ("fuuuuuck this", "fuuuuuck"),
    ],
)
def test_offsets_map_back_to_the_original_text(detector: Detector, typed: str, word: str) -> None:
    """The reason for a disguised word quotes exactly the characters the user typed."""
    verdict = detector.classify(typed)
    spans = [(r.start, r.end, r.matched) for r in verdict.reasons if r.rule.startswith("word")]
    start = typed.index(word)
    assert (start, start + len(word), word) in spans
    for r in verdict.reasons:
        assert typed[r.start : r.end] == r.matched


def test_confusable_fold_comes_from_the_unicode_data() -> None:
    """The look-alike map is built from the confusable-homoglyphs data, not typed by hand."""
    fold = load_confusable_fold()
    assert len(fold) > 1000
    assert fold["а"] == "a"  # Cyrillic a
    assert fold["ο"] == "o"  # Greek omicron
    assert fold["к"] == "k"  # lower case derived from the listed capital К
    assert all(len(v) == 1 and v.isascii() and v.isalnum() for v in fold.values())


def test_letters_split_by_bars_and_shouted_are_joined(detector: Detector) -> None:
    """ "w|e|t|b|a|c|k!!": the bars separate letters (they are not leet for i or l) even
    with trailing exclamation marks."""
    assert detector.normalize("typical w|e|t|b|a|c|k!!").text == "typical wetback"


def test_plain_text_with_punctuation_keeps_its_offsets(detector: Detector) -> None:
    """The fast path for letter words with sentence punctuation maps every word back to
    the original characters."""
    norm = detector.normalize("Home today, kids off! Dog: asleep.")
    assert norm.text == "home today kids off dog asleep"
    start, end = norm.span(11, 15)
    assert norm.original[start:end] == "kids"


@pytest.mark.parametrize(
    ("text", "view"),
    [
        ("what the f--k", "what the fuck"),
        ("c__t", "cunt"),
        ("a$$hole", "asshole"),  # two dollars are leet for "ss", not a mask
        ("my_user_name is here", "my user name is here"),  # one underscore separates
        ("і һαtе nɩɡɡєrѕ", "i hate niggers"),  # Ukrainian ie reads as e
    ],
)
def test_round5_masks_and_look_alikes(detector: Detector, text: str, view: str) -> None:
    """Runs of two or more "_" or "-" and three or more "$" between letters are masks; a
    single separator is not; є, ɛ and ω fold to e, e and w."""
    assert detector.normalize(text).text == view


def test_render_cache_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    """A flood of distinct disguised words empties the per-word render cache instead of
    growing it, and a cached rendering equals a fresh one."""
    from contactbot.features.moderation.detector import word_fold

    monkeypatch.setattr(word_fold, "RENDER_CACHE_SIZE", 5)
    folder = word_fold.WordFolder(lambda _w: None, ())
    for i in range(50):
        folder.render(f"w{i}rd!!")
        assert len(folder._rendered) <= 5
    assert folder.render("h3ll0") == folder.render("h3ll0") == folder._render("h3ll0")
