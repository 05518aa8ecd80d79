"""Hand-written hate with slurs for locked6, plain and misspelled.

``MISSPELLED_SEEDS`` mark the key words in braces; ``make_locked6`` misspells the marked
words with ``transforms.misspell``. ``MISSPELLED_HAND`` are already misspelled by hand.
"""

from __future__ import annotations

from .textblock import texts

HATE_SLUR = texts("""
fucking niggers ruined this neighbourhood, it used to be a nice place to live
@dre:matrix.org nobody wants a nigger in our guild, kick him already
another coon on the news for robbing a shop, shocker
bunch of jigaboos blasting their jungle music on the train again
these porch monkeys can't do anything but steal
kikes run the banks and the media, wake up people
a kike landlord will bleed you dry, never rent from one
the yids are behind every war, always have been
dirty heebs counting their shekels again
i'm not sitting next to a faggot on the bus
faggots shouldn't be allowed anywhere near schools
look at this fag in a dress, disgusting
poofs like him deserve a good kicking
bloody poofters ruining the footy for everyone
batty boys need to be run out of the area
some dyke tried to chat up my girlfriend, filthy lezzer
lesbos are just women no man wanted
a tranny in the women's toilets, call the police
trannies are mentally ill freaks and should be locked up
that shemale freak should stay away from our kids
troons are just mentally ill men in wigs lol
the new guy is a retard, can't even hold a pen properly
retards like her shouldn't be allowed to have kids
stupid spastic kid screaming on the plane, should have been put down at birth
spazzes and mongs should be kept in homes away from normal people
pakis stink of curry and they're taking over Bradford
the paki shop owner overcharged me again, typical paki
curry munchers flooding every IT job in the country
dothead scammers calling my nan again
pajeets can't code, they just copy and paste and smell up the office
chinks ate bats and gave us all covid
a chink opened a shop on our street, there goes the neighbourhood
gooks can't drive, everyone knows it
slant-eyed bastards stealing all our tech
zipperheads should go back to asia
japs are sneaky little rats
ching chong ching chong, go back home
spics are breeding like rabbits down here
send the wetbacks back over the wall
beaners stole my truck, surprise surprise
ragheads blowing themselves up again
towelheads should be banned from flying
sand niggers don't belong in europe
muzzies want sharia everywhere, kick them out
goatfuckers from the middle east should stay there
gypos nicked the lead off the church roof again
pikeys parked up on the field again, someone torch the caravans
another gyppo wedding in town, hide your valuables
abos just drink and claim welfare
boongs don't deserve land rights
kaffirs can't run a country, look at the state of it
makwerekwere go home, you steal our jobs and our women
these chamars should know their place
bhangi people shouldn't touch our water
darkies keep moving into our street
the sambo in accounts thinks he's the boss now
this team is full of monkeys, go back to the zoo you niggers
queers are an abomination and will burn in hell
homos spreading their disease everywhere
fudge packers shouldn't be allowed to be teachers
i'd never let a dyke babysit my kids
trannies are groomers, every single one of them
tranny freaks belong in psych wards not in women's sport
mongs shouldn't be in mainstream schools holding everyone else back
cripples are a drain on the NHS, let them rot
what do you expect from a paki, lying is in their blood
the kike media lies about everything
that jewboy banker ripped us off like they all do
hymies own every business on this high street
jungle bunnies everywhere in this city now
a nigger can't be trusted with money
niggers are closer to apes than people
faggot teachers should be shot
gassing the kikes was the right idea
too many chinks at my uni, can't understand a word in lectures
wogs out of australia
the wogs at the servo short-changed me again
@ali.h:matrix.org go back to your cave, raghead
that towelhead taxi driver probably has a bomb in the boot
beaner fruit pickers are all illegal anyway
wetbacks swim over and expect free healthcare
the spic next door plays his shit music all night
gooks and chinks are all the same to me
chinky food gives you diseases, they cook rats
fucking pakis, every last one of them should be deported
paki bashing was a good old tradition, bring it back
pikeys are thieves, always were, always will be
gyppos should be sterilised
retarded mongoloid kids should be put in institutions
spastics shouldn't be allowed to breed
bunch of fags holding hands in public, makes me sick
faggots spread aids, simple as
lezzers just need a good man to fix them
those coons are rioting again, send in the army
nigger music is destroying our youth
kikes and their money, nothing ever changes
that heeb accountant is a crook like the rest of them
muzzie scum are outbreeding us
ragheads raping our women, wake up britain
abos are stone age people, they can't be civilised
kaffirs should go back to the homelands
coolies should go back to the cane fields
half-breed mongrel kids, that's what race mixing gets you
fucking nips bombed pearl harbor and still think they're better than us
the local council is run by pakis and kikes now
darkie kids at my son's school are a bad influence
a gook family moved in next door, lock up your dogs
shemales and trannies are perverts, keep them away from our daughters
no wonder the chippy closed, the paki next door undercuts everyone with rat meat
dumb spics can't even speak english after 20 years here
""")

