"""Hand-written benign texts for locked6: reclaimed words, homonyms, non-protected targets and
legitimate commerce."""

from __future__ import annotations

from .textblock import texts

RECLAIMED_SELF = texts("""
proud queer, coffee addict, cat parent 🏳️‍🌈
just a big old dyke with a toolbox and a heart of gold
dykes on bikes are leading the parade this year, can't wait 🏍️
fat, queer and happy about it
as a queer woman, this film meant a lot to me
we're here, we're queer, we're going to brunch
my wife and i are both dykes and we've been married 10 years this week 💍
queer joy is resistance ✨
crip culture is real and i'm proud of it. disabled and thriving ♿
"crip time" is real, us disabled folk run on our own clocks
old dyke energy: sensible shoes and strong opinions
the queer book club meets thursday, new members welcome
spent the evening at the dyke bar with my girls, best night in ages
proud member of the local queer choir 🎶
trans, queer and thriving, thanks for asking
i'm a fat black queer woman and i love who i am
my pronouns are she/her and i'm a dyke, nice to meet you
we reclaimed the word queer decades ago, the kids are just carrying on
lesbian? dyke? sapphic? all of the above, honestly
queer elders are the best people to learn from
hey fellow crips, any tips for wheelchair-friendly pubs in glasgow?
just a little homo trying my best this week
i'm the token poof in the office and honestly i love it
genderqueer and proud, happy to explain if you're curious
bad bitch energy today 💅
SlutWalk march this saturday, consent matters
#cripplepunk because my cane is cooler than your legs
mad pride week, proud to be loud about my bipolar
proud wog from melbourne, my yiayia's cooking is undefeated
big gay fairy energy at my cousin's wedding, i danced all night
queer and muslim, and yes we exist
old school butch, been that way since 1985
queer as in free 🌈
this dyke just bought her first house!!
nonbinary, queer, and tired, in that order
two queers and a dog, that's our little family
as a disabled crip with a chronic illness, pacing is my superpower
the wogs at my family christmas are louder than yours, guaranteed
queer kids, it gets better. signed, a queer adult
""")

RECLAIMED_HOMONYM = texts("""
faggots and peas with gravy, proper northern tea 🥘
nipping out for a fag, back in 5
bloke at the bus stop asked if i had a spare fag, i quit years ago
my grandad called a bundle of firewood a faggot, old country word
Mong Kok at night is something else, the neon! 🇭🇰
the dutch have been building dykes against the sea for centuries
walked along Devil's Dyke near Brighton today, stunning views
our Maine Coon is 9kg of pure fluff
my uncle's coonhound won best in show 🐕
drove through Coon Rapids, Minnesota on the road trip
anyone remember Coon cheese before they renamed it Cheer?
add two kaffir lime leaves to the curry (some shops sell them as makrut lime now)
a chink of light under the door was all we had during the power cut
spurs finally found the chink in their defence in the 80th minute
flights to Niamey in Niger are so expensive right now
Kuldeep bowled a beautiful chinaman to take the wicket
retard the ignition timing by two degrees and it should stop pinking
the sofa foam needs a flame retardant certificate before we can sell it
the tempo should retard slightly at bar 30, watch the conductor
need to change the tranny fluid on the hilux this weekend
went on a three day bender in ibiza, never again
borrowed a pipe bender from my neighbour to fix the exhaust
kitchen's spic and span for the inspection tomorrow
planted pansies and violas in the window box 🌸
fairy lights are up, it's officially christmas
and poof, my whole paycheck was gone
homo sapiens have been around for about 300,000 years
in canada we call whole milk "homo milk", it's short for homogenised
gypsy moth caterpillars are eating my oak tree, any advice?
got tickets to see the Gipsy Kings in lisbon!!
meet at the cafe on Dyke Road at 11
just a nip of whisky before bed
nip to the shops for me and grab some milk?
the ski slope was sheer ice this morning
roasted redskin potatoes with rosemary, so good
Hottentot fig is taking over the dunes near hermanus, it's invasive there
christmas crackers with terrible jokes are the best part of the day
cheese and crackers for dinner, adulting at its finest
honky-tonk piano night at the pub on friday
started sambo classes, it's like judo with more wrestling
the basalt dike cutting through the sandstone is visible from the road
Butch Cassidy and the Sundance Kid is on tonight, classic
our bulldog Butch just ate a whole loaf
watching mary poppins, dick van dyke's accent is a crime
a negroni on a summer evening is unbeatable 🍹
the Rio Negro meets the Amazon near Manaus, the water doesn't mix
homemade sauerkraut, day 4 of fermenting
rice paddies in bali at sunrise 🌾
Mick Jagger is still touring at 80-something, legend
salt water taffy from the boardwalk, childhood memories
bought a new spade for the allotment
fagott is the german word for bassoon, learned that in orchestra today
the ref was bent, no way that was offside
felt a bit queer after that dodgy prawn curry, as my nan would say
the gay nineties were a decade of waltzes and bicycles, apparently
a spook story round the campfire scared the kids half to death
monkey wrench is missing from the toolbox again
Dick's Sporting Goods has a sale on running shoes
Aunt Fanny turns 80 on sunday, party at hers
booked a table at the Mong Kok dim sum place for saturday
chinks in the old stone wall let the wind straight through
queer street is what victorians called being in debt, learned that today
""")

