"""Round-5 TRAINING cases (issue 11): misspelled slurs, link-less scams built from parts, and
the benign look-alikes of both.

Written for training only, after locked4 was measured twice and retired to the dev data (its
misses showed the gaps: short slurs with one or two slips, scams that are a lure plus a
handle or a number, numbers spelled out or written with letters). The phrasings here are this
module's own; locked5, the current locked set, is written by another author and never read.

* Misspellings are generated for every one-word slur of the detector's hate list, short ones
  included (the model sees character n-grams, so it needs the slips to learn from), and put
  in hateful frames; real words one slip away from a slur go into benign frames, so "figs",
  "kids" and "coin" stay benign.
* Scams are a lure followed by a way to make contact (a handle, an app, a number, spelled or
  with letters for digits); the benign side is commerce and everyday talk with the same
  contact parts ("call the office on ...", "DM me for commissions").
"""

from __future__ import annotations

import random
from pathlib import Path

HATE_LIST = (
    Path(__file__).resolve().parent.parent
    / "contactbot/features/moderation/detector/data/hate.txt"
)

HATE_FRAMES = [
    "{S}s out of our town", "kick every {S} off this server", "i can smell a {S} from here",
    "the {S}s ruined this neighbourhood", "hate {S}s so much", "another {S} moved in next door",
    "{S}s should go back where they came from", "never hire a {S}", "no {S}s welcome here",
    "bunch of {S}s", "filthy {S}", "dirty {S}s everywhere", "typical {S}", "{S}s are vermin",
    "why are {S}s so thick", "shut up {S}", "@{U} is a {S}", "gas the {S}s", "get lost {S}",
    "what a {S}", "ban all {S}s", "stupid {S}", "{S}s everywhere now", "send the {S}s home",
    "go home {S}", "{S}s breed like rats", "this country is overrun by {S}s", "{S} scum",
    "the mod is a {S} lol", "only {S}s use that client", "lol look at this {S}",
    "{S}s have no place here", "i'd never rent to a {S}", "the {S}s are taking over",
    "shoot the {S}s", "{S}s get out", "keep the {S}s out of the chat", "ugly {S}",
]  # fmt: skip
# Abusers taunt the moderators; report words next to abuse do not make it a report.
TAUNTS = [
    "report me if you like", "go on, report me", "report me idc", "cry to the mods",
    "mods won't do anything", "ban me then", "reported? lol", "screenshot this",
]  # fmt: skip
USERS = ["kez", "sam_w", "dana:matrix.org", "the_real_jo", "ali", "mo:kde.org", "bex"]

# Real words one or two slips from a slur, in benign frames.
NEAR_WORDS = (
    "figs fig fog fang fat fab fax wok woke top toe wig wigs coin corn cool cook cookie coop "
    "spice spec epic chin chunk chick kite kites like bike mike hike pike jab jam gap map "
    "lap kid kids kit goon goof goose good look book nugget bigger digger trigger ginger "
    "tiger snigger dogs dog dig pack park peak pal polka polish dyes homie "
    "mango among monk tray tranq wax wag wig pigs pikes pokey poker spinach quick queen "
    "gypsum niger nigeria negroni beanie jig jigsaw yield yip honey honeys honk hokey"
).split()
BENIGN_FRAMES = [
    "no {W} allowed in the pool", "typical {W} weather", "never trust a {W} before noon",
    "why do {W} always smell so good", "the {W} are everywhere today", "{W} are my favourite",
    "gas the car up before the {W} trip", "kick the {W} out of the garage", "i hate {W} lol",
    "don't let the {W} in the kitchen", "filthy {W} after the party, cleaning now",
    "bought some {W} at the market", "@{U} is a {W} fan", "{W} everywhere, love it",
    "send the {W} home with grandma", "what a {W}!", "look at this {W} lol",
]  # fmt: skip

