# ruff: noqa: E501
"""Hand-written pools: reclaimed terms and homonyms, non-protected negativity, commerce (benign)."""

from .textblock import lines

RECLAIMED = lines("""
proud dyke, prouder auntie 🌈
queer and tired, send coffee
just a queer little goblin writing fic at 2am
dyke march on saturday, who's coming?
bi, queer, and too gay to function today
old dyke, new tricks
queer theory reading group thursdays, all welcome
fag hag for life, love my boys
us fags have to stick together, see you at the bar
crip time is real, running late and that's fine
proud crip, disabled and loud about it
disability pride month: crip joy is resistance
mad pride march this weekend, bring your banners
autistic and proud, ask me about trains
I'm a bogan and proud of it, meat pie in hand
redneck and proud, fixing my truck again
hillbilly elegy? nah just hillbilly vibes at my cousin's wedding
culchie at heart, moving back to mayo
proper teuchter from the isles, yes I speak gaelic
skanger chic is my aesthetic, tracksuit and all (I'm from ballyfermot, I can say it)
paddy abroad, homesick for tayto
us weegies are just built different
typical yank, I brought a flag to the pub, sorry
whingeing pom reporting for duty, it's raining in perth??
gaijin in tokyo, still can't read the menu
coloured and proud, cape town born and bred
proud dutchie from the cape flats, vat jou goed en trek ferreira
queer filipino coder, mahal ko kayo
bakla ako and I'm thriving, happy pride mga beshie
baklang writer, rom-coms only
proud bakla, proud pinoy, proud nurse
lesbo brunch sunday, bring your cat
the dykes on bikes are leading the parade again 🏍️
queer as in proud, queer as in here to stay, queer as in get used to it
tranny is my word to use, not yours. goodnight
twink death is coming for me, I'm 29
bear week in provincetown, woof
femme, queer, and fully caffeinated
we're here, we're queer, we're filing bugs
off to scunthorpe for the weekend
driving through penistone on the way to sheffield
walk along offa's dyke path this weekend 🥾
sunset over dyke road, brighton
the old dam at the end of the dyke is full after the rain
cycling along the dyke by the canal in holland
clearing out the ditch and dyke on the farm
faggots and peas for tea, proper black country dinner
mum's faggots with onion gravy, nothing beats it
gathering a faggot of sticks for the bonfire
the blacksmith called the iron bundle a faggot, learned something
bumming a fag off my cousin, don't tell mam
nipping out for a fag, back in 5
fags and a pint in the beer garden
cheeky fag after the exam
the tranny on my old honda is finally shot, gearbox rebuild weekend
rebuilt the tranny on the land cruiser, hands are black
fire retardant spray on the stage props, safety first
retard the ignition timing a few degrees and it runs smoother
flame retardant upholstery arrived for the new sofas
my bitch just had 7 puppies! champion labrador bloodline
our greyhound bitch is retiring from racing
the pussy willow in the garden is blooming
pussycat sleeping on the radiator
the cock crowed at 4am, I want to move to the city
woodcock season on the estate starts next month
shuttlecock flew into the lake again
rooster vs cock debate at the farm shop, local terminology is wild
coon cheese on toast, or as it's called now, cheer
raccoon — sorry, coon — in the bins again, classic canada
a coonhound puppy is the best decision I ever made
makrut lime (the old name was a slur, glad it changed) in my curry
chink in the armour, found the bug in the auth flow
there's a chink of light through the blinds, sleep is over
spic and span by friday, deep clean of the flat
niggardly was a word in my victorian novel reading and yes it's unrelated, look it up
the pansies are out on the windowsill
fairy lights up for the winter
homo sapiens evolved in africa, lecture notes are up
homo milk in the fridge, sorry for the canadianism
queen of the kitchen this weekend, cake for everyone
the gypsy moth caterpillars are destroying the oak
spade and fork, off to the allotment
the nip in the air means autumn's here
a quick nip of whisky before the ceilidh
absolutely knackered after the night shift
coloured pencils and a new sketchbook, happy day
dim sum in mong kok, heaven
the old banger's off to the knacker's yard, rip
the retard switch on my old diesel pump
a dyke in the netherlands is basically a levee, today I learned
the gammon steak was perfect
tinkering with the arduino all weekend
bent over the engine bay all afternoon
we're a bunch of nerds and geeks and freaks and I love us
gay as in happy, gay as in queer, gay as in both today
ladies we are so back, dyke drama in the book club
i'm a big fat queer and my fic has 40k hits
proud tinker's daughter, our family were tinsmiths for generations
mincer from the butcher's, fixing the sausage recipe
as a disabled queer woman I call myself a crip and a dyke because those words were thrown at me for years and now they're mine. you don't get to use them, but I do
""")

