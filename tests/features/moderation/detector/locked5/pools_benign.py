"""Hand-written everyday profile statuses for locked5 (benign)."""

from __future__ import annotations

from .textblock import lines

EVERYDAY = lines("""
at the gym 💪
on holiday till Monday, no laptop
working from home today
new job!! starting at the library next week 📚
listening to the new Fontaines D.C. album on repeat
walking the dog in the rain again
off sick, flu has flattened me
feeling a bit meh today
coffee first, then we'll see
in meetings all afternoon, reply later
back from Lisbon, missing the pastéis already
moving house this weekend, send boxes
baby's first tooth came through last night 🦷
revising for exams, pls don't distract me
on call this week, might be slow to answer
out for lunch
commuting, signal is patchy
currently: knee-deep in spreadsheets
proud auntie today 🎓
just got my second dose, arm is sore
school run then straight to work
at the dentist, pray for me
brb, making pancakes
away at a wedding in Cork till Sunday
hayfever season is back 🤧
cat is sitting on my keyboard so expect typos
running the Great North Run on Sunday!!
parental leave, back in March
finally finished my thesis draft
driving to Melbourne, back online tonight
slow morning, tea and crosswords
learning Spanish on the app, día 45 🇪🇸
in the garden planting tomatoes
OOO until the 14th, for urgent stuff ping Sam
jet lagged and confused
made sourdough, it's basically a brick but i'm proud
watching the snooker with my dad
migraine day, lights off
🎂 birthday today, 34 and still can't parallel park
first day of uni, wish me luck
night shift this week, sleeping in the day
renovating the kitchen, everything is dust
grateful for good friends and hot soup
back at my desk after a long weekend
marathon training, 18 miles today 🥵
reading Piranesi, no spoilers
waiting for the plumber since 8am 🙃
camping in the Lakes, no signal most of the time
volunteering at the food bank this afternoon
new glasses, who dis
kids are finally asleep
watching the rugby down the pub
recovering from surgery, slow replies
trying to drink more water lol
knitting a scarf that's now 3 metres long
painting the spare room sage green
at my nan's for Sunday roast
quiet day, just vibing
busy busy busy
on the train to Glasgow
mum's birthday, off to the garden centre 🌷
doing a digital detox, back Friday
cooking a massive curry for the lads
got a puppy!!! his name is Biscuit
fixing my bike, again
brain fog, ask me tomorrow
just passed my driving test 🚗🎉
feeling grateful
studying for my AWS cert
chemo round 3 done, feeling ok
PhD life: coffee, code, crying, repeat
bushwalking in the Blue Mountains this arvo
strawberry picking with the kids
taking a mental health day
celebrating 10 years married 💍
writing, do not disturb
in Tokyo for work, 9 hours ahead
dog sitting for my neighbour, she's a sweetheart
nursing a cold with lemsip and netflix
gone fishing 🎣
on the allotment, back later
post-gym nap incoming
learning to play the ukulele, neighbours hate me
voted this morning, go do yours
got engaged on the weekend!!! 💕
finally assembled the ikea wardrobe, 2 screws left over
working late, deadline tomorrow
at the vet with the cat, fingers crossed
happy friday everyone
sunday reset: laundry, meal prep, early night
broke my wrist skateboarding, typing one-handed
snowed in, hot chocolate o'clock
exam results day, nervous
house hunting, send help
at a gig tonight, probably deaf tomorrow
teaching my gran to use video calls
new podcast episode out tomorrow
just here for the memes
tired but happy
wfh with a very needy cat
on a course all week
waiting for a parcel that says "out for delivery" since 7am
cleaned the whole flat, feel like a new person
ramen for the third night in a row
on the beach in Cornwall 🌊
pottery class tonight
stuck in traffic on the M25
can't sleep, counting sheep
meal prepping like an adult
my sourdough starter is called Doughy Parton
newborn snuggles, zero sleep
lost my voice, communicating via gifs
celebrating Diwali with family 🪔
Eid Mubarak to everyone celebrating 🌙
Shabbat shalom, offline till sundown tomorrow
happy Lunar New Year 🧧
merry christmas from our chaotic house
fasting this month, slower replies in the afternoon
at church with the family this morning
Pride weekend!! 🏳️‍🌈 see you at the parade
my daughter just came out and i'm so proud of her
back at physio for my knee
wheelchair needs new tyres, what a day
hearing aid battery died mid-meeting lol
ADHD brain says clean everything except what i need to clean
therapy day, feeling lighter
just moved to Leeds, recommend me a chippy
new flat, new me
big presentation tomorrow, nervous
got the keys to our first home 🔑
at the footy with my son
watching the F1, come on Lando
doing my taxes, pray for me
waiting for test results, anxious
thrift haul today, found a vintage leather jacket
planting bulbs for spring
dinner with the in-laws
lazy sunday
hospital appointment, back this afternoon
gardening leave, finally
back from maternity leave, still figuring out where everything is
graduated!!!! 🎓
rainy day, candles and a book
learning to bake bread
recording an album in my bedroom
going to see my mum in Karachi next week
flight to Lagos delayed 3 hours 😩
back from visiting family in Kraków
homesick for Manila today
visiting my grandparents in Punjab
Korean class on tuesdays, 화이팅!
making tamales with my tía this weekend
seder at my parents' tonight
iftar at my aunt's, too much food as always
tired of this heatwave
feeling under the weather
crying at the bake off final again
morning swim at the lido, freezing but worth it
binge-watching The Bear
late for everything today
can't find my keys, again
hosting book club tonight
hiking Snowdon tomorrow, weather permitting
on a boat 🚤
it's giving monday energy
decluttering my wardrobe
learning to code, python is fun so far
new haircut, shorter than i wanted
sick kid at home, working around it
playing tennis after work
two weeks till holiday
dad jokes loading...
the heating's broken, wearing three jumpers
at my cousin's quinceañera 🎉
brunch with the girls
long day, early night
ran 5k without stopping for the first time!!
just adopted two rescue cats
having a pyjama day
hungover, don't talk to me
too much cake at work
started a new book, already hooked
laptop died, on my phone for now
visiting Uluru, absolutely stunning
barbie in the backyard this arvo 🍖
stuck at Heathrow
first snow of the year ❄️
in a cafe pretending to work
watching the eclipse
my tomatoes finally ripened 🍅
one of those days
Monday again
can't believe it's already december
finally booked the dentist
at the match, come on you Irons
woke up at 5 for no reason
retired as of today!! 🎉
working on my allotment
taking my mum to her chemo
fostering kittens this month, so many kittens
in the library till it closes
just finished a 12 hour shift
beeen a long week tbh
workin from the cafe 2day, wifi is rubish
omw to the airport, c u all in 2 weeks
so tired cant even
finnaly got my visa sorted!!!
at teh hairdressers, dont judge
lovley walk by the river this morning
sick as a dog, stayin in bed
uni deadlines r killing me lol
its my cats birthday and shes 15 🎂
""")
