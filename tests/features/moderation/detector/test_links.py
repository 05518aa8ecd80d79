"""Layer 4: links, look-alike hosts, defanged links and lures."""

from __future__ import annotations

import pytest

from contactbot.features.moderation.detector import Detector, DetectorSettings
from contactbot.features.moderation.detector.links import one_edit_apart


@pytest.mark.parametrize(
    "text",
    [
        "my blog: example.org",
        "Team wiki: https://wiki.example.com/oncall",
        "OOO, urgent: support@example.com",
        "Join #rust:matrix.org",
        "Contact me @alice:matrix.org",
        "Discord server: discord.gg/rustlang",
        "Element Web is at app.element.io",
        "Our homeserver: matrix.example.org",
        "Slides: bit.ly/talk-slides",
        "My café: café-müller.de",
        "fixing setup.py today",
    ],
)
def test_benign_links_do_not_flag(detector: Detector, text: str) -> None:
    """A plain link, e-mail address or Matrix ID alone is at most a low signal."""
    verdict = detector.classify(text)
    assert not verdict.flagged, verdict.summary()
    assert all(r.severity == "low" for r in verdict.reasons)


def test_a_plain_link_is_reported_as_a_low_signal(detector: Detector) -> None:
    """The link is still noted, since statuses are not meant to carry links."""
    verdict = detector.classify("my blog: example.org")
    assert [(r.rule, r.matched) for r in verdict.reasons] == [("link.present", "example.org")]


@pytest.mark.parametrize(
    ("text", "host"),
    [
        ("dlscord.com/gifts/abc", "dlscord.com"),  # l for i
        ("disc0rd-app.com/gift", "disc0rd-app.com"),  # leet digit
        ("раураl.com", "раураl.com"),  # Cyrillic letters
        ("mаtrix.org/login", "mаtrix.org"),  # one Cyrillic letter, common-word brand
        ("rnatrix.org", "rnatrix.org"),  # rn for m
        ("steamcommunlty.com/gift", "steamcommunlty.com"),  # l for i
        ("steamcomunity.com/tradeoffer", "steamcomunity.com"),  # typo-squat
        ("paypal.com.secure-login.xyz", "paypal.com.secure-login.xyz"),  # subdomain trick
        ("https://xn--pypal-4ve.com/signin", "https://xn--pypal-4ve.com/signin"),  # punycode
        ("steamcommunity.corn/tradeoffer", "steamcommunity.corn/tradeoffer"),  # .corn
    ],
)
def test_lookalike_hosts_flag_as_phishing(detector: Detector, text: str, host: str) -> None:
    """Hosts imitating a well-known brand flag on their own, with the host quoted."""
    verdict = detector.classify(text)
    assert verdict.flagged, verdict.summary()
    assert any(r.category == "phishing" and host in r.matched for r in verdict.reasons)


@pytest.mark.parametrize(
    "text",
    [
        "claim your airdrop at hxxps://airdrop-event[.]com",
        "free nitro: gift-promo(dot)com/x",
        "free nitro at nitro-gift[.]xyz",
    ],
)
def test_defanged_links_are_read(detector: Detector, text: str) -> None:
    """Defanged links (hxxp, [.], (dot)) are undone and flagged with their lure."""
    verdict = detector.classify(text)
    assert verdict.flagged
    assert any(r.rule == "link.defanged" for r in verdict.reasons)


@pytest.mark.parametrize(
    "text",
    [
        "Free nitro giveaway! example-gifts.com",
        "Giveaway: claim at example.net/claim",
        "verify your account at example.com/login",
        "Send 0.1 BTC and get 0.2 BTC back",
        "DM me your seed phrase to unlock your wallet",
        "Earn $500 a day from home",
        "I accidentally reported your account",
    ],
)
def test_lures_flag(detector: Detector, text: str) -> None:
    """Lures flag, alone when strong and with any link when weak."""
    verdict = detector.classify(text)
    assert verdict.flagged, verdict.summary()


def test_weak_lure_alone_does_not_flag(detector: Detector) -> None:
    """'DM me' alone is an ordinary request, not a scam."""
    assert not detector.classify("DM me if urgent").flagged


def test_weak_lure_with_link_flags(detector: Detector) -> None:
    """A weak lure next to a link is the classic scam status."""
    verdict = detector.classify("giveaway! example.org/x")
    assert verdict.flagged
    assert any(r.rule == "scam.link_with_lure" for r in verdict.reasons)


def test_userinfo_trick_flags(detector: Detector) -> None:
    """https://brand@evil.host opens evil.host."""
    verdict = detector.classify("https://discord.com@grabify.link/abc")
    assert verdict.flagged
    assert any(r.rule == "link.userinfo" for r in verdict.reasons)


def test_invisible_characters_in_a_host_are_reported(detector: Detector) -> None:
    """A zero-width character inside a host is itself a disguise."""
    verdict = detector.classify("visit pay\u200bpal-help.com")
    assert any(r.rule == "link.hidden_characters" for r in verdict.reasons)


def test_domain_blocklist_and_allowlist() -> None:
    """Operators can block hosts outright and exempt their own look-alike-looking hosts."""
    det = Detector(
        DetectorSettings(
            domain_blocklist=("bad.example.com",),
            domain_allowlist=("discord-events.example.org",),
        )
    )
    blocked = det.classify("see cdn.bad.example.com/x")
    assert blocked.flagged
    assert any(r.rule == "link.blocklisted" for r in blocked.reasons)
    allowed = det.classify("free nitro raffle at discord-events.example.org")
    assert not any(r.rule.startswith("link.") for r in allowed.reasons)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("discord", "discord", False),
        ("dicsord", "discord", True),  # adjacent swap
        ("discrd", "discord", True),  # deletion
        ("disccord", "discord", True),  # insertion
        ("dixcord", "discord", True),  # substitution
        ("dxxcord", "discord", False),  # two edits
        ("steam", "stream", True),
    ],
)
def test_one_edit_apart(a: str, b: str, expected: bool) -> None:
    """Typo-squat detection accepts exactly one edit (incl. an adjacent swap)."""
    assert one_edit_apart(a, b) is expected


@pytest.mark.parametrize(
    ("text", "host"),
    [
        ("Evri: parcel held, pay the fee at evri-missed-parcel.com", "evri-missed-parcel.com"),
        ("tax rebate of £389 ready at refund-hmrc-portal.com", "refund-hmrc-portal.com"),
        ("NHS covid pass fee, pay at nhs-pass-fee.com", "nhs-pass-fee.com"),
    ],
)
def test_short_brand_names_in_throwaway_hosts_flag(
    detector: Detector, text: str, host: str
) -> None:
    """A short carrier, tax or health brand (evri, hmrc, nhs) as a whole part of a host,
    next to fee, refund or parcel bait, is phishing (detector round 7)."""
    verdict = detector.classify(text)
    assert verdict.flagged, verdict.summary()
    assert any(r.rule == "link.brand_embedded" and host in r.matched for r in verdict.reasons)


def test_short_brand_names_alone_are_a_weak_signal(detector: Detector) -> None:
    """Unions and charities use the name too: "dhl-workers-union.org" is a low signal, and a
    short name inside a longer word ("nhsjobs", "firstsolutions") is not matched at all."""
    reasons = detector.classify("our dhl strike news at dhl-workers-union.org").reasons
    assert [r.severity for r in reasons if r.rule == "link.brand_embedded"] == ["low"]
    for text in ("apply at nhsjobs-archive.org", "see firstsolutions.com"):
        rules = {r.rule for r in detector.classify(text).reasons}
        assert "link.brand_embedded" not in rules, text
