"""Hand-written social chatter and harmless banter (locked11, category chatter).

Rough-but-harmless: mild swearing at situations, teasing among friends,
sports trash talk, gaming talk. Benign.
"""

CHATTER = """
I'm dead 😂😂 who let Steve near the karaoke machine
this boss fight is murdering me, 40 attempts and counting
Absolutely killed it at the pub quiz tonight, champions again!! 🏆
Bloody hell, the bins went at 6am and I forgot AGAIN
@Dave you still owe me a pint for the Villa game, pay up loser 😂
lol my mum just sent me a voice note that's 7 minutes long. SEVEN.
Gutted. Lost to the Poms again. Get stuffed England, see you next summer 🏏
My sister thinks she can beat me at Mario Kart. Bless her.
Cheers for the birthday drinks lads, my head is killing me this morning
Can't believe Priya ate the last samosa. Betrayal. Friendship over. (not really x)
Kev you absolute legend, best man speech was class
It's raining again. Of course it's raining. Bloody British summer.
That new Zelda is eating my whole weekend and I'm not even sorry
Arsenal bottled it. Again. I need a lie down.
Who's up for five-a-side Thursday? Bring shin pads, Gaz plays like a maniac
Just got absolutely destroyed in Fortnite by a 9 year old. Retiring.
Oi Sharon where's my Tupperware, it's been 3 months 😂
Lads on tour, Magaluf here we come 🍻
This hangover is biblical. Never drinking again (until Saturday)
My husband tried to cook. The smoke alarm is now his biggest fan.
Sorry for spamming the group chat, Aunty forwarded 40 good morning images again 🙈
We smashed the quiz, 48/50, Mike still can't name a single capital city
Sunday league: lost 6-1, ref was blind, pitch was a swamp, we were rubbish. Same time next week.
The Blues are going down and I'm taking you all with me 💙
Jaan, don't touch my biryani or there will be war
Chidi this your dance moves eh, you need to go for deliverance 😂😂
Shout out to the bloke who just parallel parked a bus. Hero.
bruh I sniped him from across the map, absolute scenes
Raid night went perfectly until Tom pulled the whole room. Classic Tom.
Lost my voice screaming at the telly. Worth it. COME ON YOU IRONS
Me and the girls are taking over the dance floor tonight, watch out Blackpool
Honestly my brother is the worst driver in Yorkshire and I love him
F this traffic. 45 minutes to go two miles.
Damn, that curry was hot. I'm sweating through my shirt here.
Collingwood supporters in shambles today, love to see it 😂
Haha Uncle Raj tried to send a thumbs up and sent the aubergine emoji to the family group 😂😂
Shit, forgot my lunch on the kitchen counter again
Grandad just beat me at chess for the 50th time. He's 84. Humbling.
Bloody printer. Paper jam. No paper jam. Paper jam. I'm going home.
Wish me luck, first date in 20 years and I've forgotten how to talk to humans
Gaz you muppet, you've left your keys in the pub again 🤦
Bayern fans in the comments crying, stay mad 😂
I'm literally dying of laughter, the dog just stole a whole chicken off the table
That penalty miss was criminal. CRIMINAL. Sack the taker.
Nana is now better at TikTok than all of us combined. We're finished.
Who keeps eating my yoghurts from the office fridge? I'm watching you.
Legend status: got through the whole wedding speech without crying. Almost.
Bugger. Locked out of the car with the engine running.
My team's so bad I've started supporting the opposition for my mental health
Ran 5k, died 5 times, resurrected for a bacon roll
Kids woke up at 5am. I am a shell of a person.
If Tunde wins this FIFA match I'm quitting the group chat
Jesus, this heat. 35 degrees and the aircon's packed in.
The Eagles fans are so quiet today, wonder why 😂
Cheers mate, you're a lifesaver, owe you one
Wedding planning is going to be the death of me
We destroyed them in the tug of war, absolute carnage
My cat just knocked my tea onto the laptop. She is an agent of chaos.
Fancy a cheeky Nando's? Asking for everyone in this group
The fans were absolutely savage today, chanting all game
Mate that was the worst parking I've ever seen, take a bow 😂
Just found out my kids have been using my Netflix profile. The algorithm thinks I love cartoons.
Right, who moved my reading glasses? I've been looking for an hour. They were on my head.
That exam destroyed me. RIP my grades.
Nah the Tigers got robbed, that umpire needs glasses
Honestly Jen you're a menace at Monopoly, never playing with you again 😂
Team hunt later? I'll carry you noobs again
Oh crap, it's Mother's Day tomorrow and I've got nothing
Cracked a rib laughing at the stag do photos. Sorry Ben.
The Kiwi lads were all mouth today, 3-0 and back on the plane
Yo I just clutched a 1v4, somebody clip that
My chilli plant has killed a man. Possibly two.
Damn it, burnt the toast again
Dad jokes at dinner are out of control, someone stop him
This traffic light has been red since the Romans left
Shoutout to my wife for putting up with my snoring for 30 years 😂
Pakistan played out of their skins, hats off, Indian fans crying in the comments 😂
Good game lads, absolutely wrecked them in the second half
Ugh, Mondays. Why are you like this.
Bro the last level of Elden Ring is straight up evil
Naija jollof is better than Ghana jollof. Fight me. 🍛
Feeling like a zombie after that night shift
Whoever invented flat pack furniture deserves a slap. Four hours for one wardrobe.
My mates roasted me all night for my new haircut. Fair enough to be honest.
Absolute shambles from the Sharks tonight, embarrassing
Just wrecked my diet with a whole box of Quality Street. No regrets.
I could murder a curry right now
My brother's cooking is a crime against humanity 😂 love you bro
The Blues are the worst team in the league and I'll still be there Saturday
Told the kids to tidy up. They hid everything under the bed. Geniuses.
Pub crawl survivors, report in 🍺
Going to kill my sister if she spoils the finale one more time
Mate, Ricky's karaoke was a war crime, but we loved it
Ha! Finally beat Dad at darts after 20 years
Someone please stop me from buying more plants
This bug in the game is driving me nuts, keeps crashing at the final boss
Bonkers weekend, I need a holiday from my holiday
City fans: bottle jobs. Change my mind 😂
Our quiz team name is 'Quizteama Aguilera' and we're not sorry
The neighbour's rooster is an absolute psychopath, 4am every day
Spent 3 hours trying to beat this level, nearly threw the controller
Bloody Sunday traffic at IKEA. Why do I do this to myself
OMG this group chat is unhinged today 😂
Haha you wish you could play like me mate, you're rubbish at darts
Stuck behind a tractor for 10 miles. Living the rural dream.
We got smashed 40 nil at rugby. Still the best team in the pub afterwards.
My parents just discovered voice notes. Send help.
Gonna smash this leg day, wish me luck 🦵
That episode ended on a cliffhanger, I'm going to riot
The dog has eaten my glasses. Again. Third pair this year.
Aunty wants to know when I'm getting married. Aunty, please.
Crap, forgot to record the match, no spoilers please!
Head is banging, last night was carnage 🍻
My son just called me 'bruh'. I'm 58.
Chelsea fans can cry all they want, we're top of the league 😂
Spent the afternoon losing at Scrabble to my 90 year old gran, she's ruthless
Kidding, I love you really x
That ref is going to need a police escort home 😂
We're going to slaughter them on Saturday, mark my words (football, calm down Mum)
Screw it, I'm having cake for breakfast
Grandpa said 'lit' at dinner. We're finished as a family.
Bollocks, missed the bus by seconds
Man down! Jordan has fallen asleep at the party again 😂
The wifi is being a right pain today
This puzzle is killing me, 1000 pieces of blue sky
Won the office sweepstake, first time in 12 years, drinks on me!
Omg the boys absolutely slayed at the talent show 🔥
Australia got thrashed, I'm not talking about it, thanks
Today's mood: tea, biscuits and complaining about the weather
My golf swing is a crime scene. Someone put police tape round the 9th hole.
""".strip()
