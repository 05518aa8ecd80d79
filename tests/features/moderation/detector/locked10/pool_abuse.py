"""Hand-written insults, vulgarity and threats.

Written by hand for the locked10 held-out set (2026-12-06); see make_locked10.py.
"""

from tests.features.moderation.detector.locked10.blocks import parse_block

TEXTS: dict[str, list[str]] = {}

TEXTS.setdefault("insult", []).extend(
    parse_block(
        """
@kyle ur the worst jungler ive ever seen and ur mum should be ashamed she raised
    something this useless
jake from accounting is a spineless brown nosing little worm and everyone knows it
you're a pathetic loser who lives in your mums basement and cries on stream for bits
ratio + you're ugly + nobody asked + touch grass + your girlfriend left for a reason
this mod is a power tripping neckbeard who hasnt seen sunlight since 2014
hey danny, ur a braindead muppet and ur whole family is embarrassed of u
imagine being as thick as marcus, genuinely cant tie his own shoes
my ex is a lying manipulative snake and i hope everyone in this server knows it
sarah you are a fat cow and your streams are trash, quit already
tyler is a fucking idiot who should uninstall and never touch a keyboard again
nobody likes you priya, everyone in the group chat talks shit about you behind your
    back and you deserve it
you are the dumbest person i have ever had the misfortune of queueing with, congrats
ur a worthless sack of shit, log off and do everyone a favour
lmaooo look at this clown trying to rap, kill it with fire, ur voice is a crime
gonna say it: owen is a creepy little weirdo who messages every girl in the server
that streamer is a greasy unwashed goblin and his chat is full of losers just like
    him
you're so ugly even the bots in this game wont duo with you
rachel is a two faced bitch and i wont pretend otherwise anymore
u play like a toddler with a concussion, absolutely brain dead
the new team lead is a useless suit who couldnt code hello world, clown of the year
@mods this guy is a smelly moron who spams the chat, and honestly he's a waste of
    space irl too
keep crying in the comments you pathetic little virgin
ben is a spineless coward and a liar, never trust a word out of his mouth
ur a walking L, from ur haircut to ur k/d
listen here you absolute melt, nobody wants your opinion on anything
my landlord is a greedy scumbag bloodsucker and i hope his boiler explodes on
    christmas
jess u are genuinely the most annoying person alive and ur laugh makes me want to
    leave the call
get a job you lazy leech, 32 and still living off your parents
stupid cunt in the silver golf cut me off again, hope everyone in this town knows
    you're a moron
this guy is such a fucking tool, talks over everyone and then takes credit
you absolute knobhead, how do you miss that shot from two metres
dylan you stink, like genuinely, shower before lan next time you filthy animal
mate you're a total waste of oxygen, not even joking
imagine being this much of a bellend in a kids minecraft server, grow up
tom is a rat who snitched to the teacher, everyone ignore him from now on
youre a failure in every sense, failed school failed marriage failed at this game
    too
shut up you gormless twat, no one asked for your hot take
ur content is cringe, ur voice is cringe, ur existence is cringe
that referee is a blind corrupt clown and should be sacked and shamed
she's a disgusting attention seeking pick me and the server would be better without
    her
kieran is a sad little man with a sad little life, look at his post history lol
you are genuinely a parasite, always borrowing and never paying back, scrounging
    loser
useless support, cant heal, cant ward, cant think, please go back to tetris
this dude literally has the brain of a goldfish and the personality of a damp sock
my manager is a miserable old hag who lives to make us suffer
nat is a toxic narcissist and you should all stop defending her
ur a fake friend and a fake person, rot
lol the admin of this server is a bald sweaty loser with no life outside discord
mike you're a fucking disgrace of a human being, no joke
just found out my roommate is a filthy slob who steals my food, what a pig
@ryan you're the most insufferable know it all on this subreddit, seriously log off
that barista is a rude stuck up cow, one star
you're not funny, you're not cool, you're just loud and annoying
josh is a spineless simp who does whatever his gf says lmaooo
ur a washed up has been, ur peak was 2019
you look like a thumb with a wig on, please stop posting selfies
imagine getting carried this hard and still being this arrogant, insufferable prick
steph is a dumb bimbo with nothing between her ears, i said what i said
honestly the guy who runs this clan is a manipulative creep and a thief
you're a nasty little gremlin and your mum dresses you funny
i hope connor reads this: ur a failure and a fraud
brain the size of a pea, ego the size of a planet, thats you liam
that coach is a spineless muppet who should be run out of the club
amy ur a snake, a liar and an absolute joke
ur a slimy little weasel and the whole discord thinks youre a joke, leave
this entire raid group is a bunch of inbred mouth breathers
@jordan since you clearly read this server every day let me say it here, you are a
    spineless lying little rat who sold out every friend you ever had for a mod
    role, everyone sees it, nobody respects you, and the only reason you still have
    followers is bots
paul is a creep and a loser who cant get a date so he harasses people online
literally every take you have is wrong, you're a moron, a certified moron
ur team is washed and ur a washed up clown, cope harder
nathan you disgusting slob, clean your room it stinks through the screen
go cry to your mummy you sad pathetic manchild
my sister's boyfriend is a sleazy leech who hasnt paid rent in a year
i cant believe this idiot is allowed to moderate anything, absolute dunce
ur a worthless piece of garbage and you know it, nobody will miss you when you quit
that teacher is a bitter old witch who hates kids and fails everyone out of spite
maddie you are so fucking stupid its actually impressive
the guy in apartment 4B is a loud obnoxious slob and a deadbeat
you have the charisma of a wet paper bag and the aim of a stormtrooper
this streamer is a grifter and a liar who scams his own viewers, fraud
chris ur so ugly that your mirror filed a restraining order lmao get wrecked
go back to the tutorial you absolute bot, worthless
the owner of this server is a pathetic little dictator with a god complex
youre an absolute embarrassment, your family must be so disappointed
hey idiot, yes you, the one who keeps tagging me, get a life you loser
tbh emma is a total slag and everyone at school knows
ur parents should have stopped at your sister
to the streamer who blocked me: you're a fraud, a whiny untalented fraud with a fake
    laugh and a fake personality, and one day your 40 viewers will realise what the
    rest of us already know, that you're boring, ugly and desperate
youre a leech on this team, contribute nothing and complain constantly, get out
shut your mouth you oxygen thief
imagine being this ugly and this stupid at the same time, couldnt be me
dev team are a bunch of incompetent lazy clowns, every patch worse than the last,
    fire them all
ur such a tryhard loser lmaooo get some friends
we get it steph, you think you're better than everyone in this server, but from
    where we're sitting you're a stuck up know-it-all with zero friends irl and a
    personality like a wet carpet, log off and reflect
hes a lying sack of crap and i have screenshots
aiden is a slimy cheater and his whole friend group are losers who carry him
you're pathetic. genuinely pathetic. everyone here is laughing at you
honestly cannot believe we let danny back in the clan, the guy is a talentless leech
    who afks every raid, steals loot he cant even use, then cries in dms when we
    call him out, he's a pathetic manchild and i'm done carrying his useless arse
my cousin is a fat lazy slob who sits on the couch all day eating crisps, disgusting
that pundit is a smug idiot who knows nothing about football, get him off my telly
"""
    )
)

