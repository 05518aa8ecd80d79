# ruff: noqa: E501
"""Benign chatter, part B: hyperbole, memes, venting with swearing aimed at situations.

One text per line. Hand-written for valset3; see make_valset3.py.
"""

_HYPERBOLE = """
my boss is going to murder me when he sees this spreadsheet
I'm going to kill this exam tomorrow, revised for 9 hours straight
if my mum finds out i dented the car i'm a dead man
this chilli just killed me, tell my family i loved them
i could strangle whoever invented group projects
would genuinely die for a bacon roll right now
my feet are dead, 24k steps at the festival
that set was so good it murdered me, i'm a ghost now, i live in the speakers
this heat is actively trying to finish me off, 34 degrees in a flat with no fan
so hungry i could eat a horse and then the jockey
i'm dying 😭😭 the dog wore sunglasses to the vet
my phone battery is on life support and so am i
she's gonna kill me for being late again, third time this week
if i see one more pumpkin spice advert i'm going to explode
honestly that presentation slayed, we ate and left no crumbs
the new manager is going to butcher the rota, i can feel it
that comedian absolutely killed tonight, my ribs still hurt
my legs are going to fall off after leg day
i'm about to destroy this entire pizza, stand back
this deadline is going to be the death of me
one more zoom call and i'm walking into the sea
my credit card statement just assassinated me
if he plays that song again i'll throw the speaker out the window 😂
gonna smash this interview tomorrow, wish me luck
my toddler's tantrum could level a small city
this cold is killing me slowly, day 5 of tissues
landlord's gonna have my head when he sees the wall i painted orange
i've been murdered by today's wordle, 6/6 and the word was knoll
my mum will actually end me if i miss gran's 90th
those heels destroyed my feet, never again
so embarrassed i could dig a hole and live in it forever
the spice level at that curry house should be illegal
my bank account after black friday: deceased
the m25 is where hope goes to die
i'm going to hunt down whoever took the last oat milk and give them a very stern talking-to
my teacher's gonna skin me alive, left my coursework on the bus
this exam is going to eat me alive
dad's bbq is going to blow up the street one day, he uses half a bottle of lighter fluid
you'll be the death of me, kid (she says, as the four year old flushes my keys)
i'm literally going to scream if the printer jams one more time
if i hear "per my last email" again i'm faking my own death and moving to portugal
my brain has left the building, see you monday
that cheesecake should come with a health warning, ate three slices
my cat is plotting my murder, she sat on my face at 5am
the maths teacher is going to obliterate us with this test
my mother-in-law is going to have a heart attack when she sees the tattoo
the group chat is on fire today 🔥🔥
this playlist slaps so hard the neighbours filed a complaint (they didn't, but spiritually they did)
killing time at the airport with 3 coffees and a sad croissant
we're going to slay the talent show, rehearsal at 7
my ex is gonna die of jealousy when she sees this haircut lol
"""

_MEMES = """
me: i'll go to bed early. also me at 3am: researching how long octopuses live
nobody: absolutely nobody: my dog at 6am: 🗣️🗣️
it's giving main character energy
this is fine 🔥🐶☕
POV: you said "you too" when the waiter said enjoy your meal
not me crying over a sandwich advert
tell me you're british without telling me you're british: i said sorry to a lamppost
ok boomer
the audacity. the nerve. the gall.
sir, this is a wendy's
ratio + L + you fell off + touch grass
skill issue tbh
cope, seethe, mald
bro thinks he's him 💀
chat is this real
no thoughts, head empty, only soup
it's the way he just said "k" for me 😭
they don't know i've got 40 tabs open and a crippling coffee habit
live laugh leave me alone
emotional damage
the council has decided: pineapple stays on pizza
who up yearning rn
sending this to the group chat with zero context
me after one push-up: time to open a gym
hello?? based department??
mondays should be illegal
"""

_VENTING = """
this fucking bus is 40 minutes late AGAIN
why the hell does my laptop update every single time i actually need it
fuck mondays, fuck alarm clocks, fuck the 7:42 to waterloo
wifi's been down all day, i'm losing my shit
bloody printer, i swear it can smell fear
my ikea wardrobe has 3 leftover screws and a bad attitude. screw you björn
stuck in traffic for 2 hours behind a broken down lorry, just end me now
the self-checkout said "unexpected item in the bagging area" 9 times. the item was my will to live
sick of this shitty weather, it's june ffs
goddammit i dropped my phone in the loo
spent £80 on parking this month, this city is a scam
holy shit this rent increase is insane, 300 more a month for a damp box
sodding train cancelled, replacement bus smells like eggs
the waiting list is a fucking joke, 14 months for a knee
my code compiled first time and i don't trust it one bit. something's fucked somewhere
bastard pigeon stole my sandwich right out of my hand
what the actual fuck is this weather, hail in may
crap day at work, crap day at home, at least the dog's happy
screw this assignment, i'm going to bed
the heating's broken again and the landlord's ignoring me, absolutely fuming
hate hate HATE this stupid tax form
another 3 hour meeting that could've been an email, shoot me
pissed off that my parcel got "delivered" into a hedge
this damn mosquito has been buzzing in my ear for an hour
these stupid roadworks have been here since the dinosaurs
fuck cancer. that's the status.
my car failed its MOT over a bulb. a BULB
customer service kept me on hold for 58 min and then hung up. i am seething
i could scream, the dog ate my airpods
council still hasn't collected the bins, the whole street smells like a crime scene
bollocks, missed the last train home by 30 seconds
broke my toe on the bed frame, agony, fuck furniture
the washing machine flooded the kitchen, what a shit show
who the fuck schedules a fire drill in the rain
pissing it down and i forgot my coat, classic
burnt the roast, set off the alarm, dog howling, happy sunday everyone
so done with this job, counting down to friday like a prisoner
shit shit shit overslept and i have an exam in 20 minutes
the ending of that series was absolute garbage, 8 seasons for THAT
microsoft teams is the devil's software
autocorrect thinks i want to say ducking. i do not want to say ducking
£7 for a pint is daylight robbery, why is everything so expensive
this heatwave can go to hell
flight's delayed 6 hours and the airport has one working plug socket. hell on earth
fuckin hell this hangover
damn it, left my lunch on the counter again
the ticket machine ate my card. bastard machine.
my internet provider can get in the bin
dentist bill £400. four hundred. for one filling. wrong career
stupid cold. stupid nose. stupid tissues that turn to dust
when the bus driver sees you running and pulls off anyway 🙃 cheers mate
pig sick of this rain
this fucking ankle won't heal, 6 weeks on crutches
the lift's broken and i live on floor 11. i hate everything
"""

CHATTER_B = [
    line.strip()
    for block in (_HYPERBOLE, _MEMES, _VENTING)
    for line in block.splitlines()
    if line.strip()
]
