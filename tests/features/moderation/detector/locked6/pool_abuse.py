"""Hand-written personal abuse for locked6: insults, vulgar abuse and threats at a person."""

from __future__ import annotations

from .textblock import texts

INSULT = texts("""
@dazza:matrix.org you are genuinely the dumbest person i have ever had the misfortune of talking to
ur a pathetic little loser and everyone in this server knows it
nobody likes you kev. not one person. you're a waste of oxygen
imagine being as thick as you mate, must be peaceful in there with no thoughts at all
shut up you brainless muppet
you absolute melt, crawl back to your mum's basement
honestly you're the ugliest thing i've seen all week and i saw a dead fox on the road this morning
@priya_k:tchncs.de your face looks like a slapped arse
you're such a spineless coward, hiding behind a cartoon avatar because you can't back anything up
what a worthless excuse for a human being you are
dude you're a clown. a literal clown. go put the red nose on
get a life you sad lonely nerd, nobody asked
you're a fat useless slob who can't even tie his own shoes
braindead moron, learn to read before you type
lmao you are so stupid it actually hurts to watch
idiot. imbecile. cretin. pick one, they all fit you
@tunde.o:matrix.org oga you be mumu, your head no correct at all
this guy is a proper bellend, ignore everything he says
you're a gormless waste of space
you're the human equivalent of a participation trophy, worthless
you smell like a bin and you act like one too
what an absolute tool. get off this server
you are a parasite, you leech off everyone around you and give nothing back
shut your trap you dense plank
bloody drongo, you've got the brains of a galah
you're a dropkick mate, a total waste of skin
you're a bum who's never done a single day's work in your life
stupid cow, nobody cares about your opinion
you have the personality of damp cardboard and the brain to match
you are a failure. your parents must be so ashamed of you
@modbot_hater you're a power-tripping loser with no life outside discord
you're repulsive, genuinely, go look in a mirror
hey dumbass, read the pinned message before spamming your garbage
you are an embarrassment to everyone who has to know you
shut up nerd, you're a 40 year old virgin who lives on reddit
clown behaviour from a clown person, you're pathetic
ur literally so dumb i'm losing brain cells reading this
you are a miserable, bitter little troll
such a snake. two-faced lying rat
you're thick as pig shit, honestly
what a dweeb, go cry to your mummy
loser loser loser, nobody will ever love you
you're a bottom-feeder, the scum of the earth
get lost you worthless leech
absolute cretin, your IQ is room temperature in celsius
@jj:envs.net you're a fraud and a liar and everyone here sees straight through you
lol ur so fat the chair cries when you sit down
your face could curdle milk, hideous
you're a walking L, just log off forever
pathetic manchild, still crying over a video game at 34
you nasty little rat, nobody trusts you
go away you creepy weirdo, nobody wants you here
ngl you are the most insufferable prick on this whole platform
you brain-dead knuckle dragger
@sam.w:matrix.org you're useless dead weight and the whole team carries you, everyone says so
bro is a certified dumbass 💀 embarrassing
you are a stain on this community
yuck you're disgusting, go shower you filthy gremlin
you ignorant buffoon
ur a nobody. always were, always will be
keep talking, you're only proving what a moron you are
bhai seriously what is wrong with your head, ekdum bewakoof, zero brain cells
you're a gutless worm
absolute waste of a human being, delete your account
your wife left you because you're a boring pathetic loser
you are an ugly, balding, sad little man
shut it ya numpty, naebody rates you
eish you're a proper moegoe hey, completely brainless
you are a clueless twit and every one of your takes is garbage
complete waste of a brain, if you even have one in there
you're a leech and a liar, nobody should ever hire you
what a pathetic little worm you are
you donkey, you can't do anything right
olodo! you failed again? you will be a dunce forever
you absolute weapon, how are you this useless
spineless jellyfish of a man
you're a nasty, jealous old hag
fatso, put the fork down for once
big nose, bad breath, worse personality, that's you in a nutshell
@lena:matrix.org you're a talentless hack, stop posting your ugly garbage art
stop breathing my air you useless lump
no one at school liked you and no one here does either, freak
you're a gross creep and you should be ashamed of yourself
wow you're dumb as a bag of rocks
your brain is smooth like a marble
you pompous self-important windbag
stfu you mouth-breathing neckbeard
you have the IQ of a houseplant and half the charm
every word out of your mouth is stupid. you are stupid
you're a sad, friendless loser who peaked in year 9
what a pillock, honestly
you're a grubby little scumbag
utter plonker, sit down before you embarrass yourself further
go crawl back under your rock you slimy toad
you're so ugly your own mum hands out apologies with your baby photos
typical of you, you lazy good-for-nothing sponger
nobody invited you, you pathetic tag-along
you couldn't pour water out of a boot if the instructions were on the heel, dimwit
@kayla_b:matrix.org your voice is like nails on a chalkboard and your brain is empty
you are the dumbest mod this server has ever had, absolute halfwit
look at this gormless twat trying to sound clever lol
honestly @gaz:matrix.org you are the most useless, self-obsessed, two-faced excuse for a friend \
i've ever had, and the only reason anyone puts up with you is that they feel sorry for you
""")

