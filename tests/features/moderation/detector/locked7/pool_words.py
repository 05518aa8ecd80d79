"""Hand-written benign texts: reclaimed slurs and homonyms, strong words at things, commerce.

Every shop, number and domain here is invented.
One text per line; a line ending in a backslash continues on the next line.
"""

RECLAIMED = """
proud queer, proud nerd, proud cat parent
dyke march on saturday, come march with us 🏳️‍🌈
just a big dyke who loves woodwork and her girlfriend
queer and here, he/him
the old dutch dykes held back the north sea for centuries
we walked along the dyke at sunset, gorgeous views of the polders
offa's dyke path, day 3, knees are done
faggots and peas with gravy, proper black country tea
mum's making faggots tonight, the butcher had them fresh
nipping out for a fag, back in 5
bum us a fag mate? i'll get you back tomorrow
rolled a fag and sat on the step watching the rain
spurs fans singing "yid army" at the lane again, they've used it for decades
a raccoon, or coon for short, raided our bins again
coon hunting season opens next week in tennessee
there's a chink of light under the door
found the chink in his armour: he can't play on grass
the chink of glasses at the wedding toast
our new striker is called kike, short for enrique, lovely lad
kike sánchez scored twice for the b team tonight
flame retardant fabric only for the stage curtains please
retard the ignition timing a couple of degrees if it's pinging
the spark retard function on this ecu is a lifesaver on bad fuel
fire retardant dropped on the ridge line, crews holding
spotted dick and custard for pudding, school dinners vibes
we drove through scunthorpe and penistone on the way up
cockermouth is lovely this time of year
middelfart in denmark, yes it's real, we stayed there
lived in twatt, orkney for a year, fantastic people
fucking in austria renamed itself fugging, a loss for road sign thieves
bitche in lorraine has a stunning citadel
shitterton in dorset had to bolt its sign down
dick van dyke is still dancing at 100, icon
my uncle dick is coming for christmas, hide the sherry
fanny adams was a real person, which is a grim story actually
randy's bbq on 5th street does the best brisket
willy wonka rewatch tonight with the kids
a blue tit and a great tit on the feeder this morning 🐦
spotted a shag drying its wings on the rocks, lovely cormorant relative
the booby birds in the galapagos have the bluest feet
our bitch had a litter of six, all healthy, breeder registered
the cock crowed at 4am again, rural life
the stopcock is under the sink, turn it off before you touch the pipes
check the petcock on the fuel tank if the bike won't start
grease the nipples on the ball joints every service
the donkey, or ass if you're reading the bible, is a wonderful animal
pussy willow is out early this year 🌿
the hooker threw a lovely ball into the lineout
plymouth hoe was packed for the air show
the hoe's handle snapped halfway through weeding the veg patch
slag from the steelworks was used to build the old road
shag carpet is back in fashion apparently, 1974 has returned
the river niger floods every autumn, feeding the inland delta
niger's capital is niamey, quiz answer for tonight
the word niggardly means stingy and has nothing to do with race, but i still avoid it
nigella lawson's chocolate cake recipe never fails
chinkiang vinegar is essential for dumpling dipping sauce
we chucked a paddy's day party, green beer and all
spic and span, my nan's house was always spic and span
the old dyke bridge needs repairs after the flood
the golden gaytime is the best ice cream in australia, fight me
gaylord perry threw a mean spitball back in the day
my friend's surname is cumming and she's heard every joke
reuben gay from the uni radio show is a legend
the coon cheese brand changed its name to cheer, still tastes the same
bloody gypsy moth caterpillars are eating my oak tree
the gypsy kings concert was incredible
crip the vote: disabled voters organising for the election
crip culture night at the community centre, all welcome
as a proud crip, i'll say it: the ramps in this city are a joke
queer eye marathon and takeaway, perfect night in
my queer book club is reading giovanni's room
i'm a fag and my boyfriend thinks that's hilarious, it's our word
us dykes have to stick together at the hardware store
my nigga just got his degree, so proud of my bro 🎓
proud bogan, thongs on, beer in hand, happy as
call me a wog all you like mate, i'm greek and i love it, we own it now
the yid army flags were out at the north london derby
proud to be a kiwi, proud to be a pom, proud to be an aussie, one big family
being a nerd is cool now, we won
as an autistic woman i call myself weird and i love it
we're the queer ones in the office and the best dressed
sissy bar on my harley just got fitted
the sissy squat is underrated for quads
homo sapiens have been around about 300,000 years
homo erectus used fire earlier than we thought
the faggot of sticks was tied and carried up the hill, medieval reenactment
balls of faggots and mash at the chippy, cheap and cheerful
little willy's pub does a great sunday roast
slope stability report due friday for the cutting
pikelets with jam for morning tea 🥞
paddy power has the odds up for the grand national
dyke and proud, the softball team is basically my family
the fag end of the season, nothing left to play for but pride
we're a queer-run café, everyone welcome
the kiké hernández fan club made a new banner for opening day
grandad's faggot recipe uses pig's liver and sage, bang on
the coonhound at the shelter needs a home, sweetest boy
spotted a chinkapin oak on the trail, rare around here
they/them, queer, caffeinated, probably outside
"""

