"""The command framework: parsing, !help, errors, reply shape, escaping and rate limits."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import aiohttp
import pytest

from contactbot.app import ContactBot
from contactbot.core.domain.formatting import message
from contactbot.core.errors import DatabaseUnavailable, HomeserverUnavailable, UserError
from contactbot.core.handlers.commands import (
    MAX_COMMAND_LENGTH,
    Command,
    CommandContext,
    CommandRegistry,
)
from contactbot.core.handlers.help import MetaCommands
from contactbot.core.metrics import Metrics
from contactbot.core.services.ratelimit import CommandRateLimiter, TokenBuckets
from tests.botfactory import HS_TOKEN, make_bot
from tests.fakes import FakeGateway
from tests.testbot import wait_for

ROOM = "!room:example.org"
ALICE = "@alice:example.org"
ADMIN = "@admin:example.org"


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class Harness:
    """A registry with !help and a few test commands, replying through a recording gateway."""

    def __init__(
        self, gateway: FakeGateway, prefix: str = "!", limiter: CommandRateLimiter | None = None
    ) -> None:
        self.gateway = gateway
        self.metrics = Metrics()
        self.registry = CommandRegistry(prefix, gateway, self.metrics, limiter)
        self.registry.register(MetaCommands())
        self.calls: list[CommandContext] = []
        self.fail_second_reply_once = False
        self._events = iter(range(1_000_000))
        self.registry.register(
            Command(
                name="echo",
                handler=self.echo,
                help_text="Repeat the arguments",
                help_args="<words…>",
                aliases=("say",),
                details=('Quotes group words: "a b" is one argument.',),
            )
        )
        self.registry.register(
            Command(
                name="secret",
                handler=self.echo,
                help_text="Admins only",
                access=self.is_admin,
                section="Admin",
            )
        )
        self.registry.register(Command(name="boom", handler=self.boom, help_text="Fails"))
        self.registry.register(Command(name="twice", handler=self.twice, help_text="Two"))

    @staticmethod
    async def is_admin(ctx: CommandContext) -> bool:
        return ctx.sender == ADMIN

    async def echo(self, ctx: CommandContext) -> None:
        self.calls.append(ctx)
        await ctx.reply("ok")

    async def boom(self, ctx: CommandContext) -> None:
        self.calls.append(ctx)
        raise RuntimeError("password=hunter2 <internal detail>")

    async def twice(self, ctx: CommandContext) -> None:
        self.calls.append(ctx)
        await ctx.reply("first")
        if self.fail_second_reply_once:
            self.fail_second_reply_once = False
            self.gateway.fail_sends = 1
        await ctx.reply("second")

    async def send(
        self, body: str, sender: str = ALICE, room: str = ROOM, event_id: str | None = None
    ) -> bool:
        event_id = event_id or f"$ev{next(self._events)}"
        return await self.registry.handle(sender, room, event_id, body)

    def replies(self) -> list[dict[str, Any]]:
        return self.gateway.messages()

    def last(self) -> dict[str, Any]:
        return self.replies()[-1]


@pytest.fixture
def h(gateway: FakeGateway) -> Harness:
    return Harness(gateway)


# -- parsing -----------------------------------------------------------------------------------


@pytest.mark.parametrize("body", ["help", " !help", "hello !help", "!", "!   ", "", "?help"])
async def test_non_commands_are_ignored(h: Harness, body: str) -> None:
    """Only a message starting with the prefix and a name is a command; others get no reply."""
    assert await h.send(body) is False
    assert h.replies() == []


@pytest.mark.parametrize("body", ["!ECHO x", "!Echo x", "!echo x", "!say x", "!SAY x"])
async def test_names_and_aliases_are_case_insensitive(h: Harness, body: str) -> None:
    """Command names and aliases match regardless of case; the canonical name is used."""
    assert await h.send(body) is True
    assert [c.name for c in h.calls] == ["echo"]
    assert h.calls[0].args == ["x"]


async def test_custom_prefix(gateway: FakeGateway) -> None:
    """The configured prefix is the only one recognised, and !help speaks in it."""
    h = Harness(gateway, prefix="?")
    assert await h.send("!echo x") is False
    assert await h.send("?echo x") is True
    await h.send("?help")
    assert "?echo" in h.last()["body"]
    assert "!echo" not in h.last()["body"]


@pytest.mark.parametrize(
    ("body", "args"),
    [
        ("!echo \"a b\" 'c d' e\\ f", ["a b", "c d", "e f"]),
        ("!echo   spaced    out  ", ["spaced", "out"]),
        ("!echo\ttab", ["tab"]),
        ("!echo\nnext line", ["next", "line"]),
        ("!echo", []),
        ('!echo "it\'s"', ["it's"]),
    ],
)
async def test_arguments_are_split_like_a_shell(h: Harness, body: str, args: list[str]) -> None:
    """Arguments are split on whitespace with quotes grouping words; any whitespace (tab,
    newline) ends the command name."""
    await h.send(body)
    assert [c.name for c in h.calls] == ["echo"]
    assert h.calls[0].args == args


@pytest.mark.parametrize("body", ['!echo "a b', "!echo it's", "!echo 'x"])
async def test_unbalanced_quote_is_a_user_facing_error(h: Harness, body: str) -> None:
    """An unbalanced quote is explained to the user; the command does not run."""
    await h.send(body)
    assert h.calls == []
    assert h.last()["body"] == "Could not read the arguments: No closing quotation."


async def test_unknown_command_gets_a_short_hint(h: Harness) -> None:
    """An unknown command gets one short line naming !help."""
    await h.send("!nope with args")
    reply = h.last()
    assert reply["body"] == "Unknown command `!nope`. Try `!help`."
    assert reply["formatted_body"] == "Unknown command <code>!nope</code>. Try <code>!help</code>."


async def test_unknown_command_name_is_truncated(h: Harness) -> None:
    """A huge unknown name is not echoed back in full."""
    await h.send("!" + "a" * 10_000)
    assert len(h.last()["body"]) < 120


async def test_over_long_command_line_is_refused(h: Harness) -> None:
    """Arguments beyond the length limit are refused before parsing; the command does not run."""
    await h.send("!echo " + '"' + "x" * (MAX_COMMAND_LENGTH + 1))
    assert h.calls == []
    assert h.last()["body"] == "That command is too long."
    await h.send("!echo " + "x" * MAX_COMMAND_LENGTH)
    assert len(h.calls) == 1


# -- !help -------------------------------------------------------------------------------------


async def test_help_lists_only_commands_the_sender_may_use(h: Harness) -> None:
    """!help is generated from the registry and hides commands whose access check fails."""
    await h.send("!help", sender=ALICE)
    body = h.last()["body"]
    for visible in ("!help [command]", "!echo <words…>", "!boom", "!twice"):
        assert visible in body
    assert "secret" not in body
    assert "Admin" not in body

    await h.send("!help", sender=ADMIN)
    admin_body = h.last()["body"]
    assert "• `!secret`: Admins only" in admin_body
    assert "**Admin**" in admin_body
    assert "<strong>Admin</strong>" in h.last()["formatted_body"]


async def test_help_for_one_command_shows_its_details(h: Harness) -> None:
    """!help <command> (with or without prefix, or by alias) shows usage, text and details."""
    for arg in ("echo", "!echo", "ECHO", "say"):
        await h.send(f"!help {arg}")
        body = h.last()["body"]
        assert body.startswith("`!echo <words…>`: Repeat the arguments")
        assert 'Quotes group words: "a b" is one argument.' in body


async def test_help_for_a_hidden_command_looks_like_an_unknown_one(h: Harness) -> None:
    """A non-admin asking about an admin command learns no more than about a missing one."""
    await h.send("!help secret")
    hidden = h.last()["body"]
    await h.send("!help missing")
    missing = h.last()["body"]
    assert hidden == "There is no command !secret you can use here."
    assert missing == "There is no command !missing you can use here."
    await h.send("!help secret", sender=ADMIN)
    assert h.last()["body"].startswith("`!secret`: Admins only")


async def test_access_check_refuses_running_the_command(h: Harness) -> None:
    """A command whose access check fails is refused with a UserError and does not run."""
    await h.send("!secret", sender=ALICE)
    assert h.calls == []
    assert h.last()["body"] == "You are not allowed to use !secret here."
    await h.send("!secret", sender=ADMIN)
    assert len(h.calls) == 1


# -- errors ------------------------------------------------------------------------------------


async def test_user_error_is_replied_as_is(h: Harness) -> None:
    """A UserError's message is the reply's plain body, unchanged, and escaped in HTML."""

    async def refuse(ctx: CommandContext) -> None:
        raise UserError('Nope: <b>you</b> & "them"')

    h.registry.register(Command(name="refuse", handler=refuse, help_text="x"))
    await h.send("!refuse")
    assert h.last()["body"] == 'Nope: <b>you</b> & "them"'
    assert h.last()["formatted_body"] == "Nope: &lt;b&gt;you&lt;/b&gt; &amp; &quot;them&quot;"


async def test_unexpected_error_is_logged_with_a_reference_that_alone_is_replied(
    h: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    """An unexpected exception is logged with its traceback and a reference number; the
    reply carries only that number, none of the exception's text."""
    with caplog.at_level(logging.ERROR, logger="contactbot.core.handlers.commands"):
        await h.send("!boom")
        await h.send("!boom")
    first, second = h.replies()
    assert "(ref: 1)" in first["body"]
    assert "(ref: 2)" in second["body"]
    for reply in (first, second):
        for leak in ("hunter2", "RuntimeError", "internal detail", "Traceback"):
            assert leak not in reply["body"]
            assert leak not in reply["formatted_body"]
    records = [r for r in caplog.records if "failed (ref:" in r.getMessage()]
    assert [r.getMessage() for r in records] == [
        "Command !boom failed (ref: 1)",
        "Command !boom failed (ref: 2)",
    ]
    assert records[0].exc_info is not None
    assert "hunter2" in str(records[0].exc_info[1])


