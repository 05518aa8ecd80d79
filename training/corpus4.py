"""Round-6 TRAINING cases (issue 11): hate without slurs in many sentence shapes, next to the
same groups in neutral, supportive, denying and reporting sentences.

Written for training only, after locked5, locked6 and locked7 were measured and retired to
the dev data. Their misses showed that hate without slurs rarely follows "X are <insult>":
it denies rights ("X shouldn't be allowed to adopt"), claims inferiority ("X can't govern
themselves"), spreads a conspiracy ("X planned the pandemic"), asks a loaded question ("why
are X so violent?"), names a place to attack ("the synagogue is next") or refers back with a
pronoun ("saw X at the park. they're disgusting"). Threats there named an address or a
workplace and asked others to act, with no violent word at all. The frames below are
organised by those functions (the HateCheck categories) and are this module's own phrasings;
the current locked sets (locked8, locked9) are written by other authors and never read.

Every frame is filled with many groups: since model v8 the model view marks each group word
(``_group_``, :mod:`contactbot.features.moderation.detector.model_view`), so a frame learned
for some groups carries to the others. The benign frames use the same groups and many of the
same words ("allowed", "rights", "deported", "camps"), so the group alone, or a history of
persecution, is not read as hate.
"""

from __future__ import annotations

import random
from collections.abc import Callable

# (plural, singular) group nouns, and adjectives used with "people", "men", "kids".
GROUPS = [
    ("muslims", "muslim"), ("jews", "jew"), ("immigrants", "immigrant"),
    ("refugees", "refugee"), ("migrants", "migrant"), ("gay men", "gay man"),
    ("lesbians", "lesbian"), ("trans people", "trans person"), ("women", "woman"),
    ("black people", "black person"), ("africans", "african"), ("asians", "asian"),
    ("chinese people", "chinese person"), ("indians", "indian"), ("pakistanis", "pakistani"),
    ("mexicans", "mexican"), ("arabs", "arab"), ("roma", "roma"), ("gypsies", "gypsy"),
    ("travellers", "traveller"), ("hindus", "hindu"), ("sikhs", "sikh"),
    ("disabled people", "disabled person"), ("autistic people", "autistic person"),
    ("nigerians", "nigerian"), ("somalis", "somali"), ("syrians", "syrian"),
    ("romanians", "romanian"), ("poles", "pole"), ("aboriginal people", "aboriginal"),
    ("latinos", "latino"), ("asylum seekers", "asylum seeker"), ("catholics", "catholic"),
    ("bisexuals", "bisexual"), ("trans women", "trans woman"), ("afghans", "afghan"),
    ("turks", "turk"), ("albanians", "albanian"), ("haitians", "haitian"),
    ("kurds", "kurd"), ("palestinians", "palestinian"), ("israelis", "israeli"),
]  # fmt: skip
PLACES = [
    "mosque", "synagogue", "temple", "gurdwara", "church", "refugee hostel", "camp",
    "asylum hotel", "community centre", "pride bar",
]  # fmt: skip

