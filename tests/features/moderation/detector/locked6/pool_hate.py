"""Hand-written hate without slurs for locked6, grouped by the form the hate takes."""

from __future__ import annotations

from .textblock import texts

DEHUMAN = texts("""
muslims are a disease spreading through europe
immigrants are cockroaches, they get in everywhere and you can never get rid of them
refugees are human garbage washing up on our beaches
jews are parasites feeding off every host nation
black people are basically apes with smartphones
trans people are freaks of nature, there's nothing human about it
roma are rats, they breed in their own filth
mexicans are a plague on this country
disabled people are useless eaters and always have been
the migrants at the hotel are vermin, every single one of them
africans are animals, just look at how they live
chinese people are insects with no souls
pakistanis are a cancer on this town
aboriginal people are a stone age relic that should have died out
nigerians are rodents, they multiply everywhere they go
lesbians are degenerate filth
indians are like locusts, they swarm every country they touch
autistic kids are defective products that should be sent back
hindus are cow piss drinking savages
zimbabweans in joburg are vermin, drive them out
igbos are snakes, never trust one of them
muslim men are beasts who can't control themselves around women
trans women are perverted creatures pretending to be human women
asylum seekers are locusts stripping the country bare
gay men are diseased animals
""")

SHOULD = texts("""
gay people should be put in camps
muslims should be banned from entering the country, full stop
refugees should be left to drown in the channel
trans people should be forced into conversion therapy until they're fixed
disabled people should be sterilised for the good of society
jews should be kicked out of every government position
black people should go back to africa where they belong
immigrants should be shot on sight at the border
women shouldn't be allowed to vote, they're too emotional
mexicans should be rounded up and deported, every last one
roma children should be taken from their parents
muslims should have to wear ID badges in public so we know who they are
gay couples should be stoned like in the old days
indians should go back to their own filthy country
the chinese should be kicked out of australia
lesbian teachers should be sacked immediately, they're predators
autistic people should be kept away from normal kids
nigerians should be banned from every bank in the world
sikhs should take off their turbans or get out
pakistani families should be deported, even the ones born here
asylum seekers should be dumped on a prison island and forgotten
dalits should stick to cleaning toilets, it's their place
hindus should be driven out of every muslim country
every mosque should be bulldozed and the imams locked up
arabs should be kept out of western countries for good
""")

EXCLUSION = texts("""
no muslims allowed in my shop, sign's going up tomorrow
we don't rent to black people, sorry not sorry
gay people are not welcome in this church or in this town
keep the trans out of our gym
no indians, no dogs. simple rule
this server is whites only, everyone else gtfo
jews are not welcome at any of our events
don't hire women, they just get pregnant and leave
refugees go home, nobody wants you here
no travellers, no gypsies, no exceptions
foreigners out of south africa, this land is for us
chinese students shouldn't be admitted to our universities
keep the disabled out of the restaurant, they put the customers off their food
mexicans need not apply
lesbians will not be served at my bakery
we don't need pakistanis in this neighbourhood
aboriginals keep out of the pub or else
africans out of our estate, we've had enough
no gays in our locker room
our family doesn't marry muslims or blacks and never will, they're beneath us
igbos get out of lagos, go back east
hindus have no place in this country, get out
""")

THREAT_GROUP = texts("""
we're going to burn down every mosque in this city
time to hunt down the gays, they've had it too easy
the day of the rope is coming for the jews
if i see a trans person in the ladies i will beat them senseless
someone should bomb the refugee hotel
round up the immigrants and shoot them
let's go smash up the indian shops on the high street tonight
every black family in this town better leave before we make them
gas them all, the jews had it coming
we'll torch the travellers' camp this weekend, who's in
beat up any muslim you see wearing a headscarf
kill every last one of the fulani herdsmen
they should machine gun the migrant boats before they land
i'm going to drive my car into the next pride parade
grab a bat and let's go find some mexicans
time for another kristallnacht
lynch them all, like the good old days
the next chinese person i see on the train is getting hit
we need to cleanse this country of the pakistanis
hang the gays from cranes like they do in iran
the foreigners in alex will burn tonight
drive the roma out of the village with fire
every time i go into town there are more of them, muslims with their mosques and their halal \
shops, and nobody has the guts to say it: they're invaders and we need to drive them out by force
""")

INFERIORITY = texts("""
women are simply less intelligent than men, it's biology
black people have lower IQs, that's just science
muslims are a backwards people stuck in the 7th century
africans never even invented the wheel, what does that tell you
indians are dirty by nature
gay people are mentally defective
disabled people contribute nothing and never will
mexicans are too stupid for anything except picking fruit
the chinese have no creativity, they can only copy
jews are genetically programmed to be greedy
aboriginal people are the lowest form of humanity
trans people are delusional and can't be trusted with real jobs
roma are born criminals
the white race is superior to all others, accept it
nigerians are liars by nature, it's in the blood
women belong in the kitchen, not in parliament
asians are robots with no personality
dalits are born impure and always will be
autistic people aren't capable of love or anything real
pakistanis are inbred and it shows
arabs are a primitive desert people who never created anything
black women are the least intelligent people on earth
""")

