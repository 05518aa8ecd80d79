# ruff: noqa: E501
"""Hand-written pools: personal insults, gratuitous vulgarity, threats (offensive)."""

from .textblock import lines

INSULT = lines("""
@declan you absolute gobshite, you broke main again and went to lunch
kev from infra is the most useless waste of oxygen I've ever worked with
you're a pathetic little worm and everyone on this team knows it
@mods the guy running the zine is a talentless hack and a creep
honestly fuck you sarah, you're a fake two-faced bitch
my flatmate is a filthy slob and a leech, pay your rent you scrounger
the reviewer on my PR is a brain-dead moron who can't read a diff
jamie you're a walloper and a bawbag and nobody likes you
that eejit of a lecturer couldn't teach a dog to sit
you fud, you absolute fud, get off my thread
dear commenter who left 'boring' on chapter 12: you're a miserable troll with no life
kyle you smug little prick, nobody asked for your code review
you're so ugly your own mirror files for harassment
shut up you dumb cow, no one wants to hear your opinion in standup
ya doos, stop replying to my status every five minutes
bobo ka talaga, you can't even push to the right branch
tanga mo, you deleted the prod database and blamed me
gago ka, you owe me three thousand pesos and you ghosted me
your fic is trash and so are you, delete your account
@tobias you're a spineless coward who hides behind the code of conduct
maintainer of this repo is an arrogant tosser who closes every issue unread
the new PM is a clueless numpty who thinks agile means shouting
you're a loser who peaked in secondary school, move on
Aoife you're a snake and a liar and I hope everyone finds out
get a life you sad basement dweller, it's a cartoon
imagine being as thick as our team lead, couldn't be me
you're a nasty piece of work and your mother should be ashamed
my ex is a lying cheating rat bastard, avoid at all costs
the admin of this matrix room is a power-tripping little tyrant with a tiny brain
you're not clever, you're just loud and annoying, shut it
ronan you absolute melt, nobody rates you
ah shut up you bleedin sap
you're a complete waste of a seat in this lecture
my boss is a two-faced weasel who takes credit for everything
that barista is a miserable old hag
@priya your art is ugly and your personality is worse
this guy keeps arguing in the IRC channel, what an insufferable nerd, get banned
you're dumber than a box of rocks and twice as dense
our dungeon master is a pathetic manchild
you stink, you're lazy and you're a liar, and I'm telling the whole class
tell Brandon he's a worthless leech and everyone is sick of carrying him
your code is as ugly as your face
you are the human equivalent of a merge conflict, nobody wants to deal with you
pure scunnered wi you, ya useless rocket
bloody drongo parked across my driveway again, you absolute galah
stupid cow in accounts lost my expense form on purpose
that reply guy is a pathetic virgin who lives in his mum's attic
you're a clown and your opinions are a circus
Niamh is a jumped-up little madam and a bully
hey @kenji, nobody likes you, nobody ever has
you're a dirty rat and a grass
you should be embarrassed to be this stupid in public
shut your trap you ignorant buffoon
our tutor is a lazy useless sod who marks nothing on time
jeez you're a creep, stop messaging my sister
you're a vile little gremlin and I hope you trip on a lego
my landlord is a greedy bloodsucking parasite
please someone tell Mark he's an idiot, I'm tired of doing it
you write like a toddler with a crayon and a head injury
the author of that blog is a grifting fraud
you're a joke, a walking punchline
he's a pompous windbag and a total fraud
the idiot who reviewed my paper should be fired into the sun
honestly ur such a sad pathetic loser lmao
stop breathing so loud, freak
kanina lah this fella, always late and always lying
this ah beng at the void deck is a useless idiot
alamak, my team lead is a brainless sotong
you're a gormless plank and you'll never amount to anything
tell your mate he's a slimy git
@ciaran stop being a bellend in the group chat
hope you're proud, you absolute waste of space
you are an embarrassment to this fandom, get out
you're a toxic little troll and I'm blocking you everywhere
that streamer is a greasy grifter with no talent
my cousin's husband is a useless lazy drunk
whoever keeps stealing my lunch from the fridge is a thieving scumbag
you smell like a wet dog and you act like one
you're a coward and a liar, Conor, and I'll say it to your face
derek is such a knob, genuinely the worst person in the building
you are not the main character, you are the annoying side character nobody likes
congrats on being the dumbest person in the slack channel again
@lucas go cry to your mummy, you pathetic baby
your mum must be so disappointed in you
shut up dweeb, nobody asked
useless bawbag of a referee
you're so fake it hurts, plastic from head to toe
what a slimy little toad of a man our landlord is
ngl you're genuinely the thickest person I've ever met
this guy is a total creep and a liar, don't trust a word he says
imagine being such a loser you argue with teenagers about wikipedia
you're a bottom-feeding troll and you always will be
stop simping for the mods, you spineless bootlicker
she's a manipulative witch and she ruined our friend group
you're a greasy little goblin, touch grass
your mixtape is garbage and so is your attitude
you have the personality of a damp sponge
our DM is a tyrannical dork who should be banned from running games
@fergal I've sat through three sprint reviews listening to you take credit for my work, you're a lazy, spineless, lying little gobshite and the whole team can see it, even if the manager can't
to the person who keeps leaving one-star reviews on every chapter of my fic: you are a sad, bitter little troll with nothing going on in your life, and it shows in every word you type
""")