TEXTS.setdefault("vulgar", []).extend(
    parse_block(
        """
fuck fuck fuck fuckity fuck shit cunt bollocks wank
suck my dick and tell me its the best thing youve ever tasted
horny as fuck tonight, dms open for nudes 🍆💦
cum on my face daddy 😩
my cock is bigger than your entire personality lmao
big titty goth gf wanted, must send pics of tits first
eat my ass like its your last meal
pussy so wet rn someone come over
gonna jerk off to your streams again tonight xx
shit piss fuck cunt cocksucker motherfucker tits - the classics never die
sit on my face and ill rate it out of 10
i want to bend you over the desk and fuck you till you cant walk
balls deep in your mum last night, she says hi
spread those cheeks and show me what you got baby 🍑
anal only this weekend, no questions asked
currently: shitting and shitposting at the same time 💩💩💩
my dick is hard just reading these messages, keep going
wanna see me finger myself on cam? 18+ only lol
ride my cock till sunrise 🐎
fuck this, fuck that, fuck you, fuck everyone, fuck off
choke me, spit on me, call me your whore
dripping cum everywhere after last night, what a weekend
send feet pics or get the fuck out of my dms
i just want to lick every inch of you, tongue deep 👅
my balls are so full, ladies form a queue
deepthroating a banana to practice for later 🍌👄
piss kink enthusiast, dont knock it till youve tried it
69 with me tonight? first come first served lol
tits or gtfo
getting my dick sucked while i game, peak living
cunt cunt cunt cunty cunt cunt
i blow loads bigger than your monthly paycheck
masturbated three times today and its not even lunch 😎
who wants to see my asshole? 1k likes and i post it
fucking your girl in her dms and irl
creampie queen 👑 dm for rates
ima nut so hard thinking about this game finally dropping
dick pics welcome, no limp ones thanks
shoving my fist up this game's arse, fuck these devs
my tongue in your pussy, your lips on my cock, thats the status
big fat hairy balls slapping on the desk during ranked 😤
suck it, lick it, swallow it
stepsis got stuck in the dryer again if you know what i mean 😏 link in bio
just took the nastiest dump of my life, ceiling needs repainting
hoe phase activated, anyone wanna fuck?
lick my sweaty balls you filthy slut
fuck this shit fuck this game fuck every single cunt who queues with a full stack
    and stomps solo players, fuck the devs, fuck the matchmaking, and fuck me for
    reinstalling this piece of shit again, shit shit shit
i want a girl who can take 9 inches in every hole
jerkin it to hentai at 3am, no regrets
tits out for the lads this saturday 🍻🍈🍈
shit on my chest and call me a good boy
rimjob roulette, who's in
my nipples are hard as diamonds rn, send help
gonna sit on someone's dick tonight, who's up
bukkake party at mine, bring your mates
arse like a peach, cock like a hose, call me the gardener
wet dreams about that streamer again lmaooo, cumming in my sleep
this status is brought to you by my raging boner
pegging enthusiast, ladies bring the strap
fucked so hard last night the neighbours called the cops 🚓
cunt face shit stain fuckwit bellend, sorry not sorry
my ex couldnt find the clit with a map and a torch
bj in the back of the uber, 5 stars from the driver
onlyfans content tonight: me, a cucumber and bad decisions
sloppy toppy in the gamer chair, the true end game
dm me ur boobs for a free follow back
cum tribute requests open, send a pic
fingering myself while you read this 😈
i shit myself at the gym today, brown streak all down my leg lmao
splooge everywhere, someone bring tissues
"""
    )
)

