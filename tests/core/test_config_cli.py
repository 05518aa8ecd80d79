"""The command line and the config file: first run, refusals, registration, upgrades, db."""

from __future__ import annotations

import os
import re
import stat
import subprocess
import sys
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import asyncpg
import pytest
from ruamel.yaml import YAML

from contactbot.core.config import EXAMPLE_PATH, Config
from contactbot.core.transport.registration import generate_registration
from tests import pgserver


def run_cli(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "contactbot", *map(str, args)],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
    )


def load_yaml(path: Path) -> Any:
    return YAML(typ="safe").load(path.read_text(encoding="utf-8"))


def write_config(path: Path, **values: Any) -> Config:
    """The example config with ``values`` set (dotted keys), saved to ``path``."""
    config = Config.example()
    config.path = path
    for key, value in values.items():
        config[key] = value
    config.save()
    return config


EDITED = {"homeserver.address": "https://matrix.test.net", "homeserver.domain": "test.net"}


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


# -- first run and refusals --------------------------------------------------------------------


def test_missing_config_is_written_from_the_example(tmp_path: Path) -> None:
    """Without a config file, a copy of the example is written (private), and the run exits
    non-zero saying which keys to edit and how to generate the registration."""
    result = run_cli("-c", "missing.yaml", cwd=tmp_path)
    assert result.returncode != 0
    written = tmp_path / "missing.yaml"
    assert written.read_text() == EXAMPLE_PATH.read_text()
    assert mode(written) == 0o600
    assert "homeserver.address" in result.stderr
    assert "homeserver.domain" in result.stderr
    assert "-g -r registration.yaml" in result.stderr


def test_db_command_without_config_does_not_write_one(tmp_path: Path) -> None:
    """``db`` without a config fails and creates nothing."""
    result = run_cli("-c", "none.yaml", "db", "current", cwd=tmp_path)
    assert result.returncode == 1
    assert "No config at none.yaml" in result.stderr
    assert not (tmp_path / "none.yaml").exists()


@pytest.mark.parametrize(
    ("values", "key"),
    [
        ({}, "homeserver.address"),
        ({"homeserver.address": "https://matrix.test.net"}, "homeserver.domain"),
        ({"homeserver.domain": "test.net"}, "homeserver.address"),
    ],
)
@pytest.mark.parametrize("generate", [False, True])
def test_example_values_are_refused_naming_the_key(
    tmp_path: Path, values: dict[str, str], key: str, generate: bool
) -> None:
    """Running, or generating a registration, with an example homeserver value still in
    place exits 11 and names the key; no registration is written."""
    write_config(tmp_path / "config.yaml", **values)
    args = ["-c", "config.yaml"] + (["-g", "-r", "reg.yaml"] if generate else [])
    result = run_cli(*args, cwd=tmp_path)
    assert result.returncode == 11
    assert f"Configuration error: {key}: still holds the example value" in result.stderr
    assert not (tmp_path / "reg.yaml").exists()


def test_running_without_tokens_is_refused(tmp_path: Path) -> None:
    """Edited homeserver keys but no generated tokens: exit 11 naming appservice.as_token."""
    write_config(tmp_path / "config.yaml", **EDITED)
    result = run_cli("-c", "config.yaml", cwd=tmp_path)
    assert result.returncode == 11
    assert "appservice.as_token" in result.stderr
    assert "-g -r registration.yaml" in result.stderr


def test_invalid_yaml_is_a_configuration_error(tmp_path: Path) -> None:
    """A config that is not YAML exits 11 with a message, not a traceback."""
    (tmp_path / "config.yaml").write_text("homeserver: [unclosed\n")
    result = run_cli("-c", "config.yaml", cwd=tmp_path)
    assert result.returncode == 11
    assert "not valid YAML" in result.stderr
    assert "Traceback" not in result.stderr


# -- registration ------------------------------------------------------------------------------


