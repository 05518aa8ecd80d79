"""Console output of ``contactbot demo``: time-stamped progress lines and a spinner."""

from __future__ import annotations

import asyncio
import contextlib
import sys
import threading
import time
from collections.abc import AsyncIterator
from typing import TextIO


class Console:
    """Progress lines on stderr, stamped with seconds since the demo started.

    ``ticking`` shows that a long step is alive: a spinner redrawn in place on a terminal, a
    line every ``plain_every`` seconds otherwise (logs, CI), so nothing floods a file.
    """

    SPINNER = "|/-\\"

    def __init__(self, stream: TextIO | None = None, *, plain_every: float = 5.0) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.started = time.monotonic()
        self.tty = self.stream.isatty()
        self.plain_every = plain_every
        self._ticker_line = False
        # The Synapse installer reports from a worker thread while the spinner redraws.
        self._lock = threading.Lock()

    def elapsed(self) -> float:
        return time.monotonic() - self.started

    def step(self, message: str) -> None:
        with self._lock:
            self._clear_ticker()
            print(f"[{self.elapsed():5.1f} s] {message}", file=self.stream, flush=True)

    def _clear_ticker(self) -> None:
        if self._ticker_line:
            self.stream.write("\r\033[K")
            self._ticker_line = False

    @contextlib.asynccontextmanager
    async def ticking(self, label: str) -> AsyncIterator[None]:
        task = asyncio.create_task(self._tick(label, time.monotonic()))
        try:
            yield
        finally:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
            with self._lock:
                self._clear_ticker()
                self.stream.flush()

    async def _tick(self, label: str, since: float) -> None:
        spin = 0
        last_plain = since
        while True:
            await asyncio.sleep(0.2)
            now = time.monotonic()
            if self.tty:
                char = self.SPINNER[spin % len(self.SPINNER)]
                spin += 1
                with self._lock:
                    self.stream.write(f"\r\033[K{char} {label} ({now - since:.0f} s)")
                    self.stream.flush()
                    self._ticker_line = True
            elif now - last_plain >= self.plain_every:
                last_plain = now
                self.step(f"... {label} ({now - since:.0f} s so far)")


def say(text: str = "") -> None:
    """Print a line of the demo's own output (stdout) at once."""
    print(text, flush=True)