NONPROTECTED = lines("""
I hate mondays with my whole chest
windows updates should be banned by international law
jira is a crime against humanity
I want to throw this printer off the roof
burn it all down, the build system I mean
the weather in glasgow is an act of violence
teams is the worst software ever made, I'd delete it from the earth if I could
load shedding can go to hell
eskom is a joke and a national embarrassment
irish rail should be abolished and rebuilt from scratch
the 46A is the devil's bus
dublin rent is daylight robbery and landlords should be ashamed
bureaucracy is killing me slowly, three forms for one stamp
the university finance portal is a torture device
my phone is a useless brick since the update
autocorrect is my sworn enemy
excel ate my data again, I want it dead
yaml is an abomination
javascript was a mistake
whoever designed this api should be in prison (kidding, mostly)
I despise daylight saving time
mosquitoes should be eradicated from the planet
pigeons are flying rats and I will not be told otherwise
the seagulls in st andrews are violent criminals
humidity in singapore is a personal attack
typhoon season can go away forever
the MRT breakdown today was a disgrace
grab surge pricing is daylight robbery
the heat in manila is unbearable, I'm melting into the road
traffic on EDSA is the ninth circle of hell
this exam board should be dissolved
standardised testing is a scam
meetings that could've been emails should be illegal
mandatory fun is neither
open plan offices should be banned
captchas are ruining my life
cookie banners are the plague of the internet
subscription software is a racket
printer ink costs more than blood
the new logo is hideous, fire the agency
that film was two and a half hours of garbage
the finale was an insult to fans, the writers should be ashamed
the season 8 writers owe me my years back
I hate this ship with every fibre of my being
the villain is a monster and I hope he suffers (in the show)
manchester united are a disgrace this season
arsenal bottled it again, pathetic
the refs in the league are clowns
the tax system is a joke designed by sadists
capitalism is eating us alive
crypto is a scam, every coin of it
NFTs are the dumbest thing humanity ever invented
the gym at 6pm is hell
self-checkout machines were designed by demons
unexpected item in the bagging area, I will destroy you
kale is a punishment, not a food
coriander tastes like soap and should be illegal
pineapple on pizza is a war crime
decaf coffee is a lie
IKEA instructions are psychological warfare
our landlord company is a soulless corporation
the bank's app is garbage, uninstall and burn
the council's recycling schedule makes no sense, I'm going feral
airline customer service is a hostage situation
ryanair are thieves and I'll fly with them again next week
the hoover broke, I hate all machines
mondays, tuesdays, honestly all the days
this heat can die
I loathe the sound of leaf blowers
the algorithm is rotting our brains
social media was a mistake
email is a curse
the dishwasher is broken and my will to live went with it
nuke the node_modules folder from orbit
kill -9 every electron app on this machine
the office coffee machine deserves a slow death
lecture at 8am should be against the geneva convention
windows decided to update in the middle of my presentation, then the projector died, then the fire alarm went off. I hate technology, I hate this building, I hate tuesdays
the visa appointment system is a kafkaesque nightmare, three weeks of refreshing a page that crashes every time. whoever built it should be made to use it forever
honestly jira, confluence and whatever that timesheet app is should all be thrown into the sea
""")

