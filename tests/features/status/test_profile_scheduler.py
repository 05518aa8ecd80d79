"""The profile polling scheduler: sweep spreading, bumps, budgets, backoff, the run loop."""

from __future__ import annotations

import asyncio
import random
from collections import Counter

import pytest

from contactbot.features.status.services.polling import (
    FetchOutcome,
    FetchResult,
    PollSettings,
)
from contactbot.features.status.services.scheduler import ProfileScheduler


class FakeClock:
    def __init__(self, now: float = 1000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class RecordingMetrics:
    def __init__(self) -> None:
        self.started: list[str] = []
        self.finished: list[tuple[str, FetchResult]] = []
        self.backoffs: list[tuple[str, float, FetchResult]] = []
        self.bumps: list[tuple[str, bool]] = []

    def fetch_started(self, server: str) -> None:
        self.started.append(server)

    def fetch_finished(self, server: str, result: FetchResult, seconds: float) -> None:
        self.finished.append((server, result))

    def server_backoff(self, server: str, seconds: float, result: FetchResult) -> None:
        self.backoffs.append((server, seconds, result))

    def bumped(self, reason: str, accepted: bool) -> None:
        self.bumps.append((reason, accepted))


UNLIMITED = {
    "per_server_rps": 0,
    "global_rps": 0,
    "max_in_flight": 0,
    "per_server_max_in_flight": 0,
}


def make(
    clock: FakeClock | None = None, metrics: RecordingMetrics | None = None, **settings: object
) -> tuple[ProfileScheduler, FakeClock]:
    clock = clock or FakeClock()
    merged = {"interval": 100.0, "stale_after": 30.0, **UNLIMITED, **settings}
    scheduler = ProfileScheduler(
        PollSettings.from_mapping(merged), clock=clock, rng=random.Random(7), metrics=metrics
    )
    return scheduler, clock


def users(server: str, count: int) -> list[str]:
    return [f"@u{i}:{server}" for i in range(count)]


def drain(scheduler: ProfileScheduler, outcome: FetchOutcome | None = None) -> list[str]:
    """Dispatch everything ready now and complete it with ``outcome`` (default OK)."""
    batch = scheduler.next_batch()
    for user_id in batch:
        scheduler.complete(user_id, outcome or FetchOutcome.ok())
    return batch


def fetch_everyone_once(scheduler: ProfileScheduler, clock: FakeClock, span: float) -> None:
    for _ in range(int(span) + 1):
        drain(scheduler)
        clock.advance(1)


# -- settings -------------------------------------------------------------------------------


def test_settings_defaults_are_bounded() -> None:
    """Defaults poll every 15 minutes under finite budgets."""
    s = PollSettings()
    assert s.interval == 900 and s.per_server_rps and s.global_rps and s.max_in_flight


def test_settings_from_mapping_unknown_key_is_named() -> None:
    """An unknown key raises ValueError naming it."""
    with pytest.raises(ValueError, match=r"^intervall: unknown"):
        PollSettings.from_mapping({"intervall": 60})


def test_settings_zero_means_unlimited() -> None:
    """0 (or null) for a budget means no limit, stored as None."""
    s = PollSettings.from_mapping({"per_server_rps": 0, "global_rps": None, "max_in_flight": 0})
    assert s.per_server_rps is None and s.global_rps is None and s.max_in_flight is None


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"interval": 0}, "^interval: must be more than 0"),
        ({"interval": "15m"}, "^interval: must be a number"),
        ({"stale_after": True}, "^stale_after: must be a number"),
        ({"backoff_max": -1}, "^backoff_max: must be a finite number"),
        ({"max_in_flight": 2.5}, "^max_in_flight: must be a whole number"),
        ({"interval": None}, "^interval: must be a number"),
        ({"sweep_jitter": 1}, "^sweep_jitter:"),
    ],
)
def test_settings_bad_values_are_named(data: dict[str, object], message: str) -> None:
    """A wrong type or range raises ValueError naming the key."""
    with pytest.raises(ValueError, match=message):
        PollSettings.from_mapping(data)


def test_fetch_outcome_from_status() -> None:
    """HTTP statuses map to results: 2xx ok, 404 cleared, 429 limited, 5xx server, else user."""
    assert FetchOutcome.from_status(200).result is FetchResult.OK
    assert FetchOutcome.from_status(404).result is FetchResult.NOT_FOUND
    assert FetchOutcome.from_status(429, 500) == FetchOutcome.rate_limited(500)
    assert FetchOutcome.from_status(502).result is FetchResult.SERVER_ERROR
    assert FetchOutcome.from_status(403).result is FetchResult.FAILED


