"""Sports, gaming and competition hype: chokes, comebacks and friendly trash talk."""

from __future__ import annotations

_TEXT = """
2-0 up at half time and we lost 3-2. classic us. I need a lie down
what a comeback!!! from 3 down to win on penalties, I've lost my voice
Arsenal bottling the league again, I'm used to it by now
Liverpool fan, don't talk to me till Monday
Spurs gonna Spurs
we are staying up!!! survival Sunday delivered
my fantasy football team is a crime scene this week
captained Haaland and he got injured in the warm up. typical
Ireland beat the All Blacks!!! Dublin is going to be loud tonight ☘️
Six Nations weekend, the living room is reserved for rugby
England need 40 off 18 balls, I can't watch
Virat Kohli century, the stadium is shaking 🏏
IPL auction had me shouting at my telly
Bumrah's yorker is a work of art
The Ashes are back! Set the alarm for 11pm
AFL grand final, Collingwood or bust 🖤🤍
State of Origin night, Queenslanders don't @ me
Super Eagles qualified for AFCON! Naija no dey carry last 🇳🇬
Super Falcons are world class, pay them properly
Go Dawgs! College football Saturday is sacred
NBA playoffs and my Knicks are giving me heart problems
LeBron is still doing this at 40, unreal
Baseball season starts, hot dogs and heartbreak
Stanley Cup final game 7, I haven't sat down in an hour
GAA all-Ireland final, the whole county is painted in our colours
hurling is the fastest sport on grass and I'll prove it
Wimbledon fortnight: strawberries, rain delays, five-set thrillers
Alcaraz vs Sinner is the rivalry of the decade
Darts at the Ally Pally, 180!!! what a night
snooker final went to the last frame, my nerves are gone
Tour de France stage 17 up Alpe d'Huez, absolute legends
parkrun PB this morning! 24:31, three weeks of training paid off
Ran my first marathon, 4h52, legs are jelly, heart is full 🏃‍♀️
half marathon training, week 6, my toenails are leaving me
Boxing on tonight, predicting a knockout in the 7th
UFC main event was a war, respect to both fighters
my five-a-side team finally won a game, first time since March
Sunday league heroics, scored a header with my face
refereeing under-10s is the most dangerous job in football
I'm going to absolutely smoke you at padel tomorrow, bring tissues
my mate thinks he can beat me at table tennis. the delusion
Loser buys the pints, them's the rules
Golf today: 112 shots and one glorious birdie
Netball finals, our GA was unstoppable
Olympic weightlifting, hit a 100kg clean and jerk finally
swim meet this weekend, going for a sub-30 50m free
Skiing in the Alps, fell over 14 times, had the best week
Surfing at Bondi, wiped out spectacularly, still stoked
Horse racing at Cheltenham, my £2 each way came in at 20/1!!
Grand National sweepstake at work, I drew the favourite!
Motogp at Mugello this weekend, Bagnaia on home soil
Gaming night: we choked the Valorant match at 12-12, still love the team
Just got ratio'd in Rocket League by a twelve-year-old. respect
Elden Ring DLC beat me 63 times, I beat it once. I win
Speedrun world record attempt tonight, stream starts 8pm
We made top 8 at the local Smash tournament! Controller still sweaty
Lost in grand finals but I'm proud of how far we came
Street Fighter 6 ranked: Master rank achieved, my thumbs hurt
bro really thought he could beat me in FIFA, 5-0, go back to training
My mate plays Mario Kart like he's got a vendetta against me
Chess club night, I got mated in 12 moves. humbling
Chess tournament at the library, won my section!
Esports final in Katowice, Navi vs FaZe, no sleep tonight
League of Legends Worlds, T1 are on another level again
we will get them next time, the throw was legendary though
Choked a 4-1 lead in Warzone finals. I'll be thinking about it for weeks
Among Us with the cousins, my little sister lied to my face so well
Fortnite victory royale with the boys at 2am 🎉
Minecraft Hardcore day 500, still alive, still paranoid
Nobody beats my nan at bingo. Nobody
Pub quiz champions three weeks running! the trophy is a plastic duck
Quiz team name this week: Quizteama Aguilera
Monopoly ended friendships in this house, we've banned it
Trivia night: we came second to a team of librarians. fair
Our darts team won the league, drinks on the captain
Tug of war at the village fete, we pulled the farmers over!
Sports day dad race, I pulled a hamstring but finished 3rd
Finally beat my brother at Tekken after 15 years of losing
Gonna cook you at Smash tonight, prepare yourself 🔥
Told my mate he's washed at FIFA. he's washed
My bowling score was 87, I'm retiring
I'll carry the team tonight, you just bring the snacks
World Cup sweepstake drawn, I got Japan, feeling good
Euros final, penalties again, why do we put ourselves through this
Red card in the 89th minute, chaos at the Bernabéu
Messi's last dance, I'm emotional
Ronaldo still scoring at 40, incredible discipline
Women's Euros champions!! Lionesses forever 🦁
Caitlin Clark is box office
Underdog story of the season, Leicester vibes
Relegation battle going to the final day, I can't handle this
Promoted! 20 years of pain and we're finally up
Cycling club Sunday ride, 60 miles and one cake stop
Rowing regatta this weekend, 5am starts are brutal
Climbing comp: topped 6 of 8 problems, absolutely buzzing
Jiu-jitsu blue belt today after 2 years of getting squashed
Karate grading passed, black belt at 52!
Team won the pub league pool final, pure scenes
Gaelic football quarter final, Kerry are flying
My nephew nutmegged me in the garden and hasn't stopped talking about it
we lost the quiz by half a point over the capital of Burkina Faso. Ouagadougou, I know now
"""

LINES: list[str] = [line.strip() for line in _TEXT.splitlines() if line.strip()]
