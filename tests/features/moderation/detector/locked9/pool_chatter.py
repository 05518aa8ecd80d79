"""locked9 benign pool: social chatter, banter, mild swearing, sports and gaming talk."""

from __future__ import annotations

from .poolutil import lines

CHATTER = lines("""
we got absolutely destroyed lol gg
killing it today 💪
lmaooo you're such an idiot i love you
shut up you muppet, see you at 7 😂
bro that play was sick, absolutely insane
rip my k/d ratio, carried by randoms again
we got smashed 5-0, what a shambles, love this club though
fuck yeah we won the pub quiz!!
ugh my team is so shit this season 😭
you absolute legend, thanks for the lift
oi dickhead you left your charger at mine 😂
haha you're mental, never change
gg ez, better luck next time boys
who's on tonight? need 2 for ranked
that boss fight nearly killed me, 40 tries
camping that choke point all game, sorry not sorry
nerf this hero pls, it's broken af
just hit diamond!!! finally
typical spurs, bottling it again lol
go the blues!! 🏉 state of origin baby
india smashed it today, kohli was unreal 🏏
can't believe we lost to the kiwis again, gutted
arsenal fans in shambles right now 😂
mate your fantasy team is cursed
stop being such a drama queen it's only a hangover lol
you're a nutter, i love it
bloody hell that was close
oh shit i forgot it's your birthday, happy bday babe 🎂
damn girl, new haircut slaps
yo that meme killed me 💀💀
i'm dead 😂😂 stop
he's such a goof lol
i'm gonna murder this burger
let's smash this presentation tomorrow team 🙌
you're the worst and i mean that affectionately
lol get rekt noob (jk love u)
headshot! did you see that??
we're gonna destroy them on sunday, no mercy
bruh moment of the year
honestly so done with this week, pub?
that referee was blind as a bat tonight
bugger, missed the bus again
pissing it down, cancel everything
cheeky nandos anyone?
ok boomer 😂 (love you dad)
yasss queen slay
no cap this is the best pizza in the city
your cat is fat and i'm obsessed with him
shut up and take my money
lowkey want a nap
highkey obsessed with this song
these guys are trash at defending lol, how are we top 4
that was a hella good game, rematch tmrw?
fr fr that's crazy
sus af 👀
ngl i cried at the end of that movie
you're so extra lmao
cheers for the beers last night lads, my head is in pieces
pass me the vegemite ya galah
absolute scenes at the MCG 🔥
dude you're killing me with these puns
stop spamming emotes you clown 🤡 lol
nah yeah nah, can't make it
chuck us a text when you're home
she'll be right mate
arre yaar, why you never reply 😂
kya scene hai tonight? party at mine
chal bhai, let's go for chai
bas kar bhai, too much drama
that's sick bro, congrats!!
leg day destroyed me, can't walk
i could kill for a pizza right now
my boss is driving me nuts lol
we got wrecked in the final but what a season
cheeky bugger stole my chips
love you loser 💕
you're a bad influence and i'm here for it
omg stop i'm crying 😂
who wants to get absolutely battered in mario kart tonight
i'm literally dying of heat
bloody legend, thanks mate
lets gooooo 🔥🔥🔥
on my way, 5 mins
that was a fucking brilliant gig
holy shit i got the job!!!
what the hell happened last night lol
friday vibes 🎉
fuck me it's cold
omg you numpty, you sent that to the group chat
our keeper is a clown, love him though
sorry lads i got absolutely annihilated in that 1v1
he's a beast on the wing, can't be stopped
noob question but how do i craft the sword?
smurfing in bronze is cringe but hilarious
my ping is trash today, 200ms
rage quit lmao
i'm gonna carry you guys so hard tonight
the enemy team got clapped 😎
guild raid at 9, bring pots
lol imagine losing to a team of bots (it was us)
this game is so broken i love it
you're dead meat in the next round mate 😈 (it's laser tag don't worry)
touch grass? never heard of her
rip headphones, dropped em in my tea
who's winning the ashes, place your bets
bring on the derby, we're gonna batter them
salah is a GOD
the warriors are cooked this season lol
umpire's had a shocker
fair play, you earned that one
ugh mondays, am i right
i hate you (i don't, please bring snacks)
you dumb dumb, it's in your pocket 😂
my brother is such a pain, stole my hoodie again
we're a bunch of idiots but we're your idiots
shut the front door!! no way
piss off, that's amazing news!!
omfg the new season dropped
yeah nah that movie was crap
stop it you're making me blush
thank god that's over, drinks?
ayy congrats on the baby!!
deadass the best concert i've ever been to
bro ur gonna get destroyed in chess tonight 😂
first time climbing, absolutely knackered
me and the boys going for a curry, be jealous
can't stop laughing at your voice note
i'm so freaking tired
she's an absolute menace on the court 🔥
mate you're hopeless at darts, another round?
""")