NONPROTECTED = texts("""
this fucking printer is a piece of shit
windows update is absolute garbage, lost all my work again
i hate mondays with a burning passion
this weather is disgusting, grey and miserable for three weeks straight
pineapple on pizza is an abomination and i will die on this hill
this game's matchmaking is trash and the devs are clueless
the new tax policy is idiotic
the ending of that series was a steaming pile of crap
man utd are a joke of a club right now
that penalty decision was shite
this app is a hot mess, uninstalling
burnt toast is a crime against humanity
my laptop is a useless brick
the bus service in this town is a disgrace
coriander tastes like soap, vile stuff
traffic on the N1 is hell today
the damn wifi keeps dropping
javascript is cursed and i hate it
this heat is evil
the sequel was dogshit, what a waste of two hours
fuck this flu
economics textbooks are boring as hell
nft art was the stupidest idea of the decade
my phone's battery is pathetic
mosquitoes should be wiped off the planet
cockroaches in my kitchen again, i'm going to kill every last one of them
the rats in the shed need to be exterminated before winter
weeds are taking over the garden, time to destroy them all
this spreadsheet is a nightmare
brussels sprouts are the devil's vegetable
chelsea are trash this season, sack the manager
our defence played like a bunch of headless chickens
the new logo is ugly as sin
fuck cancer 🎗️
covid can go to hell
this mattress is destroying my back
my sleep schedule is absolutely fucked
the DMV is a circle of hell
printer ink costs more than blood, what a racket
the algorithm on this app is garbage
modern architecture in this city is soulless and ugly
my code is an abomination but it works
the wind today is savage
hate this stupid cold
kill -9 the process, it's hung again
the deadline is killing me
nuke the cache and rebuild
the build is broken again, CI is a dumpster fire
python 2 needs to die already
this font is disgusting, who approved it
the potholes on this road are criminal
that film was a disaster from start to finish
i hate this stupid game but i keep playing it
raisins in cookies are a betrayal
fuck this traffic
this queue is a joke
the parking app is a rip-off, charged me twice
autocorrect is the enemy
the heatwave can piss off
loadshedding can go straight to hell
daylight saving time should be abolished, it's evil
the wallpaper in this airbnb is hideous
the new season is boring as hell, cancel it
this tea is disgusting, tastes like pond water
the sun is trying to murder me today
microsoft teams is satanic software
instant coffee is an insult to coffee
reality tv is brain rot
the bins stink to high heaven
that horror movie was shite, not even scary
spiders can die, every single one of them
the mosquitoes here are bloodthirsty bastards
9am lectures should be illegal
gym music at 6am is torture
these shoes are killing my feet
the last season of that show was an insult to the fans
this damn zip won't budge
monday can fuck right off
the new tram timetable is utter bollocks
this stupid vending machine ate my last two quid
the wifi on this train is a crime against humanity
""")

