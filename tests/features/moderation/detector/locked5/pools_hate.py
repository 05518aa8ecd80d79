"""Hand-written hate speech WITH slurs for locked5, spread over the protected groups."""

from __future__ import annotations

from .textblock import lines

HATE_SLUR = lines("""
# race / ethnicity
niggers should go back to africa
no niggers allowed in this server, simple rule
the whole estate went to shit when the niggers moved in
every nigger i've met is a thief
coons are all criminals and everyone knows it
jungle bunnies ruining another premier league club
monkey-brained niggers can't run a country, look at africa
sand niggers go home
kaffirs should know their place
spooks everywhere on the high street now, disgusting
darkies out of my neighbourhood
that golliwog at the checkout can't even count change
# jewish
kikes run the banks and the media
another kike trying to control everything
gas the kikes, race war now
the yids own hollywood and the news
hymies always counting their money
dirty kike landlords bleeding us dry
never trust a yid with your wallet
# muslim / arab
ragheads are all terrorists
towelheads out of europe
muzzies breed like rats and want sharia
camel jockeys should go back to the desert
every muzzie is a bomb waiting to go off
no more mosques for the goat-shagging ragheads
# south asian
this country is overrun with pakis
paki shops on every corner, it stinks
pakis are all groomers
curry munchers stink up the whole bus
bloody pajeets spamming the server again, go back to your call centre
# east / south-east asian
chinks brought the virus here
gooks can't drive for shit
slant-eyed chinks eat anything that moves
zipperheads should go back to where they came from
japs are sneaky little bastards, always have been
ching chong chinks taking all the uni places
# latino
spics are ruining texas
wetbacks should be shot at the border
build the wall and keep the beaners out
beaners breed like rabbits and live off welfare
greasy spics stealing our jobs
# roma / travellers
gyppos steal everything, lock your doors
pikeys ruin every town they stop in
tinkers out of our village, filthy thieves
# indigenous australian
abos are lazy drunks, all of them
boongs should stay out of town
coons and abos living off our taxes
# european nationalities
polacks are only good for cleaning toilets
wops are all mafia scum
dagos stink of garlic and crime
krauts are nazis, every one of them
filthy polack builders ruining the street
# lgbt
faggots are a disease
no fags in my gym
dykes are just ugly women no man wants
poofters aren't real men and never will be
batty boys deserve a beating
lezzers should be cured, it's not natural
fags should be thrown off buildings
queers are all nonces
kill all faggots
fudge packers shouldn't be near kids
bunch of limp-wristed fairies
keep the dykes out of the changing rooms
homos are an abomination
# trans
trannies are freaks and groomers
shemales belong in a circus
that tranny is a bloke in a dress and always will be
trannies should be put in mental hospitals
no trannies in the women's loo, ever
troons are mentally ill perverts
it's a trap, a disgusting tranny trap
# disability
retards shouldn't be allowed to breed
the whole spaz class should be locked up
mongs should be kept away from normal kids
cripples are a drain on the taxpayer
spastics shouldn't get benefits, let them starve
retards like him should have been aborted
bunch of window-licking retards in the short bus
the special needs kids are all retards, why fund them
# women
women are just dumb bitches who need a firm hand
every feminist is an ugly cunt
females are whores, simple as
all women are gold-digging sluts
feminazi cunts should be shut up
women are bitches and cows, every last one
thots and sluts belong in the kitchen
# mixed / longer
the pakis, the chinks and the niggers are replacing us and nobody cares
chinks, pakis, spics: send the lot of them back
gays and trannies are perverts, every fag and tranny should be locked up
this city is full of niggers and kikes now, it's over
honestly the kikes are behind all of it, wake up
uni is full of chinks and pakis, no room for real brits
not racist but pakis shouldn't be allowed to vote
why do niggers always act like animals?
are all spics this lazy or just the ones round here?
imagine letting a tranny teach your kids, sick
hot take: retards shouldn't get to vote
abo kids should be taken away from their families again
the pikeys are back on the rec, grab the pitchforks
a yid and a paki walk into a bar and ruin it, like everything else
wog go home
wogs out of britain
the council house next door went to a family of fucking wogs
another dirty gook restaurant serving dog meat
gook bitches only good for one thing
that spaz in the wheelchair should stay indoors
bunch of dykes and fags parading their filth
raghead scum
tranny freaks everywhere now, it's a mental illness
nigger lover traitor, you should hang with them
sick of seeing fags holding hands on my street
retarded mongs shouldn't be in mainstream schools
coon music and coon culture are destroying our kids
kikes caused 9/11, look it up
spic kids are all future gangbangers
fags spread aids, stay away from them
chinky takeaway is probably cat, like all their food
""")
