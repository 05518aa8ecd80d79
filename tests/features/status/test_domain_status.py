"""Reading MSC4426 statuses out of profiles: shapes, precedence, limits, change detection."""

from __future__ import annotations

import json

import pytest

from contactbot.core.domain.jsonsafe import canonical_json
from contactbot.features.status.domain.status import (
    CALL_KEYS,
    EMPTY_STATE,
    EXTRACT_MAX_BYTES,
    MAX_RAW_BYTES,
    STATUS_KEYS,
    TRUNCATED_KEY,
    JsonValue,
    apply_profile_updates,
    diff,
    extract_profile_state,
    text_to_moderate,
)

GOOD: dict[str, JsonValue] = {"text": "On holiday", "emoji": "🌴"}


def status_of(value: object, key: str = "m.status") -> object:
    return extract_profile_state({key: value}).status


# -- well-formed values ---------------------------------------------------------------------


def test_valid_status_exposes_text_emoji_and_source() -> None:
    """A {text, emoji} object of strings within limits is valid and read as-is."""
    status = extract_profile_state({"m.status": GOOD}).status
    assert status.valid and status.problem is None
    assert (status.text, status.emoji, status.source_key) == ("On holiday", "🌴", "m.status")
    assert status.raw == GOOD
    assert not status.cleared


@pytest.mark.parametrize("key", STATUS_KEYS)
def test_every_status_key_is_read(key: str) -> None:
    """Stable, unstable and early-draft status keys are all recognised."""
    status = extract_profile_state({key: GOOD}).status
    assert status.valid and status.source_key == key and status.text == "On holiday"


def test_extra_status_fields_do_not_invalidate() -> None:
    """Unknown extra fields in m.status are tolerated (future extensions) and kept in raw."""
    status = extract_profile_state({"m.status": {**GOOD, "org.example.colour": "red"}}).status
    assert status.valid
    assert isinstance(status.raw, dict) and status.raw["org.example.colour"] == "red"


def test_text_at_exactly_256_bytes_is_valid() -> None:
    """The 256-byte text limit is inclusive and counted in UTF-8 bytes."""
    text = "é" * 128  # 2 bytes each
    assert status_of({"text": text, "emoji": "🌴"}).valid  # type: ignore[attr-defined]


def test_multi_codepoint_emoji_within_32_bytes_is_valid() -> None:
    """Several emoji, or a ZWJ sequence, are allowed while the field stays within 32 bytes."""
    family = "🧑‍🚒🧑‍🚒"  # two ZWJ sequences, 22 bytes
    status = extract_profile_state({"m.status": {"text": "x", "emoji": family}}).status
    assert status.valid and status.emoji == family


# -- precedence -----------------------------------------------------------------------------


def test_stable_key_wins_over_unstable_and_draft() -> None:
    """With several status keys set, m.status wins; the others are kept as shadowed values."""
    state = extract_profile_state(
        {
            "org.msc4426.status": {"text": "draft", "emoji": "1"},
            "org.matrix.msc4426.status": {"text": "unstable", "emoji": "2"},
            "m.status": {"text": "stable", "emoji": "3"},
        }
    )
    assert state.status.text == "stable" and state.status.source_key == "m.status"
    assert [s.source_key for s in state.status.shadowed] == [
        "org.matrix.msc4426.status",
        "org.msc4426.status",
    ]


def test_unstable_wins_over_draft_when_stable_absent() -> None:
    """Without m.status, org.matrix.msc4426.status beats the early-draft org.msc4426.status."""
    state = extract_profile_state(
        {
            "org.msc4426.status": {"text": "draft", "emoji": "1"},
            "org.matrix.msc4426.status": {"text": "unstable", "emoji": "2"},
        }
    )
    assert state.status.source_key == "org.matrix.msc4426.status"


