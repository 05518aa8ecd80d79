"""Generate the second locked test set (issue 11, detector round 2), deterministically.

Written before any detector change of round 2, by an author who had not read the first locked
set's pools; its templates, targets, slurs, scam wordings, disguise method and misspelling
method are its own (not training/corpus.py's, not devset/make_disguised.py's). It was locked
for detector round 2 (measured twice, never tuned on); since detector round 3 it is a DEV set,
tuned on and part of the training data, so its figures are training figures. The current
locked set is locked3/.

    PYTHONPATH=. .venv/bin/python tests/features/moderation/detector/locked2/make_locked2.py

rewrites locked2.jsonl. Categories (``category`` field):

offensive: insult, vulgar, threat, hate_slur, hate_noslur, disguised, misspelled, scam_plain,
scam_disguised. benign: everyday, chatter, counter, negated, reclaimed, nonprotected,
commerce, disguised_benign.
"""

from __future__ import annotations

import json
import random
import re
import zlib
from collections.abc import Callable, Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 2207

# ---------------------------------------------------------------- targets (protected groups)
GROUPS = [
    "Kurds", "Roma", "Haitians", "Filipinos", "Bangladeshis", "Somali men", "Ethiopians",
    "Vietnamese people", "Palestinians", "Tamils", "deaf people", "autistic people",
    "wheelchair users", "gay men", "non-binary people", "intersex people", "Catholics",
    "Mormons", "Buddhists", "Aboriginal people", "Native Americans", "Sudanese refugees",
    "Polish workers", "Jamaicans", "Ghanaians", "Syrians", "Afghans", "Turks", "Moroccans",
    "Albanians", "blind people", "old women", "Orthodox Jews", "Hijabis", "lesbian couples",
    "Brazilians", "Koreans", "Iraqis", "Eritreans", "dwarves with achondroplasia",
]  # fmt: skip
ONE = [
    "that Kurd", "the Haitian next door", "a Tamil", "my Roma neighbour", "the deaf girl",
    "that autistic kid", "a gay bloke", "the new Somali guy", "some Filipino", "that Syrian",
    "the Jamaican at work", "the woman in the hijab", "the Mormon couple", "this Afghan",
    "the trans cashier", "the Polish builder", "a Ghanaian student", "the blind man",
]  # fmt: skip

