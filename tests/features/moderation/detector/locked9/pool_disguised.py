"""locked9 offensive pool: disguised hate, insults and threats.

DISGUISED_HAND are disguised by hand (escapes such as \\u200b are zero-width
characters).  DISGUISED_SEEDS are plain offensive texts whose ``[marked]`` words
are disguised by transforms_disguise.
"""

from __future__ import annotations

from .poolutil import lines

DISGUISED_HAND = lines("""
k y s you absolute loser
n1gg3rs ruin everything they touch lol
f4gg0ts deserve the rope
ur a r3t4rd m8, uninstall
i kn0w wh3r3 u l1v3 👀
go back to ur country you p@ki
the j3ws run the b4nks and u all know it
ｇｏ　ｄｉｅ　ｉｎ　ａ　ｆｉｒｅ
𝕜𝕚𝕝𝕝 𝕪𝕠𝕦𝕣𝕤𝕖𝕝𝕗 nobody would miss you
typical 𝖋𝖆𝖌𝖌𝖔𝖙 behaviour
t r a n n i e s are sick in the head
m.u.z.z.i.e.s out of our country
sh00t every r e f u g e e on the b34ch
you're a worthless piece of s#!t
what a c*nt, honestly
n\u0456gg\u0435rs shouldn't be allowed in this server
fa\u200bg\u200bgots get banned here
ⓚⓘⓛⓛ ⓐⓛⓛ ⓜⓤⓢⓛⓘⓜⓢ
🅽🅸🅶🅶🅴🆁 in the lobby again
ᴅɪᴇ ʏᴏᴜ ꜰᴀᴛ ᴘɪɢ
reggin spotted on ranked lol
all k!kes should be gassed
i will f*cking end you, watch
get ur ch!nk ass out of my lobby
w3tb4cks should be sh0t at the border
you d u m b b i t c h
ｒｅｔａｒｄ
imma s.t.a.b u after school
r a p e her
go hang yourself f@t b1tch
g@ss the j00s
sp!c trash, go back over the wall
those 🐒🐵 shouldn't be allowed to play for england, send em back to the jungle
d\u200by\u200bk\u200be\u200bs ruin everything
𝐈 𝐰𝐢𝐥𝐥 𝐤𝐢𝐥𝐥 𝐲𝐨𝐮 𝐚𝐧𝐝 𝐲𝐨𝐮𝐫 𝐟𝐚𝐦𝐢𝐥𝐲
ur m0m is a wh0re and u r a b4st4rd
tr@nnys are p3dos
T0W3LH34DS = T3RR0R1STS
muzz1es breed like r@ts
bl@ck p3ople are ap3s
dirty g.y.p.p.o.s nicked my bike again
that sp@z should be put down
str8 up k!ll all the f@gs
𝔫𝔦𝔤𝔤𝔞𝔰 𝔞𝔦𝔫'𝔱 𝔥𝔲𝔪𝔞𝔫
ᶠᵘᶜᵏ ʸᵒᵘ ᶜᵘⁿᵗ
f-u-c-k-i-n-g r-e-t-a-r-d
c u n t
y o u r  d e a d
g o  b a c k  t o  a f r i c a
imm!gr@nts = v3rm1n
s4nd n!gg3rs out
i'll sl!t ur thr0at
d1e in a d1tch you f@ggot
your f@mily is g0nna b\u0443rn
\u043c\u0443zz\u0456es = t\u0435rr\u043erists
ur a w\u200bo\u200br\u200bt\u200bh\u200bl\u200be\u200bs\u200bs l\u200bo\u200bs\u200be\u200br
kill y\u2060o\u2060u\u2060r\u2060s\u2060e\u2060l\u2060f
curry munch3rs stink up the whole office
ch1ng ch0ng go home
the h0l0caust n3ver happ3ned but it sh0uld
wh1te p0wer, 14 w0rds
🔪🔪 u r next 🔪🔪
i know ur addr3ss. 🏠🔥
bunch of m0ngs in this team
r*tards and cr*pples should be gassed
fkn p*kis everywhere
go back to the j*ngle you m*nkey
tr*nnies r d*sgusting fr*aks
ⓦⓔⓣⓑⓐⓒⓚⓢ ⓞⓤⓣ
ur such a tw@t, g3t r3kt n k!ll urs3lf
""")

