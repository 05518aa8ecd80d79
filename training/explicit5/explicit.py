"""Offensive statuses: explicit sexual content, solicitation and multilingual sexual abuse."""

from __future__ import annotations

_TEXT = """
wanna sext? hmu
getting railed tonight, don't wait up
dm for nudes 🍑💦
sending dick pics to anyone who asks nicely
horny af rn, someone come sit on my face
my dms are open for dirty pics only 😈
looking for a fwb who can go all night, no strings
rate my tits in the replies 🔥
who wants to see me naked? first 10 dms get a free pic
just had the best fuck of my life, legs still shaking
onlyfans link in bio, full nudes inside 💋
tryna smash tonight, hit my line
she took it so deep she forgot her own name lmao
send me a pic of your cock and i'll rate it
i'll fuck anyone in this server, no standards
wet and waiting, dm me 💦
nsfw pics in my dms, ask and ye shall receive
looking for a daddy to spank me till i cry 😩
cum tribute requests open, send your pics
big dick energy and the big dick to match 🍆
i'm gonna bend you over the desk and make you beg
your ass looks so fuckable in that pfp
swipe right if you swallow 😏
rimming is my love language tbh
sit on my face and tell me about your day
who wants a blowjob in the car park lol
nudes for nudes, no timewasters
post your bussy pics, gay men only 👅
just got out of a threesome, absolutely wrecked
my cock is 9 inches, ladies form a queue
choke me and call me a slut, please
fucked my neighbour's wife while he was at work 😎
hook up tonight? i'm hosting, bring lube
i wanna lick every inch of you slowly
dirty talk only, no small talk, let's go
show me your pussy and i'll show you mine
got my tongue pierced for one reason only 😜
ass up face down, that's how i like it
dripping just thinking about you tbh
selling used panties, dm for prices
feet pics available, £10 each, extra for soles on camera
i'm into bondage, gags and hot wax, who's joining
rope bunny looking for a rigger, will be tied up and fucked
pegging my boyfriend tonight, wish him luck 😂
i fuck on the first date and i'm proud of it
lemme titty fuck you, you won't regret it
your mum's tits are bigger than yours mate
edging for 3 hours, someone help me finish
bukkake party saturday, need 8 more guys
dm me if you want your throat fucked 🥴
who wants to watch me jerk off on cam?
just squirted all over my sheets lol, laundry day
nice arse, would smash, no cap
your girlfriend gives sloppy head, just saying
going commando and horny, the perfect combo
looking for a quickie in the office toilets, anyone?
lick my balls and call me sir
anal tonight, been prepping all day 🍑
nsfw: i've got a vibrator in right now and i'm at work
breeding kink, looking for someone to fill me up
cuck me, i'll watch from the corner
milf hunting this weekend, hmu if you're over 40 and lonely
tits out tuesday, pics in my story 🔥
gagging for cock tbh
she rode me like a rodeo bull last night 🤠
ur thicc af, i wanna bury my face in that ass
cock rating service open, brutal honesty guaranteed
spit in my mouth and call me your whore
i want to cum all over your face
fingering myself to your profile pic rn
stroking it to your voice notes ngl
daddy dom seeking a brat to put in her place 😈
sub looking for a strict dom to use me however they want
who's got the biggest dick in this group? prove it
wanna fuck? no? your loss
deepthroat queen 👑 ask me how
gangbang survivor lmao, 5 guys one night
my ex had a tiny dick, lowkey glad that's over
bet your pussy tastes like strawberries 🍓
slide into my dms with your dick out
nude selfies unlocked for anyone who tips
open relationship, looking for strangers to fuck my wife
horny and bored, someone send me porn
i want someone to tie me to the bed and ruin me
massive load incoming, who wants it
your bf's cock is mid, mine's better
grinding on strangers at the club again 😈
let me eat you out till you scream
two fingers or three? asking for tonight
snap me for uncensored pics 👻
sexting rn and it's getting filthy
blow me and i'll buy you a drink
i like it rough, bite marks and bruises
glory hole at the services off the m6, you know the one
who wants to watch me shower on live 🚿
i wanna motorboat those tits so bad
bareback only, don't ask me to wrap it
fleshlight review: 10/10 would fuck again
shaved everything for tonight, ready to get wrecked
leaking pre-cum thinking about you lol
only here to get laid, not to chat
sugar daddy wanted, will send nudes daily
nudes in exchange for paypal, serious buyers
rate my dick 1-10, pic in my pfp
butt plug in all day at uni, nobody knows 🤫
i'll let you cum inside if you buy me dinner
hotwife looking for bulls this weekend
fwb wanted, must be hung
your booty is so fat i'd eat it like a cake 🎂
can't stop thinking about sucking you off
squirt queen, vids on request
tongue out, knees down, waiting for you
just busted a nut to hentai, feeling great
cum on my tits and take a pic
getting my back blown out tonight fr
sloppy toppy for anyone who buys the pizza 🍕
need someone to dominate me in bed, dms open
dick so hard it could cut glass rn
i'll fuck your mum while you watch
sit on my lap, i've got a surprise for you 🍆
wanna see what's under the towel?
she sucked me dry in the back of the uber lmao
cam session tonight, tokens for toys 💦
who wants a lap dance and a happy ending
i want your dick down my throat right now
foot fetish guy here, send soles and toes
worship my feet and maybe i'll let you cum
watersports kink, yes that one, dm me
spank bank material, that's what your pics are
tits or gtfo
show bobs and vagene pls 😂
gonna fuck my way through the whole guild
my nipples are rock hard just reading your messages
eating ass is a skill and i'm gifted
sex tape dropping friday, stay tuned
recorded myself banging the landlord lol
bang me like a drum
need dick urgently, applications open
i'll sit on your face and you'll thank me
who wants to make a sex tape with me
bouncing on it till sunrise 🌅
i'm a freak in the sheets and in the car and the park
your lips would look better round my cock
thinking about fucking you in the changing rooms
just want to be used as a cum dump tonight
hmu for a hookup, i'm across town, can travel
send me your tits or we're done
that ass is begging to be slapped
let me blow my load on your glasses 🤓
ride my face like you mean it
dick pic collection hit 400 today, keep em coming
want my back arched and my hair pulled, tonight, volunteers dm
your mouth is perfect for blowjobs ngl
i fuck like i drive, fast and reckless
wank buddy wanted for video calls
tits so big they need their own postcode, wanna see?
hung top looking for a tight hole tonight
strap on and ready to ruin someone
nude beach pics uploaded, full frontal, enjoy
i'll moan your name if you send cash
please choke me with your thighs
looking for a one night stand, no names no numbers
get on your knees and open wide
you look like you'd be a screamer in bed
smashed two women from the gym this week, bodycount rising
porn addict and proud, send links
sucking toes is my favourite foreplay
cucumber in, lights off, enjoy the show
i'd destroy that pussy given half a chance
just nutted so hard i saw god
ladies, my tongue does tricks, dm to find out
i'll make you cum three times before breakfast
thong pics in my highlights, go look 👀
daddy's home, who's been naughty 😈
fucking in public is my kink, caught twice already
titties out on stream until i get banned
masturbating on call with a stranger rn lol
wanna trade nudes? i'll go first 📸
your wife's been sexting me mate, check her phone
getting pounded in the hotel room, no regrets
69 tonight, who's in
got a hickey on my inner thigh, guess how
sexting strangers is my cardio
your pfp makes me so hard it hurts
facefuck me till my mascara runs
cum slut for hire, rates in bio
free nudes for the first person to follow
yo i'll plough anyone with a pulse
balls deep by midnight, that's the plan
lick it, suck it, ride it, repeat
bet you moan like a pornstar 😏
post hole wanna see it
i have a breeding fetish and i'm not ashamed
got my nipples clamped right now, send help lol
virtual sex tonight, camera on, clothes off
i'd eat your ass like groceries
getting my dick sucked while i type this
all i want is head and a nap
naughty pics for every 50 followers, we're at 48
grab my arse next time you see me, i dare you
come over and fuck me, door's unlocked
your pic made me soak my knickers
cumming on command tonight for the top tipper
tit wank tutorial in my close friends 😂
let me spread those cheeks
hung like a horse, ask your girlfriend
i'll let the whole team run a train on me
wanna fuck in the stadium toilets at halftime?
orgy at mine, saturday, bring a condom and a friend
thinking about your cock at work again 🙄
shower sex, car sex, kitchen sex, i've done it all this week
you'd look better with my cum on your face
the way i'd ruin you if you let me
ass pics for likes, let's go 🍑
get my dick wet then get out
eat my pussy, that's the whole status
nipple slip was on purpose, screenshot it
horny on main again lol, someone stop me
i'll fuck you stupid, that's a promise
tits are out, dms are open, you know what to do
naked yoga on live, no censoring
sending my thong to whoever wins the raffle lol
rubbing one out between meetings
hey sexy, show me what you're hiding under that hoodie
nobody's getting my pussy for free anymore 💅
i'll fill every hole you've got
who wants to be my fuck toy for the weekend
big titty goth gf seeks a man to motorboat her on the first date
stop scrolling and send me a video of you stroking it
bent over the sofa waiting, come and claim it
tinder bio: dtf, 8 inches, no time for chat
my fantasy is you pinning me against the wall and fucking me hard
gym leggings so tight you can see my camel toe, you're welcome
rawdogged a stranger again, yolo
bussy clenched, ready for action lads
whoever's got the fattest dick gets my number
i suck better than a dyson 😏
sat on his face for an hour, he didn't complain
dm me ur kinks and i'll tell you mine, nothing's off limits
who wants to be my sexting partner tonight? must be filthy
chut ke dhakkan, shakal dekh apni pehle
teri maa ki chut, bhosdike
bhenchod kuch kaam ka nahi hai tu
madarchod saala, dimaag kharab kar diya
chutiya hai kya be? gaand mein akal nahi
gaandu, tera muh tod dunga
randi ki aulaad, nikal yahan se
lund le le mera, chup baith
teri behen ki chut mein dum hai to aa
bhosdiwale, aukat mein reh
lavde ke baal, kuch bhi bolta hai
haramzada kutta, teri gaand maar dunga
behen ke laude, online aa jaldi
kutti kamini, teri maa randi hai
teri maa da bhosda, kanjar
pen di siri, tenu main dasda haan
maa chod ditti teri, khotte da puttar
lun chuss mera, bakwas band kar
kutti de bacche, gand vich danda de dunga
gashti di aulaad, shakal na dikha
bhen da takka, tu kithe lukeya ae
tera lun chota, teri gall vi chhoti
putang ina mo, gago ka talaga
tangina mo, bobo ka
ulol ka, puke mo amoy isda
kantot kita hanggang mawalan ka ng malay
tarantado ka, tite mo maliit
pakyu ka, hindot ka
kupal ka talaga, pakshet
ang laki ng suso mo, pa-chupa naman
hijo de puta, chúpamela
vete a la verga, pendejo
chinga tu madre, cabrón
te voy a coger hasta que llores, mamacita
puta de mierda, cállate
me la pelas, culero
pinche naco, mamaste verga toda la noche
enséñame las tetas, zorra
maricón de mierda, lárgate
coño de tu madre, mamaguevo
vai tomar no cu, seu arrombado
filho da puta, chupa meu pau
sua buceta fede, piranha
vai se foder, corno manso
quero te comer de quatro hoje, gostosa
viado do caralho, some daqui
caralho, seu merda, vai chupar rola
manda nudes, safada
your papa dey smell, mumu ode
na your mama toto i go knack today
oloshi, ashawo pikin
your yansh big well well, make i ride am
olodo, your brain dey your nyash
werey, i go fuck your sister
ashawo like you dey sell toto for 500 naira
ode, your papa prick no dey stand
gandu, chutiya, mujhe mat samjha
bhosri ke, maa chuda apni
bhadwe, teri gaand mein mirchi daal dunga
suso mo ilabas mo na, malandi ka
"""

LINES: list[str] = [line.strip() for line in _TEXT.splitlines() if line.strip()]
