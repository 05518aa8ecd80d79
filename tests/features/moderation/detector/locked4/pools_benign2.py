"""Hard benign statuses for the fourth locked test set: counter-speech, negated hate,
reclaimed terms and homonyms, hostility to non-protected targets, legitimate commerce.

Texts written for locked4 by its author (independent of the detector's tuners). Never
train or tune on them.
"""

from __future__ import annotations

import random

from .gen import expand, lines, style
from .pools_hate import GROUPS, SLURS, SLURS_PL

COUNTER_TEMPLATES = lines("""
someone called me a {s} today, reported
got called a "{s}" on the bus. not okay.
mods: {handle} keeps saying "{g} are vermin" in #general, please deal with it
stop saying {g} are {bad}. it's hate speech
reported a user for posting "{pl} should go back"
if you call people "{s}" here you will be banned, full stop
heartbroken that my kid was called a {s} at school
"{g} should be deported" is not an opinion, it's bigotry
screenshotted and reported the account calling {g} {bad}
calling someone a {s} is never banter
to whoever DMed me "{s}": blocked and reported
saying {g} are {bad} makes you the problem
reminder: slurs like "{s}" get an instant ban in this room
my grandad was called a {s} his whole life. we don't tolerate it here
people who call {g} {bad} should be ashamed
""")

BAD = lines("""
vermin
animals
subhuman
parasites
a disease
rats
""")

NEGATED_TEMPLATES = lines("""
no religion deserves hatred
I will never say {g} are {bad}
{g} are not {bad}, they're our neighbours
{g} don't deserve any of the hate they get
it's never okay to say {g} should be deported
I don't hate {g}, I hate ignorance
nobody should be treated badly for being one of the {g}
{g} are not a threat to anyone
there's nothing wrong with {g}
{g} aren't {bad} and never were
I'd never want {g} kicked out of this server
no one should tell {g} they don't belong
{g} are welcome here, always
it is not true that {g} are {bad}
""")

RECLAIMED = lines("""
proud dyke, ask me about the dyke march 🏳️‍🌈
queer and here
queer coder, she/her
bent as a nine bob note and happy about it
old fag break, back in 5
bundle of faggots for the fire, grandad's way
faggots and peas for tea, proper northern
Dick Van Dyke marathon tonight
walking the dyke path in Zeeland 🇳🇱
cycling along the dyke near Leiden
spic and span house for once
Coon cheese sandwich for lunch (old brand name, I know)
watching a raccoon raid our bins
Kike Sánchez scored again!!
flame retardant gloves arrived
retard the ignition timing a couple of degrees
found a chink in the fence, fixing it
chink in the armour of my argument lol
Scunthorpe away day, up the Iron
homo milk is the only milk, Canadian things
my tranny's playing up again, Aussie ute problems
Yids on tour, come on Spurs
Niggardly? only with the biscuits
crip squad, disabled and proud ♿
autistic and proud
we're here, we're queer, we're off to brunch
trans and thriving
fat, queer and fabulous
as a deaf person: captions please
Pakistani and proud, happy Independence Day
gay as in happy and gay as in gay
mad cripple energy today, wheelchair got serviced
my dyke friends run the best pub quiz in town
nigga that's my cousin, he's family (said by my cousin)
I'm a big old homo and I love Eurovision
tranny is a slur unless you're talking gearboxes
Black and proud
Jewish mother energy: have you eaten?
bi and tired
""")

RECLAIMED_TEMPLATES = lines("""
{ident} and {proud}
proud {ident} {emoji}
{ident} here, {proud}
as a {ident} I {do}
""")

RECLAIMED_SLOTS = {
    "ident": lines("""
queer
dyke
bi
trans woman
gay man
disabled
autistic
Muslim
Jewish
Sikh
Black British
deaf
"""),
    "proud": lines("""
proud
thriving
loud about it
not sorry
loving it
"""),
    "emoji": lines("""
🏳️‍🌈
🏳️‍⚧️
✊🏾
♿
✨
"""),
    "do": lines("""
approve of this message
run the community allotment
love this server
demand more snacks at meetups
"""),
}