# ---------------------------------------------------------------- offensive pools
HATE_NOSLUR = [
    "honestly the world would be cleaner without {G}",
    "why do we keep letting {G} breed like this",
    "{G} aren't even people, just parasites in human shape",
    "every time I see {G} I want to grab a bat",
    "line {G} up against a wall and be done with it",
    "someone needs to gas {G}, I'll bring the canisters",
    "{G} belong in cages not in our schools",
    "keep {G} away from our kids, they're all predators",
    "{G} stink, I can smell them from across the street",
    "the only good thing about {G} is when they leave",
    "I'd happily watch every one of {G} drown",
    "{G} are vermin, plain and simple",
    "round them up. {G} first",
    "{G} are a disease and we need a cure",
    "{G} should be sterilised so there are fewer of them",
    "{G} are too stupid to vote, take their rights away",
    "nothing but cockroaches, {G} the lot of them",
    "{G} have no place in a civilised country",
    "deport {G}, every last one, by boat or by force",
    "{G}: born criminals, every one",
    "can't stand {G}, filthy creatures",
    "if I had my way {G} would be hunted for sport",
    "{G} are a plague on this nation",
    "{G} are less than human and deserve no pity",
    "torch the houses where {G} live",
    "the {G} problem needs a final answer",
    "{G} ruin every street they move into, they're savages",
    "{G} are genetically stupid, it's science",
    "would not piss on {G} if they were on fire",
    "{G} don't deserve to breathe our air",
    "{ONE} should be beaten until they learn their place",
    "I'm going to make {ONE} bleed tomorrow",
    "{ONE} is an animal and should be put in a zoo",
    "hope {ONE} gets run over, one less of them",
    "{ONE} is subhuman filth",
]
SLURS = [
    "darkie", "jigaboo", "gyppo", "pikey", "poofter", "batty boy", "dago", "wop",
    "zipperhead", "sambo", "camel jockey", "sand monkey", "spaz", "lezzer", "yid",
    "kaffir", "coolie", "injun", "redskin", "shemale", "golliwog", "nigger", "faggot",
    "kike", "tranny", "chink", "wetback", "spic", "raghead", "retard",
]  # fmt: skip
HATE_SLUR = [
    "get out of my shop you filthy {S}",
    "another {S} moved onto our road, property prices are done",
    "that {S} at the till short changed me again",
    "no {S}s allowed in this pub",
    "{S}s like you should go back where you came from",
    "lol look at this {S} trying to speak english",
    "the team is full of {S}s now, not watching anymore",
    "shut it {S}",
    "I don't rent to {S}s",
    "bloody {S}s everywhere in this town",
    "ur such a {S} it's embarrassing",
    "my sister is dating some {S}, disgusting",
]
INSULT = [
    "you absolute waste of oxygen",
    "nobody likes you, you talentless hack",
    "shut your mouth, clown",
    "you're a brain-dead moron and everyone knows it",
    "go cry somewhere else, loser",
    "you are the ugliest person I have ever seen",
    "your mum should have kept you in the basement",
    "what a pathetic little worm you are",
    "you're so thick you make rocks look clever",
    "you smell like a sewer rat",
    "imagine being as worthless as you",
    "no wonder your wife left, you useless lump",
    "you're a spineless coward and a liar",
    "sit down, you ignorant buffoon",
    "you're the human equivalent of a wet sock",
    "every word out of your mouth is garbage, idiot",
    "you're an embarrassment to your family",
    "dumbest person on this server, by miles",
    "ur a fat pig and everyone laughs at you",
    "get a life you sad pervert",
    "you're a disgusting creep",
    "your face could curdle milk, hideous",
    "stop talking, nobody asked you, imbecile",
    "you're a fraud and a leech",
    "what a braindead take, typical halfwit",
    "you're a vile, nasty piece of work",
    "pathetic. absolutely pathetic. you're a joke",
    "you have the IQ of a potato",
    "crawl back under your rock, troll",
    "you're a snivelling rat",
]
VULGAR = [
    "this is fucking bullshit",
    "suck my dick",
    "eat a bag of dicks",
    "piss off you twat",
    "go fuck yourself",
    "shove it up your arse",
    "what a shit show, fuck this place",
    "you're a cunt and a half",
    "holy fucking shit you're dumb",
    "kiss my ass, bitch",
    "fuckin hell you're a prick",
    "bollocks to the lot of you, wankers",
    "dumb fuck",
    "lick my balls",
    "stfu you bellend",
    "fucking tosser",
    "you're a shitty human",
    "blow me, dickface",
    "screw you and your shit opinions, asshole",
    "motherfucking liar",
]
THREAT = [
    "I know where you live and I'm coming tonight",
    "keep talking and I'll break both your legs",
    "you'll be found in a ditch if you post that again",
    "I'm going to slit your throat",
    "watch your back, I have friends who'll hurt you",
    "I will burn your house down with you in it",
    "next time I see you I'm putting you in hospital",
    "say that to my face and you'll lose your teeth",
    "I'll hunt you down and end you",
    "your kids aren't safe, remember that",
    "one more word and I'll stab you",
    "I'm going to strangle you with your own cable",
    "you're dead, you hear me, dead",
    "I'll beat you till you stop breathing",
    "enjoy your last week alive",
]
SCAMS = [
    # prize / giveaway
    "🎉 Congrats! Your number was selected for a £750 Tesco voucher. Text CLAIM to 60123",
    "You've been chosen for our summer giveaway: a brand new iPhone. DM me your address",
    "WINNER! Your entry won an Amazon gift card worth $500. Reply YES to receive it",
    "Lucky draw result: you won 3000 USD. Pay the 25 USD release fee to collect",
    "FREE Xbox Series X to the first 100 who follow and message me their email",
    "Final notice: your unclaimed prize of €1,200 expires today. Call 0906 111 2233",
    "Airline giveaway: 2 free tickets anywhere, answer 3 questions and enter your card for "
    "the €1 verification",
    "Your phone number won the weekly jackpot! Contact our agent on WhatsApp +44 7700 900123",
    "Giveaway time: I'm giving away 10 MacBooks to my followers, message me to claim yours",
    "You are today's lucky visitor. Claim your reward now before someone else does",
    # text / call this number
    "Call 0800 555 0199 now to stop the payment of $389.99 from your account",
    "Text HELP to 88055 to receive your refund today",
    "Missed delivery: reply with your postcode and card number to rebook",
    "Urgent: ring +1 888 555 0147 to speak to a fraud officer about your card",
    "Hi mum, this is my new number, can you send £300 for my phone bill, I'll pay you back",
    "Your parcel is held at customs. Pay £2.99 release fee by texting PAY to 70707",
    "Call me on 07700 900456 for a guaranteed loan today, no credit checks",
    # urgent account warnings
    "URGENT: your bank account has been suspended. Verify your login details immediately",
    "Security alert: someone tried to access your account. Confirm your PIN to secure it",
    "Your Netflix membership is on hold. Update your payment details within 24 hours",
    "Your Apple ID will be disabled today unless you confirm your identity",
    "Notice from HMRC: you owe unpaid tax. Pay now or face arrest",
    "Your mailbox is full. Re-validate your email password to keep receiving messages",
    "We detected unusual sign-in activity. Send us the code we just texted you",
    "Your Matrix account will be deactivated. Reply with your password to keep it",
    "Final warning: your PayPal account is limited until you verify your card",
    # crypto doubling / investment
    "Send 0.1 BTC to my wallet and I'll send 0.2 BTC straight back, limited time",
    "Elon is doubling all ETH sent to this address for the next hour!!",
    "Invest $250 today, withdraw $4,000 by Friday. My forex mentor changed my life",
    "Turn 500 into 5000 in 7 days with my crypto signals group, DM me",
    "Guaranteed 30% weekly returns on your USDT, zero risk",
    "I made 12k this month trading bitcoin from home, ask me how",
    "Deposit any amount of crypto and get double back in 24 hours",
    "Join my investment club: put in 1000 and get 10000 back, spots limited",
    # fake support
    "Meta Support here: your page violates our policy. Verify ownership or it will be deleted",
    "Microsoft technician: your computer has a virus. Call us now so we can fix it remotely",
    "Customer service: please send the 6-digit code to confirm you are the account owner",
    "This is the Coinbase help desk, share your recovery phrase so we can restore your funds",
    "Support team: your wallet is out of sync. Enter your seed phrase to validate it",
    "Official admin here, your account was flagged. Send me your login to appeal",
    # other common lures
    "Work from home, earn $800 a day, no experience needed, message me",
    "Selling verified accounts and followers cheap, inbox for prices",
    "I'm a lonely widow with a large inheritance, I need your help to move the money",
    "Get paid £50 an hour to like posts! Registration fee only £20",
    "Pre-approved for a $15,000 grant. Just pay the processing fee with gift cards",
    "Your credit score can be fixed overnight, send me $99 and your SSN",
    "Click bit.ly/free-gift-2024 to get your free gift card now",
    "Verify your account at secure-login-paypa1.com before it is closed",
    "Claim your stimulus payment at gov-refunds-online.net today",
    "Hot girls near you want to meet, sign up free at meetnow-xx.club",
]
# ---------------------------------------------------------------- benign pools
EVERYDAY = [
    "Dentist at 10:30, back by noon", "WFH today 🏠", "🎧 focusing, ping if urgent",
    "Gone fishing", "Parental leave until March", "In Lisbon for the week",
    "Commuting, patchy signal", "Ramadan Mubarak to everyone fasting",
    "Diwali dinner at mum's tonight", "At the school play, phone off", "Marking essays",
    "On a flight to Nairobi", "Half day, picking up the kids", "Back from surgery, resting",
    "Training new starters all morning", "Quarter-end close, slow replies",
    "At the allotment", "Taking the dog to the vet", "Laptop died, on my phone",
    "Studying for the bar exam", "Out sick, back Monday", "Interviewing candidates",
    "Moving house, boxes everywhere", "Shabbat shalom", "Eid at my in-laws",
    "Christmas market with the family", "Lunch 12-1", "Offsite in Leeds",
    "Cooking for 12 people tonight", "Jury duty this week", "Running the 10k Sunday",
    "Night shift at the hospital", "Hospital appointment, back at 3",
    "Volunteering at the food bank", "Teaching till 4", "Gardening day",
    "Heads down on the release", "Bug bash in progress", "Reviewing PRs",
    "At the gym", "Church choir practice", "Wedding anniversary 💍",
    "Brb, feeding the baby", "Pride month! 🏳️‍🌈", "Mosque open day this Saturday",
    "Visiting grandma in the care home", "Doing my taxes, send help",
    "Watching the match", "In Krakow for the conference", "Black history month reading list",
]  # fmt: skip
EVERYDAY_EXTRA = [
    "{E}",
    "{E}.",
    "{E} — back soon",
    "status: {E}",
    "{E} 🙂",
]
CHATTER = [
    "omg you're killing me 😂", "that exam absolutely murdered me", "this playlist is fire 🔥",
    "I'm dead 💀 that meme", "you nailed that presentation, beast mode",
    "we got slaughtered 5-0 lol", "this heat is brutal", "bruh that's insane",
    "my code is a hot mess today", "crushed my PB at parkrun", "that pun was criminal",
    "lowkey obsessed with this song", "the plot twist destroyed me", "stop, I'm crying",
    "you absolute legend", "that goal was filthy 🤩", "sick trick on the skateboard man",
    "I could murder a burger right now", "this sauce is deadly, in a good way",
    "ugh, hate when the bus is late", "damn, missed it again", "shut up, no way!! congrats",
    "you dork, I love it", "screaming at this video", "my cat is a little gremlin",
    "that was savage lol", "killing time before the film", "blown away by the support",
    "bro you're a menace on that pitch", "got roasted at the wedding speech 😅",
    "this game is so addictive, it's evil", "nerd alert: new keyboard",
    "hell yeah, weekend!", "that solo shredded", "fight me, pineapple belongs on pizza",
    "my brother is a clown, love him", "crap, forgot my keys", "I'm so done with this week",
    "the kids went feral at the party", "what a banger", "sorry for being a grump earlier",
    "mate you're mad for that", "cheeky pint later?", "shoot me a message when you're free",
    "I bombed the interview haha", "we're gonna smash this sprint", "this cake is sinful",
    "goofy ahh dance", "yo that fit is killer", "my legs are dead after leg day",
]  # fmt: skip
COUNTER = [
    'Someone wrote "{G} should be gassed" under my post. Reported and blocked.',
    "My coworker keeps saying {G} are parasites and HR does nothing about it",
    'Got a DM telling me "{G} are vermin". Screenshotted for the mods.',
    "Saying {G} are animals is racist and you know it",
    "If your joke is that {G} should drown, you're not funny, you're cruel",
    "Today a man on the tram told me {G} don't belong here. I'm still shaking.",
    'Mods: user @x is posting "deport {G} by force" in #general',
    'Reporting this: "{G} are a disease". Please remove.',
    'The phrase "{G} breed like rats" is straight out of 1930s propaganda',
    "People calling {G} subhuman online should face consequences",
    "Our research counts how often {G} are called cockroaches in comments",
    "Imagine telling {G} they are less than human. Disgusting behaviour.",
]
COUNTER_SLUR = [
    'A kid at school called my son a "{S}" and the teacher laughed',
    "Got called a {S} at the bus stop today. I'm fine, just tired.",
    "Reminder: {S} is a slur, don't use it here",
    'Banned a user for typing "{S}" in chat. Zero tolerance.',
    "Why do people still think it's ok to shout {S} at strangers?",
    "The word {S} has a violent history, please learn it",
    'He screamed "{S}!" and ran off. Police report filed.',
]
NEGATED = [
    "No one is saying {G} are vermin, stop twisting words",
    "{G} are not a plague, they're our neighbours",
    "I would never want {G} deported, they built this town",
    "It's simply false that {G} are criminals",
    "{G} don't deserve to be hunted, harassed or hated",
    "Nobody should ever call {G} animals",
    "{G} aren't parasites, they pay more tax than you",
    "I don't think {G} are stupid, not for one second",
    "There is nothing dirty about {G}",
    "{G} have never been less than human",
    "Hurting {G} is never okay",
    "{G} should not be locked away for who they are",
]
RECLAIMED = [
    "big dyke energy today 💪", "Crip, writer, cat person", "proud queer Tamil",
    "fag hag and proud of it", "queer as in free, she/they", "Cripple punk 🦽",
    "just a tranny who loves bread (my word, my people)", "my niggas at the cookout 🔥",
    "dyke march on Saturday, who's in", "queer elder, ask me about 1987",
    "Bi, brown and bothered", "us crips know how to party", "soft butch dyke, no DMs",
    "the gays are fighting in the group chat again lol", "fat, femme and fabulous",
    "autistic freak and proud of it", "half-breed and all heart (my word for me)",
    "queer Catholic, it's complicated",
]  # fmt: skip
HOMONYMS = [
    "Road trip: Clitheroe, then Cockermouth", "Walked to Twatt on Orkney today",
    "Greetings from Fucking — sorry, Fugging — Austria", "Moved to Middlesex last year",
    "Dildo, Newfoundland is gorgeous in June", "Wetwang village fete this weekend",
    "Shitterton sign photo op ✅", "Bitche, France: lovely citadel",
    "Spotted Dick and custard for pudding", "Pansies are finally blooming",
    "Building a dyke to stop the river flooding", "bundle of faggots for the fire",
    "Popping out for a fag", "A pair of blue tits nesting in the box",
    "The cock woke the whole farm", "Our bitch had six puppies!",
    "Taking the donkey — the old ass — to the vet", "Homo sapiens evolved in Africa",
    "Flame retardant coating on the curtains", "There's a chink in the fence, need to fix it",
    "Dick Van Dyke movie night", "Bought a new hoe for the vegetable patch",
    "Rugby: I play hooker", "Water butt is full after the rain", "Pussy willow in a vase",
    "Niger and Nigeria are different countries, geography quiz", "snigger snigger",
    "That niggle in my knee is back", "Gook Island? no — Goat Island, typo",
    "Shag carpet in the new flat 😂", "Slag heaps by the old mine",
    "visiting Penistone grammar", "Scunthorpe United away day",
]  # fmt: skip
NONPROTECTED = [
    "I want to set this printer on fire", "daylight saving time should be abolished forever",
    "pineapple on pizza is a crime against humanity", "cilantro tastes like soap, ban it",
    "Comic Sans deserves to die", "the new logo is hideous trash",
    "mosquitoes should be wiped off the planet", "group projects are a scam",
    "the 7:15 train can burn in hell", "this parking app is absolute garbage",
    "kill all the bugs before the release", "the self checkout machine is my enemy",
    "capitalism is a disease", "I despise reply-all emails", "socks with sandals are vile",
    "this spreadsheet is an abomination", "slugs are disgusting little monsters",
    "death to the office coffee machine", "pigeons are rats with wings",
    "my ex's band is terrible, just awful noise", "homework should be outlawed",
    "this heatwave is trying to murder us", "exterminate the weeds, all of them",
    "the referee was blind and useless", "fast fashion is garbage",
    "I'd strangle the person who invented alarm clocks", "flat earth theory is idiotic",
    "nuke the legacy codebase from orbit", "the council's new bins are a joke",
    "landlords who don't fix boilers are the worst", "my phone battery is a useless brick",
    "tax forms are torture", "the dentist's drill is pure evil", "this cold can get lost",
    "astrology is nonsense", "wasps are the devil",
]  # fmt: skip
COMMERCE = [
    "Selling my old bike, £80, message me if interested",
    "Shop is open 9-5, call 01632 960123 for bookings",
    "Our bakery has a 20% off sale this weekend",
    "Won £20 on the pub quiz last night lol",
    "Free puppies to good homes, ask for details",
    "Bitcoin dipped again, glad I didn't buy",
    "Reminder: your dentist appointment is Tuesday, reply C to confirm",
    "Raffle for the school PTA: tickets £1, prizes include a hamper",
    "Got my tax refund finally, treating myself",
    "Giving away baby clothes, 0-6 months, pick up only",
    "Support hours: Mon-Fri 9-17, we never ask for your password",
    "My bank called about fraud on my card, sorted now thankfully",
    "Invested in index funds, slow and boring is fine",
    "Our charity giveaway winner is Sam! Congrats 🎉",
    "Text me when you land",
    "Call me back when you get this",
    "Earned my first paycheck at the new job!",
    "Double points at the supermarket this week",
    "Got a parcel notification, it's the book I ordered",
    "Prize draw at the fete raised £400 for the hospice",
    "Need someone to help me move, will pay in pizza",
    "Hiring: junior developer, apply through our careers page",
    "Lost my wallet, if found please hand it to the reception",
    "Password manager recommendations? changing everything after a breach",
    "Side hustle update: sold 12 candles at the market",
]


