"""Fetching ``https://<server>/.well-known/matrix/support`` without becoming an SSRF proxy.

The address policy is in :mod:`.address_policy`, the pinned resolver and session in
:mod:`.pinning`, the settings in :mod:`.wellknown_settings`.

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
import ssl
import time
from collections.abc import Awaitable, Callable, Iterable, Sequence
from typing import Final

import aiohttp
from yarl import URL

from contactbot.core.errors import UserError
from contactbot.features.contacts.domain.support import (
    WELL_KNOWN_PATH,
    FetchResult,
    FetchStatus,
    SupportInfo,
    load_document,
    parse_support,
)
from contactbot.features.contacts.domain.validation import (
    ServerName,
    display_text,
    parse_server_name,
)
from contactbot.features.contacts.transport.address_policy import IPAddress, address_refusal
from contactbot.features.contacts.transport.pinning import (
    PinnedResolver,
    SessionFactory,
    make_session,
    system_resolve,
)
from contactbot.features.contacts.transport.wellknown_settings import (
    WellKnownSettings,
    override_url,
)

log = logging.getLogger(__name__)

# Resolves a host name (with the port to connect to) to IP address strings.
Resolve = Callable[[str, int], Awaitable[Sequence[str]]]

_REDIRECT_STATUSES: Final = frozenset({301, 302, 303, 307, 308})
_NOT_FOUND_STATUSES: Final = frozenset({404, 410})
_MAX_AGE_RE: Final = re.compile(r"(?:^|,)\s*max-age\s*=\s*\"?([0-9]{1,10})\"?\s*(?:,|$)", re.I)


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
            name: override_url(name, base) for name, base in settings.overrides.items()
        }
        self._trusted_origins = frozenset(_origin(url) for url in self._overrides.values())
        self._sessions: set[aiohttp.ClientSession] = set()
        self._closed = False

    def fetch_key(self, server: ServerName) -> str:
        """The name whose document a lookup of ``server`` gets, which is what to cache it under:
        the server name of an override written with a port, else the host alone (the port is
        never part of the URL fetched)."""
        return str(server) if str(server) in self._overrides else server.url_host

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
    ) -> FetchResult:
        return FetchResult(status, info, detail, http_status, max_age, fetched_at)

    async def _fetch(self, server: ServerName, started: float) -> FetchResult:
        url = self._start_url(server)
        # An override's origin is trusted for the lookup that starts there and no other: a
        # remote server must not redirect the fetcher to an operator's internal address.
        start = _origin(url)
        home = start if start in self._trusted_origins else None
        resolver = PinnedResolver()
        session = self._session_factory(resolver)
        self._sessions.add(session)
        visited: set[URL] = set()
        try:
            for hop in range(self._settings.max_redirects + 1):
                visited.add(url)
                await self._vet(url, resolver, home)
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

    async def _vet(
        self, url: URL, resolver: PinnedResolver, home: tuple[str, str, int | None] | None
    ) -> None:
        """Refuse ``url`` unless policy allows it; pin the addresses it may connect to.

        ``home`` is the override origin the lookup started at, if any: the only trusted one.
        """
        origin = _origin(url)
        trusted = origin == home
        shown = display_text(str(url), 200)
        if not trusted and origin in self._trusted_origins:
            raise _Outcome("error", f"Refused {shown}: a redirect to a configured override.")
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
        # Only the validated result leaves this function: the decoded document can be many
        # times the body's size (a padded document), and nothing needs it once parsed.
        info = parse_support(document)
        return self._result(
            "ok" if info.is_usable else "invalid", info.reason, status, max_age, started, info=info
        )

    async def close(self) -> None:
        """Stop: close sessions of fetches in progress; later fetches return an error."""
        self._closed = True
        sessions = list(self._sessions)
        self._sessions.clear()
        for session in sessions:
            await session.close()
