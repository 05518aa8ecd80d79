"""The SSRF-safe support-document fetcher, against real HTTP(S) servers on loopback.

Only DNS is faked (the injectable ``resolve``); every request goes to a real aiohttp server.
Loopback is reachable only through an override or an allowlist, as in production.
"""

from __future__ import annotations

import asyncio
import ipaddress
import json
import re
import socket
import ssl
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from typing import Any

import pytest
import trustme
from aiohttp import web
from aiohttp.abc import AbstractResolver, ResolveResult

from contactbot.core.errors import UserError
from contactbot.features.contacts.domain.contacts import ROLE_ADMIN
from contactbot.features.contacts.domain.parsing import Contact
from contactbot.features.contacts.domain.support import WELL_KNOWN_PATH, Validity, parse_support
from contactbot.features.contacts.transport.pinning import PinnedResolver, make_session
from contactbot.features.contacts.transport.wellknown import WellKnownFetcher
from contactbot.features.contacts.transport.wellknown_settings import WellKnownSettings

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]

DOC = {"contacts": [{"matrix_id": "@admin:support.test", "role": ROLE_ADMIN}]}


class Site:
    """A real aiohttp server whose routes tests fill in; it records (Host, path) per request."""

    def __init__(self) -> None:
        self.routes: dict[str, Handler] = {}
        self.requests: list[tuple[str, str]] = []
        self.port = 0
        self._runner: web.AppRunner | None = None

    async def _dispatch(self, request: web.Request) -> web.StreamResponse:
        self.requests.append((request.host, request.path))
        handler = self.routes.get(request.path)
        if handler is None:
            return web.Response(status=404)
        return await handler(request)

    async def start(
        self, host: str = "127.0.0.1", port: int = 0, ssl_context: ssl.SSLContext | None = None
    ) -> None:
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self._dispatch)
        # Cancel handlers when the client goes away, so slow handlers end with the test.
        self._runner = web.AppRunner(
            app, handler_cancellation=True, shutdown_timeout=0.5, access_log=None
        )
        await self._runner.setup()
        await web.TCPSite(self._runner, host, port, ssl_context=ssl_context).start()
        self.port = self._runner.addresses[0][1]

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()


class FakeDns:
    """Answers per host from a script; the last answer repeats. Records (host, port) asked."""

    def __init__(self, answers: dict[str, list[list[str]]] | None = None) -> None:
        self.answers = answers or {}
        self.calls: list[tuple[str, int]] = []
        self.delay = 0.0

    async def __call__(self, host: str, port: int) -> Sequence[str]:
        self.calls.append((host, port))
        if self.delay:
            await asyncio.sleep(self.delay)
        script = self.answers.get(host)
        if script is None:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        asked = sum(1 for called, _ in self.calls if called == host)
        return script[min(asked, len(script)) - 1]


class RecordingResolver(AbstractResolver):
    """Wraps the fetcher's pinned resolver to record what the connector was told."""

    def __init__(self, inner: AbstractResolver) -> None:
        self.inner = inner
        self.answers: list[tuple[str, str]] = []

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        results = await self.inner.resolve(host, port, family)
        self.answers.extend((host, result["host"]) for result in results)
        return results

    async def close(self) -> None:
        await self.inner.close()


def json_response(
    document: object,
    *,
    content_type: str = "application/json",
    headers: dict[str, str] | None = None,
) -> Handler:
    async def handler(request: web.Request) -> web.StreamResponse:
        return web.Response(
            body=json.dumps(document).encode(), content_type=content_type, headers=headers
        )

    return handler


def redirect_to(location: str, status: int = 302) -> Handler:
    async def handler(request: web.Request) -> web.StreamResponse:
        return web.Response(status=status, headers={"Location": location})

    return handler


@pytest.fixture
async def site() -> AsyncIterator[Site]:
    server = Site()
    await server.start()
    yield server
    await server.stop()