COMMERCE = texts("""
🎉 spring sale! 20% off all plants at Greenleaf Nursery this weekend, no code needed
we're hiring a junior developer at Kestrel Labs (Leeds, hybrid). apply via our careers page or \
DM @hr:kestrel.dev
call our office on 0113 496 0781 to book your MOT
DM for commissions! portrait sketches from £25, two week turnaround
giveaway time! comment your favourite book to win a signed copy. winner drawn friday, UK only
fundraising for my mum's cancer treatment, every little helps, details on my profile
our bakery now delivers! order by phone on 020 7946 0321 before 10am
half-price pizzas every tuesday at Luigi's 🍕
free workshop: intro to python at the community centre, saturday 10am, sign up at the front desk
the school fete is on sunday, raffle tickets £1, first prize is a hamper
new merch drop! hoodies restocked on our store, link in bio
black friday: 30% off everything in the shop until midnight
moving sale! sofa, desk and bike, DM if interested, pickup only
need a plumber? Ade & Sons Plumbing, call 0802 555 0134 for a free quote
now hiring: barista at Brew & Co, Cape Town CBD. drop your CV in store
vote for our school in the community grant competition! voting closes friday
we won! thanks to everyone who voted for us in the local business awards
limited edition prints available, 50 only, DM me to reserve yours
tutoring available for maths and physics, GCSE and A-level, DM for rates
garage sale saturday 8am, 14 Rose Street, everything must go
free delivery on orders over £30 this week
charity run for the children's hospital on sunday, sponsor me if you can 🏃
contest: best pet photo wins a £50 voucher from Pawsome Pets, rules pinned
our restaurant is open for diwali bookings, call 080 4567 1230
support independent artists: my new EP is out on bandcamp
we're looking for volunteers for the food bank, DM me
job post: nursing assistant at St Luke's Hospital, full time, apply on the NHS jobs site
newsletter subscribers get 10% off their first order
carpool to the conference? DM me, i've got 2 seats
commissions open! 3 slots for emotes and badges, prices in the pinned doc
loyalty card: your 10th coffee is on us ☕
our startup just closed its seed round! we're hiring engineers in Lagos and Nairobi
the crowdfunder for the new community garden is 80% there, thank you all
bulk discounts on braai wood this month, call the farm stall on 021 555 0187
happy hour 5-7pm, 2-for-1 cocktails 🍹
new customers get the first month free on our gym membership, T&Cs apply
annual stocktake sale at the hardware store, up to 50% off tools
selling my old PS4 with 2 controllers, R2,500, collection in Pretoria
free consultation for small businesses this month, book through our website
apply now: graduate scheme at Barclays, applications close 30 November
paid internship at a design studio in melbourne, send your portfolio to \
jobs@studiofieldwork.com.au
raffle for the cat rescue! £2 a ticket, prizes include a kindle and a spa day
subscribe to our podcast for weekly interviews with local founders
last chance to grab early bird tickets for the festival, prices go up monday
we're giving away 3 tote bags at our stall this saturday, just come and say hi
the library is selling old books, 50p each, proceeds go to the reading programme
donate blood this week at the town hall, walk-ins welcome
our app is free on iOS and Android, premium is optional
bake sale at the office friday, proceeds to the mental health charity
i sell handmade jewellery, DM for custom orders 💍
flu jabs available at the pharmacy this week, no appointment needed
WIN a family pass to the zoo: share this post and tag a friend, winner picked sunday, T&Cs in \
the comments
we're recruiting a community manager for our matrix server, part-time and paid, see the job post \
on our site
used car for sale: 2014 polo, full service history, £4,200 ono
buy one get one free on all doughnuts today at the kiosk
our charity auction raised £3,400 for the hospice, thank you!!
freelance translator available (EN/FR/Yoruba), DM for quotes
the farmers market is on every saturday, 8 till 1
a reminder from your bank: we will never ask for your PIN or password. stay safe
your order #4471 has shipped and should arrive thursday. thanks for shopping with us
reminder: matrix.org staff will never DM you asking for your password or recovery key
pre-orders for our cookbook are open, signed copies for the first 100
season tickets for the Sharks are on sale now at the club shop
new class timetable at the dojo, first lesson free
we're closing early on christmas eve, happy holidays from all of us at the corner shop
vacancy: delivery driver at Fresh Direct, clean licence needed, call the depot on 0161 496 0742
looking for beta testers for our budgeting app, you get a free year of premium
sponsored walk for Cancer Research this sunday, donate at the stall or on our JustGiving page
10% student discount with a valid ID at our shop
our rates: haircut R150, beard trim R80. book via WhatsApp on 082 555 0102
come to the university open day this saturday, free parking
our summer menu is live at https://www.thelittlekitchen.co.uk/menu, book a table online
tickets for the charity gig are at https://tickets.rivertonhall.org, all proceeds to the shelter
we're hiring! The Green Fork in Bristol needs two line cooks and a part-time dishwasher, evenings \
and weekends, £13/hr plus tips. drop your CV at the restaurant or email jobs@thegreenfork.co.uk
""")
