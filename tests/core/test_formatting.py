"""The message builder: plain body and HTML kept in step, every input treated as hostile."""

from __future__ import annotations

import pytest

from contactbot.core.domain.formatting import Message, is_http_url, matrix_to, message, visible

HOSTILE = "<script>alert('x')</script> & \"quoted\" <b>bold</b>"


def test_text_is_html_escaped_and_plain_body_keeps_the_characters() -> None:
    """Markup, ampersands and quotes in text are escaped in formatted_body; the plain body
    shows them literally."""
    msg = message(HOSTILE)
    assert "<script>" not in msg.html
    assert "<b>" not in msg.html
    assert msg.html == (
        "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; &quot;quoted&quot; "
        "&lt;b&gt;bold&lt;/b&gt;"
    )
    assert msg.plain == HOSTILE


@pytest.mark.parametrize("method", ["text", "bold", "italic", "code", "spoiler"])
def test_every_text_method_escapes_markup(method: str) -> None:
    """No builder method lets user text open a tag or an entity of its own."""
    msg = getattr(Message(), method)("<img src=x onerror=alert(1)>&amp;")
    assert "<img" not in msg.html
    assert "&lt;img src=x onerror=alert(1)&gt;&amp;amp;" in msg.html


def test_builder_markup_wraps_escaped_text() -> None:
    """bold/italic/code produce their own tags around the escaped text, plain gets markers."""
    msg = message().bold("<b>").text(" ").italic("i&").text(" ").code("a<b")
    assert msg.html == "<strong>&lt;b&gt;</strong> <em>i&amp;</em> <code>a&lt;b</code>"
    assert msg.plain == "**<b>** _i&_ `a<b`"


@pytest.mark.parametrize(
    "url",
    ["http://example.org/a?b=c", "https://example.org/", "HTTPS://EXAMPLE.ORG/x"],
)
def test_http_urls_become_links(url: str) -> None:
    """http(s) URLs with a host are rendered as <a href>."""
    msg = message().link(url, "the page")
    assert msg.html.startswith('<a href="')
    assert "the page</a>" in msg.html
    assert msg.plain == f"the page ({url})"


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(document.cookie)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox(1)",
        "//evil.example/path",
        "https:///no-host",
        "ftp://example.org/file",
        "https://example.org/\u202egnp.exe",
        "https://example.org/a b",
        "https://example.org/\nb",
        "https://example.org/\tb",
    ],
)
def test_other_urls_are_rendered_as_inert_code(url: str) -> None:
    """Anything but a clean http(s) URL is shown as code, never as a clickable link."""
    assert not is_http_url(url)
    msg = message().link(url, "click me")
    assert "<a " not in msg.html
    assert msg.html.startswith("<code>")
    assert "<script>" not in msg.html
    assert "click me" not in msg.plain


def test_link_href_and_label_cannot_break_out_of_the_attribute() -> None:
    """Quotes and angle brackets in the URL are escaped inside href; the label is escaped."""
    url = 'https://example.org/?q="><script>alert(1)</script>'
    msg = message().link(url, '<i>"label"</i>')
    assert msg.html.startswith('<a href="https://example.org/?q=&quot;&gt;&lt;script&gt;')
    assert msg.html.count('"') == 2  # only the two delimiting the href
    assert "<script>" not in msg.html
    assert "&lt;i&gt;" in msg.html


def test_link_without_label_shows_the_url() -> None:
    """A link without a label shows the URL itself in both bodies."""
    msg = message().link("https://example.org/x")
    assert msg.plain == "https://example.org/x"
    assert msg.html == '<a href="https://example.org/x">https://example.org/x</a>'


def test_user_is_a_matrix_to_link_without_a_ping() -> None:
    """user() links to matrix.to; the content still mentions nobody."""
    msg = message("Ask ").user("@alice:example.org")
    assert (
        msg.html == 'Ask <a href="https://matrix.to/#/@alice:example.org">@alice:example.org</a>'
    )
    assert msg.plain == "Ask @alice:example.org"
    assert msg.content()["m.mentions"] == {}


def test_user_link_percent_encodes_hostile_ids() -> None:
    """Characters that could end the attribute or change the URL are percent-encoded."""
    assert matrix_to('@a"/?#<x>:example.org') == (
        "https://matrix.to/#/@a%22%2F%3F%23%3Cx%3E:example.org"
    )
    msg = message().user('@a"><script>:example.org')
    assert "<script>" not in msg.html
    assert msg.html.count('"') == 2


