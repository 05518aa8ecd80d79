"""Build the LOCKED test set (``locked.jsonl`` beside this file); the output is committed.

Written before any training or tuning of the learned stage (issue 11), from phrase pools written
for this set only: no text here paraphrases the training data (``training/``), and nothing in
``training/`` may be copied from here. Once a round tunes on this set, it stops being locked and
a new one must be written (see docs/moderation.md, "Model card").

Categories (label in brackets):

* ``insult`` [offensive]: slurs, profanity and insults aimed at people or groups;
* ``vulgar`` [offensive]: strong profanity without a target;
* ``hate_noslur`` [offensive]: dehumanising, threats, "X should ..." without any slur;
* ``disguised`` [offensive]: offensive text with homoglyphs, spacing, leet, masking, stretching;
* ``misspelled`` [offensive]: hate with dropped, swapped or added letters, missing spaces;
* ``scam_plain`` / ``scam_disguised`` [offensive]: scams and phishing, with and without links;
* ``everyday`` [benign]: ordinary statuses;
* ``counter`` [benign]: counter-speech that quotes or reports hate;
* ``reclaimed`` [benign]: reclaimed slurs and slur homonyms in self-descriptions;
* ``negated`` [benign]: negated hate ("no X deserves ...");
* ``chatter`` [benign]: ordinary social chatter, slang, mild swearing, violent idioms;
* ``nonprotected`` [benign]: abuse aimed at objects, ideas, weather, software.

Usage: ``python -m tests.features.moderation.detector.locked.make_locked``
"""

from __future__ import annotations

import itertools
import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 20240611
SOURCE = "handwritten for the locked set (issue 11), before any model training"

GROUPS = [
    "women",
    "muslims",
    "jews",
    "immigrants",
    "refugees",
    "gay people",
    "trans people",
    "black people",
    "mexicans",
    "disabled people",
    "asians",
    "roma",
    "christians",
    "hindus",
    "lesbians",
    "arabs",
    "chinese people",
    "indians",
    "pakistanis",
    "somalis",
    "sikhs",
    "latinos",
    "bisexual people",
    "nonbinary people",
    "deaf people",
    "autistic people",
    "africans",
    "migrants",
    "gypsies",
    "polish people",
]
SINGULAR = {
    "women": "woman",
    "muslims": "muslim",
    "jews": "jew",
    "immigrants": "immigrant",
    "refugees": "refugee",
    "mexicans": "mexican",
    "arabs": "arab",
    "hindus": "hindu",
    "sikhs": "sikh",
    "somalis": "somali",
    "migrants": "migrant",
    "christians": "christian",
}

HATE_NOSLUR = [
    "{G} are a disease spreading through this country",
    "{G} breed like insects and we're running out of room",
    "honestly {G} belong in cages not in our streets",
    "every last one of {G} should be rounded up and shipped out",
    "{G} are nothing but walking garbage",
    "we need to purge {G} from every city",
    "the world would be cleaner with zero {G} in it",
    "{G} are a plague on decent society",
    "time to put {G} back where they crawled from",
    "{G} don't deserve to breathe the same air as us",
    "line up the {G} and shoot them",
    "i would happily watch {G} burn",
    "{G} are less than human and everyone knows it",
    "{G} are cockroaches, stamp them out",
    "if i see any {G} at the station tonight they're getting stabbed",
    "{G} should be sterilised so they stop multiplying",
    "{G} need to be exterminated",
    "{G} are animals and should be treated like animals",
    "can't wait for the day {G} get wiped off the map",
    "{G} have no place in a civilised nation",
    "{G} are a cancer, cut them out",
    "just gas the {G} already",
    "{G} ruin everything they touch, get rid of them",
    "{G} are filth and always will be",
    "hang every one of those {G}",
    "{G} should not be allowed to vote or work",
    "{G} are savages who can't be civilised",
    "someone should torch the {G} mosque down the road",
    "{G} are rodents infesting our neighbourhoods",
    "it's a shame {G} weren't all drowned at birth",
    "the only answer to {G} is a bullet",
    "{G} are inferior by nature",
    "deport the {G}, all of them, by force",
    "{G} are parasitic leeches on our taxes",
    "beat the {G} until they leave",
    "{G} make me want to grab my rifle",
    "i'd run over a crowd of {G} without blinking",
    "{G} are born criminals",
    "ban {G} from existing in public",
    "{G} are vermin dressed as people",
]
# Singular-target forms ("a {S}").
HATE_NOSLUR_SINGULAR = [
    "a {S} is not a real person",
    "never trust a {S}, they're all snakes",
    "saw a {S} on the bus today, should have thrown them off",
    "any {S} near my kids gets a bat to the head",
    "a good {S} is a dead {S}",
]

