"""Support-lookup settings from config, the address policy and Cache-Control max-age."""

from __future__ import annotations

import ipaddress
from collections.abc import Awaitable, Callable

import pytest
from aiohttp import web

from contactbot.core.errors import ConfigError
from contactbot.features.contacts.domain.contacts import ROLE_ADMIN
from contactbot.features.contacts.transport.address_policy import address_refusal
from contactbot.features.contacts.transport.wellknown import parse_max_age
from contactbot.features.contacts.transport.wellknown_settings import WellKnownSettings

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]

DOC = {"contacts": [{"matrix_id": "@admin:support.test", "role": ROLE_ADMIN}]}


@pytest.mark.parametrize(
    ("overrides", "key"),
    [
        ({"not a name": "http://127.0.0.1:1"}, "overrides.not a name"),
        ({"a.test": "ftp://127.0.0.1:1"}, "overrides.a.test"),
        ({"a.test": "http://127.0.0.1:1/?q=1"}, "overrides.a.test"),
    ],
)
def test_settings_reject_bad_overrides(overrides: dict[str, str], key: str) -> None:
    """Overrides must map server names to plain http(s) base URLs."""
    with pytest.raises(ConfigError) as caught:
        WellKnownSettings(overrides=overrides)
    assert caught.value.key == key


def test_settings_from_config_mapping() -> None:
    """Settings read a config section: numbers, CIDR strings, overrides (keys normalised)."""
    settings = WellKnownSettings.from_mapping(
        {
            "timeout": 2,
            "allowed_networks": ["10.1.0.0/16", "fd00::/8"],
            "overrides": {"Demo.TEST": "http://127.0.0.1:8123/"},
        }
    )
    assert settings.timeout == 2.0
    assert settings.max_body_bytes == 65536
    assert settings.allowed_networks == (
        ipaddress.ip_network("10.1.0.0/16"),
        ipaddress.ip_network("fd00::/8"),
    )
    assert dict(settings.overrides) == {"demo.test": "http://127.0.0.1:8123"}
    with pytest.raises(ConfigError, match="allowed_networks"):
        WellKnownSettings.from_mapping({"allowed_networks": ["not-a-net"]})
    with pytest.raises(ConfigError, match="timeout"):
        WellKnownSettings.from_mapping({"timeout": "soon"})


@pytest.mark.parametrize(
    ("address", "allowed", "refused"),
    [
        ("8.8.8.8", (), False),
        ("2606:4700::1111", (), False),
        ("::ffff:8.8.8.8", (), False),  # mapped public IPv4
        ("64:ff9b::808:808", (), False),  # NAT64 of a public IPv4 (DNS64 networks)
        ("2002:808:808::1", (), False),  # 6to4 of a public IPv4
        ("::ffff:10.0.0.1", (), True),
        ("::127.0.0.1", (), True),  # deprecated IPv4-compatible
        ("2001::1", (), True),  # Teredo
        ("64:ff9b:1::1", (), True),  # local-use NAT64
        ("fe80::1%eth0", (), True),
        ("10.0.0.1", ("10.0.0.0/8",), False),
        ("::ffff:10.0.0.1", ("10.0.0.0/8",), False),  # allowlist applies inside mapped
        ("10.0.0.1", ("10.1.0.0/16",), True),
    ],
)
def test_address_policy(address: str, allowed: tuple[str, ...], refused: bool) -> None:
    """Public addresses pass, embedded IPv4 is judged, the allowlist wins over the policy."""
    networks = [ipaddress.ip_network(net) for net in allowed]
    assert (address_refusal(ipaddress.ip_address(address), networks) is not None) is refused


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (["max-age=300"], 300),
        (["public, Max-Age=86400, must-revalidate"], 86400),
        (['max-age="60"'], 60),
        (["no-cache"], None),
        (["s-maxage=10"], None),
        ([], None),
    ],
)
def test_parse_max_age(headers: list[str], expected: int | None) -> None:
    """max-age is read from Cache-Control, case-insensitively, ignoring other directives."""
    assert parse_max_age(headers) == expected
