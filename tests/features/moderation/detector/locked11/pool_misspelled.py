"""Hand-written offensive texts with natural misspellings (locked11, misspelled).

Typed the way people really type: dropped, swapped, doubled or extra letters,
missing spaces, phonetic spellings. No deliberate look-alike disguise.
"""

MISSPELLED = """
immigrants are vermon and shud be sent back on the same boat they come in on
Your a discusting peice of filth, Gary. And evryone knows it!!
MUSLIMS SHOUD BE BAND FROM THIS CONTRY FULL STOP
Gipsys are theiving scum, the lot of them, lock up ur sheds
them pakis at the corner shop are riping us all off
Womens are stupid and shouldnt be aloud to drive. End of.
fagots at the pub agian, landlord does nothing
shes a fat ugly cow and her kids are retarted like her
the blacks round here are all animels, every last one
I no where you live Dave and im comming for you
gays are peedos and shud be kept away from kids
your a stupid bich Sharon nobody likes you
Jews controll the bankes AND the goverment. Wake up sheeple!!!
go back to ur own country you smelly forigner
KIL ALL THE REFUGEES AND BE DONE WITH IT
nigers everywere in town now, cant even walk to the shops
He is a bloddy idot and a theif. Dont trust him, Mrs Patel got robbed.
trannys are mentaly ill freeks
these indains stink of curry in the lift evry single day
your gonna get whats comming to you, watch ur back
fuk off you pathetic looser
shut up you dum cunt
lesbiens are just confused wimmin who need a real man
Dissabled people are a drain on the sistem. Let them rot I say.
old peeple should just hurry up and die allready
chinkys brought the virus here on purpuse
africans are lazy an dirty, proven fact
muzlims are terrorrists evry one of them
I WILL BRAKE YOUR LEGS IF U COME NEAR MY HOUSE AGEN
shes a slagg and a homewreker
The Romainians on our street are theives and beggers. Council PLEASE do something.
cripples shud stay indoors where we cant see them
your a waist of space and a wast of oxygen
bangladeshis are ruining tower hamletts, send em back
asains cant drive, fact, get them off the road
pickeys stole the lead off the church agen, burn there caravans
wat a retard, cant even tie his own shoos
homosexals are an abomanation in the eyes of god
mexicans are rapests and drug dealers
i hope you dye in a fire you snake
fukin disgrace of a man, your a peice of shit
theyre all the same these foriegners, liers and cheets
ill smassh ur face in nxt time i see u
BURN THE MOSK DOWN WITH THEM INSIDE
gay marrage is discusting and so are the people who do it
KICK ALL THE FORENERS OUT AND OUR NHS WILL BE FINE
blak people are monkies, always have been
hindoos worship rats and cows, backwords people
get back to ur kitchin woman
jewish peple are greedy vulchers
he's a peedo and a nonce, evryone on the estate knows
trans peple are sick in the hed and need help not rights
yoo are a big fule and a theef
ur mum is a fat slappa
the gypos are back on the playing feilds, someone ring the council
i wud shoot evry last one of them migrants at the border
sikhs with there knives shouldnt be alowed on planes
arabs are savige goat herders
polish workers are drunken theives, hire british
fat lazzy scrounjer, get a job you bum
shes a ugly dog and her husbund is a knob
they breed like rabits and take all the council houses
im gunna find out were you live and pay you a vist
refugees are parasits sucking us dry
wimin are only good for cooking and cleening
Dont ever hire a Nigerian, they are all scamers. Learnt the hard way.
igbos are theives and 419 people
that northerner mallam is a terrorist like all his peple
biharis are dirtty and spoil mumbay, send them bak
Muslims are doing LOVE JIHAAD on our sisters, Hindus wake up!!
dalits should no there place in the villege
your son is a spastick and so are you
fucking hell your a gobshyte
cuntt
the abbos are drunk agen outside the bottlo
boat peeple should be left to drown
asylum seakers are all rapists, evry one
The Chineese eat dogs and cats. Sick peple, sick contry.
old biddys shouldnt drive after 70, kill us all
stupd idiot doesnt no how to park
liar liar pants on fire your a compleat liar and a cheet
gonna cave ur hed in mate
dick hed
bitchh
sukc my dick
jerkin off to ur profile pic lol
show us ur titts luv
horney as hell tonite, who wants it
fuk this shitt im done
pissed as fuk, wheres the party
i wanna shagg ur misus
anyone up for a shagg tonite, leeds area
send me nuddes babe
pusy for sale lol
that bloke is a compleet tossa
yu stoopid mong
wat a fukwit
your a muppett and a cockwomble
nobody lieks you, go die
go kil urself
kys u fat freek
ill make sure you never wark again
we no were your kids go to school
watch what happins when you come out of the pub tonite
im outsid your house rite now
u beter sleep with one eye opin mate
its a shaym if ur car got torchd innit
gonna rip ur hed off
you'll regret this, i promiss
yur ded to me and soon yu'll be ded for real
fuking immigants taking all the jobs and the houses
thay should all be deported back to affrica
NO MORE MOSKS IN BRITIAN, STOP THE ISLAMIC TAKOVER
indians r cheep smelly labour
turks are baberians
abos are all pisheads
lebbos are all crimminals
wogs out of ozz
scotish are tight and thick
english are colonial scum and inbread
irish are thik as pigshit
americans are fat dum hicks
frogs eat snails cos there dirty
krauts are all nazzis
the russhians should all be nuked
ukranians are all nazis, let them die
that lezbo teacher shoudnt be near kids
THE GAY TECHER SHUD BE SACKED AND PUT ON A REGISTER
disabled kids shoudnt be in normal skools
autistic freeks ruining the class for evryone
deaf and dum people are a burdon
down syndrom should be aborted every time
the elderley are bed blockers, let them go
gen z are a bunch of snoflake wimps who need a good war
millenials are usless entitled brats
boomers are selfish old gitts who desurve to freeze
teenagers these days are feral scum, shud be locked up til there 21
your a fat ugly slobb and you stinck
she is a hore
hes a manwhore and a lyer
thickoe
dont go near her shes a skank and a theif
what a cretin honestly, the bloke is a bellend and a tossur
im gona knock you out next time your in the spoons
wach your back in the carpark
LEAVE THE VILLIDGE OR WE BURN YOU OUT
we know the hostel adress, get redy
the mosk car park friday, bring summat
The pakki shop on Station Road is a drug den. Someone go and sort them out.
bloddy wogs
dirty jooz
stupid kunt
fuckin hell ur thik
she can suck my dik
wanker wankerr wanka, thats all u are
pakki shop on the corner sells out of date milk, typical of there kind
the jooz run evrything, the banks, the tv, the lot
hes a smelly paki and his shop is a dump, dont go their
nigga nieghbours playing there music at 3am agen, animals
stoopid retrd at the bus stop wont stop staring, they shud lock them up
the qweers are having there parade agen, keep ur kids in
fucking fagots holding hands on the high street, discraceful
filthy muzzie bastads taking over the estate
rag heds and towl heads evrywhere at the airport, we are finnished
beeners took all the jobs at the meat plant, build the wal
the gook nail bar is a front for trafficing, evryone nos it
chinky takeaway uses cats, my mate seen it
ya stupid spaz, look were ur going
tranny freeks in the ladys toilets, call the police
yidds run the council and the landlords, same peple
pikie scum robbed my van agen, string em up
gyppo theives at the car boot, dont by nothing off them
dyke teacher at my grandsons school, shes groomin them
jap scumm still hunting wales, boycot
the ching chongs at uni copy evrything, send em home
wetbaks on the building site, none of them legal
lezza couple moved in next dor, house prices down the drain
shithed of a husband, dont know why i maried him
ur a bellendd and a twatt and evryone knows it
asshol driver in the audi, learn to indicate
cumm over and ill show u a good time ;)
titts out for the lads lol who wants a pic
mothafucka stole my parkin spot
kys you stupid looser, nobody wud miss you
go hang urself u fat freek
blak kids are all thugs and drug dealers, every one of them
gays r disgustin and shud be locked up
trannys r pervs in wigz
jews r rats and always have bin
blacks r apes, look at afrika
pakis go hoem, ur not wanted
gypsys r scum and always wil be
muzzies owt of britian
hindoos are pagans and thier gods are devils
cant stand them somalians, lazzy the lot, sit in the bookies all day
hope ur plane crashs u horible woman
the vicar is a kiddy fidler, evryone says so
romaninas beging outside lidl agen, deport the lot
ur just a jelous ugly old hag, get a life
fukkin paedo lover, thats what u are
""".strip()
