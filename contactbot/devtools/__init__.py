"""Developer tools: a real Synapse, its users and the bot as child processes.

Used by the end-to-end tests, the latency benchmark and ``contactbot demo``. Nothing here imports
pytest, and Synapse (AGPL) only ever runs as a separate process from its own virtualenv.
"""

from __future__ import annotations

from contactbot.devtools.botprocess import BotProcess, generate_registration, write_bot_config
from contactbot.devtools.synapse import (
    DEFAULT_SYNAPSE_VERSION,
    MatrixError,
    MatrixTestClient,
    ProcessError,
    SynapseServer,
    UserClient,
    ensure_synapse,
    free_port,
    register_user,
    reply_target,
    write_appservice_registration,
)

__all__ = [
    "DEFAULT_SYNAPSE_VERSION",
    "BotProcess",
    "MatrixError",
    "MatrixTestClient",
    "ProcessError",
    "SynapseServer",
    "UserClient",
    "ensure_synapse",
    "free_port",
    "generate_registration",
    "register_user",
    "reply_target",
    "write_appservice_registration",
    "write_bot_config",
]
