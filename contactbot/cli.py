"""The ``contactbot`` command line."""

from __future__ import annotations

import argparse
import asyncio
import logging
import logging.config
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING

from contactbot import __version__
from contactbot.core.config import EXAMPLE_PATH, FORBIDDEN_DEFAULTS, Config
from contactbot.core.errors import ConfigError, DatabaseUnavailable, SchemaTooNew

if TYPE_CHECKING:
    from contactbot.core.storage.database import Database

log = logging.getLogger("contactbot")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="contactbot",
        description="Matrix appservice for room contacts and profile-status moderation.",
    )
    parser.add_argument(
        "-c",
        "--config",
        type=Path,
        default=Path("config.yaml"),
        help="config file (default: config.yaml)",
    )
    parser.add_argument(
        "-g",
        "--generate-registration",
        action="store_true",
        help="write the appservice registration and exit",
    )
    parser.add_argument(
        "-r",
        "--registration",
        type=Path,
        default=Path("registration.yaml"),
        help="where -g writes the registration (default: registration.yaml)",
    )
    parser.add_argument("--version", action="version", version=f"contactbot {__version__}")
    sub = parser.add_subparsers(dest="command")
    db = sub.add_parser("db", help="database schema: upgrade, current, history")
    db.add_argument("action", choices=["upgrade", "current", "history"])
    db.add_argument("-c", "--config", type=Path, default=argparse.SUPPRESS)
    add_inbox_commands(sub)
    demo = sub.add_parser("demo", help="run a throwaway local Synapse with the bot in it")
    demo.add_argument(
        "--check",
        action="store_true",
        help="run the scripted conversation, print it, exit 0 if all went well",
    )
    demo.add_argument(
        "--dir", type=Path, default=None, help="working directory (default: a temporary one)"
    )
    return parser


def add_inbox_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """``contactbot inbox …``: maintenance of the inbox's parked (failed/malformed) events."""
    inbox = sub.add_parser("inbox", help="inbox maintenance: list, requeue or purge parked events")
    inbox.add_argument("-c", "--config", type=Path, default=argparse.SUPPRESS)
    actions = inbox.add_subparsers(dest="inbox_action", required=True)
    purge = actions.add_parser(
        "purge", help="delete failed and malformed events (all, or older than --older-than)"
    )
    purge.add_argument(
        "--older-than",
        type=float,
        default=0.0,
        metavar="DAYS",
        help="only events received at least this many days ago (default: 0, all)",
    )
    purge.add_argument(
        "--status",
        choices=["failed", "malformed", "all"],
        default="all",
        help="which parked events (default: all)",
    )
    purge.add_argument("-c", "--config", type=Path, default=argparse.SUPPRESS)
    failed = actions.add_parser("failed", help="list the latest parked events with their errors")
    failed.add_argument("-c", "--config", type=Path, default=argparse.SUPPRESS)
    retry = actions.add_parser("retry", help="requeue parked events (IDs from `inbox failed`)")
    retry.add_argument("ids", nargs="*", type=int, metavar="ID")
    retry.add_argument("--all", action="store_true", help="requeue every failed event")
    retry.add_argument("-c", "--config", type=Path, default=argparse.SUPPRESS)


async def run_inbox_parked(config: Config, args: argparse.Namespace) -> int:
    """``contactbot inbox failed|retry``: the same as ``!inbox`` for bot admins, offline."""
    from contactbot.core.services.inbox import InboxService, RetryPolicy

    if args.inbox_action == "retry" and not (args.ids or args.all):
        raise ConfigError("inbox retry", "name the events to requeue, or pass --all")

    async def work(db: Database) -> int:
        from contactbot.core.metrics import Metrics

        inbox = InboxService(db, Metrics(), RetryPolicy())
        if args.inbox_action == "retry":
            count = await inbox.requeue(None if args.all else list(args.ids))
            print(f"Requeued {count} parked events; a running bot processes them at once.")
            return 0
        rows = await inbox.parked(50)
        for row in rows:
            print(
                f"{row['id']}\t{row['status']}\t{row['event_type']}\t{row['room_key']}\t"
                f"{row['attempts']} attempts\t{row['last_error']}"
            )
        if not rows:
            print("Nothing is parked.")
        return 0

    return await _with_database(config, work)


async def run_inbox_purge(config: Config, args: argparse.Namespace) -> int:
    from contactbot.core.services.retention import purge_parked_now
    from contactbot.core.storage.retention import PARKED_STATUSES

    if args.older_than < 0:
        raise ConfigError("--older-than", "must be 0 or more days")
    statuses = PARKED_STATUSES if args.status == "all" else (args.status,)
    return await _with_database(
        config,
        lambda db: _purge_and_report(
            purge_parked_now(db, older_than_days=args.older_than, statuses=statuses),
            statuses,
        ),
    )