@pytest.mark.parametrize("error", [HomeserverUnavailable, DatabaseUnavailable])
async def test_infrastructure_errors_propagate_for_a_retry(
    h: Harness, error: type[Exception]
) -> None:
    """A homeserver or database outage is not the command's fault: it propagates (so the
    inbox retries the event) and nothing is replied now."""

    async def down(ctx: CommandContext) -> None:
        raise error("gone")

    h.registry.register(Command(name="down", handler=down, help_text="x"))
    with pytest.raises(error):
        await h.send("!down")
    assert h.replies() == []


async def test_error_reply_failure_is_swallowed(
    h: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    """If even the error reply cannot be sent, that is logged and the event is not retried."""

    async def broken_send(*args: Any, **kwargs: Any) -> str:
        raise RuntimeError("send failed")

    h.gateway.send_message = broken_send  # type: ignore[method-assign]
    with caplog.at_level(logging.ERROR):
        assert await h.send("!boom") is True
    assert any("Could not tell" in r.getMessage() for r in caplog.records)


# -- reply shape and escaping ------------------------------------------------------------------


async def test_replies_are_non_pinging_notices_replying_to_the_command(h: Harness) -> None:
    """Every reply is an m.notice in reply to the command, with an empty m.mentions and both
    a plain body and an HTML formatted_body."""
    await h.send("!help", event_id="$cmd")
    await h.send("!nope", event_id="$cmd2")
    await h.send('!echo "x', event_id="$cmd3")
    for reply, event_id in zip(h.replies(), ["$cmd", "$cmd2", "$cmd3"], strict=True):
        assert reply["msgtype"] == "m.notice"
        assert reply["m.relates_to"] == {"m.in_reply_to": {"event_id": event_id}}
        assert reply["m.mentions"] == {}
        assert reply["format"] == "org.matrix.custom.html"
        assert reply["body"] and reply["formatted_body"]


@pytest.mark.parametrize(
    ("body", "must_not", "must"),
    [
        ("!<script>alert(1)</script>", "<script>", "&lt;script&gt;"),
        ("!help '<img src=x onerror=alert(1)>'", "<img", "&lt;img src=x"),
        ("!help 'a&b\"c'", 'a&b"c', "a&amp;b&quot;c"),
        ("!help \u202eexe.txt", "\u202e", "\\u202eexe.txt"),
        ("!x\u202e", "\u202e", "\\u202e"),
    ],
)
async def test_user_supplied_text_is_escaped_in_replies(
    h: Harness, body: str, must_not: str, must: str
) -> None:
    """Command names and arguments echoed in replies are HTML-escaped, and bidi overrides
    are shown as escapes in both bodies."""
    await h.send(body)
    reply = h.last()
    assert must_not not in reply["formatted_body"]
    assert must in reply["formatted_body"]
    if "\u202e" in body:
        assert "\u202e" not in reply["body"]


async def test_deliberate_ping_mentions_exactly_the_listed_users(h: Harness) -> None:
    """reply_pinging sends an m.text (notices don't notify) with exactly the given user IDs."""

    async def ping(ctx: CommandContext) -> None:
        await ctx.reply_pinging(
            message("Please look: ").user("@mod1:example.org").text(" ").user("@mod2:example.org"),
            ["@mod1:example.org", "@mod2:example.org"],
        )

    h.registry.register(Command(name="ping", handler=ping, help_text="x"))
    await h.send("!ping", event_id="$p")
    reply = h.last()
    assert reply["msgtype"] == "m.text"
    assert reply["m.mentions"] == {"user_ids": ["@mod1:example.org", "@mod2:example.org"]}
    assert reply["m.relates_to"] == {"m.in_reply_to": {"event_id": "$p"}}
    assert 'href="https://matrix.to/#/@mod1:example.org"' in reply["formatted_body"]


# -- idempotent replies ------------------------------------------------------------------------


async def test_retried_processing_reuses_transaction_ids(h: Harness) -> None:
    """Replies use transaction IDs derived from the command's event ID, so processing the
    same event again after a failure re-sends nothing that already went out."""
    h.fail_second_reply_once = True
    with pytest.raises(HomeserverUnavailable):
        await h.send("!twice", event_id="$t")
    await h.send("!twice", event_id="$t")  # the inbox's retry
    assert [s.content["body"] for s in h.gateway.sent] == ["first", "second"]
    assert [s.txn_id for s in h.gateway.sent] == ["cb.$t.0", "cb.$t.1"]
    await h.send("!twice", event_id="$other")
    assert [s.txn_id for s in h.gateway.sent[2:]] == ["cb.$other.0", "cb.$other.1"]


# -- rate limits -------------------------------------------------------------------------------


def limiter(clock: Clock, *, user: tuple[float, float], room: tuple[float, float]) -> Any:
    return CommandRateLimiter(
        TokenBuckets(user[0], user[1], clock=clock), TokenBuckets(room[0], room[1], clock=clock)
    )


async def test_user_rate_limit_burst_then_one_warning_then_silence(gateway: FakeGateway) -> None:
    """A user gets ``burst`` commands, then one warning, then silence; the bucket refills
    over time, and a fresh exhaustion warns again."""
    clock = Clock()
    h = Harness(gateway, limiter=limiter(clock, user=(3, 0.1), room=(100, 100)))
    for _ in range(10):
        await h.send("!echo x")
    assert len(h.calls) == 3
    bodies = [r["body"] for r in h.replies()]
    assert bodies == ["ok", "ok", "ok", "Too many commands; please wait 10 s."]

    clock.now += 10  # one token back
    await h.send("!echo x")
    await h.send("!echo x")
    await h.send("!echo x")
    assert len(h.calls) == 4
    assert [r["body"] for r in h.replies()[4:]] == ["ok", "Too many commands; please wait 10 s."]

    # Another user in the same room is unaffected.
    await h.send("!echo x", sender="@bob:example.org")
    assert h.calls[-1].sender == "@bob:example.org"


async def test_room_rate_limit_applies_across_users(gateway: FakeGateway) -> None:
    """A room's bucket limits all its users together; other rooms are unaffected."""
    clock = Clock()
    h = Harness(gateway, limiter=limiter(clock, user=(10, 1), room=(2, 0.5)))
    await h.send("!echo x", sender="@a:example.org")
    await h.send("!echo x", sender="@b:example.org")
    await h.send("!echo x", sender="@c:example.org")
    await h.send("!echo x", sender="@d:example.org")
    assert len(h.calls) == 2
    assert [r["body"] for r in h.replies()] == ["ok", "ok", "Too many commands; please wait 2 s."]
    await h.send("!echo x", sender="@a:example.org", room="!other:example.org")
    assert len(h.calls) == 3
    clock.now += 2
    await h.send("!echo x", sender="@d:example.org")
    assert len(h.calls) == 4


async def test_unknown_commands_count_against_the_limit(gateway: FakeGateway) -> None:
    """Unknown commands are rate-limited too, and rate-limited unknown names do not each add
    a metrics series."""
    clock = Clock()
    h = Harness(gateway, limiter=limiter(clock, user=(2, 0.01), room=(100, 100)))
    for i in range(50):
        await h.send(f"!random{i}")
    assert len(h.replies()) == 3
    labels = {
        s.labels["command"]
        for metric in h.metrics.registry.collect()
        if metric.name == "contactbot_commands"
        for s in metric.samples
    }
    assert labels == {"unknown"}


async def test_flood_of_200_commands_through_the_bot_gets_at_most_burst_plus_one_replies(
    database_url: str, gateway: FakeGateway
) -> None:
    """200 commands from one user in one transaction, through the real HTTP API, inbox and
    router: the user gets ``burst`` answers and one warning, nothing more."""
    bot = make_bot(
        database_url,
        gateway,
        **{"bot.rate_limit.user_burst": 5, "bot.rate_limit.user_per_second": 0.001},
    )
    await bot.start()
    try:
        events = [
            {
                "event_id": f"$flood{i}",
                "room_id": ROOM,
                "sender": "@flooder:example.org",
                "type": "m.room.message",
                "content": {"msgtype": "m.text", "body": "!help"},
            }
            for i in range(200)
        ]
        await put_transaction(bot, "flood", events)
        await wait_done(bot, 200)
        bodies = [m["body"] for m in gateway.messages()]
        assert len(bodies) == 6
        assert bodies[-1].startswith("Too many commands")
    finally:
        await bot.stop()


# -- through the running bot -------------------------------------------------------------------


async def put_transaction(bot: ContactBot, txn_id: str, events: list[dict[str, Any]]) -> None:
    port = bot.config.get_int("appservice.port")
    async with aiohttp.ClientSession() as session:
        async with session.put(
            f"http://127.0.0.1:{port}/_matrix/app/v1/transactions/{txn_id}",
            json={"events": events},
            headers={"Authorization": f"Bearer {HS_TOKEN}"},
        ) as resp:
            assert resp.status == 200


async def wait_done(bot: ContactBot, count: int, timeout: float = 20.0) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while (await bot.inbox.refresh_depth()).get("done", 0) < count:
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"not all {count} events processed in time")
        await asyncio.sleep(0.05)