def test_null_stable_key_does_not_hide_unstable_value() -> None:
    """A null m.status counts as unset, so a non-null unstable value is the status."""
    state = extract_profile_state({"m.status": None, "org.matrix.msc4426.status": GOOD})
    assert state.status.source_key == "org.matrix.msc4426.status"
    assert state.status.text == "On holiday"


def test_invalid_stable_value_still_wins_precedence() -> None:
    """Precedence is by key, not validity: a malformed m.status beats a valid unstable one."""
    state = extract_profile_state({"m.status": "junk", "org.matrix.msc4426.status": GOOD})
    assert state.status.source_key == "m.status" and not state.status.valid
    assert state.status.shadowed[0].valid


@pytest.mark.parametrize("key", CALL_KEYS)
def test_every_call_key_is_read(key: str) -> None:
    """Stable, unstable and early-draft call keys are all recognised."""
    call = extract_profile_state({key: {"call_joined_ts": 1770140640}}).call
    assert call.in_call and call.source_key == key and call.joined_ts == 1770140640


def test_stable_call_key_wins() -> None:
    """With several call keys set, m.call wins."""
    state = extract_profile_state(
        {"org.matrix.msc4426.call": {"call_joined_ts": 1}, "m.call": {"call_joined_ts": 2}}
    )
    assert state.call.joined_ts == 2 and len(state.call.shadowed) == 1


# -- cleared --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "profile",
    [None, {}, {"m.status": None}, {"m.status": None, "org.matrix.msc4426.status": None}],
    ids=["404", "absent", "null", "all-null"],
)
def test_cleared_forms(profile: dict[str, object] | None) -> None:
    """A 404 (None), an absent key and null all mean the status is cleared."""
    state = extract_profile_state(profile)
    assert state.status.cleared and state.status.valid
    assert state.canonical("status") is None
    assert not state.call.in_call and state.canonical("call") is None


def test_404_equals_absent_fields_for_change_detection() -> None:
    """A 404 and a profile without tracked fields compare equal, so no change is reported."""
    assert (
        diff(extract_profile_state(None), extract_profile_state({"avatar_url": "mxc://x"})) == []
    )


# -- malformed shapes -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "problem", "text"),
    [
        ("AFK", "expected an object, got string", "AFK"),
        (42, "expected an object, got number", None),
        (4.5, "expected an object, got number", None),
        (True, "expected an object, got boolean", None),
        (["busy", "🌴"], "expected an object, got array", "busy 🌴"),
        ({"text": "hi"}, "'emoji' is missing", "hi"),
        ({"emoji": "🌴"}, "'text' is missing", None),
        ({"text": 7, "emoji": "🌴"}, "'text' is number, not a string", None),
        ({"text": "hi", "emoji": ["🌴"]}, "'emoji' is array, not a string", "hi"),
        ({"text": None, "emoji": "🌴"}, "'text' is null, not a string", None),
        ({"text": {"nested": "deep words"}, "emoji": "x"}, "'text' is object", "nested deep"),
        ({"text": 1, "emoji": "x", "note": "hidden words"}, "'text' is number", "note hidden"),
    ],
    ids=[
        "string",
        "int",
        "float",
        "bool",
        "list",
        "no-emoji",
        "no-text",
        "text-number",
        "emoji-list",
        "text-null",
        "text-object",
        "text-number-extra-field",
    ],
)
def test_malformed_status_is_invalid_kept_raw_and_text_extracted(
    value: object, problem: str, text: str | None
) -> None:
    """Any wrong shape is marked invalid with a reason, stored raw, and its strings extracted."""
    status = extract_profile_state({"m.status": value}).status
    assert not status.valid
    assert status.problem is not None and problem in status.problem
    assert status.raw == value
    if text is None:
        assert status.text is None
    else:
        assert status.text is not None and status.text.startswith(text)