VULGAR = lines("""
fuck fuck fuck fuck this whole fucking week
horny and bored, someone send nudes
dm me for my onlyfans, uncensored and filthy
tits out for the lads this weekend
I just want to get railed until I forget my name
cock out, brain off, weekend mode
eat my ass, world
shit piss fuck cunt, that's the status
looking for a fuck buddy in dublin, no strings
send pics of your dick, rating them tonight
sitting on my face is the only therapy I need
wet and waiting, you know where to find me
my pussy is the only thing I'm committing today
blow jobs for bitcoin, dm me
fucked my way through the whole fan discord lol
cum inside me and call it a sick day
big fat cock energy only
spent all night getting fucked, can barely walk
suck my balls, monday
horny af, who's up
i'm naked on camera tonight, link in bio
fuck you, fuck this, fuck everything, fuck off
your mum's got a great arse
cunts cunts cunts everywhere
I'll suck anyone off for a working vpn
wankers paradise this place
slut for attention and literally anything else
nudes in exchange for a kernel patch, hmu
i want to ride you until the bed breaks
shitting my pants at the thought of this exam fuck me
arse like a peach and a mouth like a sailor
bent over my desk waiting, boss
tired of wanking, someone come over
pure fucking bollocks this whole fucking place
ye can kiss my hairy arse
my dick is bigger than your pull request
fingering myself during the zoom standup, nobody noticed
69 is my love language
cum slut for hire, dm rates
fuckity fuck fuck, shite shite shite
boobs. that's it. that's the status.
hard as a rock thinking about you
send feet pics, paying well
choke me daddy
pussy ate like a buffet last night
lemme lick you all over
fucking horny and fucking drunk
bend over and take it like the rest of us
sucking dick for mod privileges
cocksucker motherfucker, shitstorm of a day
my ass is yours tonight
grab my tits and tell me I'm pretty
pull out and bust on my face
naughty pics in my dms, first come first served, pun intended
dirty slut looking for dirtier friends
stuck my dick in a bagel, ask me how
fucked up, pissed up, shagged out
knob jokes, tit wanks and a pint, perfect saturday
sex sex sex sex sex gimme
rimming is self care
spread my legs for a good review
fuck the police fuck the landlord fuck the lot of ye
dripping wet reading your fic, write more
hump day? more like hump all day
cunt of a day, cunt of a week, cunt of a life
orgy at mine after the con, bring lube
wanna see me strip? link in bio
shagging in the server room, don't knock
eat shit and die, monday
can't stop thinking about getting absolutely fucked over the kitchen table tonight, the neighbours are going to hear everything and honestly I don't give a shit
""")

