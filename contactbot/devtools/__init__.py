"""Developer tools: a real Synapse, its users and the bot as child processes.

Used by the end-to-end tests, the latency benchmark and ``contactbot demo``. Nothing here imports
pytest, and Synapse (AGPL) only ever runs as a separate process from its own virtualenv.
"""

from __future__ import annotations

from contactbot.devtools.botprocess import BotProcess, generate_registration, write_bot_config
from contactbot.devtools.matrix_accounts import register_user
from contactbot.devtools.matrix_client import (
    MatrixError,
    MatrixTestClient,
    UserClient,
    reply_target,
)
from contactbot.devtools.ports import free_port
from contactbot.devtools.process import ProcessError
from contactbot.devtools.synapse_install import DEFAULT_SYNAPSE_VERSION, ensure_synapse
from contactbot.devtools.synapse_server import SynapseServer, write_appservice_registration

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
