"""Support-document cache policy: TTLs, single-flight fetching, persistence round trips."""

from __future__ import annotations

import asyncio
import json

import pytest

from contactbot.core.errors import DatabaseUnavailable, UserError
from contactbot.features.contacts.domain.contacts import ROLE_ADMIN
from contactbot.features.contacts.domain.support import (
    FetchResult,
    FetchStatus,
    Validity,
    parse_support,
)
from contactbot.features.contacts.domain.support_cache import (
    FAILURE_TTL,
    MAX_SUCCESS_TTL,
    MIN_SUCCESS_TTL,
    SUCCESS_TTL,
    CachedSupport,
    cache_ttl,
)
from contactbot.features.contacts.domain.validation import ServerName
from contactbot.features.contacts.services.support_cache import SupportService

HOUR = 3600.0
DOC = {"contacts": [{"matrix_id": "@admin:example.org", "role": ROLE_ADMIN}]}


class FakeClock:
    def __init__(self, now: float = 1_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


class MemoryStore:
    """Keeps entries as JSON text, as a database column would, proving they serialise."""

    def __init__(self) -> None:
        self.rows: dict[str, str] = {}
        self.fail = False

    async def get(self, server_name: str) -> CachedSupport | None:
        if self.fail:
            raise DatabaseUnavailable("down")
        row = self.rows.get(server_name)
        return None if row is None else CachedSupport.from_json(json.loads(row))

    async def put(self, server_name: str, entry: CachedSupport) -> None:
        if self.fail:
            raise DatabaseUnavailable("down")
        self.rows[server_name] = json.dumps(entry.to_json())


class FakeFetcher:
    """Returns a fixed outcome; counts calls; can be held open to overlap callers."""

    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock
        self.calls: list[str] = []
        self.status: FetchStatus = "ok"
        self.max_age: int | None = None
        self.gate: asyncio.Event | None = None

    def fetch_key(self, server: ServerName) -> str:
        return server.url_host

    async def fetch_support(self, server_name: str) -> FetchResult:
        self.calls.append(server_name)
        if self.gate is not None:
            await self.gate.wait()
        ok = self.status == "ok"
        return FetchResult(
            status=self.status,
            info=parse_support(DOC) if ok else None,
            detail="Found 1 contact." if ok else f"failed: {self.status}",
            http_status=200 if ok else None,
            max_age=self.max_age,
            fetched_at=self.clock(),
        )


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def fetcher(clock: FakeClock) -> FakeFetcher:
    return FakeFetcher(clock)


@pytest.fixture
def store() -> MemoryStore:
    return MemoryStore()


@pytest.fixture
def service(fetcher: FakeFetcher, store: MemoryStore, clock: FakeClock) -> SupportService:
    return SupportService(fetcher, store, clock)


async def test_success_is_cached_for_24_hours(
    service: SupportService, fetcher: FakeFetcher, clock: FakeClock
) -> None:
    """Without max-age a success is served from cache for exactly 24 h, then refetched."""
    first = await service.get_support("example.org")
    clock.now += SUCCESS_TTL - 1
    cached = await service.get_support("example.org")
    assert len(fetcher.calls) == 1
    assert cached == first
    clock.now += 1
    await service.get_support("example.org")
    assert len(fetcher.calls) == 2


@pytest.mark.parametrize(
    ("max_age", "ttl"),
    [
        (3 * 3600, 3 * HOUR),  # honoured
        (100 * 3600, 48 * HOUR),  # capped at 48 h
        (0, MIN_SUCCESS_TTL),  # floored at 5 minutes
    ],
)
async def test_max_age_is_honoured_within_bounds(
    service: SupportService, fetcher: FakeFetcher, clock: FakeClock, max_age: int, ttl: float
) -> None:
    """Cache-Control max-age sets the success TTL, between 5 minutes and 48 hours."""
    fetcher.max_age = max_age
    await service.get_support("example.org")
    clock.now += ttl - 1
    await service.get_support("example.org")
    assert len(fetcher.calls) == 1
    clock.now += 1
    await service.get_support("example.org")
    assert len(fetcher.calls) == 2


@pytest.mark.parametrize("status", ["not_found", "invalid", "error"])
async def test_failures_are_cached_for_one_hour(
    service: SupportService,
    fetcher: FakeFetcher,
    clock: FakeClock,
    status: FetchStatus,
) -> None:
    """not_found, invalid and error outcomes are kept one hour, whatever max-age says."""
    fetcher.status = status
    fetcher.max_age = 48 * 3600
    first = await service.get_support("example.org")
    assert first.status == status
    clock.now += FAILURE_TTL - 1
    assert (await service.get_support("example.org")).status == status
    assert len(fetcher.calls) == 1
    clock.now += 1
    await service.get_support("example.org")
    assert len(fetcher.calls) == 2


def test_ttl_constants() -> None:
    """The TTL policy is 24 h, at most 48 h, failures 1 h."""
    assert (SUCCESS_TTL, MAX_SUCCESS_TTL, FAILURE_TTL) == (24 * HOUR, 48 * HOUR, HOUR)
    assert cache_ttl(FetchResult("ok", None, "", 200, 7200, 0.0)) == 7200


async def test_concurrent_requests_share_one_fetch(
    service: SupportService, fetcher: FakeFetcher
) -> None:
    """Twenty overlapping lookups of one server make a single fetch and get the same answer."""
    fetcher.gate = asyncio.Event()
    waiters = [asyncio.create_task(service.get_support("example.org")) for _ in range(20)]
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    fetcher.gate.set()
    results = await asyncio.gather(*waiters)
    assert fetcher.calls == ["example.org"]
    assert all(result == results[0] for result in results)
    await service.get_support("example.org")  # afterwards: from the cache
    assert len(fetcher.calls) == 1


async def test_different_servers_fetch_independently(
    service: SupportService, fetcher: FakeFetcher
) -> None:
    """Single-flight is per server name."""
    await asyncio.gather(service.get_support("a.org"), service.get_support("b.org"))
    assert sorted(fetcher.calls) == ["a.org", "b.org"]


async def test_cancelled_caller_does_not_cancel_the_shared_fetch(
    service: SupportService, fetcher: FakeFetcher
) -> None:
    """One waiter giving up leaves the fetch running for the others."""
    fetcher.gate = asyncio.Event()
    quitter = asyncio.create_task(service.get_support("example.org"))
    stayer = asyncio.create_task(service.get_support("example.org"))
    await asyncio.sleep(0)
    quitter.cancel()
    await asyncio.sleep(0)
    fetcher.gate.set()
    assert (await stayer).status == "ok"
    assert quitter.cancelled()
    assert len(fetcher.calls) == 1


async def test_server_names_are_normalised_for_the_cache(
    service: SupportService, fetcher: FakeFetcher, store: MemoryStore
) -> None:
    """Example.ORG and example.org share one cache entry, stored under the lower-case name."""
    await service.get_support("Example.ORG")
    await service.get_support("example.org")
    assert fetcher.calls == ["example.org"]
    assert list(store.rows) == ["example.org"]


async def test_invalid_server_name_is_a_user_error(
    service: SupportService, fetcher: FakeFetcher
) -> None:
    """A malformed server name is refused before the cache or the fetcher are touched."""
    with pytest.raises(UserError):
        await service.get_support("not a server")
    assert fetcher.calls == []


async def test_restart_serves_the_stored_entry_without_refetching(
    fetcher: FakeFetcher, store: MemoryStore, clock: FakeClock
) -> None:
    """A new service on the same store (a restart) answers from the stored JSON entry."""
    await SupportService(fetcher, store, clock).get_support("example.org")
    clock.now += HOUR
    result = await SupportService(fetcher, store, clock).get_support("example.org")
    assert len(fetcher.calls) == 1
    assert result.status == "ok"
    assert result.info is not None and result.info.validity is Validity.VALID
    assert result.fetched_at == clock.now - HOUR
    assert result.info == parse_support(DOC)


async def test_refresh_skips_the_cache(service: SupportService, fetcher: FakeFetcher) -> None:
    """refresh=True fetches even when a fresh entry exists, and stores the new outcome."""
    await service.get_support("example.org")
    await service.get_support("example.org", refresh=True)
    assert len(fetcher.calls) == 2


async def test_store_failure_still_answers(
    service: SupportService, fetcher: FakeFetcher, store: MemoryStore
) -> None:
    """When the store is down the lookup still fetches and answers."""
    store.fail = True
    result = await service.get_support("example.org")
    assert result.status == "ok"
    assert len(fetcher.calls) == 1


def test_cached_success_round_trips_its_validated_content() -> None:
    """A partial document's usable contacts, page and problems survive to_json/from_json."""
    info = parse_support(
        {
            "contacts": [{"matrix_id": "@a:example.org", "role": ROLE_ADMIN}, {"role": "x"}],
            "support_page": "https://example.org/help",
        }
    )
    result = FetchResult("ok", info, info.reason, 200, None, 10.0)
    entry = CachedSupport.from_result(result, 3610.0)
    again = CachedSupport.from_json(json.loads(json.dumps(entry.to_json())))
    assert again == entry
    assert again.to_result().info == info


def test_cached_entry_json_round_trip() -> None:
    """to_json output survives json.dumps/loads and reads back equal."""
    entry = CachedSupport("invalid", "The document is empty.", 200, None, 10.0, 3610.0, None)
    again = CachedSupport.from_json(json.loads(json.dumps(entry.to_json())))
    assert again == entry
    result = again.to_result()
    assert result.info is not None and result.info.reason == "The document is empty."


@pytest.mark.parametrize(
    "data",
    [
        None,
        [],
        {"version": 2},
        # Version 1 kept the decoded document: such rows are misses, refetched.
        {"version": 1, "status": "ok", "detail": "", "fetched_at": 1, "expires_at": 2,
         "document": {}},
        {"version": 2, "status": "weird", "detail": "", "fetched_at": 1, "expires_at": 2},
        {"version": 2, "status": "ok", "detail": 5, "fetched_at": 1, "expires_at": 2},
        {"version": 2, "status": "ok", "detail": "", "fetched_at": "x", "expires_at": 2},
        {"version": 2, "status": "ok", "detail": "", "fetched_at": 1, "expires_at": True},
        {"version": 2, "status": "ok", "detail": "", "fetched_at": 1, "expires_at": 2,
         "info": [1]},
        {"version": 2, "status": "ok", "detail": "", "fetched_at": 1, "expires_at": 2,
         "info": {"validity": "valid", "contacts": [5], "problems": []}},
    ],
)  # fmt: skip
def test_malformed_stored_entries_are_rejected(data: object) -> None:
    """from_json raises ValueError for anything to_json would not have written."""
    with pytest.raises(ValueError):
        CachedSupport.from_json(data)
