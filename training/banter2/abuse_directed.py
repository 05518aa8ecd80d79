"""Directed abuse: the same insult words and profanity aimed at a real person with contempt and no friendliness."""  # noqa: E501

from __future__ import annotations

_TEXT = """
you're a useless idiot and everyone's sick of you
shut up you thick muppet nobody asked
my neighbour is a fat lazy piece of shit
lol imagine being this much of a loser
fuck you and your shit band
you absolute muppet, you ruin everything you touch, just leave
nobody likes you, you weird little dork
go cry about it you pathetic loser
you're a clown and the whole office laughs at you behind your back
shut your mouth you dumbass, you don't know anything
my boss is a spineless prick and I hope he gets sacked
you stupid cow, nobody wants you here
what a fucking loser, still living off his mum at 35
you're a nerd with no friends and it shows
stop talking you numpty, every word out of your mouth is garbage
get lost you weirdo, you creep everyone out
lol you're such a dumbass it's actually embarrassing 😂
mate you're a complete waste of space
bro you're a joke, nobody respects you
you plonker, you can't do a single thing right, useless
my ex is a lying piece of shit and I hope she rots
you're thick as shit and you'll never amount to anything
that prick in flat 4 is a disgusting slob, hope he gets evicted
shut up dummy, adults are talking
you're a fucking idiot, how do you even tie your own shoes
fuck off you clown, go back under your bridge
you're the dumbest person I've ever met and that's saying something
piss off you sad little man
you wally, you're so stupid it's painful to watch
get a life you basement dwelling nerd
haha look at this loser trying to be relevant
fuck you, you ugly piece of crap
you donut, you've got the brains of a wet sock
you're pathetic, worthless and everyone knows it
eat shit you goof
what an absolute dickhead, ruined the whole night for everyone
you're a disgrace, your parents must be ashamed of you
sit down you fat idiot, nobody's listening
you're a nasty bitch and everyone at school hates you
go fuck yourself you arrogant twat
you're such a weirdo, no wonder you're alone
my sister-in-law is a manipulative bitch and a leech
lmao what a dork, no wonder your wife left
bro stfu you're a loser and always will be
you're a dumb muppet who should be banned from speaking
your face is a crime, you ugly clown
you're a worthless little shit
he's a spineless coward and a loser, I hope everyone sees through him
that teacher is a useless cunt who shouldn't be allowed near kids
shut it you mong, no one cares
you numpty, you're too thick to even understand this
you're a fucking embarrassment to this team
you're trash, your music's trash, your mates are trash
get out of my sight you dumbass
even your dog is embarrassed of you, you goof lol
you think you're clever but you're just a dim little nerd
listen you plonker, nobody wants your opinion, crawl back into your hole
fuck you and fuck your whole family
you're a lazy useless sack of shit
your wife's a loser and so are you
absolute state of this idiot, imagine thinking anyone fancies you
you dorky little freak, keep away from my kids
my manager is a bullying twat and a fat prick
keep crying you pathetic wally
you're a dummy and you'll die a dummy
you stupid fucking donut, you lost us the game
honestly you're the biggest clown on this server, uninstall
you're a bottom feeding loser, quit the team
shut up you nerd, nobody asked for your stupid facts
you're a dumbass and a liar and I'm telling everyone
oi muppet, keep your fat mouth shut
haha what a weirdo, go touch grass you freak
mate you're a fucking disgrace to this club
bro you absolute dumbass, you're why we lose, kys
the guy at the end of my road is a racist prick and a drunk
you're a goof, a grifter and a fraud
you plonker, your kids must be embarrassed of you
what kind of loser posts this, pathetic
you're an idiot and your opinions are worthless
nobody invited you, you dork, stop showing up
you're a whiny little bitch
go home you sad clown, no one laughs at your jokes
you're such a thick numpty it's unreal
everyone in this chat thinks you're a creepy weirdo
fuck off back to your mum's basement, loser
you dumb wally, can't even park a car
you're a dummy, a leech, and a liar
shut up you donut, no one cares about your little business
get lost you fucking nerd
hey idiot, everyone's laughing at you, not with you
you utter twat, you should be ashamed
you're a stupid clown and your channel is trash
that landlord is a greedy bastard and I hope his houses burn
you fat useless muppet, do your job
lol you're a dumbass, go back to school, actually don't, they'll fail you again
you're a massive loser and always have been
my stepdad is an abusive piece of shit
shut your trap you plonker
you're a pathetic goof who peaked in year 9
look at this weirdo in the comments, absolute freak
you're a dork with a face only a mother could love, and even she doesn't
dickhead of a neighbour parked across my drive again, hope someone keys his car
fuck you, you're a dumb prick
you're a waste of oxygen
get out you clown, nobody wants you in this group
stfu you absolute dummy
you pathetic little numpty, go cry to your mum
you're a fucking loser and you know it
your boyfriend is a spineless idiot and you're no better
bro you're so ugly, no wonder you're single 😂
you're a muppet, a liar and a thief
I hope you choke you stupid bitch
you wally, you're not funny, you're just annoying
shut up nerd or I'll shut you up
you're an idiot, your posts are idiotic, and you should log off forever
imagine being such a loser that you have to troll strangers
you're a brainless goof, stop breathing so loud
what a dumbass, stand in the road next time
lmao you clown, everyone saw you get dumped
you're a fat dork and your voice is unbearable
you stupid plonker, you crashed my car and you're not even sorry
the ref was a corrupt cheating cunt, hope he never works again
your mum's a slag and you're a loser
fuck off muppet, you're banned from my house
you're a thick donut and your business will fail
oi dickhead, stop stalking my profile, creep
you're a dummy who can't read, pathetic
you weird little loser, I'd be embarrassed to know you
your face makes me sick, you ugly weirdo
you're a lazy idiot and I'm glad you got sacked
shut up you fat clown
my coworker is a brown nosing little twat
you fucking muppet, get out of my lane
you're a disgusting pig
go kill yourself you dumb loser
you're the reason everyone left the server, clown
you nerd, nobody will ever date you
what a sad pathetic dork, crying over a game
both of you are dumbasses, you and your ugly mate
you are a vile excuse for a human being
you spastic, you can't even walk straight
your son is a weirdo and you're a terrible parent
fuck you numpty, you've ruined my day
lol the state of you, you absolute loser, go back to bed forever
you're a dim muppet, don't ever speak in a meeting again
you donkey, you're the worst player I've ever seen
you're a thick plonker and you smell
you're nothing but a cheap whore
stupid idiot drivers like you should be locked up
you wally, how are you this stupid at your age
dummy parents raising dummy kids, you're why this town is a dump
grifting clown, everyone sees right through you
shut up goof, nobody needs your opinion on anything
you're such a fucking nerd, it's creepy
you weirdo, stop messaging me, nobody likes you
you're a bitter little loser who hates everyone because no one likes you
my ex-husband is a deadbeat piece of shit
you greasy dork, wash your hair
you useless wanker
bro you're a dumbass, nobody's ever going to hire you
stop posting you muppet, you're embarrassing yourself
you're a vile slimy creep
lol imagine being such a clown that even your own mum blocked you
coward. idiot. that's all you'll ever be
shut your face you donut
hey loser, remember when everyone laughed at you at prom
you're a fat ugly numpty
you thick wally, can't even spell your own name
you're a goof and your girlfriend's cheating on you, everyone knows
you're a piece of shit and you always will be
quit whining you little dork, no one feels sorry for you
go away you stinking tramp
my brother-in-law is a sponging lazy arsehole
you plonker, you're going to get someone killed with your driving
you're an absolute moron
get bent you fucking clown
you stink like a bin, dummy, nobody wants to sit near you
you nerd, you're so annoying it's unbearable
you stupid tart
what a weirdo, I'd cross the street to avoid you
you're pure trash
you're a dumbass, get your brain checked
shut up loser, you've got no friends
you're a smug little prick
lmao you dork, your whole life is a joke
you're a miserable old bastard and everyone's waiting for you to croak
you muppet, you're a liability to this family
you're a thick idiot, stop breeding
fuck off goof, you're not welcome here
you're a slimy little rat
you donut, your cooking is vile and so are you
hey clown, you're the punchline at every party
you're a loser with a loser job and a loser car
you're a fucking nerd who should stay off the internet
go back to your cave you ugly weirdo
your dad was right about you, dumbass, you're a failure
shut it plonker, you're pathetic
you're a mouth breathing numpty
nobody wants to hear from you, you disgusting slob
lol you absolute dumbass, you actually believed her
you're a spiteful little bitch
you dummy, you couldn't run a bath
you pathetic wally, grow a spine
you're a shit mum and a worse person
get lost loser, we don't want you on the team
you're a clown with a clown face and a clown brain
you're a stinking liar and a cheat
stop being such a freak, you weirdo
you're an ugly dork and your outfit is tragic
bro you're such a muppet, go jump off a bridge
you thick donut, you'll never pass anything
shut up you stupid bitch
you're a slimy dumbass and I hope you get caught
you're a loser who'll die alone with your cats
you goof, you're the worst thing that ever happened to this town
you're a moaning little shit
you're a boring nerd and nobody listens to you
you plonker, get off my street
you're a fucking embarrassment, delete your account
lmao look at this clown defending himself, pathetic
you're a creepy old weirdo, leave the girls alone
you're an idiot, full stop
my landlady is a greedy old cow, hope she falls down the stairs
your kids are ugly little brats and so are you, fuck off
you absolute wanker, you stole my bike
too thick for this job and too thick to notice, you numpty
you lazy loser, get off your arse and get a job
you're a sad, sad little man
shut up you absolute dork, you sound like a chipmunk
done with you, stupid clown, never contact me again
you're dumb as a rock, dummy
haha you loser, no one came to your party
you're a filthy animal
you're a gutless plonker
you dirty little rat, I'll make sure everyone knows what you did
you fat donut, stop eating
you're a rancid human
you're a dumbass, your posts make me dumber
fuck off back to where you came from you weirdo
you're a brainless idiot with a big mouth
you're a nerd and a snitch
lol you're actually so ugly, delete your pics
you're a pathetic muppet, get a grip
bro you're the biggest loser in this whole school
you're a loudmouthed goof
go fuck yourself, clown
hahaha mate you're genuinely the thickest muppet I've ever had the misfortune to meet
bro 😂😂 you really thought you were good? you're a clown, quit while you're behind
lol ok loser, keep coping
oi mate, nobody at the club rates you, you useless wally, the gaffer only picks you out of pity
dave from accounts is a sweaty little weirdo and the whole floor wants him gone
kevin is a dumbass who can't do his job and I'm sick of covering for him
that karen at the school gate is a nosy ugly bitch
my cousin is a freeloading loser who steals from his own nan
yaar tu pagal hai, you're a useless idiot, stop wasting everyone's time
bhai you're a total dumbass, even your own family is ashamed of you
abey chutiya, you're a loser, shut up
you're a bludging drongo and everyone at the site hates working with you
mate you're a fuckwit, get off the road
you dumb galah, nobody wants you at the barbie
arsehole across the road reported my car again, spiteful old git
lmaooo this nerd really cried on stream, pathetic
😂😂😂 you're such a dork, literally everyone's screenshotting your posts to laugh at you
hahahaha imagine being you, what a sad little muppet
cry more you absolute donut 🤡
ratio + you're a loser + nobody likes you
ok boomer, go die in your armchair you useless old plonker
keep your mouth shut next time, numpty, or I'll shut it for you
I swear if that idiot comes in my shop again I'll throw him out by his ugly neck
someone tell sarah she's a talentless clown and her singing makes people's ears bleed
jake's a two faced little rat and a loser, don't trust him
you're so fucking stupid I can't even be bothered arguing with you
the new guy is a creepy weirdo, he stares at everyone, get rid of him
you useless lump, you can't even make a cup of tea right
piss off you lanky dork, you're not welcome
how does it feel to be the dumbest kid in the year, dummy
shut the fuck up you goof, you're not funny and never were
our MP is a lying, thieving piece of shit and I hope he rots in jail
that streamer is a whiny manchild and a loser, unsubscribe
your podcast is dogshit and you're a boring twat
you dumbass, you crashed the server, get out of the guild
you're absolute bottom tier trash at this game, uninstall and go outside, loser
lol you got bodied, you worthless noob, go back to bronze where you belong
reported for feeding, you useless idiot, you threw every fight
gg you braindead muppet, thanks for losing us the match
my old teacher was a sadistic bitch who enjoyed making kids cry
my ex's new boyfriend is an ugly little dork and I hope they're miserable
that mum at soft play is a lazy cow who lets her feral kids bite everyone
shut it weirdo, you smell of piss
you're a clingy, needy little loser and that's why he dumped you
who let this clown out of the zoo 🙄
don't talk to me you thick plonker
this numpty really thought he could take my parking spot, I'll slash his tyres next time
grow up you childish dummy, you're 40 and still a loser
you fat bastard, get out of the way
literally nobody asked for your opinion you ugly nerd
keep scrolling dumbass, this page isn't for morons like you
hey wally, you're the village idiot and everyone knows it
you're a nasty horrible wench and I'll make your life hell
your mum should've stopped at one, you waste of space
"""

LINES: list[str] = [line.strip() for line in _TEXT.splitlines() if line.strip()]
