"""MSC4429 profile updates in ``/sync``: the fast path beside polling. Transport-free.

Appservices receive no event when a custom profile field changes (spec notes §4.5). MSC4429 adds
a top-level ``/sync`` key carrying profile field changes of every user who shares a room with the
syncing user::

    {"next_batch": "s72",
     "org.matrix.msc4429.users": {              # stable name: "users"
         "@alice:example.org": {"profile_updates": {"m.status": {...}, "m.call": null}},
         "@bob:example.org": {"profile_updates": null}}}

A value replaces the old one entirely, ``null`` means the field was removed, and
``profile_updates: null`` means the server stopped tracking that user for us (no shared room any
more). Updates are opt-in through the filter key ``org.matrix.msc4429.profile_fields`` (stable
``profile_fields``): ``{"ids": [...]}``; the default is nothing. Support is advertised in
``/versions`` ``unstable_features`` as ``org.matrix.msc4429`` (``org.matrix.msc4429.stable`` once
accepted). Synapse sends these only with ``include_profile_updates_in_sync: true``, and only for
its *local* users, so polling stays the way to see remote users and the safety net for everyone.

Decision: who syncs, and how it shares rooms
--------------------------------------------
The appservice sender (``sender_localpart``) cannot ``/sync`` on Synapse: the sync handler answers
500, ``NotImplementedError`` "We no longer support AS users using /sync directly" (read in the
code, and seen at runtime by the Synapse probe). A *namespace* user can: a registered ghost such
as ``@contactbot_watcher:<domain>``, acting through the as_token with ``?user_id=``, was seen
receiving ``org.matrix.msc4429.users`` in incremental syncs within milliseconds of a PUT (spec
notes §4.4/§4.5, Synapse e2e recipe §4). Because updates only cover users sharing a room with the
syncing user, the watcher joins every room the bot joins (the bot invites it, it joins by
masquerade), and leaves with the bot. Costs and caveats, accepted:

* one extra visible member per room; a room that bans the watcher just loses the fast path;
* Synapse carries a FIXME about ghosts syncing (synapse#19981); if that door closes, or
  ``/versions`` stops advertising the feature, the watcher is off and polling carries on alone;
* a normal password account was rejected (credentials outside the registration, not in the
  namespace); a lone "watch room" cannot work (watched users would have to join it).

This module holds the logic only: reading updates out of a parsed body, the filter, the support
decision and a long-poll loop over an injected ``SyncTransport``. Updates go to a sink that merges
them (``domain.status.apply_profile_updates``) and diffs as for a poll, so an initial
sync, which repeats every current value, records no fake changes.
"""

from __future__ import annotations

import asyncio
import json
import logging
import random
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Final, Literal, NamedTuple, Protocol

from contactbot.features.status.domain.status import PROFILE_KEYS

log = logging.getLogger(__name__)

USERS_KEY: Final = "users"
UNSTABLE_USERS_KEY: Final = "org.matrix.msc4429.users"
FILTER_KEY: Final = "profile_fields"
UNSTABLE_FILTER_KEY: Final = "org.matrix.msc4429.profile_fields"
FEATURE_FLAG: Final = "org.matrix.msc4429"
STABLE_FEATURE_FLAG: Final = "org.matrix.msc4429.stable"

SyncMode = Literal["auto", "on", "off"]


class ProfileUpdate(NamedTuple):
    """One user's changed fields (``None`` value: removed); ``fields is None``: stop tracking."""

    user_id: str
    fields: dict[str, object] | None


def _looks_like_user_id(value: object) -> bool:
    return isinstance(value, str) and value.startswith("@") and ":" in value


def extract_profile_updates(
    body: Mapping[str, object], *, ignore: Iterable[str] = ()
) -> list[ProfileUpdate]:
    """Profile updates from a parsed ``/sync`` body, both key names; never raises.

    When a user appears under both names, the stable entry wins field by field. Malformed
    entries (a user ID that is not one, ``profile_updates`` that is neither object nor null) are
    skipped. Users in ``ignore`` (the watcher itself) are left out.
    """
    skip = set(ignore)
    merged: dict[str, dict[str, object] | None] = {}
    # Unstable first so that the stable shape, read second, overrides it.
    for key in (UNSTABLE_USERS_KEY, USERS_KEY):
        users = body.get(key)
        if not isinstance(users, Mapping):
            if users is not None:
                log.debug("Ignoring /sync %s that is not an object", key)
            continue
        for user_id, entry in users.items():
            if not _looks_like_user_id(user_id) or user_id in skip:
                continue
            if not isinstance(entry, Mapping) or "profile_updates" not in entry:
                log.debug("Ignoring malformed profile update entry for %s", user_id)
                continue
            fields = entry["profile_updates"]
            if fields is None:
                merged[user_id] = None
            elif isinstance(fields, Mapping):
                clean = {k: v for k, v in fields.items() if isinstance(k, str)}
                previous = merged.get(user_id)
                merged[user_id] = {**previous, **clean} if previous else clean
            else:
                log.debug("Ignoring profile_updates of %s that is not an object", user_id)
    return [ProfileUpdate(user_id, fields) for user_id, fields in merged.items()]


