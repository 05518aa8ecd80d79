"""Benign statuses that borrow the explicit vocabulary: dating, health, bodies, food, languages."""

from __future__ import annotations

_TEXT = """
first date tonight, wish me luck 🥺
get tested, it's free at the clinic and takes ten minutes
reminder: condoms are free at the student union, no questions asked
spotted dick and custard for pudding, my nan's recipe 🍮
cock-a-leekie soup on a cold day is unbeatable
this dress shows off my bum, love it
nude lipstick shade finally found, it's perfect on me
dm me for the sourdough recipe, happy to share
booked my smear test, it's five awkward minutes that could save your life
proud bi disaster, happy pride month 🏳️‍🌈
18 weeks pregnant and the baby kicked for the first time 😭
breastfeeding at 3am with a podcast, we're surviving
single again, me and my cat against the world 🐈
my pussy cat knocked my coffee over again
saw a pair of great tits at the bird feeder this morning 🐦
our rooster is a proper cocky little thing, crows at 4am
nuts about this new almond butter
consent is sexy, ask first, every time
no means no, and so does silence, pass it on
happy anniversary to my husband, 10 years and still my favourite person
swipe left on anyone who's rude to waiters
dating apps are exhausting, going back to meeting people at the library
my girlfriend made me breakfast in bed ❤️
proud lesbian, proud aunty, proud of this community
came out to my parents today, they hugged me 🥹
trans joy is real, two years on hrt today 🏳️‍⚧️
he/him, gay, mostly here for the memes
ace and proud, no i'm not just a late bloomer
my body isn't a before picture, it's just my body
stretch marks are tiger stripes, fight me 🐯
hairy legs and loving summer anyway
fat and happy and wearing a bikini to the beach, deal with it
prenatal vitamins are huge, why are they the size of a horse pill
ivf round three starts monday, fingers crossed everyone 🤞
two pink lines!!! we're having a baby 💕
miscarriage awareness week, you're not alone if this was you
normalise breastfeeding in public, babies have to eat
pumping at work in the store cupboard, glamorous life
nipple cream is the unsung hero of new parenthood
pelvic floor exercises, ladies, do them now, thank me later
the urologist was lovely, vasectomy booked for june
penis, vagina, vulva: teach kids the proper words for their body parts
testicular cancer check: once a month in the shower, takes a minute
check your boobs, my mum's lump was caught early because she did
coppafeel reminder: feel your boobs, lads feel your pecs too
prep is free on the nhs now, ask your sexual health clinic
hiv undetectable means untransmittable, u=u
chlamydia often has no symptoms so testing matters
periods are not gross, pass me the hot water bottle
menopause brain fog is real, i put my keys in the fridge
period cramps are wrecking me today, send chocolate
sex ed should cover consent and relationships, not just biology
asked my doctor about my libido and she was really helpful
our relationship counsellor changed everything for us
forever alone but the pizza is all mine 🍕
valentine's day plans: me, a bath bomb and a rom com
table for one, and honestly it's lovely
my love life is like a netflix series, cancelled after season one
still single, still cute, still paying my own rent 💅
swipe right on me, i bake and i'm emotionally available
looking for someone to share chips with and argue about films
date night: homemade pasta and a bottle of red 🍝
he held my hand the whole film, i'm 30 and i'm swooning
long distance is hard, counting down 47 days until i see you
we kissed under the fireworks, i'm not okay 🎆
my wife is the hottest woman on the planet and i'll say it daily
hot girl walk done, 10k steps ✅
this jumpsuit hugs my curves perfectly
new jeans make my butt look amazing, no notes
crop top season has begun and my belly is coming with me
bought a sheer blouse for work, layering it with a cami
lingerie shopping for my wedding night, so excited 👰
nude heels go with literally everything
strapless bra shopping is a nightmare for big busts
bra fitting changed my life, i was a 34b now a 32dd
these leggings are squat proof, i checked
booty band workout complete, glutes on fire 🔥
leg day, glute day, every day is bum day at my gym
pirate booty hunting with the kids at the beach
the hooker had a blinder at the scrum today 🏉
strip lights installed in the kitchen, looks sick
going to strip the wallpaper in the spare room this weekend
naked cake for the wedding, semi-naked really, with buttercream
the naked chef taught me to cook in 2002
lube for the bike chain is on offer at halfords
screwed the shelf to the wall, it's actually straight
nailed it, the flat pack wardrobe is up and standing
erecting the new fence with my dad this saturday
hard wood floors are so worth the cost
morning wood chopping, getting the stove going 🪵
wet weather gear packed for the lake district
come over for dinner tonight? i've made too much lasagne
coming home tomorrow, can't wait to see everyone
the film's climax had me crying into my popcorn
blew my mind, that album is a masterpiece
she's a knockout in that green dress
moby dick is finally finished, 600 pages of whales
my uncle dick is 80 today, happy birthday!!
dick van dyke's accent in mary poppins, iconic
cockpit tour at the air museum, my son lost his mind ✈️
cockle picking at low tide in wales 🐚
woodcock spotted on the nature reserve, so rare
cocktail hour, espresso martini in hand 🍸
shuttlecock got stuck on the roof again
peacock at the stately home opened its tail for us
balls of wool everywhere, i'm knitting a blanket
meatballs with spaghetti for tea tonight
ball pit at the soft play was full of screaming toddlers
nuts and seeds are such a good snack
nut roast for sunday lunch, even the meat eaters loved it
roasting chestnuts by the fire 🌰
coconut shy at the fair, won a goldfish
hot buns fresh out of the oven, cinnamon ones
my hot cross buns came out rock hard, oops
stuffed the turkey, the bird is in the oven
pounded the chicken breasts flat for schnitzel
chicken thighs are cheaper and tastier than breasts, that's a fact
sausage and mash night at the pub
toad in the hole for tea, a british classic
faggots and peas from the chippy, proper northern
wiener schnitzel in vienna, bucket list tick ✅
melons are in season, bought three
cream pie recipe from my grandma, banana and custard
whipped cream on everything this week
moist chocolate cake, yes i said moist, it's the right word
beaver spotted in the river in devon 🦫
rooster, hen and six chicks, the farm is thriving
my cat sat on my keyboard and sent a weird message, ignore it
pussy willow is blooming in the garden
69 mustang, restored it myself over four years 🚗
class of '69 reunion, my dad's so excited
threesome at the golf club today, we needed a fourth
tackle box sorted for the fishing trip
raw dogging a long haul flight, no movies, no music, just vibes
i'm so horny for a holiday lol, take me anywhere sunny
horny toads at the reptile house were adorable
sexy vegan curry, as my flatmate calls it
dm me if you want to join the book club
hmu if you need a lift to the airport
slide into my dms with your best pasta recipes
send pics of your dogs please, i need serotonin
rate my outfit 1-10, job interview tomorrow
my dms are open for anyone struggling, you're not alone
onlyfans? no, only plants 🌱
just had the best nap of my life, legs still shaking from that run
tied up with work until friday, catch you after
spank? no, gentle parenting over here thanks
whip up some pancakes for brunch?
bondage? no, bonding, it's called a team away day
kink in the garden hose again, hate it
i'm a bit of a freak for spreadsheets tbh
thirsty, someone bring water to the allotment
wrecked after the half marathon, bath and bed
feeling myself today, new haircut hits different
naughty list for the elf on the shelf this year 😂
pulled an all-nighter for the exam, dead now
finger food for the party: sausage rolls and mini quiches
sucking on a strepsil, sore throat again
blew out the candles, 30 never felt so good 🎂
licked the spoon, the brownie batter was elite
got my tongue pierced, it hurts to eat lol
massive bruise on my shin from netball, wear pads kids
my knees are bruised from gardening all day
quickie update: i got the job!!
got laid off today, sending cvs tomorrow
lay down for five minutes, woke up three hours later
getting railcard sorted, train prices are criminal
railed at the council about the potholes again
teri smile dekh ke din ban gaya yaar 😊
chal na chai peene chalte hain, baarish ho rahi hai
mummy ne aaj rajma chawal banaye, full happy
bhai kal match dekhne aa raha hai na?
shaadi ki tayyari chal rahi hai, bohot kaam hai
yaar mera crush aaj mujhse baat kiya, i'm dead 🙈
pyaar dosti hai, sab theek ho jayega
didi ki godh bharai thi aaj, baby aa raha hai 💕
gaana suno, dil khush ho jayega
tension mat le yaar, sab sorted hai
kal exam hai aur main reels dekh raha hoon lol
nani ke haath ka paratha best hai
kudi bahut sohni lag rahi si wedding te 💃
chak de phatte, canada pahunch gaye
veerji ne lassi pilai, dil khush
pind di yaad aundi ae yaar
kiddan, sab changa?
aaj bohot garmi hai, AC chala do koi
bahut pyaari lag rahi ho aaj, ammi ne kaha
chai pe charcha, aao sab
mahal kita, ingat ka palagi ❤️
kain na tayo, gutom na ako
kilig na kilig ako sa date namin kagabi
ang ganda ng view dito sa baguio
salamat po sa lahat ng bumati sa birthday ko
sana all may jowa lol, single pa rin ako
tara inuman mamaya, chill lang
buntis ako!! baby number two 🤰
miss na kita, uwi ka na
te quiero mucho, mi amor 💕
vamos a la playa este finde, ¿quién se apunta?
mi abuela hace las mejores tortillas del mundo
qué guapa estás hoy, amiga
embarazada de cinco meses y con antojos de mango
soltera y feliz, gracias 💃
¿alguien para tomar unas cervezas esta noche?
buen provecho, chicos, la paella está lista
que saudade de você, meu amor
bora pra praia no domingo?
estou grávida, nem acredito 😭
bom dia, família! café na mesa
solteira e feliz, sem drama
como você é linda, hein, arrasou no vestido
how far, my guy? we dey go church sunday
i love you die, my baby 💕
make we go chop suya tonight
abeg who get charger for here
my wife don born, na baby girl! God is good 🙏
na wa o, this rain no wan stop
omo, this jollof sweet die
we move, no shaking
wetin you dey cook? i wan come chop
aunty don talk say make we use condom, she be nurse 😂
sexual health clinic walk-in hours are monday to thursday
the clinic texted my results, all clear, go get tested too
free sti kits online if you're too shy to go in person
vaginal discharge changes through the cycle, it's normal, ask your gp if unsure
erectile dysfunction can be an early sign of heart disease, see a doctor
the anatomy lecture today was all about the pelvis and genitals
midwife said the baby's head is engaged, any day now
labour update: 6cm dilated, gas and air is amazing
c-section scar is healing well, six weeks today
colostrum harvesting from 36 weeks, who knew
tongue tie got snipped, feeding is so much easier
mastitis is brutal, antibiotics started, boobs on fire
let's talk about sperm counts, men's fertility matters too
egg freezing at 34, best decision i've made
trying to conceive for two years, it's a lonely road
surrogacy journey update: our surrogate is 20 weeks!
two dads, one baby, so much love 👨‍👨‍👧
sapphic yearning hours, she smiled at me in the cafe
drag brunch was fabulous, the queens were incredible 👑
pronouns in my bio because respect matters
non-binary and thriving, they/them
my boyfriend and i just moved in together 🏠
married my best friend today, she said yes in the rain
polyamory isn't for everyone but it works for us, open and honest
gay wedding season, i've got three this summer
pride flag up in the window, neighbours waved
asexual doesn't mean loveless, i love hard
body positivity means all bodies, including disabled ones
my belly rolls when i sit, that's how bellies work
post baby body, soft and strong and mine
loose skin after weight loss, proud of every bit of it
cellulite is normal, 90% of women have it
saggy boobs club, breastfed three kids, no regrets
i love my big thighs, they carried me up snowdon
flat chest, big heart, great style
hips don't lie and neither does this scale, who cares
scars and all, this is me
ask before you hug, not everyone likes touch
consent applies to photos too, ask before you post someone
drunk people can't consent, look out for your mates tonight
stealthing is assault, know the law
if your date pressures you, leave, you owe them nothing
enthusiastic consent or nothing, simple as
reporting harassment is brave, here's the helpline number in my bio
not interested, but thanks for the message, have a good one
dating after divorce is wild, everyone wants to facetime immediately
hinge date went well, second date booked 😊
he brought me flowers and asked about my day, marry him
slow dancing in the kitchen to old songs
our first kiss was 20 years ago today 💋
honeymoon in bali, pinch me
love bombing is a red flag, go slowly
cuddle weather and my partner is away, rude
butterflies every time he texts, i'm 16 again (mentally)
she called me gorgeous and i forgot how to speak
i'm a catch honestly, i can reverse park and make a mean curry
bumble bio: loves dogs, hates cilantro, will steal your hoodie
speed dating at the pub on thursday, terrified
date ideas that aren't drinks? pottery class maybe
blue tits nesting in the box we put up, so chuffed 🐣
my partner's snoring could wake the dead, still love him though
pap smear results normal, thank you nurse jo
the gyno was so gentle, don't put off your appointment
mammogram done, quick squeeze and off to lunch
hpv jab is worth it, protects against several cancers
lgbtq+ youth helplines are in my pinned post, share widely
wedding dress fitting, the corset makes my boobs look fab 😍
swimsuit with a cheeky cut, feeling confident at the pool
bum bag is back in fashion and i'm thrilled
tight white jeans and a blazer, boss energy today
my husband's dad bod is my favourite bod
kiss me, i'm irish 🍀 happy paddy's day
just got engaged on top of arthur's seat!!
we've been trying for a baby, the ovulation tests are finally positive
baby brain is real, put the milk in the cupboard
feeding my baby in the cafe and the owner brought me a free tea 🥹
spotted dick is a steamed sponge, stop giggling at the back
cock-a-doodle-doo, the rooster next door is my alarm now
hot dogs on the barbecue, come round at six 🌭
"""

LINES: list[str] = [line.strip() for line in _TEXT.splitlines() if line.strip()]
