"""MSC4429 profile updates in /sync: extraction, the filter, support detection, the watcher."""

from __future__ import annotations

import json
import random
from collections.abc import Mapping

import pytest

from contactbot.features.status.domain.status import (
    PROFILE_KEYS,
    apply_profile_updates,
    diff,
    extract_profile_state,
)
from contactbot.features.status.services.sync import (
    FILTER_KEY,
    UNSTABLE_FILTER_KEY,
    ProfileSyncWatcher,
    ProfileUpdate,
    build_sync_filter,
    decide_sync_support,
    extract_profile_updates,
)

STATUS = {"text": "On holiday", "emoji": "🌴"}


# -- extraction -----------------------------------------------------------------------------


def test_unstable_shape_is_extracted() -> None:
    """org.matrix.msc4429.users entries become (user_id, fields) pairs."""
    body = {
        "next_batch": "s2",
        "org.matrix.msc4429.users": {
            "@alice:example.org": {"profile_updates": {"m.status": STATUS}},
        },
    }
    assert extract_profile_updates(body) == [
        ProfileUpdate("@alice:example.org", {"m.status": STATUS})
    ]


def test_stable_shape_is_extracted() -> None:
    """The stable top-level users key is read the same way."""
    body = {"users": {"@bob:example.org": {"profile_updates": {"m.call": None}}}}
    ((user_id, fields),) = extract_profile_updates(body)
    assert user_id == "@bob:example.org" and fields == {"m.call": None}


def test_both_shapes_merge_with_stable_winning_per_field() -> None:
    """A user present under both keys gets the union, the stable value winning a clash."""
    body = {
        "org.matrix.msc4429.users": {
            "@a:x": {"profile_updates": {"m.status": {"text": "old", "emoji": ""}, "m.call": {}}}
        },
        "users": {"@a:x": {"profile_updates": {"m.status": STATUS}}},
    }
    assert extract_profile_updates(body) == [
        ProfileUpdate("@a:x", {"m.status": STATUS, "m.call": {}})
    ]


def test_null_profile_updates_means_stop_tracking() -> None:
    """profile_updates: null (no shared room any more) is passed on as fields=None."""
    body = {"org.matrix.msc4429.users": {"@gone:x": {"profile_updates": None}}}
    assert extract_profile_updates(body) == [ProfileUpdate("@gone:x", None)]


def test_null_field_value_is_kept_as_removal() -> None:
    """A field set to null inside profile_updates stays null (the field was removed)."""
    body = {"org.matrix.msc4429.users": {"@a:x": {"profile_updates": {"m.status": None}}}}
    assert extract_profile_updates(body)[0].fields == {"m.status": None}


@pytest.mark.parametrize(
    "users",
    [
        "not an object",
        ["@a:x"],
        {"not-a-user-id": {"profile_updates": {"m.status": STATUS}}},
        {"@a:x": "junk"},
        {"@a:x": {}},
        {"@a:x": {"profile_updates": ["m.status"]}},
    ],
    ids=["string", "list", "bad-user-id", "entry-string", "no-profile-updates", "updates-list"],
)
def test_malformed_entries_are_skipped(users: object) -> None:
    """Junk in the users map is skipped without raising."""
    assert extract_profile_updates({"org.matrix.msc4429.users": users}) == []


def test_body_without_profile_updates_gives_nothing() -> None:
    """A /sync body from a server without MSC4429 yields no updates."""
    assert extract_profile_updates({"next_batch": "s1", "rooms": {}}) == []


def test_ignored_user_is_left_out() -> None:
    """The watcher's own profile updates (servers MUST send them) can be dropped."""
    body = {
        "users": {
            "@contactbot_watcher:x": {"profile_updates": {"displayname": "w"}},
            "@a:x": {"profile_updates": {"displayname": "A"}},
        }
    }
    updates = extract_profile_updates(body, ignore=["@contactbot_watcher:x"])
    assert [u.user_id for u in updates] == ["@a:x"]