def build_sync_filter(
    fields: Iterable[str] = PROFILE_KEYS,
    *,
    stable: bool = True,
    unstable: bool = True,
    minimal: bool = True,
) -> dict[str, object]:
    """The filter for the watcher's ``/sync``: the profile fields, and (``minimal``) little else.

    Both key names are sent by default; servers ignore filter keys they do not know. ``minimal``
    asks for no timeline, state, presence or account data, since the watcher reads only profile
    updates; rooms themselves are not filtered out, because the server decides whose updates to
    send from the rooms the watcher is in.
    """
    ids = {"ids": list(dict.fromkeys(fields))}
    body: dict[str, object] = {}
    if minimal:
        body.update(
            {
                "presence": {"types": []},
                "account_data": {"types": []},
                "room": {
                    "timeline": {"types": [], "limit": 1},
                    "state": {"types": []},
                    "ephemeral": {"types": []},
                    "account_data": {"types": []},
                    "include_leave": False,
                },
            }
        )
    if unstable:
        body[UNSTABLE_FILTER_KEY] = ids
    if stable:
        body[FILTER_KEY] = ids
    return body


@dataclass(frozen=True, slots=True)
class SyncSupport:
    """Whether to run the watcher; ``stable`` says the server advertises the stable names."""

    enabled: bool
    stable: bool
    reason: str


def decide_sync_support(
    versions: Mapping[str, object] | None, mode: SyncMode = "auto"
) -> SyncSupport:
    """Decide from ``GET /_matrix/client/versions`` and the config mode (auto, on, off).

    ``auto`` follows the ``unstable_features`` flags (Synapse mirrors its
    ``include_profile_updates_in_sync`` option there); ``on`` forces the watcher for a server
    that implements the MSC without advertising it; ``off`` never runs it.
    """
    if mode not in ("auto", "on", "off"):
        raise ValueError(f"profile sync mode: expected auto, on or off, not {mode!r}")
    if mode == "off":
        return SyncSupport(False, False, "disabled in the config")
    features = versions.get("unstable_features") if versions else None
    if not isinstance(features, Mapping):
        features = {}
    stable = features.get(STABLE_FEATURE_FLAG) is True
    unstable = features.get(FEATURE_FLAG) is True
    if mode == "on":
        return SyncSupport(True, stable, "forced on in the config")
    if stable:
        return SyncSupport(True, True, f"server advertises {STABLE_FEATURE_FLAG}")
    if unstable:
        return SyncSupport(True, False, f"server advertises {FEATURE_FLAG}")
    return SyncSupport(False, False, f"server does not advertise {FEATURE_FLAG}")


class SyncTransport(Protocol):
    """``GET /_matrix/client/v3/sync`` as the watcher user; returns the parsed body.

    Implementations raise on any non-200 answer; ``filter_json`` goes in the ``filter`` query
    parameter as it is (an inline filter, so none has to be uploaded).
    """

    async def sync(
        self, *, since: str | None, filter_json: str, timeout_ms: int
    ) -> Mapping[str, object]: ...


UpdateSink = Callable[[list[ProfileUpdate], str], Awaitable[None]]


class ProfileSyncWatcher:
    """Long-polls ``/sync`` and hands profile updates to ``sink(updates, next_batch)``.

    ``next_batch`` only advances after the sink returns, so a sink failure replays the same
    batch (at least once; the sink's diffing makes replays harmless). Persist ``since`` when the
    sink succeeds to resume after a restart; without it, the first sync is an initial one.
    """

    def __init__(
        self,
        transport: SyncTransport,
        sink: UpdateSink,
        *,
        fields: Iterable[str] = PROFILE_KEYS,
        since: str | None = None,
        self_user_id: str | None = None,
        timeout_ms: int = 30_000,
        backoff_base: float = 1.0,
        backoff_max: float = 300.0,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        rng: random.Random | None = None,
    ) -> None:
        self._transport = transport
        self._sink = sink
        self._filter_json = json.dumps(build_sync_filter(fields), separators=(",", ":"))
        self._ignore = (self_user_id,) if self_user_id else ()
        self.since = since
        self._timeout_ms = timeout_ms
        self._backoff_base = backoff_base
        self._backoff_max = backoff_max
        self._sleep = sleep
        # Jitter only, never security.
        self._rng = rng or random.Random()  # noqa: S311
        self._stopping = False
        self.failures = 0

    async def sync_once(self) -> list[ProfileUpdate]:
        """One ``/sync`` round: fetch, hand the updates to the sink, advance ``since``."""
        # The first (initial) sync returns at once with every current value; no long-poll.
        timeout = 0 if self.since is None else self._timeout_ms
        body = await self._transport.sync(
            since=self.since, filter_json=self._filter_json, timeout_ms=timeout
        )
        next_batch = body.get("next_batch")
        if not isinstance(next_batch, str) or not next_batch:
            raise ValueError("/sync answer has no next_batch")
        updates = extract_profile_updates(body, ignore=self._ignore)
        if updates:
            await self._sink(updates, next_batch)
        self.since = next_batch
        return updates

    async def run(self) -> None:
        """Sync until ``stop()`` (checked between rounds; cancel the task to stop at once)."""
        self._stopping = False
        while not self._stopping:
            try:
                await self.sync_once()
                self.failures = 0
            except asyncio.CancelledError:
                raise
            except Exception as err:
                self.failures += 1
                ceiling = min(
                    self._backoff_max, self._backoff_base * 2.0 ** min(self.failures - 1, 30)
                )
                delay = ceiling / 2 + self._rng.random() * ceiling / 2
                log.warning(
                    "Profile /sync failed (%s: %s); retry %d in %.1fs",
                    type(err).__name__,
                    err,
                    self.failures,
                    delay,
                )
                await self._sleep(delay)

    def stop(self) -> None:
        self._stopping = True