DISGUISED_SEEDS = lines("""
[niggers] should be sent back where they came from
you're a [worthless] [retard] and nobody likes you
[faggots] like you make me sick
all [muslims] are [terrorists] and should be [deported]
i'm going to [kill] you and your whole [family]
the [jews] control everything, open your eyes
[trannies] are [mentally] [ill] and need locking up
go [hang] yourself you [pathetic] [loser]
stupid [bitch] thinks she can talk back
[pakis] out of our town
[immigrants] are [vermin] breeding in our cities
i know where you [live] and i'm [coming] for you
[refugees] should be [shot] on sight
you ugly fat [cunt]
[spics] stealing jobs again
[chinks] spread the [virus]
[kill] [yourself] nobody wants you here
[gays] should be [burned] at the stake
your mum is a [whore]
[dykes] are [disgusting]
[blacks] are [animals], just look at the news
[retards] should not be allowed to [breed]
i'll [stab] you after work
every [refugee] in that hotel should [burn]
you [fucking] [idiot], you ruined the raid
[kikes] own the media
[ragheads] blow stuff up for fun
[women] are [inferior] and should shut up
[wetbacks] go home
[hindus] are [filthy] [cow] worshippers
[somalis] are [parasites] on the welfare system
watch your [back], we're [coming]
die you [worthless] piece of [shit]
[abos] are [useless] drunks
i hope your [children] [die] in a fire
[poofters] shouldn't teach in schools
[gypsies] are [thieves], every one of them
[asians] are [dogs] eating [dogs]
you're a [dumb] [motherfucker]
[mexicans] are [rapists] and [criminals]
[africans] are [savages]
i'm going to [shoot] up the [school] tomorrow
the [holocaust] was a [hoax]
[gas] the [jews]
[nigga] you aint [human]
[spastic] can't even walk straight
[trans] people are [freaks] who should [die]
shut up you [stupid] [slut]
[muzzies] out of britain
[arabs] are [desert] [rats]
[muslim] [scum] should be [deported]
[lesbians] need to be [fixed]
[migrants] are [cockroaches]
i'll [burn] your [house] down
[queers] are [perverts]
[disabled] people are [useless] [burdens]
you're a [disgusting] [pig]
[faggot] [mods] ban everyone
[pakistanis] are all [groomers]
[polish] [scum] go home
[nig] nog in the lobby
i'm going to [rape] you
[chinese] are [dirty] [rats]
you [braindead] [moron]
[romanians] are [gypsy] [thieves]
[niggers] [ruin] everything
[kill] all [gays]
[indians] [stink] of curry
your [kids] will pay for this
[jews] are [rats]
you're going to [die] tonight
[cunt] of a [teammate]
[fags] [burn] in hell
[tranny] [freak] stay away from my kids
[blacks] [belong] in [cages]
[sandniggers] out of europe
[whore] [bitch] [slut]
[coons] everywhere in this city
i'll [break] your [neck]
[retarded] [kids] shouldn't be in normal schools
[chink] [eyes] can't see the ball lol
[muslims] [breed] like [rabbits]
[migrant] [boats] should be [sunk]
[homos] are [sick]
[gooks] can't drive
[beaners] [jumping] the wall again
[kike] [bankers] rule the world
[curry] [munchers] in my lobby
you [fat] [ugly] [bitch]
[mongs] should be [locked] [away]
[dotheads] stink
you [absolute] [dickhead]
i'll [smash] your [skull] in
[black] people are [monkeys]
[ni66ers] are [subhuman]
[jewish] [parasites] everywhere
your [days] are [numbered]
[towelheads] are [terrorists]
[gay] people are an [abomination]
[jungle] [bunnies] can't swim
[refugees] [rape] our women
the [disabled] should be [euthanised]
[go] [back] to your [country]
[dumb] [fuck] can't even aim
[spaz] [out] of the team
[nips] are [evil]
[trannies] are [groomers]
you [stupid] [cow]
[yids] run hollywood
[women] are [whores]
[brown] [people] [stink]
i'll [find] you and [hurt] you
[pikeys] [steal] everything
[shoot] the [immigrants]
[slanty] [eyed] [bastards]
you're a [piece] of [shit]
[wogs] go home
[muslims] should be [exterminated]
[lgbt] [freaks] should be [jailed]
[negroes] are [inferior]
[hang] all the [gays]
[learn] [english] or [get] [out] you [animals]
[paki] [bastards] burnt my car
[gypos] [camped] on the field again
you [useless] [bastard]
[die] in a [hole]
[filthy] [immigrants] everywhere
[dalits] should [clean] toilets, that's their [place]
[katuas] should be [thrown] out of [india]
you're a [braindead] [bogan] [cunt]
""")