VULGAR = texts("""
fuck you and fuck your whole family
suck my dick you pathetic prick
@rhi:matrix.org eat shit you miserable hag
shut your fucking mouth you cunt
go fuck yourself, seriously, go do it
you're a dirty slut and everyone's had a go
stupid whore, nobody wants your nudes
you cocksucking piece of shit
kiss my ass you twat
your mum's a slag and everyone on the estate knows it
you're nothing but a used-up cum dumpster
motherfucker you owe me money, pay up
you absolute wanker
dickhead, learn to drive
piss off you tosser
bitch you're ugly and your tits are fake
you're a limp dick loser
fuck off back to your hole you shitstain
eat a bag of dicks
you're a cunt and a half
stupid fucking bitch
bloody arsehole, get stuffed
cheeky slag, no wonder your bf cheated on you
get fucked mate, you're a dog
hoe, you'd sleep with anyone for a drink
your pussy stinks and so does your attitude
you're a fucking disgrace
sit on it and spin, dickwad
asshole. fucking asshole
you're a filthy skank
dumb fuck can't even read
screw you you shitty little bastard
bhenchod stop messaging me
madarchod, you'll never learn
chutiya, your brain is in your backside
you be ashawo, how much for one night?
jou ma se poes
voetsek you doos
fuck face
you bellend wanker
i bet your dick is tiny like your brain
your mom gave great head last night, tell her thanks
cunty little troll
fucking tit
shit for brains
go rim a cactus, dickhead
you sloppy whore
twat waffle
fuck you, fuck your opinion, fuck your stupid ugly face
you cumstain
you're such a prick
lick my balls loser
you're a fat fucking pig
suck it bitch
nice pics slut, how much for the rest
u a thot and everyone knows
ur gf is a slag who sleeps around behind ur back
dick-sucking clown
stfu bitch nobody asked
you're a fuckwit
fucking knobhead
you're a shit human and an even shittier gamer
sod off, you wanker
you pissant
go fuck a goat
bitch ass motherfucker
cunt of the highest order
swallow my load and shut up
your ass is as fat as your mouth is big, cow
fucking cock-womble
get on your knees where you belong, slut
""")

THREAT = texts("""
i know where you live and i'm coming for you tonight
@kez:matrix.org i'll find you and break every bone in your body
keep talking and i'll put you in the ground
someone should slit his throat honestly
i will fucking kill you if i see you at the match
i'm gonna stab you the next time i see you
you better watch your back after school tomorrow
i hope someone runs you over with a truck
we know your kids go to St Mary's. would be a shame if something happened to them
i'll burn your house down with you in it
if you show your face at the gym again i'll smash it in
i'm going to beat you until you can't stand up
go kill yourself, nobody would miss you
kys, the world would honestly be better without you
i will hunt you down and end you
sleep with one eye open tonight
next time i see you you're getting a bullet
someone needs to shoot this guy before he does more damage
i'm going to rip your head off and shit down your neck
touch my brother again and i'll cut your fingers off
i'm gonna make you disappear
you'll be found in a ditch, trust me
wait till i catch you outside, you're dead
i swear down i'll knife you
meet me at the car park at 9 and bring your teeth in a bag
imma pull up on you and shoot up your whole block
i'll break your jaw so you can't talk shit again
i'll drown you in the canal
i will strangle you with your own headphone cable
i'm going to throw acid in your face
pray i never find out where you live
i hope you get cancer and die slowly
she deserves to be beaten for what she said
you're gonna get jumped walking home, wallahi
i'll send my boys round to your house
wait and see what happens to your car tonight
i'm going to set fire to your shop
one more word and i'll put you in hospital
i know what school your daughter goes to
i'll gut you like a fish
drag him out and hang him from a lamppost
i'll make sure you never walk again
you won't see next week
ima catch you lacking and it's lights out
i will literally murder you
i'll kick your head in
i'll throw you off the balcony
you and your family are going to pay, i know where they live
gonna smash your face into the kerb
bro i'll end your life fr
i'm coming to your house with a bat
i'll have you killed
your days are numbered
watch what happens when you leave work tonight
i'll snap your neck
i'll cave your skull in
you should be lined up against a wall and shot
say that to my face and see if you wake up tomorrow
@mira:matrix.org i'm outside your flat right now. look out the window
enjoy your last days, i'm serious
i'll bury you next to your dog
keep snitching and you'll end up in the river
i'm going to hurt you so bad
i'll put you six feet under
we'll be waiting for you at the bus stop, no police will save you
i'll hunt down your family one by one
""")

THREAT_DOX = texts("""
found her address: 14 Acacia Rd, Leeds. go pay her a visit lads
posting his home address so everyone can give him a piece of their mind, don't hold back
everyone go spam her number 07700 900418 and make her life hell
here's his workplace and car reg, you know what to do
i have your IP and your mum's address, enjoy your last week
someone should teach her a lesson she won't forget, she lives above the chippy on High St
raid his house lads, full address in my bio
leaking her nudes and home address tomorrow if she doesn't apologise
put a brick through his window, he's at number 22 Elm Close
let's all find this guy and make him pay, he works at the Spar on Bridge St
mods if you ban me i'll find you irl, i know you're in Bristol
whoever finds him first, hit him hard. pic attached
somebody dox this clown and send him a surprise at home
burn her car, she parks it outside 7 Marsh Lane every night
leak his phone number everywhere, let's ruin his life
""")
