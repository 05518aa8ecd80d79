"""More hand-written TRAINING cases (detector round 2): hate without slurs, link-less scams and
benign commerce, counter-speech, negation, reclaimed words and homonyms, chatter; plus noisy
copies (typing errors, disguises) made by this module's own functions.

Written for training only. Its target groups, templates and scam wordings are its own; nothing
is copied from the locked test sets (tests/features/moderation/detector/locked*/). The training
script reads the first and, since detector round 3, the second locked set as dev sets; it never
reads locked3.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Callable

GROUPS = [
    "Yemenis", "Sri Lankans", "Congolese people", "Chechens", "Uyghurs", "Hmong families",
    "Hispanics", "Latinos", "Puerto Ricans", "Nepalis", "Bosnians", "Senegalese",
    "Cubans", "Dominicans", "Pacific Islanders", "Maori", "Sami", "Gypsies", "Bedouins",
    "Hindus", "Shia Muslims", "Jehovah's Witnesses", "Baha'is", "Copts", "Zimbabweans",
    "Nigerian immigrants", "Chinese students", "Japanese tourists", "Indian doctors",
    "trans men", "trans kids", "bi women", "gay teenagers", "lesbian mums", "drag queens",
    "people with Down syndrome", "amputees", "people with schizophrenia", "stutterers",
    "elderly people", "pregnant women", "single mothers", "girls", "black women",
    "brown people", "mixed-race kids", "Slavs", "Lithuanians", "Bulgarians", "Hungarians",
]  # fmt: skip
PRONOUN_REFS = ["they", "them", "those people", "that lot", "these people", "their kind"]

HATE = [
    "{G} are filth and always will be",
    "{G} multiply like rabbits and take everything",
    "I wish every last one of {G} would vanish",
    "{G} are nothing but leeches on society",
    "we need to purge {G} from this country",
    "{G} carry diseases, keep them out",
    "{G} are savages who can't be civilised",
    "there is something deeply wrong with {G}, they're defective",
    "{G} should be banned from public places",
    "{G} are a cancer eating this nation alive",
    "stop hiring {G}, they're lazy and dishonest",
    "{G} will never be equal to us",
    "{G} are a mistake of nature",
    "{G} should be shipped back in containers",
    "let's start shooting {G} at the border",
    "I'd bomb every mosque and temple full of {G}",
    "{G} need a good beating to learn respect",
    "{G} are pigs living in their own filth",
    "{G}? exterminate them",
    "{G} must never be allowed to marry or adopt",
    "{G} are ruining our neighbourhood with their stench",
    "hang {G} from the lamp posts",
    "{G} do not deserve human rights",
    "{G} are all terrorists in waiting",
    "{G} are freaks and perverts",
    "nobody wants {G} here, get lost",
    "{G} are inferior in every way",
    "{G} are pests that need to be controlled",
    "I hope {G} all get cancer",
    "{G} should be kept in ghettos",
    "{G} are just dumb beasts",
    "the sooner {G} are gone the better",
    "every single one of {G} is a thief",
    "{G} aren't human, look at them",
    "{G} deserve every beating they get",
    "I will personally hurt any of {G} I meet",
    "women are too stupid to lead anything",
    "trans people are mentally ill perverts",
    "disabled people are a waste of money, let them die",
    "immigrants are invading and must be stopped by any means",
]
PRONOUN_HATE = [
    "I can't stand {P}, filthy animals the lot",
    "{P} are rats, all of them",
    "{P} should be wiped off the map",
    "send {P} back to the jungle",
    "{P} breed like vermin",
]
NEGATED = [
    "{G} are not filth",
    "{G} are not leeches, they work harder than most",
    "I don't wish any harm on {G}",
    "it is never acceptable to call {G} savages",
    "{G} are not a mistake of nature, they are people",
    "no, {G} do not carry diseases, that's a racist myth",
    "{G} deserve the same rights as everyone",
    "I would never say {G} are inferior",
    "claiming {G} are terrorists is false and dangerous",
    "{G} aren't a cancer on anything",
    "nobody should be hurt for being one of {G}",
    "I'm not against {G} in any way",
    "{G} are equal to everyone else",
    "{G} shouldn't have to hide",
    "{G} are welcome here, always",
    "there's nothing wrong with {G}",
]
COUNTER = [
    'somebody just posted "{G} are filth" in the group. reported.',
    "Heard a guy say {G} should be shipped back. I told him he's a bigot.",
    '"{G} multiply like rabbits" — this rhetoric has led to genocides before',
    "The troll in the comments says {G} are pests. Please report him.",
    "My uncle says {G} are leeches at every dinner and I'm done with it",
    "Why is it okay for that channel to say {G} should be banned from public places?",
    "Blocking everyone who calls {G} savages. Bye.",
    "Hate speech like 'hang {G}' must be removed by the platform",
    "Study: posts calling {G} vermin rose 40% last year",
    "Someone spray painted 'purge {G}' on the community centre. Awful.",
    "Saying {G} are inferior is textbook racism",
    "Dear mods, this user keeps writing that {G} deserve beatings",
    "A politician said {G} are invading. That's dehumanising language.",
    "Screenshots of people calling {G} animals, for the report",
    "Don't tell me {G} are a mistake of nature, that's hateful",
]
SLURS = [
    "faggot", "nigger", "kike", "tranny", "retard", "spic", "chink", "dyke", "paki",
    "gook", "coon", "wetback", "towelhead", "beaner", "poof", "mong", "wog", "gyppo",
]  # fmt: skip
SLUR_USE = [
    "shut up you {S}",
    "typical {S} behaviour",
    "get this {S} off the bus",
    "{S}s out",
    "I'd never hire a {S}",
    "look at the {S} crying",
    "the {S}s have taken over the park",
    "oi {S}, move",
]
SLUR_COUNTER = [
    "someone called me a {S} in the street and I just walked on",
    "the word '{S}' is hateful, please stop",
    "teacher heard a pupil say {S} and sent him to the head",
    "muted for saying {S}? good",
    "my grandad still says {S} and we keep correcting him",
    "if you use {S} as an insult you'll be removed",
    "I reported the account that kept sending me '{S}'",
]
INSULTS = [
    "you're a worthless idiot", "you pathetic loser", "you're so stupid it hurts",
    "shut up you clown", "nobody cares what you think, moron", "you disgust me",
    "you are a failure at everything", "what an utter cretin", "you brainless twit",
    "you are a vile little man", "stop breathing my air, parasite", "you're a joke of a person",
    "you freak", "you're garbage", "you absolute donkey", "ugly cow", "lazy slob",
    "you snake", "two-faced liar", "you worthless sack of crap",
]  # fmt: skip
THREATS = [
    "I'll come to your house and hurt you", "you better sleep with one eye open",
    "I'm going to kill you and your family", "I'll break your jaw", "you won't see tomorrow",
    "I'll make you disappear", "I'm coming for you", "I will end your life",
]  # fmt: skip
SCAMS = [
    "congratulations, you have been selected to receive a free iPad, reply to claim",
    "you won! claim your cash prize by sending your bank details",
    "winner notification: your mobile number won 500000 pounds in the lottery",
    "free giveaway, first 20 people to dm me get a gift card",
    "I'm giving away 5000 dollars to my followers, comment and dm",
    "claim your free voucher before midnight, text WIN to 80888",
    "your entry has won our prize draw, call now to collect",
    "exclusive offer: free holiday for two, just pay the booking fee",
    "call 0845 000 1234 immediately regarding your account",
    "text STOP to 66777 to cancel the charge on your card",
    "please call back on this number urgently about your parcel",
    "ring us on 0300 123 9876 to claim your compensation",
    "reply with your card number to receive the refund",
    "hey it's me, lost my phone, this is my new number, can you send money",
    "dad I'm stuck abroad, please transfer 400 to this account",
    "your delivery could not be made, pay the small redelivery fee",
    "your account has been compromised, verify your details now",
    "your card has been blocked, confirm your pin to unblock",
    "we noticed suspicious activity, log in to confirm your identity",
    "your subscription has expired, update your billing information today",
    "your account will be closed in 24 hours unless you verify",
    "action required: confirm your password to avoid suspension",
    "your bank has frozen your account, call the number below",
    "unusual login detected, send the verification code to secure your account",
    "tax refund pending, submit your bank details to receive it",
    "you owe a fine, pay now in gift cards or a warrant will be issued",
    "double your bitcoin in 24 hours, send any amount to my wallet",
    "send eth to this address and get 2x back instantly",
    "crypto giveaway: send 1 eth, receive 2 eth back",
    "invest with me and earn 5000 a week guaranteed",
    "my account manager turned my 300 into 9000, message him",
    "trade forex with our expert and get 40% daily profit",
    "risk free investment, double your money in a week",
    "join our mining pool, guaranteed returns every day",
    "passive income from home, 1000 a day, ask me how",
    "this is technical support, your computer is infected, call us",
    "apple support: your icloud is locked, give us your password to unlock",
    "official support team here, share your seed phrase to fix your wallet",
    "help desk: send your login so we can verify your account",
    "I am from the security team, send me the code you received",
    "admin notice: your account is flagged, verify here or lose access",
    "amazon support: an order of 999 was placed, call to cancel",
    "earn money from home, no experience, just message me",
    "job offer: 500 a day for liking videos, pay the joining fee",
    "get a loan today with no credit check, pay a small admin fee first",
    "you are eligible for a government grant, pay the processing fee",
    "cheap followers and likes for sale, dm me",
    "buy verified accounts cheap",
    "hot singles want to chat, sign up now",
    "I am a prince and need help moving my fortune, you get 30%",
    "your relative left you an inheritance, send your details to claim",
    "click here to claim your free reward",
    "free bitcoin for the first 100 users",
    "guaranteed profit, send me your money and I will trade for you",
    "gift card giveaway, verify you are human by entering your card",
]
COMMERCE = [
    "selling my sofa, collection only, message me", "bake sale at the school tomorrow",
    "our shop has a summer sale, 30% off", "I won a tenner on a scratch card",
    "the raffle raised 300 for charity", "call me when you're free", "text me your address",
    "bank holiday opening hours 10-4", "I just paid my phone bill",
    "new job offer came through!", "got my refund from the airline finally",
    "crypto is so volatile lately", "sold my old phone online", "I invested in my pension",
    "delivery arrived early", "support ticket closed, thanks to the help desk",
    "our giveaway winner has been contacted, congrats", "earning extra from tutoring",
    "looking for a loan advisor, any recommendations?", "reply to confirm your attendance",
    "my bank will never ask for your pin, remember that", "account settings updated",
    "password changed after the breach, turned on 2fa", "we are hiring a barista",
    "prize giving at the school today", "call the office on 01234 567890 to book",
    "won the quiz! prize was a bottle of wine", "free entry to the museum on sundays",
    "our gym has a free trial week", "watching bitcoin documentaries",
]  # fmt: skip
RECLAIMED = [
    "queer and here", "proud dyke, loud dyke", "crip life", "yes I'm a fag, and?",
    "trans dyke with a cat", "queer disabled artist", "my fellow crips, hello",
    "fat and fine", "bi dyke energy", "the queers are taking over the bookshop",
    "femme queer, she/her", "my nigga got married today", "wassup my niggas",
    "gay as in happy, queer as in f*** you (with love)", "I'm the token queer in the office",
]  # fmt: skip
HOMONYMS = [
    "Lake Titicaca at sunset", "weekend in Cockburnspath", "Bumpass, Virginia road sign",
    "a spotted dick for dessert", "Middlesex hospital visit", "cheap fags at the airport",
    "faggots and peas, a Welsh classic", "the dyke held back the sea",
    "long-tailed tits on the feeder", "cock pheasant in the garden", "my bitch is in heat",
    "the ass brayed all night", "homo erectus skulls at the museum", "fire retardant paint",
    "a chink of light under the door", "she gave a snigger", "niggling doubt",
    "the country of Niger", "Dick Cheney documentary", "Moby Dick audiobook",
    "raking with a hoe", "hooker in the scrum", "water butt installed",
    "pussy willow catkins", "Uranus is a gas giant", "Scunthorpe bus station",
    "Penistone market", "Twatt post office", "Fucking, Austria renamed itself",
    "the slag heap above the village", "shag pile rug", "coon cat grooming",
]  # fmt: skip
NONPROTECTED = [
    "I hate this printer with all my heart", "kill the music please", "burn this stupid form",
    "Tuesdays can go to hell", "these mosquitoes deserve to die", "capitalism must be destroyed",
    "this app is a disaster, delete it", "the spreadsheet from hell", "death to small talk",
    "kill it with fire (the spider)", "the new update is trash", "ban leaf blowers",
    "I despise this weather", "the meeting was pure torture", "exterminate the aphids",
    "the referee should be sacked", "this traffic makes me want to scream",
    "my router is a useless lump", "mornings are evil", "the office chair is garbage",
    "the plot of that film was idiotic", "nuke the old config", "strangle the alarm clock",
    "parking tickets are a plague", "I'd murder this bug if I could find it",
]  # fmt: skip
CHATTER = [
    "you're killing it", "that was insane lol", "I'm dead 😂", "this slaps", "so sick",
    "lmao you idiot, love you", "ugh my head", "we smashed it", "what a legend",
    "bloody brilliant", "she destroyed that solo", "crying laughing", "I'd kill for a nap",
    "the match was brutal", "this cake is wicked", "you absolute nerd",
    "shut up, that's amazing", "beast mode at the gym", "damn son", "hell yes",
    "my kid is a tiny tyrant today", "that drop was filthy", "roasting my mate's outfit",
    "I'm so done lol", "goofy dog", "that's savage", "dying to see you", "pure chaos today",
    "screw it, takeaway tonight", "crap, late again",
]  # fmt: skip
EVERYDAY = [
    "In meetings all day", "Back at 2", "WFH", "On holiday till the 12th", "At the doctor",
    "Driving", "Busy, text me", "Lunch", "Off today", "Travelling to Oslo", "In class",
    "Out for a run", "Presenting at 11", "Working from Manchester", "Sleeping, night shift",
    "Packing for the move", "Do not disturb until 5", "Kids' football match",
    "Ramadan kareem", "Merry Christmas!", "Happy Holi", "Shana tova", "Happy Vaisakhi",
    "Pride!", "Visiting family in Accra", "Exams, offline", "Recording a podcast",
    "Reading week", "Coffee break", "Teaching a workshop", "At church", "Friday prayers",
]  # fmt: skip


# -- noise: typing errors and disguises of this module's own making ----------------------------
def typo(text: str, rng: random.Random) -> str:
    """One to three typing errors in words of 4+ letters (drop, transpose, repeat, add a letter,
    join with the next word)."""
    words = text.split(" ")
    idx = [i for i, w in enumerate(words) if len(w) >= 4 and w.isalpha()]
    if not idx:
        return text
    for i in rng.sample(idx, min(len(idx), rng.randint(1, 3))):
        w = words[i]
        k = rng.randrange(1, len(w) - 1)
        op = rng.randrange(5)
        if op == 0:
            w = w[:k] + w[k + 1 :]
        elif op == 1:
            w = w[: k - 1] + w[k] + w[k - 1] + w[k + 1 :]
        elif op == 2:
            w = w[:k] + w[k] * 2 + w[k + 1 :]
        elif op == 3:
            w = w[:k] + rng.choice("aeiouhrly") + w[k:]
        elif i + 1 < len(words):
            words[i + 1] = w + words[i + 1]
            w = ""
        words[i] = w
    return " ".join(w for w in words if w)


def _per_word(text: str, rng: random.Random, share: float, fn: Callable[[str], str]) -> str:
    words = text.split(" ")
    return " ".join(fn(w) if len(w) >= 4 and rng.random() < share else w for w in words)


def _small_capital(c: str) -> str:
    try:
        return unicodedata.lookup(f"LATIN LETTER SMALL CAPITAL {c.upper()}")
    except KeyError:
        return c


def noise(text: str, rng: random.Random) -> str:
    """A disguise a spammer might use, chosen at random."""
    kind = rng.randrange(9)
    if kind == 0:
        return _per_word(text, rng, 0.6, lambda w: "".join(_small_capital(c) for c in w))
    if kind == 1:
        return _per_word(text, rng, 0.5, lambda w: w[0] + "#" * (len(w) - 2) + w[-1])
    if kind == 2:
        return _per_word(text, rng, 0.5, lambda w: w[:2] + rng.choice("%#🤮😠") + w[3:])
    if kind == 3:
        return _per_word(text, rng, 0.5, lambda w: w[: len(w) // 2] + " " + w[len(w) // 2 :])
    if kind == 4:
        return _per_word(
            text, rng, 0.6, lambda w: w[0] + "".join(c for c in w[1:] if c not in "aeiou")
        )
    if kind == 5:
        sep = rng.choice(("•", "/", "'", ":", "="))
        return _per_word(text, rng, 0.5, sep.join)
    if kind == 6:
        table = {"k": "|<", "u": "|_|", "o": "()", "w": "\\/\\/", "n": "|\\|", "h": "#"}
        return _per_word(text, rng, 0.6, lambda w: "".join(table.get(c, c) for c in w))
    if kind == 7:
        return "".join(c + "\u0335" if c.isalpha() and rng.random() < 0.4 else c for c in text)
    return typo(text, rng)


def build(seed: int) -> list[tuple[str, int]]:
    """(text, 1 offensive / 0 benign) pairs, noisy copies included."""
    rng = random.Random(seed)
    rows: list[tuple[str, int]] = []

    def expand(templates: list[str]) -> list[str]:
        out: list[str] = []
        for t in templates:
            if "{G}" in t:
                out += [t.replace("{G}", g) for g in GROUPS]
            elif "{P}" in t:
                out += [t.replace("{P}", p) for p in PRONOUN_REFS]
            elif "{S}" in t:
                out += [t.replace("{S}", s) for s in SLURS]
            else:
                out.append(t)
        return out

    def sample(templates: list[str], n: int) -> list[str]:
        pool = expand(templates)
        rng.shuffle(pool)
        return pool[:n]

    offensive = (
        sample(HATE, 1400)
        + expand(PRONOUN_HATE)
        + sample(SLUR_USE, 120)
        + INSULTS
        + THREATS
        + SCAMS * 3
    )
    benign = (
        sample(NEGATED, 700)
        + sample(COUNTER, 600)
        + sample(SLUR_COUNTER, 120)
        + (COMMERCE + RECLAIMED + HOMONYMS + NONPROTECTED + CHATTER + EVERYDAY) * 3
    )
    rows += [(t, 1) for t in offensive] + [(t, 0) for t in benign]
    for text in rng.sample(offensive, 900):
        rows.append((typo(text, rng), 1))
    for text in rng.sample(offensive, 900):
        rows.append((noise(text, rng), 1))
    for text in SCAMS * 4:
        rows.append((noise(text, rng), 1))
    for text in rng.sample(benign, 700):
        rows.append((noise(text, rng), 0))
    for text in rng.sample(benign, 300):
        rows.append((typo(text, rng), 0))
    return rows
