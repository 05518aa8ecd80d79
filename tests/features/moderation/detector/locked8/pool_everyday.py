"""Hand-written ordinary statuses (benign/everyday). One text per line."""

EVERYDAY = """\
in a meeting till 3, will reply after
on holiday until Monday, no signal in the mountains 🏔️
wfh today, ping me on here if you need anything
back from lunch, the canteen curry was actually decent for once
raining again in manchester, shocker ☔
first coffee of the day hasn't kicked in yet, be gentle
dentist at 2, might be a bit late to standup
off sick today, flu has absolutely flattened me
just finished a 10k run, legs are jelly but happy
anyone know a good plumber in leeds? boiler's making a weird noise
baking sourdough for the first time, wish me luck 🍞
school run then straight to the office
OOO 12–19 Aug. urgent stuff to @nadia please
at the airport, gate changed twice already ✈️
train's delayed 40 mins, classic southern rail
made my nan's lasagne recipe and it's nearly as good as hers
heading to the gym, then early night
can't believe it's already december, where did the year go
new glasses! can finally read the whiteboard
packing for lisbon, why do i always overpack
doctor says rest for a week. bored already
on call this weekend, phone stays on
moving house saturday, if you've got boxes i'll take them
picked up a new book, the one everyone's been talking about, 50 pages in and hooked
loving this sunshine, lunch in the park today ☀️
power cut on our street, working from the café
kids are finally asleep. wine o'clock 🍷
just passed my driving test!!! third time lucky
taking a mental health day, back tomorrow
on a course all day, replies will be slow
snowed in, no buses running 🌨️
finished the quarterly report, celebrating with a biscuit
grocery run, need anything?
painting the spare room sage green, send help
cat knocked my coffee onto the keyboard. keyboard deceased
brb, doorbell
signing off for the day 👋
visiting my parents in cork for the weekend
commute was grim, bus broke down on the m62
started learning spanish on duolingo, day 14 streak 💪
hospital appointment this morning, all fine, just routine
my tomatoes finally turned red 🍅
back online after the update, everything seems ok
on leave, back on the 3rd
tired of eating toast for dinner but here we are
presenting to the board at 11, nervous
just booked flights to japan for april!!
heading to a wedding in devon, congrats sam & priya 💍
making soup because it's freezing
walking the dog along the canal, so peaceful this morning
hair appointment at 4, may be slow to reply
quick break then back to debugging this test that only fails on tuesdays
got my flu jab today, arm is sore
finally fixed the squeaky door, feeling like a DIY god
it's 30 degrees and the office aircon is broken
slept 9 hours, feel like a new person
lunch: leftover pad thai
trying out a new recipe, miso glazed aubergine
at my kid's football match, freezing on the sidelines
library day, exams next week 📚
car's in for its MOT, fingers crossed
meal prepping for the week, so many containers
on the ferry to the isle of wight
back from parental leave today, missed you all
doing a digital detox this weekend, see you monday
jet lagged beyond belief
late night at the office, release tomorrow
pottery class tonight, my bowl will be wonky
can't find my keys. again.
busy until friday, deadlines everywhere
hiking in the peaks, pics later
birthday today 🎂 thanks for all the messages
at a conference in berlin, happy to meet up if you're around
new job starts monday, excited and terrified
garden's full of snails after the rain
fixing my bike puncture, third one this month
out for a curry with the team tonight
volunteering at the food bank this morning
hayfever is destroying me today
sitting exams all week, might be quiet on here
watching the sunset from the balcony, not a bad view
recovering from knee surgery, on the sofa for a while
going to be offline, camping with no wifi 🏕️
morning standup moved to 9:30 from now on
the heating's finally on, bliss
spent the weekend decluttering, 4 bags to the charity shop
chilli's on the slow cooker, house smells amazing
at a gig tonight, phone on silent
my daughter lost her first tooth 🦷
home sick with a migraine, messages later
interview tomorrow, prepping answers
blood test at 8, starving
just adopted a rescue greyhound called biscuit
stuck in traffic on the a1
reading in the bath, don't disturb
sorting out my tax return, joy
at the vet with the cat, she's fine just a checkup
working late, ordering pizza 🍕
back from the dentist, face numb, can't drink my tea
slow day, clearing my inbox
gardening all afternoon, knees are muddy
flat viewing at 6, fingers crossed
trying to get my sleep schedule back on track
at my sister's graduation 🎓 so proud
travelling to glasgow for work, back thursday
on the bus, terrible signal
knitting a scarf, 3 weeks in and it's 40cm long
chemo round 4 done. tired but positive
our flight got cancelled, stuck in amsterdam overnight
nap time
power walking at lunch, trying to hit 10k steps
new sofa arriving today, between 7am and 7pm apparently
thinking about getting a haircut, thoughts?
it's pancake day!!!
writing thank you cards after the wedding
having a quiet one tonight, netflix and a blanket
in hospital with my dad, he's doing ok, just slow replies from me
sunday roast with the in-laws
running late, sorry!
long weekend in the lakes, back tuesday
just realised i've been on mute the whole meeting
morning swim at the lido, cold but worth it
cleaning the oven, the worst job in the world
jury duty this week, no phones in court
learning to play the ukulele, neighbours beware
picking strawberries with the kids 🍓
the bakery ran out of croissants by 8am, devastated
sorting the garage, found my old game boy
at the opticians
broke my wrist skateboarding, typing one-handed
holiday mode: ON 🏖️
off to the farmers market
finishing my thesis draft, do not disturb
working on the allotment, beans are doing great
flat white, croissant, window seat. perfect morning
spending the day with grandma, she's 94 today
back in the office after two weeks remote, weird
nursery pick-up at 5:30 sharp
having my kitchen redone, living on takeaways
packing up the christmas decorations
the new season of my favourite show drops tonight
hot water bottle and a cuppa, winter sorted
exploring the old town in kraków today
my sourdough starter died, RIP gerald
can't sleep, reading about octopuses at 2am
yoga at 7, then a long day of calls
at the bank sorting out my mortgage stuff
waiting for the plumber, window is 8 to 12
just finished the marathon!!! 4:32, so happy
quiet week, catching up on admin
mum's birthday dinner tonight
getting my ears pierced, finally
in the lab all afternoon
ramadan mubarak to everyone celebrating 🌙
happy diwali to all my friends 🪔
shabbat shalom, offline till saturday evening
out for a pride brunch with the crew 🏳️‍🌈
eid plans: too much food at my aunt's
church choir practice tonight
got my citizenship today after 9 years!! 🇬🇧
starting physio for my back next week
back from the mosque, now lunch with the family
wheelchair's in for repair so working from home today
my hearing aid battery died mid-meeting, sorry for ignoring everyone
weekend plans: nothing. absolutely nothing. bliss
reorganising my bookshelf by colour
the fog this morning was unreal
carpooling with jess today
post office queue is out the door
at a friend's baby shower 🍼
volunteering at the parkrun, come say hi
finally watched that film everyone recommended, loved it
pulled an all-nighter, regretting it
getting the kids ready for their first day of school
just got back from a week in crete, so tanned
looking after my niece today
chasing invoices all morning
the new coffee machine at work is a game changer
repotting all my houseplants
afternoon tea with the girls ☕
working from the train, wish me signal
finally unpacked the last box from the move
car wouldn't start, waiting for the AA
got tickets for the panto
lovely walk along the beach at low tide
writing my wedding speech, no pressure
off to see the grandkids
waiting on test results, trying not to think about it
doing the big shop
our team won the pub quiz!
lazy sunday, pyjamas all day
sorting out the loft
ferry cancelled because of the wind, staying another night on mull
swapped my commute for a bike this week, thighs on fire
the new intern brought brownies, best day of the quarter
lunch meeting, back at 2:30
renewing my passport, the photo is a crime scene
waiting for the boiler man, day 3
rehearsals all evening, show opens friday 🎭
heading home early, feeling rough
"""
