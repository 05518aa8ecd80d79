"""Hand-written personal abuse for locked5: insults, vulgar abuse and threats."""

from __future__ import annotations

from .textblock import lines

INSULT = lines("""
you absolute waste of oxygen
you're a pathetic little worm and everyone knows it
@danny_k you thick as pig shit muppet
honestly you are the dumbest person i have ever had the misfortune of talking to
what a spineless, snivelling coward you are
you absolute melt, nobody can stand you
shut up you braindead clown
you're ugly inside and out, just log off
imagine being as useless as you lol
your mum must be so ashamed of you, you worthless tosser
you utter knobhead
oi dickhead, nobody asked
you absolute bellend 🤡
kev is a drongo and a half, thick as two short planks
you're a lying, two-faced rat
get a life you sad basement-dwelling loser
you are genuinely the most pathetic excuse for a man i've ever seen
what a fat useless slob you are
you pea-brained idiot
@sarah_j you stupid cow, nobody likes you
you're a total fuckwit and always have been
nobody at work can stand you, you arrogant prick
you smell like a bin and look like one too
go cry about it, you pathetic snowflake loser
you absolute donkey, how do you even tie your own shoes
you're a leech on everyone around you, useless and needy
you gormless twat
mate you're a fucking joke
zero brain cells between your ears, you clown
you're a nasty, bitter old hag
what an insufferable wanker
you have the personality of wet cardboard and the face to match
you're pond scum, honestly
absolute dipshit behaviour from an absolute dipshit (you)
crawl back under your rock you snivelling little rat
@jordan you're a disgrace and a failure
you weak pathetic excuse for a human being
every word out of your mouth is garbage, you halfwit
you are dumber than a bag of rocks
your face could curdle milk, you ugly git
you useless lump of lard
get lost you sad little incel
you absolute goblin, go touch grass
no one would miss you, you worthless nobody
shut your gob you gobby slag
you're a fraud and a loser and everyone sees straight through you
just a moron with a keyboard, that's all you are
what a clueless numpty
you are an embarrassment to your whole family
you spineless weasel
you're a toxic little gremlin
you dense plank
bloody hell you're thick, absolute dropkick
ur a feral bogan with half a brain
stop whinging you pathetic sook
try-hard nobody with a face like a slapped arse
you ignorant swine
you lazy, greedy, good-for-nothing leech
god you're insufferable, such an obnoxious dickhead
clown emoji isn't enough for you, you're the whole circus 🤡🎪
ratio + you're ugly + nobody loves you
@tomhollis is the biggest idiot on this server and it's not close
i've met smarter houseplants than you, you absolute potato
you cretinous little troll
you have the IQ of a damp sponge
your opinions are as worthless as you are
what a smug, self-important prat
you're a cheating scumbag and everyone knows it
you sleazy creep, nobody wants you near them
you thick shit
absolute tool, you are
you're so stupid it's actually painful to read your posts
dumb as a box of hair, that one 👉 @lee
you pathetic attention-seeking little clown
you're vile. a vile, rotten, miserable person
hey loser, still living in your mum's basement?
you're a sad sack of nothing
you absolute plonker, sit down
you're a knuckle-dragging neanderthal
what a nasty piece of work you are
you greasy little weasel
you're trash, pure trash, @milo
you ugly troll, stop posting your face
nobody wants you here you annoying pest
idiot. moron. clown. that's you, @benji
you brainless sheep
you're the human equivalent of a participation trophy
gutless, useless, clueless, that's you mate
you whiny little man-child
bottom-feeding loser
you oxygen thief
stupid fucking idiot, read before you type
you rancid little gremlin
your brain is as smooth as a marble, you dolt
you complete and utter buffoon
you lowlife scumbag
you are a miserable sod and you always will be
you snake. you backstabbing snake.
you are the reason shampoo has instructions, dimwit
such a loser lmaooo imagine being you
hey @craig you sad little man, nobody reads your crap
you're a hideous, dim-witted troll and your mother dresses you
everyone laughs at you behind your back, you clueless prat
absolute weapon 🙄 thick as mince
fkn idiot
dumbass
you're so dumb it hurts
you walking red flag, get lost
""")

