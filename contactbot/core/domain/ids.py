"""Matrix identifiers: just enough parsing for routing and permission checks."""

from __future__ import annotations

import fnmatch


def server_of(user_id: str) -> str | None:
    """The server name of a user ID (``@alice:example.org`` → ``example.org``)."""
    if not user_id.startswith("@") or ":" not in user_id:
        return None
    server = user_id.split(":", 1)[1]
    return server or None


def glob_match(value: str, patterns: list[str] | tuple[str, ...]) -> bool:
    """Case-sensitive ``*``/``?`` glob match, as policy lists and the invite allowlist use."""
    return any(fnmatch.fnmatchcase(value, pattern) for pattern in patterns)


def user_matches(user_id: str, patterns: list[str] | tuple[str, ...]) -> bool:
    """Whether ``user_id`` matches a user glob (``@*:example.org``) or a server glob."""
    if glob_match(user_id, patterns):
        return True
    server = server_of(user_id)
    return server is not None and glob_match(server, [p for p in patterns if "@" not in p])
