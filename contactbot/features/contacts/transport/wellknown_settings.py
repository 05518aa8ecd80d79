"""Settings of support-document fetches: limits, allowed networks and per-server overrides."""

from __future__ import annotations

import ipaddress
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from yarl import URL

from contactbot.core.errors import ConfigError
from contactbot.features.contacts.domain.validation import parse_server_name
from contactbot.features.contacts.transport.address_policy import IPNetwork


def override_url(server: str, base: str) -> URL:
    """The base URL of an override, checked.

    Raises:
        ConfigError: naming the override, for anything but an http(s) base URL.
    """
    try:
        url = URL(base)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"overrides.{server}", "is not a URL") from exc
    if url.scheme not in ("http", "https") or not url.raw_host:
        raise ConfigError(f"overrides.{server}", "must be an http:// or https:// base URL")
    if url.query_string or url.raw_fragment or url.user is not None:
        raise ConfigError(f"overrides.{server}", "must not have a query, fragment or user")
    return url


@dataclass(frozen=True, slots=True)
class WellKnownSettings:
    """Limits and exceptions for support-document fetches.

    ``overrides`` maps a server name to a base URL; the document is fetched from
    ``<base>/.well-known/matrix/support``. Overrides and ``allowed_networks`` are the only ways
    to reach plain http or non-public addresses (tests, demos, internal deployments).
    """

    timeout: float = 5.0
    max_body_bytes: int = 65536
    max_redirects: int = 3
    allowed_networks: tuple[IPNetwork, ...] = ()
    overrides: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.timeout > 0:
            raise ConfigError("timeout", "must be a positive number of seconds")
        if self.max_body_bytes < 1:
            raise ConfigError("max_body_bytes", "must be positive")
        if self.max_redirects < 0:
            raise ConfigError("max_redirects", "must not be negative")
        normalised: dict[str, str] = {}
        for server, base in self.overrides.items():
            name = parse_server_name(server)
            if name is None:
                raise ConfigError(f"overrides.{server}", "is not a server name")
            override_url(server, base)
            normalised[str(name)] = base.rstrip("/")
        # Frozen: replace the caller's mapping with a private read-only copy.
        object.__setattr__(self, "overrides", MappingProxyType(normalised))

    @classmethod
    def from_mapping(cls, data: Mapping[str, object]) -> WellKnownSettings:
        """Build settings from a config section; unknown keys are ignored.

        Raises:
            ConfigError: naming the key that is wrong.
        """
        defaults = cls()
        numbers: dict[str, float] = {}
        for key in ("timeout", "max_body_bytes", "max_redirects"):
            value = data.get(key, getattr(defaults, key))
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise ConfigError(key, "must be a number")
            numbers[key] = value
        networks: list[IPNetwork] = []
        raw_networks = data.get("allowed_networks") or []
        if not isinstance(raw_networks, list):
            raise ConfigError("allowed_networks", "must be a list of CIDR ranges")
        for raw in raw_networks:
            try:
                networks.append(ipaddress.ip_network(str(raw), strict=False))
            except ValueError as exc:
                raise ConfigError("allowed_networks", f"{raw!r} is not a CIDR range") from exc
        raw_overrides = data.get("overrides") or {}
        if not isinstance(raw_overrides, Mapping):
            raise ConfigError("overrides", "must map server names to base URLs")
        overrides = {str(k): str(v) for k, v in raw_overrides.items()}
        return cls(
            timeout=float(numbers["timeout"]),
            max_body_bytes=int(numbers["max_body_bytes"]),
            max_redirects=int(numbers["max_redirects"]),
            allowed_networks=tuple(networks),
            overrides=overrides,
        )