def test_over_long_text_and_emoji_are_invalid_but_readable() -> None:
    """Text over 256 bytes and emoji over 32 bytes are invalid; both problems are named."""
    status = extract_profile_state({"m.status": {"text": "a" * 257, "emoji": "🌴" * 9}}).status
    assert not status.valid
    assert status.problem is not None
    assert "'text' is 257 bytes; the limit is 256" in status.problem
    assert "'emoji' is 36 bytes; the limit is 32" in status.problem
    assert status.text == "a" * 257


def test_huge_value_is_stored_as_digest_and_text_bounded() -> None:
    """A value past 64 KiB is replaced by a digest in raw; extracted text stays bounded."""
    status = extract_profile_state({"m.status": {"text": "spam " * 40_000, "emoji": "x"}}).status
    assert not status.valid and status.problem is not None and "digest" in status.problem
    assert isinstance(status.raw, dict) and TRUNCATED_KEY in status.raw
    assert len(canonical_json(status.raw).encode()) < MAX_RAW_BYTES
    assert status.text is not None and len(status.text.encode()) <= EXTRACT_MAX_BYTES
    assert status.text.startswith("spam spam")


def test_huge_values_that_differ_only_at_the_end_still_differ() -> None:
    """The digest covers the whole value, so a change past the preview is still a change."""
    a = extract_profile_state({"m.status": {"text": "x" * 100_000 + "a", "emoji": ""}})
    b = extract_profile_state({"m.status": {"text": "x" * 100_000 + "b", "emoji": ""}})
    assert a.canonical("status") != b.canonical("status")


def test_deep_nesting_is_cut_without_recursion_error() -> None:
    """Pathologically deep JSON is cut at the depth limit instead of raising."""
    deep: list[object] = []
    node = deep
    for _ in range(50_000):
        child: list[object] = ["word"]
        node.append(child)
        node = child
    status = extract_profile_state({"m.status": deep}).status
    assert not status.valid and status.problem is not None and "deeper" in status.problem
    assert status.text is not None and status.text.startswith("word")


def test_wide_values_are_cut_at_the_node_budget() -> None:
    """An object with a huge number of members is cut, not walked forever."""
    status = extract_profile_state({"m.status": {f"k{i}": i for i in range(50_000)}}).status
    assert not status.valid and status.problem is not None and "JSON values" in status.problem


def test_lone_surrogates_and_nul_are_replaced_and_flagged() -> None:
    """Strings PostgreSQL/UTF-8 cannot hold are made storable and the value marked invalid."""
    status = extract_profile_state({"m.status": {"text": "a\ud800b\x00c", "emoji": "🌴"}}).status
    assert not status.valid and status.problem is not None and "Unicode" in status.problem
    assert status.text == "a\ufffdb\ufffdc"
    canonical_json(status.raw).encode("utf-8")  # must not raise


def test_non_finite_and_huge_numbers_become_storable() -> None:
    """NaN/Infinity (Python's json accepts them) and giant ints are turned into strings."""
    status = extract_profile_state({"m.status": [float("nan"), float("inf"), 10**5000]}).status
    assert status.raw == ["nan", "inf", "<integer too large>"]
    json.loads(canonical_json(status.raw))


def test_non_json_python_objects_do_not_raise() -> None:
    """Tuples, sets and non-string keys (only possible from code, not JSON) are tolerated."""
    status = extract_profile_state({"m.status": {1: ("a", "b"), "s": {1, 2}}}).status
    assert status.raw == {"1": ["a", "b"], "s": "<set>"}


def test_control_and_bidi_characters_are_noted_but_valid() -> None:
    """Control and bidi formatting characters are legal but noted for moderators."""
    status = extract_profile_state({"m.status": {"text": "evil\u202eexe.txt\n", "emoji": "🌴"}})
    assert status.status.valid
    assert status.status.notes == ("control-characters", "bidi-controls")


def test_non_mapping_profile_is_treated_as_empty() -> None:
    """A profile body that is not an object at all yields an all-cleared state."""
    assert extract_profile_state(["junk"]) == EMPTY_STATE  # type: ignore[arg-type]


