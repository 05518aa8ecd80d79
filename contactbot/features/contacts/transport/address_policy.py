"""Which IP addresses a support lookup may connect to.

Loopback, private, link-local, CGNAT, multicast, reserved, documentation, benchmarking and
similar ranges are refused, for IPv4 and IPv6, looking inside IPv4-mapped, NAT64 and 6to4
addresses. ``allowed`` ranges (from the operator) are always permitted.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable
from typing import Final

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network

# Checked in order; the first match names the reason. Anything else that Python does not
# consider globally routable is refused too (see address_refusal).
_FORBIDDEN_NETWORKS: Final[tuple[tuple[IPNetwork, str], ...]] = tuple(
    (ipaddress.ip_network(net), reason)
    for net, reason in (
        ("0.0.0.0/8", "an unspecified/'this network' address"),
        ("10.0.0.0/8", "a private address"),
        ("100.64.0.0/10", "a shared (carrier-grade NAT) address"),
        ("127.0.0.0/8", "a loopback address"),
        ("169.254.0.0/16", "a link-local address"),
        ("172.16.0.0/12", "a private address"),
        ("192.0.0.0/24", "an IETF protocol address"),
        ("192.0.2.0/24", "a documentation address"),
        ("192.88.99.0/24", "a 6to4 relay address"),
        ("192.168.0.0/16", "a private address"),
        ("198.18.0.0/15", "a benchmarking address"),
        ("198.51.100.0/24", "a documentation address"),
        ("203.0.113.0/24", "a documentation address"),
        ("224.0.0.0/4", "a multicast address"),
        ("240.0.0.0/4", "a reserved address"),
        ("::/128", "the unspecified address"),
        ("::1/128", "a loopback address"),
        ("::/8", "a reserved address"),  # includes deprecated IPv4-compatible ::a.b.c.d
        ("64:ff9b:1::/48", "a local-use NAT64 address"),
        ("100::/64", "a discard-only address"),
        ("2001::/23", "an IETF protocol address"),  # Teredo, ORCHID, benchmarking, ...
        ("2001:db8::/32", "a documentation address"),
        ("3fff::/20", "a documentation address"),
        ("5f00::/16", "a segment-routing address"),
        ("fc00::/7", "a unique-local (private) address"),
        ("fe80::/10", "a link-local address"),
        ("fec0::/10", "a site-local address"),
        ("ff00::/8", "a multicast address"),
    )
)
_NAT64_WELL_KNOWN: Final = ipaddress.IPv6Network("64:ff9b::/96")


def _embedded_ipv4(address: IPAddress) -> ipaddress.IPv4Address | None:
    """The IPv4 address carried inside an IPv4-mapped, NAT64 or 6to4 IPv6 address."""
    if not isinstance(address, ipaddress.IPv6Address):
        return None
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address in _NAT64_WELL_KNOWN:
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return address.sixtofour


def _forbidden_reason(address: IPAddress) -> str | None:
    for network, reason in _FORBIDDEN_NETWORKS:
        if address.version == network.version and address in network:
            return reason
    if not address.is_global:
        return "not a globally routable address"
    return None


def address_refusal(address: IPAddress, allowed: Iterable[IPNetwork] = ()) -> str | None:
    """Why connecting to ``address`` is refused, or None when it is allowed.

    IPv4-mapped and NAT64 addresses are judged by the IPv4 address inside them; 6to4 addresses
    by both. An address (or the IPv4 address inside it) in ``allowed`` is always permitted.
    """
    if isinstance(address, ipaddress.IPv6Address) and address.scope_id:
        # A zone index ("fe80::1%eth0") does not change which range the address is in.
        address = ipaddress.IPv6Address(address.compressed.split("%", 1)[0])
    embedded = _embedded_ipv4(address)
    candidates = [address] if embedded is None else [address, embedded]
    for candidate in candidates:
        for network in allowed:
            if candidate.version == network.version and candidate in network:
                return None
    if embedded is not None:
        inner = _forbidden_reason(embedded)
        if inner is not None:
            return f"{inner} inside an IPv6 address"
        if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
            return None  # judged by the IPv4 address it maps
        if address in _NAT64_WELL_KNOWN:
            return None
    return _forbidden_reason(address)