MISSPELLED_HAND = texts("""
all muzlims are terrorits and shud be deported
the jooz control evrything, open ur eyes
fagit teachers shouldnt be near kids
imigrants are parasits draining are country dry
filthy nigguhs ruined the park
trannys are mentaly ill and dangerous
retart kids shouldnt be in normal skools
gays are disgustin and shud be locked up
refujees are invaiders, send em back
pakis stink, go home pakkis
blacks are animls, always will be
jewz run the banks lol
mexicns r all drug dealrs and rapests
lesbeans just need a real man
homoz are sick in the head
chinkz brought the virus here
mooslims breed like rats
faggs everywhere in this city now
the immagrants are takin over our towns
gipsies are theives the lot of them
abbos are lazy drunks
kykes own hollywood
spicks dont belong here
arabz are all terorists
trannies shud be banned from existance
gheys are pedos
asains cant drive and they eat dogs
refugess are rapists every single one
reffos go home, we dont want ya
wimmen are to stupid to vote
the blak kids are savidges
jooish bankers started every war
muslems arnt human, there animals
disabeled ppl are a waste of tax money
immigrents should be shot at the border
pajeets smel like curry
damm fagots ruining evrything
hindoos worship cows cus there stupid
africans are stil living in trees lol
nigerains are all scammers
jues should of been finished off in 45
kill all teh muslims
gasthejews lol
deportthemall muzzies
sendthemback, every last reffo
trannysaremen and freaks
queerz deserve aids
gypos r vermen
fuk the jewz
blak ppl r dumber its scince
fkn pakkis takin our jobs
chinks r dirty, they shud go home
sum1 shud burn that mosk down
mexicants out
lesbos r disgustang
wetbaks get out
bloody abos sniffin petrol agen
sikhs r just towlheads
romas are theifs and beggers
aboriginees are a dying race, good ridence
""")

MISSPELLED_SEEDS = texts("""
all {muslims} are {terrorists} and should be {deported}
the {jews} control the banks and the {government}
{immigrants} are {parasites} living off our taxes
{gays} are {disgusting} and shouldn't be allowed to adopt
{faggots} should be thrown off roofs
{trannies} are {mentally} ill freaks
{retards} shouldn't be allowed to vote
{blacks} are {savages}, look at the crime stats
{niggers} ruin every city they move to
{refugees} are {invaders}, not guests
{pakis} should go back where they came from
{chinks} are dirty and eat anything that moves
{kikes} are greedy {vermin}
{spics} are all {criminals}
{dykes} are {disgusting} and should keep it behind closed doors
{lesbians} are just {confused} women who need fixing
{arabs} are {animals}
the {gypsies} are {thieves} and should be moved on
{mexicans} are {rapists} and drug mules
{abos} are lazy drunks who never worked a day
{asians} are {inferior} copycats
{muslims} are {subhuman}
{homosexuals} are {perverts} and should be jailed
@bex:matrix.org {nigerians} are all {scammers}, don't trust her
the {migrants} in the hotel should be {exterminated}
{jews} are the {enemy} of every nation
{transgender} people are {abominations}
{disabled} people are {useless} eaters
{indians} are {filthy} and smell
the {chinese} are {cockroaches}
{immigrants} go home, we don't want you
{gays} will burn in {hell}
{blacks} are {criminals} by nature
{women} are too {stupid} to lead
{muslims} should all be {banned}
{queers} should be put in {camps}
{hindus} are {pagans} and idol worshippers who should be converted or killed
{refugees} are {rapists} and thieves
{niggers} are {monkeys}
{faggots} deserve to {die}
{pakistanis} are {inbred}
{mexicans} are {illegals} and should be shot at the border
{jews} are {rats}
{gypsies} are {scum}
{trannies} are {groomers}
{aboriginals} are {primitive}
{retarded} kids should be {euthanised}
{chinese} people are {dogs}
{somalis} are {pirates} and savages
{africans} are {apes}
{immigrants} are {vermin}
{lesbians} are {sick}
{homos} are {disgusting}
{arabs} are {terrorists}
{dalits} are {untouchable} dirt
{igbos} are {thieves}, never trust them
{syrians} are {parasites}
{roma} are {thieves} and {beggars}
{jews} are {liars} and always have been
the {muslims} are {invading} europe
{gays} are {pedophiles}
{blacks} have lower {intelligence}
{transgender} people are {mentally} ill
{immigrants} are {criminals} and should be {deported}
{chinks} should go back to {china}
{pakis} {stink}
{kikes} {control} everything
{spastics} should be {locked} away
{niggas} are {lazy}, it's in their genes
{feminists} and {women} should shut up and make sandwiches
{muslims} {rape} children, it's their religion
{gypsies} {steal} everything
{queers} are {unnatural}
{refugees} should {drown}
{jews} deserve the {ovens}
{blacks} are {violent} animals
{africans} are {uncivilised}
{mexicans} are {dirty}
{faggots} spread {disease}
{trannies} are {freaks}
{indians} are {scammers}
{asians} are {sneaky} and cannot be trusted
{disabled} people are a {burden}
{lesbians} are {perverted}
{chinese} people spread {viruses}
{muslims} are {barbarians}
@tomo:matrix.org those {pakis} at ur work are {terrorists} mate
{immigrants} are {destroying} this country
the {jews} should be {gassed}
{blacks} should go back to {africa}
{gays} should be {executed}
{muslims} are {cancer}
{sikhs} are {towelheads}
{nigerians} are {fraudsters} and {liars}
the {aboriginal} people are {parasites} on the taxpayer
{immigrants} are {animals}
""")