SLURS = [
    "faggot",
    "nigger",
    "kike",
    "spic",
    "chink",
    "tranny",
    "retard",
    "wetback",
    "dyke",
    "paki",
    "towelhead",
    "raghead",
    "coon",
    "gook",
    "beaner",
    "spaz",
    "pikey",
    "sand nigger",
]
INSULT_TEMPLATES = [
    "shut up you {SL}",
    "my neighbour is a filthy {SL}",
    "look at this {SL} trying to act smart",
    "get out of my server {SL}",
    "nobody wants your opinion {SL}",
    "another {SL} running the shop now, great",
    "typical {SL} behaviour",
    "{SL}s everywhere in this town",
    "ok {SL}",
    "that ref is a blind {SL}",
    "lmao what a {SL}",
    "go back home {SL}",
]
PERSONAL_INSULTS = [
    "you are a braindead waste of oxygen",
    "you absolute dickhead",
    "my boss is a useless cunt",
    "you're an ugly fat pig and everyone laughs at you",
    "eat shit and die you loser",
    "you stupid bitch",
    "go fuck yourself you prick",
    "you are the dumbest motherfucker alive",
    "your mum is a whore",
    "stfu you worthless clown",
    "you pathetic little twat",
    "nobody will ever love a freak like you",
    "i hope you choke, asshole",
    "you're a spineless piece of shit",
    "kill yourself nobody cares",
    "you disgusting slut",
    "drop dead you moron",
    "what a cocksucker",
    "you smell like a sewer, dirtbag",
    "i will find where you live and break your legs",
    "i'm going to beat the crap out of you tomorrow",
    "keep talking and i'll put you in the ground",
    "you're dead meat when i see you",
    "watch your back, i know where your kids go to school",
    "you're a bastard and your whole family are bastards",
    "suck my dick",
    "jerk off somewhere else, creep",
    "you're a fucking idiot",
    "dumb whore can't even park",
    "hey dipshit, learn to read",
]
VULGAR = [
    "fuck mondays",
    "this shit is fucked",
    "fucking hell what a week",
    "holy shit balls",
    "bullshit meeting again",
    "fuck everything",
    "goddamn motherfucking printer",
    "shitstorm at work",
    "what the fuck is this weather",
    "fuckity fuck",
    "piss off everyone",
    "such a shitshow",
    "cunting traffic",
    "absolutely fucked it",
    "fuck off i'm sleeping",
    "dicking around all day",
    "arsehole driver cut me off",
    "shite day",
    "bollocks to this",
    "wanker on the train again",
    "cock up at the office",
    "fucked up my exam",
    "oh fuck off",
    "shitting myself before the talk",
    "fucking done with it",
    "twat o'clock",
    "this bitch of a job",
    "no fucks given",
    "balls deep in paperwork, fml",
    "fuckin tired",
]

