"""The demo's encrypting clients: who talks in its encrypted rooms, and what if nobody can.

matrix-nio (with its e2e extra) is a dev dependency, not a runtime one: ``./dev`` installs it,
a plain ``pip install contactbot`` does not. Without it the demo still runs; the steps in its
encrypted rooms are skipped with ``NIO_MISSING`` as the reason, and the guide tells a person
to do them in their own client.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from contactbot.devtools.encrypted_client import EncryptedClient

NIO_MISSING = (
    "matrix-nio with its e2e extra is not installed, so the demo cannot talk in encrypted "
    "rooms (install it with: pip install 'matrix-nio[e2e]'; ./dev installs it)"
)

DEVICE_NAME = "contactbot demo"


def encryption_unavailable() -> str | None:
    """Why the demo has no encrypting client, or None if it has one."""
    try:
        import contactbot.devtools.encrypted_client  # noqa: F401
    except ImportError as err:
        return f"{NIO_MISSING}: {err}"
    return None


async def login_encrypted(
    base_url: str, passwords: Mapping[str, tuple[str, str]], keys: Iterable[str], store: Path
) -> dict[str, EncryptedClient]:
    """A new device for each user of ``keys`` (``passwords``: key -> (user ID, password)),
    its keys in ``store/<key>``. Call only when ``encryption_unavailable()`` is None."""
    from contactbot.devtools.encrypted_client import EncryptedClient

    clients: dict[str, EncryptedClient] = {}
    try:
        for key in keys:
            user_id, password = passwords[key]
            clients[key] = await EncryptedClient.login(
                base_url, user_id, password, store / key, DEVICE_NAME
            )
    except BaseException:
        for client in clients.values():
            await client.close()
        raise
    return clients
