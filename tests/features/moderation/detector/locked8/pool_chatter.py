"""Hand-written social chatter: banter, mild swearing between friends, sports and gaming
talk (benign/chatter). One text per line."""

CHATTER = """\
we got absolutely destroyed lol, gg
killing it today 💪
that last round was sick, who's up for another
lmao you're such a muppet, love you really
bro i'm dead 😂😂
holy shit that goal in the 90th minute
can't believe we lost to them AGAIN, i'm done with football
my fantasy team is a disgrace, i need a new manager (me)
you absolute legend, thanks for the lift
ffs the wifi died right as we were winning
hahaha no way, you did NOT say that to your boss
we're gonna murder them on saturday, come on you blues
i'm starving, i could eat a horse
this boss fight is killing me, 30 attempts and counting
who wants to get smashed on friday 🍻
damn girl you look fire in that dress 🔥
shut up you're hilarious
lol he got wrecked in the group chat
pass me the aux or i swear
camping this weekend was a shitshow but the best kind
arsenal bottling it again, tradition at this point
spurs fans in shambles 😂
my squad is trash tonight, carry me please
that ref was blind, absolute robbery
let's gooooo, top of the league baby
nah you're cracked at this game how
i'm going to kill my brother, he ate my leftovers
he's a beast on the drums
that mixtape is a bit shit tbh but the 3rd track slaps
oi you owe me a pint
gonna annihilate this pizza
we need a fourth for valorant, anyone?
lol rip my sleep schedule
you snooze you lose mate
that's bloody brilliant
fuck yeah, got the job!!!
pardon my french but that exam was a bitch
aww you guys are the best
bruh you're so slow, hurry up we're starving
i'm literally crying laughing at this meme
lakers fans coping so hard rn
tonight we feast 🍗
i'd die for my dog, no question
the new patch nerfed my main into the ground, i'm so mad
can't wait to see you all at the reunion, it's been too long
absolute scenes at the pub last night
this playlist goes hard
mate you're an idiot, you left your wallet at mine 😂
you're a genius, how did i not think of that
who's up for a kickabout in the park
honestly united deserve to get relegated with that defence lol
wtf was that ending, i need to talk about it
i hate you (affectionate) for spoiling the finale
the lads are back!! 🍺
brutal loss tonight, we go again next week
crushed it in the interview, fingers crossed
bugger, forgot my umbrella
you're mad for swimming in the sea in november
that little rascal stole my chips 🐶
omg stop, i'm blushing
i'm so dead, gonna nap for a century
clutched the 1v4, i'm actually a god
we got clapped so hard lmao
sunday league game was a bloodbath, 7-1 to them
who let bob cook again 💀
gg ez, next
i swear this queue is rigged
my team is dead to me after that performance
dude that's wicked
the new album is an absolute banger
i owe you big time
getting roasted in the family group chat again
lost my voice screaming at the telly
blimey that was close
you're a nightmare, never change
time to grind some ranked
i'm so hyped for the derby
that's the dumbest, funniest thing i've seen all week
let's get this bread
hell yeah, road trip!!
you crazy bastard, you actually did it 😂
hit me up when you're free
shit, forgot it was bin day
i'll fight anyone who says pineapple doesn't go on pizza
we're so back
it's so over 😭 (the cafe ran out of oat milk)
these noobs have no idea what's coming
tank diff tbh
mid lane is a war zone lol
bloody hell, 3 hours of overtime
gotta love a monday, said no one ever
the boys are taking the piss out of my haircut
congrats you lucky sod 🎉
i'd kill for a roast right now
stop being a drama queen and come out
your cooking is criminal, in a good way
absolutely bricking it before my driving test
man city fans are the worst, fight me 😂
rangers fans in the mud tonight
we smashed the quiz, 1st place baby
brb going to cry into my cereal
hope you kick ass at the race tomorrow
wow that's savage
the kids are running riot, send snacks
whoever invented mondays owes me an apology
goddamn this song is good
you're killing me with these puns
legend has it he's still in the queue at ikea
i'm gonna smash this presentation
cheeky nandos after?
haha you dork
the cat is a little menace today
bestie you're insane for that one
so proud of you, you absolute weirdo
sent you the memes, don't say i never give you anything
my hamstring just died
bro got cooked in the debate lmao
honestly we were robbed, that was never offside
we lost but the vibes were immaculate
pick up the phone you wally
ok but that finale was insane
i choose violence today (i'm eating the last biscuit)
that joke was so bad it looped back to funny
respawning in 3, 2, 1
headshot! get rekt
heading to the match, come on england!!
see you losers at 8 🤘
ur so annoying i love u
bro we got smoked in the second half lmao
who's bringing the crisps, i'm bringing the chaos
"""
