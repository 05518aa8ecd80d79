"""Child processes (Synapse, the bot) with a log file and a readiness URL, never left running."""

from __future__ import annotations

import asyncio
import atexit
import contextlib
import logging
import os
import signal
import subprocess
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from types import TracebackType
from typing import Self

import aiohttp

log = logging.getLogger(__name__)


def file_tail(path: Path, lines: int) -> str:
    """The last ``lines`` lines of a log file, or a note that it is missing."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return f"({path} missing)"
    return "\n".join(text.splitlines()[-lines:])


class ProcessError(RuntimeError):
    """A child process failed to start, become ready or stop."""


_live: set[ManagedProcess] = set()


@atexit.register
def _kill_leftovers() -> None:
    # Last line of defence (an interrupted test run, a crashed demo): no child outlives us.
    for proc in list(_live):
        proc.kill_now()


class ManagedProcess:
    """A child process with a log file and a readiness URL that is never left running.

    It runs in its own session, so a Ctrl-C in the terminal reaches only the parent, which then
    stops it in order. ``stop`` sends SIGTERM and escalates to SIGKILL; an ``atexit`` hook kills
    whatever is still running when the interpreter exits.
    """

    def __init__(
        self,
        argv: Sequence[str],
        *,
        name: str,
        log_path: Path,
        ready_url: str,
        cwd: Path | None = None,
        env: Mapping[str, str] | None = None,
        ready_timeout: float = 30.0,
        stop_timeout: float = 15.0,
        extra_logs: Sequence[Path] = (),
    ) -> None:
        self.argv = list(argv)
        self.name = name
        self.log_path = log_path
        self.ready_url = ready_url
        self.cwd = cwd
        self.env = dict(env) if env is not None else None
        self.ready_timeout = ready_timeout
        self.stop_timeout = stop_timeout
        self.extra_logs = list(extra_logs)
        self.starts = 0
        self._proc: subprocess.Popen[bytes] | None = None

    # -- state -------------------------------------------------------------------------------

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc is not None else None

    @property
    def returncode(self) -> int | None:
        return self._proc.poll() if self._proc is not None else None

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def log_text(self) -> str:
        """Everything the process wrote so far, over all its starts."""
        try:
            return self.log_path.read_text(encoding="utf-8", errors="replace")
        except FileNotFoundError:
            return ""

    async def wait_for_log(self, needle: str, timeout: float = 10.0) -> str:
        """Wait until the log contains ``needle``; return the first line that does."""
        deadline = time.monotonic() + timeout
        while True:
            for line in self.log_text().splitlines():
                if needle in line:
                    return line
            if time.monotonic() >= deadline:
                raise TimeoutError(
                    f"{needle!r} not in the log of {self.name} after {timeout:.0f} s\n"
                    + self.log_tail()
                )
            await asyncio.sleep(0.1)

    def log_tail(self, lines: int = 40) -> str:
        parts = [f"--- last lines of {self.log_path} ---\n{file_tail(self.log_path, lines)}"]
        parts += [f"--- last lines of {p} ---\n{file_tail(p, lines)}" for p in self.extra_logs]
        return "\n".join(parts)

    # -- lifecycle ---------------------------------------------------------------------------

    async def start(self, *, wait_ready: bool = True) -> None:
        """Start the process and, unless told otherwise, wait until it is ready."""
        if self.running:
            raise ProcessError(f"{self.name} is already running (pid {self.pid})")
        self.starts += 1
        self._proc = self._spawn()
        _live.add(self)
        log.debug("Started %s (pid %d)", self.name, self._proc.pid)
        if wait_ready:
            try:
                await self.wait_ready()
            except BaseException:
                await self._stop_quietly()
                raise

    def _spawn(self) -> subprocess.Popen[bytes]:
        # Popen returns as soon as the child is forked; nothing here waits on the child.
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        with self.log_path.open("ab") as out:
            stamp = time.strftime("%Y-%m-%d %H:%M:%S")
            out.write(f"--- {self.name}: start #{self.starts} at {stamp} ---\n".encode())
            out.flush()
            return subprocess.Popen(  # noqa: S603 (argv is built by this module's callers)
                self.argv,
                cwd=self.cwd,
                env=self.env,
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )

    async def wait_ready(self, timeout: float | None = None, *, any_status: bool = False) -> None:
        """Poll ``ready_url`` until it answers 200 (or anything, with ``any_status``).

        Fails as soon as the process exits, with the end of its log in the message.
        """
        limit = self.ready_timeout if timeout is None else timeout
        deadline = time.monotonic() + limit
        last = "no answer yet"
        probe_timeout = aiohttp.ClientTimeout(total=2)
        async with aiohttp.ClientSession(timeout=probe_timeout) as session:
            while True:
                rc = self.returncode
                if rc is not None or self._proc is None:
                    raise ProcessError(
                        f"{self.name} exited with code {rc} before it was ready\n"
                        + self.log_tail()
                    )
                try:
                    async with session.get(self.ready_url) as resp:
                        if resp.status == 200 or any_status:
                            return
                        last = f"HTTP {resp.status}"
                except (aiohttp.ClientError, TimeoutError) as err:
                    last = type(err).__name__
                if time.monotonic() >= deadline:
                    raise ProcessError(
                        f"{self.name} did not become ready within {limit:.0f} s "
                        f"(GET {self.ready_url}: {last})\n" + self.log_tail()
                    )
                await asyncio.sleep(0.05)

    async def stop(self, timeout: float | None = None) -> int:
        """SIGTERM, wait for the exit and return the exit code.

        Raises ``ProcessError`` if the process ignored SIGTERM (it is SIGKILLed first), because a
        process that does not shut down on SIGTERM is a bug worth seeing.
        """
        proc = self._proc
        if proc is None:
            return 0
        if proc.poll() is None:
            # SIGTERM goes to the process only, not its group: it may have children of its own
            # (an embedded PostgreSQL) that it wants to shut down in order.
            with contextlib.suppress(ProcessLookupError):
                proc.send_signal(signal.SIGTERM)
            limit = self.stop_timeout if timeout is None else timeout
            if await self._wait_exit(limit) is None:
                await self.kill()
                raise ProcessError(
                    f"{self.name} did not exit within {limit:.0f} s of SIGTERM; killed it\n"
                    + self.log_tail()
                )
        _live.discard(self)
        rc = proc.wait()
        log.debug("%s exited with code %d", self.name, rc)
        return rc

    async def kill(self) -> int:
        """SIGKILL the process and everything in its session; return the exit code."""
        self.kill_now()
        proc = self._proc
        if proc is None:
            return 0
        await self._wait_exit(10.0)
        return proc.wait()

    async def restart(self, *, wait_ready: bool = True) -> None:
        await self.stop()
        await self.start(wait_ready=wait_ready)

    def kill_now(self) -> None:
        """Synchronous SIGKILL of the process group (for atexit and emergencies)."""
        proc = self._proc
        _live.discard(self)
        if proc is None or proc.returncode is not None:
            return
        # The child leads its own session, so its pid is also its process group id. It is not
        # reaped yet, so that id cannot have been reused.
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(proc.pid, signal.SIGKILL)
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=10)

    async def _wait_exit(self, timeout: float) -> int | None:
        if self._proc is None:
            return 0
        deadline = time.monotonic() + timeout
        while (rc := self._proc.poll()) is None:
            if time.monotonic() >= deadline:
                return None
            await asyncio.sleep(0.02)
        return rc

    async def _stop_quietly(self) -> None:
        try:
            await self.stop(timeout=5.0)
        except ProcessError:
            log.warning("%s had to be killed", self.name)
        finally:
            self.kill_now()

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc_type is None:
            await self.stop()
        else:
            # Do not hide the original error behind a shutdown complaint.
            await self._stop_quietly()
