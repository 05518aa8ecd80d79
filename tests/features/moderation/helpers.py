"""Shared set-up of the flag and review tests: a real bot on PostgreSQL and its rooms.

Events go through the real router, services and command registry; the homeserver is the
recording FakeGateway. The detector is the real one, given two made-up words in its config
(``grobnak``: threat, high; ``blorptwit``: harassment, medium) so the tests do not depend on
the shipped word lists.

Rooms: Alpha (the bot 100, Mod 50), Beta (the bot 50, Mod absent), Gamma (the bot without
power); Eve, the flagged user, is in all three. The moderators' room holds the admin, Mod,
Carol (no power anywhere) and the on-call moderator.
"""

from __future__ import annotations

import itertools
from datetime import UTC, datetime
from typing import Any

from contactbot.app import ContactBot
from contactbot.features.moderation.domain.flags import FLAG_STATES, AuditEntry, Flag
from contactbot.features.moderation.services.flagging import FlaggingService
from contactbot.features.moderation.services.notices import NoticeService
from contactbot.features.moderation.services.review import ReviewService
from contactbot.features.moderation.storage.flags import FlagRepository
from contactbot.features.moderation.wiring import Moderation
from contactbot.features.status.services.status import StatusChange
from tests.botfactory import make_bot
from tests.fakes import FakeGateway
from tests.testbot import event as event
from tests.testbot import feed as feed

BOT = "@contactbot:example.org"
ADMIN = "@admin:example.org"  # a bot admin (tests.botfactory)
MOD = "@mod:example.org"
ONCALL = "@oncall:example.org"
CAROL = "@carol:example.org"
ALICE = "@alice:example.org"
EVE = "@eve:example.org"
ZED = "@zed:other.org"

ALPHA = "!alpha:example.org"
BETA = "!beta:example.org"
GAMMA = "!gamma:example.org"
MODS = "!mods:example.org"
DM = "!dm:example.org"
LIST = "!list:example.org"
BANLIST = "!banlist:example.org"

HIGH = "grobnak"  # threat, high
MEDIUM = "blorptwit"  # harassment, medium

_ids = itertools.count(1)


# -- set-up ---------------------------------------------------------------------------------------


def moderation_config(**overrides: Any) -> dict[str, Any]:
    values: dict[str, Any] = {
        "moderation.room": MODS,
        # MOD reviews as a moderator of Alpha (rule 3 of the moderator rule).
        "moderation.room_moderators": True,
        "moderation.on_call": [ONCALL],
        "moderation.detector": {
            "extra_words": {"threat": [HIGH], "harassment": [MEDIUM]},
            "severity": {"threat": "high"},
        },
        "bot.rate_limit.user_burst": 10_000,
        "bot.rate_limit.user_per_second": 10_000.0,
        "bot.rate_limit.room_burst": 10_000,
        "bot.rate_limit.room_per_second": 10_000.0,
    }
    values.update(overrides)
    return values


async def start_bot(database_url: str, gateway: FakeGateway, **overrides: Any) -> ContactBot:
    bot = make_bot(database_url, gateway, **moderation_config(**overrides))
    await bot.start()
    await join_rooms(bot, gateway)
    return bot


async def join(
    bot: ContactBot,
    gateway: FakeGateway,
    room: str,
    *,
    levels: dict[str, int],
    members: tuple[str, ...],
    name: str | None = None,
    extra: tuple[dict[str, Any], ...] = (),
) -> None:
    """Give the fake homeserver a room and deliver the bot's own join."""
    state = [
        event("m.room.create", {"room_version": "10"}, ALICE, room=room, state_key=""),
        event("m.room.power_levels", {"users": levels}, ALICE, room=room, state_key=""),
        *extra,
    ]
    if name:
        state.append(event("m.room.name", {"name": name}, ALICE, room=room, state_key=""))
    gateway.state[room] = state
    gateway.members[room] = {BOT: "Contact bot", **{m: None for m in members}}
    await feed(bot, event("m.room.member", {"membership": "join"}, BOT, room=room, state_key=BOT))


