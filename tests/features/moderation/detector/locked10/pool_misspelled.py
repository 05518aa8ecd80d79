"""Hand-written misspelled offensive texts, and seeds for the misspelling transform.

Written by hand for the locked10 held-out set (2026-12-06); see make_locked10.py.
"""

from tests.features.moderation.detector.locked10.blocks import parse_block

TEXTS: dict[str, list[str]] = {}

TEXTS.setdefault("misspelled", []).extend(
    parse_block(
        """
your such a retrad its actualy embarasing to watch you play
immigrints are distroying this contry and nobody does anythign about it
muslins are all terorists and shoud be deported back were they came from
shut up you stupdi fagot nobody wants you in this lobby
ur a fuckinglooser and evryone in the discord hates you
trannys are discusting freaks who need mental help not surgerys
you fat ugly peice of shit go kill your self
womens shouldnt be aloud to play competative, they ruin evrything
i will find were you live and make you pay for what you sed
blacks are monkies who cant do nothing right, proven by sciense
definately gonna beat the crap outta you at school tommorow
jews controll all the bankes and the goverment, wake up sheeple
idiot moderater baned me for nothing, your a braindead powertripper
gays are gross and they shoud keep there disgusting lifestyle away from kids
u r the dumest person iv ever met in my hole life
refugess are parasits that come here to steal are jobs and are women
retarted kid in my class smels like piss every day lmao
lesbiens are just ugly girls noone wanted to date
go back to you're own contry you filty forigner
ill brake your legs if you come neer my girl again
asains cant drive and they eat dogs, discusting people
fuk you and fuk your mum you worthles cunt
sed it befor and ill say it agen, disabeld people are a waste of space
i hope u get hit by a bus you peice of garbige
mexicans are all rapests and drug dealrs, build the wall
your mom is a fat hoar and your dad left becuz of you
the indain guys in my team are useless and stink of curry evry day
arabs are barbarics who only no violence
shes a dumb slutt who sleeps with evryone for atention
imma stab you if i see you agen, thats a promis
the gipsys stole my bike agen, filthy theifs the lot of them
old peple should just die alredy and stop wasting are taxes
transgendre people are sick in the head and shoudnt be near children
stupid bich blocked me cuz she cant handle the truth
niger in my lobby wont stop screeming on mic, banned
i no were you work and i no when you finish, be carefull
hindoos worship cows and rats, backwards peeple
your so ugly your mum cryed when you where born
chineese people brought the virus and shoud pay for it
you absolut moron, how do you miss that, uninstal the game
africens are lazy and will never amount to anythin
muslim men beet there wifes its in there religon
go jump off a bridge you worthles loser, nobody wud care
gay peple are going to hell and they deserv it
autistic fricks shoudnt be allowed on this server
cant beleive how retardid this guy is, absoloutly braindead
femenists are ugly man haters who need a good slap
you fucking moron, i hope your hole family gets cancer
romainians are all pickpockets and beggers, send them back
lmao u relly thought u cud come in here and chat shit, ur a brainded looser with no
    frends and evryone in this discord laffs at you behind ur back, do us all a
    favor and leave
sucks my dik you little bitch, im the king of this server
polish immigrunts took all the jobs and send the money home
kill all the pedos and the gays whilst your at it
i swaer to god ill find you and beat you to a pulp
stop being a pusy and fight me irl
the blak kids in my school are all thugs and theifs
i hate wimmin they are all gold diggrs
fagots ruined this game with there rainbow skins
ur gf is a ugly skank lol no wonder you cheat
deport evry last one of them, there vermin
shud of finished them off in the war, i'm just sayin
wat a dumass, cant even spell his own name lmaoo
nobody wants you here go bak to africa
paksitanis are groomers evry single one
im gona rape you in this game and irl lol
fkin moron cant heal to save his life
the jewz are behind every war in histroy
thier all animals, look at how they behave in public
dwarfs shoudnt be aloud to drive, they cant even see over the wheel lol
you ugly fat cow, go on a diet before you open you're mouth agian
disgusing trany in the womens toilits, someone call securty
i wil burn your house down wiht you in it
your a waste of oxegen and space
skank whore sleepin with half the server for a mod role
dumb atheists are all going to burn, they dont have morals anyways
mentaly ill people shud be locked up for good
these braindead zombies from latin america shud be kept out of our counrty
chuck all the migrents on a boat and sink it
your mums a slag and your dads a looser
wish u wud just die alredy, evryone would be happier
littel fag cant even aim, go back to fortnite
nonbinery people are just confused atention seekers
i swer if i find out who you are your finished
fcking hell your so stupid it hurts
blak peple are the reason this city is a dump
sikh peple with there stupid turbins shud be banned from airplains
u deserv to get beat up for being gay lmao
the goverment shud gas all the jews again
your sister is a dirty hoe and evryone knows
honestly im sick of all these forigners in my lobys, they cant speek englsh, they
    scream on the mic and they ruin evry game, someone shud make a server just for
    them and keep them away from us normal peple
tranny freeks shud be put in camps
you are such a loosr, get a live
lmao what a retart, he thought he cud 1v5
the midle east is full of savages who dont desurve human rights
dissabled people get everthing for free while we work, scroungers
fuck off back to you're caves you dirty arabs
i want to fck you so bad, send nudez
shove a dildo up your ass you attention seaking whore
you have no frends and you never will, freak
the somalis have ruind this town they shud go bak
black woman are the ugliest of all races fact
gona smash your face in wen i see you
ur mum gave me a blowjob last nite lol
your a pathetic litle man with a tiny dick
kill yourslef nobody likes you
im gona hunt you down and make you regreat this
muzzies go home, your not welcome in are country
lesbos are discusting and shoud be ashamed
all old fogies are usless and shud be put down
"""
    )
)