OFFENSIVE = [
    # inferiority and derogation
    "{G} are less intelligent than the rest of us", "{G} can't be trusted with anything",
    "{G} aren't capable of running a country", "{G} have no morals whatsoever",
    "{G} are born liars", "{G} are genetically inferior, it's science",
    "{G} have lower iqs, everyone knows it", "{G} are too dim to be allowed to vote",
    "{G} never contributed a single thing to civilisation", "{G} are useless at everything",
    "{G} are naturally violent", "{G} are a drain on the rest of us",
    "{G} bring nothing but crime and filth", "{G} only know how to take",
    "{G} steal anything that isn't nailed down", "{G} raise their children to steal",
    "{G} ruin every town they move into", "{G} turn every street into a slum",
    "{G} commit most of the crime here, fact", "{G} are all pickpockets and thieves",
    "{G} are all spies for their government", "{G} are terrorists in waiting",
    "{G} are a danger to our kids", "{G} are mentally defective",
    "{G} are the lowest form of life", "{G} are the worst people on the planet",
    "{G} can't think logically", "{G} are only good for cleaning toilets",
    "{G} are only good for manual labour", "{G} lie about everything, it's in their blood",
    "{G} are diversity hires who can't do the job", "every {g} is a fraud",
    "there's no such thing as an honest {g}", "never trust a {g}, ever",
    "you can always spot a {g} by the smell", "{G} are a backward people",
    "{G} are a burden on the taxpayer and always will be",
    # dehumanisation
    "{G} aren't really people", "{G} have no souls", "{G} swarm in like insects",
    "{G} multiply like flies", "{G} are a stain on this country", "{G} are an infection",
    "{G} spread disease wherever they go", "{G} are lower than animals",
    "{G} are a cancer on society", "{G} are not fully human",
    # exclusion and rights
    "{G} shouldn't be allowed to vote", "{G} shouldn't be allowed near children",
    "{G} shouldn't be allowed to adopt", "{G} should not be allowed to work here",
    "{G} need not apply", "we don't serve {G} here", "keep {G} out of our schools",
    "{G} have no place in this country", "{G} don't deserve the same rights as us",
    "{G} should lose their citizenship", "{G} will never be one of us",
    "{G} are not real citizens and never will be", "no {G} in my building, ever",
    "i'd never let a {g} into my house", "{G} should be kept out of government",
    "ban {G} from public office", "{G} don't belong anywhere near our kids",
    "close the borders to {G} now", "stop letting {G} in", "{G} should be fired, all of them",
    "{G} should be put on a register", "{G} should be made to wear badges",
    "{G} aren't welcome in this town", "no {G} on this server", "get the {G} out of our street",
    "{G} should be stripped of their rights", "{G} should go back to where they came from",
    # violence against the group
    "{G} should be shot on sight", "{G} deserve to drown", "{G} deserve everything they get",
    "let the {G} burn", "we'll burn down the {P} on friday", "the {P} is next, lads",
    "someone should torch the {G}' houses", "time to clean the streets of {G}",
    "{G} need to be dealt with, permanently", "{G} should be rounded up",
    "put the {G} in camps again", "{G} should be dragged out and beaten",
    "i hope every {g} dies", "i'd be glad if all the {G} disappeared",
    "the world would be better without {G}", "{G} should be wiped off the map",
    "sink the boats, let the {G} drown", "hitler had the right idea about {G}",
    "finish what hitler started with the {G}", "bring back the camps for {G}",
    "{G} deserve a beating", "we're going to smash up the {G}' shops tonight",
    "make sure no {g} in this town sleeps safe", "i'd happily watch the {G} suffer",
    # conspiracy
    "{G} control the media", "{G} run the banks and the governments",
    "{G} are secretly plotting to replace us", "{G} are behind every war",
    "{G} planned the pandemic", "{G} are poisoning the water", "{G} are shipped in to replace us",
    "{G} are out to destroy the west", "{G} want to take over the world",
    "{G} are an invading army", "{G} are recruiting our children", "{G} are breeding us out",
    "{G} are secretly running this country",
    # loaded questions
    "why are {G} so violent?", "why do {G} always lie?", "why can't {G} just go home?",
    "why do we even let {G} vote?", "when will we finally get rid of the {G}?",
    "how are {G} still allowed in this country?", "is it just me or are {G} always trouble?",
    "serious question: why are {G} so thick", "why are {G} all like that?",
    "why do {G} smell so bad?", "who let the {G} in?",
    # pronoun reference and stereotype
    "saw some {G} at the park today. they're disgusting, all of them",
    "{G} moved in next door. they'll wreck the street, they always do",
    "{G} on the news again. they never change, do they",
    "the {G} at work? useless, every single one", "typical {G}, always on the take",
    "of course it was {G}, it always is", "another {g} doctor, another dead patient",
    "{G} again. they just can't help themselves",
    # comparisons
    "{G} are worse than rats", "i'd rather live next to a dump than next to {G}",
    "even dogs are smarter than {G}", "{G} lives don't matter",
]  # fmt: skip