async def join_rooms(bot: ContactBot, gateway: FakeGateway) -> None:
    await join(
        bot,
        gateway,
        ALPHA,
        levels={ALICE: 100, MOD: 50, BOT: 100},
        members=(ALICE, MOD, CAROL, EVE),
        name="Alpha",
    )
    await join(bot, gateway, BETA, levels={ALICE: 100, BOT: 50}, members=(ALICE, EVE), name="Beta")
    await join(bot, gateway, GAMMA, levels={ALICE: 100}, members=(ALICE, EVE), name="Gamma")
    await join(
        bot,
        gateway,
        MODS,
        levels={ADMIN: 100, BOT: 50},
        members=(ADMIN, MOD, CAROL, ONCALL),
        name="Moderators",
    )
    await join(bot, gateway, DM, levels={MOD: 100}, members=(MOD,))


def feature(bot: ContactBot) -> Moderation:
    moderation = bot.moderation
    assert isinstance(moderation, Moderation)
    return moderation


def flagging(bot: ContactBot) -> FlaggingService:
    return feature(bot).flagging


def reviewing(bot: ContactBot) -> ReviewService:
    return feature(bot).review


def notice_service(bot: ContactBot) -> NoticeService:
    return feature(bot).notices


async def set_name(bot: ContactBot, user: str, name: str, room: str = ALPHA) -> str:
    """``user`` changes their display name in ``room`` (a member event); its event ID."""
    raw = event(
        "m.room.member",
        {"membership": "join", "displayname": name},
        user,
        room=room,
        state_key=user,
    )
    await feed(bot, raw)
    return str(raw["event_id"])


def status_change(
    user: str, history_id: int, texts: tuple[tuple[str, str], ...], via: str = "poll"
) -> StatusChange:
    return StatusChange(
        user_id=user,
        history_id=history_id,
        field="status",
        via=via,
        observed_at=datetime.now(UTC),
        valid=True,
        problem=None,
        texts=texts,
    )


async def set_status(bot: ContactBot, user: str, text: str, history_id: int = 1) -> None:
    """What status history hands its listeners when ``user`` sets a status."""
    await feature(bot).handle_status_change(
        status_change(user, history_id, (("m.status.text", text), ("m.status.emoji", "🌴")))
    )


async def all_flags(bot: ContactBot) -> list[Flag]:
    assert bot.db is not None
    async with bot.db.transaction() as session:
        flags, _ = await FlagRepository(session).find(FLAG_STATES, limit=1000)
    return flags


async def only_flag(bot: ContactBot) -> Flag:
    flags = await all_flags(bot)
    assert len(flags) == 1, flags
    return flags[0]


async def audit(bot: ContactBot, flag_id: int) -> list[AuditEntry]:
    assert bot.db is not None
    async with bot.db.transaction() as session:
        return await FlagRepository(session).audit(flag_id)


def notices(gateway: FakeGateway) -> list[dict[str, Any]]:
    """Flag notices in the moderators' room (not replies)."""
    return [
        m
        for m in gateway.messages(MODS)
        if "m.relates_to" not in m and m["body"].startswith("**🚩 Flag")
    ]


def replies(gateway: FakeGateway, room: str) -> list[dict[str, Any]]:
    return [m for m in gateway.messages(room) if "m.relates_to" in m]


def kicks_and_bans(gateway: FakeGateway) -> list[tuple[Any, ...]]:
    return [c for c in gateway.calls if c[0] in ("kick", "ban")]


async def react(
    bot: ContactBot, flag: Flag, key: str, sender: str = MOD, *, room: str = MODS
) -> dict[str, Any]:
    raw = event(
        "m.reaction",
        {
            "m.relates_to": {
                "rel_type": "m.annotation",
                "event_id": flag.notice_event_id,
                "key": key,
            }
        },
        sender,
        room=room,
    )
    await feed(bot, raw)
    return raw


async def say(
    bot: ContactBot, gateway: FakeGateway, body: str, sender: str = MOD, room: str = MODS
) -> dict[str, Any]:
    """Send a command and return the bot's reply content."""
    before = len(gateway.messages(room))
    await feed(
        bot, event("m.room.message", {"msgtype": "m.text", "body": body}, sender, room=room)
    )
    new = gateway.messages(room)[before:]
    assert len(new) == 1, new
    return new[0]