def test_update_merges_into_stored_profile_for_diffing() -> None:
    """An update applied to the stored profile yields only the real change when diffed."""
    stored = extract_profile_state({"displayname": "A", "m.status": STATUS})
    (update,) = extract_profile_updates(
        {"users": {"@a:x": {"profile_updates": {"m.status": None, "displayname": "A"}}}}
    )
    assert update.fields is not None
    current = extract_profile_state(apply_profile_updates(stored.to_profile(), update.fields))
    assert [c.key for c in diff(stored, current)] == ["status"]


# -- filter and support ---------------------------------------------------------------------


def test_filter_requests_every_tracked_key_under_both_names() -> None:
    """The filter asks for display name, status and call keys under both filter key names."""
    body = build_sync_filter()
    assert body[UNSTABLE_FILTER_KEY] == {"ids": list(PROFILE_KEYS)}
    assert body[FILTER_KEY] == {"ids": list(PROFILE_KEYS)}
    assert "m.status" in PROFILE_KEYS and "org.matrix.msc4426.status" in PROFILE_KEYS
    json.dumps(body)


def test_minimal_filter_drops_timeline_and_state_but_not_rooms() -> None:
    """The watcher asks for no events, yet keeps its rooms (updates depend on them)."""
    body = build_sync_filter(["m.status"], stable=False)
    room = body["room"]
    assert isinstance(room, dict)
    assert room["timeline"]["types"] == [] and room["state"] == {"types": []}
    assert "rooms" not in room and "not_rooms" not in room
    assert FILTER_KEY not in body and body[UNSTABLE_FILTER_KEY] == {"ids": ["m.status"]}


def test_filter_can_be_profile_only() -> None:
    """minimal=False sends only the profile field selection."""
    assert build_sync_filter(["m.status"], minimal=False, stable=False) == {
        UNSTABLE_FILTER_KEY: {"ids": ["m.status"]}
    }


@pytest.mark.parametrize(
    ("versions", "mode", "enabled", "stable"),
    [
        ({"unstable_features": {"org.matrix.msc4429": True}}, "auto", True, False),
        ({"unstable_features": {"org.matrix.msc4429.stable": True}}, "auto", True, True),
        ({"unstable_features": {"org.matrix.msc4429": False}}, "auto", False, False),
        ({"versions": ["v1.15"]}, "auto", False, False),
        (None, "auto", False, False),
        ({"unstable_features": "junk"}, "auto", False, False),
        ({}, "on", True, False),
        ({"unstable_features": {"org.matrix.msc4429": True}}, "off", False, False),
    ],
    ids=["unstable", "stable", "flag-false", "no-flags", "no-versions", "junk", "on", "off"],
)
def test_support_decision(
    versions: Mapping[str, object] | None, mode: str, enabled: bool, stable: bool
) -> None:
    """auto follows the /versions flag; on and off override it."""
    support = decide_sync_support(versions, mode)  # type: ignore[arg-type]
    assert (support.enabled, support.stable) == (enabled, stable) and support.reason


def test_support_decision_rejects_unknown_mode() -> None:
    """A mode other than auto/on/off is a config error."""
    with pytest.raises(ValueError, match="auto, on or off"):
        decide_sync_support({}, "yes")  # type: ignore[arg-type]


# -- the watcher ----------------------------------------------------------------------------


class ScriptedTransport:
    """Answers /sync from a script; an Exception in the script is raised instead."""

    def __init__(self, answers: list[Mapping[str, object] | Exception]) -> None:
        self.answers = answers
        self.calls: list[tuple[str | None, int]] = []
        self.filters: list[str] = []

    async def sync(
        self, *, since: str | None, filter_json: str, timeout_ms: int
    ) -> Mapping[str, object]:
        self.calls.append((since, timeout_ms))
        self.filters.append(filter_json)
        answer = self.answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer


