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
            "Appservice transactions by outcome (accepted, duplicate, rejected, error)",
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
            "Inbox events by processing outcome (done, retry, failed)",
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
        self.failures = Counter(
            "contactbot_failures_total",
            "Unexpected errors by component",
            ["component"],
            registry=r,
        )