# ---------------------------------------------------------------- disguise (own method)
_SMALL_CAPS = dict(zip("abcdefghijklmnoprstuvwyz", "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘʀꜱᴛᴜᴠᴡʏᴢ", strict=True))
_ACCENTS = {"a": "àáâäå", "e": "èéêë", "i": "ìíîï", "o": "òóôöø", "u": "ùúûü", "n": "ñ", "c": "ç"}
_MULTI_LEET = {
    "f": "ph", "k": "|<", "n": "|\\|", "u": "|_|", "c": "(", "h": "|-|", "w": "\\/\\/",
    "x": "><", "t": "+", "i": "|", "o": "()", "a": "/\\", "s": "5", "e": "€", "g": "6",
}  # fmt: skip
_SEPARATORS = "·•|/~+^"
_MASKS = "#%*"
_EMOJI = "🤬💩🔥😡🙃"
_COMBINING = "\u0301\u0308\u0336\u0332\u0303"
_WORD_RE = re.compile(r"[A-Za-z]{3,}")


def _on_words(text: str, rng: random.Random, share: float, fn: Callable[[str], str]) -> str:
    """Apply ``fn`` to words of 3+ letters with probability ``share`` (at least one word)."""
    words = list(_WORD_RE.finditer(text))
    if not words:
        return text
    chosen = {m.start() for m in words if rng.random() < share}
    if not chosen:
        chosen = {max(words, key=lambda m: len(m.group())).start()}
    return _WORD_RE.sub(lambda m: fn(m.group()) if m.start() in chosen else m.group(), text)