# -- sweep ----------------------------------------------------------------------------------


def test_first_sweep_is_spread_over_the_interval() -> None:
    """Users tracked together are fetched spread across one interval, not as one herd."""
    scheduler, clock = make(sweep_jitter=0)
    for user_id in users("a.example", 1000):
        scheduler.track(user_id)
    per_window: Counter[int] = Counter()
    fetched: list[str] = []
    for second in range(101):
        batch = drain(scheduler)
        per_window[min(second, 99) // 10] += len(batch)
        fetched += batch
        clock.advance(1)
    assert sorted(fetched) == sorted(users("a.example", 1000))
    # 100 expected per 10 s window; a herd would put them all in the first.
    assert all(50 <= n <= 150 for n in per_window.values()), per_window


def test_next_fetch_comes_one_interval_later_within_jitter() -> None:
    """After a fetch, each user is due again after interval × (1 ± sweep_jitter)."""
    scheduler, clock = make(sweep_jitter=0.1)
    for user_id in users("a.example", 200):
        scheduler.track(user_id)
        scheduler.bump(user_id, "join")
    start = clock.now
    assert len(drain(scheduler)) == 200
    again: dict[str, float] = {}
    while clock.now < start + 120:
        clock.advance(0.5)
        for user_id in drain(scheduler):
            again.setdefault(user_id, clock.now - start)
    assert len(again) == 200
    assert 90 <= min(again.values()) and max(again.values()) <= 110.5
    assert max(again.values()) - min(again.values()) > 10  # jittered, not in lockstep


def test_fetched_ago_keeps_place_in_the_sweep() -> None:
    """A user fetched 60 s ago (stored before a restart) is due 40 s from now with interval 100."""
    scheduler, clock = make()
    scheduler.track("@a:x", fetched_ago=60)
    clock.advance(39)
    assert scheduler.next_batch() == []
    clock.advance(1)
    assert scheduler.next_batch() == ["@a:x"]


def test_track_twice_is_a_no_op() -> None:
    """Tracking a tracked user returns False and does not duplicate fetches."""
    scheduler, clock = make()
    assert scheduler.track("@a:x") and not scheduler.track("@a:x")
    clock.advance(100)
    assert scheduler.next_batch() == ["@a:x"] and len(scheduler) == 1


# -- untrack --------------------------------------------------------------------------------


def test_untracked_user_is_never_fetched() -> None:
    """Untracking drops the user: they are not fetched and no longer counted."""
    scheduler, clock = make()
    for user_id in users("a.example", 10):
        scheduler.track(user_id)
    assert scheduler.untrack("@u3:a.example") and not scheduler.untrack("@u3:a.example")
    clock.advance(100)
    batch = scheduler.next_batch()
    assert "@u3:a.example" not in batch and len(batch) == 9
    assert len(scheduler) == 9 and "@u3:a.example" not in scheduler


def test_untrack_while_in_flight_is_not_requeued() -> None:
    """A user untracked during their fetch is dropped when the fetch completes."""
    scheduler, clock = make()
    scheduler.track("@a:x")
    clock.advance(100)
    assert scheduler.next_batch() == ["@a:x"]
    scheduler.untrack("@a:x")
    scheduler.complete("@a:x", FetchOutcome.ok())
    clock.advance(1000)
    assert scheduler.next_batch() == [] and len(scheduler) == 0


def test_retrack_while_in_flight_resumes_polling() -> None:
    """Untrack then track during a fetch keeps the user, polled once, not twice."""
    scheduler, clock = make()
    scheduler.track("@a:x")
    clock.advance(100)
    scheduler.next_batch()
    scheduler.untrack("@a:x")
    assert scheduler.track("@a:x")
    assert scheduler.next_batch() == []  # still in flight
    scheduler.complete("@a:x", FetchOutcome.ok())
    clock.advance(120)
    assert scheduler.next_batch() == ["@a:x"]


def test_untracking_everyone_of_a_server_forgets_it() -> None:
    """When a server's last user is untracked, its state is dropped (memory stays bounded)."""
    scheduler, _ = make()
    for user_id in users("gone.example", 5):
        scheduler.track(user_id)
    for user_id in users("gone.example", 5):
        scheduler.untrack(user_id)
    assert scheduler.stats().servers == 0


def test_scale_100k_users_each_fetched_once_per_sweep() -> None:
    """With 100,000 users (half then untracked), one sweep fetches each remaining user once."""
    scheduler, clock = make(interval=10.0, sweep_jitter=0)
    everyone = [f"@user{i}:s{i % 300}.example" for i in range(100_000)]
    for user_id in everyone:
        scheduler.track(user_id)
    for user_id in everyone[::2]:
        scheduler.untrack(user_id)
    fetched: Counter[str] = Counter()
    for _ in range(11):  # dues lie in [now, now + 10)
        fetched.update(drain(scheduler))
        clock.advance(1)
    assert set(fetched) == set(everyone[1::2]) and set(fetched.values()) == {1}


def test_heaps_do_not_grow_with_churn() -> None:
    """Repeated track/bump/untrack of the same users leaves no pile of stale heap items."""
    scheduler, clock = make()
    for _ in range(2000):
        for user_id in users("a.example", 5):
            scheduler.track(user_id)
            scheduler.bump(user_id, "join")
        for user_id in users("a.example", 4):
            scheduler.untrack(user_id)
        clock.advance(0.01)
    internal = scheduler._servers["a.example"]
    assert len(internal.heap) <= 2 * internal.users + 32
    assert len(scheduler._ready) <= 2 * len(scheduler._servers) + 64


# -- bump -----------------------------------------------------------------------------------


def test_bump_of_never_fetched_user_fetches_now() -> None:
    """A user who just joined (never fetched) is fetched at once when bumped."""
    scheduler, _ = make()
    scheduler.track("@new:x")
    assert scheduler.bump("@new:x", "join")
    assert scheduler.next_batch() == ["@new:x"]


def test_bump_ignored_while_data_is_fresh() -> None:
    """A bump within stale_after of the last fetch is refused (chatty users cost nothing)."""
    metrics = RecordingMetrics()
    scheduler, clock = make(metrics=metrics, stale_after=30.0)
    scheduler.track("@a:x")
    scheduler.bump("@a:x", "join")
    drain(scheduler)
    clock.advance(29)
    assert not scheduler.bump("@a:x", "message")
    assert scheduler.next_batch() == []
    clock.advance(1)
    assert scheduler.bump("@a:x", "message")
    assert scheduler.next_batch() == ["@a:x"]
    assert metrics.bumps == [("join", True), ("message", False), ("message", True)]


def test_forced_bump_ignores_staleness() -> None:
    """force=True fetches again even right after a fetch (a moderator's refresh)."""
    scheduler, _ = make(stale_after=300.0)
    scheduler.track("@a:x")
    scheduler.bump("@a:x", "join")
    drain(scheduler)
    assert not scheduler.bump("@a:x", "manual")
    assert scheduler.bump("@a:x", "manual", force=True)
    assert scheduler.next_batch() == ["@a:x"]


def test_bump_of_untracked_or_in_flight_user_is_refused() -> None:
    """Only tracked users not already being fetched can be bumped."""
    scheduler, _ = make()
    assert not scheduler.bump("@stranger:x", "message")
    scheduler.track("@a:x")
    scheduler.bump("@a:x", "join")
    scheduler.next_batch()
    assert not scheduler.bump("@a:x", "member")


def test_bumped_user_goes_first_within_the_server_budget() -> None:
    """Under a per-server budget, a bumped user is served before that server's due backlog."""
    scheduler, clock = make(per_server_rps=1.0)
    for user_id in users("busy.example", 50):
        scheduler.track(user_id)
    clock.advance(100)  # everyone is overdue
    drain(scheduler)  # the one token is spent
    scheduler.track("@late:busy.example")
    scheduler.bump("@late:busy.example", "join")
    clock.advance(1)
    assert scheduler.next_batch() == ["@late:busy.example"]


def test_bumped_user_goes_first_under_the_global_budget() -> None:
    """Under a global budget, a bumped user beats overdue users of other servers."""
    scheduler, clock = make(global_rps=1.0)
    for user_id in users("other.example", 50):
        scheduler.track(user_id)
    clock.advance(100)
    drain(scheduler)
    scheduler.track("@vip:mine.example")
    scheduler.bump("@vip:mine.example", "message")
    clock.advance(1)
    assert scheduler.next_batch() == ["@vip:mine.example"]


def test_bumped_user_returns_to_the_sweep_afterwards() -> None:
    """After a bumped fetch the user is polled again one interval later, not stuck or doubled."""
    scheduler, clock = make()
    scheduler.track("@a:x")
    scheduler.bump("@a:x", "join")
    drain(scheduler)
    fetches = 0
    for _ in range(115):
        clock.advance(1)
        fetches += len(drain(scheduler))
    assert fetches == 1


# -- budgets --------------------------------------------------------------------------------


def test_per_server_budget_isolates_servers() -> None:
    """Each server gets its own token bucket: one server's limit does not slow another."""
    scheduler, clock = make(per_server_rps=2.0)
    for user_id in users("a.example", 100) + users("b.example", 100):
        scheduler.track(user_id)
    clock.advance(100)
    first = scheduler.next_batch()
    assert Counter(u.split(":")[1] for u in first) == {"a.example": 2, "b.example": 2}
    clock.advance(1)
    second = scheduler.next_batch()
    assert Counter(u.split(":")[1] for u in second) == {"a.example": 2, "b.example": 2}


def test_per_server_budget_rate_over_time() -> None:
    """Over 10 s a server with rps 5 gets burst + 5 × 10 requests, no more."""
    scheduler, clock = make(per_server_rps=5.0, per_server_burst=5.0)
    for user_id in users("a.example", 500):
        scheduler.track(user_id)
    clock.advance(100)
    total = 0
    for _ in range(10):
        total += len(drain(scheduler))
        clock.advance(1)
    total += len(drain(scheduler))
    assert total == 5 + 5 * 10


def test_global_budget_limits_all_servers_together() -> None:
    """The global bucket caps requests per second across every server."""
    scheduler, clock = make(global_rps=3.0, global_burst=3.0)
    for server in ("a.example", "b.example", "c.example", "d.example"):
        for user_id in users(server, 20):
            scheduler.track(user_id)
    clock.advance(100)
    counts = []
    for _ in range(5):
        counts.append(len(drain(scheduler)))
        clock.advance(1)
    assert counts == [3, 3, 3, 3, 3]


def test_next_wakeup_reports_token_refill() -> None:
    """When budgets block, next_wakeup names when a token returns."""
    scheduler, clock = make(global_rps=2.0, global_burst=1.0)
    for user_id in users("a.example", 5):
        scheduler.track(user_id)
    clock.advance(100)
    assert len(drain(scheduler)) == 1
    assert scheduler.next_wakeup() == pytest.approx(clock.now + 0.5)


def test_in_flight_cap_holds_until_completion() -> None:
    """No more than max_in_flight fetches run at once; a completion frees a slot."""
    scheduler, clock = make(max_in_flight=3)
    for user_id in users("a.example", 10):
        scheduler.track(user_id)
    clock.advance(100)
    batch = scheduler.next_batch()
    assert len(batch) == 3 and scheduler.in_flight == 3
    assert scheduler.next_batch() == [] and scheduler.next_wakeup() is None
    scheduler.complete(batch[0], FetchOutcome.ok())
    assert len(scheduler.next_batch()) == 1


def test_per_server_in_flight_cap_leaves_other_servers_flowing() -> None:
    """A per-server in-flight cap stops a slow server hogging every slot."""
    scheduler, clock = make(per_server_max_in_flight=2)
    for user_id in users("slow.example", 10) + users("fast.example", 10):
        scheduler.track(user_id)
    clock.advance(100)
    batch = scheduler.next_batch()
    assert Counter(u.split(":")[1] for u in batch) == {"slow.example": 2, "fast.example": 2}


# -- backoff --------------------------------------------------------------------------------


def test_429_honours_retry_after_for_that_server_only() -> None:
    """A 429 stops one server for retry_after_ms; other servers keep being fetched."""
    metrics = RecordingMetrics()
    scheduler, clock = make(metrics=metrics, max_in_flight=1)
    scheduler.track("@a:limited.example")
    scheduler.track("@b:limited.example")
    scheduler.track("@c:fine.example")
    clock.advance(100)
    first = scheduler.next_batch()
    assert first[0].endswith("limited.example")
    scheduler.complete(first[0], FetchOutcome.rate_limited(30_000))
    seen = drain(scheduler) + drain(scheduler)
    assert all(u.endswith("fine.example") for u in seen) and seen
    clock.advance(29.9)
    assert drain(scheduler) == []
    clock.advance(0.1)
    resumed = drain(scheduler)
    assert resumed and resumed[0] == first[0]  # the refused user goes first
    assert metrics.backoffs == [("limited.example", 30.0, FetchResult.RATE_LIMITED)]


def test_retry_after_is_capped() -> None:
    """A server cannot park us longer than retry_after_max, whatever it asks."""
    scheduler, clock = make(retry_after_max=60.0)
    scheduler.track("@a:greedy.example")
    scheduler.bump("@a:greedy.example", "join")
    drain(scheduler, FetchOutcome.rate_limited(10**12))
    clock.advance(60)
    assert scheduler.next_batch() == ["@a:greedy.example"]


def test_429_without_retry_after_backs_off_exponentially() -> None:
    """A 429 with no retry_after_ms falls back to the exponential backoff."""
    metrics = RecordingMetrics()
    scheduler, _ = make(metrics=metrics, backoff_base=4.0)
    scheduler.track("@a:x")
    scheduler.bump("@a:x", "join")
    drain(scheduler, FetchOutcome.rate_limited(None))
    ((_, delay, _),) = metrics.backoffs
    assert 2.0 <= delay <= 4.0


def test_5xx_backoff_grows_with_jitter_is_capped_and_recovers() -> None:
    """Consecutive 5xx double the server delay (jittered, capped); a success resets it."""
    metrics = RecordingMetrics()
    scheduler, clock = make(
        metrics=metrics, backoff_base=2.0, backoff_max=10.0, max_server_errors_per_user=100
    )
    scheduler.track("@a:down.example")
    scheduler.bump("@a:down.example", "join")
    for _ in range(5):
        batch = scheduler.next_batch()
        assert batch == ["@a:down.example"]
        scheduler.complete(batch[0], FetchOutcome.server_error(502))
        clock.advance(metrics.backoffs[-1][1])
    delays = [d for _, d, _ in metrics.backoffs]
    ceilings = [2.0, 4.0, 8.0, 10.0, 10.0]
    assert all(c / 2 <= d <= c for d, c in zip(delays, ceilings, strict=True)), delays
    assert drain(scheduler) == ["@a:down.example"]  # a success
    clock.advance(200)
    scheduler.complete(scheduler.next_batch()[0], FetchOutcome.unreachable())
    assert 1.0 <= metrics.backoffs[-1][1] <= 2.0  # back to the base delay


def test_errors_already_in_flight_do_not_escalate_backoff() -> None:
    """Several requests failing together count as one failure, not a doubling per request."""
    metrics = RecordingMetrics()
    scheduler, clock = make(metrics=metrics, backoff_base=2.0)
    for user_id in users("down.example", 5):
        scheduler.track(user_id)
    clock.advance(100)
    batch = scheduler.next_batch()
    assert len(batch) == 5
    for user_id in batch:
        scheduler.complete(user_id, FetchOutcome.unreachable())
    assert len(metrics.backoffs) == 1


def test_server_backoff_does_not_stop_other_servers() -> None:
    """While one server is backed off after 5xx, the others are still fetched."""
    scheduler, clock = make(backoff_base=100.0)
    for user_id in users("down.example", 3) + users("up.example", 3):
        scheduler.track(user_id)
    clock.advance(100)
    for user_id in scheduler.next_batch():
        scheduler.complete(
            user_id,
            FetchOutcome.server_error() if "down" in user_id else FetchOutcome.ok(),
        )
    for user_id in users("up.example", 3):
        scheduler.track(user_id.replace("@u", "@v"))
        scheduler.bump(user_id.replace("@u", "@v"), "join")
    batch = scheduler.next_batch()
    assert len(batch) == 3 and all("up.example" in u for u in batch)


def test_user_level_failure_does_not_back_off_the_server() -> None:
    """A 403 for one user retries that user later but leaves the server's budget alone."""
    metrics = RecordingMetrics()
    scheduler, clock = make(metrics=metrics, user_retry_base=10.0)
    scheduler.track("@private:x")
    scheduler.track("@public:x")
    clock.advance(100)
    for user_id in scheduler.next_batch():
        scheduler.complete(
            user_id, FetchOutcome.failed(403) if "private" in user_id else FetchOutcome.ok()
        )
    assert metrics.backoffs == []
    clock.advance(4.9)
    assert scheduler.next_batch() == []
    clock.advance(5.1)
    assert scheduler.next_batch() == ["@private:x"]


def test_user_that_always_errors_stops_blocking_its_server() -> None:
    """After max_server_errors_per_user 5xx in a row, the user waits instead of retrying first."""
    scheduler, clock = make(
        max_server_errors_per_user=2, backoff_base=1.0, backoff_max=1.0, user_retry_base=50.0
    )
    scheduler.track("@cursed:x")
    scheduler.bump("@cursed:x", "join")
    drain(scheduler, FetchOutcome.server_error())
    clock.advance(1)
    assert drain(scheduler, FetchOutcome.server_error()) == ["@cursed:x"]
    clock.advance(1)
    assert scheduler.next_batch() == []  # parked for ~25-50 s rather than hammering


# -- the run loop ---------------------------------------------------------------------------


async def test_run_fetches_everyone_within_the_in_flight_cap() -> None:
    """run() fetches every tracked user, never exceeding max_in_flight concurrent fetches."""
    scheduler = ProfileScheduler(
        PollSettings.from_mapping({**UNLIMITED, "interval": 0.05, "max_in_flight": 4}),
        rng=random.Random(1),
    )
    everyone = set(users("a.example", 20) + users("b.example", 20))
    for user_id in everyone:
        scheduler.track(user_id)
    seen: set[str] = set()
    running = 0
    peak = 0

    async def fetch(user_id: str) -> FetchOutcome:
        nonlocal running, peak
        running += 1
        peak = max(peak, running)
        await asyncio.sleep(0.001)
        running -= 1
        seen.add(user_id)
        if seen == everyone:
            scheduler.stop()
        return FetchOutcome.ok()

    await asyncio.wait_for(scheduler.run(fetch), timeout=10)
    assert seen == everyone and peak <= 4 and scheduler.in_flight == 0


async def test_run_maps_exceptions_to_outcomes() -> None:
    """An OSError from fetch backs the server off; any other exception fails only that user."""
    metrics = RecordingMetrics()
    scheduler = ProfileScheduler(
        PollSettings.from_mapping({**UNLIMITED, "interval": 60}),
        rng=random.Random(1),
        metrics=metrics,
    )
    for user_id in ("@a:broken.example", "@b:buggy.example"):
        scheduler.track(user_id)
        scheduler.bump(user_id, "join")

    async def fetch(user_id: str) -> FetchOutcome:
        if len(metrics.started) == 2:
            asyncio.get_running_loop().call_soon(scheduler.stop)
        if "broken" in user_id:
            raise ConnectionResetError("peer went away")
        raise ValueError("bug in the fetcher")

    await asyncio.wait_for(scheduler.run(fetch), timeout=10)
    assert sorted(metrics.finished) == [
        ("broken.example", FetchResult.UNREACHABLE),
        ("buggy.example", FetchResult.FAILED),
    ]
    assert [b[0] for b in metrics.backoffs] == ["broken.example"]


async def test_run_wakes_for_a_bump() -> None:
    """A bump made while run() sleeps until the next due time is fetched promptly."""
    scheduler = ProfileScheduler(PollSettings.from_mapping({**UNLIMITED, "interval": 3600}))
    fetched = asyncio.Event()

    async def fetch(user_id: str) -> FetchOutcome:
        fetched.set()
        return FetchOutcome.ok()

    scheduler.track("@a:x", fetched_ago=3000)  # due in ten minutes
    task = asyncio.create_task(scheduler.run(fetch))
    await asyncio.sleep(0.01)
    assert not fetched.is_set()
    scheduler.bump("@a:x", "message")
    await asyncio.wait_for(fetched.wait(), timeout=5)
    scheduler.stop()
    await asyncio.wait_for(task, timeout=5)


async def test_cancelling_run_releases_in_flight_users() -> None:
    """Cancelling run() cancels fetches and leaves no user stuck in flight."""
    scheduler = ProfileScheduler(PollSettings.from_mapping({**UNLIMITED, "interval": 60}))
    started = asyncio.Event()

    async def fetch(user_id: str) -> FetchOutcome:
        started.set()
        await asyncio.sleep(3600)
        return FetchOutcome.ok()

    scheduler.track("@a:x")
    scheduler.bump("@a:x", "join")
    task = asyncio.create_task(scheduler.run(fetch))
    await asyncio.wait_for(started.wait(), timeout=5)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert scheduler.in_flight == 0 and "@a:x" in scheduler
    assert scheduler.next_batch() == ["@a:x"]


def test_stats_report_tracking_and_backoff() -> None:
    """stats() counts tracked users, servers, in-flight fetches and backed-off servers."""
    scheduler, clock = make()
    for user_id in users("a.example", 3) + users("b.example", 2):
        scheduler.track(user_id)
    clock.advance(100)
    batch = scheduler.next_batch()
    scheduler.complete(batch[0], FetchOutcome.server_error())
    stats = scheduler.stats()
    assert (stats.tracked, stats.servers, stats.in_flight, stats.backed_off_servers) == (
        5,
        2,
        4,
        1,
    )
