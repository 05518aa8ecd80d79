"""Hand-written offensive texts aimed at a person: insults, vulgar abuse and threats.

One text per line; a line ending in a backslash continues on the next line.
Every person, address and number here is invented.
"""

INSULT = """
you're genuinely the thickest person on this server and everyone knows it
@dazza:matrix.org you absolute waste of oxygen, log off
ur so ugly ur mum must have cried at the hospital
shut up you pathetic little loser nobody asked
honestly mate you're a brain-dead muppet, every post you make proves it
nobody likes you kieran, you're a sad friendless creep
imagine being as stupid as @lena_v:tchncs.de lmaooo couldn't be me
ur a worthless idiot and ur code is as trash as u are
what a spineless gutless coward you are, hiding behind an alt account
you fat useless slob, get off the couch and stop whining at us
go cry to your mods you pathetic manchild
jesus you're dumb as a bag of rocks
you're the human equivalent of a participation trophy
absolute knobhead. thick as two short planks and twice as wooden
you utter imbecile, did your last brain cell finally quit?
eejit. you're a complete gobshite and the whole group chat thinks so
ur face looks like a smashed crab 🤮
such a clown 🤡 you are honestly the dumbest mod i've ever seen
this room's admin is a power-tripping loser with no life
you're a parasite and a liar, a total fraud
@mike:kde.org you're an embarrassment to your whole family
no one will ever love a creep like you
you smell like a bin and you act like one too
bro ur a failure at everything, even trolling
what a useless cretin, can't even read a pinned message
you're a vile, nasty little rat and everyone can see it
moron. idiot. absolute tool. please block me so i don't have to read you
ya drongo, you've got the IQ of a fence post
you're a bogan with half a brain cell and zero manners
u r a dumb cow and ur opinions are worthless
ur such a pathetic simp lol no wonder she left you
you ugly goblin, never post your face again
your brain is smooth as a marble you absolute donut
you are a walking L, a certified loser
such a snake, backstabbing two-faced liar
you're a dim-witted baboon, stop typing
you look like a thumb wearing a wig. hideous
the dumbest person alive just posted, congrats @rex:envs.net
you utter plonker, everything you touch turns to rubbish
oga you be mumu, your head no correct at all, useless man
you're a doos bru, nobody wants you in this group
yaar you are one useless fellow, total duffer, stop spamming
you're a total hoser and a loser, eh, go cry into your timbits
you are a worthless sack of bones
shut your gob you gormless twit
you're so annoying i'd rather talk to a wall, at least the wall has a personality
nobody cares what a failed wannabe like you thinks
you're genuinely disgusting as a person
freak. weirdo. crawl back under your bridge
imagine being this ugly AND this stupid
your mum should've kept you in the box you came in
thicko alert 🚨 @benny:matrix.org opened his mouth again
you're a bottom-feeding scumbag
stupid lil brat, grow up
you're an insufferable know-it-all and a crashing bore
congrats on being the most hated person in this room, you earned it you slimy weasel
you're fat, lazy and dumb, the full set
git gud? you can't even git a brain lmao you absolute npc
you're nothing but a pathetic loser with a keyboard
dumbass can't even spell his own name
ur so irrelevant even ur own mum mutes u
you absolute wet wipe, grow a spine
this guy is a total numpty and a liar, ignore everything he says
you're a joke. a sad, unfunny joke.
your art is garbage and so are you
you are the dumbest, ugliest, most useless person i have ever met
ew you're so gross and creepy, stay away from me
lol look at this pathetic nerd crying about moderation again
kid you're a nobody, a zero, a nothing
you degenerate slob, take a shower for once
she's an ugly, bitter old hag and everyone knows it
he's a lying weasel with the brains of a goldfish
you're as useful as a chocolate teapot and half as sweet
brainless sheep like you are why this chat is trash
you are a disgrace, you dim little worm
god ur voice is so grating, you screeching harpy
you couldn't pour water out of a boot, you thick plank
total waste of space, that's all you'll ever be
wow ur actually the most boring loser on the whole of matrix
you're pathetic and everyone laughs at you behind your back
@sam:fosdem.org is a clueless fraud who steals other people's work
bruv you're a wasteman fr, nobody rates you
you're such a melt, proper embarrassing behaviour from a grown man
ur a lil rat, a grass and a loser
you are so ugly that mirrors crack when you walk past
get a life you sad basement-dwelling troll
you're beyond stupid, talking to you is like arguing with a potato
your opinions are as worthless as your existence
you're a failure of a father and an even worse husband
shut it you smug, arrogant prat
you gormless lump, how are you this dense
such a pathetic crybaby, go whinge to your mummy
you're dumber than a box of hair
everyone in this server thinks you're a creep, @tomas:hackint.org
you are a leech who contributes nothing, just a useless parasite
lmfao u look like a rotten potato 🥔 and talk like one
you're thick as pigshit mate, honestly
clueless buffoon, sit down before you hurt yourself
my god you are insufferable. a preening, talentless hack
lol ur so fugly even the bots ignore u
that new mod is a petty, vindictive little tyrant with a tiny brain
you ignorant gobdaw, read a book
"""

