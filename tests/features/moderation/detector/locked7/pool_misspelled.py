"""Hate with misspelled key words: texts misspelled by hand, and seeds for the transforms.

In a seed, braces mark the key words the transforms misspell.
One text per line; a line ending in a backslash continues on the next line.
"""

MISSPELLED_HAND = """
muzlims are all terrorists and shud be deported
the jooz control evry bank in the world
imigrants are vermin, send them bak
niggerz ruin every neighborhood they move in
fagots should be locked up away from kids
tranies are sick in the head
all nigers should go back to afrika
kykes runing the media as usual
spiks and wetbaks out of texas
chinx brought covid here on purpose
pakkis stink up the whole street
retartds like u shouldnt be allowed to breed
mooslims breed like rats
those immagrants are parasites
refugeez are a disease
gipsies are theiving scum
blak people are animals
homoes are perverts and pedos
wimmin are too dumb to vote
mexcians are all criminals and rapists
towelheds get out of our country
ragheds blowing stuff up again
abbos are lazy drunks
jewz did 9 11
the jewsih lobby owns our goverment
ni99az need to be locked up
faggit mods banning real people again
dykez are just women no man wanted
trannys are men in dresses, perverts
muslins are a cancer in europe
the blaks commit all the crime
nigguhs are too stupid to learn
kill all the jewws
gas the jooz
hang all teh fags
gays shoud be put in camps
transgenderd freaks are mentally ill
indain people are filthy
pakistanies are all groomers
afrikans are savages
africanz cant run a country
mexicunts should be shot at the border
beeners breed like rabbits
chinks and gooks eat dogs, disgusting peple
sand nigers blow themselves up
kafirs must be chased out
kaffers cant run anything
makwerekweres are criminals, chase them
boongs are a dying race
coonz rioting again
the hebes run hollywood
heebz always counting money
negros are closer to apes
nigrs dont deserve rights
ni gger get out
fag got mods
trans ppl arent human
muslimz arent people
jews arnt real europeans
black ppl dont deserve to live
immigrents shud be shot
refugies should drown
disabeld people should be put down
retared kids are a waste of money
romas are subhuman
gyppoes nicked my bike
pikeys are scum
the travelers are animals
wemen belong in the kitchen
feminazi wimin are a cancer
lesbos need a real man
bisexshuals are greedy liars
trannies shud be sterilised
muzzies are rapists
muzzys out
islamists and all muzlem people are terrorists
moslum pigs
jooish vermin
the jooish conspiracy runs the world
blacky go back to the jungle
nigglets are future criminals
niggerrs out of our school
faggs burn in hell
fagit
homosexshuals are abominations
gayz are diseased
kikez
yidz control the banks
chinkies cant drive
chingchong go home you dirty virus spreader
gookz
paky go home
pakkies are all thiefs
curry munchers stink
currymunchers everywhere in the office
darkys are loud animals
niggar
nigar go home
niggr
tranny frekes
shemales are disgusting
troonz are groomers
abo scum dont deserve land
"""

MISSPELL_SEEDS = """
{muslims} are {terrorists} and should be {deported}
{jews} are {parasites} on every nation
{immigrants} are {cockroaches}
{niggers} are {animals}
{faggots} should be {hanged}
{trannies} should be {sterilised}
{gays} are {disgusting} {perverts}
{refugees} should {drown} in the sea
{women} are {inferior} to men
{black} {people} are {subhuman}
{mexicans} are {thugs}
{pakis} are {groomers}
{chinks} are {dirty}
{gypsies} are {thieves}
{disabled} {people} should be {euthanised}
{retards} shouldn't {breed}
{kikes} control the {banks}
{spics} go back to {mexico}
{wetbacks} are {invading}
{towelheads} are {terrorists}
{dykes} are {disgusting}
{lesbians} are {perverted}
{transgender} people are {mentally} {ill}
{muslim} men are {rapists}
{jewish} {bankers} run the {world}
{africans} are {barbaric}
{nigerians} are {scammers}
{indians} are {filthy}
{asians} are {vermin}
{aboriginals} are {lazy} {drunks}
{roma} are {subhuman}
{travellers} are {scum}
{homosexuals} are an {abomination}
{islam} is a {disease}
{kill} all {muslims}
{kill} all {jews}
{exterminate} the {gays}
{deport} every {immigrant}
{burn} the {mosque}
{torch} the {synagogue}
{gas} the {jews}
{hang} the {niggers}
{lynch} the {blacks}
{shoot} the {refugees}
{beat} the {trannies}
{women} should be {beaten}
{gays} should be {executed}
{jews} aren't {human}
{muslims} aren't {human}
{blacks} don't {deserve} {rights}
{immigrants} don't {belong} here
{trans} {women} are {predators}
{chinese} people are {disgusting}
{pakistanis} should {leave}
{sikhs} are {extremists}
{hindus} are {filthy}
{arabs} are {savages}
{somalis} are {pirates} and {parasites}
{mexicans} are {rapists}
{blacks} are {apes}
{jews} are {greedy} {rats}
{gays} are {pedophiles}
{lesbians} need to be {fixed}
{bisexuals} are {liars}
{disabled} kids are {worthless}
{autistic} people are {broken}
{deaf} people are {stupid}
{retarded} people are {useless}
{women} are {whores}
{feminists} are {ugly} {whores}
{immigrants} are {diseased}
{refugees} are {rapists}
{asylum} {seekers} are {parasites}
{africans} are {primitive}
{negroes} are {inferior}
{niggas} are {criminals}
{faggot} {teachers} should be {fired}
{tranny} {freaks} out of our {schools}
{muzzies} should be {banned}
{kikes} are {evil}
{gooks} should go {home}
{chinks} spread {disease}
{pakis} {stink}
{abos} are {bludgers}
{kaffirs} are {stupid}
{beaners} {breed} like {rabbits}
{ragheads} are {animals}
{gyppos} are {thieves}
{pikeys} are {vermin}
{queers} are {diseased}
{homos} should {die}
{blacks} should be {enslaved}
{muslims} should be {banned}
{jews} should be {expelled}
{gays} should be {jailed}
{immigrants} should be {shot}
{women} should {obey}
{trannies} should {disappear}
{roma} should be {removed}
{refugees} should be {drowned}
{disabled} people are a {burden}
{jewish} {people} are {devils}
{islamic} {people} are {barbarians}
"""
