"""Personal abuse for the fourth locked test set: insults, vulgarity, threats.

Texts written for locked4 by its author (independent of the detector's tuners). Offensive
by design, as moderation test data. Never train or tune on them.
"""

from __future__ import annotations

import random

from .gen import expand, lines, style

HANDLES = lines("""
@dave:matrix.org
@kez
@mike_b
@sarah.j:tchncs.de
@tom
@priya
@jonno:envs.net
@lena
@bazza
@chris:kde.org
""")

INSULT_ADJ = lines("""
pathetic
worthless
brainless
spineless
useless
ugly
greasy
smug
gormless
dim
vile
sad little
two-faced
braindead
snivelling
clueless
stinking
""")

INSULT_NOUN = lines("""
idiot
moron
loser
cretin
halfwit
clown
muppet
numpty
git
waste of space
prat
dunce
imbecile
parasite
bellend
tosser
slug
nobody
""")

INSULT_TEMPLATES = lines("""
you're a {adj} {noun}
you are the most {adj} {noun} on this server
what a {adj} {noun} you are
shut up you {adj} {noun}
nobody likes you, you {adj} {noun}
{handle} is a {adj} {noun}
{handle} you {adj} {noun}, log off
go cry to your mum, {noun}
honestly {handle} is the biggest {noun} I've ever met
your face could curdle milk, {adj} {noun}
you have the brains of a wet sock
you're too thick to breathe without instructions
every time you open your mouth the room gets dumber, {noun}
imagine being as {adj} as {handle}
{handle}, you {noun}. no one asked
ugh {handle} again. {adj} {noun}
you smell like a bin and act like one too
your mum must be so ashamed of you, {noun}
you're a disgrace of a human being
get lost you {adj} {noun}
absolute {noun}. {adj} too
Dear {handle}: you are a {adj} {noun}. Sincerely, everyone
you're not funny, you're just a {adj} {noun}
{handle} has the personality of a damp sponge
you're genuinely the dumbest {noun} alive
""")

VULGAR = lines("""
fuck this shit
shit shit SHIT
what the actual fuck
fucking hell
bollocks to all of it
fuck my life
holy shit balls
eat shit
suck my dick
kiss my arse
piss off
fuck off and die
cunt of a day
shitting hell
fuckity fuck fuck
tits out for the lads
send nudes
wanna see my cock?
sit on my face
horny af, dm me
my dick is bigger than yours
bullshit
motherfucker
cocksucker
shitfaced again lmao
wank wank wank
arsehole
twat
dickhead
shove it up your arse
""")

VULGAR_TEMPLATES = lines("""
{situation}, {expl}
{expl}. {situation}
{expl} {situation}
{situation} {expl}!!
""")

VULGAR_EXPL = lines("""
fuck this
fucking hell
shit
bollocks
what the fuck
fuck me
christ on a bike, fuck
shitballs
for fuck's sake
absolute shitshow
fucking fuckity
""")

VULGAR_SITUATION = lines("""
train cancelled again
the build is broken
spilled coffee on my keyboard
mondays
the wifi died
stubbed my toe
lost my keys
3am and still debugging
landlord raised the rent
missed the bus
""")

THREAT_TEMPLATES = lines("""
I will find you and break your legs, {handle}
i know where you live {handle}
watch your back, you're dead
I'm going to stab you {when}
keep talking and I'll smash your face in
you'll be in a body bag {when}
{handle} I'm going to kill you
one more word and I'll beat you senseless
I'll burn your house down with you in it
you won't see me coming {when}
I'm going to put you in hospital, {handle}
I will hunt you down and hurt you
sleep with one eye open {handle}
we're coming for you {when}. bring a helmet
I'll slit your throat if you ban me again
say that again and I'll break every bone in your body
{handle}, you're a dead man {when}
I will make you bleed
my mates will be waiting outside your flat {when}
I'm going to shoot you {when}, I have your address
meet me outside and I'll knock your teeth out
try that again and I'll strangle you
I'll run you over next time I see you
your kids aren't safe, {handle}
I'll drown you in the canal {when}
""")

THREAT_WHEN = lines("""
tonight
tomorrow
next time I see you
on friday
before the weekend
soon
after work
when you least expect it
""")


def insults(rng: random.Random, n: int) -> list[str]:
    slots = {"adj": INSULT_ADJ, "noun": INSULT_NOUN, "handle": HANDLES}
    return [style(t, rng) for t in expand(INSULT_TEMPLATES, slots, rng, n)]


def vulgar(rng: random.Random, n: int) -> list[str]:
    slots = {"expl": VULGAR_EXPL, "situation": VULGAR_SITUATION}
    extra = expand(VULGAR_TEMPLATES, slots, rng, max(0, n - len(VULGAR)))
    return [style(t, rng) for t in VULGAR + extra][:n]


def threats(rng: random.Random, n: int) -> list[str]:
    slots = {"handle": HANDLES, "when": THREAT_WHEN}
    return [style(t, rng) for t in expand(THREAT_TEMPLATES, slots, rng, n)]


ABUSE_KEYS = [*INSULT_NOUN, "kill", "stab", "smash", "dead", "fuck", "shit", "cunt", "dick"]
