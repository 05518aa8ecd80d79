"""Hand-written benign chatter, part A: group chats, sport rooms, banter (benign / chatter)."""

# ruff: noqa: E501

CHATTER_A = """
we got absolutely destroyed last night, 5-0 at home, i'm not even angry just sad
that ref is blind, no way that was a penalty
KILLED IT at the gig tonight, crowd was insane 🔥🔥
lads who's coming to five a side thursday, we need a keeper or dave's going in goal again
I'm gonna murder a kebab after this shift
my mum's going to kill me, i've dented the car on the school run 😭
omg the finale absolutely destroyed me, i'm still crying
bro we got smoked in that last round, their sniper was cracked
rohit smashed that six into the second tier, what a shot 🏏
that try from the blindside flanker was filthy, best of the tournament
who ate my leftover curry. i will find you. i will have words 😤
honestly could kill for a cup of tea right now
ffs the 38 bus just drove past me AGAIN
lmao ur so bad at mario kart, rematch tomorrow loser 😂❤️
we smashed the quiz tonight lads 🏆 first place and a £40 bar tab
bloody hell it's cold, -3 on the walk to work
shot for the lift mate, legend
Aussies got bowled out for 142, the ashes is coming home boys
can't believe we bottled it AGAIN in the 89th minute. typical spurs
my toddler just headbutted me in the nose at 5am, send coffee
that lasagne was the bomb, need the recipe asap
just got absolutely slaughtered in ranked, think i'll stick to casuals 💀
gg ez jk that was close as hell, well played
our keeper pulled off a save that should be illegal
who's up for a cheeky pint after work?
dying 💀💀 did you see what he posted about his own birthday cake
ok but why is the group chat so dead today
arsenal fans when they're top in october 🤡 love you lot really
bhai kal ka match dekha? kohli ne toh aag laga di 🔥
yaar pizza order kar de, I'm starving
just finished a 10k and i'm dead. legs are gone. send help and chips
can't wait for the footy this arvo, go the Swannies!!
dinner at ours sat? bringing the good wine this time not the servo stuff
lost my keys for the 3rd time this week, someone please take my adult license away
he absolutely mugged off the defender with that nutmeg 😂
wooo payday!! treating myself to a cheeky nandos
honestly the refs in the NRL this year are cooked
fuck me that was close, thought we'd lost it on penalties
nah you didn't just pick yasuo again 😭 we're cooked lads
new phone who dis 😂 (it's me, Dan, I dropped my old one in the sea)
the traffic on the M25 is an absolute joke this morning
rain delay at lord's again, classic english summer ☔
this pasta is slapping ngl
my cat just knocked a full glass of water onto my laptop. i'm going to sell her on ebay (i'm not, i love her)
feeling rough as guts after last night 🤢 never drinking again (until friday)
team bus leaves at 7:30 sharp, if you're late you're walking
whoever invented monday mornings deserves a stern talking to
our new striker is an absolute assassin in the box, 3 in 2 games
anyone got a spare charger in the office? i'm on 4%
grandma just discovered emojis and is sending 🍆 to the family chat thinking it's an aubergine recipe 😭
can't believe i stayed up till 3 watching the test match, wicket with the last ball too
that's a massive W for the lads, back to back wins 💪
mate your cooking has improved so much, the chilli was mint
bro ur ping is so trash lmao get off your mum's wifi
who's bringing snacks to game night? i'll do the dips
work is killing me this week, 3 deadlines and a fire drill
u up? just saw the most cursed tiktok
wales got battered but at least we scored a try 🏴󠁧󠁢󠁷󠁬󠁳󠁿
the new season of the traitors is elite television
crying at the dog trying to catch a snowflake 😂❤️
can someone explain the offside rule to my girlfriend because i've tried and failed
LETS GOOOO clutch 1v4 for the win 🔥
absolutely gutted we went out on penalties again, england never change
bring a jacket, it's brass monkeys out there
babe i'm going to strangle the washing machine, it's beeping at me again
aww she finally walked!! first steps at 11 months 🥹
honestly the queue at aldi was a war zone today
that bowler is lethal, 4 wickets in 2 overs
you're a legend for picking me up, i owe you a pint
whose idea was it to book a 6am flight, i'm going to fight them (it was mine)
oi who left the milk out, the whole kitchen stinks
me and the boys about to get bodied in this raid again
aussie aussie aussie oi oi oi 🇦🇺 what a win
ahh the tram's delayed again, gonna be late, save me a seat
ugh my team got knocked out in the semis, so close
the bbq was unreal, cheers for having us Shaz
just bombed my driving test lol, third time lucky?
he took the keeper out with that shot, net nearly came off
pls someone put me out of my misery, this meeting is 2 hours long
mate that goal was ridiculous, top bins from 30 yards 😍
bruh i just got 360 no scoped by a 12 year old
dad's making his famous "surprise" stew again, pray for us
we'll batter them on saturday, trust the process
your fantasy team is an absolute car crash mate 😂
heads up, there's roadworks on station road, take the long way
happy birthday you old git 🎂 hope you get spoiled rotten
loved every minute of tonight, you lot are the best
ok who's watching the derby at the pub? i'll grab a table
it's raining cats and dogs here and i've got no umbrella, brilliant
we absolutely demolished that chocolate cake in 10 minutes flat
honestly bumrah is a cheat code, unplayable
stop spoiling the show or i'm leaving this chat forever 😤
stuck in the lift at work, send snacks and memes
my nan just beat me at scrabble with "qi" on a triple, she's ruthless
damn the new album goes hard
mate you owe me a fiver from the pub, don't think i've forgotten 😂
slept through my alarm again, boss is gonna kill me
we're out of loo roll, can someone grab some on the way home
that's the worst penalty i've ever seen, he's blazed it into orbit
i'm dead 😂😂 the dog ate his homework, like actually
anyone know a decent plumber in leeds? boiler's packed in
my phone autocorrected "running late" to "running lame", accurate tbh
can't believe it's december already, where did the year go
get in!!! last minute winner!!! scenes in the away end
just got home, the house smells like burnt toast, who's to blame
dude your character build is so broken lol, nerf incoming
that match was a bloodbath, 4 red cards and a fight in the tunnel
ok but the referee should be sacked after that performance, shocking
she's a killer on the bass, you have to see them live
i'm crying, my dad sent "lol" thinking it meant lots of love at a funeral
got sunburnt at the cricket again, i look like a lobster
who else is absolutely knackered today
bloody magpies swooping again on the walk to uni 😤
the neighbours' cat has adopted us, she's in the garden every morning
absolute scenes at the rugby, last play of the game try 🏉
ngl the new manager's tactics are mid, we look lost
bro stop lagging, it's killing the team
let's get this bread 💪 new job starts monday
i hate it here (the dentist waiting room)
anyone want to split an uber to the stadium? leaving in 20
that goalkeeper has hands like frying pans, brilliant save
tried the new vindaloo place, my mouth is still on fire 🔥🌶️
the wifi in this hotel is criminal
why does my 4 year old have the energy of 15 red bulls
got a bit carried away at the sales, sorry bank account
i'm gonna kill it at this interview tomorrow, wish me luck 🤞
it's coming home. it's coming home. it's probably not coming home.
cousin's wedding was a riot, nani danced till 2am 😂
IPL auction is going to be chaos this year, RCB need bowlers badly
pop round later, kettle's on
our captain got sent off for a spear tackle, which was fair tbh, stupid tackle
this heat is killing me, 38 degrees and the aircon's broken
the lads are heading to the beach after the game, you in?
just realised i've been saying "expresso" for 30 years
new puppy has chewed through two phone chargers and my will to live, still love him
that was a proper smash and grab, we had one shot all game and scored
shut up and take my money, those trainers are gorgeous
haha you silly sausage, you forgot your lunch again, it's on the side
sorry for going quiet, work's been mental
that comeback was insane!! from 3-0 down!!
i could kill for a sunday roast right now
rain stopped play but the tea and scones were top notch
mum says dinner's at 6 and if we're late she'll disown us 😂
ahhh exam results tomorrow, i'm bricking it
the way he celebrated that wicket, proper passion 🔥
bro they ran through us like a hot knife through butter
our pub team is called "Quiz Akabusi" and we're very proud of it
guys the karaoke video from last night is in the drive, i'm never showing my face again
"""
