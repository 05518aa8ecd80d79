"""Hand-written reclaimed slurs in in-group self-description and slur homonyms in
innocent use (benign/reclaimed), plus hostility at non-protected targets
(benign/nonprotected). One text per line."""

RECLAIMED = """\
proud queer woman, she/her, here for the memes 🏳️‍🌈
dyke march this saturday!! who's coming
me and my nigga been friends since year 7, love that man
just a fat fag living my best life in brighton
queer and here, happy pride everyone
crip solidarity ✊ disabled and not sorry
bi, poly, and a massive dyke about it tbh
my niggas showed up for my birthday, blessed fr
queers for climate justice meet tuesday, all welcome
as a proud gypsy woman i'm tired of people being scared of our culture
lol we're just two old fags drinking tea and doing the crossword
the bitches and i are going out tonight 💅
trans, queer, tired, caffeinated
honestly my nigga you did that 🔥
crip time is real, i'm running 40 mins late and i've made peace with it
queer eye marathon tonight
black dyke poet, open mic on friday
the girls call me their fag hag and i love it
we're here, we're queer, we're getting brunch
sis that outfit? bad bitch energy
just moved to scunthorpe for work, anyone know a good pub?
the council in penistone is finally fixing the potholes
walked from clitheroe to whalley today, lovely route
bought a maine coon kitten, her name is pudding 🐱
a raccoon got into the bins again, the little coon trashed everything
had faggots and peas for tea, proper northern comfort food
nipping out for a fag, back in 5
cigs are so expensive now, a pack of fags is like 16 quid
the dutch built that dyke in the 1600s and it's still holding
our bitch had a litter of six puppies last night 🐶
a bundle of faggots for the fire, like my grandad used to make
there's a chink in the curtain letting the light in
found the chink in his armour, he can't defend set pieces
using makrut lime leaves in the curry, my old cookbook calls them kaffir lime
spic and span, the house is finally clean
the gypsy moth caterpillars are eating my oak tree
ordered a bowl of sauerkraut, the kraut here is amazing
the rio negro meets the amazon near manaus, stunning
the flame retardant coating on the sofa smells weird
the conductor wrote ritardando, so we slowed the tempo
the niger river flows through four countries
went to see the homo erectus skulls at the natural history museum
homogenized milk or whole milk for the cake?
my car's tranny is shot, getting it rebuilt next week
went through three trannies on that old subaru, gearbox is cursed
the dago (san diego) trip was amazing, great tacos
paddy fields in bali at sunrise 😍
spotted dick and custard for pudding, school dinner vibes
the pansies are blooming on the balcony 🌸
dick van dyke was brilliant in that film
my mate dick is coming round for poker
booked a cottage near shitterton in dorset, yes that's the real name
we drove through fucking in austria, took the obligatory sign photo
the bishop of bath and wells spoke at the service
cockburn's port, a christmas essential
the coon cheese ad in australia got renamed, now it's cheer
nigella's roast potatoes are unbeatable
drinking a snakebite and black at the student union
a pair of titmice nested in the box by the shed
blue tits and great tits at the feeder this morning 🐦
booby birds in the galapagos have bright blue feet
the cock crowed at 4am again, rural life
i'm a bit of a hoe in the garden, always hoeing the weeds
the pussy willow is out in the hedgerow
the bushtit is a tiny north american bird
fanny adams was a real person, the phrase comes from her
i'm deaf and i'll sign at you if you're lucky 🤟
as a wheelchair user i call myself a crip with pride, my community, my word
as a gay man i've reclaimed "queer" and it feels like home
i'm autistic af and proud of it
the spastic society changed its name to scope in 1994, interesting history
"retard" in french just means "late", my train was en retard
cracker barrel for breakfast on the road trip
put cheese on crackers, instant lunch
honky tonk bar in nashville tonight 🤠
the redskins rebranded years ago and it was the right call
watched the documentary about the yid army chant debate at spurs, complicated history
yellow peril was the name of a 1900s propaganda term, we studied it in history
the grammar nazi in me needs to say it's "their" not "there" (sorry)
bloody pom, my aussie mate calls me that and i call him a convict
bitch i'm back 💅 (talking to my best friend)
my girls, my queens, my bitches ❤️
us queer folk need to stick together
she calls herself a fat dyke and honestly iconic
i'm a sissy and a proud one, pink nails and all
drag queens are royalty. happy to be a queen among queens
fairy lights up in the garden for the party ✨
nigga what are you doing at 3am lol (my cousin, we're both black)
my wetsuit has a tear, need a new one before the surf trip
slope gradient for the ski run is 35 degrees
spooky season is here 🎃
the moors near whitby are beautiful in autumn
wogan was the best radio presenter ever, miss terry's breakfast show
this niggle in my hamstring is back, no running this week
my surname is cockburn and i've heard every joke
a bellend is also a bit of a bell, ask any bellringer
lesbian, vegan, cyclist. i know, i know
the old stone faggot oven at the museum still works, they baked bread in it
proud to be a dyke in a small town, it's not always easy but here i am
my spaniel is a complete bitch in heat this week, keeping her in
"""

