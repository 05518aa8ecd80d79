"""Hand-written personal insults and abuse aimed at one person (offensive / insult)."""

# ruff: noqa: E501

INSULTS = """
you're genuinely the worst jungler i've ever queued with, uninstall you braindead ape
kid ur so bad at this game its embarrassing, go back to roblox where you belong
mate you're a complete bellend and everyone in the group thinks so, they just won't tell you
shut your mouth you absolute weapon, nobody asked for your opinion
@dazza_88 you're a spineless dog and a liar, everyone at the club knows it
ur literally the dumbest person ive ever met and thats saying something
imagine being this thick. honestly how do you tie your own shoes in the morning
bhai tu chutiya hai seriously, stop posting your garbage takes in this group
what a pathetic little man you are. 43 years old and still sponging off your mum
you fat useless lump, get off the pitch and let someone who can actually run play
oi dickhead, learn to read the thread before replying with that rubbish
keyboard warrior with the iq of a boiled potato. log off and touch grass
you're a disgusting human being and your kids are going to grow up ashamed of you
ratio + you're ugly + nobody likes you + your podcast is mid
you're a nasty two-faced snake Chloe and now everyone can see it
get f*cked you whinging pom, go cry into your warm beer
you absolute gronk, you've thrown the round three times in a row
silly cow can't even park, fuck off back to driving school
Kieran you are a waste of oxygen. Stop texting me.
tera dimaag ghutne mein hai kya? useless fellow, can't even keep the ball on the ground
you're so ugly the front camera flips itself off when you open it
reported for being trash. actually no, a report can't fix how dogshit you are
you're a sad, lonely virgin who lives on this forum 14 hours a day and it shows
every post you make is dumber than the last one. do us all a favour and delete your account
what a clown 🤡🤡 you genuinely thought you did something there
you're a leech jamie. a lazy lying leech who owes half this group money
stfu you rat, you stole my kill and then flamed ME for it
nobody in this server can stand you, you're a toxic little gremlin and the mods are too soft
Shut up, you dribbling moron.
you're thick as two short planks and half as useful
u r such a loser lmaooo no wonder she dumped u
your a fuckin idiot and your opinion is worth less than nothing
jog on you sad act, nobody rates you
you're a drongo, mate. a proper, certified drongo
the resident galah is in the comments again, do you ever stop talking shit
what a muppet, couldn't organise a piss-up in a brewery
ur so fucking annoying i cannot believe ur still allowed in vc
bhai tu sach mein bewakoof hai, ek simple baat samajh nahi aati? idiot kahin ka
You're a deeply unpleasant, stupid man and it shows in every sentence you type
go cry to your mommy, scrub
LOL you absolute bot. bronze 4 for a reason
your face looks like someone dropped a pie on the floor and stood on it
you couldn't hit a cow's arse with a banjo, worst striker in the league by a mile
you're a grub. a filthy little grub and everyone at work knows it
get your head out of your arse you pompous twat
mate ur a flog, just stop
you are the human equivalent of a participation trophy
whoever raised you did a shocking job, you vile little troll
your gf left you for a reason and honestly we all get it now
you talk like a toddler and play like one too, absolute clown behaviour
Priya you're a fake, attention-seeking witch and nobody at uni actually likes you
lmao look at this fat neckbeard trying to tell ME about fitness
you're not edgy, you're just a prick with a keyboard
zero braincells, zero friends, zero talent. impressive really
what an absolute knob. you've ruined the whole trip for everyone
ur a waste of a teammate and a waste of a human. report this idiot pls
Ryan you're a lying scumbag and I hope your new girlfriend finds out exactly what you are
sit down, you overrated fraud. nobody at this club has ever rated you
you're the reason shampoo has instructions on the bottle, you brain-dead twit
stop crying in all chat you pathetic little baby
honestly mate you're a cockwomble of the highest order
hey idiot, maybe read the rules before you spam the chat with your crap
you're a gutless coward who hides behind an anime avatar
imagine being 30 and still this much of a loser lol
you're vile. truly. a vile, bitter, jealous old hag
go back under your bridge troll, adults are talking
you absolute melt, how did you miss that from two yards
bloody hell you're a dense one aren't you
you're a tosser, your mates are tossers, and your car is a tosser's car
all mouth no trousers, you pathetic little wannabe
arey pagal, tujhe kuch nahi aata, go sell pakoras instead of coaching
literally no one cares what a washed up has-been like you thinks
you're a dog act mate. a real dog act
fucking useless support, you healed the enemy more than us
you couldn't find your own arse with both hands and a map
omg ur actually so stupid its painful to watch
you are a walking L
you're a spiteful, miserable cow and it's no wonder your family don't talk to you
wow another galaxy brain take from the village idiot
Dave you are a snivelling little worm
complete and utter numpty, banned from ever touching the aux again
can't believe they let a goblin like you moderate this sub
you're a hack and a fraud and every reviewer knows you copy your recipes
absolute waste of space, you've contributed nothing to this project but whining
stop simping you embarrassing creep, she's blocked you for a reason
you are sooo dumb. like genuinely concerning levels of dumb
bro your mind is smaller than your rank and thats saying a lot
you sound like a goose being strangled, please never sing again
you're a bottom feeder. scum of the earth
sad little incel energy in every single one of your comments
shut it you plastic, you've supported the club for about five minutes
lazy entitled brat, get a job and stop scrounging off everyone
you're an utter bellend and I can't believe I wasted two years on you
typical brainless troll account with 4 followers, pathetic
the absolute state of you. a grown man crying over a game of fifa
mate you're a sook, harden up and stop whinging
eh chapri, go and learn english before you comment here
you're a nasty little bully and everyone in year 11 is sick of you
what a clueless nonce of a ref, you shouldn't be allowed near a whistle
sit in the corner and eat your crayons, clown
you're genuinely the most irritating voice I've ever heard on a stream
you're a joke of a manager, your own players laugh at you behind your back
go outside and breathe some air you greasy basement dweller
you smell like a wet dog and you look like one too
nobody asked, nobody cares, you sad little try-hard
you are a slimy, spineless excuse for a landlord
unbelievably thick comment from an unbelievably thick woman
you're a waste of a roster spot and a waste of everyone's time, uninstall
the only thing you carry is the stench of your own failure
dumbass can't even read a map and he calls himself IGL
you are a filthy liar and a thief, Marcus, and I'll be telling everyone
your brain is running on windows 95, update yourself you fossil
fuck off you irrelevant sack of shit
awww did the little baby get his feelings hurt? pathetic
ur mum should've swallowed
you absolute tool, that's the third time you've TKed me
you are the dumbest cricket "expert" on this entire platform, stick to ludo
abe saale, teri aukaat kya hai? ek match bhi nahi jeeta tune
you've got the personality of a damp sock and the face to match
you pathetic wet wipe, grow a spine
honestly go kys, nobody would miss you
you're a fucking embarrassment to this clan
look at this absolute clown with his rented lambo pics 😂 broke and ugly
stop talking you mong, nobody understands your garbled nonsense
my nan could bowl better than you and she's been dead for six years
you're so two-faced you need a second passport
hey dipshit, the mute button is there for a reason, learn to use it
absolute parasite. you leech off every creator on this site
ugly inside and out. no filter can fix that personality
you're a prat, Tom. a massive, entitled prat
What a snake you are, smiling at me in the office and slagging me off on the group chat
you're a glorified ball boy, not a footballer, you useless lump
cheating scumbag, enjoy your ban you filthy hacker
shut ur trap u dumb fuck
oi fuckwit, that was my parking space and you know it
keep crying, loser, your tears are delicious
you're thicker than a bowl of mum's custard mate
you're a repulsive old perv and everyone on this street knows it
deluded, talentless and ugly. the holy trinity. congrats
Go back to your hole you miserable little goblin
yo dumbass, you really paid 200 quid for that haircut? they robbed you blind and you still look like a thumb
your takes are as bad as your breath, and trust me that's saying something
ugh you are such a fake friend, you're pathetic and i hope you know it
nah you're just a sad hater with nothing going on in your life
bhai tu toh bilkul gadha hai, har baar same galti
dumb as a box of rocks and twice as charming. honestly how do you function
you're a grubby little chancer and you'll never be anything more
shut up you sweaty nerd, no one cares about your kd
you're a total spud, mate, go back to the reserves where nobody has to watch you
sweet jesus you are dense. did your parents drop you as a baby or was it a hobby
"""
