"""Disguised offensive texts (offensive/disguised).

DISGUISED_HAND is written already disguised. DISGUISED_SEEDS are plain offensive texts
whose words in braces get disguised by the transforms in ``transforms.py``; the plain
seeds themselves never go into the set.
"""

DISGUISED_HAND = """\
ur a f*cking r3tard lol
g0 b4ck t0 y0ur sh1th0le c0untry
k i l l  y o u r s e l f
n1gg3rs ruin everything they touch
f@gg0ts should burn
you're a worthless 1d10t and everyone knows it
I kn0w wh3re y0u l1ve 🙂
sp!cs out of our town
fuсk уоu аnd уоur fаmilу
ｋｉｌｌ ａｌｌ ｍｕｓｌｉｍｓ
𝐝𝐢𝐞 𝐟𝐚𝐠𝐠𝐨𝐭
t-r-a-n-n-i-e-s are freaks and perverts
j3ws = r@ts 🐀
🐒🐒🐒 go back to the jungle where you belong
just k y s already, nobody would notice
go unalive urself, loser
sh00t the m1gr4nts at the b0rder
y0u'r3 g0nn4 d13 b1tch
ni🅱️🅱️a get off my street
ⓚⓘⓛⓛ ⓨⓞⓤⓡⓢⓔⓛⓕ
ʏᴏᴜ'ʀᴇ ᴀ ᴘᴀᴛʜᴇᴛɪᴄ ᴡᴏʀᴛʜʟᴇꜱꜱ ʟᴏꜱᴇʀ
noʎ llᴉʞ llᴉʍ ᴉ
n i g g e r s everywhere, disgusting
ph4gg0t
dumb tr@nny freak
$pics and their 10 kids
f.u.c.k y.o.u
you sh!thead
a$$hole mod banned me again
b-i-t-c-h
r-e-t-a-r-d-s should be gassed
kill all j*ws
m*sl*ms should all be deported
i'll st@b y0u next time
k.i.l.l the g.a.y.s
g a s the j e w s
|<1|_|_ y0|_|r5e|_f
nlgger go home
you dumb c*nt
c u n t
go b@ck to ur sh!th0le c0untry
c0ck$ucker
ᴅɪᴇ ᴛʀᴀɴɴʏ
i'm g0nna b34t th3 sh1t 0ut 0f y0u
p@k!s out
you're such a f4t ugly c0w
wh0re
k!ke bankers
d.y.k.e
g0 h4ng urs3lf
r3fug33s = c0ckr0ach3s
th3 g4ys 4r3 d1s34s3d
w@tch y0ur b@ck
s l u t
m0ng
fυ¢к ʏσυ ιδισт
ｆａｇｓ ｏｕｔ
𝔨𝔦𝔩𝔩 𝔱𝔥𝔢 𝔪𝔦𝔤𝔯𝔞𝔫𝔱𝔰
ɢᴀꜱ ᴛʜᴇ ᴋɪᴋᴇꜱ
d!e you f@t p!g
"""

DISGUISED_SEEDS = """\
you are a {worthless} {idiot} and you always will be
{kill} {yourself} nobody wants you here
{niggers} should all go back to {africa}
i know where you {live} and i'm {coming} for you
{faggots} like you make me {sick}
{muslims} are {terrorists} and should be {deported}
shut up you {stupid} {bitch}
i'm going to {kill} you and your {family}
the {jews} {control} the banks and the media
{trannies} are {mentally} {ill} {freaks}
go back to your {country} you dirty {immigrant}
{retards} shouldn't be allowed to have kids
you {fat} {ugly} {cow}
{refugees} are {vermin} and should be {shot}
i'll {smash} your {face} in next time
{spics} are all {criminals}
what a {pathetic} {loser} you are
{gays} should be {hanged}
i hope you {die} slowly
{chinks} spread {disease} everywhere they go
{fuck} {you} {cunt}
{pakis} stink up the whole street
you're a {useless} {waste} of {space}
{gypsies} are {thieves} every one of them
watch your {back}, {snitch}
{women} are too {stupid} to {vote}
{dykes} are {disgusting}
{kikes} should be {gassed}
i'm going to {burn} your {house} down
{blacks} are {animals}
you {dumb} {fuck}, get off my server
{migrants} are {cockroaches}
the {disabled} are {useless} {eaters} and should be put down
i'll {shoot} you in the {head}
{towelheads} out of our {country}
you {piece} of {shit}
{homos} are {perverts} and {groomers}
you're {dead} when i find you
{asians} are like {insects}
{beaners} jumping the {border} again
{idiot} mod, {delete} your {account}
{hindus} are {filthy}
{transgender} people should be {locked} {up}
{ugly} {whore}
{roma} should be {banned} from our town
i'll {break} your {legs}
{jews} are {parasites}
you're a {disgusting} {pig}
{lesbians} need {fixing}
{somalis} are {savages}
you {moron}, nobody {likes} you
{arabs} are {rats}
i will {stab} you
{faggot}
{nigga} go back to the {ghetto}
{muslims} should be {exterminated}
{retard}
{bastard} {scum}
{immigrants} are {criminals} and {rapists}
{dickhead}
{trans} people are {abominations}
you're a {braindead} {clown}
i'll {strangle} you
{mexicans} are {dirty} {rats}
{blacks} are {monkeys}
{cunt}
{slut} {bitch}
{deport} {them} {all}
{wankers} the lot of you
{gay} people should {die}
"""
