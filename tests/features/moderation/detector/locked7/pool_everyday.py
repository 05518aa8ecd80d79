"""Hand-written benign everyday statuses and social chatter.

One text per line; a line ending in a backslash continues on the next line.
"""

EVERYDAY = """
dead tired after a double shift, bed by 9 tonight
i could murder a curry right now
absolutely killing it at work this week 💪
on the train, back online in 20
wfh today, ping me if the build breaks
coffee number three and it's only 10am ☕
back from holiday, 400 unread emails, send help
the kids finally asleep, time for a cuppa and some telly
new glasses who dis 🤓
gone fishing, literally, back sunday
dentist at 2, may be slow to reply
currently fighting with ikea instructions and losing
my sourdough starter died again rip bready mcbreadface
marathon training day 43, legs are dead
feeling rough, staying in with soup and netflix
moving house this weekend, if you hear screaming it's the sofa
shattered after the wedding, best day ever though
got the job!!! start in january 🎉
exam tomorrow, wish me luck
on call this week, replies may be slow
laptop died mid-meeting, classic monday
that leg day absolutely destroyed me
brain fried after 6 hours of spreadsheets
this heat is killing me, 38 degrees in adelaide
sunburnt like a lobster after one hour at bondi
raining sideways in galway again, grand so
lekker braai with the fam this arvo
stuck in traffic on the n1, send snacks
power cut again, load shedding stage 4, reading by candlelight
jollof rice on sunday, who's coming
nepa took light again, generator on, life goes on
chai and samosas at the tapri, perfect monsoon evening
traffic in bangalore today was something else, 2 hours for 8 km
timmies run before work, double double obviously
snowed in in winnipeg, -34 with windchill, not leaving the house
loonie is down again, sad for my holiday budget lol
grabbing a flat white, anyone want one?
at the footy with my old man, come on the saints
my cat just knocked my phone into the bath, brb
studying for my driving theory test, the hazard clips are evil
pottering in the garden, tomatoes are finally red
finally fixed the leaky tap, feel like a god
just ran my first 10k!! slow but done
on jury duty this week, can't talk about it
meal prepping for the week, 14 boxes of chicken and rice
reading dune again, it hits different every time
need a haircut so bad, looking like a mop
slept through my alarm, sprinting to the bus
the baby said dada today 🥹
exhausted but happy, moved into the new flat
going offline for a digital detox, back on the 12th
my plants are thriving and i am not
out of office until monday, contact @priya:matrix.org for urgent stuff
this assignment is killing me, 3000 words by friday
cooked a roast for 10 people and nobody died, success
can't believe it's december already
the bins smell like death, it's collection day tomorrow thankfully
fell asleep on the couch again, my neck hates me
first snow of the year ❄️ kids are going wild
at the airport, flight delayed 3 hours, of course
my commute today was brutal, signal failure at clapham
hanging the washing out, watch it rain now
tried hot yoga, nearly died, will go again
payday! treating myself to a takeaway
doctor said i need more sleep, who knew
my knees are shot after that hike in the blue mountains
ran out of milk, had to go full barbarian with dry cereal
finally finished that jigsaw, 1000 pieces of sky
working late again, this release better ship
i've watched this episode 5 times and still cry
the dog ate my sandwich, no regrets from him
grinding through tax returns, kill me now lol
that movie was sick, go see it
going to the gym later, then pizza, balance
my daughter's first day at school today, not crying you're crying
feeling blessed, good people, good food
mondays should be illegal
pints with the lads later, can't wait
morning run by the canal, lovely and crisp out
cooking egusi soup for the first time, pray for me
home from the hospital, all good, just a sprain
back at uni, already behind on readings
anyone know a good plumber in leeds? boiler's packed in
new keyboard arrived, the clack is glorious
on a plane, see you in lisbon
my screen time report was a personal attack
tried to assemble the cot at 2am, we are defeated
holiday mode 🌴 do not disturb
i swear this printer has a personal vendetta against me
the gym was dead this morning, had the whole place to myself
i'm dying laughing at this video
slaying my to-do list today, 12 out of 14 done
that burger was to die for
brb gotta murder this pile of dishes
killing time before my train with a book
my feet are killing me after 20k steps
the new album absolutely slaps
i'm done, stick a fork in me, it's been a week
hammered with work, will reply tomorrow
blasted through the backlog, zero tickets left
sunday roast and a nap, perfect
getting my booster today, sleepy arm incoming
new year new me (same me, new calendar)
our team shipped 2.0 today, so proud of everyone
migrating the homeserver tonight, expect some downtime
if anyone needs me i'm in the garden with a cold one
doing my bit for the local clean-up this saturday
volunteering at the food bank tomorrow
rainy day, candles, tea, knitting. bliss
nap time, do not disturb
watching the ashes with dad, england collapsing as usual
just got my first tattoo, it's tiny and i love it
cleaning out the loft, found my old gameboy 😭
homemade pasta for the first time, it's wonky but tasty
brekkie at the cafe, then beach, then nap
arvo swim at the local pool, freezing but worth it
my mate's wedding in kerala next week, so excited
passed my driving test first time!!!
late night coding session, send coffee
learning spanish, day 120 of my streak
going to bed early for once, night all
my phone battery is at 2% and so am i
headache from hell today, staying offline
can't stop listening to this song on repeat
taking the kids to the zoo, wish me patience
sorting my photos from 2019, so many blurry cats
the kettle is broken, this is a crisis
got a flat tyre on the way to work, what a morning
new blog post on setting up synapse workers
homeserver upgraded to the latest release, all good
can't decide between thai or indian tonight
grandma's 90th birthday today, she's still sharper than all of us
fixing my bike chain with a youtube tutorial, going well so far
oat milk latte and a croissant, treating myself
muddy walk with the dogs, everyone needs a bath now
freezing my butt off at the bus stop
the new neighbours brought cookies, lovely people
back to school shopping, my wallet is crying
seeing the northern lights tonight hopefully
spent all day in bed with the flu
i think the washing machine is possessed
chilling at the beach house this weekend
aced my presentation, nerves gone now
at the hairdresser's, new look loading
this weather is mad, four seasons in one day
my tomatoes got eaten by slugs, war has been declared on the slugs
bombed my driving test, going again next month
nailed the interview i think? fingers crossed
just finished a 12 hour shift in a&e, going to sleep for a week
binge watching bake off, now i want cake
can't find my keys again, third time this week
hosting book club tonight, bought way too much wine
walking the camino next month, breaking in my boots
ordered way too much sushi, no regrets
the wifi in this cafe is dire
sipping rooibos on the stoep, lovely evening
ugh, hay fever season is here
busy busy, talk later
my son just beat me at chess, proud and humiliated
craving a proper full english
back on the bike after the injury, feels good
sunset over the harbour tonight was unreal
rehearsal tonight, the play opens friday
graduation day 🎓 we made it
dying to see the new spiderman
knackered after a long week, weekend can't come soon enough
lovely day for a walk in the phoenix park
the ferry is delayed again, standard
just booked flights to lagos for christmas
first time trying durian, my house smells illegal
got caught in the rain without a brolly, soaked to the bone
doing the school run then straight to work
spring cleaning, found 14 phone chargers
it's pissing down in glasgow, nothing new
bloody hell what a day, glad it's over
first day at the new job, everyone's lovely
missing home today, might ring mum later
made banana bread with the kids, kitchen is destroyed
cycling to work now, my legs hate me
just adopted a rescue greyhound, her name is biscuit
another day another dollar
my fantasy team is a disaster this week
renewed my passport, the photo is a crime scene
fixing the fence after the storm
it's so quiet without the kids, weird
night shift done, off to sleep while the world wakes up
the sunrise on my run this morning was gorgeous
finally got round to hoovering the car, found three fries and a sock
sick day, tea and toast and trashy telly
new haircut, mum says i look like a footballer, not sure it's a compliment
power's back! hot shower at last
started a pottery class, made a bowl that looks like a hat
i'm absolutely starving, is it lunch yet
woke up at 5 for no reason, now i'm a morning person apparently
our street party was a riot, so much food
just dropped my phone in the loo, don't ask
got the keys to our first house today!! 🏡
visiting my gran in the care home, she beat me at cards again
swapping my summer wardrobe for jumpers, autumn is here
homeserver backups running, going to bed
trying to quit sugar, day 2, pray for me
"""