def text(event_id: str, body: str, sender: str = ALICE, msgtype: str = "m.text") -> dict[str, Any]:
    return {
        "event_id": event_id,
        "room_id": ROOM,
        "sender": sender,
        "type": "m.room.message",
        "content": {"msgtype": msgtype, "body": body},
    }


async def test_homeserver_failure_on_a_reply_delays_it_without_rerunning_the_command(
    bot: ContactBot, gateway: FakeGateway
) -> None:
    """When the homeserver fails while a reply is delivered, the command is not run again:
    its replies wait in the outbox, the one already sent is not repeated, and the missing
    one follows with the same transaction ID, in order."""
    attempts = 0

    async def twice(ctx: CommandContext) -> None:
        nonlocal attempts
        attempts += 1
        await ctx.reply("first")
        await ctx.reply("second")

    bot.registry.register(Command(name="twice", handler=twice, help_text="x"))
    gateway.fail_sends_after = 1  # the first send succeeds, the next one fails once
    await put_transaction(bot, "t1", [text("$t", "!twice")])
    await wait_done(bot, 1)
    await wait_for(lambda: len(gateway.sent) == 2)
    assert attempts == 1
    assert [(s.content["body"], s.txn_id) for s in gateway.sent] == [
        ("first", "cb.$t.0"),
        ("second", "cb.$t.1"),
    ]


async def test_own_namespace_and_notices_are_not_commands(
    bot: ContactBot, gateway: FakeGateway
) -> None:
    """Messages from the bot's namespace (``@contactbot_*`` on its server) and m.notice
    messages are not answered; a user who merely shares the name's start is, and so is
    ``@contactbot_``, which the registration's regex does not reserve."""
    await put_transaction(
        bot,
        "t1",
        [
            text("$own", "!help", sender="@contactbot:example.org"),
            text("$watcher", "!help", sender="@contactbot_watcher:example.org"),
            text("$notice", "!help", msgtype="m.notice"),
            text("$fan", "!help", sender="@contactbotfan:example.org"),
            text("$remote", "!help", sender="@contactbot_watcher:elsewhere.net"),
            text("$bare", "!help", sender="@contactbot_:example.org"),
        ],
    )
    await wait_done(bot, 6)
    answered = [m["m.relates_to"]["m.in_reply_to"]["event_id"] for m in gateway.messages()]
    assert answered == ["$fan", "$remote", "$bare"]
