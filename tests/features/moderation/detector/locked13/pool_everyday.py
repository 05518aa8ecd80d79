# ruff: noqa: E501
"""Hand-written pool: ordinary everyday statuses (benign)."""

from .textblock import lines

EVERYDAY = lines("""
at the gym 💪
wfh today, ping me on slack
in meetings till 3, async replies only
OOO until the 14th, back after the long weekend
reviewing PRs, be patient with me
on call this week 📟 page me if prod is on fire
🎧 lo-fi and linting
reading group at 4 in the seminar room
chapter 17 is up!! thank you for all the lovely comments
writing, do not disturb unless it's snacks
commissions open, see pinned post for prices
cosplay prep, hot glue burns everywhere
just finished the rewatch, crying
teh tarik kosong and back to work
lunch at the hawker centre, back at 1.30
stuck on the pan island expressway, running late sorry
braai at my place saturday, bring your own meat
load shedding stage 4, replies may be slow
loadshedding again, working off the laptop battery
in cebu visiting lola, slow replies
jollibee run then back to studying
merienda time ☕🍞
off to the highlands for the weekend, no signal
dreich day in edinburgh, staying in
at the match, up the town
grand day for it, heading to bray for a swim
in galway for the arts festival
on the dart, signal's rubbish
sipping tea and marking essays
PhD year 3, send caffeine
thesis draft due friday 😬
TA office hours 2-4 in room 1.14
lab meeting moved to thursday
defending my viva next week, nervous
conference talk accepted!! see you in lisbon
flying to manila tonight ✈️
jetlagged but happy
home sick, back tomorrow hopefully
dentist at 11, back by lunch
school run then standup
baby's teething, I am a zombie
puppy's first walk today 🐶
cat knocked my tea over again
plants watered, life is good
marathon training week 6
5k personal best this morning!
cycling to work now that the rain's stopped
learning tagalog one word at a time
duolingo streak 300 days
baking sourdough, wish me luck
made my lola's adobo recipe and it's nearly as good
knitting a scarf for the winter
gardening and podcasts
sunday roast and a nap
listening to the new boygenius album
gig tonight in whelan's
choir practice on tuesdays
band practice, bring earplugs
learning guitar, sorry neighbours
pottery class tonight, making a very wonky mug
reading middlemarch, slowly
book club picked a 900-page book again
sketching in the botanic gardens
drawing the comfort ship again
wip: 12k words and they still haven't kissed
beta reader needed for a 40k slow burn
fic rec thread in pinned
zine applications open until the 30th
merch preorders close sunday
working on the bang, art partner is amazing
posting schedule: mondays and thursdays
hiatus for exams, back in june
maintaining three packages and a houseplant
release v2.4.0 is out, changelog in the channel
CI is green, going for a walk
bisecting a regression, send snacks
writing docs nobody will read 📚
triaging issues this afternoon
office hours for new contributors on friday 15:00 UTC
mentoring for outreachy this round
hacking on the matrix bridge tonight
on IRC as usual, same nick
rebasing, wish me luck
pairing with the new intern today
sprint planning all morning
quarterly review prep
training new hires this week
out on site visits, back later
at the client's office in makati
in the office in raffles place today
hot desk on level 5 if you need me
fire drill at 10, ignore the alarm
christmas party tonight 🎄
secret santa list is up
bank holiday, see you tuesday
on annual leave, contact Fiona for anything urgent
parental leave from next week 💛
back from leave, catching up slowly
my first day at the new job!
last day at this place, thanks for everything
moved to the new flat, boxes everywhere
house hunting is exhausting
renewing my passport, pray for me
driving test on thursday
got my visa!!
exploring kuala lumpur this weekend
hiking table mountain tomorrow
weekend in durban with the cousins
surfing in muizenberg
rugby on at the pub, springboks all the way
watching the all-ireland final with the family
roaming the isle of skye
ferry to arran
camping in the wicklow mountains
rainy day in cork, film marathon
cooking for 12 tonight, send help
birthday dinner with the girls 🎂
anniversary weekend away
wedding season, third one this month
graduation photos are in!
volunteering at the food bank this afternoon
charity run on sunday, sponsor link in bio
blood donation done, free biscuits acquired
gaming night with the lads
playing stardew valley again, no regrets
speedrunning mario kart
raid night, back at 11
new keyboard arrived, clacky
building a mechanical keyboard from scratch
3d printing dice for the campaign
DMing our dnd session tonight
painting miniatures
astrophotography if the clouds behave
birdwatching at the wetlands
fishing off the pier with dad
walking the dog by the canal
sea swim at the forty foot 🥶
sauna and cold plunge
yoga at 7, then work
meal prep sunday
trying to drink more water
early night, long week
can't sleep, reading instead
insomnia club, anyone awake?
feeling grateful today
quiet day, recharging
mood: soft and sleepy
overthinking, as usual
one of those days, tea helps
happy and tired
new haircut, who dis
got my ears pierced!
new glasses, seeing everything now
3 weeks sober and feeling great
therapy day, being gentle with myself
it's my cake day
back online after a long break
deleting apps to focus this month
digital detox weekend
answering email, slowly
inbox zero (for 4 minutes)
running behind on everything, sorry
available for a chat after 5
DMs open for questions about the course
ask me about our student society
hiring: we have two openings on my team, DM me
looking for a flatmate in sheffield, no smokers
lost my umbrella on the 16 bus, if found pls return
saw a fox on the way home 🦊
sunset from the office window today was unreal
new podcast episode out, we talk about tabletop games
streaming art tonight on twitch, come hang
first snow in years!
heatwave, melting at my desk
typhoon signal 2, working from home
monsoon season, wet socks forever
haze is bad today, wear a mask
power's back, yay
the wifi is back, we are saved
pasta for dinner again
made my own kimchi
hot chocolate and a blanket
eating a suspicious amount of crisps
trying to finish my advent calendar before december
spring is here, the tulips are up
autumn walk in phoenix park
watching the rugby with dad
finished the crossword in ink today
fixing my bike, greasy hands
moving house on the 1st, help wanted
helping mum with her new phone
visiting my nan in the home
celebrating diwali with the neighbours 🪔
eid mubarak to all who celebrate
happy lunar new year 🧧
chag sameach!
happy pride to everyone in the server 🏳️‍🌈
international women's day lunch at the office
deaf awareness week, learning some ISL
adopting a rescue greyhound next week
""")