def test_displayname_non_string_is_flagged_and_text_extracted() -> None:
    """A display name that is not a string is reported with the strings it contains."""
    state = extract_profile_state({"displayname": {"a": "Mallory"}})
    assert state.displayname_problem == "expected a string, got object"
    assert state.displayname == "a Mallory"


# -- m.call ---------------------------------------------------------------------------------


def test_call_seconds_kept() -> None:
    """call_joined_ts in seconds (as MSC4426 says) is kept and labelled as seconds."""
    call = extract_profile_state({"m.call": {"call_joined_ts": 1770140640}}).call
    assert call.valid and call.joined_ts == 1770140640 and call.ts_unit == "s"


def test_call_milliseconds_normalised_to_seconds() -> None:
    """A millisecond call_joined_ts is detected by magnitude and normalised to seconds."""
    call = extract_profile_state({"m.call": {"call_joined_ts": 1719500000123}}).call
    assert call.valid and call.joined_ts == 1719500000 and call.ts_unit == "ms"
    assert call.raw == {"call_joined_ts": 1719500000123}


def test_call_without_timestamp_means_in_call() -> None:
    """An empty m.call object is valid: the user is in a call, start time unknown."""
    call = extract_profile_state({"m.call": {}}).call
    assert call.valid and call.in_call and call.joined_ts is None


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ({"call_joined_ts": "1770140640"}, "not a number"),
        ({"call_joined_ts": True}, "not a number"),
        ({"call_joined_ts": -5}, "negative"),
        ({"call_joined_ts": 10**15}, "plausible"),
        ({"call_joined_ts": float("inf")}, "not a number"),
        ("in a call", "expected an object"),
    ],
)
def test_malformed_call_is_invalid(value: object, problem: str) -> None:
    """Wrong call_joined_ts types or magnitudes are invalid, with the reason named."""
    call = extract_profile_state({"m.call": value}).call
    assert not call.valid and call.joined_ts is None
    assert call.problem is not None and problem in call.problem


# -- change detection -----------------------------------------------------------------------


def test_unchanged_profile_gives_no_changes() -> None:
    """Two equal observations produce no FieldChange."""
    profile = {"displayname": "Alice", "m.status": GOOD, "m.call": {"call_joined_ts": 5}}
    assert diff(extract_profile_state(profile), extract_profile_state(dict(profile))) == []


def test_key_order_does_not_create_changes() -> None:
    """Object key order (at any depth) is irrelevant to change detection."""
    a = extract_profile_state({"m.status": {"text": "t", "emoji": "e", "x": {"p": 1, "q": 2}}})
    b = extract_profile_state({"m.status": {"x": {"q": 2, "p": 1}, "emoji": "e", "text": "t"}})
    assert diff(a, b) == []


def test_first_observation_reports_only_set_fields() -> None:
    """Against no previous state, only keys that hold a value are reported as changes."""
    changes = diff(None, extract_profile_state({"displayname": "Alice", "m.status": GOOD}))
    assert [c.key for c in changes] == ["displayname", "status"]
    assert changes[1].old_raw is None and changes[1].new_raw == GOOD
    assert changes[1].source_key == "m.status" and changes[1].valid


def test_status_change_is_reported_with_old_and_new() -> None:
    """A changed status text yields one status change carrying both raw values."""
    before = extract_profile_state({"m.status": GOOD})
    after = extract_profile_state({"m.status": {"text": "Back", "emoji": "👋"}})
    (change,) = diff(before, after)
    assert change.key == "status" and change.old_raw == GOOD
    assert change.new_raw == {"text": "Back", "emoji": "👋"}
    assert change.old_canonical == canonical_json({"m.status": GOOD})


def test_clearing_is_a_change_with_no_new_value() -> None:
    """Going from a status to null reports a change whose new value is cleared."""
    (change,) = diff(extract_profile_state({"m.status": GOOD}), extract_profile_state(None))
    assert change.cleared and change.new_raw is None and change.source_key is None