def test_spoiler_with_and_without_reason() -> None:
    """Spoilers use data-mx-spoiler (with an escaped reason) and ||…|| in the plain body."""
    plain = message().spoiler("secret")
    assert plain.html == "<span data-mx-spoiler>secret</span>"
    assert plain.plain == "||secret||"
    reasoned = message().spoiler("<b>x</b>", reason='slur "warning" <i>')
    assert reasoned.html == (
        '<span data-mx-spoiler="slur &quot;warning&quot; &lt;i&gt;">&lt;b&gt;x&lt;/b&gt;</span>'
    )


def test_spoiler_reason_has_bidi_and_controls_made_visible() -> None:
    """The reason is user-influenced text too: bidi overrides in it are shown, not obeyed."""
    msg = message().spoiler("x", reason="abc\u202edef\x07")
    assert "\u202e" not in msg.html
    assert "\x07" not in msg.html
    assert 'data-mx-spoiler="abc\\u202edef\\u0007"' in msg.html


def test_truncation_applies_to_both_bodies_with_an_ellipsis() -> None:
    """A limit cuts the text to exactly ``limit`` characters, the last being an ellipsis."""
    msg = message().text("abcdefghijklmnop", limit=5)
    assert msg.plain == "abcd…"
    assert msg.html == "abcd…"
    assert message().code("x" * 100, limit=10).plain == "`" + "x" * 9 + "…`"
    assert message().text("short", limit=5).plain == "short"


def test_long_spoilers_and_link_labels_are_truncated() -> None:
    """Spoilers (600) and link labels (200) have built-in limits."""
    assert len(message().spoiler("s" * 5000).plain) == 600 + 4
    msg = message().link("https://example.org/", "L" * 1000)
    assert msg.plain.startswith("L" * 199 + "… (")


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("a\u202eb", "a\\u202eb"),  # right-to-left override
        ("a\u202db", "a\\u202db"),  # left-to-right override
        ("a\u2066b\u2069", "a\\u2066b\\u2069"),  # isolates
        ("a\x00b", "a\\u0000b"),
        ("a\x1bb", "a\\u001bb"),  # ESC
        ("a\x7fb", "a\\u007fb"),  # DEL
        ("a\x85b", "a\\u0085b"),  # C1
        ("a\rb", "a\\u000db"),
    ],
)
def test_control_and_bidi_characters_are_made_visible(raw: str, shown: str) -> None:
    """Characters that reorder or hide text are replaced by visible escapes in both bodies."""
    assert visible(raw) == shown
    msg = message(raw)
    assert msg.plain == shown
    assert msg.html == shown


def test_newlines_tabs_and_ordinary_unicode_are_kept() -> None:
    """Only dangerous characters are touched: newlines, tabs, emoji and RTL letters stay."""
    text = "line 1\nline\t2 🏃 שלום"
    assert visible(text) == text


def test_newline_and_bullets_render_in_both_bodies() -> None:
    """newline() is a line break in plain text and <br> in HTML; trailing breaks are dropped."""
    msg = message().bullet().text("one").newline().line("two").newline()
    assert msg.plain == "• one\ntwo"
    assert msg.html == "• one<br>two"


def test_extend_appends_another_message() -> None:
    """extend() concatenates both bodies."""
    msg = message("a").extend(message().bold("b"))
    assert (msg.plain, msg.html) == ("a**b**", "a<strong>b</strong>")


def test_content_is_a_non_pinging_notice_by_default() -> None:
    """Plain content: m.notice, HTML format, empty m.mentions, optional reply relation."""
    content = message("hi").content(reply_to="$ev")
    assert content == {
        "msgtype": "m.notice",
        "body": "hi",
        "format": "org.matrix.custom.html",
        "formatted_body": "hi",
        "m.mentions": {},
        "m.relates_to": {"m.in_reply_to": {"event_id": "$ev"}},
    }
    assert "m.relates_to" not in message("hi").content()


def test_content_with_mentions_is_a_text_pinging_exactly_those_users() -> None:
    """A deliberate ping is m.text (notices are silenced by push rules) with exactly the IDs."""
    content = message("ping").content(mentions=["@a:example.org", "@b:example.org"])
    assert content["msgtype"] == "m.text"
    assert content["m.mentions"] == {"user_ids": ["@a:example.org", "@b:example.org"]}
    assert "room" not in content["m.mentions"]
