"""Host data shipped in ``data/``: brands and their official domains, and the host lists
(generic TLDs, throwaway TLDs, shorteners, IP loggers, third-party hosts, two-label suffixes).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources

# The data files ship inside this package.
_DATA = resources.files(__package__ or __name__) / "data"


@dataclass(frozen=True, slots=True)
class Brand:
    """A brand from data/brands.txt: its official domains and the labels it goes by."""

    name: str
    distinctive: bool
    official: tuple[str, ...]
    labels: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class HostLists:
    """The sections of data/domains.txt."""

    gtlds: frozenset[str]
    suspicious: frozenset[str]
    shorteners: frozenset[str]
    ipgrabbers: frozenset[str]
    thirdparty: frozenset[str]
    suffix2: frozenset[str]


def load_brands() -> tuple[Brand, ...]:
    text = (_DATA / "brands.txt").read_text("utf-8")
    brands = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        name, kind, official, extra = (part.strip() for part in line.split("|"))
        domains = tuple(official.split())
        labels = {name, *extra.split()}
        brands.append(Brand(name, kind == "distinctive", domains, tuple(sorted(labels))))
    return tuple(brands)


def load_host_lists() -> HostLists:
    text = (_DATA / "domains.txt").read_text("utf-8")
    sections: dict[str, set[str]] = {}
    current: set[str] | None = None
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            current = sections.setdefault(line[1:], set())
            continue
        if current is None:
            raise ValueError("domains.txt: entry before any @section")
        current.update(line.split())
    return HostLists(
        gtlds=frozenset(sections.get("gtld", ())),
        suspicious=frozenset(sections.get("suspicious", ())),
        shorteners=frozenset(sections.get("shortener", ())),
        ipgrabbers=frozenset(sections.get("iplogger", ())),
        thirdparty=frozenset(sections.get("thirdparty", ())),
        suffix2=frozenset(sections.get("suffix2", ())),
    )


def one_edit_apart(a: str, b: str) -> bool:
    """Exactly one insertion, deletion, substitution or adjacent swap turns a into b."""
    if a == b:
        return False
    la, lb = len(a), len(b)
    if la == lb:
        diff = [i for i in range(la) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    if abs(la - lb) != 1:
        return False
    if la > lb:
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1 :]


def suffix_match(host: str, domains: Iterable[str]) -> str | None:
    """The entry of ``domains`` that ``host`` equals or is a subdomain of."""
    pool = domains if isinstance(domains, frozenset) else frozenset(domains)
    labels = host.split(".")
    # Listed names have at most a few labels; longer suffixes cannot match.
    for i in range(max(0, len(labels) - 5), len(labels)):
        suffix = ".".join(labels[i:])
        if suffix in pool:
            return suffix
    return None