def make_fetcher(
    site: Site,
    *,
    dns: FakeDns | None = None,
    use_system_dns: bool = False,
    overrides: dict[str, str] | None = None,
    allowed: Sequence[str] = (),
    **settings: Any,
) -> WellKnownFetcher:
    """A fetcher whose only override sends support.test to the loopback test server."""
    if overrides is None:
        overrides = {"support.test": f"http://127.0.0.1:{site.port}"}
    return WellKnownFetcher(
        WellKnownSettings(
            overrides=overrides,
            allowed_networks=tuple(ipaddress.ip_network(net) for net in allowed),
            **settings,
        ),
        resolve=None if use_system_dns else (dns or FakeDns()),
    )


# -- Successful fetches -------------------------------------------------------------------------


async def test_valid_document_through_override(site: Site) -> None:
    """An override reaches the loopback server over http; the document and max-age come back."""
    site.routes[WELL_KNOWN_PATH] = json_response(
        DOC, headers={"Cache-Control": "public, max-age=7200"}
    )
    result = await make_fetcher(site).fetch_support("support.test")
    assert result.status == "ok"
    assert result.http_status == 200
    assert result.max_age == 7200
    assert result.info is not None and result.info.validity is Validity.VALID
    assert result.info.contacts == (Contact(ROLE_ADMIN, "@admin:support.test", None),)
    assert result.info == parse_support(DOC)
    assert result.detail == "Found 1 contact."
    assert site.requests == [(f"127.0.0.1:{site.port}", WELL_KNOWN_PATH)]


async def test_json_with_text_plain_content_type_is_accepted(site: Site) -> None:
    """The body is parsed as JSON whatever Content-Type says."""
    site.routes[WELL_KNOWN_PATH] = json_response(DOC, content_type="text/plain")
    result = await make_fetcher(site).fetch_support("support.test")
    assert result.status == "ok"


async def test_server_name_port_is_ignored_for_the_lookup(site: Site) -> None:
    """MSC1929 fetches from the host alone: example.test:8448 is looked up on port 443."""
    dns = FakeDns({"example.test": [["10.1.2.3"]]})
    result = await make_fetcher(site, dns=dns).fetch_support("Example.TEST:8448")
    assert dns.calls == [("example.test", 443)]
    assert result.status == "error"


async def test_override_base_path_is_kept(site: Site) -> None:
    """An override base URL with a path prefix gets the well-known path appended."""
    site.routes["/prefix" + WELL_KNOWN_PATH] = json_response(DOC)
    fetcher = make_fetcher(
        site, overrides={"support.test": f"http://127.0.0.1:{site.port}/prefix/"}
    )
    assert (await fetcher.fetch_support("support.test")).status == "ok"


# -- Unusable answers ---------------------------------------------------------------------------


async def test_non_json_body_is_invalid(site: Site) -> None:
    """An HTML page instead of JSON is an invalid answer with the reason."""

    async def html(request: web.Request) -> web.StreamResponse:
        return web.Response(text="<html>hello</html>", content_type="text/html")

    site.routes[WELL_KNOWN_PATH] = html
    result = await make_fetcher(site).fetch_support("support.test")
    assert result.status == "invalid"
    assert result.http_status == 200
    assert result.detail.startswith("The document is not valid JSON")
    assert result.info is not None and result.info.validity is Validity.INVALID


async def test_json_without_usable_entries_is_invalid(site: Site) -> None:
    """Valid JSON that is not a usable support document is invalid, each fault listed."""
    site.routes[WELL_KNOWN_PATH] = json_response({"contacts": [{"role": ROLE_ADMIN}]})
    result = await make_fetcher(site).fetch_support("support.test")
    assert result.status == "invalid"
    assert "no usable contact" in result.detail
    assert result.info is not None
    assert result.info.problems == ("Contact 1 has neither matrix_id nor email_address; ignored.",)


@pytest.mark.parametrize("status", [404, 410])
async def test_missing_document_is_not_found(site: Site, status: int) -> None:
    """404 (and 410) mean the server publishes no support information."""

    async def gone(request: web.Request) -> web.StreamResponse:
        return web.Response(status=status)

    site.routes[WELL_KNOWN_PATH] = gone
    result = await make_fetcher(site).fetch_support("support.test")
    assert (result.status, result.http_status, result.info) == ("not_found", status, None)


