"""What the core hands each feature's ``wire``: its collaborators and two lifecycle hooks.

A feature registers commands on ``registry``, event callbacks on ``router``, long-running work
with ``run_in_background`` (every replica) or ``run_singleton`` (the leader only), and clean-up
with ``on_stop``. It never constructs core parts itself.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import aiohttp

from contactbot.core.config import Config
from contactbot.core.handlers.commands import CommandRegistry
from contactbot.core.handlers.events import EventRouter
from contactbot.core.metrics import Metrics
from contactbot.core.services.access import AccessService
from contactbot.core.services.encryption import EncryptionPolicy
from contactbot.core.services.gateway import MatrixGateway
from contactbot.core.services.leader import JobFactory, SingletonJobs
from contactbot.core.services.rooms import RoomService
from contactbot.core.storage.database import Database

log = logging.getLogger(__name__)

Closer = Callable[[], Awaitable[None]]


@dataclass(frozen=True, slots=True)
class HomeserverAccess:
    """Where the homeserver is and how the appservice authenticates to it."""

    address: str
    as_token: str
    domain: str
    bot_user_id: str


@dataclass
class Core:
    """The core's collaborators and lifecycle hooks, as handed to each feature's ``wire``."""

    config: Config
    db: Database
    http: aiohttp.ClientSession
    gateway: MatrixGateway
    homeserver: HomeserverAccess
    rooms: RoomService
    access: AccessService
    registry: CommandRegistry
    router: EventRouter
    metrics: Metrics
    tasks: list[asyncio.Task[Any]] = field(default_factory=list)
    closers: list[Closer] = field(default_factory=list)
    singletons: SingletonJobs = field(default_factory=SingletonJobs)
    # Whether a room's messages are encrypted, and whether private notices require that.
    encryption: EncryptionPolicy = field(default_factory=EncryptionPolicy)

    def __post_init__(self) -> None:
        # The moderator rule does not count the bot's own users as a room's people.
        self.access.use_namespace(self.rooms.is_own_user, self.rooms.namespace_prefix)

    def run_in_background(self, name: str, work: Awaitable[None]) -> None:
        """Start ``work`` now; it is cancelled at stop, before the closers run."""
        self.tasks.append(asyncio.ensure_future(work))
        self.tasks[-1].set_name(name)

    def on_stop(self, closer: Closer) -> None:
        """Run ``closer`` at stop, in registration order, once no event is being processed."""
        self.closers.append(closer)

    def run_singleton(self, name: str, factory: JobFactory) -> None:
        """Run ``factory()`` only in the replica that leads, for as long as it leads.

        For work that must happen once per deployment however many replicas share the database:
        profile polling, the /sync watcher, retention and cache purges, policy-list refresh.
        ``factory`` is called (with no arguments) each time this replica becomes the leader,
        which may be never, once, or several times in a process's life; it returns the
        coroutine to run, typically ``lambda: supervised_loop(name, step, interval=...)``.
        When the replica stops being the leader (it lost its database connection, or the
        process stops) the task is cancelled; another replica then starts its own copy.

        So a singleton job must keep what it needs to resume in the database, not in memory,
        and must tolerate being cancelled at any await and, rarely, a moment of overlap with
        the next leader (core/services/leader.py says when). ``name`` must be unique; it
        names the task and appears in logs. Registering during ``wire`` is the normal case;
        a job registered while this replica already leads starts at once.
        """
        self.singletons.add(name, factory)
