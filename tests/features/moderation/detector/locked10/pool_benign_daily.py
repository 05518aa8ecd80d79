"""Hand-written benign everyday statuses and friendly chatter.

Written by hand for the locked10 held-out set (2026-12-06); see make_locked10.py.
"""

from tests.features.moderation.detector.locked10.blocks import parse_block

TEXTS: dict[str, list[str]] = {}

TEXTS.setdefault("everyday", []).extend(
    parse_block(
        """
at the gym 💪
grinding ranked till diamond or death, whichever comes first
brb dinner
streaming elden ring at 8pm gmt, come hang
on holiday till the 14th, replies will be slow 🌴
working from home today, ping me if urgent
coffee first, questions later ☕
listening to the new fred again album on repeat
sick in bed, send soup and memes
studying for finals, dnd mode on
in a meeting till 3
learning rust, pray for me
just moved to manchester, anyone know a good chippy?
afk walking the dog 🐕
currently: reorganising my entire steam library for no reason
building a mechanical keyboard, lubing switches for 4 hours now
night shift this week so ill be on at weird hours
raid night! tuesdays 9pm server time
on a train with terrible wifi, dont expect much
back from japan and my sleep schedule is destroyed
playing stardew with the gf, dont disturb the farm
road trip to the blue mountains this weekend
marking exam papers, send help and biscuits
new pc parts arrived, building tonight 🖥️
watching the cricket, india batting, nervous
baking sourdough attempt number 7
dnd session prep, my players are going to hate this dungeon
3 days sober and feeling good
just got my first 100% achievement on hollow knight!!
out camping, no signal till sunday ⛺
on call this week, may vanish mid convo
commuting, typing with one thumb
cooking biryani for the first time, wish me luck
reading dune again because i have no self control
learning to skate at 31, my knees hate me
job hunting, if anyone has leads for junior devs lmk
at my sisters wedding, back monday
painting warhammer minis all weekend
speedrunning celeste, current pb 38:12
new puppy!! her name is biscuit 🐶
exam tomorrow, if you see me online tell me to log off
just finished my thesis draft, sleeping for 12 hours now
at a festival, probably wont reply
playing footy sunday morning if anyone needs a keeper
doing a 5k every day this month
working on my pixel art game, devlog soon
cleaning my flat, found three controllers under the sofa
gardening, tomatoes are finally red 🍅
visiting family in kerala, wifi is patchy
movie night, hosting a ghibli marathon
learning japanese, day 120 on duolingo
hospital appointment this morning, back after lunch
waiting for the patch to download, 40gb lol
on leave until the new year, merry christmas everyone 🎄
queueing for concert tickets, 40,000 people ahead of me
fixing my bike, chain came off again
trying to beat my mile time, 6:45 currently
in the library, headphones on, dont talk to me
mum's birthday dinner tonight
writing music, new track dropping friday
working at the shop till 6
at uni all day, lectures back to back
rebuilding my homelab, everything is on fire (not literally)
did my first open mic tonight, terrified but alive
just adopted two cats from the shelter
moving house this weekend, boxes everywhere
fishing down at the lake, back later
proud of myself for finally finishing that essay
tired but happy, long week
dentist at 10, then free
learning to make ramen from scratch
currently in a queue for customer service, 45 mins and counting
the rain in london is relentless today
pancake day! 🥞
wfh with a cat on my keyboard, typos are his fault
on a long haul flight, see you in sydney
doing my taxes, pray for me
back online after a week off, catching up on messages
hosting a lan party saturday, bring your own chair
playing chess online, 1200 elo and proud
getting a haircut finally
making a birthday cake for my daughter, unicorn theme 🦄
just started a new job, first day nerves
in the hills with no network, back tonight
binge watching the office for the 9th time
at the vet with the dog, hes fine just a check up
trying out vim, cant exit
coaching my sons under 10s team this arvo
working on a sql migration, dont talk to me
available for voice chat after 9
cycling to work now, feeling very smug
starting my masters in september!
shopping for a new monitor, any recs?
rewatching lord of the rings extended editions, all 12 hours
cooking sunday roast for the whole family
finally platinumed bloodborne, cried a little
volunteering at the food bank this morning
sunburnt after the beach lmao
at the airport, flight delayed 3 hours
homework then valorant, in that order (probably)
its diwali! happy diwali to everyone celebrating 🪔
eid mubarak to all my friends ❤️
happy pride month to everyone in the server 🌈
happy lunar new year! year of the snake 🐍
going to see the matildas play tonight!!
watching my nephew's school play
feeling a bit down today, taking it easy
repotting all my plants, theres soil everywhere
practicing guitar, learning wonderwall like a cliche
on the beach in goa, life is good
snowed in, perfect excuse to play games all day ❄️
learning blender, made a donut like everyone else
writing a cover letter for the 15th time this month
off to the pub quiz, wish us luck
sleepy, goodnight all 🌙
do not disturb - deep work until 4pm
recording a podcast episode, dont call
playing through baldurs gate 3 for the third time, durge run this time
hosting a book club this thursday, we're reading piranesi
renovating the kitchen, living off takeaways
brewing my first batch of beer
my code compiled first try, something is wrong
on the bus to glasgow, 5 hours to go
house sitting for my parents, the dog is spoiled
collecting pokemon cards again like im 10
vacation mode: on
running late, sorry!
back in 10
at the school run
trying to fix the wifi, again
walking in the peak district
on a retreat, phone off most of the week
debugging a race condition since 9am, send snacks
in the studio mixing a friends album
hungover, no further comment
my team won the pub league!! drinks on me
adulting: bought a kettle and felt things
chilling with my grandparents, they're teaching me rummy
new glasses, can finally see the minimap
helping my dad move his shed
learning sign language at evening classes
practicing for my driving test next week
exploring melbourne laneways, amazing coffee
riding the tube with a giant cello, pray for me
on my way to the stadium ⚽
got the vaccine today, arm is sore
meal prepping for the week, 10 boxes of chicken and rice
cat sitting for a friend, the cat hates me
applied for 8 internships today, fingers crossed
sitting in the garden with a book and a cuppa
happy thanksgiving to my american friends 🦃
first day of ramadan, ramadan kareem everyone
taking a break from social media for a bit, be kind to each other
recovering from surgery, slow replies this week
got engaged last night 💍😭
graduation day!! 🎓
caught my first fish today, tiny but mine
jamming with the band tonight
trying every flavour of pringles for science
learning to crochet, made a lumpy hat
organising the office christmas party, send ideas
playing minecraft hardcore, day 340, scared of everything
watching the f1 race, come on lando
bird watching in norfolk, saw a marsh harrier!
chasing the northern lights in tromsø
at a conference all week, find me at the coffee stand
just finished a 1000 piece puzzle, 3 pieces missing, furious
back at school tomorrow, holidays went too fast
learning the drums, my neighbours love me
playing co-op deep rock with the lads, rock and stone
on the ferry to the isle of wight
building a treehouse with my kids
reading in the bath like a gremlin
cooking jollof for the squad tonight
first snow of the year!
my sourdough starter is named gerald and he's thriving
open to freelance design work
out for a run, back in 40
late night coding session with lofi
its my birthday! 25 today 🎂
sleepy sunday, nowhere to be
at the farmers market buying too many cheeses
trying to get into running, week 2 of couch to 5k
watching the eclipse from the roof
my plants are doing better than me
going dark for exams, see you in june
testing a new build in factorio, the factory must grow
mum's in hospital, might be slow to reply, thanks for understanding
teaching my grandma how to use whatsapp
travelling around vietnam for a month 🇻🇳
so basically i said i'd only play one more game at 11pm and now its 3am and im
    hardstuck in plat with a headache and work at 8, anyway how is everyone
update for anyone asking: yes i'm still alive, no i haven't finished the mod, yes
    the new version will have controller support, please stop dming me about it lol
currently sat in a laundrette in leeds waiting for my duvet to dry because my
    machine broke, living the dream
new setup finally done, dual monitors, arm mounts, cable management that took 6
    hours and i will never touch it again
on a 14 hour shift at the hospital today so if you need me for the raid im afraid
    you'll have to carry yourselves for once
went to the tip, went to ikea, built a wardrobe, lost two screws, found them in my
    sock. productive saturday
if anyone in the brisbane area wants to start a weekly board game night hit me up, i
    have too many games and no one to play them with
taking my mum to see the northern lights for her 60th, she has wanted this forever
wifi down at home so im at a mcdonalds using their free wifi to upload my vod, true
    dedication
trying to get my dad to play valheim with me, he keeps building tiny wooden churches
"""
    )
)

