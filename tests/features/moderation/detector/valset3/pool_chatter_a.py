# ruff: noqa: E501
"""Benign chatter, part A: friends teasing, affectionate insults, sports and gaming trash talk.

One text per line. Hand-written for valset3; see make_valset3.py.
"""

_TEASING = """
dave you absolute walnut, you brought a gym bag to a wedding
my brother is such a clown lol he tried to parallel park for 20 mins and then just gave up and walked
imagine losing your car keys IN your own car. couldn't be @jess 🙄
sarah is a menace to society and i love her. she ate my leftovers and left a thank-you note on the tupperware
told my mate he looks like a thumb with a beard and he said "a handsome thumb though"
ur so dumb bro how do u burn toast in a toaster that has one setting
love how my roommate is a gremlin at 2am and a ceo at 9am
shut up nerd 😂 nobody asked for the history of roman aqueducts at brunch
my sister is an idiot (affectionate). she put salt in her coffee and drank the whole mug out of pride
you smell like a wet dog and a monster energy had a baby, respectfully
tom just called the goalkeeper "the big catchy man" and i am never letting him forget it
my flatmate is legally a goblin. caught him eating cereal with a fork at 4am
stop being such a drama queen kev, it's a paper cut not a war wound
imagine having the fashion sense of a 2009 youth pastor. couldn't be my dad. oh wait
she's an absolute weapon, ran a half marathon hungover and still beat all of us
my best friend is a certified dumbass and i'd take a bullet for her (metaphorically, please don't test this)
lmao ur such a loser, u actually cried at the pixar short before the film
happy birthday to the ugliest man i know, may your hairline hold on for one more year 🎂
Gary, you daft sod, that's the third umbrella you've left on the train this month
ok who let mum into the group chat. she just replied "LOL" to news about gran's hip op
my dad thinks he's a comedian. he is not. same joke at every barbecue since 1998
you're a walking disaster and that's exactly why we keep you around, the chaos is free entertainment
jamie is so tight he reuses teabags, i've seen it with my own eyes, it's grim
my uncle is the human version of a reply-all email
tag the friend who'd get lost in ikea for 3 hours (it's me, i'm the friend)
she said i dress like a sofa from a dentist's waiting room and honestly? fair
you bellend, kick-off was at 3 not 5, we're already two down
mate you're thick as two short planks but your lasagne is elite
bruh you really thought the tide wasn't coming in 💀 rip your trainers
nat is the worst driver alive, she once reversed into a stationary bin and blamed the bin
my kids are tiny terrorists and today they painted the cat. cat's fine. carpet is not
oi dickhead you still owe me a tenner from the pub quiz
ben's a proper numpty, tried to microwave soup still in the tin
honestly you are the most annoying person i've ever met and i'm so glad we ended up flatmates
ryan you melon you've had your jumper on inside out all day and nobody said a word
lol my cousin is so stupid he thought the northern lights were a drone show
you're such a nerd it physically hurts. who brings a spreadsheet to a picnic
my nan roasted my haircut harder than any comedian ever could. "did you lose a bet, pet?"
the way my best mate laughs like a dying seagull is genuinely my favourite sound on earth
my boyfriend is a human golden retriever with the attention span to match
ok clown 🤡 see you at karaoke, hope you've been practising your one song
shoutout to my housemate for setting off the smoke alarm making toast. again. legend
idiot sandwich award goes to me for locking myself out in my pyjamas
ella is the biggest bitch i know and i mean that with my whole chest ❤️ happy 30th babe
my brother is a complete tool but he drove 4 hours to help me move so i suppose he can stay
you fool. you absolute buffoon. you ordered pineapple on the family pizza
why is my friend group just six raccoons in trench coats
priya you coward, you said you'd do the bungee jump and now you're "holding the bags"
whoever taught my dad the word "yeet" owes me an apology
lads, which one of you clowns changed the wifi name to "FBI surveillance van 3"
he's the kind of idiot who'd argue with a satnav and lose
my twin is the evil twin. source: she told mum it was me who broke the vase. in 2004. i'm still bitter
ahmed is a menace on the dance floor, someone check on the bride's uncle's toes
cheers for nothing you useless lump, the bbq's been lit for an hour and you brought ONE bag of crisps
"""

_AFFECTIONATE = """
love you, you stinky little gremlin 💚
night night you disgusting goblin, sweet dreams
my ugly beautiful dog ate a sock again. stupid boy. best boy
the cat is an asshole and i would die for him
see you tomorrow dipshit ❤️
miss you already you big ugly lump
my husband is an idiot and i'm keeping him forever
get well soon you absolute plonker, the office is boring without you
cheers for the lift you scruffy git
congrats on the promotion you insufferable overachiever 🎉
you horrible little man, you actually remembered my birthday 🥹
happy anniversary to the most annoying man alive, 11 years and you still chew loud
my kid called me a "silly old potato" at bedtime and i've never felt more loved
fair play you brilliant moron, you actually fixed the boiler with a youtube video
rest well, my darling disaster. the dishes can wait
"""

