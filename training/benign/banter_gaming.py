"""Gaming and esports banter: in-game trash talk, team chat and tournament predictions."""

from __future__ import annotations

_TEXT = """
git gud
headshot my own teammate by accident, sorry Jake
I'm going to destroy you at Mario Kart tonight
blue shell on the final lap, the game hates me
gg ez (jk that was close, well played)
gg wp everyone
gg, rematch?
one more game then bed, I promise
the final circle was brutal, second place again
we got the chicken dinner!! 🐔
respawning in 5... 4... 3...
I'm carrying this whole squad on my back
who keeps stealing my loot 😂
stop camping in that corner and come out and play 😂
clutch 1v3 to win the round, I'm shaking
aced the round, is this the peak of my life?
my aim was a bit off tonight, blaming the new mouse
lag ruined my game, I was definitely going to win
who's up for some Valorant tonight?
Fortnite squad needs one more, anyone?
smurfing in bronze is crazy, give us a chance
ranked grind is real, finally hit diamond
demoted back to gold, back to the grind
the enemy team was cracked, nothing we could do
we threw that game so hard, still love you all
rage quit the puzzle level, going to come back tomorrow
that boss took me 47 tries, I'm finally free
Dark Souls is hard but so satisfying
just beat Malenia, I'm screaming
speedrunning Mario 64, shaved off two seconds
Pokemon cards: I pulled a holo Charizard!
shiny hunting for three weeks, finally got him ✨
Minecraft creeper blew up my house, rebuilding
team kill by a grenade, friendly fire is no joke
celebrating after one kill? enjoy it while it lasts 😂
your base is going down tonight, prepare yourself
Clash of Clans war starts in an hour, attack wisely
Among Us: I was the impostor and got away with it
sus emergency meeting lol
it was definitely red, red is sus
Smash bros night, I main Kirby and I'm not sorry
you'll never beat my Pikachu
FIFA on the ps5, winner stays on
you scored one lucky goal, that's all it was
I'll beat you at FC next time, mark my words
Rocket League: what a save! what a save! what a save!
calculated. (it was not calculated)
noooo the ball went in my own goal
Overwatch: stop picking DPS and heal me please 😭
the healer is carrying the whole team, give her a medal
tank diff, sorry guys
jungle diff ngl
mid gap, I take full responsibility
support gap, my bad
League of Legends tournament this weekend, wish us luck
T1 will win Worlds again, Faker is eternal
G2 have a point to prove at Worlds this year
Fnatic to win the split, I believe
CS2 major was insane, that clutch at the end
NAVI vs FaZe final, best of three, let's go
my Dota team got stomped but I had fun
TI prize pool is huge this year
esports night at the student union, free pizza
our uni team made the national finals!!
streaming Elden Ring tonight at 8 on Twitch, come say hi
hit 100 followers on Twitch, thank you all!
the chat is backseating my entire playthrough lol
subscriber goal reached, thank you legends
Hollow Knight is a masterpiece, the boss rush terrifies me though
lost my 100 hour save file, I need a moment
the final boss music gave me goosebumps
Stardew co-op farm is thriving, Priya did all the fishing
Animal Crossing turnip prices are 600 on my island, come visit
Tetris 99 win, I'm unstoppable
chess.com rating went up 100 points this month
blundered my queen in one move, classic
stalemate with 1 second left, what a game
board game night: I'm going to bankrupt everyone at Monopoly
Catan with friends, I'm hoarding all the wheat
Uno no mercy ruined friendships tonight 😂
Dungeons and Dragons session tonight, my bard is ready
rolled a nat 20!!! 🎲
rolled a nat 1 and fell off my horse
the DM is evil, in the best way
our party wiped against a goblin, how embarrassing
warhammer minis painted, the army is ready
lost my whole fleet in Stellaris, rebuilding
Civ 6: one more turn... it's 3am
the Sims drama in my household is better than tv
my Sims keep setting the kitchen on fire
Zelda puzzles have me stumped, no spoilers
Cyberpunk is actually great now after all the patches
Red Dead 2 is the best game ever made, no debate
GTA 6 trailer has me hyped
Hogwarts Legacy: finally got my broom
Call of Duty lobby is full of 12 year olds with better aim than me
got sniped from across the map, respect
that nade was a thing of beauty
no scope across the map, clip it!
clip it clip it clip it
did anyone see that? absolutely filthy play
my k/d is embarrassing but I'm having fun
bro played the whole game with a controller on a pc, legend
just a casual gamer, please be nice to me
Tekken 8 combos are melting my brain
Street Fighter night, I'm the Ryu menace
Kirby main, final destination, no items
Splatoon turf war, our team painted everything
Genshin gacha finally gave me the character I wanted
pulled my 50/50 and lost, pain
wordle in 2 today!! 🟩🟩🟩🟩🟩
wordle in 6, barely survived
connections today was brutal
crossword done before my coffee, feeling smart
the quordle nearly broke me
your Warzone squad doesn't stand a chance tonight
revenge match tomorrow, be ready
loser buys the pizza
we'll see who's laughing after the rematch
I'm coming for that high score
beat your time trial record by two seconds, sorry not sorry
I carried you through that raid and you know it
raid night, everyone be on by 8
wipe number six, let's try a different strat
finally downed the last boss, loot time
gear score is climbing, nearly ready for mythic
my guild is the best, love you nerds
the patch notes nerfed my main into the ground
buff my favourite character please devs
the new season battle pass is actually decent
just got my first ever victory royale!
respawn and try again, we've got this
noob mistake, I'll do better next round
I'm such a noob at this game, teach me
the tutorial was harder than the actual game
farming xp all evening
finally bought the expansion, see you all in a month
new graphics card, everything looks unreal
the fps is finally above 60, happy days
steam sale got me again, 12 new games I'll never play
backlog is at 84 games, send help
I'm going to crush you all at Mario Party tonight, prepare your stars
you stole my star with a Boo, I'll never forgive you (I will)
Smash tournament bracket is up, I'm coming for the trophy
my Link is unbeatable, it's been tested and proven
Rainbow Road is where friendships go to die 😂
get rekt (respectfully, good game)
that was a clean sweep, 3-0, better luck next time
you got lucky with that crit, rematch now
my team diff is real, carry me please
noob team vs pro team, somehow we won
we're going to climb the ladder this season, trust
grinding for that last achievement, 99% complete
speedrun world record fell today, what a run
the pro scene this year is stacked
esports final in Cologne was insane, the crowd was deafening
watching the Valorant Champions final with the squad
Sentinels are going to win Masters, I believe
Team Liquid to take the trophy, no question
the caster's call on that play was legendary
that was the best comeback I've ever seen in a grand final
the underdog team won the major, football manager style story
Fortnite Cup qualifiers tonight, wish me luck
I'm trash at this game but having the best time 😂
my friend keeps stealing my kills, thanks pal
ok who just threw a grenade at my feet 😂
accidentally sold my best sword to a vendor, noooo
hit the wrong button and jumped off the cliff, classic me
the NPC walked into my line of fire, not my fault
my character got stuck in a wall, immersive
bugged through the floor, game of the year
my horse in Red Dead keeps running off without me
got absolutely bodied by the tutorial boss
the final boss is a menace, I love him
this game's difficulty spike is unreal, I'm determined though
I'm the MVP tonight, someone take a screenshot
screenshot the scoreboard, I'll never top this
finally beat my brother at Tekken after ten years
my little sister destroyed me at Mario Kart, she's 7
dad still thinks he's the best at Pong, we let him win
rocket league with the cousins, total chaos
Fifa career mode: signed a 16 year old who's now the best player in the world
Football Manager save: took a non league team to the Champions League
one more match and then I'll sleep, I swear
turn-based strategy until 3am, the only way to live
the chess puzzle of the day took me 20 minutes, worth it
the new Pokemon game is out, goodbye social life
caught all 151, my childhood self is proud
"""

LINES: list[str] = [line.strip() for line in _TEXT.splitlines() if line.strip()]