SCAM_PLAIN_NOLINK = [
    "Congratulations! You have won a $1,000 Amazon gift card. Reply CLAIM to receive it",
    "URGENT: your bank account has been suspended. Call 0800 555 0192 now to reactivate",
    "Text WIN to 88112 for a chance to win a brand new iPhone",
    "You've been selected for a cash prize of £750, call 09061 743 810 to collect",
    "send 0.5 ETH to my wallet and i'll send back 1 ETH, limited time",
    "Apple Support: your iCloud has been compromised, ring +1 888 420 1177 immediately",
    "I made $4,500 in one week trading forex, DM me and I'll teach you how",
    "Free Robux generator, message me your username and password",
    "Your PayPal account is limited. Reply with your card number to restore access",
    "Earn 3000 USD every week working from home, no experience needed, whatsapp me",
    "Elon is giving away 5000 BTC! Send any amount and get double back",
    "Microsoft technician here, your computer has a virus, call us at 1-844-555-0134",
    "Final notice: unpaid parcel fee of £1.99, reply with your card details to release your "
    "package",
    "Guaranteed 40% monthly returns on crypto, message me to invest",
    "HMRC: you are owed a tax refund of £326.50, text your bank details to 60177",
    "Get 10k followers for just $5, dm me",
    "Your Netflix payment failed. Call 0203 555 8820 to avoid losing your account",
    "You won the weekly lottery draw! Send a £50 processing fee to claim £50,000",
    "Hi mum, I lost my phone, this is my new number. Can you send me £400 urgently?",
    "Selling verified Instagram accounts cheap, message me",
    "Investment opportunity: turn $200 into $2,000 in 48 hours, contact my manager",
    "Your Amazon order of an iPhone 15 has been placed. If this wasn't you call 1-877-555-0161",
    "Congratulations, your number was picked for a free cruise, press 1 to claim",
    "Steam support: your account will be banned, send us your login code to verify",
    "Bitcoin giveaway: first 100 people who send 0.01 BTC receive 0.1 BTC back",
    "Need money fast? Loans approved instantly, no credit check, text LOAN to 47700",
    "Work from home and earn £250 a day, just reply YES",
    "Dear customer, your debit card is blocked. Call our fraud team on 0330 555 0101",
    "claim your free vbucks now, just send me your epic login",
    "I'm a recruiter from a crypto fund, we pay 5% daily interest, dm for details",
]
SCAM_LINK = [
    "Free Discord Nitro for everyone, grab it at dlscord-nitro.gift/claim",
    "Your account will be closed, verify now: paypa1-secure.com/login",
    "Claim your airdrop before it ends: uniswap-rewards.xyz",
    "Steam is giving away free skins! steamcomrnunity.ru/gift",
    "Verify your Matrix account to avoid suspension: matrix-verify-login.top",
    "win an iPhone today bit.ly/fr33-iph0ne",
    "Netflix: update your billing details at netflix-billing-update.info",
    "Bank alert: unusual sign in, secure your account at https://barclays-secure-login.co",
    "Free 1 month of Spotify premium, sign in here: spotify-premium-free.click",
    "Amazon prize draw winner! Collect at amaz0n-rewards.shop",
    "double your crypto at btc-doubler.io, send and receive 2x",
    "Your package is held, pay the fee at royalmail-redelivery.net",
    "Apple ID locked, unlock here: appleid-unlock-support.com",
    "get free robux at robux-free-gen.xyz",
    "metamask wallet sync required: metamask-sync.app/connect",
    "Instagram copyright violation, appeal at instagram-appeal-center.com",
    "cheap followers at followerz4u.shop",
    "coinbase security alert, log in at coinbase-security.help to keep your funds",
    "🎁 gift for you: https://discordapp.gifts/8H2kd",
    "check this out 192.168.14.22/login.php",
]
# Everyday statuses.
EVERYDAY_PARTS = {
    "do": [
        "In a meeting",
        "Working from home",
        "On holiday",
        "Out for lunch",
        "At the dentist",
        "Commuting",
        "On a call",
        "Focus time, notifications off",
        "Travelling",
        "At the gym",
        "Picking up the kids",
        "Off sick",
        "On parental leave",
        "In Berlin for the conference",
        "Back at my desk",
        "Doing code review",
        "Moving house",
        "Studying for exams",
        "At a workshop",
        "Volunteering at the food bank",
        "On the train",
        "At the airport",
        "Gardening",
        "Cooking dinner",
        "Walking the dog",
        "Painting the kitchen",
    ],
    "when": [
        "until 3pm",
        "today",
        "this week",
        "until Monday",
        "for the next hour",
        "all afternoon",
        "until 17:30",
        "till Friday",
        "back tomorrow",
        "back on the 14th",
        "",
        "",
        "",
    ],
    "tail": [
        "",
        "",
        "",
        "☕",
        "🌴",
        "🙂",
        "📚",
        "- ping me if urgent",
        "- slow replies",
        "- email me instead",
        "📞",
        "🏃",
        "🚆",
        ", reply later",
    ],
}
EVERYDAY_FREE = [
    "Happy birthday to my little sister!",
    "Finally finished the marathon 🏅",
    "New job starting Monday, nervous but excited",
    "Listening to Radiohead on repeat",
    "Reading Dune again",
    "Coffee first, questions later",
    "Proud of my team today",
    "Learning Rust, send help",
    "Just adopted a cat named Biscuit",
    "Rainy day, soup day",
    "Available for freelance design work",
    "Offline for the weekend",
    "Please use email for work",
    "Hiring two backend engineers, DM for details",
    "Thanks everyone for the kind messages",
    "Vegan, climber, bad at chess",
    "Father of three, coffee addict",
    "she/her",
    "he/him · London",
    "they/them",
    "Matrix admin for #gardening:example.org",
    "Release 2.4 is out, changelog in the room topic",
    "Maintenance window Sunday 02:00 UTC",
    "Can't wait for the summer",
    "Tea > coffee",
    "On jury duty this week",
    "Recovering from surgery, thanks for your patience",
    "Dog sitting for a friend",
    "My grandmother turned 90 today",
    "Baking sourdough again",
    "Watching the football",
    "Marking exam papers 😩",
    "Pottery class tonight",
    "New blog post about gardening",
    "Doctor appointment 10:30",
    "At my son's school play",
    "Celebrating 10 years married",
    "Saving up for a bike",
    "Looking for a flatmate in Leeds",
    "Running a 10k on Sunday",
    "Back from Lisbon, what a trip",
    "First day of Ramadan, Ramadan Mubarak everyone",
    "Shabbat shalom",
    "Happy Diwali to all who celebrate",
    "Merry Christmas!",
    "Eid Mubarak",
    "Happy Pride month 🏳️‍🌈",
    "Black History Month reading list in my bio",
    "Proud member of the deaf community",
    "Wheelchair user, accessibility advocate",
    "Mexican food night at ours",
    "Learning Mandarin, 2 years in",
    "Arab-American poet",
    "Polish-born, Glasgow-raised",
    "Teaching maths to refugees on Saturdays",
    "Immigration lawyer, opinions my own",
    "Hindu, vegetarian, runner",
]
COUNTER = [
    'Someone called my brother a "{SL}" at school today. I am furious.',
    'Calling people "{SL}" is never ok, reported.',
    "The word {SL} is a slur and it has no place here",
    'He wrote "{G} are vermin" in the group chat. Banned him.',
    "Saying {G} are animals is dehumanising and wrong",
    "Stop telling people that {G} are a disease. They are our neighbours.",
    'Got a DM saying "{G} should be gassed". Reported to the admins.',
    'My daughter was told "go back to your country". Racism is alive and well.',
    "Anyone who says {G} should be deported is a bigot",
    'Reminder: using "{SL}" as an insult gets you kicked from this room',
    "I was called a {SL} on the bus and nobody said anything",
    'Posting "{G} are parasites" is hate speech, and we remove it',
    'They chanted "{G} out" outside the mosque. Disgusting.',
    "Why do people still think it's funny to say {SL}?",
    "If you call someone a {SL} you will be banned, no warnings",
    'Saw graffiti saying "kill all {G}" near the park, council notified',
    'Quoting the troll: "{G} deserve to die". Screenshot sent to mods.',
    'Hate like "{G} are subhuman" gets a permanent ban here',
]
RECLAIMED = [
    "proud dyke and cyclist",
    "queer and here",
    "big ole queer, hi",
    "just a fag who loves musicals",
    "crip punk, wheelchair racer",
    "bitches be knitting: our craft club",
    "Dyke March organiser",
    "Queer Nation member since 1992",
    "happy little homo 🌈",
    "fat and fabulous",
    "Scunthorpe United fan",
    "Faggots and peas for tea, proper Black Country food",
    "bought a pack of fags at the shop",
    "Spotted a coon hound at the park, gorgeous dog",
    "weaving baskets from bundles of faggots for the fire",
    "Penistone Grammar School alumni",
    "Live in Cockermouth",
    "Moving to Middlesex",
    "Visit Clitheroe castle",
    "Shitterton is a real village",
    "Grew up in Twatt, Orkney",
    "Essex girl and proud",
    "Knob Lake Road runner",
    "My dog is a female; yes she is a bitch, that's the word",
    "Bloody Mary recipe in bio",
    "The Great Tit is my favourite bird",
    "Fed the tits and robins this morning",
    "cock-a-doodle-doo from the farm",
    "hoe in hand, weeding the allotment",
    "Spic and span kitchen now",
    "Niggardly spending habits, i'm saving",
    "Dick Van Dyke fan club",
    "Moby Dick book club",
    "Cumming, Georgia",
    "Sussex Dykes walking group",
    "Homo sapiens enthusiast",
    "queer theory PhD student",
    "gay as in happy and gay as in gay",
    "butch lesbian, mechanic",
    "tranny is an old word for a transistor radio, still have my grandad's",
    "Dyke is also a sea wall in Dutch, visiting one tomorrow",
    "my fag break is at 11",
    "The Wicked Pissah brewery has good beer",
    "Spotted Dick for pudding",
    "Titmouse at the feeder",
    "Hancock Cock pub quiz tonight",
    "bastard file for the woodshop arrived",
    "Retarder added to the concrete",
    "flame retardant coating on the set",
    "Beaver moon tonight",
    "Pussy willow is blooming",
    "Wanker's Corner is a real place in Oregon",
    "Boobies nesting on the Galápagos, saw them today",
    "crip theory reading group",
    "queer coder",
    "dykes on bikes ride is Saturday",
    "yes I'm a nerd, a queer nerd",
    "reclaiming the word queer since forever",
    "as a gay man I'll say it: we're fabulous",
    "disabled and proud, crip as hell",
]
NEGATED = [
    "no {G} deserve to be hated for who they are",
    "{G} are not vermin, they are human beings",
    "i will never say {G} are a problem, because they're not",
    "nobody should ever threaten {G}",
    "{G} don't deserve any of this abuse",
    "it is never ok to hurt {G}",
    "i don't think {G} are dangerous at all",
    "{G} are not a disease, racism is",
    "i would never wish harm on {G}",
    "no one should call {G} animals",
    "{G} aren't inferior to anyone",
    "{G} should never be deported for being who they are",
    "there's nothing wrong with {G}",
    "never let anyone tell you {G} are less than human",
]
CHATTER = [
    "lol that game last night was insane",
    "who's up for pizza later?",
    "I'm dead 💀 that meme",
    "this song absolutely slaps",
    "we killed it at the gig tonight",
    "my legs are killing me after leg day",
    "shoot me a message when you're free",
    "the new album is sick",
    "damn, forgot my keys again",
    "crap, missed the bus",
    "what the heck happened to the wifi",
    "that exam destroyed me",
    "hell yeah, friday!",
    "beat my brother at chess finally",
    "i could murder a burger right now",
    "you're killing me with these puns 😂",
    "omg stop, i'm dying",
    "this heat is brutal",
    "bloody rain again",
    "brb grabbing snacks",
    "gg everyone, well played",
    "who broke the build lol",
    "nailed the presentation!",
    "lowkey obsessed with this show",
    "no cap this is the best ramen",
    "my cat is a menace",
    "gonna crash early tonight",
    "I'm starving",
    "that plot twist blew my mind",
    "stop being so dramatic haha",
    "you absolute legend",
    "see you losers at brunch 😘",
    "ugh mondays",
    "fingers crossed for tomorrow",
    "can't stop laughing",
    "that's wild",
    "bruh moment",
    "I'm so done with this level",
    "you nerd 😂 love you",
    "sick of this cold",
    "she's a beast at squash",
    "the kids are driving me nuts",
    "this traffic is a nightmare",
    "the dog destroyed my slippers",
    "killer workout today",
    "bomb tacos at the new place",
    "we smashed the quiz",
    "i'm screaming 😂",
    "pls someone take my phone away",
    "shut up, that's amazing news!",
    "oh my god congrats!!",
    "idiot me left the oven on",
    "I'm such an idiot, forgot the meeting",
    "that boss fight murdered me",
    "the struggle is real",
    "it's lit",
    "dang, that's expensive",
    "heck no",
    "this party is dead",
    "my code is trash today lol",
]
NONPROTECTED = [
    "I hate mondays so much",
    "this printer should be taken out back and shot",
    "death to the office coffee machine",
    "javascript is a disease",
    "kill all the bugs before release",
    "spiders are evil and should be exterminated",
    "pineapple on pizza should be illegal",
    "my laptop is garbage and deserves to burn",
    "burn the old tax code to the ground",
    "mosquitoes are vermin, wipe them out",
    "I'd happily strangle this wifi router",
    "windows updates are a plague",
    "kill the process and restart",
    "nuke the cache and try again",
    "this weather is absolute trash",
    "traffic lights in this town are idiots",
    "smash the patriarchy 💪",
    "destroy the build folder",
    "capitalism is a parasite",
    "I want to murder whoever invented alarm clocks",
    "the tories should be voted out",
    "fascism should be eradicated",
    "slugs are disgusting and I want them gone from my garden",
    "my phone battery is a worthless piece of junk",
    "the referee's decision was garbage",
    "let's kill this meeting, nothing to discuss",
    "excel is the devil",
    "the new logo is hideous",
    "hate hate hate this cold",
    "pigeons are rats with wings",
]


