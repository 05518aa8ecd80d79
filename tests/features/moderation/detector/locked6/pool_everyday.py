"""Hand-written benign everyday statuses and social chatter for locked6."""

from __future__ import annotations

from .textblock import texts

EVERYDAY = texts("""
dead tired after a double shift, bed is calling
absolutely killing it at work this week, three tickets closed before lunch 💪
bombed my stats exam. oh well, resit in august
it's bucketing down in manchester again, shocker
made a lasagne from scratch and it actually worked
the cat has decided my keyboard is her bed now. send help
back at the gym after 3 months, legs are destroyed
WFH today, ping me on here if anything's on fire
cannot be bothered with monday
got my second jab, arm is dead sore but fine otherwise
running late as usual, sorry @meg:matrix.org
new plant baby 🌱 named her gertrude
anyone else's wifi been shite all day or just mine
loadshedding stage 4 again, cooking by candlelight lol
finally finished the jigsaw, 1000 pieces of pure pain
thats it im never eating a ghost pepper again, my mouth is on fire
on leave till the 14th, will reply when i'm back
my toddler just said "no thank you" to broccoli, very polite rejection
shooting some photos at the harbour this arvo 📷
knackered. long week. pub.
bloody freezing this morning, car windscreen was solid ice
hiking the drakensberg this weekend, wish me luck
just smashed a PB on deadlift 140kg!!
monsoon has officially arrived in mumbai, umbrellas out ☔
spent the whole morning fighting with excel formulas. excel won
finished my first crochet blanket 🧶 it's wonky but it's mine
new week new me (same old me)
the heat in lagos today is not a joke o
can't stop listening to this album, it slaps so hard
exam week. see you all on the other side 📚
my sourdough starter died. RIP bubbles the second
busy busy busy, will catch up soon
cooked jollof for the whole family and not one grain left
off to the dentist, pray for me
puppy finally sleeps through the night 🙌
went for a run at 6am, who even am i
lost my voice screaming at the footy last night
moving day tomorrow, everything is in boxes and i cant find the kettle
happy friday everyone, weekend here we come
killer headache today, staying offline
that thunderstorm last night was insane, power's still out
first day at the new job tomorrow, nervous but excited
my nan's 90th birthday today, she's still sharper than me
just learned to make proper chai, my mum would be proud
sunburnt to a crisp after cricket, should have worn the hat
phone on 2%, if i vanish that's why
coffee number 4. dont talk to me
back from the hospital, all good, just a sprain
the garden is finally blooming 🌼
honestly this heatwave is brutal, 38 degrees in adelaide
dinner party tonight, wish me luck with the pavlova
currently stuck on the M25, send snacks
got the keys to our first flat today!!! 🏡
rewatching the office for the 5th time, no regrets
first snow of the year ❄️ kids are losing their minds
taking a social media break for a bit, look after yourselves
my code finally compiled on the first try, something is very wrong
fixing my bike in the hallway, landlord please dont look
learning spanish on duolingo, the owl is threatening me again lol
feeling a bit under the weather, early night
brb, the bread is out of the oven
braai at my place saturday, bring your own meat
teaching my dad how to use whatsapp, day 3, send strength
my dissertation is due friday and i have written 400 words. fantastic
our tomatoes are finally ripening 🍅
back on night shifts from tomorrow, see you in the dark
i think i've drunk my body weight in tea today
the train was cancelled again, working from the station cafe
it's been raining for 40 days, building an ark
just finished a 12 hour flight, my legs are dead
out walking the dog, she's found every puddle in sydney
deadline crunch, grinding through it
had the best biryani of my life in hyderabad yesterday
my sister passed her driving test!!! so proud 🚗
just signed up for my first half marathon, what have i done
writing cover letters all day, brain is mush
reading on the balcony with a cup of rooibos
fell asleep on the bus and missed my stop, classic
sick as a dog, stayed home with soup and netflix
new job announcement soon 👀
my wee boy lost his first tooth today
i swear this printer is possessed
spent the day at the beach in durban, sunburn level max
got my exam results, passed everything!! crying
happy diwali to all who celebrate 🪔
eid mubarak from our family to yours
chag sameach everyone
happy lunar new year 🧧 year of the snake
feeling blessed this sunday, church then lunch with the fam
just had the worst haircut of my life, wearing a hat for a month
my phone autocorrected "meeting" to "meating" in an email to my boss
the queue at home affairs today was a nightmare
kids are finally asleep. wine time
our team won the pub quiz, first time in 2 years!
my knees are dead after that hike
tried hot yoga. never again. i am a puddle
going to see my gran in enugu this weekend
finished marking 90 essays, my red pen is dead
sunday reset: laundry, meal prep, early night
gonna be offline most of today, doctors appointment
cant believe its already december, where did the year go
traffic in bangalore today was next level
spent 3 hours assembling a wardrobe. its leaning. it's fine
ice cream for dinner because im an adult
just got promoted!!! 🎉 thank you to everyone who helped
my flatmate ate my leftovers again smh
today i learned my cat can open doors
first coffee of the day hits different
new glasses, can finally see the whiteboard
bike ride along the river, perfect weather for once
trying to quit sugar. day 2. i would kill for a biscuit
hayfever is murdering me this week 🤧
my laptop fan sounds like a jet engine
watching the rugby with my dad, he's shouting at the telly again
finished the book, now i need to talk to someone about that ending
long day at the clinic, need a shower and my bed
haircut booked, beard trimmed, feeling fresh
baby's first steps today 😭❤️
can't believe i left my umbrella at home on the one day it pours
storm warning for brisbane tonight, stay safe everyone
i've been up since 4, why am i like this
happy anniversary to my favourite human ❤️
just made it to the airport with 5 minutes to spare
drinking way too much coffee and not enough water
on a train to edinburgh, scenery is gorgeous
doing my taxes. everything hurts
so proud of my students today, they smashed their presentations
my mum sent me a voice note that was 7 minutes long
broke my toe on the coffee table, again
saturday morning football with the kids, muddy but fun
fresh bread from the bakery is the best thing in the world
the aircon at work is set to arctic again
new recipe: peri peri chicken with yellow rice, came out great
allotment is overrun with courgettes, anyone want some
im so full i could pop
back to uni tomorrow 😩
our dog had puppies!!! 6 of them
watching the sunrise from table mountain, worth the climb
spilled coffee on my white shirt 5 mins before the interview
the new season of my show drops tonight, do not disturb
friday feeling 🎶
my bus driver wished everyone a good weekend, made my day
planted 20 tulip bulbs today
going to my first concert in years tonight
cleaned the whole flat, feeling like a new person
accidentally replied all. want to disappear
visiting the in-laws this weekend, pray for me lol
power back on after 6 hours, thank you eskom i guess
the kettle broke. dark times
kid has chickenpox, we're housebound for a week
my code review got 47 comments. fun
made pani puri at home, total mess but delicious
goodnight from a very sleepy me
sunday lie in, bliss
new tattoo healing nicely
gonna crash early, big day tomorrow
today's the day, graduation! 🎓
my neighbours' rooster starts at 4am every day without fail
mad busy at the shop today, christmas rush started early
just got back from the food market, bought too many cheeses
ran my first 10k without stopping!!
laptop died mid-presentation, classic tuesday
taking mum to her chemo today, keep her in your thoughts
my son scored his first goal today, whole family went wild
bushfire smoke is bad today, windows shut
first day of retirement. what do people do all day
the bakery ran out of pies. devastated
pulled an all nighter for this report, finally submitted
working on my garden shed, it's almost a building now
the match was a bloodbath but we won 3-2
my brain is fried after that meeting marathon
gonna murder this plate of ribs
my phone screen is shattered but it still works so
this weather is absolutely mental, sun then hail then sun
dentist said no cavities!! treat time
new blog post up about my trip to kerala
stuck at home with a cold, bingeing documentaries
cant wait for the long weekend
my grandma's recipe for egusi soup, finally nailed it
happy pride to all my friends 🏳️‍🌈
this chilli is lethal, my eyes are watering
cycling to work now, my thighs hate me
tea, toast and a good book. perfect morning
exhausted but happy after the wedding
killing time at the airport, flight delayed 3 hours
the dog ate a whole sock and is totally fine. vet bill not so fine
office closed for the holidays, see you in january
i'm shattered, going to bed at 8 like a nan
first braai of summer!!
finally fixed the leaky tap, i am a plumbing god
my plants are thriving and i have no idea why
this rain is biblical
got a parking ticket, lovely start to the day
my hands are dead from scrubbing the oven, never again
we got 12cm of rain overnight in townsville, the yard is a lake
first pay cheque from the new job, treating myself to a proper steak
nursing a monster cold and a mug of honey lemon, day 3
the toddler discovered the word "why" and will not stop
power nap then back to the grind
choir practice tonight, we're learning a zulu hymn and it's gorgeous
spent my whole lunch break queueing at the post office, fml
the fog this morning was so thick i couldn't see the end of my road
so today the boiler packed in, the cat threw up on the new rug and my train got cancelled \
twice, but honestly the sunset on the walk home made up for all of it ☀️
update on the allotment: the courgettes have gone feral, the beans are thriving, the slugs ate \
every single lettuce and my neighbour keeps giving me unsolicited compost advice. living the dream
""")

