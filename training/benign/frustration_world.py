"""Frustration at things, part 2: weather, traffic, trains, Mondays, hangovers and bureaucracy."""

from __future__ import annotations

_TEXT = """
this weather is doing my head in
rain again?! it's meant to be summer
I hate Mondays with a passion
Monday morning and the coffee machine is broken, of course
hungover and regretting every single tequila
never drinking again (until saturday)
this hangover is biblical, send electrolytes
the traffic on the ring road is an absolute joke
stuck in traffic for an hour, I could have walked faster
train cancelled, next one in 50 minutes, wonderful
signal failure at Reading, again
the trains are a shambles this week
third delay this week, I should just move into the office
the bus drove straight past me, I was waving and everything
tube strike tomorrow, bring on the chaos
the ferry's cancelled because of the wind, stuck on the island another night
flight delayed five hours, airport sandwiches for dinner
lost luggage again, this airline is a nightmare
the passport office has lost my application, brilliant
bureaucracy is the final boss of adulthood
three forms, two signatures and a witness just to change my address
the council has been "looking into" the pothole for six months
pothole on our road is now a pond, ducks moving in soon
roadworks on every single route to work
the temporary traffic lights have been there for a year
the queue at home affairs went round the block
spent a whole day at the DMV, I've aged ten years
the bank wants me to go into a branch that closed in 2019
tax forms are written in a language no human speaks
HMRC has put me on hold for 45 minutes, thrilling
the visa office needs a document they told me I didn't need
the NHS app logged me out mid booking, argh
estate agents never ring back, why is that
the landlord has "forgotten" about the broken window for a month
energy bill has gone up again, fuming
bills bills bills, where does the money go
my bank has blocked my card because I bought a sandwich in a new town
the broadband company promised fibre and delivered a pigeon
customer service chatbot keeps telling me to read the FAQ, I have!!
got a parking ticket for being 2 minutes over, fuming
the congestion charge got me again
petrol prices are daylight robbery
a tenner for a pint in London is a crime against my wallet
avocado toast costs the same as a car payment now
inflation is no joke, my weekly shop doubled
the queue at the post office is longer than my patience
self service tills are a personal attack
the supermarket moved everything around again, why
sold out again, I was literally fifth in the queue
ticket site crashed the second they went on sale, heartbroken
I was 40,000th in the queue for Glastonbury tickets, no chance
the concert got postponed for the third time
rain stopped play, England in summer
washing out on the line and it started pouring, every time
storm knocked the power out, candles and board games it is
too hot to sleep, too hot to think, too hot for anything
it's so cold my fingers won't work
sleet. just sleet. all day.
the wind is trying to take the roof off
snow ploughs nowhere, we're stranded
heatwave and no fans left in any shop
hay fever is absolutely destroying me today
pollen count is off the charts, my eyes are on fire
this cold won't go away, week three of sniffles
I have the man flu and no one takes me seriously
my back is killing me after that flight
this headache is relentless, lying in a dark room
the dentist said root canal, I'm not ok
jet lag has me awake at 3am eating cereal
slept through my alarm, the day is ruined already
woke up at 5am for no reason whatsoever
neighbour's dog has been barking since dawn, bless it but please stop
party next door till 4am, I'm going to be useless today
my flatmate used all the hot water again, cold shower it is
someone took my lunch from the office fridge, the mystery continues
the office is freezing and someone keeps opening the window
open plan offices were a mistake
the meeting ran over into my lunch break, hangry now
I'm so hangry I could eat the table
the wifi is slower than a snail today
emails at 11pm, stop it work
the group project is entirely me doing everything again, sigh
exam season is the worst, I'm drowning in notes
my essay got deleted and I didn't have a backup, crying
the library is packed, not a seat to be found
the exam was nothing like the past papers, gutted
the lecturer speaks so fast I can't take notes
parking at uni costs more than my rent
ugh, tuesday feels like a second monday
why is it only wednesday
Sunday night dread is real
this week has been about a month long
the clocks went back and my body is in a different time zone
dark at 4pm, winter is the worst
wasps at the picnic, ran off with the jam
the midges in Scotland are brutal, I've been eaten alive
the magpies are swooping again, wearing my ice cream tub helmet
the seagulls in this town are organised criminals
cockroach in the kitchen, house is being fumigated
rats in the bin store, the council are sending someone
wasps everywhere this summer, I've had enough
there's a wasp nest under the roof tiles, calling pest control
this traffic is making me late for my own birthday dinner
the matatu took forever to fill up, late again
the toll queue is miles long
the Lagos traffic today is on another level, two hours to go 10km
Joburg taxis stop wherever they like, terrifying
Bangalore traffic means I left at 8 and got in at 10
the trams in Melbourne are packed like sardines
the N3 is a car park, holiday traffic
the M50 was a disaster this morning
the A12 is closed again, diversion through every village in Essex
lost my voice shouting at the tv during the match
the referee's decisions are ruining my evening
the streaming site crashed during the final minutes of the match
my team lost and now I have to go to work tomorrow and face everyone
our team is so bad this year it's actually funny
the stadium food is overpriced and cold
the ticket app wouldn't load at the turnstile, panic
stuck in the lift for half an hour, never again
this hangover has turned me into a potato
never mixing wine and beer again, I've learned nothing
cheap wine headache, lesson learned
the hen do was great but today I'm broken
ate too much at christmas dinner, need a lie down
the kids have had sugar and now they're bouncing off the walls
the school run traffic is chaos every morning
the school emailed at 9pm about a costume needed for tomorrow, thanks
the nursery closed for a snow day, scrambling for childcare
paperwork for the new passport is a nightmare
the visa website crashed on the last day to apply, panic
applied for the permit six months ago, still waiting
the queue for the bank was longer than the queue for the rides at Disney
the doctor's surgery phone line is engaged every time I call
8am phone scramble for a GP appointment, like trying to get concert tickets
insurance company wants proof that I exist, apparently
jury duty letter arrived, the same week as my holiday
my boss scheduled a meeting for 5pm on a friday, why
the vending machine at work only takes a card now, I have no card
autocorrect turned "meeting" into "meat", my boss is confused
my alarm didn't go off and I missed the train, a grand start
the weather forecast lied to me again, soaked to the bone
it's raining sideways and my umbrella gave up
it's been cloudy for 3 weeks, I've forgotten what the sun looks like
hate that feeling when you walk into a room and forget why
mosquito buzzing in my ear all night, I'm destroyed
a leaf blower somewhere at 7am on a sunday, why
this train is so slow I could've cycled faster
replacement bus took two hours to do a twenty minute journey
the timetable is a work of fiction
delayed due to "leaves on the line" again, it's autumn, happens every year
the airport security queue is a labyrinth
missed my connecting flight by ten minutes, rebooked for tomorrow
the car park at the retail park is the hunger games on a saturday
stuck behind a learner driver on a hill, patience is a virtue
a lorry has shed its load on the motorway, three hour delay
gridlock in town because of one set of broken lights
the roads are pure ice this morning, walking like a penguin
this fog is so thick I can't see my own car
the heat is unbearable, even the dog won't go outside
storm warning again, tying down the trampoline
the hail has wrecked my lettuces
the drought has killed the lawn, it's crunchy now
another grey monday, the sun's on holiday apparently
this paperwork is never ending, I need a holiday from my holiday admin
the housing association has lost our repair request, again
the online form keeps rejecting my postcode, I've lived here ten years
the tax office sent me a letter about a letter
the mortgage broker needs another seventeen documents
waiting for a callback that's never coming
the queue at the passport office had its own postcode
my visa appointment got moved for the third time
the university portal crashes every time results come out
the exam timetable clashes, two exams at the same time, brilliant
course registration crashed at 9am sharp, as tradition demands
tuesday's group chat meeting has been rescheduled four times
why do all the bills come at once
the rent increase letter arrived on my birthday, what a present
the price of butter is outrageous now
my coffee order is £4.50 now, how
groceries cost a fortune this week, rice went up again
everything is so expensive at the airport, £6 for a water
hangover day, pizza and a film and nothing else
the hen do dance moves have done my knees in
this cold has turned me into a sneezing machine
burnt my tongue on the first sip of coffee, day ruined
the hot weather has given me the worst sunburn, lesson learned
up all night with a teething baby and a snoring partner, send coffee
the kids have caught another bug from nursery, it's never ending
the clocks going forward has robbed me of an hour of sleep, rude
january feels about 90 days long
the bank holiday weather is tragic as always
why do all the roadworks happen at once
stuck on the platform in the freezing cold, the board just says "delayed"
my flight's been moved to 6am, who does that
the queue for the ladies is always ten times longer, sort it out venues
the tram's broken down and we're all stood in the rain
hay fever and a cold at the same time, my nose has given up
this heat has melted my chocolate bar into a puddle, gutted
"""

LINES: list[str] = [line.strip() for line in _TEXT.splitlines() if line.strip()]
