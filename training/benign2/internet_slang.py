"""Internet slang and memes used jokingly, mostly at oneself."""

from __future__ import annotations

_TEXT = """
lost the pub quiz on the last question. cope, seethe, mald (me, I'm the one malding)
I need to touch grass. it has been 9 days since I went outside
ratio'd myself by posting my own bad take twice
missed the bus by 3 seconds, skill issue honestly
this outfit? it's giving librarian who solves murders
no thoughts head empty, just vibes and a croissant
main character energy walking to Tesco in the rain with headphones in
she ate and left no crumbs 💅
it's giving autumn, it's giving cinnamon, it's giving cosy
lowkey obsessed with this new album, highkey playing it on repeat
tell me you're British without telling me you're British: I apologised to a chair
not me crying at a dog food advert at 1am
me when the meal is mid: 😐
understood the assignment. the assignment was nap
delulu is the solulu
pov: you said "you too" when the waiter said enjoy your meal
bestie woke up and chose violence (she reorganised the spice rack)
this is my roman empire, I think about that one penalty daily
the audacity of my alarm going off on a Saturday
rent free in my head: that one tweet from 2014
ok boomer, said my 9 year old nephew to me, a 27 year old
caught in 4k eating cereal out of the box
I'm the NPC in my own life
my toxic trait is thinking I can finish a series in one night
sending this to the group chat immediately 😭😭
no because why is this so accurate
slay, queen, absolutely slay 👑
tea. spill it. now.
rizz level: negative. asked my crush if she liked bread
unalive-ing my to-do list one task at a time
that's lowkey fire ngl
this slaps, no cap 🧢
sus behaviour from my cat tonight, she's plotting
ong this is the best burger in town
bro is NOT the main character (bro is me)
touch grass update: touched grass, grass was wet, back inside
skill issue but I'm the one with the skill issue
L + ratio + I forgot my own password
W rizz, he got her number at the bus stop
big W today, got the last bag of crisps at the meal deal
taking the L on this one, my bad chat
just got hit with the "we need to talk" in the work slack. it was about biscuits
lmaooo I'm deceased 💀
this ain't it chief
outsmarted again by the cat who learned to open the treat drawer
based take, I agree fully
Gen Z me: this meeting is so cheugy. Millennial me: what's cheugy
I'm in my flop era and I'm thriving
In my villain era (I said no to overtime)
Soft launch: my coffee cup and one mysterious second coffee cup
Hard launch coming soon 👀
vibe check passed ✅
feral girl summer starts now
it's the way he said "trust me" before getting us lost 😭
He's so real for that
living my best life, aka doing nothing
chat, is this real?
gaslight gatekeep girlboss (but just about the last cookie)
I'm just a girl 🎀 who forgot her keys again
Hear me out: pineapple on pizza is good
stan culture is wild but I stan this bakery
rip bozo (talking about my old phone, it died)
the vibes are immaculate today
me: I'll go to bed early. also me at 3am: watching videos of bridges being built
plot twist: I actually did my homework
send tweet
I've been doomscrolling for 3 hours, please take my phone
this is fine dog meme but make it my inbox
average Monday enjoyer vs average Friday fan
Nobody: Me: *buys another plant*
It's a whole mood
living rent free in my brain: the lyrics to a 2008 ringtone
Not the sun coming out the second I booked a holiday to Spain
certified lover boy of beans on toast
absolute unit of a cat, look at him
wholesome content only on this timeline
that's so fetch. stop trying to make fetch happen
ngl I'm kinda proud of myself today
mood: chronically online, slightly caffeinated
touch grass? I AM the grass. I haven't moved from the garden
Mald about it, I'm the one who missed the train
Cope harder, said the mirror to me this morning
this is peak, no notes
I'm so unserious, I laughed during a serious meeting
gm gm, coffee and vibes
It's giving main character, it's giving low battery
sheesh, what a goal 🔥
bruh moment: walked into a glass door at the gym
the math ain't mathing on my bank balance
caught lacking in pyjamas at the door by the postie
me and who? 🙋‍♀️
y'all I'm so tired, good night
iykyk 👀
stay hydrated besties 💧
we go again tomorrow, no stress
bussin bussin, this kebab
my sleep schedule is giving jet lag and I haven't left the country
the Wi-Fi is giving 2004
as per usual I'm chronically late 🐢
hit the griddy after finishing my tax return, nobody saw, still counts
it's not a phase mum, it's a lifestyle (the phase is crochet)
"""

LINES: list[str] = [line.strip() for line in _TEXT.splitlines() if line.strip()]