CHATTER = texts("""
morning all! hope everyone slept better than me
lol @kev:matrix.org you absolute legend, that meme is gold
anyone up for some valorant later?
gg ez, your team got absolutely smoked 😂
hahaha no way, did that actually happen
miss you guys, we need a catch up soon
welcome to the room @aisha:tchncs.de 👋
who's watching the derby tonight? city are gonna get battered
yo what's good fam
night all, speak tomorrow
bro you're so bad at this game it's actually impressive lmao
ur bowling was trash today ngl but we still won 🏏
anyone know a good plumber in leeds?
heyyy how was the holiday?
you lot are the best, thanks for the birthday wishes 🥳
ok who ate the last samosa, confess
spurs fans in shambles again 😂 sorry not sorry
rangers fans cope thread ⬇️
shall we do pizza friday again?
lmaooo stop i'm crying
hi everyone, new here, be gentle
first time posting, love this community
good luck with the interview @tomi:matrix.org, you've got this
any recs for a good sci fi book?
stop it you're making me blush
i owe you a pint for that one
who's coming to the meetup on saturday?
you guys are chaos and i love it
happy birthday you old git 🎂
this chat has gone feral today
you're such a nerd lol, love it
imagine losing to a team of bots 💀 absolutely cooked
we're gonna destroy you in the final, prepare your tears
nah mate the ref was blind, that was never a penalty
it's giving main character energy
can someone explain the lore of this room to me
dropping off the kids then i'm free for a call
sup nerds
keep it up, proud of you!
how's everyone's week going?
omg you look amazing in that pic
bruh moment
anyone else watching the cricket? what a catch!
ey, who's bringing the boerewors
see you lot on the other side of exams
rise and grind team ☕
the group chat is dead, someone say something
lol we got wrecked in ranked, 0-13
sending hugs to everyone having a rough week 🤗
idk what i expected but it wasn't that
ok boomer 😂 (affectionate)
how far? long time no see
na wa o, this chat is too sweet today
thanks for having me on the stream last night, had a blast
kai you people sha, always making me laugh
bet. see you at 7
proud of this team, massive effort tonight
anyone fancy a bike ride sunday?
good morning from sunny cape town ☀️
lol my mum just joined matrix, be nice to her
you're welcome! happy to help anytime
congratulations on the baby!! 🍼
your cooking pics always make me hungry
omg same
hahaha classic dave
we ride at dawn
the chat when someone mentions pineapple on pizza 🍍👀
aww that's so sweet
ahh i'm so jealous, enjoy bali!
shut up you absolute clown 😂 (i love you)
can't believe you beat me at chess again, rematch tomorrow
i'm calling hacks, nobody is that good 😤
arsenal bottling it again, as is tradition
mate your fantasy team is a disaster
the aussies are gonna smash england in the ashes, mark my words
kiwi banter incoming, brace yourselves
yesss we're through to the final!!!
is it just me or is the new update kinda mid
hot take: the sequel was better
pls stop posting food at midnight i'm starving
we need a room for dog pics, who's with me
@josh:envs.net good game earlier, you carried hard
lol i died laughing at that clip
hey hey hey
so who's hosting christmas this year
thank you all for the kind words about my dad ❤️
we miss you in the office!
how's the new flat?
brilliant stream, see you thursday
wagwan people
whatsup my people
i'm dying 😂😂😂
low key obsessed with this room
just popping in to say hi
you lot are terrible influences, i love it
ugh fine i'll join the raid
noob team lmao we're getting farmed
ur aim is actually tragic bro 😂
the banter in here is elite
sleep well everyone, sweet dreams
tag yourself, i'm the one who forgot the ice
let's gooooo 🔥
tell me you're a millennial without telling me
enjoy the concert! take pics!
we love to see it
haha touché
cheers for the recommendation, the show is brilliant
haven't laughed this hard in ages
lol touch grass bro (me too tbh)
no worries at all, take your time
see you in the next match, rematch is ON
yall are so wholesome today
that's a W
pog champ
happy new year from aus, we're already in 2027 🎆
kickoff in 10, who's in the voice channel?
good game everyone, well played
i'll bring the chips
ooh tell me more
send the recipe pls
omw now
ayy welcome back @dani:matrix.org, we missed your chaos
lol imagine thinking liverpool will finish above us this year, delusional 😂
who's up for a round of among us tonight? i'll host
ok but who invited the guy who plays music off his phone speaker 😂
love you lot, genuinely the best corner of the internet
bro your kit is so ugly it should be illegal, still gonna beat you though
gm gm, what's everyone having for breakfast?
congrats on the engagement you two!! 💍🥂
thank u for the voice note, made my day
your team's defending was comedy gold mate, absolute circus
ahaha he said it with his full chest
yoh this chat is wild today
ok so for the meetup on saturday: we're meeting outside the station at 11, grabbing brunch at \
the usual place, then heading to the park if the weather holds. bring a jacket just in case
""")