async def _purge_and_report(purging: Awaitable[int], statuses: tuple[str, ...]) -> int:
    deleted = await purging
    print(f"Deleted {deleted} {' and '.join(statuses)} inbox events")
    return 0


async def _with_database(config: Config, work: Callable[[Database], Awaitable[int]]) -> int:
    """Open the database the bot would use (embedded or not), run ``work``, close it."""
    from contactbot.app import ContactBot

    bot = ContactBot(config)
    try:
        try:
            db = await bot.open_database()
        except ValueError as err:
            raise ConfigError("database.url", str(err)) from err
        return await work(db)
    except (ConfigError, SchemaTooNew):
        raise
    except Exception as err:
        log.debug("Database command failed", exc_info=True)
        raise DatabaseUnavailable(
            f"cannot use the database at database.url: {type(err).__name__}: {err}"
        ) from err
    finally:
        await bot.stop()


def setup_logging(config: Config) -> None:
    try:
        logging.config.dictConfig(config.get_mapping("logging"))
    except (ValueError, TypeError, AttributeError, ImportError) as err:
        raise ConfigError("logging", f"invalid logging configuration: {err}") from err


def write_default_config(path: Path) -> None:
    from contactbot.core.transport.registration import write_private

    path.parent.mkdir(parents=True, exist_ok=True)
    # Owner-only from the start: the tokens are written into this file later.
    write_private(path, EXAMPLE_PATH.read_text(encoding="utf-8"))
    keys = ", ".join(key for key, _, _ in FORBIDDEN_DEFAULTS)
    print(
        f"Wrote a new config to {path}. Edit {keys} (and appservice.address if the "
        f"homeserver reaches the bot elsewhere), then generate the registration with:\n"
        f"  contactbot -c {path} -g -r registration.yaml",
        file=sys.stderr,
    )


def generate(config: Config, registration_path: Path) -> None:
    from contactbot.core.transport.registration import generate_registration, write_registration

    for key, value, hint in FORBIDDEN_DEFAULTS:
        if config.get(key) == value:
            raise ConfigError(key, f"still holds the example value {value!r}; {hint}")
    registration = generate_registration(config)
    write_registration(registration_path, registration)
    config.save()
    print(
        f"Wrote {registration_path} and stored its tokens in {config.path}. Add it to the "
        "homeserver's app_service_config_files and restart the homeserver.",
        file=sys.stderr,
    )


async def run_db(config: Config, action: str) -> int:
    from contactbot.app import ContactBot
    from contactbot.core.storage import migrate
    from contactbot.schema import SCHEMA

    if action == "history":
        print("\n".join(migrate.history(SCHEMA)))
        return 0
    bot = ContactBot(config)
    try:
        try:
            db = await bot.open_database()
        except ValueError as err:
            raise ConfigError("database.url", str(err)) from err
        if action == "upgrade":
            status = await migrate.upgrade(db.engine, SCHEMA)
            print(f"Database at {status.head}")
        else:
            status = await migrate.current(db.engine, SCHEMA)
            current = ", ".join(sorted(status.current)) or "empty"
            mark = "" if status.up_to_date else f" (head is {status.head})"
            print(f"Database at {current}{mark}")
    except (ConfigError, SchemaTooNew):
        raise
    except Exception as err:
        # Everything here is about the database: say so in one line, not a long traceback.
        log.debug("Database command failed", exc_info=True)
        raise DatabaseUnavailable(
            f"cannot use the database at database.url: {type(err).__name__}: {err}"
        ) from err
    finally:
        await bot.stop()
    return 0


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "demo":
        from contactbot.devtools.demo import run_demo

        return run_demo(check=args.check, workdir=args.dir)
    path: Path = args.config
    if not path.exists():
        if args.command in ("db", "inbox"):
            print(f"No config at {path}.", file=sys.stderr)
            return 1
        write_default_config(path)
        return 1
    try:
        config = Config.load(path)
        setup_logging(config)
        if args.generate_registration:
            generate(config, args.registration)
            return 0
        if args.command == "db":
            return asyncio.run(run_db(config, args.action))
        if args.command == "inbox" and args.inbox_action == "purge":
            return asyncio.run(run_inbox_purge(config, args))
        if args.command == "inbox":
            return asyncio.run(run_inbox_parked(config, args))
        config.check_for_run()
        from contactbot.app import ContactBot

        bot = ContactBot(config)
        asyncio.run(bot.run_forever())
        return bot.exit_code
    except ConfigError as err:
        print(f"Configuration error: {err}", file=sys.stderr)
        return 11
    except (SchemaTooNew, DatabaseUnavailable) as err:
        print(f"Database error: {err}", file=sys.stderr)
        return 12
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
