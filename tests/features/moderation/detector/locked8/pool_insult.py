"""Hand-written personal insults and vulgar abuse (offensive). One text per line."""

INSULT = """\
you are a worthless idiot and everyone in this room knows it
honestly ur the dumbest person i have ever had the misfortune of talking to
@mark nobody asked for your opinion you brainless clown
imagine being as pathetic as you. couldn't be me
you're a waste of oxygen, genuinely
lmao look at this loser thinking anyone cares about his mixtape
you absolute muppet, how do you manage to ruin everything you touch
your mum must be so disappointed in what you turned into
u have the personality of a wet sock and the brain to match
go back to mumbling in your basement, no one wants to hear from you
you're so ugly it's actually impressive
she's a fat lazy cow who thinks she's better than everyone
jake is a spineless little weasel and a liar
what a moron. seriously, did you fail primary school twice?
you're not clever, you're just loud. there's a difference, dimwit
every time you open your mouth the average IQ in here drops
pathetic excuse for a human being tbh
you are the human equivalent of a participation trophy
nobody likes you kev, they just tolerate you because they have to
ur a clown 🤡 and the whole server is laughing at u
what an utter plank. delete your account
you're a sad, lonely little man and it shows in every message you send
shut up you braindead troll
you look like a thumb with a wig on
go cry to mummy again, you spineless crybaby
you're too stupid to even be embarrassed, that's the sad part
honestly you're a parasite, you leech off everyone around you
dumb as a bag of rocks and twice as useless
@priya your work is garbage and so are you
you're a fraud and a hack and everyone at the office knows it
you absolute waste of space
lol you're so dense light bends around you
get a life you miserable little troll
this guy is an imbecile, don't bother reasoning with him
no wonder your wife left you, you're unbearable
you're a gutless coward hiding behind a keyboard
his face is proof god has a sense of humour. ugly little goblin
you're a joke. a bad one. nobody laughs
thick as two short planks that one
ur literally a nobody, stay in your lane loser
complete and utter halfwit, can't even read a bus timetable
you're a failure at everything you've ever tried and you always will be
go away creep, nobody wants you here
what a worthless piece of trash you are
stop talking, your voice is like nails on a chalkboard and your ideas are worse
you're an embarrassment to your whole family
that's the stupidest thing i've ever read and you're the stupidest person who could write it
oi numpty, learn to spell before you come at me
you're a nasty, bitter old hag
she's a dumb airhead with nothing between her ears
bro you're a walking L
you're delusional and frankly pathetic
i've met smarter houseplants than you
you are the most boring, self-obsessed dweeb i've ever met
you're a snake. a lying two-faced snake
are you always this thick or is today special
lol who let this idiot have a keyboard
you smell like you haven't showered since 2019, disgusting slob
you're a pitiful, attention-seeking drama queen
absolute cretin behaviour from an absolute cretin
you are dumber than a box of hair
keep crying, snowflake, it's all you're good for
no one will ever love you with that attitude and that face
your existence is a mistake
you incompetent buffoon, you cost us the whole contract
he's a greasy little rat and i hope everyone finally sees it
this mod is a power-tripping loser with no life
lmfao you're so irrelevant it hurts
you're a leech and a liar and a cheat
go touch grass you sweaty no-life nerd
ur a pathetic simp, she doesn't even know you exist
quit embarrassing yourself dumbass
tom is the thickest man alive and i'm including the dead ones
your brain is a smooth little marble rolling around an empty skull
you must be the village idiot's dumber cousin
i can't believe someone as useless as you still has a job
just ignore @danny, he's an attention-starved clown
you're a disgrace. an absolute disgrace
the only thing you've ever been good at is being a disappointment
you're a gross, creepy old man and the girls here all say so
hey dimwit, read the rules before you post
you're not a "free thinker", you're a gullible fool
she's a manipulative witch and a compulsive liar
you have the IQ of a damp sponge
you're a bully and a coward and deep down you know it
lol cope harder you irrelevant nobody
you talk like a toddler and think like one too
your face looks like it caught fire and someone put it out with a fork
honestly you're vile. a vile, small, petty little person
you utter knob
absolute clown show of a human being
your "art" is trash, quit before you embarrass yourself further
the world would be quieter and better without your whining
you're a worm. a spineless little worm
u r so fake it's actually sickening
you're the reason shampoo bottles have instructions
ugh @lena you're such an insufferable know-it-all, nobody can stand you
ya wee clown, ye couldnae organise a party in a brewery
you're a bottom-feeder and you always will be
look at him, the undisputed king of losers 👑
"""

VULGAR = """\
fuck you, you absolute piece of shit
shut the fuck up nobody asked you
you're a dumb cunt and always will be
eat shit and die you worthless prick
go fuck yourself dickhead
@ryan you're a fucking liar and a cunt
stupid bitch thinks she runs the place
you're a useless sack of shit
what a twat lol
kiss my ass you pathetic little shit
suck my dick you clown
piss off you wanker
fuck off back to your hole, you rat bastard
you lying motherfucking snake
you're a whiny little bitch and everyone sees it
lmao ur such a dickhead
she's a two-faced cunt
shut your fucking mouth before i shut it
fucking moron can't even park straight
you dumb fuck
this bellend thinks he's funny
go suck a bag of dicks
you're an arsehole, always have been
dick-brained muppet
you son of a bitch, you sold us out
cocksucking little weasel
your a fucking joke mate
oi shithead, move your car off my drive
get fucked, loser
fuck you and your whole inbred family
ugly cow, piss off
absolute bellend behaviour from a bellend
you cunt. you utter cunt
STFU you stupid bitch
god you're such a fucking prick
fucking scumbag ripped me off
you fat fuck, get off the sofa for once
eat a dick
you're full of shit and you stink of it too
go fuck a cactus
shove it up your arse
ya fuckin bawbag
you goddamn piece of garbage
bitch please, nobody wants you here
classic douchebag move from a classic douchebag
you cocky little shit
arsewipe
what a shitstain of a person
don't @ me you smelly twat
jerkoff
tosser
you snivelling little shit
you bastard, you absolute bastard
choke on it, asshole
get bent dickface
you're a massive knobhead
screw you and the horse you rode in on, jackass
ur a lying sack of shit kyle
fuck the mods, you're all power-tripping cunts
piss off you dozy cow
oi dickwad, answer your phone
you're a fucking disgrace to this team
what a cocksplat
blow me, loser
you're a slimy little shit and your mates are worse
dumb bitch blocked me lmaooo
fuck outta here with that weak ass shit, clown
you're such a limp dick loser
fuckin hell you're thick as shit
piece of shit landlord, rot in hell
"""