TEXTS.setdefault("chatter", []).extend(
    parse_block(
        """
lmaooo i'm dead 😂 did you see jake walk straight off the cliff
this boss fight is murdering me, 47 attempts and counting
we absolutely killed it tonight, gg lads
bro you got destroyed in that 1v1, never let him live it down
shit, forgot my charger again
ffs the servers are down AGAIN
gonna murder this pizza, wish me luck
dude that clip was insane, you absolute madman
ur so bad at mario kart its actually impressive lol love u tho
arsenal bottling it again, see you next season 😂 (sorry gunners mates)
i swear to god if my cat knocks one more glass off the table
that exam kicked my ass, pray for me
this game is so fucking good, cant stop playing
oi you muppet you owe me a pint from last week
lol my brother just rage quit and unplugged the router, classic
sam you beautiful idiot, you carried us
omg stop i'm crying 😭😭 who made this meme
killing it at work today, feel like a god
headshot headshot headshot, im on fire tonight 🔥
damn this weather is shit, cancelling the bbq
who the hell decided 8am lectures were a good idea
my squad is trash tonight lmao (affectionate)
gg ez, get rekt noobs (jk, you played well)
bro the new update slaps
she roasted me so hard i need a burn ward 😂
man city fans are the worst, absolute glory hunters lol
bloody hell that was close, nearly missed the train
absolutely smashed that presentation, drinks on me
this song goes hard as hell
what the actual fuck was that ending, i need to talk about it
i'm gonna kill my roommate if he eats my leftovers one more time lmao
dying of laughter at the group chat rn
ok who's up for some late night apex, need 2
you're such a nerd haha, i love it
the lads are back in town!!! chaos incoming
that penalty was a joke, ref needs glasses lol
aussie aussie aussie oi oi oi 🇦🇺
did anyone else get absolutely wrecked by the raid boss or just me
hahaha no way you fell for that again
ugh mondays am i right
mate your aim is so bad even the bots feel sorry for you 😂
sick play bro, you're cracked
me and the boys about to go crazy in warzone tonight
stop simping for the anime girl, she's not real lmao
that shot was filthy, bury it
yo this pasta i made is dope as hell
we lost but at least we were funny about it
nah bro you're actually insane for staying up till 5
tottenham will bottle it, mark my words
cheers for the lift mate, legend
lol i just walked into a glass door in front of everyone
we're so back
it's so over 😭
this queue is taking forever omg
cant wait for the weekend, gonna get absolutely wasted with the uni lot
our team slaughtered them 5-0, best game of the season
laughing my ass off at this twitch clip
you absolute legend, thank you
rip my sleep schedule
the group project is killing me slowly
fuck yeah we got the tickets!!!
damn girl you look stunning in that pic
lmao who let the dogs out (literally, my dogs are out, help)
my dad joke game is unmatched
pog pog pog
kekw he tripped on the stairs
you guys are nuts, i love this server
ok boomer lol (said with love to my dad)
brb gotta go yell at my tomatoes for not growing
bro thinks hes him 💀
i'm literally shaking, we won the tournament!!!
shit happens, we go again next week
someone explain why my teammate tried to solo the dragon at level 3
ahaha u ugly (jk ur gorgeous happy birthday bestie)
the hangover is murdering me today
this chilli is gonna destroy my stomach tomorrow but worth it
my ranked games are cursed, every game is a coinflip
yeah nah yeah, fair enough mate
omfg the plot twist, i screamed
damn this coffee is hitting different today
no cap that was the best concert of my life
absolute scenes at the pub when we scored
my mum just called me a gremlin for sleeping till 2, fair
i will fight anyone who says pineapple doesnt belong on pizza
gonna beat your ass at fifa tonight, prepare to cry
lmao we got obliterated in the semi final but had a blast
get rekt kid (it was a 1v1 against my 8 year old nephew, he won)
ngl this patch is kinda goated
you son of a gun, you actually did it
stop being such a drama queen and come to the party
my kd is in the toilet but vibes are immaculate
i need a nap and a hug and maybe a burrito
your cooking is a crime against humanity lmao, love you
that ref was blind as a bat lol
jesus christ these exams
he's such a goofball, love that guy
oh hell nah not another patch
trash talking my brother in smash bros is my cardio
just got absolutely bodied by a 12 year old in tekken
tbh the final boss is a bastard but a fair one
crying at this cat video rn
ugh i'm so dumb, left my keys inside again
this bread is so good i could kill for another slice
happy friday you beautiful degenerates ❤️
yall are crazy, see you tomorrow
we're taking over the world one ranked game at a time
my flatmate is a menace and i love him
we had a bloody blast at the beach
i hate you (i love you) (pls send me the notes)
dude shut up and take my money, that trailer was sick
bro got cooked in the comments lmao
rip my wallet, steam sale got me again
sorry i'm late, my bus decided to die
lads we are getting absolutely hammered at dans stag
fuckin hell its cold today
the boys are gaming tonight, no girlfriends allowed (jk they're in the squad too)
mate you sound like a dying goose on mic haha
omg we destroyed the other team in trivia night
hes a total sweat in ranked lol but we love him
lmao gonna strangle whoever invented 5am flights
this level design is criminal, who approved this 😭
the cat has declared war on the new hoover
nah we got this, just need one more win
you absolute walnut, you put salt in the tea 😂
arguing with my best mate about whether a hotdog is a sandwich for the third hour
i'm dying, the dog just stole the entire roast chicken
ok so the raid went completely to shit because kev pulled the boss while we were
    still buffing and then blamed the healer, absolute chaos, 10/10 would wipe again
cant believe we lost to a team called the soggy biscuits, i will never recover from
    this emotionally, see you all next week for revenge
lads im not saying the new guy is bad but he just threw a grenade at his own feet
    and then apologised to the grenade lmao legend
bro my mum walked in mid clutch and asked if i'd eaten, lost the round, worth it
    though she made dal
"""
    )
)
