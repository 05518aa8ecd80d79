"""Finding processes of ``contactbot demo`` that are still running after it stopped."""

from __future__ import annotations

import asyncio
import os
import re
import shutil
import subprocess
import time


def _ere_escape(text: str) -> str:
    return re.sub(r"([.\[\]()*+?{}|^$\\])", r"\\\1", text)


def leftover_processes(marker: str) -> list[str]:
    """Processes whose command line contains ``marker`` (except this one), per ``pgrep``.

    Every process the demo starts names a path inside its work directory on its command line
    (Synapse's config, PostgreSQL's data directory, the bot's config), so the work directory
    is the marker.
    """
    pgrep = shutil.which("pgrep")
    if pgrep is None:
        return []
    result = subprocess.run(  # noqa: S603 (fixed program, our own marker)
        [pgrep, "-af", _ere_escape(marker)], capture_output=True, text=True, check=False
    )
    own = {os.getpid(), os.getppid()}
    lines = []
    for line in result.stdout.splitlines():
        pid, _, _ = line.partition(" ")
        if pid.isdigit() and int(pid) not in own:
            lines.append(line)
    return lines


async def wait_no_leftovers(marker: str, timeout: float = 5.0) -> list[str]:
    # Stopped processes may take a moment to be reaped by their (non-us) parents.
    deadline = time.monotonic() + timeout
    while True:
        found = leftover_processes(marker)
        if not found or time.monotonic() >= deadline:
            return found
        await asyncio.sleep(0.2)
