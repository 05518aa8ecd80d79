"""Finding 9 of issue 15: the registration file was written world-readable, then chmod-ed
to 0600. Now it is created 0600 (an existing file narrowed before writing)."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from contactbot.cli import generate
from contactbot.core.config import Config


@pytest.fixture
def no_chmod(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A process killed between writing and chmod: no chmod ever happens, under umask 022."""
    monkeypatch.setattr(Path, "chmod", lambda self, mode: None)
    monkeypatch.setattr(os, "chmod", lambda *args, **kwargs: None)
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def edited_config(tmp_path: Path) -> Config:
    config = Config.example()
    config.path = tmp_path / "config.yaml"
    config["homeserver.address"] = "http://127.0.0.1:8008"
    config["homeserver.domain"] = "example.org"
    return config


@pytest.mark.usefixtures("no_chmod")
def test_registration_is_private_from_the_start(tmp_path: Path) -> None:
    """The registration holds both tokens: it is never readable by group or others."""
    registration = tmp_path / "registration.yaml"
    generate(edited_config(tmp_path), registration)
    assert mode(registration) == 0o600
    assert "hs_token" in registration.read_text(encoding="utf-8")


@pytest.mark.usefixtures("no_chmod")
def test_an_existing_readable_registration_is_narrowed_before_writing(tmp_path: Path) -> None:
    """Overwriting a world-readable registration narrows it before the new tokens land."""
    registration = tmp_path / "registration.yaml"
    registration.write_text("old", encoding="utf-8")
    os.fchmod(os.open(registration, os.O_RDONLY), 0o644)
    generate(edited_config(tmp_path), registration)
    assert mode(registration) == 0o600