def batch(token: str, **users: dict[str, object] | None) -> dict[str, object]:
    return {
        "next_batch": token,
        "org.matrix.msc4429.users": {
            f"@{name}:x": {"profile_updates": fields} for name, fields in users.items()
        },
    }


async def test_watcher_starts_with_initial_sync_then_long_polls() -> None:
    """The first sync has no since and no wait; later ones pass next_batch and long-poll."""
    received: list[tuple[list[ProfileUpdate], str]] = []

    async def sink(updates: list[ProfileUpdate], token: str) -> None:
        received.append((updates, token))

    transport = ScriptedTransport([batch("s1", a={"m.status": STATUS}), batch("s2")])
    watcher = ProfileSyncWatcher(transport, sink, timeout_ms=25_000)
    await watcher.sync_once()
    await watcher.sync_once()
    assert transport.calls == [(None, 0), ("s1", 25_000)]
    assert received == [([ProfileUpdate("@a:x", {"m.status": STATUS})], "s1")]
    assert watcher.since == "s2"
    sent_filter = json.loads(transport.filters[0])
    assert sent_filter[UNSTABLE_FILTER_KEY]["ids"] == list(PROFILE_KEYS)


async def test_watcher_does_not_advance_when_sink_fails() -> None:
    """If the sink raises, since stays put so the same batch is delivered again."""
    calls = 0

    async def sink(updates: list[ProfileUpdate], token: str) -> None:
        nonlocal calls
        calls += 1
        if calls == 1:
            raise RuntimeError("database down")

    transport = ScriptedTransport([batch("s1", a={"m.status": STATUS})] * 2)
    watcher = ProfileSyncWatcher(transport, sink, since="s0")
    with pytest.raises(RuntimeError):
        await watcher.sync_once()
    assert watcher.since == "s0"
    await watcher.sync_once()
    assert watcher.since == "s1" and calls == 2


async def test_watcher_rejects_body_without_next_batch() -> None:
    """A /sync answer with no next_batch is an error, not a silent restart from scratch."""

    async def sink(updates: list[ProfileUpdate], token: str) -> None:
        raise AssertionError("not called")

    watcher = ProfileSyncWatcher(ScriptedTransport([{"users": {}}]), sink, since="s5")
    with pytest.raises(ValueError, match="next_batch"):
        await watcher.sync_once()
    assert watcher.since == "s5"


async def test_watcher_run_backs_off_on_errors_and_recovers() -> None:
    """run() retries failed syncs with growing jittered delays and resets after a success."""
    sleeps: list[float] = []
    delivered: list[str] = []

    async def sink(updates: list[ProfileUpdate], token: str) -> None:
        delivered.append(token)
        if token == "s2":
            watcher.stop()

    async def fake_sleep(seconds: float) -> None:
        sleeps.append(seconds)

    transport = ScriptedTransport(
        [
            OSError("connection refused"),
            OSError("connection refused"),
            batch("s1", a={"m.status": STATUS}),
            OSError("reset"),
            batch("s2", b={"m.call": {}}),
        ]
    )
    watcher = ProfileSyncWatcher(
        transport, sink, backoff_base=1.0, sleep=fake_sleep, rng=random.Random(3)
    )
    await watcher.run()
    assert delivered == ["s1", "s2"]
    assert 0.5 <= sleeps[0] <= 1.0 and 1.0 <= sleeps[1] <= 2.0
    assert 0.5 <= sleeps[2] <= 1.0  # reset after the success
    assert watcher.failures == 0


async def test_watcher_drops_its_own_updates() -> None:
    """self_user_id keeps the watcher's own profile out of the sink."""
    received: list[ProfileUpdate] = []

    async def sink(updates: list[ProfileUpdate], token: str) -> None:
        received.extend(updates)

    transport = ScriptedTransport([batch("s1", contactbot_watcher={"displayname": "w"})])
    watcher = ProfileSyncWatcher(transport, sink, self_user_id="@contactbot_watcher:x")
    assert await watcher.sync_once() == [] and received == []
    assert watcher.since == "s1"