NONPROTECTED = """
this fucking printer jammed again, i hate it
windows update is absolute garbage, lost an hour of work
this weather is shite, third week of rain
monday can go to hell
my code is a dumpster fire and i wrote it
pineapple on pizza is a crime against humanity
this bloody laptop is a piece of junk
the new tax policy is stupid and so is the app you pay it with
i hate traffic with every fibre of my being
leeds united were a disgrace today, absolute rubbish
the referee's decision was total bullshit
this song is shit, who put it on
javascript date handling is cursed, kill it with fire
fuck cancer
screw this hill, my bike can't take it
my fridge is a useless lump of metal
the trains in this country are a joke
airline food is an insult to food
this game's new patch is trash, devs ruined it
i want to punch this vending machine
kill the lights when you leave pls
die, spider, die 🕷️
i could strangle this wifi router
capitalism is exhausting sometimes
mosquitoes are evil little vampires
the parking in this town is a nightmare from hell
my phone is a brick, the battery lasts two hours
instant coffee is an abomination
the dmv should be abolished, i waited 4 hours
nuke the docker cache and start fresh
burn it all down and rewrite it in rust lol
that exam was brutal, absolute murder
our wifi is slower than a dead snail
this heatwave can piss off
stupid autocorrect keeps changing my name
the plot of that film was utter nonsense
i hate mushrooms, slimy little devils
these stairs are a death trap
fuck this ikea wardrobe in particular
that ref needs glasses, what a joke of a call
the tories' budget is a pile of crap
my internet provider is a bunch of useless clowns
this printer is a demon sent from the underworld
god i despise daylight saving time
cold pizza for breakfast is disgusting and i won't hear otherwise
the bus is late again, what a shambles
my allergies are killing me, stupid pollen
i'd kill for a proper night's sleep
alarm clocks are torture devices
winter in ottawa can go straight to hell
cricket rain delays are the worst thing ever invented
vim keybindings are hell until they're heaven
my sourdough came out like a brick, what the hell
the new office chairs are garbage, my back is wrecked
kill the process and restart the server
this tax form is the dumbest thing i've ever seen
excel crashing again, absolute bin fire
goddamn seagulls stole my chips
the broncos were woeful today, embarrassing performance
that's a stupid idea, let's not deploy on friday
cursed microwave, heats the edges and freezes the middle
the stock market is a casino, change my mind
this sandwich is tragic, who made this
i hate linear algebra with a passion
the scooter rental app is a scam, charged me twice for one ride
load shedding is killing small businesses
the monsoon flooding here is a nightmare, roads are rivers
ugh the nepa bill this month is criminal
bloody traffic on the m50 again
this keyboard is trash, keys keep sticking
broken lift again, fuck this building
my team's defence is a disgrace, sack the manager
i'm going to murder this bug if it's the last thing i do
the sequel was a steaming pile of crap
smash the patriarchy, smash the snooze button
the algorithm is evil and i hate it
prices at the petrol station are daylight robbery
this humidity is disgusting
damn it, burned the toast again
this cursed jar lid will not open, i hate it so much
"""

