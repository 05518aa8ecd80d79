"""Hand-written TRAINING cases for the learned stage (issue 11), HateCheck-style functionalities.

Written for training only, with phrasings of their own: nothing here is copied or paraphrased
from the locked test set (tests/features/moderation/detector/locked/), which was written first
and is never read by the training script.

Functionalities (after Röttger et al., "HateCheck", ACL 2021): derogation, dehumanisation,
threats, slurs, profanity, pronoun reference, negation, phrasing, counter-speech, abuse against
non-protected targets, spelling variations; plus link-less scams and everyday statuses.
"""

from __future__ import annotations

import random

TARGETS = [
    "Muslim people",
    "Jewish people",
    "the Jews",
    "foreigners",
    "asylum seekers",
    "gays",
    "homosexuals",
    "transgender people",
    "trans women",
    "black folks",
    "Mexicans",
    "cripples",
    "the disabled",
    "Asians",
    "Chinese",
    "travellers",
    "Christians",
    "Hindus",
    "Pakistanis",
    "Africans",
    "women",
    "females",
    "lesbians",
    "immigrants",
    "migrants",
    "Arabs",
    "Indians",
    "Somalis",
    "Nigerians",
    "Romanians",
    "Sikhs",
    "Latinas",
    "queers",
    "bisexuals",
    "Jews",
]
HATEFUL = [
    "{T} are subhuman trash",
    "I despise {T} with every fibre of my being",
    "{T} are like a swarm of locusts",
    "all {T} are rapists and thieves",
    "{T} are a virus infecting the west",
    "{T} should all be locked up",
    "{T} should be put down like dogs",
    "{T} need to be wiped out",
    "kill every one of the {T}",
    "I'm going to shoot up the {T} centre",
    "{T} deserve to suffer",
    "{T} are worthless",
    "{T} are a burden and a drain",
    "get the {T} out of our country",
    "{T} are not welcome anywhere near us",
    "{T} are scum",
    "{T} can never be trusted, they are snakes",
    "we should round up {T} and put them in camps",
    "{T} are genetically inferior",
    "send all the {T} to the gas chambers",
    "{T}? disgusting creatures",
    "{T} are a blight",
    "I want to punch every {T} I see",
    "{T} should be hanged in public",
    "{T} are mentally ill freaks",
    "{T} must be eradicated",
    "burn down their homes, {T} don't belong here",
    "{T} are monkeys",
    "{T} are dirty animals",
    "{T} stink and should be removed",
    "it would be best if {T} just died",
    "{T} = cancer",
    "ugh {T}. pests, every last one",
    "{T} have ruined this city, time to clean house",
    "hate {T} so much",
    "{T} should have no rights",
    "{T} are an infestation",
]
NEGATED = [
    "{T} are not scum",
    "I don't hate {T} at all",
    "{T} are not a burden",
    "nobody should want {T} wiped out",
    "{T} are no less human than anyone",
    "I refuse to believe {T} are dangerous",
    "{T} should never be locked up for existing",
    "there is no reason to despise {T}",
    "I'd never hurt {T}",
    "{T} aren't animals, stop it",
]
COUNTER = [
    'The comment "{T} are subhuman trash" got 200 likes. This is why we moderate.',
    "Stop calling {T} a virus. It is dehumanising.",
    "If you think {T} should be locked up, you are the problem.",
    'Report anyone who says "kill all {T}".',
    '"{T} are scum" is hate speech, full stop.',
    "I was shocked to read someone calling {T} animals.",
    "People who call {T} pests need to educate themselves.",
    'Quote from the troll: "{T} should be hanged". Blocked and reported.',
    'Statements like "{T} are worthless" will get you banned here.',
    "Sick of people saying {T} are a drain on society. They are not.",
]
SLURS = [
    "nigger",
    "nigga",
    "faggot",
    "fag",
    "kike",
    "spic",
    "chink",
    "tranny",
    "retard",
    "dyke",
    "wetback",
    "paki",
    "towelhead",
    "gook",
    "coon",
    "beaner",
    "raghead",
    "spastic",
    "mongoloid",
]
SLUR_ABUSE = [
    "fuck off {S}",
    "dirty {S}",
    "you are such a {S}",
    "{S}s ruin everything",
    "stupid {S}",
    "what a {S} lol",
    "die {S}",
    "i hate {S}s",
    "bunch of {S}s",
    "the {S} next door again",
]
SLUR_COUNTER = [
    "He called me a {S}. I reported him.",
    '"{S}" is a slur, please don\'t use it',
    "Using the word {S} will get you banned",
    "Someone shouted {S} at my friend today, horrible",
    "Never call anyone a {S}",
]
PROFANE = [
    "fuck you",
    "fuck this",
    "shut the fuck up",
    "you're a piece of shit",
    "what a dumb cunt",
    "you little bitch",
    "asshole",
    "motherfucker",
    "son of a bitch",
    "dickhead",
    "prick",
    "bastard",
    "twat",
    "whore",
    "slut",
    "wanker",
    "cocksucker",
    "jackass",
    "fucking moron",
    "go to hell idiot",
    "you make me sick, loser",
    "you're pathetic and ugly",
    "i'll kill you",
    "i'll smash your face in",
    "watch yourself or you'll get hurt",
    "you're gonna die",
    "kys",
    "nobody would care if you died",
    "you stupid cow",
    "eat shit",
]
NONPROTECTED = [
    "I hate this stupid weather",
    "death to spreadsheets",
    "kill the lights please",
    "this code is garbage",
    "the wifi is a useless piece of crap",
    "burn the draft and start over",
    "cockroaches should be exterminated",
    "wasps are the worst, kill them all",
    "my car is a pile of junk",
    "ads are a cancer on the internet",
    "the algorithm is evil",
    "I despise mornings",
    "traffic is hell",
    "this app deserves to die",
    "mondays are scum",
]
RECLAIMED = [
    "queer and proud",
    "proud dyke",
    "crip and proud",
    "I'm a big queer nerd",
    "as a queer person, hello",
    "dyke bar tonight!",
    "lesbian, she/her",
    "gay and happy",
    "trans and thriving",
    "I'm bi and tired",
    "disabled, not broken",
    "autistic and proud",
    "black and proud",
    "Muslim and proud",
    "Jewish mum of two",
    "immigrant, engineer, dad",
    "Scunthorpe born and bred",
    "off to Penistone tomorrow",
    "faggots with gravy for dinner",
    "lighting a fag on my break",
    "raccoon and coonhound photos",
    "great tits at the feeder",
    "the cock crowed at 5am",
    "a bitch and her puppies at the shelter",
    "Dyke Road, Brighton",
    "homo sapiens rocks",
    "retardant spray on the shed",
    "sussex queer choir",
]
CHATTER = [
    "you killed it today!",
    "that set was sick",
    "i'm dying of laughter",
    "this beat slaps",
    "shoot, I forgot",
    "damn that was close",
    "hell of a day",
    "what a crap film lol",
    "beat you next time",
    "i'd kill for a coffee",
    "you're a legend",
    "stop it you nerd 😂",
    "lmao dead",
    "this game is brutal",
    "we got destroyed in the final",
    "so done with today",
    "my brother is such a goof",
    "crazy weather huh",
    "bloody hell that's expensive",
    "screw it, ordering pizza",
    "you idiot, I love you 😂",
    "let's get smashed tonight",
    "the boss fight is insane",
    "killer deal on shoes",
    "nailed it",
]
EVERYDAY = [
    "at work",
    "in a call",
    "lunch break",
    "away",
    "busy",
    "out of office until Tuesday",
    "on leave",
    "sick today",
    "working late",
    "on site visit",
    "in the lab",
    "school run",
    "vacation mode",
    "do not disturb",
    "at a funeral, back tomorrow",
    "moving day!",
    "exam week",
    "new phone, who dis",
    "back online",
    "hiking in Wales",
    "visiting family in Lagos",
    "Friday prayers",
    "Sunday service",
    "happy Hanukkah",
    "Gurpurab greetings",
    "Pride parade today!",
    "conference talk at 2pm",
    "pairing with Sam",
    "deploying, hold tight",
    "on call this weekend",
    "baby due any day now",
]
# Second person is not abuse by itself (the tweets teach "you are" + anything = offensive).
KIND_WORDS = [
    "you are a lovely person",
    "you're so kind",
    "you are amazing",
    "thank you so much",
    "you are the best",
    "you're a star",
    "you did great today",
    "you are brilliant",
    "you look wonderful",
    "you're so talented",
    "you are a good friend",
    "you are welcome",
    "you are right",
    "are you coming tonight?",
    "you're invited!",
    "miss you already",
    "you are loved",
    "you made my day",
    "you are so funny",
    "you're a genius",
    "you are very patient",
    "you are my hero",
    "you are always welcome here",
    "you rock",
]
# Violent or hateful words aimed at things, not people (HateCheck: non-protected targets).
THINGS = [
    "this printer",
    "the wifi",
    "my laptop",
    "mondays",
    "the bug",
    "this spreadsheet",
    "traffic",
    "the old server",
    "winter",
    "the alarm clock",
    "this level",
    "the weeds",
    "my diet",
    "the deadline",
    "that song",
    "the tax form",
    "the compiler",
    "the build",
    "rats in the barn",
    "the slugs",
    "flies",
    "the meeting",
    "homework",
    "the queue",
    "the referee's call",
]
THING_TEMPLATES = [
    "I hate {X}",
    "{X} should be shot",
    "kill {X}",
    "{X} is garbage",
    "burn {X}",
    "{X} deserves to die",
    "{X} is evil",
    "destroy {X}",
    "{X} is a plague",
    "death to {X}",
    "{X} is trash",
    "wipe out {X}",
    "{X} needs to be exterminated",
    "{X} can go to hell",
]
NEGATION_EXTRA = [
    "no one should say {T} are vermin",
    "{T} do not deserve hate",
    "it's wrong to attack {T}",
    "I will never believe {T} are inferior",
    "{T} aren't a plague, they're people",
    "saying {T} should die is never acceptable",
    "{T} are not worthless",
    "I don't want {T} gone, I want them safe",
    "{T} were never the problem",
]
SCAMS = [
    "you are our lucky winner, reply with your address to get your prize",
    "claim your reward: call 0800 123 4567 today",
    "your account is locked, send your password to unlock it",
    "send btc to this wallet and receive double back",
    "invest 100 and earn 1000 in a week",
    "text YES to 81234 to receive your free gift",
    "urgent: your card was charged £499, call us now",
    "I can make you rich with crypto, dm me",
    "free gift cards for the first 50 people, message me",
    "verify your identity or your account will be deleted",
    "tech support: your device is infected, call this number",
    "cheap likes and followers, inbox me",
    "win a free ps5, just share and dm",
    "paypal: confirm your details to avoid suspension",
    "loan approved! reply with bank details",
    "government grant of $9000 waiting for you, contact agent",
    "earn money online fast, guaranteed",
    "mum I need money for rent, new number",
    "hot singles in your area, click my profile",
    "account verification required: send the 6 digit code you received",
]


