"""The polling scheduler's metric hooks onto the app's Prometheus metrics."""

from __future__ import annotations

from contactbot.core.metrics import Metrics
from contactbot.features.status.services.polling import FetchResult


class PrometheusSchedulerMetrics:
    """``SchedulerMetrics`` onto the app's Prometheus metrics.

    No per-server label: a bot in public rooms sees thousands of servers, and one series each
    would be a cardinality problem; backoffs are logged with the server name instead.
    """

    def __init__(self, metrics: Metrics) -> None:
        self.metrics = metrics

    def fetch_started(self, server: str) -> None:
        self.metrics.profile_fetches_in_flight.inc()

    def fetch_finished(self, server: str, result: FetchResult, seconds: float) -> None:
        self.metrics.profile_fetches_in_flight.dec()
        self.metrics.profile_fetches.labels(result.value).inc()
        self.metrics.profile_fetch_seconds.observe(seconds)

    def server_backoff(self, server: str, seconds: float, result: FetchResult) -> None:
        self.metrics.profile_server_backoffs.labels(result.value).inc()

    def bumped(self, reason: str, accepted: bool) -> None:
        self.metrics.profile_bumps.labels(reason, "yes" if accepted else "no").inc()