VULGAR = """
fuck you, you stupid cunt
suck my dick @jay:matrix.org
go fuck yourself you worthless prick
eat shit you dickhead
you're a dirty slut and everyone's had a go
shut your whore mouth
ur mum's a slag, half the estate has had her
you absolute twat, fuck off back to your own server
cocksucking loser, nobody wants your dick pics
send nudes or i tell everyone you're a frigid bitch
what a fucking wanker
you're a shithead and a tosser
bet you'd spread your legs for anyone with a pulse, slut
stick your opinion up your arse, dickface
bitch shut the fuck up
get on your knees and suck it like the whore you are
your girlfriend is a cheap skank
fuck off you dumb motherfucker
you're such a fucking cunt, genuinely
kiss my hairy arse you bellend
i bet your dick is as tiny as your brain
eat a bag of dicks @mods
@kira:envs.net nice tits, show us more or get out
ur a skank and a gold digger
piss off you smelly twat
go choke on a cock
you're a cum-guzzling slag
arsehole. absolute fucking arsehole.
stfu you whiny little bitch
you massive knob jockey
fuckface can't even read the rules
lick my balls, loser
bitch you're so dry no wonder no man wants you
she's a thot, don't waste your time, she'll sleep with anyone
you're a shit stain on humanity
fanny. absolute fucking fanny
dickhead mod banned me for nothing, go fuck yourself
you cunt, you utter cunt
suck a fat one, you pompous dick
nobody wants to see your saggy arse, cover up
i'd bend you over and you'd love it, slut
you're a limp-dick loser
wanker wanker wanker 🖕
fuck you and fuck your shitty mod team
motherfucker thinks he's clever
your mum sucks cocks for a fiver
you pisshead, go sleep it off and stop texting me
dumb bitch can't take a joke
you're a filthy whore and your husband knows it
hey sexy send me a pic of your body, i know you want it
fuck off ya cunty little dog
go take a shit in your hat you bastard
you're a proper slapper
piece of shit. fucking piece of shit.
go jerk off somewhere else, perv
ugly bitch thinks she's all that
fuck you, your mother and your shitty band
shove it up your arse sideways
you bastard, you lying sack of shit
bloody dickwad banned me again
you're a pussy-whipped little bitch
suck my balls you ginger twat
fucking slag, stay away from my man
bet you jerk off to your own selfies you sad prick
you look like a used condom
shut up you twat waffle
hoe, nobody asked you
you're a dumb fuck
show me your tits or stfu
ya fuckin gobshite ye
mfer stole my loot, fuck you and your whole clan
douchebag cheater, go fuck yourself
"""

THREAT = """
i'm going to find you and break your legs
keep talking and i'll smash your teeth in
i know where you live, 42 Carrow Road, see you soon
someone needs to put a bullet in @greg:matrix.org
watch your back when you leave work tomorrow
you'll regret this. i know which school your kids go to
i'm going to stab you the next time i see you
if you show up at the meetup i'll beat you senseless
everyone spam her real number 07700 900123 and tell her what you think of her
her home address is 18 Wattle St, Ballarat. pay her a visit lads
i hope someone burns your house down with you inside it
i'll slit your throat you snitch
ur dead when i catch u
nice car you've got there, would be a shame if something happened to it
i've got your IP and your mum's address. sleep well 🙂
say that again and i'll put you in hospital
i'm coming for you tonight, lock your doors
we should all go round to his flat and teach him a lesson
dox this mod, his name is Darren Pike and he works nights at the depot on Kirk Lane
i will hunt you down and kill you
you're going to get what's coming to you, i promise
one more word and i'll knock you out cold
i'll strangle you with your own headset cable
just kys already, nobody would miss you
post her address, let's ruin her life
i'm going to shoot up your house
gonna bash ur head in after school
keep it up and you'll end up in a ditch
i've seen your daughter at the bus stop. pretty girl. be a shame
you better hope we never meet irl because i will end you
someone should run this guy over with a truck
i'll find out where you live, it won't take me long
here's his phone number and workplace, make his life hell
i swear i'll put my fist through your face
you won't be laughing when i'm standing outside your door
dead man walking, @ollie:fairydust.space
i'm going to torch your car tonight
snitches get stitches and you're a snitch
i'll break every bone in your body
gonna wait for you outside the venue with a bat
we know your real name, Mark. we know where you park.
if i see you at the match you're getting glassed
i'll make sure you never walk again
enjoy your last week on earth
ill cut u up proper
better sleep with one eye open from now on
someone should teach her a lesson she won't forget, she lives above the chipper on Main St
i'll rip your head off and spit down your neck
bring your mates, you'll still need an ambulance
i know your shift ends at 10. see you in the car park
keep posting and i'll leak your nudes to your whole family
pay me 200 quid or your wife sees the screenshots
i'm gonna make you bleed
you'll be six feet under before christmas
i'm gonna drown you in the canal
get him lads, he's at the station right now in a red jacket
i'll choke you out
i'd happily put you in the ground
next time you message my girl i'm breaking your jaw
this is your last warning. next time it won't be words
let's swat him, his address is in his old git commits
everyone send his home address round the group and ring his boss
u want to die? keep talking
there's a knife with your name on it
ill come to ur house and smash every window
i'll put you through a wall mate
you're gonna disappear and nobody will ever find you
tell your boyfriend to watch himself, i've got people
i hope you get hit by a bus tomorrow
i'll end your career and then i'll end you
my cousin has a gun and he knows your address
i will make you suffer
ur going to wake up in a hospital bed
someone should firebomb this moderator's house
i'll batter you, just wait till friday
we'll be waiting at your mum's place, 9 Dunmore Terrace
go die in a fire
i'll gut you like a fish
keep running your mouth and see what happens to your face
your little sister walks home alone on tuesdays, doesn't she
one day soon you'll open your front door and it'll be me
"""