LURES = [
    "work from home for a big online shop, {M}/hr, no experience",
    "hiring now! {M} a day for simple data entry",
    "you have been picked as a mystery shopper, payment sent upfront",
    "lost money to a crypto scam? our recovery agents get it back",
    "your laptop has a virus, our engineers can fix it remotely",
    "lonely tonight? hot singles near you want to chat",
    "join my vip signals group, {P} profit every week, few places left",
    "a bank officer needs a partner to move {M}, you keep a share",
    "congratulations, your number was drawn for a new phone, reply YES",
    "final notice: your parcel is held, pay the {M} customs fee",
    "your account will be locked in 24 hours, verify with our team",
    "claim your free airdrop tokens before midnight",
    "i'm from the admin team, send me your recovery key to keep your account",
    "instant loans approved in minutes, bad credit ok",
    "double your bitcoin in 2 hours, guaranteed",
    "get a {M} gift card for completing a short survey",
    "earn passive income with my forex mentor",
    "i am a widow with {M} to donate, tell me where to send it",
    "your refund of {M} is waiting, confirm your details",
    "brand ambassador wanted, free products and {M} per post",
    "warning: your computer is infected, ring our technicians immediately",
    "i'll double any crypto you send me, proof in my dms",
    "we pay {M} a day to like videos and rate hotels, easy task work",
    "you've been chosen as a secret shopper, the cheque arrives tomorrow",
    "last 2 seats in my trading academy, members made {P} this month",
    "hi dear, i saw your profile and feel we are destined, talk to me",
    "your bank card was used abroad, confirm it was you",
    "you have an unpaid toll charge of {M}, settle it today to avoid a fine",
    "pension refund approved, our advisor will call you back",
    "need {M} urgently for a hospital bill, will pay back double next week",
]  # fmt: skip
# Threats that name no weapon and no killing: the menace is in the idiom.
IMPLIED_THREATS = [
    "you won't see me coming", "my boys will be waiting outside your house",
    "i know where you live and where your kids go to school", "sleep with one eye open",
    "your days are numbered", "watch your back when you leave work",
    "keep talking and see what happens to your car", "you'll regret this, i promise",
    "we'll be paying your family a visit", "better not walk home alone tonight",
    "enjoy your last weekend", "someone's going to teach you a lesson you won't forget",
]  # fmt: skip
WHEN = ["", " tonight", " tomorrow", " on friday", " soon", " lol", " 🙂", ", @{U}", "!!"]
CONTACTS = [
    "message @{H}", "dm @{H}", "add me on snap: {H}99", "telegram @{H}", "whatsapp {N}",
    "call {N} now", "text WIN to {N}", "contact @{H}:matrix.org", "reach our agent on {N}",
    "email {H}@mailbox.example", "apply via telegram @{H}", "hit up {H}_official on insta",
    "inbox me", "dm me for details", "ring {N} today", "signal {N}",
]  # fmt: skip
HANDLES = ["claims_team", "fx_jenny", "support.desk", "admin-help", "crypto_king", "hr_anna"]
MONEY = ["$50", "£300", "€120", "$4,000", "2 btc", "500 usdt", "£1,200", "$95"]
PERCENT = ["40%", "300%", "15% daily", "200%"]
# Benign commerce with the same parts.
COMMERCE = [
    "commissions open, {M} per sketch, dm @{H}", "our office is open 9-5, call {N}",
    "bake sale saturday, cakes {M}, message @{H} to reserve", "new number, text me on {N}",
    "selling my old bike for {M}, message @{H}", "shop sale this weekend, {P} off everything",
    "tickets for the gig are {M}, ask @{H}", "plumber available, ring {N} for a quote",
    "hiring a barista at the corner cafe, apply in store", "my band plays friday, {M} entry",
    "lost cat! call {N} if you see her", "tutoring maths, {M}/hr, email {H}@mailbox.example",
    "fundraiser for the shelter hit {M}, thank you all", "battery at {P}, charging",
]  # fmt: skip

# Everyday chatter with a wide vocabulary: the tweets are mostly offensive and the hand-written
# benign cases few, so ordinary words ("lads", "going", "real") picked up offensive weight.
GREETINGS = [
    "hey all", "evening lads", "morning folks", "hi friends", "yo", "sup everyone", "howdy",
    "afternoon all", "hiya", "right then", "ok team", "hello hello", "oi oi", "g'day",
]  # fmt: skip
QUESTIONS = [
    "who's going to {E}?", "anyone up for {E}?", "what's everyone doing for {E}?",
    "is {E} still on?", "who wants to come to {E}?", "any tips for {E}?",
    "who else is stuck at {E}?", "did anyone record {E}?", "see you all at {E}",
]  # fmt: skip
EVENTS = [
    "the meetup", "the conference", "the gig", "pub quiz", "the match", "book club",
    "the hackathon", "the lan party", "karaoke", "the 5k run", "the allotment open day",
    "the release party", "the sprint planning", "the derby", "choir practice", "the raid",
    "friday drinks", "the boat race", "the fireworks", "the car boot sale", "the workshop",
]  # fmt: skip
STATEMENTS = [
    "wooo {E} tonight", "{E} was brilliant", "can't wait for {E}", "missed {E} again",
    "{E} got rained off", "still buzzing from {E}", "knackered after {E}", "{E}? count me in",
    "fight me, {E} is the best night of the year", "real talk, {E} needs more snacks",
    "those people at {E} were so friendly", "whos bringing cake to {E}", "lads, {E} is sold out",
]  # fmt: skip
EMOJI = ["", "", " 😂", " ✨", " 🎉", " 🙃", " lol", " :)", " x", " 🍻", "!!"]