def small_caps(text: str, rng: random.Random) -> str:
    return _on_words(text, rng, 0.7, lambda w: "".join(_SMALL_CAPS.get(c.lower(), c) for c in w))


def accents(text: str, rng: random.Random) -> str:
    return "".join(
        rng.choice(_ACCENTS[c]) if c in _ACCENTS and rng.random() < 0.6 else c for c in text
    )


def combining(text: str, rng: random.Random) -> str:
    mark = rng.choice(_COMBINING)
    return "".join(c + mark if c.isalpha() and rng.random() < 0.5 else c for c in text)


def multi_leet(text: str, rng: random.Random) -> str:
    return _on_words(
        text,
        rng,
        0.6,
        lambda w: "".join(
            _MULTI_LEET[c.lower()] if c.lower() in _MULTI_LEET and rng.random() < 0.45 else c
            for c in w
        ),
    )


def separators(text: str, rng: random.Random) -> str:
    sep = rng.choice(_SEPARATORS)
    return _on_words(text, rng, 0.5, lambda w: sep.join(w))


def symbol_mask(text: str, rng: random.Random) -> str:
    def one(word: str) -> str:
        if len(word) < 4:
            return word
        sym = rng.choice(_MASKS)
        k = rng.randint(1, max(1, len(word) - 3))
        i = rng.randint(1, len(word) - 1 - k)
        return word[:i] + sym * k + word[i + k :]

    return _on_words(text, rng, 0.5, one)


