"""Misspelled offensive texts (offensive/misspelled).

MISSPELLED_HAND is written already misspelled (phonetic and typo spellings of slurs and
hateful words). MISSPELLED_SEEDS are plain offensive texts whose words in braces get
misspelled by ``misspell.py``; the plain seeds never go into the set.
"""

MISSPELLED_HAND = """\
ur a worthles idot and evry1 nos it
go bak to ur cuntry u filthy imigrant
nigguhs ruin evrything they touch
shut up u fagget
kyke bankers stole are money
trany freaks r gross
lol ur such a retart
stoopid ho thinks shes all that
i no were u liv
im gona kil u
muzzlims r terrists evry last 1
deport all the immigrints NOW
jooz run the meedia n the banks
gay ppl r discusting
sand nigers go home
paky shop owner is a theif
spix jumpin the wall agen
chinx brought the virus
kill ur self no1 wants u
shutup fatcow
youre a peiceofshit
fuk u cunt
dum bich
azzhole
ur such a dumass lmao
mothafukin snake
nigerz everywere
neeger
niqqa get out of my shop
faqqot
homos shud be shot
lezbos r just confused
tranies shud b locked up
migrunts r cockroches
refujees = parasites
musslims shud be baned from the uk
gipsies r theives evry 1 of them
jewz controll every thing
blak ppl r munkeys
women r to dum to vote
disabld ppl shud just die
i will stabb u
wach ur bak
ur ded m8
i no wer ur kids go skool
im comin 4 u n ur famly
il brake ur legs
hope u dye slow
what an idiat
ur a complete moran
retardid kids shouldnt be in skool
spazz in a weelchair
criples shud be put down
pedo fagots
trannie freek
faggit
niggah
kiek lawyers
wetbak
beener
towel heds
rag heds shud go home
goook
pakkis out
jigabo
cunnt
fcuk off
biatch
sluut
migrants r vermon
jooz r parasits
subhumn animls
exterminat them all
gass the jooz
hang the fagz
shoot the imigrnts
burn the moskes
ur mum is a slagg
imma beet ur ass
muzlims shoud be banned
"""

MISSPELLED_SEEDS = """\
you are a {worthless} {idiot}
{niggers} should go back to {africa}
{faggots} are {disgusting}
go {kill} {yourself}
{muslims} are {terrorists}
i know where you {live} and where your {kids} {sleep}
{retards} should be {locked} up
you {stupid} {bitch}
the {jews} {control} everything
{immigrants} are {criminals}
{trannies} are {freaks}
i'm going to {kill} you after school
you {fucking} {moron}
{gypsies} are {thieves}
{refugees} are {parasites}
{women} are {useless}
you're a {pathetic} {loser}
{gays} should {burn} in {hell}
{spics} are {dirty}
shut up you {ugly} {whore}
{chinks} eat {dogs}
i'll {break} your {neck}
{pakis} out of our {country}
{blacks} act like {animals}
{lesbians} are {disgusting}
watch your {back} {snitch}
{disabled} people are a {burden}
you're a {piece} of {shit}
the {migrants} are {cockroaches} crawling in
{kikes} run the {banks}
you {dumb} {cunt}
{homosexuals} are {perverts}
{asians} can't {drive}
i'll {stab} you {tonight}
{mexicans} are {rapists}
{arabs} are {savages}
you {fat} {pig}
{foreigners} are {ruining} this {country}
{jews} are {greedy}
{transgender} people are {mentally} {ill}
{africans} are {primitive}
you're an {embarrassment} to your {family}
{catholics} are {paedophiles}
{hindus} are {filthy} cow worshippers
i hope you {die}
you {lying} {bastard}
{nigga} go {home}
{faggot} {teacher}
{retarded} {mongs}
{muslims} should be {deported}
{immigrants} should be {shot}
{gays} are {abnormal}
you're {dead} {meat}
{ignorant} {scumbag}
{romanians} are {beggars}
{somalis} are {disgusting}
{dykes} everywhere
{trannies} should be {banned}
{jews} should be {exterminated}
{idiot}
"""