CHATTER = lines("""
lol you're such a nerd, I love it
stop it I'm dead 😂😂
this boss fight is murdering me, third hour
we absolutely killed it at the pub quiz
ugh the bus is late AGAIN, fml
hahaha you absolute muppet, you sent it to the wrong chat
shite weather but sure look
feckin rain, my hair is ruined
bloody hell that match was tense
liverpool are getting destroyed, I can't watch
rangers fans in shambles tonight haha
your team couldn't hit a barn door, see you at the derby
celtic 3-0, sorry not sorry big man
nah mate the springboks smashed you lot
ag shame man, the boks will get you next time
lekker jol last night bru
eish, the traffic on the n1 is insane today
aiyo my code compile 20 minutes already also cannot
walao the queue for the bubble tea is crazy
shiok lah this chicken rice
can or not? can lah
grabe ang init today, I'm melting
lodi ka talaga sa coding
charot lang, I'm kidding
ang kulit mo bes 😂
my flatmate ate my leftovers, war has been declared
you're lucky I love you, you absolute gremlin
coding at 3am is a crime against sleep
I'm going to murder this CSS if it doesn't centre
git blame says it was me. it's always me
I swear this printer wants me dead
my dog just stole my sandwich, betrayed
I'll fight anyone who says pineapple doesn't belong on pizza 🍍
this fic ruined me in the best way, I'm deceased
the author really said 'let me ruin your life' huh
screaming crying throwing up over chapter 30
your OTP is trash and I respect you anyway
we are so back
it's so over lads
that dm was so savage I had to lie down
you killed that presentation, proud of you
the new album slaps, I'm obsessed
she ate and left no crumbs
bro got absolutely cooked in that argument lol
go on ye good thing
what's the craic tonight
the lads are heading to the chipper, coming?
ye big eejit, you left your keys in the door again 😂
dinnae be daft, come out for one
pure raging I missed the last train
och away and bile yer heid, ya numpty 😆 (joking, see you at 8)
haha you wee rascal, stole my seat
tbh my cat is a jerk but I love him
if anyone touches my tea they're dead to me ☕
I hate you (affectionate)
stupid sexy debugger
you're a menace and I love that for you
he's such a dork, it's adorable
let's get wrecked at karaoke
send help, the group chat is chaos
why is the sprint retro always a bloodbath lol
we got slaughtered in the quiz, last place again
this bug is killing me slowly
nuked my node_modules, feel reborn
I'm dying of laughter at this meme
lost the ranked game, uninstalling (I will reinstall in 5 mins)
gg ez, sorry not sorry
headshot from across the map, I'm a god
sniped him from the tower 😎
died to the same boss 14 times, send hugs
this game is going to be the death of me
pls carry me in the raid tonight
the tutorial boss destroyed me, I'm so bad at this
shoot me a message when you're free
hit me up later, I'm around
I'm so done with this week, wine time
damn this coffee is good
holy crap the deadline is tomorrow
oh shit I forgot my laptop charger
what the hell happened to the wifi
well that's a pain in the arse
kill me now, three back-to-back meetings
we are so cooked for this exam lol
the prof said 'easy question' and then it was not easy
our group project is held together with duct tape and prayer
honestly the lecture was a snooze fest
this sandwich is criminal, 8 quid for bread
the canteen curry is a war crime but I keep eating it
HR sent another 'fun mandatory' event lmao
the build is broken and so am I
reviewer left 47 comments, I'm crying in the club
rebase went sideways, I am in hell
who pushed to main on a friday. confess
rip my weekend plans, on call
fighting the linter again, the linter is winning
my rubber duck has heard things
merge conflict from hell, pray for me
the mods are actually lovely, shoutout to them
welcome to the server! grab a role and say hi
lurking as usual 👀
hi everyone, new here, love the art channel
the bot is being weird again, someone poke it
meme channel is unhinged today, I love it
you lot are chaotic and I'm here for it
who's up for a watch party tonight?
can't believe my sister beat me at scrabble again, rematch
mum's roast potatoes > everything
granny just sent me a thumbs up emoji, we've made it
the kids are feral today, send coffee
my toddler bit me, he's a tiny vampire
the neighbour's rooster is an enemy of the state
ok who ate the last timtam, I'm not angry just disappointed
no wuckas mate, see you arvo
that's a bit ordinary from the ref, reckon he's blind
cheers big ears
right, I'm off, don't burn the place down
you'd be lost without me, admit it
ok boomer 😂 (said to my dad, he laughed)
stop being so dramatic, it's a paper cut
bet you can't beat my high score
if you spoil the finale I will never forgive you
this plot twist made me throw my phone across the room
it's giving main character energy
ngl I'd die for this fictional man
he's a menace to society and I'd let him ruin my life (fictional, relax)
everyone's roasting me for my playlist, worth it
update on the group chat drama: Ciara still hasn't forgiven me for spoiling the finale, Sean is pretending he didn't cry at the ending, and I've eaten an entire box of jaffa cakes. love you all, you absolute eejits
ok so we lost the five-a-side 7-1 and our keeper spent the second half chatting to a dog on the sideline, worst team in dublin and I wouldn't trade any of them
the boss fight in elden ring has been destroying me for two hours, I've died so many times my controller is filing for divorce
lol my lecturer just roasted the whole class for not doing the reading and honestly we deserved it, we're a disgrace
""")
