"""Fetching ``https://<server>/.well-known/matrix/support`` without becoming an SSRF proxy.

Server names come from users, so every request is vetted before it is made:

1. The server name must match the spec grammar. Its port is ignored: MSC1929 fetches the
   document from the host alone, on the default https port.
2. The host is resolved once (``loop.getaddrinfo``, injectable) and every address must be
   publicly routable: loopback, private, link-local, CGNAT, multicast, reserved, documentation,
   benchmarking and similar ranges are refused, for IPv4 and IPv6, looking inside IPv4-mapped,
   NAT64 and 6to4 addresses. If **any** address of the answer is refused, the whole host is
   refused: a mixed answer is what a rebinding attack or a half-internal name looks like, and
   picking the "good" addresses would still let the attacker choose when we connect where.
3. The connection goes to the vetted addresses only: aiohttp asks :class:`PinnedResolver`,
   which answers from the vetted set and knows no other host, so a second DNS answer is never
   consulted. TLS server name and ``Host`` stay the name.
4. Redirects (at most ``max_redirects``) are followed by hand and vetted the same way.
5. One total timeout covers DNS, connecting, redirects and the body; the body is read with a
   byte cap (``Content-Length`` is checked first).

``allowed_networks`` lets an operator permit ranges that are otherwise refused. ``overrides``
map a server name to a base URL (``http://127.0.0.1:8123``); their origin is the only place
where plain http is used, and an IP literal written there is trusted as it is. A host *name* in
an override is still resolved and vetted.
"""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import re
import socket
import ssl
import time
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Final

import aiohttp
from aiohttp.abc import AbstractResolver, ResolveResult
from yarl import URL

from contactbot import __version__
from contactbot.core.errors import ConfigError, UserError
from contactbot.features.contacts.domain.contacts import (
    ServerName,
    display_text,
    parse_server_name,
)
from contactbot.features.contacts.domain.support import (
    WELL_KNOWN_PATH,
    FetchResult,
    FetchStatus,
    SupportInfo,
    load_document,
    parse_support,
)

log = logging.getLogger(__name__)

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network

# Resolves a host name (with the port to connect to) to IP address strings.
Resolve = Callable[[str, int], Awaitable[Sequence[str]]]

_REDIRECT_STATUSES: Final = frozenset({301, 302, 303, 307, 308})
_NOT_FOUND_STATUSES: Final = frozenset({404, 410})
_MAX_AGE_RE: Final = re.compile(r"(?:^|,)\s*max-age\s*=\s*\"?([0-9]{1,10})\"?\s*(?:,|$)", re.I)
_USER_AGENT: Final = f"contactbot/{__version__} (+MSC1929 support lookup)"


# -- Address policy -----------------------------------------------------------------------------

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


# -- Settings -----------------------------------------------------------------------------------


def _override_url(server: str, base: str) -> URL:
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
            _override_url(server, base)
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


# -- Connection pinning -------------------------------------------------------------------------


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


# -- Fetching -----------------------------------------------------------------------------------


class _Outcome(Exception):
    """Ends a fetch early with a result."""

    def __init__(self, status: FetchStatus, detail: str, http_status: int | None = None) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.http_status = http_status


def parse_max_age(values: Iterable[str]) -> int | None:
    """``max-age`` from ``Cache-Control`` header values, or None."""
    for value in values:
        match = _MAX_AGE_RE.search(value)
        if match is not None:
            return int(match.group(1))
    return None


def _ip_literal(host: str) -> IPAddress | None:
    try:
        return ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return None


def _origin(url: URL) -> tuple[str, str, int | None]:
    return (url.scheme, (url.raw_host or "").lower(), url.port)


def _describe_failure(exc: BaseException) -> str:
    """A human reason for a connection-level failure."""
    if isinstance(exc, aiohttp.ClientConnectorCertificateError):
        return f"TLS certificate rejected: {display_text(str(exc.certificate_error), 200)}."
    if isinstance(exc, aiohttp.ClientSSLError | ssl.SSLError):
        return f"TLS failed: {display_text(str(exc), 200)}."
    # Only vetted addresses were contacted, so the text reveals nothing about inside networks.
    return f"Connection failed: {display_text(str(exc) or type(exc).__name__, 200)}."