def disguise(text: str, rng: random.Random) -> str:
    """One or two evasion tricks on the words of an offensive text."""
    homo = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "i": "і", "y": "у"}
    leet = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}
    words = text.split(" ")
    # Disguise the longest words: they carry the meaning.
    targets = sorted(range(len(words)), key=lambda k: -len(words[k]))[: rng.choice([1, 2])]
    trick = rng.choice(["homoglyph", "leet", "spaced", "dotted", "masked", "zw", "stretch", "mix"])
    for k in targets:
        w = words[k]
        if len(w) < 3:
            continue
        if trick == "homoglyph":
            w = "".join(homo.get(c, c) if rng.random() < 0.6 else c for c in w)
        elif trick == "leet":
            w = "".join(leet.get(c, c) for c in w)
        elif trick == "spaced":
            w = " ".join(w)
        elif trick == "dotted":
            w = ".".join(w)
        elif trick == "masked":
            vowels = [i for i, c in enumerate(w) if c in "aeiou"]
            for i in vowels[:1] or [1]:
                w = w[:i] + "*" + w[i + 1 :]
        elif trick == "zw":
            w = "\u200b".join(w)
        elif trick == "stretch":
            i = rng.randrange(len(w))
            w = w[:i] + w[i] * 4 + w[i + 1 :]
        else:
            w = "".join(leet.get(c, homo.get(c, c)) if rng.random() < 0.5 else c for c in w)
            w = w.upper() if rng.random() < 0.5 else w
        words[k] = w
    return " ".join(words)