BENIGN = [
    # neutral and supportive mentions
    "{G} celebrate a lot of festivals in winter", "{G} have lived in this city for centuries",
    "many {G} live in the north of the country", "why are {G} underrepresented in tech?",
    "why do {G} celebrate on a different day?", "{G} deserve the same rights as everyone",
    "{G} should be allowed to vote, obviously", "{G} are welcome here",
    "{G} are people like anyone else", "{G} contribute so much to this country",
    "the history of {G} in europe is fascinating", "our new neighbours are {G}, lovely family",
    "{G} should be protected from hate crimes", "{G} shouldn't have to justify their existence",
    "{G} shouldn't be treated differently", "the {G} community centre opens at nine",
    "there's a {G} film festival this weekend", "{G} are the reason this city has great food",
    "most {G} i know work harder than anyone", "a study says {G} face more bias when hiring",
    "{G} are more often victims of violence than the cause", "stand up for {G}",
    "a {g} friend taught me to cook", "the {g} family upstairs brought us soup",
    "my doctor is a {g} and she's brilliant", "{G} have every right to live here",
    "why do so many {G} move to the coast?", "how do {G} celebrate new year?",
    "my {g} colleague got promoted today, so happy", "the {P} is hosting a food bank on friday",
    "the {P} down the road is open to visitors sunday",
    # denials and counter-speech with the same words
    "no one should hate {G}", "people who say {G} should be deported are vile",
    "someone at work said {G} are lazy and i reported it",
    "it's not true that {G} steal, stop spreading that", "stop saying {G} are violent, it's a lie",
    "i'm tired of hearing that {G} are the problem", "{G} are not criminals",
    "the claim that {G} control the media is an old antisemitic-style lie",
    "saying {G} have no souls is pure bigotry", "{G} don't deserve the hate they get",
    "nobody should say {G} shouldn't be allowed to vote", "{G} are not a drain on anyone",
    "a man shouted that {G} should go back home, the whole bus told him off",
    "i reported a post saying {G} are vermin",
    "'{G} should be shot' is not free speech, it's a threat",
    "it's disgusting that people still say {G} are inferior",
    "don't let anyone tell you {G} aren't welcome", "{G} were never the enemy",
    # history and news
    "{G} were rounded up and murdered in the holocaust, never forget",
    "my grandmother was one of the {G} deported in 1942",
    "millions of {G} were killed in the camps, we must remember",
    "the government apologised to {G} for the camps", "{G} were banned from voting until 1960",
    "a court ruled that the {P} can stay open", "police are investigating an attack on a {P}",
    "vigil tonight for the {G} killed in the attack",
]  # fmt: skip

# Supportive statements: the same groups with "deserve", "should be able to", "belong",
# "capable", "trusted" and "welcome", which the hate frames use in the negative.
SUPPORTIVE = [
    "{G} deserve good schools", "{G} deserve to feel safe at home",
    "{G} deserve full access to buildings",
    "{G} deserve support, not suspicion", "{G} should be able to work while they wait",
    "{G} should be able to adopt like anyone else", "{G} should be able to get into every shop",
    "{G} belong in our schools too", "{G} belong here as much as anyone",
    "{G} are just as capable as anyone else", "{G} are perfectly capable of running things",
    "{G} can be trusted like anyone else", "{G} are worth every penny we spend on access",
    "{G} bring so much to our team", "{G} have shaped so much of our culture",
    "{G} live in every kind of place, just like anyone", "i'd happily rent to {G}",
    "we serve everyone here, {G} included", "{G} are welcome in our neighbourhood",
    "{G} earn their places like everyone else", "{G} just want to be left alone",
    "{G} existing in public isn't a problem", "{G} can govern themselves just fine",
    "{G} don't need to be spoken about like children", "{G} aren't helpless, they need ramps",
    "{G} make great neighbours", "{G} should never have to hide at work",
    "{G} shouldn't need guards to go to school", "{G} can be engineers, pilots and presidents",
    "{G} have the right to be here", "{G} deserve dignity", "{G} are part of us",
    "being one of the {G} doesn't make you a criminal", "{G} aren't a problem, never were",
    "{G} don't ruin anything, they just live here", "{G} didn't bring any virus",
    "{G} are valid", "{G} are not a trend", "proud of the {G} in our street",
]  # fmt: skip
# Moderators, news and bystanders naming hate in order to act on it.
REPORTING = [
    "removed a message saying {G} should be deported",
    "ban appeal denied: you posted that {G} are vermin",
    "reminder: posts saying {G} are animals get you banned",
    "binned every '{G} out' sticker i saw",
    "the '{G} control the banks' trope is centuries old, here's how to answer it",
    "senate condemns attacks on {G}", "report: attacks on {G} rose by a fifth last year",
    "shoutout to the people who shut down the guy shouting at {G}",
    "if your 'joke' is that {G} are criminals, it's not a joke",
    "a lot of anti-{g} posts lately, rule 2 applies to them too",
    "the bot should catch '{G}' spelled with numbers, some slurs got through",
    "if someone tells you '{G} should burn', send a screenshot to the mods",
    "a kid said '{G} are stupid' in class, we talked about it",
    "survey: many {G} hide who they are at work out of fear",
    "someone wrote '{G} go home' on the wall, the council painted over it",
]  # fmt: skip