NONPROTECTED_TEMPLATES = lines("""
I hate {thing}
{thing} is absolute garbage
{thing} can die in a fire
I want to throw {thing} out of the window
death to {thing}
{thing} should be banned forever
{team} are useless this season
{team} deserve to be relegated
{thing}: the worst invention ever
ugh, {thing}. kill it with fire
I will destroy {thing} with my bare hands
{thing} is the enemy
{thing} is pure evil
""")

THINGS = lines("""
Mondays
this printer
Windows updates
JavaScript
the rain
my alarm clock
pineapple on pizza
daylight saving time
Jira
the M25
Northern Rail
this heat
wasps
Comic Sans
tabs
the dentist drill
leaf blowers
Teams notifications
autocorrect
""")

TEAMS = lines("""
Arsenal
the Leafs
Spurs
United
the Cowboys
my fantasy team
""")

COMMERCE_TEMPLATES = lines("""
Grand opening this Saturday at {shop} on {street}, 20% off everything
{shop}: summer sale, {pct} off all {goods} until Sunday
We're hiring a {job} ({terms}). Apply via our careers page
For help with your order, email support@{domain} or call 0161 496 0{n} (Mon-Fri 9-5)
{shop} is now open late on Thursdays
new stock of {goods} just landed at {shop}
Black Friday at {shop}: {pct} off {goods}, in store and online
{shop} will be closed for the bank holiday, back Tuesday
Job: {job}, {terms}, salary on application. details at {domain}/jobs
our {goods} are back in stock, thanks for your patience
craft fair this weekend at {street}, come say hi to {shop}
""")

COMMERCE_SLOTS = {
    "shop": lines("""
Mill Lane Bakery
Green Thumb Plants
The Book Nook
Byte Repair Café
Rosie's Bikes
Kettle & Crumb
"""),
    "street": lines("""
Mill Lane
High Street
Queen St
Harbour Road
"""),
    "pct": lines("""
10%
15%
20%
30%
"""),
    "goods": lines("""
loaves
houseplants
second-hand books
refurbished laptops
bike lights
teas
"""),
    "job": lines("""
junior backend developer
part-time barista
bike mechanic
store manager
"""),
    "terms": lines("""
Python, hybrid, Leeds
weekends, local candidates
full time, 37.5h
remote, UK hours
"""),
    "domain": lines("""
millbakery.co.uk
greenthumb.ie
booknook.shop
rosiesbikes.com
"""),
    "n": [str(i) for i in range(100, 999, 37)],
}


def counter(rng: random.Random, n: int) -> list[str]:
    slots = {
        "s": SLURS,
        "pl": SLURS_PL,
        "g": GROUPS,
        "bad": BAD,
        "handle": ["@gaz", "@troll99", "a user", "someone", "@newacct:example.org"],
    }
    return [style(t, rng) for t in expand(COUNTER_TEMPLATES, slots, rng, n)]


def negated(rng: random.Random, n: int) -> list[str]:
    slots = {"g": GROUPS, "bad": BAD}
    return [style(t, rng) for t in expand(NEGATED_TEMPLATES, slots, rng, n)]


def reclaimed(rng: random.Random, n: int) -> list[str]:
    extra = expand(RECLAIMED_TEMPLATES, RECLAIMED_SLOTS, rng, max(0, n - len(RECLAIMED)))
    return [style(t, rng) for t in RECLAIMED + extra][:n]


def nonprotected(rng: random.Random, n: int) -> list[str]:
    slots = {"thing": THINGS, "team": TEAMS}
    return [style(t, rng, typos=True) for t in expand(NONPROTECTED_TEMPLATES, slots, rng, n)]


def commerce(rng: random.Random, n: int) -> list[str]:
    return [style(t, rng) for t in expand(COMMERCE_TEMPLATES, COMMERCE_SLOTS, rng, n)]