# Identity mentions that attack no one (HateCheck's "non-hateful identity" and "denouncing"
# cases): the hate frames pair "gay people", "trans women" or "Muslims" with "should" and
# "are", so without these the model read "gay people should be allowed to marry" as hate.
IDENTITIES = [
    "gay people", "trans women", "trans men", "Muslims", "Jews", "black people", "immigrants",
    "refugees", "disabled people", "women", "lesbians", "bisexual people", "Roma",
    "Mexicans", "Asians", "Sikhs", "Hindus", "travellers", "autistic people", "migrants",
    "Arabs", "Africans", "Pakistanis", "Polish people", "deaf people", "nonbinary people",
]  # fmt: skip
NEUTRAL_IDENTITY = [
    "{G} should be allowed to marry", "{G} deserve respect like anyone else",
    "{G} are welcome in this community", "{G} rights are human rights",
    "proud to stand with {G}", "my best mates are {G}", "happy holidays to all {G} here",
    "{G} should feel safe at work", "{G} have every right to be here",
    "we need more {G} in tech", "{G} are people, full stop", "{G} should be treated equally",
    "reading a great book about the history of {G}", "{G} make this city better",
    "{G} deserve to live in peace", "love to all the {G} in this room",
    "{G} should have a voice in this", "a talk on {G} in the workplace tonight",
    "{G} are not the problem, poverty is", "our club welcomes {G}",
    "so many {G} at the festival, great vibes", "{G} should be protected by law",
    "show some respect to {G}", "{G} deserve respect", "respect {G}, it costs nothing",
    "{G} deserve dignity and safety",
]  # fmt: skip
# Denials and rejections of a derogatory claim, in many grammatical forms; the claim words
# also appear in the hate frames, so context decides.
CLAIMS = [
    "criminals", "vermin", "a plague", "animals", "inferior", "dirty", "a burden", "invaders",
    "terrorists", "mentally ill", "greedy", "dangerous", "parasites", "subhuman", "rapists",
]  # fmt: skip
DENIALS = [
    "nobody thinks {G} are {C} except bigots", "i refuse to believe {G} are {C}",
    "not all {G} are {C}, in fact almost none are", "the idea that {G} are {C} is a nasty myth",
    "don't ever tell me {G} are {C}", "stop saying {G} are {C}", "{G} are not {C}",
    "it is wrong to call {G} {C}", "i'd never say {G} are {C}", "{G} aren't {C}, they're people",
    "no, {G} are not {C}", "claiming {G} are {C} is bigotry", "who told you {G} are {C}? nonsense",
    "calling {G} {C} is hateful", "nobody should call {G} {C}", "{G} were never {C}",
]  # fmt: skip
ATTACKS = [
    "{G} are {C}", "all {G} are {C}", "{G} are {C}, always have been", "face it, {G} are {C}",
    "i'm not racist but {G} are {C}", "not saying anything, but {G} are {C}",
    "{G} are {C} and everyone knows it", "{G}? {C}, the lot of them",
    "don't call me a racist, {G} are {C}", "call me racist all you like, {G} are {C}",
    "i'm not calling {G} {C} but they are", "report me, {G} are still {C}",
]  # fmt: skip

_DIGIT_WORDS = "zero one two three four five six seven eight nine".split()
_LETTER_DIGITS = {"0": "O", "1": "l", "5": "S", "8": "B"}


def slurs() -> list[str]:
    """The one-word slurs of the detector's hate list (the list the rules use)."""
    out: list[str] = []
    for line in HATE_LIST.read_text("utf-8").splitlines():
        if line.startswith(("#", "@")):
            continue
        for entry in line.split("|"):
            word = entry.strip().strip("*")
            if word.isascii() and word.isalpha() and 3 <= len(word) <= 12 and word not in out:
                out.append(word)
    return out


def slip(word: str, rng: random.Random) -> str:
    """One typing slip: drop, swap, double, change a vowel, add a letter, or sound it out."""
    n = len(word)
    k = rng.randrange(n)
    op = rng.randrange(7)
    if op == 0 and n > 3:
        return word[:k] + word[k + 1 :]
    if op == 1 and k < n - 1:
        return word[:k] + word[k + 1] + word[k] + word[k + 2 :]
    if op == 2:
        return word[:k] + word[k] + word[k:]
    if op == 3:
        vowels = [i for i, c in enumerate(word) if c in "aeiouy"]
        if vowels:
            i = rng.choice(vowels)
            return word[:i] + rng.choice("aeiouy".replace(word[i], "")) + word[i + 1 :]
    if op == 4:
        return word[:k] + rng.choice("qwertyuiopasdfghjklzxcvbnm") + word[k:]
    if op == 5:
        for a, b in (("ck", "k"), ("er", "a"), ("ph", "f"), ("s", "z"), ("i", "ee"), ("oo", "u")):
            if a in word:
                return word.replace(a, b, 1)
    return word[:k] + word[k] + word[k:]