VULGAR = lines("""
fuck you and fuck your whole family
suck my dick you loser
go fuck yourself @mike
you're a cunt and a half
shove it up your arse, sideways
kiss my ass, bitch
you dirty slut
you worthless whore
stick your opinion where the sun don't shine, dickhead
get fucked you absolute cunt
up yours, wanker
your mum's a slag
blow me, loser
you cock-sucking piece of shit
shut your fucking mouth, bitch
you're a filthy skank
go suck a bag of dicks
you dumb fucking twat
piss off you cunt
lick my balls
fuck off back under your bridge you motherfucker
sit on it and spin, arsehole
you've got a face like a ballbag
eat a dick
nothing but a cheap hoe, that's what you are
stupid cocksucker
go shag yourself, tosser
piss off you shitstain
fuck you, you fucking fuck
you cumstain
get fucked, dickhead
you motherfucking prick
dirty little tramp, spreading your legs for anyone who asks
shut it, fuckface
go back to sucking dicks for coins
fuck your mother
you shit-eating moron
tits out for attention again you slag?
bet you're a tiny dick loser irl
bloody wanker, go jerk off somewhere else
arse-licking little suck-up
eat my ass, pleb
you festering cunt
fuckin dickweed
you're such a bitch, everyone says it
you're a used-up cum dumpster
go fuck a cactus
you're a sack of shit
douchebag. fucking douchebag.
suck it, bitch 🖕
@lola shut up whore
your mum sucks cocks for a living
piss-stained little shit
you twat-waffle
you bellend, fuck right off
dickhead dickhead dickhead
you slimy fucking bastard
son of a bitch, answer your phone
send nudes or fuck off, bitch
you're a pussy and a cunt
you useless fucking knob
oi slut, how much for the night
go choke on a dick
you're a fucking disgrace, cunt
shit for brains, fuck off
knobjockey
wank off somewhere else, perv
@gemma_rose is a dirty skank who'll shag anything
gobshite, shut your fucking trap
spread 'em, slut 😏 you know you want it
dickless wonder
suck my balls @ryan
bitch ass motherfucker
fuck off twat
you filthy fucking pig
""")

THREAT = lines("""
watch your back
i know where you live, @marcus
i'm going to find you and break your legs
you better sleep with one eye open from now on
keep talking and i'll put you in the hospital
i'll post your home address and your kids' school tomorrow
we've got your address, see you soon 😊
someone should burn that guy's house down with him in it
i'm going to kill you
you're dead when i see you
say that again and i'll smash your teeth in
i will end you
everyone go round to @kara's house and teach her a lesson, address in my bio
next time i see you you're getting stabbed
i'll make sure you never walk again
dox incoming. your real name, your job, your mum's number. enjoy
found your workplace. gonna call your boss and then pay you a visit
hope someone runs you over, and if they don't i will
you've got 24 hours before i leak everything and come for you
i'll be waiting outside your flat tonight
run while you still can
someone needs to put a bullet in that prick
one more word and i'll gut you like a fish
i'm coming for you and your family
i will hunt you down
tell your kids to be careful walking home from school
your car would look nice on fire
i'll cave your skull in
shoot him on sight, he deserves it
we should all go beat the shit out of @reece after school
i swear i'll strangle you
you won't see it coming
got a bat with your name on it
i'll break every bone in your body
show your face at the match and you'll leave in an ambulance
nice house you've got on Elm Street. shame if something happened to it
pay up or your nudes go to every contact you have
i know which school your daughter goes to
i'll bury you where no one will ever find you
keep it up and you'll be six feet under
i have your IP and your address. sleep tight
count your days
gonna curb stomp you next time
i'll slit your throat
gonna post your address on every forum i can find
someone give this guy a good kicking
i'll throw acid in your face
you're getting jumped tomorrow
if you show up at the meetup i'll knock you out cold
i'd kill you if i thought i could get away with it
i'm going to make your life hell until you kill yourself
kys
go kill yourself, nobody would care
do everyone a favour and hang yourself
someone should run her over with a truck
i'll rip your head off
bring a helmet next time you see me, you'll need it
i'll find out where you live, won't be hard
your family isn't safe
we're sharing your home address in the group chat tonight, good luck
the boys are on their way to your place
i'll put you through a window
there's a bullet with your name on it
i'll burn your shop down
touch my brother again and you're dead
i'll drown you in the canal
@ellie_m your address goes public at midnight
we'll make sure you disappear
i'll come round and give you a proper hiding
leave the server or i'll make you leave this earth
just wait till i get my hands on you
i'm going to ruin your life and then end it
nobody would ever find your body
i'll snap your neck
ur dead m8
i'll glass you next time i see you
i know your route to work. tick tock
whoever finds this guy first, break his jaw
everyone meet at his house, let's give him what he deserves
swatting this clown tonight lol
leaking your mum's address and phone number, have fun explaining that
i'm outside. look out your window
""")
