"""Connections that go only to vetted addresses: a resolver that knows no other host, and the
client session built on it."""

from __future__ import annotations

import asyncio
import socket
import ssl
from collections.abc import Callable, Sequence
from typing import Final

import aiohttp
from aiohttp.abc import AbstractResolver, ResolveResult

from contactbot import __version__
from contactbot.features.contacts.transport.address_policy import IPAddress

_USER_AGENT: Final = f"contactbot/{__version__} (+MSC1929 support lookup)"


class PinnedResolver(AbstractResolver):
    """Answers only for hosts that were vetted, with exactly the vetted addresses.

    Given to aiohttp's connector in place of DNS, so the TCP connection goes to an address that
    passed the policy even if the name's DNS answer changes in between (DNS rebinding).
    """

    def __init__(self) -> None:
        self._pins: dict[str, tuple[IPAddress, ...]] = {}

    @staticmethod
    def _key(host: str) -> str:
        return host.rstrip(".").lower()

    def pin(self, host: str, addresses: Sequence[IPAddress]) -> None:
        """Let connections to ``host`` go to ``addresses``, and nowhere else."""
        self._pins[self._key(host)] = tuple(addresses)

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        """The vetted addresses of ``host``; OSError for a host that was not vetted."""
        addresses = self._pins.get(self._key(host))
        if addresses is None:
            raise OSError(f"{host} was not vetted for connecting")
        results: list[ResolveResult] = []
        for address in addresses:
            address_family = socket.AF_INET6 if address.version == 6 else socket.AF_INET
            if family not in (socket.AF_UNSPEC, address_family):
                continue
            results.append(
                ResolveResult(
                    hostname=host,
                    host=str(address),
                    port=port,
                    family=address_family,
                    proto=0,
                    flags=socket.AI_NUMERICHOST | socket.AI_NUMERICSERV,
                )
            )
        if not results:
            raise OSError(f"{host} has no vetted address of the requested family")
        return results

    async def close(self) -> None:
        """Nothing to release."""


async def system_resolve(host: str, port: int) -> Sequence[str]:
    """Resolve ``host`` with the event loop's ``getaddrinfo``; IP address strings."""
    loop = asyncio.get_running_loop()
    infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def make_session(
    resolver: AbstractResolver, *, ssl_context: ssl.SSLContext | None = None
) -> aiohttp.ClientSession:
    """A client session that resolves through ``resolver`` only.

    No DNS cache, no connection reuse across fetches, no proxies from the environment (a proxy
    would resolve the name itself), no cookies, no transparent decompression (the byte cap
    must apply to what we hold in memory).
    """
    connector = aiohttp.TCPConnector(
        resolver=resolver,
        use_dns_cache=False,
        force_close=True,
        limit=4,
        ssl=ssl_context if ssl_context is not None else True,
    )
    return aiohttp.ClientSession(
        connector=connector,
        trust_env=False,
        cookie_jar=aiohttp.DummyCookieJar(),
        auto_decompress=False,
        headers={
            "User-Agent": _USER_AGENT,
            "Accept": "application/json",
            "Accept-Encoding": "identity",
        },
    )


SessionFactory = Callable[[AbstractResolver], aiohttp.ClientSession]
