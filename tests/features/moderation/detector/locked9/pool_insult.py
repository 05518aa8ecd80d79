"""locked9 offensive pools: personal insults, vulgar abuse and threats (hand-written)."""

from __future__ import annotations

from .poolutil import lines

INSULT = lines("""
you are genuinely the most useless person i have ever had the misfortune of working with
ur a waste of oxygen mate, honestly
imagine being this thick. couldnt be me
nobody in this server likes you, you're a pathetic little attention seeker
@dazza you absolute muppet, you've got the brain of a wet sponge
u r such a loser lol no wonder ur gf left
what a sad, worthless excuse for a human being you are
ratio + you're ugly + nobody asked + your mum regrets having you
ur so dumb it hurts to read ur msgs
honestly kevin you are a clown and the whole office laughs at you behind your back
you're a spineless little weasel and a liar
stfu you braindead noob, uninstall the game
listen yaar you are one useless fellow, no brain no manners nothing
pathetic. absolutely pathetic. you're a disgrace and you always will be
go cry to your mummy you snivelling little toerag
you're a fat lazy slob, do the world a favour and stay in your room
dumbest person on this forum by a mile. congrats, idiot
Sharon you are a two-faced snake and everyone on this street knows it
uninstall and never come back, ur the worst support main in the region
you've got a face like a slapped backside and a personality to match
such a drongo. how do you even tie your own shoelaces
you absolute galah, you've cost us the whole season
ya useless dropkick, couldn't organise a sausage sizzle at bunnings
you are a nothing. a nobody. a zero with wifi
what a tool. seriously, what a tool you are
Mr 'expert' here is a clueless fraud who should be laughed off the internet
dont @ me again you desperate creep
you're ugly inside and out, and that's me being generous
ur so ugly even ur mirror filed a complaint
cringe loser with zero friends, go touch grass for once
you have the IQ of a houseplant and less personality
bro ur literally an npc. zero brain cells, zero thoughts
you stupid cow, you've messed up the bookings AGAIN
useless bum, get a job and stop sponging off your parents
nobody would even notice if you vanished tbh
you're a disgusting little troll and a coward hiding behind an anime pfp
absolute plank. how are you this bad at literally everything
what a gormless wazzock
you pompous, self-important windbag. nobody reads your essays
u r a joke. a walking joke. ppl screenshot ur posts to laugh at
buddy you're a certified moron, put the phone down
your opinion is as worthless as you are
you ignorant little muppet, read a book for once in your life
what a pillock. blocked.
shut up you annoying gremlin, nobody wants you in vc
you are a parasite on this team and we'd be better off without you
you're a liar, a cheat and a fraud. pathetic
imagine being 40 and still this much of a loser. yikes
ur cooked bro, dumbest person alive fr
mental midget. sit down and let the adults talk
spoilt brat, no one in this family can stand you
hope ur proud of being the most hated person in this group chat
@gaz_88 ur thick as two short planks mate
nikal yahan se, you good-for-nothing idiot
tu pagal hai kya? total idiot you are, seriously
such a bewakoof. zero common sense and zero shame
you're a failure and your kids will grow up ashamed of you
get off the mic you whiny manchild
dumb as a box of rocks and twice as ugly
honestly you're repulsive. everything about you is repulsive
ur the reason shampoo bottles have instructions
reported for being thick. you're a liability to the whole squad
what a snivelling, grovelling little worm you are
hey loser, nobody invited you. leave
you're an embarrassment to this club and to yourself
you call that a build? you're garbage at this game and garbage as a person
dumbest take on this sub, from the dumbest poster on this sub
no wonder nobody hires you, you're thick as mince
no one cares about you or your pathetic little life
fatty fat fat, put the fork down and step away from the fridge
ur a clown 🤡🤡 and ur whole family is the circus
what an insufferable know-it-all prat you are
you dense absolute potato
honestly you're vile and i hope everyone finally sees it
pea brain. actual pea brain. how do you even function
get lost you leech, always begging for carries
stay mad, beta. cope harder
you are a sad little man with a sad little life
your voice is nails on a chalkboard and your brain is worse
biggest waste of space in the office, no contest
yo ur a fraud and a coward, everyone in the guild knows it
toxic little rat, snitching to the mods again
bro you're so ugly you make onions cry
dumb dumb dumb. there's nothing between ur ears
go away you needy, clingy, desperate weirdo
you're a miserable old hag and everyone on the committee avoids you
nosy, ugly, stupid old git. worst neighbour ever
you flog. nobody rates you, nobody ever will
what a sook. cry harder ya big baby
oh look, the village idiot has logged on
mate you are a walking L
silly little twit, nobody asked for ur opinion
you sir are an imbecile of the highest order
useless lump, can't get a single kill with the whole squad carrying you
you're pitiful. even your own dog can't stand you
fake friend, snake, liar. that's all you'll ever be
Dear Priya, you are a talentless hack and everyone in the batch knows it
your content is trash and so are you. unsubscribed
abey gadhe, kuch dimaag hai ya nahi? idiot
honestly man you're the most boring, brainless person i've ever met
""")