THREAT = lines("""
I know which bus you take home, Aoife. see you on the 46A
nice car you've got parked outside number 12. would be a shame if something happened to it
keep posting about me and find out what happens
you know where I'll be waiting after the meetup on saturday
I found your mam's facebook. she seems lovely. for now
here's his home address for anyone who wants to pay him a visit
tell your sister I said hi, I know where she works now
one more word out of you and your whole family will regret it
watch your back walking home from the library tonight
we know your name, we know your school, we know your schedule
I'd lock my doors tonight if I were you
I've got your IP and your ISP, enjoy your last quiet night
the mods won't always be there to protect you
there'll be people waiting for you at the con. you won't enjoy it
posting her workplace and shift times below, you know what to do
if that PR gets merged I will make your life hell offline too
you better not show up to the office on monday, seriously
nobody would even notice if you went missing
i'm gonna kill you if you delete my branch again and I mean it
I will end you, your career, and anything else you love
guess who's moving in round the corner from you 🙂
your kids go to St. Brigid's right? sweet school
I'll be seeing you real soon, and you won't like it
people like you tend to have accidents
run while you still can
if the council approves that mosque it will burn
any gay bar that opens in this town will get a brick through the window
trans people at the rally on sunday, come find out what we have planned
the refugee hotel in the town centre won't be standing by christmas
go near my girlfriend again and they'll find you in the canal
there's a bullet with your name on it
I'll be outside your flat when you get home
hope you enjoy your last week in that job, I've sent the emails
one call and you'll be on every list in the country
snitches get stitches, remember that
be a shame if your landlord found out what you post online
say that again and I'll put you through a wall
I'm coming for you and everyone who defends you
keep it up and I'll leak every DM you ever sent me
tonight's the night, I've waited long enough
your days in this community are numbered, and not just online
we'll be paying the synagogue a visit after the match
I'll break every bone in your body
I'm going to hurt you like you hurt me
you have till friday to apologise or I turn up at your door
your car brakes look a bit worn, just saying
we'll make sure you never walk again
I have your photos and I have your husband's number, your move
bring your friends, you'll need them when I find you
your dog looks lovely in the garden, shame about the gate
everyone at that clinic should be afraid on monday
I'd stay away from the campus mosque this friday if I were you
last warning. next one won't be a message
if you won't stop, I'll stop you
see you at graduation, I'll be the one in the front row, smiling
I hope you're ready, because I'm not going to be nice about it
leave the project or be removed from it and from everything else
I know your wife's name is Siobhán. pretty name
I will find you, and I will make you pay for that thread
meet me in the car park after the shift and we'll settle this
next time you see me will be the last time you see anything
consider this your only warning, doxx incoming tonight
the gym's car park is dark at 10pm, isn't it
I've told the lads where you drink, enjoy your pint
we've got a wee surprise for the march on the 12th
you'll wake up to a house on fire one of these nights
I'm going to ruin you, I know where your parents live
your kid's football practice ends at 6, doesn't it
I'm sharpening the knife as we speak
gonna shoot up the next meetup if they let him speak
we know which flat is yours in the block, lights on at 11 every night
every one of you at the pride picnic had better bring a helmet
if I ever see you at the hackerspace again you're leaving in an ambulance
I'm parked across the road. wave hello
your address is going in the group chat, good luck
step outside, I dare you
you'll be sorry when I'm done with you
I'll make sure no one recognises your face
you think hiding behind a pseudonym on the matrix server keeps you safe? I've matched your writing style to your linkedin. your colleagues are going to find out who you really are, and then I'm coming to the office
I found the dorm you moved into. third floor, window on the left, you leave the light on. I'll drop by some evening when your roommate's away, we have a lot to talk about
""")
