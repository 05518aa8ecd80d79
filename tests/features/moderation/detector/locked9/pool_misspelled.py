"""locked9 offensive pool: hate, insults and threats with spelling variations.

MISSPELLED_HAND are misspelled by hand; MISSPELLED_SEEDS are correctly spelled
offensive texts whose ``[marked]`` words are misspelled by transforms_spelling.
"""

from __future__ import annotations

from .poolutil import lines

MISSPELLED_HAND = lines("""
ur a fuckin retart and evry1 knows it
niggaz ruin evry neighbourhood they move in2
fagget mods banned me for telling the truth
muzlims r terorists all of them
imigrants shud all b deportd tmrw
i no were u liv m8
kil urself no1 wants u here
the jooz run evrything open ur eyes
tranie freekz stay away from my kids
dum retardd cant even aim
send the pakkis home
wetbaks jumpin the fence again lol
sand niggas go bak to the desert
kyke bankers own the world
homoz shud be locked up
them beeners breed like rabbits
spik trash in my lobby
raghedz blowing stuff up again
chinkz spread the virus on purpose
theyre vermen, all the refugies, vermen
knee grows shouldnt be alowed to vote
go bak 2 ur cuntry u dirty immigrint
ur a worthles peice of shit
imma stabb u wen i see u
i wil kil u n ur famly
watch ur bak bruv, we no were u stay
faggitz burn in hell
gas the joos lmaooo
blak ppl r basicaly apes
ded refugees = gud refugees
islam is a canser and muzzies r the tumor
wimmin r to stupid to vote
shud of drowned the lot of em in the channel
lezbos r disgustng
trannys r mentaly il
cripples r a wast of space
spastic kidz shud be kept at home
pakis stinkk of curry
gyppos nickd my bike agen
nigguh u aint even human
indains r filthy beggers
hindoos are cow piss drinkin savages
mozlems shud be banned from flyin
exterminayte the lot of them
hang all the paedo gayz
refujees r parasits on our welfair
rapefugees go home
ima fucken kill u
yur a fat ugly slagg
shutup u dumb biatch
stupit cunnt
ur a useles waist of oxygen
lynch em all, every singel one
kill all da jewz
afrikans r savajes
ching chong go bak to chyna
the holohoax never hapened
azns cant drive lol, slanty eyez
mexicans r all rapests
trannie groomerz in the libary
sterilise the retardz
i hope u get cancer n die slowley
wen i find u ur ded
i no ur skool, c u monday
gona burn ur hous down
niggerz r ruinin this country
faggs shud be shot
dikes r disgusting
ugly fat pig, kil urself
the dalitz need to no there place
katwe log desh ke dushman hai, bhagao sabko
dum gora bastards think they own evrything
ur a pathetik looser
fuk off u peice of shite
mong kids ruinin the skool trip
gay ppl r an abomanation
musslim scum out
the abboes r drunk bums
deport the afganis now
stinky romaynians go home
polish theivs out
smelly curryheadz in my lobby
bloody poofs ruin evrything
retaded tranny freaks
ur dumm az rocks n twice as ugly
wat a fukin idiot u r
fuk u u fukin cunt
ill brake ur legs
bomb the mosk
nukes on gaza ples, kill em all
""")

MISSPELLED_SEEDS = lines("""
you are a [worthless] [retard]
[niggers] should go back to [africa]
[faggots] deserve to [die]
all [muslims] are [terrorists]
[immigrants] are [vermin]
i will [kill] you
i know where you [live]
go [kill] [yourself]
the [jews] run the [banks]
[trannies] are [disgusting] [freaks]
[refugees] should be [deported]
you [stupid] [bitch]
[pakis] [stink]
[spics] go [home]
[chinks] eat [dogs]
[women] are too [stupid] to [vote]
[blacks] are [criminals]
[gays] should be [executed]
you're a [pathetic] [loser]
[dykes] ruin [sports]
shut up you [fucking] [idiot]
[hindus] are [savages]
[somalis] are [parasites]
[wetbacks] ruin [everything]
i'm going to [stab] you
[disabled] people are [useless]
[arabs] are [animals]
[gypsies] are [thieves]
[homos] are [perverts]
[retards] should be [sterilised]
your [family] will [burn]
[muslims] should be [banned]
[africans] are [monkeys]
[kikes] control the [world]
[queers] [groom] [children]
you [ugly] [whore]
[mexicans] are [rapists]
[trannies] are [groomers]
[chinese] [people] are [dirty]
[refugees] are [rapists]
i'm going to [shoot] you
[niggas] ain't [human]
[fags] should [burn]
[immigrants] are [invaders]
watch your [back] [tonight]
[jews] are [greedy] [rats]
[asians] can't [drive]
[indians] are [filthy]
you [fat] [pig]
[dumb] [cunt]
[migrants] should [drown]
[muslims] are [rapists]
[cripples] are a [burden]
[lesbians] are [sick]
[blacks] [belong] in [chains]
[towelheads] go [home]
[beaners] [breed] like [rats]
[romanians] are [scum]
[polish] people are [thieves]
[gays] spread [disease]
[trans] people are [mentally] [ill]
[aboriginals] are [drunks]
i'll [break] your [legs]
i'll [burn] your [house]
[dalits] are [dirty]
[kashmiris] are [terrorists]
you [useless] [bastard]
[exterminate] the [muslims]
[gas] the [kikes]
[lynch] the [niggers]
[shoot] the [refugees]
[hang] the [faggots]
[deport] every [immigrant]
[ban] all [mosques]
[women] belong in the [kitchen]
the [holocaust] never [happened]
[feminists] should be [beaten]
[spastics] should be [put] [down]
[mongs] should be [hidden] [away]
your [children] will [suffer]
[nigger] [lover] [traitor]
you're a [disgrace] and a [failure]
[paedo] [gays] everywhere
[jewish] [scum] run the [media] and the [banks]
[islamic] [vermin] everywhere you look in this city now
[african] [savages] keep moving onto our estate
[filthy] [pakis] took over the corner shop
[dirty] [gypsies] camped behind the school again
the [chinese] are [virus] [spreaders], every last one
[trannies] [belong] in [asylums] not in our toilets
somebody should [kill] all the [jews] once and for all
[kill] every [muslim] in this country and start again
my grandad would have [lynched] every [black] in this town
[gays] deserve a [bullet] each
[refugees] are [cockroaches] crawling over the fence
[immigrants] are [leeches] on the nhs
you're [dead] [meat] when i catch you
i'll [cut] your [throat] while you sleep
i'll [find] your [address] and pay you a [visit]
shut up you [retarded] [monkey]
nobody asked you, you [stupid] [slut]
you [worthless] [scum], just [disappear]
[muslim] [pigs] should all be [locked] up
[black] [apes] screaming in voice chat again
[gay] [freaks] flaunting it in front of [children]
[lesbians] are [disgusting] and [unnatural]
[mexican] [criminals] flooding across the [border]
[indian] [scammers] calling my nan again, [deport] the lot
[sand] [niggers] should stay in the [desert]
[curry] [munchers] stinking up the [office]
""")