TEXTS.setdefault("seed_misspelled", []).extend(
    parse_block(
        """
you are the most useless teammate i have ever had the displeasure of playing with
immigrants should be deported immediately because they are ruining everything
honestly every muslim in this country should be watched by the police
shut up you disgusting little faggot and get out of my lobby
i know exactly where you live and i am coming for you tonight
women are stupid and should never be allowed to make decisions
your girlfriend is an ugly whore and everybody knows it
black people are criminals, look at the statistics yourself
the disabled kid should be kicked from the team because he is holding us back
trans people are disgusting and should be kept away from children
jews control everything and people are too scared to say it
i hope you die in a fire you pathetic loser
you are a worthless piece of trash and nobody will remember you
mexicans are criminals and rapists who should be thrown out
the moderator of this server is a stupid fat idiot
gay people are disgusting and they should be ashamed of themselves
refugees are parasites who take everything and give nothing back
go back to your country you filthy foreigner
old people are useless and should be put in homes and forgotten
your mother should have aborted you when she had the chance
i will beat you so hard you wont be able to walk for a week
the asians in this game are all cheaters and should be banned
fuck you and everyone who looks like you
that streamer is a talentless idiot and his fans are morons
lesbians are disgusting and unnatural
africans are savages who never contributed anything to the world
you are a retarded monkey and should uninstall the game
you pathetic virgin, nobody will ever love you
i hate indians, they are dirty and they smell terrible
romanians are thieves and beggars, every single one of them
stop crying you pathetic baby, you deserve all the hate
chinese people are disgusting, they eat everything and spread diseases
the gypsies should be kicked out of this town for good
autistic people are annoying and should stay off the internet
your sister is a slut and your brother is a moron
suck my dick you stupid bitch
muslims are terrorists and the government knows it
i swear i will find you and make you suffer
arabs are animals and deserve nothing
pakistanis are all groomers and should be deported
feminists are ugly bitches who hate men
trannies are mentally ill freaks
kill yourself, nobody would miss you
you stupid cow, learn to drive or get off the road
i know which school your kids go to, think carefully
gay men are perverts and predators
migrants are cockroaches crawling into our country
your whole family is a bunch of inbred idiots
the jews are responsible for every problem in the world
i will burn your car and then i will come for you
you are an embarrassment to everyone who has ever met you
black women are disgusting and nobody wants them
disabled people are a burden and should not have children
that referee is a corrupt idiot and should be beaten up after the game
you are so ugly that nobody will ever date you
polish workers are dirty and should go home
go fuck yourself you worthless bastard
hindus are idiots who worship animals
the somalis are ruining this city and should leave
women belong in the kitchen and not in competitive games
deport all the immigrants and their children too
i am going to destroy you and your entire family
shut your mouth you ignorant redneck moron
people like you should be locked in a cage
nigerians are all scammers and liars
i hope your house burns down with you inside
the elderly are selfish parasites who ruined the economy
you are a disgusting pervert and everybody knows
gays should not be allowed near schools
muslims breed like rats and will take over europe
your mum is a fat slag and your dad is a drunk
you are a brainless idiot and your opinions are garbage
lesbians and gays are destroying the traditional family
get out of our country you dirty immigrant
i am coming to your house with my friends tonight
jews are greedy and will always betray you
you should be ashamed of yourself, you pathetic excuse for a human
the chinese are rats and should be treated like rats
transgender people are freaks of nature
black people should go back to africa
you are a stupid whore and i hope you get what you deserve
blind people are useless and a waste of money
women are only good for sex and cooking
i will find you and break your teeth
the travellers are thieves and should be chased out
your face makes me sick you ugly freak
latinos are lazy and live off welfare
all the refugees should be sent back immediately
you are a moron and a coward and a liar
the mentally ill should be locked away forever
i will make sure you never show your face here again
"""
    )
)