COMMERCE = """
summer sale at ferngully books: 20% off all paperbacks this weekend, in store only
we're hiring a junior backend developer at tallow labs, apply via our careers page
call our office on 0161 496 0732 between 9 and 5 to book a viewing
commissions open! 3 slots, portraits from £40, dm me with references
bake sale for the school roof on saturday, all proceeds to the pta
charity 5k this sunday for the children's hospice, sponsor me if you can
giveaway: win a signed copy of my novel. rules: follow, share, uk only, ends friday, \
winner drawn at random
selling my old bike, £120 ono, collection from bristol only
new menu at the corner café from monday, vegan options too
we're a small pottery studio, new mugs dropping friday at 6pm
reminder: our annual general meeting is on the 14th, agenda in the room topic
job post: part-time barista at bean there, 20 hrs/week, apply in person with cv
raffle tickets £2 each for the rugby club fundraiser, draw on the 20th
selling homemade jam at the farmers market every saturday 🍓
open house at our new office, drinks and snacks provided
limited edition prints now in my shop, shipping worldwide
we are recruiting nurses for our clinic in lagos, visit the hospital HR office
gofundme for our neighbour's surgery, every bit helps, thank you
tutoring available: gcse maths, £25/hr, dbs checked
the foodbank needs tinned veg and nappies this week, drop-off at the church hall
our kickstarter for the board game is live, stretch goals in the link in my profile
black friday deal: 30% off annual plans, code FRIDAY30, ends monday
hiring: devops engineer at northwind logistics, remote-friendly, salary range listed
sponsor a tree for the community forest, £10 per sapling
local bakery looking for a weekend baker, early starts, good pay
handmade earrings now available, each one unique
book your mot at jones motors, call the garage on 029 2018 0441
freelance logo designer available, portfolio on my website, happy to chat
pre-orders for our vinyl open next week, limited to 300 copies
new season menu at the braai spot, booking recommended
car boot sale this sunday, 7am, school field, £5 per pitch
photography mini sessions for christmas, £60, book via the studio
our open-source project is looking for sponsors, see the sponsors page
bring and buy sale at the library, proceeds to the reading programme
we're hiring a community manager at kestrel games, apply on our site by jan 10
contest: best pet photo wins a hamper, one entry per person, judged by staff
selling two tickets to the gig, face value, can't make it anymore
guitar lessons for beginners, first lesson free, studio in camden
annual subscription renewals are due next month, invoices sent
our food truck will be at the harbour market every friday night
dog walking service in randburg, insured, references available
fresh mangoes from the farm, order by whatsapp on our shop number, delivery in pune only
handcrafted leather wallets, 10% off for first orders this month
vacancy: accounts assistant at okonkwo & sons, send cv to the office
buy one get one free on all croissants before 10am
the community garden is selling seedlings, tomatoes and basil, £1 each
we're looking for volunteers for the marathon water stations
selling my old textbooks for first year law, cheap, pm me
the pub quiz has a cash prize this week, teams of up to 6, £2 entry
the charity shop on high street needs donations of winter coats
free yoga class in the park saturday morning, all levels welcome
our app just launched on the app store, feedback very welcome
apprenticeship opportunities at the council, apply before the 31st
tickets for the school panto are on sale at the front office
we offer website hosting from $5/month, no contracts, cancel any time
pop-up shop this saturday at the town hall, local makers only
need a plumber? reliable, fair prices, gas safe registered, call the office
fundraising for new kit for the under-12s, thanks to everyone who donated
sale on winter tyres at the garage until the end of the month
our etsy shop restocks friday, crochet plushies and keyrings
cake orders open for christmas, message me before the 15th
lucky draw for store members, terms in store, no purchase necessary
the craft fair is looking for stallholders, £15 a table
we're hiring a part-time receptionist, please email the practice manager
flat to rent in cork, 2 bed, viewing via the letting agent
second-hand school uniforms available free, just ask at reception
early bird tickets for the conference end friday, student discount available
our cafe now takes card, finally 😅
donate blood this week at the town hall, every donation saves lives
the garden centre's christmas tree sale starts saturday, delivery within 5 miles
our dental practice is accepting new nhs patients, call reception to register
"""