def test_change_in_shadowed_key_only_is_still_a_change() -> None:
    """Element shows the unstable key: changing it under an unchanged m.status is recorded."""
    before = extract_profile_state({"m.status": GOOD, "org.matrix.msc4426.status": GOOD})
    after = extract_profile_state(
        {"m.status": GOOD, "org.matrix.msc4426.status": {"text": "bad", "emoji": "x"}}
    )
    (change,) = diff(before, after)
    assert change.old_raw == change.new_raw == GOOD
    assert change.old_canonical != change.new_canonical


def test_moving_between_keys_with_same_content_is_a_change() -> None:
    """Moving a status from the unstable to the stable key changes what is stored."""
    before = extract_profile_state({"org.matrix.msc4426.status": GOOD})
    after = extract_profile_state({"m.status": GOOD})
    (change,) = diff(before, after)
    assert change.source_key == "m.status"


def test_invalid_change_carries_problem() -> None:
    """A change to a malformed value reports valid=False and the problem."""
    (change,) = diff(None, extract_profile_state({"m.status": 3}))
    assert not change.valid and change.problem == "expected an object, got number"


def test_call_seconds_vs_ms_is_a_raw_change() -> None:
    """History follows the stored value, so re-sending the same time in ms is a change."""
    a = extract_profile_state({"m.call": {"call_joined_ts": 1719500000}})
    b = extract_profile_state({"m.call": {"call_joined_ts": 1719500000000}})
    assert a.call.joined_ts == b.call.joined_ts
    assert [c.key for c in diff(a, b)] == ["call"]


# -- merging sync updates, moderation text ----------------------------------------------------


def test_apply_profile_updates_replaces_and_removes() -> None:
    """MSC4429 updates replace whole values and null removes the key; other keys stay."""
    base: dict[str, JsonValue] = {"displayname": "A", "m.status": GOOD, "m.call": {}}
    merged = apply_profile_updates(
        base, {"m.status": {"text": "new", "emoji": "x"}, "m.call": None}
    )
    assert merged == {"displayname": "A", "m.status": {"text": "new", "emoji": "x"}}
    assert base["m.call"] == {}  # the input is not modified


def test_to_profile_round_trips_through_extraction() -> None:
    """A state's tracked fields re-extract to an equal state (used to merge sync updates)."""
    state = extract_profile_state(
        {"displayname": "A", "m.status": GOOD, "org.msc4426.status": "x", "m.call": {}}
    )
    assert extract_profile_state(state.to_profile()) == state


def test_text_to_moderate_covers_name_status_and_shadowed_values() -> None:
    """Moderation sees the display name, the status text and emoji, and shadowed statuses."""
    state = extract_profile_state(
        {
            "displayname": "Mallory",
            "m.status": GOOD,
            "org.matrix.msc4426.status": {"text": "hidden slur", "emoji": "🌴"},
            "m.call": {"call_joined_ts": "call me at evil.example"},
        }
    )
    assert text_to_moderate(state) == (
        ("displayname", "Mallory"),
        ("m.status.text", "On holiday"),
        ("m.status.emoji", "🌴"),
        ("org.matrix.msc4426.status.text", "hidden slur"),
        ("m.call", "call_joined_ts call me at evil.example"),
    )


def test_text_to_moderate_of_junk_status_is_bounded() -> None:
    """Text extracted from a malformed status never exceeds the extraction bound."""
    state = extract_profile_state({"m.status": ["word " * 10_000]})
    ((label, text),) = text_to_moderate(state)
    assert label == "m.status.text" and len(text.encode()) <= EXTRACT_MAX_BYTES


def test_text_to_moderate_of_empty_profile_is_empty() -> None:
    """Nothing set means nothing to moderate."""
    assert text_to_moderate(EMPTY_STATE) == ()