NONPROTECTED = """\
i hate printers, they should all be burned
mondays should be illegal
i want to murder whoever designed this tax form
this software is garbage and the devs should be ashamed
kill it with fire 🔥 (my inbox)
the weather can go straight to hell
death to all mosquitoes
pineapple on pizza is a crime against humanity
i hate this stupid laptop, it freezes every 5 minutes
hope the bus company goes bankrupt, useless lot
leeds united are the worst team in the league, hope they go down
i'd happily throw this router out the window
my alarm clock is my mortal enemy
cilantro tastes like soap and should be banned
whoever invented daylight saving should be fired into the sun
these self checkout machines are evil
the new update is the worst thing that's ever happened to this app
i despise traffic cones
burn all the spreadsheets
i hate jazz, sorry not sorry
flat earth theory is moronic
capitalism is a disease
fascism should be crushed
communism was a disaster and should stay dead
i will destroy this ikea wardrobe before it destroys me
stupid wasps, every single one of them can die
cats are overrated, dogs rule
i hate raisins. they're grapes that gave up
london is overpriced and overrated
tories should be voted out and never come back
labour are useless, bin the lot of them
corporations are parasites on the economy
the vending machine ate my quid, i'm going to kill it
chelsea fans are deluded and their club is a joke
real madrid can get in the sea
vinyl sucks, fight me
crypto bros are annoying and crypto is a scam
my boss's ideas are trash
i hate my commute more than anything
the new logo is hideous, whoever approved it should be sacked
this heatwave can die in a ditch
i'd like to set fire to every bike with no lights
the council should be ashamed of these potholes
reality tv is rotting our brains
brussels sprouts are the devil's vegetable
microsoft teams is a punishment
i'm at war with the pigeons on my balcony
rain, rain, go away and never come back
the tax office is a bunch of incompetent clowns
this printer is possessed, exorcism time
airlines are scammers with wings
i hate windows 11 with every fibre of my being
hope the landlord company's servers crash forever
slugs. i want every slug gone from my garden. every single one
goodbye 2025, you were a terrible year and i won't miss you
fuck this traffic
the algorithm is evil
i hate clowns, creepy as hell
homework should be abolished
the dentist's drill is torture
motorway roadworks should be a war crime
cancel the stupid meeting, it could have been an email
the new stadium looks like a toaster, tear it down
man utd's owners have ruined the club, get them out
cricket is boring, there i said it
ban leaf blowers. all of them. today
marketing emails should be punishable by law
this font is an abomination
smartwatches are a scourge
i'd like to launch my phone into the sea
screw you, autocorrect
alarm went off at 5am. i'm going to strangle it
my code is a disgrace and so is this framework
the sun is my nemesis, where's my SPF
hate hate hate hate cold showers
these shoes are killing me, i'm throwing them in the bin
the referee's decisions today were criminal
that film was so bad i wanted to walk out and demand my life back
slow walkers should get their own lane
dear wifi, i hope you suffer
"""
