"""Installing Synapse into its own cached virtualenv, once per version and machine.

Synapse is AGPL-licensed, so it lives in its own virtualenv (cached per version outside the
repository) and only ever runs as a child process; nothing here imports it.
"""

from __future__ import annotations

import contextlib
import fcntl
import logging
import os
import secrets
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from contactbot.devtools.process import file_tail

log = logging.getLogger(__name__)

DEFAULT_SYNAPSE_VERSION = "1.163.2"
CACHE_ENV = "CONTACTBOT_SYNAPSE_CACHE"
_MARKER = ".contactbot-synapse-installed"

Progress = Callable[[str], None]


class SynapseInstallError(RuntimeError):
    """Synapse could not be installed into its cached virtualenv."""


def cache_dir() -> Path:
    """The Synapse venv cache: ``$CONTACTBOT_SYNAPSE_CACHE``, else ``~/.cache/contactbot``."""
    override = os.environ.get(CACHE_ENV)
    return Path(override).expanduser() if override else Path.home() / ".cache" / "contactbot"


def ensure_synapse(
    version: str = DEFAULT_SYNAPSE_VERSION,
    progress: Progress | None = None,
    *,
    cache: Path | None = None,
) -> Path:
    """Return the python executable of a virtualenv with ``matrix-synapse==version``.

    Reuses ``<cache>/synapse-<version>`` when it is complete and installs it otherwise (about
    20 s). Concurrent callers are serialised by a file lock, and the venv is built in a temporary
    directory that is renamed into place only when complete, so a crash or a racing process
    never leaves a half-installed venv under the final name.
    """
    root = cache if cache is not None else cache_dir()
    venv = root / f"synapse-{version}"
    python = venv / "bin" / "python"
    if _marker_ok(venv, version):
        return python
    root.mkdir(parents=True, exist_ok=True)
    with _file_lock(root / f"synapse-{version}.lock", progress):
        if _marker_ok(venv, version):
            return python  # another process finished the install while we waited
        if _adopt_existing(venv, version):
            return python
        if venv.exists():
            log.warning("Removing incomplete Synapse virtualenv %s", venv)
            shutil.rmtree(venv)
        _install(root, venv, version, progress)
    return python


def synapse_installed(
    version: str = DEFAULT_SYNAPSE_VERSION, *, cache: Path | None = None
) -> bool:
    """Whether ``ensure_synapse(version)`` would return at once, without installing.

    Lets a caller decide up front whether to show a progress display for the ~20 s install.
    """
    root = cache if cache is not None else cache_dir()
    return _marker_ok(root / f"synapse-{version}", version)


def _marker_ok(venv: Path, version: str) -> bool:
    marker = venv / _MARKER
    # ``exists`` follows the bin/python symlink, so a venv whose base interpreter was removed
    # (e.g. a pyenv upgrade) counts as missing and is rebuilt.
    return (
        marker.is_file()
        and marker.read_text(encoding="utf-8").strip() == version
        and (venv / "bin" / "python").exists()
    )


def _adopt_existing(venv: Path, version: str) -> bool:
    """Accept a complete venv made by hand (same layout, no marker) and mark it."""
    python = venv / "bin" / "python"
    if not python.exists():
        return False
    probe = subprocess.run(  # noqa: S603 (our own venv's python)
        [
            str(python),
            "-c",
            "import importlib.metadata as m; print(m.version('matrix-synapse'))",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    if probe.returncode != 0 or probe.stdout.strip() != version:
        return False
    _write_marker(venv, version)
    return True


def _write_marker(venv: Path, version: str) -> None:
    tmp = venv / f"{_MARKER}.tmp"
    tmp.write_text(version + "\n", encoding="utf-8")
    tmp.replace(venv / _MARKER)


@contextlib.contextmanager
def _file_lock(path: Path, progress: Progress | None) -> Iterator[None]:
    with path.open("a") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            _say(progress, f"Waiting for another process that is installing Synapse ({path})")
            fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _say(progress: Progress | None, message: str) -> None:
    log.info("%s", message)
    if progress is not None:
        progress(message)


def _install(root: Path, venv: Path, version: str, progress: Progress | None) -> None:
    # We hold the lock, so any temporary directory left for this version is from a dead installer.
    for stale in root.glob(f"synapse-{version}.tmp-*"):
        if stale.is_dir():
            shutil.rmtree(stale, ignore_errors=True)
        else:
            stale.unlink(missing_ok=True)
    tmp = root / f"synapse-{version}.tmp-{os.getpid()}-{secrets.token_hex(4)}"
    install_log = root / f"{tmp.name}.log"
    _say(progress, f"Installing Synapse {version} into {venv} (one-off, about 20 s)")
    started = time.monotonic()
    try:
        # ``venv`` bases the new environment on the base interpreter even when run from a venv.
        _run_logged([sys.executable, "-m", "venv", str(tmp)], install_log)
        _run_logged(
            [
                str(tmp / "bin" / "python"),
                "-m",
                "pip",
                "install",
                "--disable-pip-version-check",
                "--no-input",
                f"matrix-synapse=={version}",
            ],
            install_log,
        )
        _relocate(tmp, venv)
        _write_marker(tmp, version)
        tmp.rename(venv)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    finally:
        install_log.unlink(missing_ok=True)
    _say(progress, f"Synapse {version} installed in {time.monotonic() - started:.1f} s")


def _run_logged(argv: Sequence[str], log_file: Path) -> None:
    with log_file.open("ab") as out:
        result = subprocess.run(argv, stdout=out, stderr=subprocess.STDOUT, check=False)  # noqa: S603
    if result.returncode != 0:
        raise SynapseInstallError(
            f"{' '.join(argv[:4])} ... failed with exit code {result.returncode}:\n"
            + file_tail(log_file, 30)
        )


def _relocate(tmp: Path, final: Path) -> None:
    """Point the venv's scripts at its final location before the rename.

    ``bin/python`` finds its venv relative to itself, so ``python -m synapse...`` works after the
    rename anyway; only the console scripts' shebangs and pyvenv.cfg carry the absolute path.
    """
    old, new = str(tmp).encode(), str(final).encode()
    for path in [*(tmp / "bin").iterdir(), tmp / "pyvenv.cfg"]:
        if path.is_symlink() or not path.is_file():
            continue
        data = path.read_bytes()
        if old in data[:4096]:
            path.write_bytes(data.replace(old, new))
