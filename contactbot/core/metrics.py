"""Prometheus metrics, on a registry owned by the app (not the global one), so tests can build
as many apps as they like."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        r = self.registry
        self.transactions = Counter(
            "contactbot_transactions_total",
            "Appservice transactions by outcome (accepted, duplicate, rejected, error; held_back: "
            "answered late because of the backlog)",
            ["outcome"],
            registry=r,
        )
        self.events_received = Counter(
            "contactbot_events_received_total", "Events stored in the inbox", registry=r
        )
        self.events_malformed = Counter(
            "contactbot_events_malformed_total", "Events stored as malformed", registry=r
        )
        self.events_processed = Counter(
            "contactbot_events_processed_total",
            "Inbox events by outcome (done, passive: nothing to run, retry, outage, failed)",
            ["outcome"],
            registry=r,
        )
        self.inbox_depth = Gauge(
            "contactbot_inbox_depth", "Inbox events by status", ["status"], registry=r
        )
        self.event_latency = Histogram(
            "contactbot_event_latency_seconds",
            "Time from an event's arrival to the end of its processing",
            buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60),
            registry=r,
        )
        self.commands = Counter(
            "contactbot_commands_total",
            "Commands by name and outcome (ok, user_error, error, rate_limited)",
            ["command", "outcome"],
            registry=r,
        )
        self.outbox_effects = Counter(
            "contactbot_outbox_effects_total",
            "Outbox effects (replies, state writes) by outcome: queued, sent, retry, failed",
            ["outcome"],
            registry=r,
        )
        self.outbox_depth = Gauge(
            "contactbot_outbox_depth", "Outbox effects by status", ["status"], registry=r
        )
        self.failures = Counter(
            "contactbot_failures_total",
            "Unexpected errors by component",
            ["component"],
            registry=r,
        )
        # -- operations: leadership and retention --
        self.leader = Gauge(
            "contactbot_leader",
            "1 while this replica holds the leader lock and runs the singleton jobs",
            ["replica"],
            registry=r,
        )
        self.leadership_changes = Counter(
            "contactbot_leadership_changes_total",
            "Times this replica became the leader (elected) or stopped being it (deposed)",
            ["change"],
            registry=r,
        )
        self.retention_purged = Counter(
            "contactbot_retention_purged_total",
            "Rows deleted by the core's retention purge, by kind (processed, transaction, parked)",
            ["kind"],
            registry=r,
        )
        # -- moderation (flags and review) --
        self.moderation_checks = Counter(
            "contactbot_moderation_checks_total",
            "Texts checked by outcome (clean, flagged, known, exempt, below_minimum)",
            ["outcome"],
            registry=r,
        )
        self.moderation_flags = Counter(
            "contactbot_moderation_flags_total",
            "Flags raised, by most severe category and the flag's severity",
            ["category", "severity"],
            registry=r,
        )
        self.moderation_reviews = Counter(
            "contactbot_moderation_reviews_total",
            "Flag reviews by action and outcome (done, dry_run, unchanged, refused)",
            ["action", "outcome"],
            registry=r,
        )
        # -- profile-status history --
        self.profile_fetches = Counter(
            "contactbot_profile_fetches_total",
            "Profile fetches by result (ok, not_found, rate_limited, server_error, unreachable, "
            "failed)",
            ["result"],
            registry=r,
        )
        self.profile_fetch_seconds = Histogram(
            "contactbot_profile_fetch_seconds",
            "Time of one profile fetch, including storing what changed",
            buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30),
            registry=r,
        )
        self.profile_fetches_in_flight = Gauge(
            "contactbot_profile_fetches_in_flight", "Profile fetches in flight", registry=r
        )
        self.profile_server_backoffs = Counter(
            "contactbot_profile_server_backoffs_total",
            "Times a server was backed off, by the result that caused it",
            ["result"],
            registry=r,
        )
        self.profile_bumps = Counter(
            "contactbot_profile_bumps_total",
            "Requests to fetch a profile ahead of the sweep, by reason and whether accepted",
            ["reason", "accepted"],
            registry=r,
        )
        self.status_tracked_users = Gauge(
            "contactbot_status_tracked_users", "Users whose profiles are followed", registry=r
        )
        self.status_changes = Counter(
            "contactbot_status_changes_total",
            "Status-history rows written, by field and how the change was seen",
            ["field", "via"],
            registry=r,
        )
        self.status_sync_updates = Counter(
            "contactbot_status_sync_updates_total",
            "Per-user profile updates received through MSC4429 /sync",
            registry=r,
        )
        self.status_sync_enabled = Gauge(
            "contactbot_status_sync_enabled",
            "1 while the MSC4429 /sync watcher runs, 0 when only polling",
            registry=r,
        )
        self.status_purged = Counter(
            "contactbot_status_history_purged_total",
            "Status-history rows deleted by the retention purge",
            registry=r,
        )