async def test_server_error_is_an_error(site: Site) -> None:
    """A 500 is an error carrying the status; the body is not parsed."""

    async def boom(request: web.Request) -> web.StreamResponse:
        return web.Response(status=500, text=json.dumps(DOC))

    site.routes[WELL_KNOWN_PATH] = boom
    result = await make_fetcher(site).fetch_support("support.test")
    assert (result.status, result.http_status, result.info) == ("error", 500, None)
    assert result.detail == "The server answered HTTP 500."


async def test_oversized_body_with_content_length_is_refused_early(site: Site) -> None:
    """A Content-Length over the cap is refused before reading the body."""
    site.routes[WELL_KNOWN_PATH] = json_response({"pad": "x" * 5000, **DOC})
    result = await make_fetcher(site, max_body_bytes=1024).fetch_support("support.test")
    assert result.status == "invalid"
    assert result.detail.endswith("bytes; the limit is 1024.")


async def test_oversized_body_without_content_length_is_cut_off(site: Site) -> None:
    """A chunked body that never ends is read only up to the cap, then abandoned."""

    async def endless(request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse()
        response.enable_chunked_encoding()
        await response.prepare(request)
        for _ in range(100_000):  # 400 MB if nobody stopped reading
            await response.write(b" " * 4096)
        return response

    site.routes[WELL_KNOWN_PATH] = endless
    started = time.monotonic()
    result = await make_fetcher(site, max_body_bytes=1024).fetch_support("support.test")
    assert result.status == "invalid"
    assert result.detail == "The document is over the 1024-byte limit."
    assert time.monotonic() - started < 2


async def test_compressed_body_is_refused(site: Site) -> None:
    """A body compressed despite Accept-Encoding: identity is not decompressed."""
    site.routes[WELL_KNOWN_PATH] = json_response(DOC, headers={"Content-Encoding": "gzip"})
    result = await make_fetcher(site).fetch_support("support.test")
    assert result.status == "invalid"
    assert "compressed" in result.detail


async def test_slow_body_hits_the_total_timeout(site: Site) -> None:
    """Headers sent, then a body that stalls: the total timeout ends the fetch."""

    async def slow(request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse(headers={"Content-Type": "application/json"})
        await response.prepare(request)
        await response.write(b'{"contacts": [')
        await asyncio.sleep(30)
        return response

    site.routes[WELL_KNOWN_PATH] = slow
    started = time.monotonic()
    result = await make_fetcher(site, timeout=0.5).fetch_support("support.test")
    assert time.monotonic() - started < 2
    assert result.status == "error"
    assert result.detail == "No complete answer within 0.5 s."


async def test_slow_dns_hits_the_total_timeout(site: Site) -> None:
    """The total timeout covers name resolution too."""
    dns = FakeDns({"slow.test": [["8.8.8.8"]]})
    dns.delay = 30
    result = await make_fetcher(site, dns=dns, timeout=0.3).fetch_support("slow.test")
    assert result.detail == "No complete answer within 0.3 s."


async def test_unresolvable_name_is_an_error(site: Site) -> None:
    """A name DNS does not know is an error naming the host."""
    result = await make_fetcher(site).fetch_support("nowhere.test")
    assert result.status == "error"
    assert result.detail.startswith("Cannot resolve nowhere.test")


# -- Address policy -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("server_name", "reason"),
    [
        ("127.0.0.1", "loopback"),
        ("[::ffff:127.0.0.1]", "loopback address inside an IPv6 address"),
        ("10.0.0.1", "private"),
        ("169.254.169.254", "link-local"),
        ("[::1]", "loopback"),
        ("0.0.0.0", "unspecified"),  # noqa: S104 - a target refused, not a bind
        ("[::]", "unspecified"),
        ("100.64.0.1", "carrier-grade NAT"),
        ("198.18.0.1", "benchmarking"),
        ("192.0.2.1", "documentation"),
        ("224.0.0.251", "multicast"),
        ("255.255.255.255", "reserved"),
        ("[fe80::1]", "link-local"),
        ("[fd00::1]", "unique-local"),
        ("[64:ff9b::7f00:1]", "loopback address inside"),  # NAT64 of 127.0.0.1
        ("[2002:7f00:1::1]", "loopback address inside"),  # 6to4 of 127.0.0.1
        ("[2001:db8::1]", "documentation"),
    ],
)
async def test_non_public_addresses_are_refused(site: Site, server_name: str, reason: str) -> None:
    """IP-literal server names outside public space are refused before any connection."""
    result = await make_fetcher(site).fetch_support(server_name)
    assert result.status == "error"
    assert result.detail.startswith("Refused ")
    assert reason in result.detail
    assert site.requests == []


@pytest.mark.parametrize("server_name", ["localhost", "2130706433", "0x7f.0.0.1", "127.1"])
async def test_names_resolving_to_loopback_are_refused(site: Site, server_name: str) -> None:
    """Names the real resolver maps to 127.0.0.1 (including numeric tricks) are refused."""
    result = await make_fetcher(site, use_system_dns=True).fetch_support(server_name)
    assert result.status == "error"
    # localhost may answer ::1 before 127.0.0.1, depending on /etc/hosts.
    assert re.search(r"resolves to (127\.0\.0\.1|::1), a loopback address", result.detail)


async def test_mixed_public_and_private_answer_is_refused(site: Site) -> None:
    """If any address of the DNS answer is forbidden, the whole host is refused."""
    dns = FakeDns({"mixed.test": [["8.8.8.8", "2606:4700::1", "10.0.0.7"]]})
    result = await make_fetcher(site, dns=dns).fetch_support("mixed.test")
    assert result.status == "error"
    assert result.detail == "Refused mixed.test: it resolves to 10.0.0.7, a private address."


async def test_override_host_name_is_still_vetted(site: Site) -> None:
    """An override naming a host (not an IP) is resolved and vetted like anything else."""
    dns = FakeDns({"named.test": [["127.0.0.1"]]})
    site.routes[WELL_KNOWN_PATH] = json_response(DOC)
    overrides = {"support.test": f"http://named.test:{site.port}"}
    refused = await make_fetcher(site, dns=dns, overrides=overrides).fetch_support("support.test")
    assert refused.status == "error" and "loopback" in refused.detail
    allowed = make_fetcher(site, dns=dns, overrides=overrides, allowed=["127.0.0.0/8"])
    result = await allowed.fetch_support("support.test")
    assert result.status == "ok"
    assert site.requests == [(f"named.test:{site.port}", WELL_KNOWN_PATH)]


async def test_plain_http_is_only_used_for_override_origins(site: Site) -> None:
    """Even an allowlisted address is not fetched over http without an override."""
    site.routes[WELL_KNOWN_PATH] = redirect_to(f"http://127.0.0.1:{site.port + 1}/x")
    result = await make_fetcher(site, allowed=["127.0.0.0/8"]).fetch_support("support.test")
    assert result.detail == f"Refused http://127.0.0.1:{site.port + 1}/x: only https is allowed."


# -- Redirects ----------------------------------------------------------------------------------


async def test_up_to_three_redirects_are_followed(site: Site) -> None:
    """Three redirects within the override's origin (relative and absolute) are followed."""
    base = f"http://127.0.0.1:{site.port}"
    site.routes[WELL_KNOWN_PATH] = redirect_to("/r1", 301)
    site.routes["/r1"] = redirect_to(f"{base}/r2", 307)
    site.routes["/r2"] = redirect_to("r3", 308)
    site.routes["/r3"] = json_response(DOC)
    result = await make_fetcher(site).fetch_support("support.test")
    assert result.status == "ok"
    assert [path for _, path in site.requests] == [WELL_KNOWN_PATH, "/r1", "/r2", "/r3"]


async def test_more_than_three_redirects_is_an_error(site: Site) -> None:
    """A fourth redirect is not followed."""
    site.routes[WELL_KNOWN_PATH] = redirect_to("/r1")
    for hop in range(1, 5):
        site.routes[f"/r{hop}"] = redirect_to(f"/r{hop + 1}")
    result = await make_fetcher(site).fetch_support("support.test")
    assert result.status == "error"
    assert result.detail == "More than 3 redirects."
    assert len(site.requests) == 4


async def test_redirect_loop_is_detected(site: Site) -> None:
    """A redirect back to a URL already visited ends the fetch."""
    site.routes[WELL_KNOWN_PATH] = redirect_to("/loop")
    site.routes["/loop"] = redirect_to(WELL_KNOWN_PATH)
    result = await make_fetcher(site, max_redirects=10).fetch_support("support.test")
    assert result.detail == "The redirects loop."


@pytest.mark.parametrize(
    ("location", "reason"),
    [
        ("https://127.0.0.1:{port}/x", "Refused 127.0.0.1: a loopback address."),
        ("https://[::1]/x", "Refused ::1: a loopback address."),
        ("https://localhost/x", "Refused localhost: it resolves to 127.0.0.1, a loopback"),
        ("https://internal.test/x", "Refused internal.test: it resolves to 10.0.0.5, a private"),
        ("https://metadata.test/x", "Refused metadata.test: it resolves to 169.254.169.254"),
        ("http://localhost:{port}/x", "only https is allowed"),
        ("file:///etc/passwd", "only https is allowed"),
    ],
)
async def test_redirect_targets_are_vetted(site: Site, location: str, reason: str) -> None:
    """A redirect from an allowed origin to a non-public or non-https target is refused."""
    dns = FakeDns(
        {
            "localhost": [["127.0.0.1"]],
            "internal.test": [["10.0.0.5"]],
            "metadata.test": [["169.254.169.254"]],
        }
    )
    site.routes[WELL_KNOWN_PATH] = redirect_to(location.format(port=site.port))
    site.routes["/x"] = json_response(DOC)
    result = await make_fetcher(site, dns=dns).fetch_support("support.test")
    assert result.status == "error"
    assert reason in result.detail
    assert [path for _, path in site.requests] == [WELL_KNOWN_PATH]


async def test_redirect_without_location_is_an_error(site: Site) -> None:
    """A 3xx without a Location header is an error, not a crash."""

    async def bare(request: web.Request) -> web.StreamResponse:
        return web.Response(status=302)

    site.routes[WELL_KNOWN_PATH] = bare
    result = await make_fetcher(site).fetch_support("support.test")
    assert (result.status, result.detail) == ("error", "A redirect had no Location.")


# -- DNS rebinding ------------------------------------------------------------------------------


async def test_connection_goes_to_the_vetted_address_not_a_later_dns_answer(site: Site) -> None:
    """DNS answers a (stand-in) public address, then loopback: only the vetted one is used.

    192.0.2.0/24 is allowlisted to play a public address without touching the internet; the
    loopback server that a rebinding attack aims at must see no request.
    """
    dns = FakeDns({"rebind.test": [["192.0.2.10"], ["127.0.0.1"]]})
    recorders: list[RecordingResolver] = []

    def session_factory(resolver: AbstractResolver) -> Any:
        recorder = RecordingResolver(resolver)
        recorders.append(recorder)
        return make_session(recorder)

    fetcher = WellKnownFetcher(
        WellKnownSettings(
            timeout=1.0,
            allowed_networks=(ipaddress.ip_network("192.0.2.0/24"),),
            overrides={"rebind.test": f"http://rebind.test:{site.port}"},
        ),
        session_factory,
        resolve=dns,
    )
    site.routes[WELL_KNOWN_PATH] = json_response(DOC)
    result = await fetcher.fetch_support("rebind.test")
    assert result.status == "error"  # 192.0.2.10 does not answer
    assert dns.calls == [("rebind.test", site.port)]  # resolved once, by the vetting step
    assert recorders[0].answers == [("rebind.test", "192.0.2.10")]
    assert site.requests == []


@pytest.fixture(scope="module")
def ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture
async def tls_pair(ca: trustme.CA) -> AsyncIterator[tuple[Site, Site]]:
    """Two TLS servers with a certificate for rebind.test: 127.0.0.1 (good), 127.0.0.2 (evil)."""
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("rebind.test").configure_cert(context)
    good, evil = Site(), Site()
    await good.start("127.0.0.1", 0, context)
    await evil.start("127.0.0.2", good.port, context)
    yield good, evil
    await good.stop()
    await evil.stop()


def tls_fetcher(ca: trustme.CA, port: int, dns: FakeDns, server: str) -> WellKnownFetcher:
    client_context = ssl.create_default_context()
    ca.configure_trust(client_context)
    return WellKnownFetcher(
        WellKnownSettings(
            allowed_networks=(ipaddress.ip_network("127.0.0.1/32"),),
            overrides={server: f"https://{server}:{port}"},
        ),
        lambda resolver: make_session(resolver, ssl_context=client_context),
        resolve=dns,
    )


async def test_rebinding_over_tls_keeps_sni_and_host_and_the_vetted_address(
    ca: trustme.CA, tls_pair: tuple[Site, Site]
) -> None:
    """TLS to the vetted IP verifies the name; a later rebind to 127.0.0.2 is refused."""
    good, evil = tls_pair
    good.routes[WELL_KNOWN_PATH] = json_response(DOC)
    evil.routes[WELL_KNOWN_PATH] = json_response({"support_page": "https://evil.example/"})
    dns = FakeDns({"rebind.test": [["127.0.0.1"], ["127.0.0.2"]]})
    fetcher = tls_fetcher(ca, good.port, dns, "rebind.test")

    first = await fetcher.fetch_support("rebind.test")
    assert first.status == "ok"
    assert first.info == parse_support(DOC)
    assert good.requests == [(f"rebind.test:{good.port}", WELL_KNOWN_PATH)]
    assert len(dns.calls) == 1

    second = await fetcher.fetch_support("rebind.test")
    assert second.status == "error"
    assert second.detail == "Refused rebind.test: it resolves to 127.0.0.2, a loopback address."
    assert evil.requests == []


async def test_tls_certificate_must_match_the_name(
    ca: trustme.CA, tls_pair: tuple[Site, Site]
) -> None:
    """Connecting by IP does not weaken TLS: a certificate for another name is rejected."""
    good, _ = tls_pair
    dns = FakeDns({"other.test": [["127.0.0.1"]]})
    result = await tls_fetcher(ca, good.port, dns, "other.test").fetch_support("other.test")
    assert result.status == "error"
    assert "certificate" in result.detail.lower()
    assert good.requests == []


async def test_pinned_resolver_answers_only_vetted_hosts() -> None:
    """The resolver handed to aiohttp knows vetted hosts only, with their vetted addresses."""
    resolver = PinnedResolver()
    resolver.pin("Vetted.test.", [ipaddress.ip_address("192.0.2.1")])
    answers = await resolver.resolve("vetted.test", 443, socket.AF_UNSPEC)
    assert [(a["host"], a["port"], a["hostname"]) for a in answers] == [
        ("192.0.2.1", 443, "vetted.test")
    ]
    with pytest.raises(OSError, match="not vetted"):
        await resolver.resolve("other.test", 443)
    with pytest.raises(OSError, match="no vetted address"):
        await resolver.resolve("vetted.test", 443, socket.AF_INET6)


# -- Inputs, settings and lifecycle -------------------------------------------------------------


@pytest.mark.parametrize("name", ["", "https://example.org", "exa mple.org", "a" * 300, "[::1"])
async def test_invalid_server_name_is_a_user_error(site: Site, name: str) -> None:
    """A server name off the grammar is the caller's mistake: UserError, nothing fetched."""
    with pytest.raises(UserError, match="not a valid server name"):
        await make_fetcher(site).fetch_support(name)


async def test_closed_fetcher_returns_an_error(site: Site) -> None:
    """After close() fetches return an error instead of running."""
    site.routes[WELL_KNOWN_PATH] = json_response(DOC)
    fetcher = make_fetcher(site)
    await fetcher.close()
    result = await fetcher.fetch_support("support.test")
    assert (result.status, result.detail) == ("error", "The fetcher is shut down.")
    assert site.requests == []
