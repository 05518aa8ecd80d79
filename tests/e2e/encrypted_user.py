"""A test user with a real encrypting client: ``EncryptedClient`` (in the dev tools, which the
demo shares), registered through the homeserver's shared secret."""

from __future__ import annotations

from pathlib import Path

from contactbot.devtools.encrypted_client import EncryptedClient, replies_to
from contactbot.devtools.matrix_accounts import register_user
from contactbot.devtools.matrix_client import ENCRYPTION_STATE

__all__ = ["ENCRYPTION_STATE", "EncryptedUser", "replies_to"]


class EncryptedUser(EncryptedClient):
    """One registered user, one device, its Olm/Megolm store in ``store_dir``."""

    @classmethod
    async def register(
        cls, base_url: str, shared_secret: str, username: str, store_dir: Path
    ) -> EncryptedUser:
        password = f"pw-{username}"
        user_id, _ = await register_user(base_url, shared_secret, username, password)
        return await cls.login(base_url, user_id, password, store_dir, "e2e-test")