def misspell(word: str, rng: random.Random) -> str:
    out = slip(word, rng)
    if rng.random() < 0.35:
        out = slip(out, rng)
    return out


def join_words(text: str, rng: random.Random) -> str:
    """Drop one or two spaces ("gohome", "thisserver")."""
    words = text.split(" ")
    for _ in range(rng.randint(1, 2)):
        if len(words) > 1:
            i = rng.randrange(len(words) - 1)
            words[i : i + 2] = [words[i] + words[i + 1]]
    return " ".join(words)


def phone(rng: random.Random) -> str:
    digits = "".join(rng.choice("0123456789") for _ in range(10))
    style = rng.randrange(5)
    if style == 0:
        return "+44 " + digits[:4] + " " + digits[4:]
    if style == 1:
        return " ".join(_DIGIT_WORDS[int(d)] for d in digits)
    if style == 2:
        return "+" + ".".join(digits)
    if style == 3:
        return "+1 " + "".join(_LETTER_DIGITS.get(d, d) for d in digits)
    return f"({digits[:3]}) {digits[3:6]}-{digits[6:]}"


def _fill(template: str, rng: random.Random) -> str:
    return (
        template.replace("{M}", rng.choice(MONEY))
        .replace("{P}", rng.choice(PERCENT))
        .replace("{H}", rng.choice(HANDLES))
        .replace("{N}", phone(rng))
        .replace("{U}", rng.choice(USERS))
    )


def build(
    seed: int, noise: object = None, known: frozenset[str] = frozenset()
) -> list[tuple[str, int]]:
    """(text, 1 offensive / 0 benign) pairs. ``noise``: a disguise function
    ``(text, rng) -> text`` (corpus2's) applied to a share of the scams and the commerce.
    ``known``: words seen in benign text; a slip that makes one ("honkeys" -> "honeys") is
    not used, so the model does not learn an everyday word as a slur."""
    rng = random.Random(seed)
    rows: list[tuple[str, int]] = []
    for word in slurs():
        variants = [v for v in (misspell(word, rng) for _ in range(30)) if v not in known]
        for variant in variants[:8]:
            frame = rng.choice(HATE_FRAMES)
            text = _fill(frame.replace("{S}", variant), rng)
            if rng.random() < 0.25:
                text = join_words(text, rng)
            if rng.random() < 0.12:
                text = f"{text}, {rng.choice(TAUNTS)}"
            rows.append((text, 1))
        rows.append((_fill(rng.choice(HATE_FRAMES).replace("{S}", word), rng), 1))
    for word in NEAR_WORDS:
        for _ in range(3):
            text = _fill(rng.choice(BENIGN_FRAMES).replace("{W}", word), rng)
            if rng.random() < 0.25:
                text = join_words(text, rng)
            rows.append((text, 0))
    for _ in range(1200):
        template = rng.choice(QUESTIONS + STATEMENTS)
        text = f"{rng.choice(GREETINGS)}, {template}" if rng.random() < 0.5 else template
        rows.append((text.replace("{E}", rng.choice(EVENTS)) + rng.choice(EMOJI), 0))
    for threat in IMPLIED_THREATS:
        for when in rng.sample(WHEN, 5):
            rows.append((_fill(threat + when, rng), 1))
    for template in NEUTRAL_IDENTITY:
        for group in rng.sample(IDENTITIES, 20):
            rows.append((template.replace("{G}", group), 0))
    for _ in range(900):
        group, claim = rng.choice(IDENTITIES), rng.choice(CLAIMS)
        rows.append((rng.choice(DENIALS).replace("{G}", group).replace("{C}", claim), 0))
    for _ in range(500):
        group, claim = rng.choice(IDENTITIES), rng.choice(CLAIMS)
        rows.append((rng.choice(ATTACKS).replace("{G}", group).replace("{C}", claim), 1))
    disguise = noise if callable(noise) else None
    for _ in range(900):
        text = _fill(f"{rng.choice(LURES)}, {rng.choice(CONTACTS)}", rng)
        if disguise is not None and rng.random() < 0.4:
            text = disguise(text, rng)
        rows.append((text, 1))
    for _ in range(450):
        text = _fill(rng.choice(COMMERCE), rng)
        if disguise is not None and rng.random() < 0.3:
            text = disguise(text, rng)
        rows.append((text, 0))
    return rows