TEXTS.setdefault("threat", []).extend(
    parse_block(
        """
found your address from that pic of your front door lol, see you soon jake
you know where I'll be waiting after school tomorrow. come alone
keep talking shit and see what happens when i find out which uni you go to
i know what car you drive and i know when you leave work, sleep tight
your mum works at the tesco on high street right? would be a shame if she had a bad
    day
posted his home address in #general, do what you want with it lads
this is the guy, 14 elm close, go say hi from all of us 👋
i'll be outside your house at 8, bring your mates if you think they'll help
next time i see you at the skatepark youre going in the hospital
one more word and i swear ill break every bone in your hand
ive got your IP and your real name now, enjoy your last peaceful night
gonna find you and make you regret every message you ever sent me
better start checking under your car before you drive to work
i'd watch my back if i were you, people like you have accidents
we know which school your kids go to. think about that before you post again
keep streaming from that flat, nice view of the bus stop btw, i recognised it
you wont always have a mod protecting you. offline is a different story
imma pull up on you and your boys, no warning next time
somebody should put a bullet in that politician, just saying what everyone thinks
if that ref shows his face in this town again he wont leave it
i hope you enjoy your new house on ashford road. i certainly will
sleep with one eye open tonight buddy
dont be surprised when someone knocks on your door at 3am
i'm going to ruin your life. your job, your family, everything, just watch
send me the money by friday or your nudes go to your whole contact list
pay up or i post your address and your real name to every forum i'm on
meet me behind the shops at 5, we'll settle this properly
your dog looks lovely in the garden, be a shame if it got out
the next mosque they open round here is getting torched, mark my words
we're coming for every tranny in this city, one by one
someone should teach those migrants in the hotel a lesson they wont forget, saturday
    night, who's coming
i'll stab you in your sleep and smile doing it
this is your only warning. leave the server or we come to you
your girlfriend's instagram is public btw. nice gym she goes to
im gonna make sure you never walk again
heard you're flying back on the 12th. i'll be at arrivals
there's a special place waiting for you in the woods, i dug it myself
you think you're safe because you moved flats but i still know your work, your gym
    and your mates' names, and people like you always slip up, so keep looking over
    your shoulder every time you walk home, because one night i'll be there
we will hunt you down like the dog you are
im not gonna say what ill do, but you'll know it was me
enjoy your shift at the petrol station tonight, ill pop in 🙂
he lives above the chippy on king street, third window, lights are on, go get him
    boys
keep your kids indoors this weekend, just a friendly suggestion
if i see one more pride flag on that house its going through the window with a brick
going to burn his shop to the ground with him in it
the gays at that bar better watch out friday night, we're going in
you have 24 hours to delete your post. after that i stop being nice
your teacher job wont last long when i send the school what i've got. then we talk
    in person
i'll be at your uni graduation, front row, with a surprise 🙂
keep laughing, ive already told my cousins where you drink
i will end you. thats not a metaphor
hope your brakes work as well as your mouth does
i've seen where you park. your tyres will tell you the rest
tell your brother to stop talking or he wont be able to
there are 4 of us and we've got nothing to lose, see you saturday
that synagogue on the corner is a target, you heard it here first
one day the lights will go out for every one of you, and i'll be the one holding the
    switch
nice family photo on facebook. your youngest looks just like you. would be a pity
ill make you disappear and no one will even look for you
bring a helmet to the next meetup, you'll need it
im going to put you in the ground, and your whole clan with you
just wait till the stream ends and your front door opens
we're going to find every one of them in this neighbourhood and drag them out
if the verdict goes the wrong way, the judge's house is on maple drive
dm me your address so i can come and shut you up myself 🔪
the next time you disrespect me at school you're going home in an ambulance
i would hate for your little secret to reach your wife, so be smart and send it
i'll see you in the car park after the match, you and your badge
your mum's house is five minutes from mine, dont test me
knock knock. guess whos outside your window
the people who run that refugee centre should know we have their names
gonna find that ref and break his legs
i swear on my life ill end you if you ever come near my sister again
someone should tie him to the tracks and wait for the 7:15
ill be waiting at your bus stop tomorrow morning, same as every day
you think the internet protects you? i know your street name
to everyone at the pride event on saturday, we've seen the route, we know where you
    gather afterwards, and we'll be there waiting, you've been warned, dont say
    nobody told you
i'm going to find out where you live and you'll regret every word
this is for the mod who banned me: i've got your real name from your old twitter,
    i've got the town, and i've got a lot of free time, so either you reverse it by
    tonight or i start turning up at places you go, your choice mate
a few of us are paying a visit to that mosque after friday prayers, bring what
    you've got
"""
    )
)