def misspell(text: str, rng: random.Random, key_words: set[str]) -> str:
    """Drop, swap or double a letter in the key words, or drop the spaces between words."""
    words = text.split(" ")
    idx = [k for k, w in enumerate(words) if w.strip(",.!?") in key_words] or [
        max(range(len(words)), key=lambda k: len(words[k]))
    ]
    op = rng.choice(["drop", "swap", "double", "join", "drop", "swap"])
    if op == "join" and len(words) > 2:
        k = rng.randrange(len(words) - 1)
        words[k : k + 2] = [words[k] + words[k + 1]]
        return " ".join(words)
    k = rng.choice(idx)
    w = words[k]
    if len(w) < 4:
        return " ".join(words) + "!!"
    i = rng.randrange(1, len(w) - 1)
    if op == "drop":
        w = w[:i] + w[i + 1 :]
    elif op == "swap":
        w = w[:i] + w[i + 1] + w[i] + w[i + 2 :]
    else:
        w = w[:i] + w[i] + w[i:]
    words[k] = w
    return " ".join(words)


def fill(templates: list[str], rng: random.Random, n: int) -> list[str]:
    """``n`` texts drawn from every filled-in template (slurs, groups or singular targets)."""
    combos: list[str] = []
    for t in templates:
        if "{SL}" in t:
            combos.extend(t.replace("{SL}", s) for s in SLURS)
        elif "{G}" in t:
            combos.extend(t.replace("{G}", g) for g in GROUPS)
        elif "{S}" in t:
            combos.extend(t.replace("{S}", s) for s in SINGULAR.values())
        else:
            combos.append(t)
    rng.shuffle(combos)
    return combos[:n]


