"""Hand-written hate speech WITHOUT slurs for locked5, plus frames and groups for a few more."""

from __future__ import annotations

from .textblock import lines

HATE_NOSLUR = lines("""
# dehumanisation
immigrants are a swarm of cockroaches crawling over our borders
muslims are a cancer eating europe from the inside
those people breed like rabbits and take everything we've got
refugees are vermin and should be treated like vermin
jews are parasites, always have been
black people are basically apes in trainers
mexicans are rats scurrying over the border
gay people are diseased animals
trans people are mutants, not people
disabled people are useless eaters
roma are a plague of locusts, they strip a town bare
asians are insects, they just swarm and copy
africans are savages who never left the jungle
arabs are dogs, treat them like dogs
somalis are leeches on the welfare state
travellers are human rubbish, nothing more
pakistanis are a disease in our towns
immigrants aren't people, they're a pest problem
muslims are vermin breeding in our cities
the chinese are a virus on this planet
# "X should be ..."
immigrants should be rounded up and shipped out
muslims should be banned from entering the country, all of them
gay people should be locked up for their own good
trans people should be sterilised
disabled babies should be left to die at birth
women shouldn't be allowed to vote, it was a mistake
jews should be registered and watched
refugees should be shot at sea, problem solved
black people should be segregated again
autistic kids should be put down, kindest thing
mexicans should be hunted at the border for sport
lesbians should be raped straight, that'll fix them
travellers should be moved on with dogs and batons
the deaf and the blind should be kept out of sight
roma should be sterilised like the good old days
sikhs should take their turbans and go
# exclusion
no muslims, no jews, no gays in my shop
muslims not welcome here
this server is for white people only, the rest can leave
we don't rent to indians, they stink the place out
no blacks no dogs no irish, bring it back
keep the refugees out of our schools
gay couples shouldn't be allowed to adopt, kids deserve normal parents
women don't belong in gaming, go back to the kitchen
disabled people shouldn't be allowed in public pools
no trans people in my gym, they're freaks
i'd never hire a muslim, you can't trust them
ban all jews from government jobs
africans out, europe is for europeans
chinese students should be kicked out of our unis
# threats against a group
the day of the rope is coming for the jews
we'll clean this town of immigrants one way or another
every mosque should be burned to the ground
the only good muslim is a dead muslim
time to start hunting gays again like the good old days
trans people better stay indoors this summer, we're coming
someone should put the refugees' hotel on fire
round them up and put them in camps, then finish the job
if i see a gay couple kissing in public i'll kick their heads in
europe needs a final solution for the muslim problem
shoot the boats before they land
hang the race traitors alongside the immigrants
we need a new crusade against islam
gas them all and start over
line the invaders up against a wall
# inferiority
black people are naturally less intelligent, it's just science
women are too emotional to lead anything
asians have no creativity, they just copy white people
muslims are a backwards, primitive people
disabled people contribute nothing to society
gay men are all weak and effeminate, not real men
africans have lower iq, look at the data
mexicans are too lazy to do anything but pick fruit
women are biologically inferior, accept it
indians are dirty, it's their culture
jews are greedy by nature
arabs are too primitive for democracy
trans people are mentally defective
the irish are thick drunks, always have been
white people built everything, the rest are just leeching
autistic people are broken and can't be fixed
# conspiracy-style hate
jews secretly control the banks, the media and the government
the great replacement is real, they're bringing in muslims to replace us
george soros and his people are flooding europe with migrants on purpose
the holocaust never happened, but it should have
gays are grooming our kids in every school, it's a plan
the jews planned covid to make money from vaccines
muslims are out-breeding us on purpose to take over
trans activists want to mutilate every child in the country
the zionist globalists started every war for profit
they're importing africans to destroy white europe
# pronoun reference / those people
those people are ruining our country
send them all back where they came from
they all smell and they're all on benefits, you know who i mean
you can't trust any of them, it's in their blood
honestly they're all the same, lying thieving scum, the lot of them
they should go back to their own countries and stop infesting ours
they come here, take our jobs and rape our women
once they move in the whole street goes down
these people don't belong here and never will
# phrased as questions or opinions
why do we even let muslims into the country?
is it just me or are immigrants ruining every town?
why are jews always behind every war?
just asking questions: why are black people so violent?
am i wrong for thinking gay people are disgusting?
unpopular opinion: women shouldn't have jobs
why do disabled people think they deserve the same rights?
honest question, why are trans people allowed near children?
in my opinion refugees are all criminals
imo pakistanis should be deported, every last one
my opinion: the world would be better without black people
tbh mexicans are all drug dealers and rapists
not being funny but asians eat dogs and spread disease
controversial but the nazis were right about the jews
someone tell me why muslims can't live in a civilised society
why should we tolerate gays at all?
hot take: roma are born thieves
real talk, africa would be better off if it was recolonised, they can't rule themselves
i'm not racist but black people are just more criminal
does anyone else think lesbians are just confused and disgusting?
why are indians so dirty?
is being trans a mental illness or just a perversion? both imo
facts don't care: immigrants are rapists
# more, mixed registers
muslim grooming gangs prove they're all the same, every one of them is a predator
the jews were kicked out of 109 countries, ever wonder why? 🤔
gay marriage was the start, next they'll want to marry kids
if your kid is trans just beat it out of them
why is it always the somalis stabbing people
women only get jobs because of diversity quotas, they can't earn it
honestly disabled kids are a waste of NHS money, let nature take its course
the roma are a criminal race and science proves it
every chinese student is a spy for the CCP, kick them all out
mexicans are dirty, every town they move to turns into a slum
islam is a disease and muslims are the carriers
black men are violent by nature, look at the stats
blokes in dresses should be beaten out of the ladies' toilets
asylum seekers are human garbage dumped on our doorstep
it's time to take our country back from the foreigners, by force if needed
they should sterilise every traveller woman
india is a toilet and indians bring it with them
arabs only understand violence, so give it to them
the aboriginals were better off before they got rights
bisexuals are greedy liars and spread disease
""")

# Frames for a short template tail: each frame is used with only two or three groups.
FRAMES = lines("""
{G} are vermin and should be treated like it
{G} are parasites feeding off our country
{G} are not human, simple as
{G} should be rounded up and deported
{G} should be stripped of the vote
{G} don't belong in this country
i don't want {G} anywhere near my kids
{G} are genetically inferior
why do we even let {G} in?
{G} ruin everything they touch
{G} are animals, you can't civilise them
get {G} out of our neighbourhood
{G} are a plague on this nation
{G} should just disappear
{G} deserve to be beaten in the street
the world would be better without {G}
{G} are filth
{G} should be locked up, all of them
i'd happily watch {G} burn
{G} are a disease and we need a cure
{G} are subhuman trash
{G} need to be wiped out
can't stand {G}, they make me sick
{G} don't deserve rights
{G} are all criminals and liars
""")

GROUPS = lines("""
immigrants
refugees
muslims
jews
black people
asians
chinese people
mexicans
gay people
lesbians
trans people
trans women
disabled people
autistic people
women
arabs
roma
travellers
africans
indians
pakistanis
somalis
sikhs
hindus
polish people
romanians
aboriginal people
latinos
bisexuals
non-binary people
deaf people
migrants
""")