class WellKnownFetcher:
    """Fetches and validates servers' support documents; see the module docstring."""

    def __init__(
        self,
        settings: WellKnownSettings,
        session_factory: SessionFactory | None = None,
        *,
        resolve: Resolve | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._settings = settings
        self._session_factory = session_factory or make_session
        self._resolve = resolve or system_resolve
        self._clock = clock
        self._overrides = {
            name: _override_url(name, base) for name, base in settings.overrides.items()
        }
        self._trusted_origins = frozenset(_origin(url) for url in self._overrides.values())
        self._sessions: set[aiohttp.ClientSession] = set()
        self._closed = False

    def _start_url(self, server: ServerName) -> URL:
        base = self._overrides.get(str(server)) or self._overrides.get(server.url_host)
        if base is not None:
            return base.with_path(base.path.rstrip("/") + WELL_KNOWN_PATH)
        # MSC1929: the host of the server name, without its port.
        return URL.build(scheme="https", host=server.host, path=WELL_KNOWN_PATH)

    async def fetch_support(self, server_name: str) -> FetchResult:
        """Fetch and validate ``server_name``'s support document.

        Never raises for anything the remote side does; failures come back as a
        :class:`FetchResult` with a human ``detail``.

        Raises:
            UserError: when ``server_name`` is not a valid server name.
        """
        server = parse_server_name(server_name)
        if server is None:
            raise UserError(f'"{display_text(server_name, 80)}" is not a valid server name.')
        started = self._clock()
        if self._closed:
            return self._result("error", "The fetcher is shut down.", None, None, started)
        try:
            async with asyncio.timeout(self._settings.timeout):
                result = await self._fetch(server, started)
        except _Outcome as outcome:
            result = self._result(
                outcome.status, outcome.detail, outcome.http_status, None, started
            )
        except TimeoutError:
            result = self._result(
                "error",
                f"No complete answer within {self._settings.timeout:g} s.",
                None,
                None,
                started,
            )
        except (aiohttp.ClientError, OSError) as exc:
            result = self._result("error", _describe_failure(exc), None, None, started)
        log.info("support lookup for %s: %s (%s)", server, result.status, result.detail)
        return result

    def _result(
        self,
        status: FetchStatus,
        detail: str,
        http_status: int | None,
        max_age: int | None,
        fetched_at: float,
        *,
        info: SupportInfo | None = None,
        document: Mapping[str, object] | None = None,
    ) -> FetchResult:
        return FetchResult(status, info, detail, http_status, max_age, fetched_at, document)

    async def _fetch(self, server: ServerName, started: float) -> FetchResult:
        url = self._start_url(server)
        resolver = PinnedResolver()
        session = self._session_factory(resolver)
        self._sessions.add(session)
        visited: set[URL] = set()
        try:
            for hop in range(self._settings.max_redirects + 1):
                visited.add(url)
                await self._vet(url, resolver)
                async with session.get(url, allow_redirects=False) as response:
                    if response.status not in _REDIRECT_STATUSES:
                        return await self._read(response, started)
                    location = response.headers.get("Location")
                if not location:
                    raise _Outcome("error", "A redirect had no Location.", response.status)
                try:
                    url = url.join(URL(location))
                except ValueError as exc:
                    raise _Outcome("error", "A redirect pointed to an invalid URL.") from exc
                log.debug("support lookup for %s: redirect %d to %s", server, hop + 1, url)
                if url in visited:
                    raise _Outcome("error", "The redirects loop.")
            raise _Outcome("error", f"More than {self._settings.max_redirects} redirects.")
        finally:
            self._sessions.discard(session)
            await session.close()

    async def _vet(self, url: URL, resolver: PinnedResolver) -> None:
        """Refuse ``url`` unless policy allows it; pin the addresses it may connect to."""
        trusted = _origin(url) in self._trusted_origins
        shown = display_text(str(url), 200)
        if url.scheme != "https" and not (trusted and url.scheme == "http"):
            raise _Outcome("error", f"Refused {shown}: only https is allowed.")
        if url.user is not None or url.password is not None:
            raise _Outcome("error", f"Refused {shown}: it contains credentials.")
        host = url.raw_host
        port = url.port
        if not host or port is None:
            raise _Outcome("error", f"Refused {shown}: it has no host.")
        literal = _ip_literal(host)
        if literal is not None:
            addresses: list[IPAddress] = [literal]
            if trusted:
                return  # the operator wrote this address into an override
        else:
            if parse_server_name(host) is None:
                raise _Outcome("error", f"Refused {shown}: its host is not a valid name.")
            addresses = await self._lookup(host, port)
        for address in addresses:
            reason = address_refusal(address, self._settings.allowed_networks)
            if reason is not None:
                if literal is None:
                    detail = f"Refused {host}: it resolves to {address}, {reason}."
                else:
                    detail = f"Refused {host}: {reason}."
                raise _Outcome("error", detail)
        if literal is None:
            resolver.pin(host, addresses)

    async def _lookup(self, host: str, port: int) -> list[IPAddress]:
        try:
            answers = await self._resolve(host, port)
        except OSError as exc:
            raise _Outcome("error", f"Cannot resolve {host}: {exc.strerror or exc}.") from exc
        addresses: list[IPAddress] = []
        for answer in answers:
            try:
                addresses.append(ipaddress.ip_address(answer))
            except ValueError as exc:
                raise _Outcome("error", f"Cannot resolve {host}: odd address in answer.") from exc
        if not addresses:
            raise _Outcome("error", f"Cannot resolve {host}: no addresses.")
        return addresses

    async def _read(self, response: aiohttp.ClientResponse, started: float) -> FetchResult:
        status = response.status
        max_age = parse_max_age(response.headers.getall("Cache-Control", []))
        if status in _NOT_FOUND_STATUSES:
            return self._result(
                "not_found",
                f"The server publishes no support information (HTTP {status}).",
                status,
                max_age,
                started,
            )
        if status != 200:
            raise _Outcome("error", f"The server answered HTTP {status}.", status)
        encoding = response.headers.get("Content-Encoding", "identity").strip().lower()
        if encoding not in ("", "identity"):
            raise _Outcome(
                "invalid", "The body is compressed although we asked for it uncompressed.", status
            )
        cap = self._settings.max_body_bytes
        if response.content_length is not None and response.content_length > cap:
            raise _Outcome(
                "invalid",
                f"The document is {response.content_length} bytes; the limit is {cap}.",
                status,
            )
        body = bytearray()
        async for chunk in response.content.iter_chunked(8192):
            body += chunk
            if len(body) > cap:
                raise _Outcome("invalid", f"The document is over the {cap}-byte limit.", status)
        try:
            document = load_document(bytes(body))
        except ValueError as exc:
            return self._result(
                "invalid", str(exc), status, max_age, started, info=SupportInfo.invalid(str(exc))
            )
        info = parse_support(document)
        kept = document if isinstance(document, Mapping) else None
        return self._result(
            "ok" if info.is_usable else "invalid",
            info.reason,
            status,
            max_age,
            started,
            info=info,
            document=kept,
        )

    async def close(self) -> None:
        """Stop: close sessions of fetches in progress; later fetches return an error."""
        self._closed = True
        sessions = list(self._sessions)
        self._sessions.clear()
        for session in sessions:
            await session.close()