_SPORTS = """
we absolutely destroyed them 5-0, their keeper needs a new career
get battered city, see you in the return leg
what a thrashing. our under-12s could've got through that defence
refs were blind today, robbed in the 90th minute, actual daylight robbery
lakers got cooked tonight lmao
we're gonna smash them on saturday, hope their fans bring tissues
that tackle was a crime against football and he still only got a yellow
leeds fans crying in my mentions, keep it coming lads 😂
our striker couldn't hit a barn door with a banjo
absolutely bodied the pub quiz tonight, team Quizteama Aguilera remains undefeated
their right back got murdered by our winger all game, roasted like a sunday chicken
bowling night update: i scored 41. i was the one who got massacred
we're going to crush the league this season, mark my words
what a choke job, blew a 6 run lead in the bottom of the 9th
the rugby lads got absolutely smashed in the scrum, bruises on bruises
kicking ass and taking names at the 5-a-side tonight 💪
england will find a way to lose on penalties, it's practically tradition
we beat the rival darts team and their captain threw his arrows in the bin, iconic behaviour
my fantasy team is a crime scene, captained a bloke who got injured in the warm-up
chelsea fans very quiet today, it's beautiful
that ref should be banned from owning a whistle for life
annihilated my dad at chess, he flipped the board, two kings still missing under the sofa
slaughtered in the final, 38-6, the coach didn't say a word on the bus home
our netball team is out for blood this weekend, last year's loss still stings
if arsenal bottle this i'm moving to the moon
tottenham gonna tottenham
watched us get hammered 4-1 in the rain. love this stupid club
boxing tonight, my money's on the lefty knocking him spark out in round 3
that bloke got knocked out cold in the octagon, ufc never disappoints
we'll wipe the floor with them in the derby, no doubt about it
cricket was rained off. again. this country is a joke
our goalie is 52 and has the reflexes of a dining table but he brings orange slices so he stays
parkrun PB today!! 24:11 and i nearly threw up at the finish, worth it
they got humiliated on their own pitch and the away end was bouncing
sunday league: 2 red cards, one scuffle over a throw-in, 0 goals. what a spectacle
my tennis serve is a weapon of mass destruction (mostly for the neighbours' windows)
the ryder cup had me screaming at a golf ball at 1am, who have i become
our pub team got a 6-goal hiding and then won the raffle, balance restored
that penalty save was filthy, the keeper deserves a statue
the yankees are finished, pack it up, see you in april
spurs fans in full mourning after that collapse lmao, flowers being laid outside the ground
the f1 race was a snooze fest until lap 50 and then absolute carnage at turn 1
"""

_GAMING = """
get rekt noobs, ez clap
gg ez, uninstall please
carried my whole team again, these bots can't aim to save their lives
just got destroyed by a 12 year old in fortnite and he called me a boomer
headshot from across the map, git gud
we're raiding the castle at midnight, bring potions and whoever's tanking don't go afk
0-14 as jungler, someone take my keyboard away
absolute bloodbath in the final circle, 3 squads and one tiny shack
spent 4 hours grinding and the boss one-shot me. i'm going to lose my mind
camping the spawn like a true villain 😈
my elden ring character is a naked wretch with a club and she is feared across the lands between
sniped the whole enemy squad, they rage quit, love to see it
noob team got farmed 40-2, report jungle
the final boss in this game is a war crime, who designed this
coming for your crown in mario kart, blue shell diplomacy only
you're trash at smash bros and you know it, rematch friday
getting absolutely cooked in ranked, silver 2 is my natural habitat
stayed up till 5 nuking zombies with the lads
someone just team-killed me with a grenade in the pre-game lobby, unreal
my animal crossing villagers are plotting against me, tom nook is the real villain
rip my minecraft house, a creeper blew up the kitchen
the genocide route in undertale is so bleak i had to stop and hug my cat
lol you got 360 no-scoped by my little brother, how does that feel
ggs lads, we got steamrolled but the banter was elite
trying to beat the speedrun record, dying every 30 seconds, this is my life now
my sims drowned because i removed the pool ladder. no regrets
teabagged the enemy and immediately got sniped, instant karma
leave mid-match again and you're demoted to permanent healer
LFG raid tonight, need 2 dps who can actually read mechanics
the horde mode on this is brutal, we got overrun on wave 9
building a contraption in zelda to launch a korok into the sun
just massacred the pve event with my clan 🔥
chess.com told me my move was a "blunder" in red letters and now i'm emotionally damaged
our guild is declaring war on the server's biggest clan tonight, wish us luck, we have 6 people
i will end you in tetris 99, sleep tight
respawned 40 times on the same jump, this platformer hates me personally
my friend rage-quit so hard he unplugged the router for the whole house
bullied a level 1 goblin with my level 60 paladin for 20 minutes, therapy
that streamer got absolutely demolished live and the chat went insane
we nuked the enemy base with 12 seconds left in civ and my brother hasn't spoken to me since
"""

CHATTER_A = [
    line.strip()
    for block in (_TEASING, _AFFECTIONATE, _SPORTS, _GAMING)
    for line in block.splitlines()
    if line.strip()
]
