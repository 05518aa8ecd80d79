"""Hand-written hate against protected groups, with and without slurs.

One text per line; a line ending in a backslash continues on the next line.
"""

HATE_SLUR = """
get these niggers out of our neighbourhood
another nigger on the news for robbing a shop, shocker
no kikes allowed in this server, read the rules
the kikes running hollywood want you weak
@finn:matrix.org is a faggot, don't let him near the kids
faggots should be thrown off the nearest roof
lol this room is full of dykes and freaks
every tranny is a mentally ill man in a dress
no trannies in the women's changing room, ever
spics stealing jobs and selling drugs, same as always
send the wetbacks back across the river
beaners breed like rabbits and we pay for it
chinks brought the virus and should all go home
the gooks in my building cook dogs, disgusting
pakis ruined bradford, everyone knows it
another paki corner shop, this town is finished
raghead terrorists should be bombed back to the desert
towelheads don't belong in this country
sand niggers blowing themselves up again
the retards in this chat shouldn't be allowed to vote
gyppos nicked the lead off the church roof again
pikeys camped on the football field, lock up your bikes
kaffirs can't run a country, look at the state of it
coons are all thieves, just look at the stats
abos are drunk bludgers living off our taxes
filthy wogs everywhere on the tube these days
curry munchers stinking out the whole office
jigaboos shouldn't be allowed in the pub
keep the shemales away from normal people
troons are grooming kids in every school
muzzies should go back to their sandpit
mudslimes are a cancer on europe
jungle bunnies moved in next door, house prices are tanking
look at this porch monkey thinking he's smart
coolies should stay in the kitchen where they belong
dirty heebs always counting their money
zipperheads can't drive for shit
slant-eyed freaks flooding the unis
camel jockeys out of our country
the darkies on my street are loud every night
poofters shouldn't be allowed to adopt, it's sick
batty boys deserve what they get
lezzers are just women nobody wanted
homos are perverts, keep them away from my school
chamars should stay in their place and not touch our water
these bhangis think they can sit with us now
every katua is a terrorist in waiting
chinkis from the northeast don't belong in delhi
makwerekwere must go, they're taking everything
makwerekwere are criminals, chase them out of the township
boongs are too lazy to work
the chugs on the reserve drink all day on our dime
squaws and their bastard kids living off welfare
redskins are savages, always have been
dagos and wops ruined this neighbourhood
polacks are only good for cleaning toilets
knackers robbing everything that isn't nailed down
tinkers are dirty thieving scum
yids control every bank, wake up
spooks and spics, that's all this city is now
gypsies are thieving scum and should be run out of town
nigger lover, go live with them then
faggot mods protecting their faggot friends
that tranny streamer should be banned from existing
wetback landscapers everywhere, can't hear english anymore
the kike landlord is bleeding us dry like they all do
i'd never hire a paki, they all steal
chink food is rat meat, everyone knows
retards like you should have been aborted
queers are diseased and should be locked up
kill all the niggers
gas the kikes
hang the faggots
these niggas are animals, lock em all up
raghead scum, every single one of them
the gooks are eating all our cats
you're a dirty spic and you'll never be american
go back to africa you nigger
no dykes in my church
a tranny is not a woman and never will be, just a pervert in a wig
beaners are all drug mules
chinks are sneaky little rats
pakis stink of curry and sweat
kaffirs should be back in the bantustans
abos don't deserve land rights
wogs need to be deported
towelhead pilots, what could go wrong lol
my landlord is a kike, what did you expect
coons rioting again, typical
retarded kids are a waste of money
spaz kids shouldn't be in normal schools
those mongs shouldn't be allowed out in public
fags spreading aids again
this dyke coach is turning the girls gay
keep the troons out of sports
go back to your curry hut, paki
every gook is a spy
homos shouldn't be allowed near children
the jigs are ruining the music scene
muzzie taxi drivers are all groomers
sand niggers should be banned from flying
the gyppos need moving on by force
dirty pikey scum
nignogs everywhere on the bus
filthy kaffir, get out of my shop
gook restaurants should be shut down and the gooks sent home
these spics can't even speak english, deport them all
the only good faggot is a dead faggot
tell your tranny friends they're not welcome at our gym
a kike will sell out his own mother for a shekel
niggers can't be trusted with freedom
"""