def split_words(text: str, rng: random.Random) -> str:
    def one(word: str) -> str:
        if len(word) < 4:
            return word
        i = rng.randint(1, len(word) - 1)
        return word[:i] + " " + word[i:]

    return _on_words(text, rng, 0.5, one)


def emoji_infix(text: str, rng: random.Random) -> str:
    def one(word: str) -> str:
        vowels = [i for i, c in enumerate(word) if c in "aeiou" and 0 < i]
        i = rng.choice(vowels) if vowels else len(word) // 2
        return word[:i] + rng.choice(_EMOJI) + word[i + 1 :]

    return _on_words(text, rng, 0.4, one)


def regional(text: str, rng: random.Random) -> str:
    # Regional-indicator letters, separated by a zero-width joiner so flags do not form.
    def one(word: str) -> str:
        return "\u200c".join(chr(0x1F1E6 + ord(c.lower()) - 97) for c in word if c.isalpha())

    return _on_words(text, rng, 0.3, one)


def vowel_drop(text: str, rng: random.Random) -> str:
    def one(word: str) -> str:
        kept = word[0] + "".join(c for c in word[1:] if c.lower() not in "aeiou")
        return kept if len(kept) >= 3 else word

    return _on_words(text, rng, 0.5, one)


def leet_separators(text: str, rng: random.Random) -> str:
    return separators(multi_leet(text, rng), rng)