def _disguise(text: str, rng: random.Random) -> str:
    subs = {"a": "@", "o": "0", "e": "3", "i": "1", "s": "$"}
    out = []
    for word in text.split(" "):
        roll = rng.random()
        if len(word) > 3 and roll < 0.3:
            word = "".join(subs.get(c, c) for c in word)
        elif len(word) > 3 and roll < 0.4:
            word = "-".join(word)
        elif len(word) > 4 and roll < 0.55:
            k = rng.randrange(1, len(word) - 1)
            word = word[:k] + word[k + 1 :]
        out.append(word)
    return " ".join(out)


def build(seed: int) -> list[tuple[str, int]]:
    """(text, 1 offensive / 0 benign) pairs, disguised and misspelled copies included."""
    rng = random.Random(seed)
    rows: list[tuple[str, int]] = []

    def fill(templates: list[str], label: int, key: str, pool: list[str], n: int) -> None:
        combos = [t.replace(key, v) for t in templates for v in pool]
        rng.shuffle(combos)
        rows.extend((c, label) for c in combos[:n])

    fill(HATEFUL, 1, "{T}", TARGETS, 900)
    fill(NEGATED, 0, "{T}", TARGETS, 300)
    fill(NEGATION_EXTRA, 0, "{T}", TARGETS, 250)
    fill(THING_TEMPLATES, 0, "{X}", THINGS, 300)
    fill(COUNTER, 0, "{T}", TARGETS, 300)
    fill(SLUR_ABUSE, 1, "{S}", SLURS, 190)
    fill(SLUR_COUNTER, 0, "{S}", SLURS, 95)
    offensive = [t for t, y in rows if y == 1]
    for text in rng.sample(offensive, 400):
        rows.append((_disguise(text, rng), 1))
    for group, label in ((PROFANE, 1), (SCAMS, 1)):
        rows.extend((t, label) for t in group)
        rows.extend((_disguise(t, rng), label) for t in group)
        rows.extend((t.upper(), label) for t in group[::3])
    for group in (NONPROTECTED, RECLAIMED, CHATTER, EVERYDAY, KIND_WORDS):
        rows.extend((t, 0) for t in group)
        rows.extend((t.capitalize() + "!", 0) for t in group)
    return rows