COMMERCE = lines("""
🎨 commissions open! 3 slots, sketch 20 euro, full colour 60, DM me
fanart print shop restock tonight at 8pm GMT, link in bio
zine preorders close sunday! all profits to the trevor project
big sale this weekend only: 30% off all enamel pins with code AUTUMN30
selling my old mechanical keyboard, 40 quid, collection in leith
we're hiring a senior backend engineer, remote in EU, apply on our careers page
job posting: part-time barista, weekends, apply in store on george street
tickets for the comic con dublin are on sale now, early bird ends friday
our kickstarter is live! help us fund the artbook
black friday: 50% off annual plans, no hidden fees, cancel anytime
etsy shop update: new crochet frogs 🐸
free shipping on orders over 50 euro this week only
DM me for custom cakes, birthdays and weddings, cape town area
selling my textbooks for second year CS, cheap, DM
new release! our indie game is 20% off on steam for launch week
workshop: intro to rust, 25 sgd, limited seats, register on eventbrite
we're looking for volunteers for the open source summit, free ticket included
sponsor our project on github sponsors, every bit helps keep the lights on
gig tickets for friday are 15 at the door, 12 online
pre-loved books stall at the market this saturday
our cafe's loyalty card: 10th coffee free ☕
get 10 percent off your first box with code WELCOME10
hiring! junior designer role in makati, hybrid, send portfolio to jobs at our company domain
selling handmade kakanin every sunday, order by friday
braai packs available for the weekend, order through our website
graduation photoshoots, book now for december slots
tutoring in maths and physics, first session free, DM me
our new bakery opens monday, free cookie with every coffee
limited drop: 100 hoodies with the con logo, sizes S to 3XL
ko-fi is open if you want to support my writing 💛
the band's new EP is out, buy it on bandcamp friday when they waive fees
yard sale saturday 9-2, everything must go
clearance at the shop: 70% off summer stock
referral link for the bank I actually use, we both get 20
free webinar on hiring in singapore, sign up link in the post
patreon tiers updated, early access to chapters for 3 dollars
renting out my parking space near the DART, 80 a month
looking to buy a second-hand bike, budget 200, DM if selling
selling two tickets for the rugby, face value, can't make it
our startup is hiring interns, paid, apply by the 30th
open mic night at the bar, free entry, sign up at the door
we do website design for small businesses, quotes on request
hand-poured candles, new scents for winter, shop open now
dog walking service in rathmines, rates on my page
cosplay commissions open for next year's con season, waitlist only
charity raffle tickets 2 euro each, prizes donated by local shops
flash sale: tees 12 euro until midnight
annual licence for our app now 20% off for students with a valid .edu email
promo: buy one get one free on all bubble tea every tuesday
new menu at our hawker stall, try the laksa
renewal reminder: your membership of the hillwalking club is due in march, pay at the AGM
our conference CFP is open until feb 1, travel grants available
hiring a freelance translator english to tagalog, paid per word
used monitor for sale, 27 inch, 90 quid ono
the art market is back in the quad, 30 stalls, free entry
photography prints, A3 and A4, link in my profile
limited edition vinyl restock at 6pm, 1 per customer
private swimming lessons, qualified instructor, ages 5+
our co-working space has day passes for 15 euro
we're a small team building a matrix client, support us on open collective
secondhand uniforms sale at the school on thursday
book launch party thursday, signed copies available
holiday market stall: handmade soap and bath bombs
our plant nursery is having a clear-out sale, 3 for 10
early bird tickets for the hackathon are 5 dollars, includes pizza
computer repair, fair prices, no fix no fee, call the shop
pre-orders for the fandom calendar close on the 20th
language exchange meetup, free, thursdays at the library
we're hiring! our small team in cork is looking for a rust developer to work on an open-source matrix homeserver, full-time, hybrid, salary range in the posting. apply via our careers page, no recruiters please
holiday sale on the shop: 25% off every print and sticker until sunday with code SNOWDAY, orders ship from glasgow on monday. thank you for supporting a tiny artist 💙
""")