def caps_accents(text: str, rng: random.Random) -> str:
    return accents(text.upper() if rng.random() < 0.5 else text, rng).swapcase()


DISGUISES: dict[str, Callable[[str, random.Random], str]] = {
    "small_caps": small_caps,
    "accents": accents,
    "combining": combining,
    "multi_leet": multi_leet,
    "separators": separators,
    "symbol_mask": symbol_mask,
    "split_words": split_words,
    "emoji_infix": emoji_infix,
    "regional": regional,
    "vowel_drop": vowel_drop,
    "leet+separators": leet_separators,
    "caps+accents": caps_accents,
}


# ---------------------------------------------------------------- misspelling (own method)
def misspell(text: str, rng: random.Random) -> str:
    """One or two typing errors in the longer words: drop, swap, double, insert a letter, or
    join two words; the text always changes."""
    for _ in range(10):
        words = text.split(" ")
        idx = [i for i, w in enumerate(words) if sum(c.isalpha() for c in w) >= 4]
        if not idx:
            return text
        for i in rng.sample(idx, min(len(idx), rng.choice((1, 1, 2)))):
            w = words[i]
            op = rng.choice(("drop", "swap", "double", "insert", "join"))
            k = rng.randint(1, len(w) - 2)
            if op == "drop":
                w = w[:k] + w[k + 1 :]
            elif op == "swap":
                w = w[:k] + w[k + 1] + w[k] + w[k + 2 :]
            elif op == "double":
                w = w[:k] + w[k] + w[k:]
            elif op == "insert":
                w = w[:k] + rng.choice("aeioulrnst") + w[k:]
            elif i + 1 < len(words):
                words[i + 1] = w + words[i + 1]
                w = ""
            words[i] = w
        out = " ".join(w for w in words if w)
        if out != text:
            return out
    return text