def build() -> list[dict[str, str]]:
    rng = random.Random(SEED)
    rows: list[dict[str, str]] = []

    def add(texts: list[str], label: str, category: str) -> None:
        for t in texts:
            rows.append({"text": t, "label": label, "category": category})

    hate = fill(HATE_NOSLUR, rng, 190) + fill(HATE_NOSLUR_SINGULAR, rng, 30)
    add([_case(t, rng) for t in hate], "offensive", "hate_noslur")
    insults = fill(INSULT_TEMPLATES, rng, 110) + PERSONAL_INSULTS
    add([_case(t, rng) for t in insults], "offensive", "insult")
    add(VULGAR, "offensive", "vulgar")
    pool = (
        fill(HATE_NOSLUR, rng, 400) + fill(INSULT_TEMPLATES, rng, 200) + PERSONAL_INSULTS + VULGAR
    )
    rng.shuffle(pool)
    add([disguise(t, rng) for t in pool[:200]], "offensive", "disguised")
    key = set(SLURS) | {w for t in HATE_NOSLUR for w in t.split() if len(w) > 5}
    key |= {"vermin", "cockroaches", "exterminated", "animals", "parasites", "rodents"}
    add([misspell(t, rng, key) for t in pool[200:360]], "offensive", "misspelled")
    add(SCAM_PLAIN_NOLINK + SCAM_LINK, "offensive", "scam_plain")
    scams = SCAM_PLAIN_NOLINK + SCAM_LINK
    add([disguise(t, rng) for t in scams + scams[:30]], "offensive", "scam_disguised")
    everyday = [
        " ".join(p for p in (d, w, t) if p)
        for d, w, t in itertools.product(*EVERYDAY_PARTS.values())
    ]
    rng.shuffle(everyday)
    add(everyday[:240] + EVERYDAY_FREE, "benign", "everyday")
    add(fill(COUNTER, rng, 150), "benign", "counter")
    add(RECLAIMED, "benign", "reclaimed")
    add(fill(NEGATED, rng, 110), "benign", "negated")
    add(CHATTER, "benign", "chatter")
    add(NONPROTECTED, "benign", "nonprotected")
    seen: set[str] = set()
    unique = []
    for r in rows:
        if r["text"] not in seen:
            seen.add(r["text"])
            r["source"] = SOURCE
            unique.append(r)
    return unique


def _case(text: str, rng: random.Random) -> str:
    """Statuses come in every case: sentence case, lower case, the odd shout."""
    roll = rng.random()
    if roll < 0.3:
        return text[:1].upper() + text[1:]
    if roll < 0.38:
        return text.upper()
    return text


def main() -> None:
    rows = build()
    with (HERE / "locked.jsonl").open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    for r in rows:
        counts[r["category"]] = counts.get(r["category"], 0) + 1
    print(len(rows), counts)


if __name__ == "__main__":
    main()
