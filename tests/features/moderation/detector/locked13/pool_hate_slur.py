# ruff: noqa: E501
"""Hand-written pool: hate speech that uses slurs against protected groups (offensive)."""

from .textblock import lines

HATE_SLUR = lines("""
these niggers moved in two doors down and the whole estate's gone to shit since
server rule proposal: no niggers, no exceptions, no appeals
why does every fandom discord get overrun by faggots pushing their agenda into every ship
another tranny mod deleting my AO3 comments, get a real job freak
kikes own half the publishing houses, that's why your fave author got cancelled
group project and I'm stuck with two pakis who can't string a sentence together
muzzie neighbours blasting the call to prayer again. send the lot of them home
spics pouring over the border like roaches and nobody does a thing
pikeys camped on the GAA pitch again lads, lock up the bikes and the dogs
knackers robbed the van again, every tinker in the county should be run out of it
typical fenian scum cheering when a soldier dies
kaffirs can't even keep the lights on, look at the state of eskom
coolies own every shop in durban and still moan about oppression
hotnots at the taxi rank trying it on again, should be locked up the lot of them
that keling at the hawker centre short-changed me, they're all the same
ah tiongs on the MRT got zero manners, go back to china la
uni flat taken over by chinks cooking god knows what at 2am
gooks flooding every EU server, region lock asia already
dykes ruining women's football one ugly haircut at a time
no dykes or fags in my guild, we're here to raid not to be preached at
that bakla in HR keeps eyeing the new guys, disgusting, should be fired
sandniggers blowing things up again, shocker
towelheads shouldn't be let on a plane, full stop
raghead taxi driver got lost three times, go back to your camel
shemales in that fanart are disgusting, tag your degenerate trash properly
abos drinking the dole money away again, some things never change
wetbacks pick your fruit then steal your job, wake up
beaners in the replies can't even spell, back over the wall with you
the spaz in my little brother's class should be in a home not a school
mongs shouldn't be allowed to breed, harsh but true
jungle bunnies took over the park, can't even walk the dog there now
coons rioting again and the news calls it a protest lmao
polacks at the warehouse stink of vodka by 9am every single day
gyppos nicked the lead off the church roof, string em up
batty boys should be run off the island, no place for them here
poofs at the office party were all over each other, made me sick
tell that bender to keep his hands to himself in the changing room
troons are mentally ill men in dresses and I will not be told otherwise
yids control the banks and the media, just do the maths
filthy heebs running hollywood and your brains
chinamen selling fake goods on every corner, ban the lot
ching chong ching chong lol that's all the new intern says all day
slant eyes can't drive, every dent in the car park is theirs
zipperheads should stay in their own region, this is an EU server
curry munchers in the IT dept stink out the whole floor
dotheads took every seat in the lecture hall again
trannies in the women's loos is where I draw the line
faggot writers turning every male character gay, leave canon alone
the new sysadmin is a total retard like all the special ed kids, can't be taught anything
cripples faking it for benefits while the rest of us work
mongoloids shouldn't be serving coffee, it's embarrassing
wogs getting council houses before our own
another paki shop, another paki corner, this used to be england
sambos on the bus playing music out loud, every single time
golliwogs the lot of them, I'm not being racist it's just what they look like
half-caste kids from that school are always trouble
redskins getting drunk on the reservation money again
injuns should have stayed in the history books
that squaw at the casino gave me attitude
indon maids are all thieves, lock your jewellery, I'm telling you
banglas at the worksite smell, why must they take the same bus as us
flips are just cheap labour with attitude
hajjis everywhere at the airport, felt like I was in kabul
lesbos at the uni LGBT soc are man-hating freaks
fairies singing on the karaoke again, someone shut them up
homos holding hands at the school gates, think of the children
it's a tranny, stop calling it she
n1ggers... no I won't censor it, niggers are the problem and you all know it
wee fenian bastards spray-painting the wall again
coolie bus drivers in the cape are the worst on the road
taxi full of kaffirs singing, hell on earth
fag hag mods protecting their little faggots on tumblr again
spastics shouldn't be allowed at the gym, they take forever on the machines
crips and mongs get all the parking while normal people walk
one paki in the office is fine, six is a takeover
the chinks brought the virus and we're expected to be nice to them?
negroes had it better before all this woke nonsense
dune coons buying up london one tower at a time
pajeets in the comment section flooding my repo with spam PRs
pajeet devs write garbage code, never hire them for anything
every tranny on twitter is a groomer
the dyke running the student union wants to ban men from existing
gypos parked their caravans in the retail park again, council does nothing
knacker kids on the luas again robbing phones
the faggots at pride are going to get what's coming this year
a fag is a fag, doesn't matter how talented the writer is
the retards on the disability bus are so loud, can't stand it
no chinks in the starting lineup, thank god
a wetback stole my aunt's car, surprise surprise
spic music blasting from the flat below, every weekend
muzzies breed like rabbits and then take over the council
jap cars, jap phones, jap cartoons, the japs have colonised your brain
bunch of kaffirs protesting again, the police should go in hard
pakis and their corner shops ruined every high street in the north
your fave is literally a nigger-loving traitor to the fandom, unfollow
they let a tranny coach the girls' team, parents should revolt
a school full of pikeys, no wonder the results are shite
ah tiong landlord wants three months deposit, these people are vultures
keling drivers on the PIE are a menace
typical kike move, ruin something and then charge you to fix it
the abo kids steal everything not bolted down
niggas like that should be in a cage not on the team
rag heads running every vape shop on the high street
the mongoloid in the office lift pressed every button again, why do we employ them
poofter teacher pushing his lifestyle on year 8, get him out
bakla teachers should never be allowed near kids
zipperhead students cheating on every exam, the uni just lets them
curry muncher scammers, every single call, every single day
went to the ceili last night and half the hall was pikeys, fighting in the car park by ten, robbing coats by eleven. they should never have been let in, knackers the lot of them
our seminar group has been taken over by pajeets who copy each other's code and then cry to the lecturer when they get caught, sick of carrying curry munchers through every module
""")