VULGAR = lines("""
fuck off you absolute wanker
shut your fucking mouth you dumb cunt
eat shit and choke on it you prick
ur a piece of shit and everyone knows it
go fuck yourself. seriously. go fuck yourself
what a massive twat you are
stfu dickhead nobody asked
you're a bellend mate, a proper bellend
suck my dick you trash tier noob
piss off you sad sack of shit
fuckin idiot cant even read the pinned rules
you play like arse and you smell like it too
dumb bitch thinks she can talk to me like that
cunt of a landlord, hope your roof caves in
absolute shitstain of a human being
kiss my arse you jumped-up little shit
you cock-womble, that was MY parking spot
get fucked, you're a joke
bloody useless fuckwit
motherfucker stole my kill then had the nerve to trash talk, fuck you
go suck a bag of dicks Trevor
you fucking knob, learn to park
asshole. total asshole. blocked
your mum's a slag and so are you
ur a fuckin joke of a mod, power tripping prick
eat a dick
what a cunt. honestly what an absolute cunt
shit for brains strikes again
ya fuckin dog, you still owe me fifty bucks
stupid fucking cow, move your car off my drive
bhenchod show your face and say that
bc madarchod teammate threw the whole match
chutiya hai tu, poora chutiya
fuck you and fuck your shitty opinions
dickhead move from a dickhead, end of
slimy little shit, crawl back under your rock
fucking bastard ghosted me after i paid for everything
you're a useless sack of crap
piss off back to your mum's basement ya wanker
oi fuckface, your dog shat on my lawn again
jog on you smelly twat
dumbass. absolute dumbass. fuck outta here
you cheating scumbag piece of shit
fucking leech, pay your own rent
shove it up your arse, sideways
sit on it and spin, dickhead
suck shit ya flog
rack off ya dead shit
you're a fucking embarrassment
prick. prick. PRICK.
u bitchass coward, ran away from the 1v1
god ur such a cunt sometimes
goddamn moron, fuck off my thread
cockwomble of the year award goes to you, dickhead
my ex is a lying cheating fuckwit and i hope the whole town knows it
shut the fuck up Darren nobody cares
ffs you're thick as shit
dumb twat blocked the whole junction with his ute
wanker of a boss, go fuck yourself with your KPIs
ur a little bitch and u know it
eat my ass you bronze scrub
tosser. utter utter tosser
you greasy little fuck
fuck your stream and fuck you
bugger off you miserable old sod
dipshit forgot to pay AGAIN, unbelievable
who let this shithead back in the chat
scumbag landlord, rot in hell you fucking leech
you absolute fucking clown, sit down
gaandu, tera kuch nahi ho sakta
""")

THREAT = lines("""
i know where you live
watch your back
keep talking and see what happens to you
you'd better sleep with one eye open from now on
i'm going to find you and break both your legs
next time i see you im going to smash your face in
nice car you've got. be a shame if something happened to it
your kids walk home past the park every day don't they
i will make you regret ever being born
got your address off your ip, see u soon
count your days
you won't be laughing when i turn up at your door
say that at the meetup and you'll be leaving in an ambulance
i'll stab you, no joke
one more word and ur dead
im going to burn your house down with you in it
we know which school your daughter goes to
ur lucky ur on the other side of the country. for now
gonna put you in the ground
you're going to get what's coming to you, mark my words
i swear down i'll bash you after school
tomorrow at the office, you and me. bring a first aid kit
hope you like hospital food
there's a bullet with your name on it
your days are numbered mate
i have friends who would love to meet you. in a dark alley
dont go out alone this weekend. just saying
i will hunt you down
you'll end up in a ditch
i'm coming for you and your family
be careful when u start your car tomorrow morning
snitches get stitches, and you're a snitch
if they sack me again im coming back with a gun and nobody walks out
i will end you
sleep tight. i'm closer than you think
i'll wait outside your work, 5pm right?
blue door, number 14, right? 👀
i'm going to beat you so badly your own mum won't recognise you
mess with me again and you'll be eating through a straw
i'll cut you
u better pray i never find out who u are irl
you'll get a knock at the door soon enough
me and the lads will be paying you a visit
your house has big windows. windows break.
i'll strangle you with your own headset cable
im going to kill you. not a joke. not a game
enjoy your last weekend
touch my sister again and they'll never find your body
i know your shift ends at 10. see you in the car park
keep running your mouth and you'll lose your teeth
i'll have someone sort you out, properly this time
one phone call and you disappear
say goodbye to your dog
let's see how tough you are with a blade at your throat
hope you've got good insurance on that shop 🔥🔥
i'll knock you into next week
you're finished. i mean it. finished
tere ghar aake maarunga, wait kar bas
i'll glass you next time you're in the pub
i'll drop you cunt, see you at training
coming to ur house with a bat, pick a window
remember what happened to the last bloke who crossed me?
you have 24 hours to delete that post or else
better not walk home alone tonight sweetheart
ill find you irl and make u pay for this
i'm going to put you through a wall
wait till i get my hands on you
they'll be scraping you off the pavement
seen your house on street view. cute garden. shame about the fence
keep testing me and see how fast i get to your flat
one day you'll turn around and i'll be standing there
i will ruin you. your job, your family, everything. then i'll come for you
gonna swat ur house lol got ur addy from the tourney signup
people like you end up floating in the river
i'll break every finger so you can never type again
the cops can't protect you forever
i'll be waiting at the school gates at 3
i know what time you pick your kids up. think about that
dont make me come over there, you wont like what happens next
i'll pour petrol through your letterbox one night, you won't even hear it
""")