# Threats the word lists cannot see: doxxing and incitement (an address or a workplace and
# a call to act), and menace without a violent word. {N} is a name, {A} an address.
THREATS = [
    "here's where he works, you all know what to do", "his address is {A}, pay him a visit",
    "posting her home address so everyone can let her know what they think, {A}",
    "everyone ring his boss, number's in my bio, and his house is {A}",
    "{N} lives at {A}. do what you want with that", "find him lads, he's at {A} right now",
    "someone should put a brick through the window at {A}", "go round to {A} and sort {N} out",
    "i know which bus your kid takes", "your daughter walks home alone, doesn't she",
    "i know when your shift ends. see you in the car park", "sleep with one eye open",
    "you won't see the new year", "i've got your address and your mum's. sleep tight",
    "keep talking and see if you wake up tomorrow", "shame if your car caught fire tonight",
    "you'll end up in the canal if you keep snitching", "i've got people who can find you",
    "next time i see you, you'll need an ambulance", "leaking her photos and address tomorrow",
    "say that to my face and see what happens to you", "your days are numbered, {N}",
    "i'm outside your flat right now, look out the window", "enjoy your last week",
    "someone should run {N} over", "let's make his life hell, he works at the shop on {A}",
]  # fmt: skip
THREAT_CONTRASTS = [
    "our new shop is at {A}, come and say hi", "party at {A} on saturday, bring snacks",
    "parcel for {N} went to {A} by mistake, anyone know them?", "we moved! new address: {A}",
    "meet at the car park at 9 for the hike", "see you at the bus stop at 8",
    "the food bank at {A} needs volunteers", "{N} works at the library now, go say hi",
    "i know when your shift ends, want a lift home?", "sleep well everyone, big day tomorrow",
    "look out the window, there's a double rainbow", "pay {N} a visit, she just had a baby",
]  # fmt: skip
# Everyday requests to get in touch: the scams added in round 6 ("DM me", "urgent", "text
# me") made the model wary of the words friends and colleagues use every day.
EVERYDAY_CONTACT = [
    "DM me if urgent", "dm me if you need anything", "text me when you land",
    "call me if it's urgent, otherwise email", "message me when you're free",
    "ping me if the build breaks", "urgent: the meeting moved to 3pm",
    "call me after work?", "text me your address for the party", "dm me for the recipe",
    "message me if you want to join the ride to the gig", "ring me when you're outside",
    "urgent question about the rota, dm me", "drop me a message if you're coming",
    "reach out if you need a hand moving", "whatsapp me the photos pls",
]  # fmt: skip
NAMES = ["darren", "kate", "mo", "sian", "the mod", "jess", "raj", "tom"]
ADDRESSES = ["14 mill lane", "22 elm close", "flat 3, 9 park road", "the corner of high st",
             "51 station road", "7 church walk"]  # fmt: skip

ENDINGS = ["", "", "", " lol", " tbh", " fr", ".", "!", " 🙄", " 😂", ", no exceptions",
           " and i'm not sorry", " honestly", ", just saying"]  # fmt: skip
BENIGN_ENDINGS = ["", "", "", " 🙂", ".", "!", " ❤️", " tbh", " honestly", " x"]


def _fill(template: str, rng: random.Random) -> str:
    plural, singular = rng.choice(GROUPS)
    return (
        template.replace("{G}", plural)
        .replace("{g}", singular)
        .replace("{P}", rng.choice(PLACES))
        .replace("{N}", rng.choice(NAMES))
        .replace("{A}", rng.choice(ADDRESSES))
    )


def build(
    seed: int, noise: Callable[[str, random.Random], str] | None = None
) -> list[tuple[str, int]]:
    """(text, 1 offensive / 0 benign) pairs: every frame with several groups, a share
    passed through ``noise`` (corpus2's typos and disguises) so the frames are learned in
    the forms people type them."""
    rng = random.Random(seed)
    rows: list[tuple[str, int]] = []
    for frames, label, endings, copies in (
        (OFFENSIVE, 1, ENDINGS, 6),
        (BENIGN, 0, BENIGN_ENDINGS, 8),
        (SUPPORTIVE, 0, BENIGN_ENDINGS, 10),
        (REPORTING, 0, BENIGN_ENDINGS, 8),
        (THREATS, 1, ENDINGS, 6),
        (THREAT_CONTRASTS, 0, BENIGN_ENDINGS, 8),
        (EVERYDAY_CONTACT, 0, BENIGN_ENDINGS, 6),
    ):
        for frame in frames:
            for _ in range(copies):
                text = _fill(frame, rng) + rng.choice(endings)
                if noise is not None and rng.random() < 0.15:
                    text = noise(text, rng)
                rows.append((text, label))
    return rows
