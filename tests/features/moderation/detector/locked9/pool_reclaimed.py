"""locked9 benign pools: reclaimed slurs / innocent homonyms, and hostility at
non-protected targets (objects, ideas, weather, software, teams, Mondays)."""

from __future__ import annotations

from .poolutil import lines

RECLAIMED = lines("""
proud dyke, proud mum, proud primary school teacher 🏳️‍🌈
queer and here, happy pride month everyone
my niggas pulled up for my birthday, love y'all fr
crip life update: my wheelchair got a glittery new paint job 🦽✨
fat, queer and fabulous, deal with it
old poof reporting for duty at the pride parade again, 30th year running
bent as a nine bob note and proud of it 💅
dykes on bikes leading the parade as always 🏍️🌈
been a tranny since the 80s and i've never seen the girls this loud and proud. love it
bitches brunch this sunday, bottomless mimosas 🥂
gaysian representation in this show is everything
spoonie crip squad, who's up for a low-energy hangout
big ol' homo at the office christmas party, wish me luck
my fellow fags, the new robyn album just dropped 🪩
proud blackfella from the kimberley, welcome to country at my uni grad today
proper wog wedding this weekend, 600 guests and yiayia crying already
we're queer, we're here and we want brunch
the queer book club is reading giovanni's room this month
ok fellow autistics, what's everyone's special interest this week? mine is trains, forever
my brother and i call ourselves the coconut twins, brown outside, totally lost in desi weddings
femme dyke energy today, red lipstick and steel toe boots
this poofter just ran his first marathon!! 🏳️‍🌈🏃
my bisexual disaster self just sent the text to both of them, help
as a disabled crip i'm allowed to make the wheelchair puns, you're not 😂
me and my girls call each other bitch constantly, it's a love language
just a little queer kid from wagga who made it to sydney mardi gras 🥹
nigga we made it!!! graduation day for the whole crew 🎓
the gay agenda today: laundry, groceries, cuddle the cat
dyke march starts at 2pm at the park, bring water and sunscreen
from one queen to another: you slay, sis
tranny shack reunion party was legendary, the old girls still know how to party
us wogs know how to throw a christening, 3 spit roasts and counting
poof pride since 1987
queer desi girl living her best life, ammi please never find this account
deaf queer and loud (visually) 🤟
no homo but my bro just made the best lasagna i've ever had... ok a little homo, i'm gay
lesbian chaos in the group chat again, someone planned a 4th cottagecore picnic
hey fellow queers, our trivia team needs a name
queer eye marathon with my husband, crying at every episode
my dad's a raging old homo and the best cook i know
crip time is real, i'll be there when i get there
we're just a bunch of loud queers who love board games, join us thursday
lmao my fellow gays cannot drive, myself included 🚗🏳️‍🌈
we're the fag hags of the village, front row at every drag brunch
Scunthorpe United won 2-0!! up the iron
had faggots and peas for tea, proper black country grub
popping out for a fag, back in 5
walked a stretch of Offa's Dyke path this weekend, knees destroyed
the dutch dykes held up during the storm, engineering marvel
got a coonhound puppy and she howls at literally everything 🐶
stargazing trip to Coonabarabran, the observatory was unreal
Coonamble show this weekend, who's coming?
spotted dick and custard at nan's, the only correct sunday pudding
there's a chink in the curtains letting the streetlight in, can't sleep
volunteering in Niger next year with the water charity, so excited
spic and span! kitchen finally clean after the party
added a fire retardant spray to the shed, just in case
our bitch had 6 puppies last night, mum and pups all doing well 🐕
pussy willow in a vase on the kitchen table, spring is here
a cock pheasant walked straight across the lane in front of us
great tits and blue tits at the feeder this morning 🐦
uncle Dick's retirement party tonight, 45 years at the council
reading Moby Dick finally, chapter 12 and still no whale
homo sapiens have been around for about 300,000 years, wild to think about
picked up some homo milk for the baby (canadians will know)
it's a bit nippy this morning, grab a jacket
nip down to the shops for me? need milk
spooky season is here 🎃👻
finally visited Twatt in Orkney, the sign is real lol
great walk from Penistone to the reservoir
weekend in Cockermouth, lovely little town
my great aunt Fanny turned 100 today!!
use the bastard file for the first pass then the smooth one
bastard sword vs longsword, which is better for a D&D paladin?
the slag heaps near the old mine are being turned into a nature reserve
cheese and crackers for dinner, living my best life
rebuilt the tranny on my old ute, shifts like butter now
shopping in Mong Kok, so many sneaker stores
my grandad used to say 'we'll end up on queer street' when money was tight
the Gipsy Moth at the air museum is a beautiful old plane
stacked faggots of hazel for the bonfire, old-school
Dick Van Dyke is a national treasure, still dancing at 100
couldn't stop sniggering during the wedding vows, bad guest
new knobs on the kitchen cupboards, looks brand new
ritardando in bar 32, remember to retard the tempo gradually
need a spade for the veggie patch
caught a nice jewfish off the rocks at noosa, released it after a photo
need kaffir lime leaves for the green curry, or makrut leaves as they're called now
negroni o'clock 🍸
the club's annual Gaylord family reunion, 200 of us
randy the labrador ate an entire birthday cake
the teacher called it a 'niggardly' budget and half the class misheard, he explained the word after
Cheer cheese (the old Coon brand) on jatz, peak aussie snack
bought a fanny pack for the festival, so practical
the coon cat breed, maine coons, are basically dogs in cat form
black country faggots from the butcher, nan's recipe
blue-footed boobies at the galapagos were the highlight of the trip
dyke road in brighton is closed for resurfacing
sprinkled nigella seeds on the naan, kalonji makes everything better
sat by the old dyke on the fens watching the herons
""")