HATE_NOSLUR = """
immigrants are vermin and should be treated like it
muslims are a plague on every country they enter
black people are closer to apes than humans
jews control the banks, the media and the government
gay people are mentally ill and need to be cured
trans people are delusional freaks who should be institutionalised
women are too stupid to be allowed to vote
refugees should be shot at the border
roma are born thieves, it's in their blood
chinese people are dirty and eat anything that moves
disabled people are a drain and shouldn't be allowed to breed
mexicans are lazy criminals, every single one
aboriginals can't look after themselves, never could
nigerians are all scammers, don't trust any of them
sikhs should take off their turbans or leave
hindus are filthy cow worshippers
asylum seekers are parasites living in hotels on our money
africans are too primitive to govern themselves
jewish people aren't real europeans and never will be
trans people aren't human, they're experiments
muslims are not people you can live next to
black people don't deserve the same rights as us
disabled people don't deserve to live
gay men are not fit to be around children
women aren't capable of logical thought
immigrants are not welcome here, not now, not ever
why are black people so violent?
can we finally admit that gay people are sick in the head?
why do jews always end up running everything? asking for a friend
isn't it obvious that muslims can't integrate?
why do we let these refugees breed in our country?
why are indians so dirty? genuinely asking
why are women so useless at everything except cooking?
how long before we admit trans people are just perverts?
muslims should all be deported, no exceptions
jews should be banned from holding public office
gay people should be put in camps
trans people should be sterilised
black people should be segregated again
women should be beaten when they talk back
immigrants should be rounded up and sent back on boats
disabled people should be euthanised to save money
roma should be removed from every town in europe
asian people should be kept out of our universities
no muslims in this server
no jews allowed in this guild, sorry not sorry
no gays in my house and no gays in my chat
keep the immigrants out of our schools
don't rent to pakistanis, they wreck the place
never hire a woman, they'll just get pregnant and leave
don't let trans people near our kids
ban all mexicans from the neighbourhood
we'll drive every last gypsy out of this county
we're going to burn down the mosque on friday, be there
the synagogue is next, lads
we'll make sure no refugee in this town sleeps safe
black families on this street will be dealt with
let's go find some gays to beat up tonight
the trans kids at that school deserve a beating
muslims breed like rats
jews are a virus
black people are animals
africans are savages
immigrants are cockroaches
refugees are a disease eating this country alive
gay people are an abomination and a stain on society
trans people are mutilated freaks
women are property, nothing more
indians smell, everyone knows it
chinese people are soulless bugs
roma are subhuman
the disabled are useless eaters
aboriginal people are a dying race and good riddance
mexicans are an invasive species
jews did 9/11 and everyone knows it
the jews are behind the great replacement
muslims are planning to take over europe through birth rates
the gays are recruiting children, it's a plan
trans activists are a cult that grooms kids
the elites are importing africans to replace white people
immigrants are being brought in to destroy our race
they are all the same, those muslims, terrorists every one of them
the jews? they're the reason every war happens
blacks commit all the crime, that's just fact
women lie about rape for attention, all of them
gays spread disease, that's just science
immigrants commit most of the crime here, fact
indians are all cheats and liars
chinese are all spies for the ccp
muslim men are all rapists
jews only care about money
nigerians are all fraudsters
africans can't be trusted with anything
pakistanis are all groomers
romanians are all pickpockets
disabled people are faking it for benefits
those people from the middle east are not human
they bring crime and disease wherever they go, these refugees
you can always tell a jew by his nose and his greed
she's a muslim, so she obviously supports terrorism
he's gay so he's obviously a pedo
a woman driver, so of course she crashed, they all can't drive
a black guy in the shop, hide your wallets
he's trans so he's obviously mentally ill and dangerous
never trust a gypsy, they'll rob you blind
if you're disabled you should just stay home and stop bothering people
black people belong in cages
muslims belong in camps
women belong in the kitchen and nowhere else
gays belong in hell
the only good muslim is a dead muslim
the only good immigrant is a deported one
there's no such thing as a decent jew
there is not a single african who can be trusted
trans people are not women and not men, they're nothing
gay marriage is a disease spreading through the west
islam is a death cult and muslims are its soldiers
judaism is a criminal organisation
black lives don't matter
white people are superior to every other race, period
the white race must be protected from mixing with inferior races
interracial couples are race traitors and should be punished
hitler had the right idea about the jews
the holocaust didn't happen and the jews made it up for money
six million wasn't enough
the camps should be reopened for the gays
every mosque in the country should be bulldozed
burn every pride flag and the people holding them
deport every single immigrant, even the ones born here
send the asians back, we don't need them
women who work are ruining society
refugees deserve to drown
i hope every muslim in this country dies
i wish all trans people would just disappear
i'd be happy if the gays all got sick and died
the world would be better without black people
india would be better without muslims, throw them out
south africa is a mess because of the blacks running it
australia was better before the abos got rights
canada should kick out every sikh
ireland is for the irish, send the africans and travellers away
nigeria's problems are because igbo people are born cheats
hausa people are backward and should be kept out of lagos
they're not british and never will be, those pakistanis
those chinese restaurants serve cats, that's how they are
zimbabweans are ruining our townships, chase them out
women in tech are diversity hires who can't code
female doctors are a risk, they're not as smart as men
gay teachers should be fired and put on a register
trans people should be banned from every public toilet and every job
disabled kids are a burden on their families and the state
autistic people are basically broken robots
deaf people are dumb, literally and figuratively
muslim kids shouldn't be allowed in our schools
jewish kids should study somewhere else, not with ours
black kids are born thugs
mexican kids are future gangbangers
roma children are raised to steal
the gay agenda wants to destroy the family and it's working
feminists and women like them are a cancer
the real problem with this country is the immigrants, get rid of them
the jewish lobby owns every politician
the muslim invasion must be stopped by any means
black men are only good for sports and crime
asians are robots with no personality
indians are an invasion in every tech company
women are emotional children
don't let the africans in, they'll turn it into a slum
do you really want a muslim for a neighbour? i'd rather die
why should gays get rights? they chose to be sick
why do we even let women drive?
who decided trans people get to exist in public?
why are we still letting jews run our banks?
when are we going to stop the africans invading europe?
what is it with pakistanis and grooming gangs? it's their culture
sikhs are all extremists, every gurdwara is a terror base
hindus are backward idol worshippers who should convert or leave
jews are christ killers and deserve what they get
muslims aren't capable of living in a civilised society
gay people aren't natural and shouldn't be tolerated
black people aren't as intelligent as white people, it's genetic
women aren't fit to lead anything
trans people aren't welcome anywhere decent
refugees aren't people, they're invaders
disabled people aren't worth the money we spend on them
the roma aren't europeans, they're a parasite on europe
asians can't be trusted in business
mexicans don't belong in america
africans don't know how to live in a civilised way
@noor:matrix.org go back to your own country, muslims aren't welcome here
@dev_k:tchncs.de your people smell and your food is rotten, go home
@aisha:envs.net women like you should be silenced
@sam_t:matrix.org another gay ruining this server, you people are disgusting
lesbians just need a real man to fix them
bisexuals are greedy liars, none of them can be trusted
gay couples raising kids is child abuse
trans women are predators, every one of them
jewish doctors are poisoning people on purpose
the chinese are engineering viruses to kill us all
muslim immigrants are here to outbreed us
blacks are ruining every city they move into
immigrants from africa are diseased
mexicans are rapists and drug dealers
the travellers are animals who live in filth
women deserve less pay because they're worth less
the disabled should be hidden away where nobody has to see them
i won't serve muslims in my shop
i won't rent to black people, ever
we don't want your kind here, go back to india
"""