CONSPIRACY = texts("""
the jews planned covid to make money from the vaccines
muslims are secretly taking over britain through birth rates, it's the great replacement
the gay agenda is to groom your kids in school
immigrants are being shipped in on purpose to replace white people
trans activists are a cult trying to sterilise children
jewish bankers own the central banks and fund both sides of every war
black lives matter is a front for black people to rob white people
the chinese released the virus on purpose to wipe out the west
women are secretly working together to enslave men, every last one of them is a \
manipulative parasite
jews did 9/11, look it up
every mosque is a terror training camp
mexicans are part of a plan to take back texas
refugees are an invasion army of military-age men
indians are taking over tech to spy for their government
the holocaust never happened, the jews made it up for money
jewish globalists are funding the migrant invasion
gay people spread monkeypox on purpose
muslim doctors are secretly killing christian patients
the aboriginal land councils are a scam to steal white farms
jews control hollywood, the banks and both parties
white genocide is real and black people are the foot soldiers
nigerians are behind every scam on earth, their government organises it
""")

PRONOUN = texts("""
saw the new family of syrians on our street. they'll be robbing us within a week, they always do
another mosque being built in town. they won't stop till we're all under sharia
the trans lot at work want their own toilets now. they're all perverts, honestly
jews in the news again. they just can't help lying, can they
went past the pride march. they were disgusting and should all be locked up
my daughter's class has three gypsy kids now. they stink and they steal
had to deal with a nigerian customer today. they're all fraudsters, every one of them
the refugees got new phones from the council. they're leeches, nothing more
new indian neighbours. they stink the whole street out, filthy people
black lads hanging round the station again. they're animals, lock them up
the chinese students at my uni, they're spies and rats the lot of them
the lesbian couple next door want to adopt. they shouldn't be allowed anywhere near kids
a pakistani family opened a takeaway on our road. they should go back to their own country
the mexicans on my crew are back. they're lazy and they smell
the hindus in my town built a temple. they're idol worshipping savages
muslims at the school gates again. they should all be deported, no exceptions
the aboriginals in town are at it again. they're a waste of space
more migrants landed at dover. they're not people, they're an invasion
the gay teacher at my kid's school? they're all predators, get him out
a deaf couple moved into our block. they're a burden, they shouldn't get to live off us
""")

QUESTION = texts("""
why are muslims so violent? serious question
has anyone noticed every scammer is nigerian? why are they all like that
why do jews control all the money?
why do we let gay people anywhere near children?
why are black people so lazy?
why do trans people think we'll ever see them as anything but freaks?
how many more rapes before we admit immigrants are the problem?
why are indians so dirty?
is it just me or are all mexicans criminals?
why should disabled people get to live off our taxes?
why do gypsies steal everything that isn't bolted down?
why do the chinese eat dogs and bats like savages?
when are we going to deport all the pakistanis?
how is it legal for lesbians to adopt? who protects the kids?
why do women even bother with careers when they're useless at them?
aren't all arabs terrorists at heart?
why does every aboriginal get free money for doing nothing?
when will we finally get rid of the muslims?
why do refugees get hotels when they're all criminals?
why do hindus worship rats and cows? primitive idiots
""")

NEGATION = texts("""
muslims are not human, they're animals
trans women are not women and never will be, they're men in dresses
gay people are not normal and they never will be
black people aren't capable of running a country
immigrants are not welcome here, never were, never will be
jews are not to be trusted, not ever
disabled people don't deserve to live off our taxes
refugees aren't refugees, they're invaders
no muslim should ever hold public office
mexicans don't belong in this country
women shouldn't be allowed to drive or vote
nobody should hire a nigerian, they all steal
never trust an indian in business
lesbians aren't real women, they're broken
roma aren't people, they're parasites
the chinese don't have souls
aboriginals don't deserve land rights or anything else
no gay should ever be allowed to teach children
trans people are not valid, they're mentally ill
there's no such thing as a good muslim
africans can't govern themselves and never could
pakistanis are not british and never will be, no matter where they're born
""")

# Templates: each is used at most three times.
TEMPLATES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "honestly {} are a stain on this country and should be thrown out",
        ("muslims", "gypsies", "nigerians"),
    ),
    (
        "can't walk down the street anymore without seeing {}. disgusting, ship them all off",
        ("trans people", "immigrants", "gay couples"),
    ),
)