# ---------------------------------------------------------------- assembly
def _fill(templates: Sequence[str], rng: random.Random, n: int) -> list[str]:
    combos: list[str] = []
    for t in templates:
        if "{G}" in t:
            combos += [t.replace("{G}", g) for g in GROUPS]
        elif "{ONE}" in t:
            combos += [t.replace("{ONE}", o) for o in ONE]
        elif "{S}" in t:
            combos += [t.replace("{S}", s) for s in SLURS]
        elif "{E}" in t:
            combos += [t.replace("{E}", e) for e in EVERYDAY]
        else:
            combos.append(t)
    combos = sorted(set(combos))
    rng.shuffle(combos)
    return combos[:n]


def _styled(texts: list[str], rng: random.Random) -> list[str]:
    """Surface variety a status has: case, trailing punctuation or emoji."""
    out = []
    for t in texts:
        r = rng.random()
        if r < 0.15:
            t = t.lower()
        elif r < 0.22:
            t = t.upper()
        elif r < 0.32:
            t = t + rng.choice(("!!", " 🙄", " smh", "...", " 😤"))
        out.append(t)
    return out


def _vary(base: list[str], rng: random.Random, n: int) -> list[str]:
    """Repeat short fixed pools with light variation up to ``n`` distinct texts."""
    out = list(dict.fromkeys(base))
    extras = ("", "!", " lol", " 😂", " tbh", ".", " honestly", " ffs", " 🙃")
    while len(out) < n:
        t = rng.choice(base)
        v = rng.choice(("lower", "cap", "suffix", "prefix"))
        if v == "lower":
            t = t.lower() + rng.choice(extras)
        elif v == "cap":
            t = t[:1].upper() + t[1:] + rng.choice(extras)
        elif v == "suffix":
            t = t + rng.choice(extras)
        else:
            t = rng.choice(("ok so ", "honestly ", "ngl ", "update: ", "fyi ")) + t
        if t not in out:
            out.append(t)
        if len(out) > 4 * n:  # pragma: no cover - pools too small
            break
    return out[:n]


def _disguised(texts: list[str], tag: str) -> list[tuple[str, str]]:
    names = list(DISGUISES)
    out = []
    for i, t in enumerate(texts):
        name = names[i % len(names)]
        rng = random.Random(zlib.crc32(f"{tag}:{name}:{t}".encode()))
        d = DISGUISES[name](t, rng)
        if d != t:
            out.append((d, name))
    return out


