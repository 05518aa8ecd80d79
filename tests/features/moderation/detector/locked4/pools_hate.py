"""Hate against protected groups for the fourth locked test set, with and without slurs.

Texts written for locked4 by its author (independent of the detector's tuners). The slurs
and statements are hateful by design, as moderation test data. Never train or tune on them.
"""

from __future__ import annotations

import random

from .gen import expand, lines, style

# Singular|plural slur pairs over race, ethnicity, religion, nationality, sexual orientation,
# gender identity and disability.
SLUR_PAIRS = [
    tuple(pair.split("|"))
    for pair in lines("""
nigger|niggers
kike|kikes
spic|spics
chink|chinks
gook|gooks
wetback|wetbacks
beaner|beaners
paki|pakis
raghead|ragheads
towelhead|towelheads
faggot|faggots
fag|fags
dyke|dykes
tranny|trannies
retard|retards
spastic|spastics
spaz|spazzes
mong|mongs
gyppo|gyppos
pikey|pikeys
coon|coons
jigaboo|jigaboos
zipperhead|zipperheads
wop|wops
polack|polacks
wog|wogs
yid|yids
shemale|shemales
sandnigger|sandniggers
camel jockey|camel jockeys
""")
]
SLURS = [p[0] for p in SLUR_PAIRS]
SLURS_PL = [p[1] for p in SLUR_PAIRS]

SLUR_TEMPLATES = lines("""
{pl} should go back to their own country
I hate {pl}
no {pl} allowed in this room
get out of here you {s}
typical {s}
{pl} ruin everything they touch
this server is full of {pl} now
don't let the {pl} in
shut up {s}
filthy {pl}
my new neighbour is a dirty {s}
{pl} are a plague
gas the {pl}
kick the {pl} out of #general
of course the mod is a {s}
why do {pl} always smell
{handle} is a {s} lol
lol look at this {s}
{pl} don't deserve rights
never trust a {s}
only {pl} use Element
{pl} everywhere, this country is finished
you play like a {s}
stupid {s} can't even read
hang all the {pl}
""")

GROUPS = lines("""
Muslims
Jews
Christians
Hindus
Sikhs
Black people
Asians
Mexicans
immigrants
refugees
Roma
gay people
lesbians
trans people
bisexuals
disabled people
autistic people
Polish people
Nigerians
Arabs
Chinese people
Indians
Africans
deaf people
wheelchair users
trans women
Pakistanis
Romanians
""")

NOSLUR_TEMPLATES = lines("""
{g} are vermin
{g} are like rats, they just breed and breed
{g} should be deported, all of them
{g} should not be allowed to vote
{g} don't belong in this country
we need to get rid of all the {g}
{g} are subhuman
never hire {g}, they're lazy and dishonest
{g} are a disease on society
i can't stand {g}, they're disgusting
{g} shouldn't be allowed near children
ban all {g} from this server
{g} are animals
the world would be better without {g}
{g} are parasites living off our taxes
keep {g} out of our neighbourhood
{g} aren't real people
{g} are a cancer
every single one of {g} is a criminal
{g} should be locked up, just for existing
{g} need to be wiped out
round up the {g} and ship them off
{g} are genetically inferior
honestly {g} are filth
{g} should be sterilised
I wouldn't let {g} in my shop
{g} are the reason everything is falling apart
you can't trust {g}, it's in their blood
{g} are a mistake of nature
{g} deserve everything that happens to them
burn down the {place} and the {g} with it
{g} = cockroaches
no {g} in this channel, ever
{g} are born liars
if you see {g} in your street, run them out
I'd rather die than live next to {g}
{g} should be kept in camps
{g} are too stupid to be in charge of anything
{g}? disgusting creatures
{g} are an invasion and we need to fight back
""")

PLACES = lines("""
mosque
synagogue
temple
gurdwara
church
community centre
pride bar
shelter
""")

HANDLES = lines("""
@rob
@nina:matrix.org
@j_k
@farah
@olu
@mei
""")


def hate_slur(rng: random.Random, n: int) -> list[str]:
    slots = {"s": SLURS, "pl": SLURS_PL, "handle": HANDLES}
    return [style(t, rng) for t in expand(SLUR_TEMPLATES, slots, rng, n)]


def hate_noslur(rng: random.Random, n: int) -> list[str]:
    slots = {"g": GROUPS, "place": PLACES}
    out = []
    for text in expand(NOSLUR_TEMPLATES, slots, rng, n):
        text = text[0].upper() + text[1:] if rng.random() < 0.5 else text
        out.append(style(text, rng))
    return out


HATE_KEYS = [s for pair in SLUR_PAIRS for s in pair] + lines("""
vermin
rats
subhuman
deport
parasite
disease
cancer
cockroach
animals
filth
sterilis
wiped
inferior
invasion
camps
disgusting
Muslim
Jews
immigrant
refugee
trans
gay
disabled
""")