NONPROTECTED = lines("""
i hate printers, they should all be burned
windows update can die in a fire
mondays should be illegal
death to pineapple on pizza
exterminate every slug in my veggie patch
seagulls are flying rats, they stole my chips AGAIN
i want to throw this laptop out the window
whoever designed this tax form should be locked in a room with it forever
i hate this weather so much, rain rain go away forever
kill it with fire 🔥🕷️ (there's a spider in the bath)
man united are a disgrace, sack the whole squad
collingwood deserve every loss, what a joke of a club
mosquitoes are pure evil, wipe them off the earth
this software is garbage and the devs should be ashamed
burn all the ikea instructions, they're useless
tiktok is rotting everyone's brains, ban it
daylight saving is a crime against humanity
i'd happily strangle whoever invented the self checkout 'unexpected item in bagging area'
the bus company should be shut down, useless the lot of them
parking wardens are the lowest form of life, change my mind
i loathe coriander, it tastes like soap, ban it from the earth
jira is the devil
my phone is a worthless piece of junk
cancel winter, nobody asked for it
all alarm clocks should be smashed with a hammer
traffic in bangalore should be tried at the hague
the new tax rules are daylight robbery and i hate every word
i hate exams, they should all be abolished
cockroaches in the flat again, nuke the place from orbit
estate agents are parasites, prove me wrong
the tories need voting out into the sea
gym mirrors should be destroyed, nobody needs to see that
i hate leetcode with the fire of a thousand suns
the broncos are cooked, disband the club
our old printer deserves a viking funeral 🔥
autocorrect is my sworn enemy
stupid wifi router, i'm going to drown you in the sink
the humidity in chennai should be banned
i hope my neighbour's car alarm dies a slow death
roundabouts are the work of satan
spam calls should carry the death penalty (jk but also)
cricket's DRS system is an absolute disgrace
the rats in the bins are getting bigger, call pest control and nuke them
i will fight this vending machine, it ate my £2
brussels sprouts are vegetables of pure evil
mondays can go straight to hell
the 7:42 to waterloo is a disgrace to the concept of trains
microsoft teams should be thrown into the sun
crypto is a scam and every coin should burn
the wind in wellington is trying to murder me
i hate reality tv, it's rotting society
ants in the kitchen, war has been declared 🐜⚔️
ban group projects from every university
facebook marketplace is full of time wasters and i hate it
that referee should never be allowed near a pitch again
my car is a useless rust bucket, taking it to the scrapyard
hay fever is a war crime
the supermarket moved everything around, i want to riot
javascript should be wiped from existence
ugh tax season, i hate it, i hate it, i hate it
burn the bureaucracy to the ground, three forms for one parking permit??
the sun in queensland is trying to kill me personally
the new season of my show is trash, fire the writers
stupid ikea drawer, i will destroy you
goals from VAR should all be scrapped, ruins the game
the heatwave can go to hell
i hate open plan offices, they should all be demolished
wasps should be eradicated, no purpose, only violence
excel crashed AGAIN, i'm going to smash this pc
the chelsea midfield should be sold for scrap
nft bros are a plague
vuvuzelas should be banned forever
my alarm clock is my enemy and i will defeat it
the airline lost my bag, worst company on earth, i want them to go bust
pigeons on my balcony, declare war
those instant noodles were an insult to my ancestors
down with homework!!! ✊
the new logo is hideous, fire the agency
i despise loading screens, destroy them all
pop-up ads should be hunted to extinction
""")
