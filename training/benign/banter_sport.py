"""Sports banter: predictions, rivalries, fantasy leagues and matchday chat, never abusive."""

from __future__ import annotations

_TEXT = """
Kohli's gonna smash your bowlers all over the park
we'll flatten you on saturday, mark my words
3-0 to us, I'm calling it now
your lot haven't won away since the 90s, just saying
Arsenal bottling it again, never change
Spurs fan here, suffering as usual
Liverpool to win the league, you heard it here first
City are a machine, no one's stopping them this year
can't believe we lost to a team in the relegation zone
that penalty was never a penalty, VAR strikes again
the ref needs a new pair of glasses
what a strike! top bins 🔥
Saka is on another level this season
Haaland will score a hat trick, easy money
Bumrah's yorkers are unplayable, poor batsmen
India to win the series 3-1, no debate
the Ashes are coming home, Australia won't know what hit them
Aussies will walk this one, sorry lads
Bazball is either genius or madness, no in between
Proteas are going to make the final this time, I can feel it
the Springboks are unstoppable, bring on the All Blacks
Ireland are going to beat France, the Aviva will be rocking
Super Eagles to qualify, no doubt
AFCON final, whole street is watching, what a night
Bafana Bafana did us proud tonight
the Matildas have the whole country watching
footy on at the pub, whose round is it
State of Origin tonight, Queensland all the way
Blues are going to win Origin this year, calling it
the Kiwis will never beat us in the rugby, keep dreaming
your team's defence is made of cardboard
United fans, how we feeling? 😂
Chelsea spent a billion quid and still can't score
we're top of the league, say we're top of the league
relegation six pointer on saturday, nervous doesn't cover it
season ticket renewed, another year of heartbreak
my fantasy team is a disaster, captained a defender who got injured
top of the fantasy league this week, bow down
fantasy league banter: I'm coming for your top spot, Dev
wildcard played, let's see if it pays off
benched Salah the week he scored a hat trick, classic me
my fantasy goalie just let in five, I'm done
transfer deadline day is better than christmas
Dream11 team ready, Rohit as captain
IPL auction was mental, RCB spent big again
CSK fans are never quiet, I respect it
Mumbai Indians to win it all, you'll see
RCB fans: this is our year. every year
Dhoni finishing it off with a six, of course he did
the Test match went to the last over, what a sport
rain stopped play again, cricket in England in a nutshell
we're 45 for 6, I'm turning the telly off
we got bowled out for 180, the bowlers better do something special
the commentator just called it "a bit of a collapse" 😂
Max is going to win the championship again, it's inevitable
Lando deserves a win, come on McLaren
Ferrari strategy department at it again
Lewis will win an eighth title, mark my words
the Grand Prix was so boring I fell asleep, woke up for the podium
Alcaraz vs Sinner is the best rivalry in tennis right now
Wimbledon fortnight, strawberries and shouting at the telly
Djokovic will win another slam, you'll see
Serena is still the greatest of all time, not up for debate
LeBron is the GOAT, don't even start with me
Celtics are winning it all this year
my Lakers have broken my heart again
Steph Curry from half court, unreal
Chiefs to win the Super Bowl again, sorry to everyone else
the Eagles are going all the way
Yankees vs Red Sox tonight, bring it on
the Dodgers are cruising, nobody can touch them
Broncos are going to surprise everyone this year
Collingwood fans are very loud today, can't blame them
Carlton are going to win the flag, trust me
the Swans are flying this season
the Dubs are going for five in a row, no one can stop them
Kerry will win Sam Maguire this year, book it
the hurling final was the best match of the year
Munster will beat Leinster at Thomond, no question
boxing on tonight, AJ by knockout in the 3rd
AJ is going to win, stop overthinking it
my darts predictions are always wrong but here we go again
Luke Littler is a prodigy, what a talent
snooker final going to the last frame, can't look
the Tour de France is a soap opera on wheels
Pogačar is on another planet
golf is just a walk with stress
Rory's going to win at Augusta this year, he's due
that putt was criminal, so close
Grand National sweepstake, I've drawn a horse called Biscuit
netball final, Diamonds vs Ferns, this is going to be close
women's football is so good right now, the Lionesses are class
Chloe Kelly's penalty, I'll never forget where I was
we're on a 10 game winning streak, don't jinx it
don't say it, you'll jinx us
I'm not superstitious but I'm wearing my lucky socks
same shirt every game day, it's not washed, it's luck
ref, you're having a mare!
the ref has lost the plot today
offside by a toenail, modern football is wild
VAR checking a goal for six minutes, I've aged
extra time, my heart can't take this
penalties, my nails are gone
we won on penalties!!! scenes!!!
get in!!! what a goal!!!
YESSSSS last minute winner
that's the worst miss I've ever seen, my nan would have scored
our keeper's having a blinder
Messi's still got it, the magic never leaves
Ronaldo at 40 is still fitter than me at 25
who's your pick for the ballon d'or?
your club's fans are the loudest in the league, fair play
fair play to your lot, you were the better team today
good game, you deserved the win
gutted, we played well but it wasn't our day
respect to the opposition, they played brilliantly
hands up, we were rubbish today
back to the drawing board for us
sack the manager! (jk, give him one more season)
new signing looks sharp, could be a bargain
loan signing is already a fan favourite
the kit this season is gorgeous
bought the new home kit for the whole family
going to my first away day, train booked
first match at the new stadium, the atmosphere was electric
that chant is going to be stuck in my head all week
derby day, the whole city is split down the middle
north london is red, sorry to my spurs mates
the city is blue today, sorry to the reds
sunday league: we lost 7-2 but the half time oranges were excellent
my under 9s beat the top team today, proudest coach ever
we need a striker, any striker
our midfield has gone missing, someone call the police
the transfer window is closing and we've bought nobody, typical
rugby sevens in Dubai, what a weekend
the Lions tour is going to be epic
Wales have the best anthem, not even close
France's flair is something else, what a try
All Blacks haka gives me chills every time
England to beat Scotland in the Calcutta Cup, easy
Scotland are coming for you, England, be afraid
six nations weekend, beers and rugby
we're going to hammer you lot in the quiz this week
our pub team is going to wipe the floor with yours
bowls club tournament on sunday, the competition is fierce
my grandad is still the best bowler in the village
chess tournament this weekend, I'm going to checkmate the lot of you
the Olympics have me pretending I know about dressage
Keely Hodgkinson is a superstar, what a run
world cup fever has taken over the office
office sweepstake: I've got Brazil, winning money already
our team's form is a rollercoaster, I need a lie down
champions!!! we did it!!! 🏆
three points, a clean sheet and a pie, perfect saturday
my dad has supported the same team for 60 years through thick and thin
you'll never walk alone ❤️
come on you Irons!
up the Blues!
COYS, always believe
Forza Juve!
Hala Madrid!
Visca Barça!
Allez les Bleus!
go Sharks!
come on the Rabbitohs!
come on Ireland!!
olé olé olé
we're going to beat you lot so badly on saturday, bring tissues
prediction: 2-1 us, late winner, absolute scenes
your keeper couldn't save a text message, sorry mate 😂
next season is our season, I say that every season
my team is in a title race and I don't know how to act
playoff final at Wembley, I can't breathe
our left back has turned into prime Roberto Carlos
we're flying this season, dare I say it
the league table is a thing of beauty this morning
that volley deserves to be in a museum
the header from the corner was textbook
tiki-taka at its finest, what a team goal
parking the bus for 90 minutes and getting a point, sensible
the goalie came up for the corner and scored!! football is unreal
Pakistan will chase this down, Babar's in form
Shaheen's opening spell will blow your top order away
Sri Lanka are the dark horses of this tournament
the Windies are back, what a win
Afghanistan have been the story of the tournament, brilliant cricket
New Zealand always sneak into the semis, every single time
a double century on debut, unreal
the spinner took five wickets before lunch, the batsmen had no clue
that catch on the boundary was ridiculous
DRS saved him, what a review
super over!!! I can't watch
your bowling attack is going to get smashed to all parts
last ball, four needed, this is why we watch sport
the Kiwis will walk the rugby world cup, too good
Japan beating South Africa in 2015 still gives me goosebumps
Fiji sevens are pure magic to watch
Leinster's scrum is going to eat yours alive
the Wallabies are rebuilding, give them a couple of years
the NRL grand final is going to be a cracker
Richmond have turned it around, never write them off
the Bulldogs are going to upset someone this weekend
the Knicks are finally good, I'm scared to believe it
Warriors in six, I'm calling it now
Jokić is a basketball wizard
the Pats era is over, time to move on
Mahomes is going to throw for 400 yards, bet
Bills mafia ready for the playoffs
the Cubs are breaking my heart yet again, love them anyway
the marathon world record is going to fall this year
Dina Asher-Smith is going to smash it in the 200
Tadej vs Jonas on the final climb, tour de France at its best
our rowing club took gold at the regatta, proud
the Gaelic football final was a classic, Dublin hung on
Tipperary will win the hurling, lads, trust me
the Nations League final is on, whose house are we watching at
derby day banter in the office is at an all time high
"""

LINES: list[str] = [line.strip() for line in _TEXT.splitlines() if line.strip()]
