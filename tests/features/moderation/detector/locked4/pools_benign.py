"""Ordinary statuses and casual chatter for the fourth locked test set.

Texts written for locked4 by its author (independent of the detector's tuners), in several
English dialects and online-community styles. Never train or tune on them.
"""

from __future__ import annotations

import random

from .gen import expand, lines, style

EVERYDAY = lines("""
afk
brb
zzz
lunch
OOO
wfh today
on call this week, ping me if prod is on fire
deep work mode, notifications off till 4
back monday
at the dentist, back after 11
picking up the kids
gym 💪
sick with flu 🤒 slow replies
parental leave until March, see you all then 👶
moving house this weekend, everything is in boxes
commuting, bad signal
in Lisbon for a conference, replies will be slow
Boxing Day walk with the family
knackered. early night
reading The Left Hand of Darkness
learning Rust, send help
doing my tax return 😩
jury duty all week
exam season, studying
half day, off to the allotment
nursery pick up at 5:30
having a wee lie in
away wi' the fairies today, be patient wi' me
arvo off, heading to the beach
at the footy
fixing the boiler, again
getting my jab at 2
on the tube, will reply later
physio then back online
grandma's 90th today!!! 🎂
power cut at home, on mobile data
volunteering at the food bank this morning
working from the library
Do not disturb - recording a podcast
available for pairing after standup
Timezone: UTC+10 (Brisbane) so I may be asleep
he/him · backend · ask me about the federation bug
she/they | maintainer of the docs
new job starts monday, nervous + excited
just got engaged!! 💍
cat is on my keyboard so typos are hers
training for a half marathon 🏃
Ramadan Mubarak, fasting so slower replies before iftar
Shabbat shalom, offline until Saturday evening
celebrating Diwali with family 🪔
off for Eid, back Thursday
on a train through the Highlands, signal is patchy
flat hunting in Berlin, wish me luck
hospital appointment, back this afternoon
""")

EVERYDAY_TEMPLATES = lines("""
in a meeting till {time}
{activity}, back {back}
{activity} 🙂
out of office until {day}
{place} until {day}, limited access
{mood}. {activity}
travelling to {place} today
working {where} today
{activity} then {activity2}
busy with {activity2}, reply {back}
currently: {activity}
on holiday in {place} ☀️ back {day}
{mood} but {activity}
""")

SLOTS = {
    "time": lines("""
3
half 2
noon
4pm
15:30
10ish
5 UK time
"""),
    "back": lines("""
soon
in 20
after lunch
later
tomorrow
in an hour
after school run
"""),
    "day": lines("""
Monday
the 14th
next week
Tuesday
after the bank holiday
January
"""),
    "place": lines("""
Lisbon
Glasgow
Lagos
Melbourne
Toronto
Cork
Manchester
Kraków
Nairobi
Auckland
the Lake District
Mumbai
"""),
    "where": lines("""
from home
from the office
from a café
from my parents' place
hybrid
"""),
    "mood": lines("""
tired
feeling great
bit under the weather
caffeinated
happy friday
grumpy
chuffed
well rested for once
stoked
"""),
    "activity": lines("""
walking the dog
at the gym
cooking dinner
doing the school run
reviewing PRs
at the doctor's
gardening
painting the spare room
making sourdough
at choir practice
at band rehearsal
batch cooking
ironing
at swimming lessons with the kids
"""),
    "activity2": lines("""
a long nap
the weekly shop
code review
physio
a pub quiz
date night
football training
"""),
}

CHATTER = lines("""
lol
gg
gg ez (jk you played well)
who's up for Valheim tonight?
anyone else watching the match?
omg my cat just knocked my coffee over 😂
damn, that goal!!
you absolute legend
haha you're ridiculous, I love it
touch grass lads
that's well jel, enjoy
cheers mate
nah you're alright
Oh crikey, forgot it was pancake day
bloody hell it's cold out
ffs autocorrect
rip my sleep schedule
who broke the bot again 😅
i'm dead 😂😂
this thread is gold
ngl that's kinda cute
slay queen 💅
bruh
sheesh
ok boomer (said lovingly)
big mood
we're so back
it's so over (my sourdough died)
mate you're a genius
heh nerd 🤓
pog
skill issue tbh 😛
ayy lmao
me: I'll sleep early. also me at 3am:
hot take: pineapple belongs on pizza
fight me: tabs > spaces
who ate my yoghurt from the office fridge?? 👀
wagwan fam
how's it going, all good?
sound, see you at the pub
grand so, talk later
aye, nae bother
g'day legends
arvo drinks anyone?
y'all coming to the meetup?
bless your heart
keen for a brekkie?
cheers for the help earlier, you lot are ace
that meme is peak 😂
not me forgetting my own birthday
chat is this real
who let the dog on the call 🐶
sorry for spamming the room, excited
""")

CHATTER_TEMPLATES = lines("""
{greet} {who}, {question}
{reaction} {who}
{who} {compliment}
{question}
{reaction}, {game_line}
{game_line}
""")

CHATTER_SLOTS = {
    "greet": lines("""
hey
oi
morning
hiya
yo
evening
"""),
    "who": lines("""
all
folks
lads
team
@sam
everyone
y'all
mates
"""),
    "question": lines("""
anyone fancy a game later?
did you see the new release?
what's everyone having for tea?
who's going to FOSDEM?
pizza or curry tonight?
how was the weekend?
is the homeserver down for anyone else?
anyone got a spare ticket?
"""),
    "reaction": lines("""
haha
lmao
nice one
wooo
oh no
yesss
aww
well played
"""),
    "compliment": lines("""
you're a star
that was class
killed it today
smashed it, well done
cooked with that joke
carried the whole raid
"""),
    "game_line": lines("""
just got wrecked by a creeper
one more round then bed
we need a healer for the raid
I keep dying to the same boss lol
finally hit diamond!!
lag killed me again
who's hosting the server tonight
ranked is pain
"""),
}


def everyday(rng: random.Random, n: int) -> list[str]:
    extra = expand(EVERYDAY_TEMPLATES, SLOTS, rng, max(0, n - len(EVERYDAY)))
    return [style(t, rng, typos=True) for t in EVERYDAY + extra][:n]


def chatter(rng: random.Random, n: int) -> list[str]:
    extra = expand(CHATTER_TEMPLATES, CHATTER_SLOTS, rng, max(0, n - len(CHATTER)))
    return [style(t, rng, typos=True) for t in CHATTER + extra][:n]
