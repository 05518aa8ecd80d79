"""More status sources (issue 16): ``chat.commet.profile_status`` (a plain string) and MSC4440
``m.biography`` / ``gay.fomx.biography`` as tracked fields, with history, moderation texts and
``!status`` display; ``200 {}`` for a single-field fetch means unset."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any

import pytest

from contactbot.app import ContactBot
from contactbot.core.services.gateway import ProfileAnswer
from contactbot.core.storage.database import Database
from contactbot.features.status.domain.fields import BIOGRAPHY, PROFILE_KEYS, PROFILE_STATUS
from contactbot.features.status.domain.status import (
    EMPTY_STATE,
    extract_profile_state,
    state_digest,
    text_to_moderate,
)
from contactbot.features.status.services.polling import FetchOutcome, FetchResult
from contactbot.features.status.services.scheduler import ProfileScheduler
from contactbot.features.status.services.status import StatusChange, StatusService, StatusSettings
from contactbot.features.status.transport.fetcher import ProfileFetcher
from tests.botfactory import make_bot
from tests.fakes import FakeGateway
from tests.features.status.helpers import (
    ALICE,
    BOT_CONFIG,
    DM,
    EVE,
    MOD,
    ROOM,
    bot_joins,
    say,
)

COMMET = "chat.commet.profile_status"


def bio(plain: str, html: str | None = None) -> dict[str, Any]:
    blocks: list[dict[str, str]] = [{"body": plain}]
    if html is not None:
        blocks.insert(0, {"body": html, "mimetype": "text/html"})
    return {"m.text": blocks}


def is_own(user_id: str) -> bool:
    return user_id.startswith("@contactbot")


@pytest.fixture
def service(db: Database) -> StatusService:
    return StatusService(
        db, ProfileScheduler(), StatusSettings(), is_own_user=is_own, now=lambda: datetime.now(UTC)
    )


# -- reading ----------------------------------------------------------------------------------


def test_commet_status_is_a_plain_string_field() -> None:
    """A string under chat.commet.profile_status is the client status, valid, with its text."""
    value = extract_profile_state({COMMET: "Out fishing"}).value("profile_status")
    assert (value.valid, value.text, value.source_key) == (True, "Out fishing", COMMET)


def test_commet_status_that_is_not_a_string_is_malformed_but_read() -> None:
    """A non-string client status is kept, marked malformed, and its strings extracted."""
    value = extract_profile_state({COMMET: {"text": "sneaky"}}).value("profile_status")
    assert not value.valid and value.problem == "expected a string, got object"
    assert value.text is not None and "sneaky" in value.text


def test_biography_reads_every_body_and_the_stable_key_wins() -> None:
    """An MSC4440 bio hands on each distinct body (HTML too); m.biography beats the unstable
    gay.fomx.biography, which is kept as a shadowed value."""
    state = extract_profile_state(
        {"gay.fomx.biography": bio("old"), "m.biography": bio("Hi there", "<b>Hi</b> there")}
    )
    value = state.value("biography")
    assert value.valid and value.source_key == "m.biography"
    assert value.text == "<b>Hi</b> there Hi there"
    assert [v.source_key for v in value.shadowed] == ["gay.fomx.biography"]


def test_biography_of_another_shape_is_malformed_with_its_strings() -> None:
    """A bio that is not a list of m.text blocks is malformed; its strings still reach
    moderation."""
    value = extract_profile_state({"m.biography": "plain words"}).value("biography")
    assert not value.valid and value.text == "plain words"


def test_new_keys_are_in_the_sync_filter_and_cost_no_digest_change() -> None:
    """The new keys are asked for in /sync, and a profile without them keeps its old digest
    (fields are appended to the table, trailing cleared ones left out of the digest)."""
    assert {COMMET, "m.biography", "gay.fomx.biography"} <= set(PROFILE_KEYS)
    plain = extract_profile_state({"m.status": {"text": "x", "emoji": "y"}})
    with_bio = extract_profile_state({"m.status": {"text": "x", "emoji": "y"}, COMMET: "z"})
    assert state_digest(plain) != state_digest(with_bio)
    assert state_digest(EMPTY_STATE) == state_digest(extract_profile_state({}))


def test_texts_to_moderate_cover_the_new_fields() -> None:
    """The client status is labelled as status text of its key, a bio by its key."""
    state = extract_profile_state({COMMET: "buy now", "m.biography": bio("my bio")})
    assert text_to_moderate(state) == ((f"{COMMET}.text", "buy now"), ("m.biography", "my bio"))
    assert PROFILE_STATUS.texts(state.value("profile_status")) == ((f"{COMMET}.text", "buy now"),)
    assert BIOGRAPHY.texts(state.value("biography")) == (("m.biography", "my bio"),)


# -- history and listeners --------------------------------------------------------------------


async def test_changes_of_the_new_fields_are_recorded_and_handed_to_listeners(
    service: StatusService,
) -> None:
    """Setting, changing and clearing a client status and a bio each append history rows, and
    listeners get the texts to moderate (none for a clear)."""
    heard: list[StatusChange] = []

    async def listener(change: StatusChange) -> None:
        heard.append(change)

    service.change_listeners.append(listener)
    await service.observe_profile(EVE, {COMMET: "one", "m.biography": bio("bio one")})
    await service.observe_profile(EVE, {COMMET: "two", "m.biography": bio("bio one")})
    await service.observe_profile(EVE, {"m.biography": bio("bio one")})
    assert [(c.field, c.texts) for c in heard] == [
        ("profile_status", ((f"{COMMET}.text", "one"),)),
        ("biography", (("m.biography", "bio one"),)),
        ("profile_status", ((f"{COMMET}.text", "two"),)),
        ("profile_status", ()),
    ]
    rows = list(reversed(await service.history(EVE, 10)))
    assert [(r.field, r.value, r.previous, r.text) for r in rows] == [
        ("profile_status", "one", None, "one"),
        ("biography", bio("bio one"), None, "bio one"),
        ("profile_status", "two", "one", "two"),
        ("profile_status", None, "two", None),
    ]


# -- fetching one field -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "result", "value"),
    [
        (ProfileAnswer(200, {}), FetchResult.NOT_FOUND, None),
        (ProfileAnswer(200, {"displayname": "E"}), FetchResult.NOT_FOUND, None),
        (ProfileAnswer(200, {"m.biography": None}), FetchResult.NOT_FOUND, None),
        (ProfileAnswer(404, {"errcode": "M_NOT_FOUND"}), FetchResult.NOT_FOUND, None),
        (ProfileAnswer(200, {"m.biography": bio("x")}), FetchResult.OK, bio("x")),
        (ProfileAnswer(404, {"errcode": "M_UNRECOGNIZED"}), FetchResult.FAILED, None),
        (ProfileAnswer(200, ["junk"]), FetchResult.FAILED, None),
        (ProfileAnswer(429, {}, retry_after_ms=500), FetchResult.RATE_LIMITED, None),
    ],
    ids=["200 {}", "200 without it", "200 null", "404", "set", "other 404", "junk", "429"],
)
async def test_a_single_field_fetch_reads_200_without_the_field_as_unset(
    answer: ProfileAnswer, result: FetchResult, value: object
) -> None:
    """``200 {}`` (or a 200 object lacking the field) is unset, exactly like a 404
    M_NOT_FOUND; other 404s and junk stay failures that clear nothing."""
    gateway = FakeGateway()
    gateway.profile_answers[EVE] = answer

    async def sink(*args: object) -> None:
        raise AssertionError("a single-field fetch hands nothing to the sink")

    outcome, got = await ProfileFetcher(gateway, sink).fetch_field(EVE, "m.biography")
    assert outcome.result is result and got == value
    assert gateway.calls[-1] == ("fetch_profile", EVE, "m.biography")
    if result is FetchResult.RATE_LIMITED:
        assert outcome == FetchOutcome.rate_limited(500)


async def test_a_whole_profile_200_empty_clears_the_new_fields(service: StatusService) -> None:
    """A whole-profile ``200 {}`` clears a client status and a bio like a 404 would."""
    gateway = FakeGateway()
    gateway.profiles[EVE] = {COMMET: "here", "m.biography": bio("b")}

    async def store(user: str, profile: Any, at: datetime) -> None:
        await service.observe_profile(user, profile, requested_at=at)

    fetch = ProfileFetcher(gateway, store)
    assert await fetch(EVE) == FetchOutcome.ok()
    gateway.profile_answers[EVE] = ProfileAnswer(200, {})
    assert await fetch(EVE) == FetchOutcome.ok()
    current = await service.current(EVE)
    assert current.state is not None
    assert current.state.value("profile_status").cleared
    assert current.state.value("biography").cleared


# -- !status --------------------------------------------------------------------------------


@pytest.fixture
async def bot(database_url: str) -> AsyncIterator[tuple[ContactBot, FakeGateway]]:
    gateway = FakeGateway()
    bot = make_bot(database_url, gateway, **BOT_CONFIG)
    await bot.start()
    yield bot, gateway
    await bot.stop()


async def test_status_command_shows_client_status_and_bio_in_spoilers(
    bot: tuple[ContactBot, FakeGateway],
) -> None:
    """``!status`` shows the client status and the bio (with the key each came from) inside
    spoilers in a direct chat, lists their history lines, and shows neither when unset."""
    app, gateway = bot
    # Three people: a room of two is a DM, where kick power makes nobody a moderator.
    await bot_joins(app, gateway, ROOM, {MOD: "Mod", EVE: "Eve", ALICE: "Alice"})
    await bot_joins(app, gateway, DM, {MOD: "Mod"})
    profile = {COMMET: "<i>away</i>", "gay.fomx.biography": bio("I like cats")}
    gateway.profiles[EVE] = profile
    assert app.status is not None
    await app.status.observe_profile(EVE, profile)
    reply = await say(app, gateway, f"!status {EVE}", MOD, DM)
    assert f"• Client status `{COMMET}`: ||<i>away</i>||" in reply["body"]
    assert "• Bio `gay.fomx.biography`: ||I like cats||" in reply["body"]
    assert '<span data-mx-spoiler="bio">I like cats</span>' in reply["formatted_body"]
    assert "&lt;i&gt;away&lt;/i&gt;" in reply["formatted_body"]
    history = await say(app, gateway, f"!status history {EVE}", MOD, DM)
    assert "profile_status · poll: ||<i>away</i>||" in history["body"]
    assert "biography · poll: ||I like cats|| (`gay.fomx.biography`)" in history["body"]
    await app.status.observe_profile(EVE, {})
    cleared = await say(app, gateway, f"!status {EVE}", MOD, DM)
    assert "Client status" not in cleared["body"] and "Bio" not in cleared["body"]