def build() -> list[dict[str, str]]:
    rng = random.Random(SEED)
    rows: list[dict[str, str]] = []

    def add(texts: Sequence[str], label: str, category: str, source: str) -> None:
        rows.extend(
            {"text": t, "label": label, "category": category, "source": source} for t in texts
        )

    insult = _vary(INSULT, rng, 110)
    vulgar = _vary(VULGAR, rng, 80)
    threat = _vary(THREAT, rng, 60)
    slur = _styled(_fill(HATE_SLUR, rng, 120), rng)
    noslur = _styled(_fill(HATE_NOSLUR, rng, 220), rng)
    add(insult, "offensive", "insult", "make_locked2.py INSULT")
    add(vulgar, "offensive", "vulgar", "make_locked2.py VULGAR")
    add(threat, "offensive", "threat", "make_locked2.py THREAT")
    add(slur, "offensive", "hate_slur", "make_locked2.py HATE_SLUR x SLURS")
    add(noslur, "offensive", "hate_noslur", "make_locked2.py HATE_NOSLUR x GROUPS")

    # Disguised and misspelled offensive text comes from fresh fills, not the rows above.
    pool = _fill(HATE_NOSLUR, random.Random(SEED + 1), 400)[220:] + INSULT + VULGAR + THREAT
    pool += _fill(HATE_SLUR, random.Random(SEED + 2), 340)[120:]
    pool = sorted(set(pool))
    random.Random(SEED + 3).shuffle(pool)
    for text, name in _disguised(pool[:170], "off"):
        rows.append(
            {"text": text, "label": "offensive", "category": "disguised",
             "source": f"make_locked2.py {name}"}
        )  # fmt: skip
    miss_src = (
        _fill(HATE_NOSLUR, random.Random(SEED + 4), 900)[400:]
        + _fill(HATE_SLUR, random.Random(SEED + 5), 360)[340:]
    )
    miss_rng = random.Random(SEED + 6)
    miss_src = sorted(set(miss_src))
    miss_rng.shuffle(miss_src)
    add(
        [misspell(t, miss_rng) for t in miss_src[:130]],
        "offensive", "misspelled", "make_locked2.py misspell() of HATE pools",
    )  # fmt: skip

    scams = _styled(list(SCAMS), rng)
    add(scams, "offensive", "scam_plain", "make_locked2.py SCAMS")
    scam_variants = _vary(SCAMS, random.Random(SEED + 7), 150)[len(SCAMS) :]
    add(scam_variants, "offensive", "scam_plain", "make_locked2.py SCAMS varied")
    for text, name in _disguised(list(SCAMS) * 3, "scam"):
        if text not in {r["text"] for r in rows}:
            rows.append(
                {"text": text, "label": "offensive", "category": "scam_disguised",
                 "source": f"make_locked2.py {name} of SCAMS"}
            )  # fmt: skip

    add(_fill(EVERYDAY_EXTRA, rng, 180), "benign", "everyday", "make_locked2.py EVERYDAY")
    add(_vary(CHATTER, rng, 130), "benign", "chatter", "make_locked2.py CHATTER")
    add(_fill(COUNTER, rng, 110) + _fill(COUNTER_SLUR, rng, 60), "benign", "counter",
        "make_locked2.py COUNTER")  # fmt: skip
    add(_styled(_fill(NEGATED, rng, 130), rng), "benign", "negated", "make_locked2.py NEGATED")
    add(_vary(RECLAIMED + HOMONYMS, rng, 110), "benign", "reclaimed",
        "make_locked2.py RECLAIMED + HOMONYMS")  # fmt: skip
    add(_vary(NONPROTECTED, rng, 90), "benign", "nonprotected", "make_locked2.py NONPROTECTED")
    add(_vary(COMMERCE, rng, 70), "benign", "commerce", "make_locked2.py COMMERCE")
    benign_src = EVERYDAY + CHATTER + COMMERCE + NONPROTECTED[:10]
    for text, name in _disguised(benign_src, "benign"):
        rows.append(
            {"text": text, "label": "benign", "category": "disguised_benign",
             "source": f"make_locked2.py {name} of benign pools"}
        )  # fmt: skip
    seen: set[str] = set()
    unique = []
    for r in rows:
        if r["text"] not in seen:
            seen.add(r["text"])
            unique.append(r)
    return unique


def main() -> None:
    with (HERE / "locked2.jsonl").open("w", encoding="utf-8") as fh:
        for row in build():
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