def test_generate_registration_writes_matching_files(tmp_path: Path) -> None:
    """-g writes the registration and stores the same tokens in the config; both files are
    private, and the registration carries url, sender_localpart and rate_limited: false."""
    write_config(
        tmp_path / "config.yaml", **{**EDITED, "appservice.address": "http://bot.internal:9"}
    )
    result = run_cli("-c", "config.yaml", "-g", "-r", "reg.yaml", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    reg = load_yaml(tmp_path / "reg.yaml")
    cfg = load_yaml(tmp_path / "config.yaml")
    assert reg["as_token"] == cfg["appservice"]["as_token"]
    assert reg["hs_token"] == cfg["appservice"]["hs_token"]
    assert reg["as_token"] != reg["hs_token"]
    assert len(reg["as_token"]) >= 40 and len(reg["hs_token"]) >= 40
    assert reg["id"] == "contactbot"
    assert reg["url"] == "http://bot.internal:9"
    assert reg["sender_localpart"] == "contactbot"
    assert reg["rate_limited"] is False
    assert reg["namespaces"]["aliases"] == [] and reg["namespaces"]["rooms"] == []
    assert mode(tmp_path / "reg.yaml") == 0o600
    assert mode(tmp_path / "config.yaml") == 0o600
    # The comments of the config survive the rewrite.
    assert "# Tokens shared with the homeserver." in (tmp_path / "config.yaml").read_text()


def test_each_generation_makes_new_tokens(tmp_path: Path) -> None:
    """Running -g again makes different tokens, and the config follows."""
    write_config(tmp_path / "config.yaml", **EDITED)
    tokens = []
    for _ in range(2):
        assert run_cli("-c", "config.yaml", "-g", "-r", "reg.yaml", cwd=tmp_path).returncode == 0
        reg = load_yaml(tmp_path / "reg.yaml")
        assert load_yaml(tmp_path / "config.yaml")["appservice"]["as_token"] == reg["as_token"]
        tokens.append((reg["as_token"], reg["hs_token"]))
    assert tokens[0][0] != tokens[1][0]
    assert tokens[0][1] != tokens[1][1]


def test_tokens_come_from_secrets(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tokens are made by secrets.token_urlsafe with at least 32 bytes of randomness."""
    sizes: list[int] = []

    def fake_token(nbytes: int) -> str:
        sizes.append(nbytes)
        return f"tok{len(sizes)}"

    monkeypatch.setattr("contactbot.core.transport.registration.secrets.token_urlsafe", fake_token)
    config = Config.example()
    reg = generate_registration(config)
    assert (reg["as_token"], reg["hs_token"]) == ("tok1", "tok2")
    assert (config.as_token, config.hs_token) == ("tok1", "tok2")
    assert all(n >= 32 for n in sizes)


def test_user_namespace_is_exclusive_and_covers_exactly_the_bots_users() -> None:
    """The exclusive user regex matches the bot and ``@<bot>_watcher``, with the localpart
    and domain escaped, and leaves other users (including look-alikes) alone."""
    config = Config.example()
    config["homeserver.domain"] = "test.net"
    config["appservice.bot_username"] = "contact.bot"
    (namespace,) = generate_registration(config)["namespaces"]["users"]
    assert namespace["exclusive"] is True
    regex = re.compile(namespace["regex"])
    for user in ("@contact.bot:test.net", "@contact.bot_watcher:test.net"):
        assert regex.match(user), user
    for user in (
        "@contactXbot:test.net",  # "." escaped
        "@contact.bot:testXnet",
        "@contact.botfan:test.net",  # a real user who merely starts with the name
        "@contact.bot:test.net.evil.org",
        "@contact.bot_watcher:other.net",
        "@alice:test.net",
        "@x@contact.bot:test.net",
    ):
        assert not regex.match(user), user


# -- config upgrade ----------------------------------------------------------------------------


USER_CONFIG = """\
homeserver:
    address: https://matrix.test.net
    domain: test.net
appservice:
    port: 4242
    as_token: my-as-token
    hs_token: my-hs-token
bot:
    admins:
        - "@me:test.net"
        - "@you:test.net"
    rate_limit:
        user_burst: 9
logging:
    version: 1
    loggers:
        my.logger:
            level: DEBUG
no_longer_known: 1
"""


def test_config_upgrade_keeps_user_values_and_adds_new_keys_with_comments(
    tmp_path: Path,
) -> None:
    """Loading an old config keeps every user value, adds missing keys with the example's
    defaults and comments, copies free-form sections whole, drops unknown keys, and is
    stable when loaded again."""
    path = tmp_path / "config.yaml"
    path.write_text(USER_CONFIG)
    config = Config.load(path)
    assert config.get_str("homeserver.address") == "https://matrix.test.net"
    assert config.get_int("appservice.port") == 4242
    assert config.as_token == "my-as-token"
    assert config.get_str_list("bot.admins") == ["@me:test.net", "@you:test.net"]
    assert config.get_float("bot.rate_limit.user_burst") == 9
    assert config.get_float("bot.rate_limit.room_burst") == 20  # new key, default
    assert config.get_int("inbox.max_attempts") == 5  # new section
    assert config.get_mapping("logging")["loggers"] == {"my.logger": {"level": "DEBUG"}}
    assert "no_longer_known" not in config

    text = path.read_text()
    example = EXAMPLE_PATH.read_text()
    assert "# Attempts before a failing event is parked as failed." in text
    assert "# Command replies allowed per user and per room" in text
    assert "user_burst: 9" in text
    assert "no_longer_known" not in text
    for _ in range(3):
        Config.load(path)
    # No comment multiplies: ruamel hangs the comments after a block list or a whole-copied
    # section (here bot.admins and logging) on its last item, and the example has them too.
    assert path.read_text() == text
    for line in {ln for ln in example.splitlines() if ln.lstrip().startswith("#")}:
        assert text.count(line) <= example.count(line), line


def test_config_section_with_all_keys_commented_out_keeps_defaults(tmp_path: Path) -> None:
    """A section left with only comments reads as null; it must not wipe the defaults."""
    path = tmp_path / "config.yaml"
    path.write_text(
        "homeserver:\n    domain: test.net\nbot:\n    # admins: []\ninbox:\nlogging:\n"
    )
    config = Config.load(path)
    assert config.get_str("bot.command_prefix") == "!"
    assert config.get_float("bot.rate_limit.user_burst") == 5
    assert config.get_int("inbox.max_attempts") == 5
    assert config.get_mapping("logging")["version"] == 1
    assert config.domain == "test.net"


def test_config_load_without_update_leaves_the_file_alone(tmp_path: Path) -> None:
    """``update=False`` reads the merged config without rewriting the file."""
    path = tmp_path / "config.yaml"
    path.write_text(USER_CONFIG)
    config = Config.load(path, update=False)
    assert config.get_int("inbox.max_attempts") == 5
    assert path.read_text() == USER_CONFIG


# -- db commands -------------------------------------------------------------------------------


@pytest.fixture
async def empty_database() -> AsyncIterator[str]:
    url = await pgserver.create_database("cbcli")
    yield url
    await pgserver.drop_database(url)


def db_config(tmp_path: Path, url: str) -> Path:
    path = tmp_path / "config.yaml"
    write_config(
        path,
        **{
            **EDITED,
            "database.url": url,
            "appservice.as_token": "as-token-long-enough",
            "appservice.hs_token": "hs-token-long-enough",
            "homeserver.address": "http://127.0.0.1:1",
            "appservice.port": pgserver.free_port(),
            "metrics.enabled": False,
        },
    )
    return path


async def test_db_upgrade_current_and_history(tmp_path: Path, empty_database: str) -> None:
    """On a fresh database: current says empty, upgrade migrates to the head(s), current then
    says the same; history lists the revisions. -c works before and after the subcommand."""
    db_config(tmp_path, empty_database)
    before = run_cli("-c", "config.yaml", "db", "current", cwd=tmp_path)
    assert before.returncode == 0, before.stderr
    match = re.fullmatch(r"Database at empty \(head is (.+)\)", before.stdout.strip())
    assert match, before.stdout
    heads = match.group(1)

    upgraded = run_cli("db", "upgrade", "-c", "config.yaml", cwd=tmp_path)
    assert upgraded.returncode == 0, upgraded.stderr
    assert upgraded.stdout.strip() == f"Database at {heads}"

    after = run_cli("-c", "config.yaml", "db", "current", cwd=tmp_path)
    assert after.stdout.strip() == f"Database at {heads}"

    again = run_cli("-c", "config.yaml", "db", "upgrade", cwd=tmp_path)
    assert again.returncode == 0 and again.stdout.strip() == f"Database at {heads}"

    history = run_cli("-c", "config.yaml", "db", "history", cwd=tmp_path)
    assert history.returncode == 0
    lines = history.stdout.splitlines()
    assert any(line.startswith("0001_core: Appservice core") for line in lines)
    for head in heads.split(", "):
        assert any(line.startswith(f"{head}: ") for line in lines)

    conn = await asyncpg.connect(empty_database)
    try:
        tables = {r["tablename"] for r in await conn.fetch("SELECT tablename FROM pg_tables")}
    finally:
        await conn.close()
    assert {"room", "room_member", "inbox_event", "as_transaction"} <= tables


async def test_database_from_a_newer_version_is_refused(
    tmp_path: Path, empty_database: str
) -> None:
    """A database stamped with a revision this code does not know is refused with exit code
    12 and a clear message, by the db commands and by the bot itself."""
    db_config(tmp_path, empty_database)
    assert run_cli("-c", "config.yaml", "db", "upgrade", cwd=tmp_path).returncode == 0
    conn = await asyncpg.connect(empty_database)
    try:
        await conn.execute("DELETE FROM alembic_version")
        await conn.execute("INSERT INTO alembic_version VALUES ('9999_from_the_future')")
    finally:
        await conn.close()

    for args in (["db", "current"], ["db", "upgrade"], []):
        result = run_cli("-c", "config.yaml", *args, cwd=tmp_path)
        assert result.returncode == 12, (args, result.stderr)
        assert "Database error:" in result.stderr
        assert "9999_from_the_future" in result.stderr
        assert "newer version" in result.stderr
        assert "Traceback" not in result.stderr

    conn = await asyncpg.connect(empty_database)
    try:
        version = await conn.fetchval("SELECT version_num FROM alembic_version")
    finally:
        await conn.close()
    assert version == "9999_from_the_future"


def test_unreachable_database_is_one_clear_line(tmp_path: Path) -> None:
    """A db command against a database nobody listens on exits 12 with one line naming
    database.url, not a traceback."""
    db_config(tmp_path, f"postgresql://postgres@127.0.0.1:{pgserver.free_port()}/nothing")
    result = run_cli("-c", "config.yaml", "db", "current", cwd=tmp_path)
    assert result.returncode == 12
    assert "Database error: cannot use the database at database.url" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("args", [["db", "upgrade"], []])
def test_database_url_of_another_kind_is_a_configuration_error(
    tmp_path: Path, args: list[str]
) -> None:
    """A database.url that is not PostgreSQL is refused as a configuration error (exit 11)
    naming the key, by the db commands and before the bot starts."""
    db_config(tmp_path, "mysql://root@localhost/contactbot")
    result = run_cli("-c", "config.yaml", *args, cwd=tmp_path)
    assert result.returncode == 11
    assert "Configuration error: database.url:" in result.stderr
    assert "Traceback" not in result.stderr