CHATTER = """
lmao you absolute legend, that was hilarious
gg ez, better luck next time boys 😂
we destroyed them 5-0, their keeper had a shocker
you're so bad at this game it's honestly impressive lol
rematch tomorrow, i'm gonna wreck you
my mate just got bodied in the final round, still rating him though
haha @jess:matrix.org you muppet, you left your mic on
oi who nicked the last biscuit
shut up you big softie, you cried at the dog film too
you're a menace 😂 love you
man united fans in shambles tonight, enjoy the wooden spoon lads
arsenal bottling it again, some things never change
liverpool are cooked this season no cap
the refs in this league are blind, i swear
your aim is trash today, did you forget your glasses?
noob team, we got this 😎
we're getting smashed in this raid, regroup at the boss door
bro really went in with no armour 💀
who's up for a game of catan tonight?
how's everyone doing this fine morning
what's everyone having for lunch?
anyone watching the match tonight?
omg did you see the finale?? no spoilers pls
happy birthday you old git, have a good one 🎂
congrats on the new baby!! she's gorgeous
lol you're so dramatic
same tbh
big mood
that's wild haha
fair play to you, great shout
nah mate you're wrong on this one but i respect it
you're killing me with these puns
stop it, i'm crying 😭😂
that's a terrible take and i love you anyway
you cheeky sod
away with ye, you're only messing
go on so, tell us the gossip
howzit bru, long time no see
wena, where have you been hiding?
how far, you don chop?
abeg make una calm down, na just game
arre yaar, what a match, kohli is a genius
chalo, let's meet after work
g'day legends, who's keen for a barbie saturday
she'll be right mate, no stress
sorted, see you at 7
eh, how's it going? cold enough for ya?
sorry, i'm late, traffic was mental
did anyone get the homework for thursday?
lol i just tripped over my own cat
ok who added the duck to the group chat
i'm dead 💀 this meme
can't believe you said that in front of your nan haha
that's proper class that is
you're such a nerd, i love it
your cooking is actually dangerous, never again 😂
you lot are mad
team meeting in 5, bring snacks
we lost but we had fun, good game everyone
pubg tonight? i'll carry you again lol
they absolutely cooked us in ranked, gg
your build is so cursed, how does it even work
ha, rookie mistake, we've all done it
bet you can't beat my high score
stop feeding the enemy team pls 😂
spurs fans today, you ok hun?
chelsea are shite this year and i say that as a fan
up the villa, what a performance
canucks choking again, who could have guessed
the springboks are unreal, what a try
super eagles for the win!!
england cricket team had another meltdown lol
wallabies need a miracle
gaa final next week, up dublin!
you're a liability in goal mate, love ya though
that was a cheeky little nutmeg
we gonna run it back tomorrow?
mate you owe me a pint for that
i'll fight you for the last slice of pizza
you're going down in mario kart tonight
wait till i tell the group you fell in the pond
grab me a coffee while you're up please
anyone seen my charger?
who's bringing the speaker to the beach
dinner's on me tonight lads
can we get a vote on the movie tonight?
oh you're so funny, not
lol behave
i'm wheezing, send that to the group chat
love this server, you're all gems
welcome to the room @noah:envs.net, make yourself at home
good luck at the interview today, you got this
sending hugs to you and the fam
lol my dad just sent a minion meme to the family chat
i'm gonna need the full story later
that's savage haha, well played
who let you cook 💀
brb, mum's calling
you're a genius, that fixed it
same time next week?
don't be a stranger
ha you wish
keep dreaming pal
you've got no chance, we're winning the quiz
we're the best team in the league and it isn't close
trash talk aside, good game, proper close one
bloody hell you're quick, wasn't expecting that
your dog is better at fetch than you are at fifa
ok boomer 😂 (said with love)
you're the worst at charades, bless you
stop being such a grump and come out tonight
tell him he's dreaming
did you just rage quit? lmao
ggwp everyone, see you next raid
who wants to be player two
lets gooo we won the pub quiz 🏆
that's some top-tier banter right there
we'll get them next season
my nan plays better than you, and she's 84
ahaha that's gold
send pics of the puppy pls
you good? haven't heard from you in a while
meet at the usual spot?
who's driving tonight?
loving the new avatar
this group chat is chaos and i love it
sorry for spamming, got excited
that's a W
huge L for my team tonight
not me forgetting my own birthday lol
"""
