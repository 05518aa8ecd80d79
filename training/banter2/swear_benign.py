"""Swearing at situations, things, weather or oneself, as exclamation or celebration, plus sports and gaming hyperbole."""  # noqa: E501

from __future__ import annotations

_TEXT = """
holy shit I passed!!!
fuck yeah we won the league 🏆
fuck me it's cold this morning
this bus is fucking late again
exam was a bitch but it's done
pissing it down in manchester, what a shock
my mates are taking the piss out of my haircut and fair enough tbh
kicked ass at the gig last night, crowd was unreal
my team is shit this season, relegation incoming
that fox in the garden scared the shit out of me
no shit sherlock 😂 yes the pub is open on a friday
we murdered them 5-0 on sunday
this boss is killing me, 30 attempts and counting
I'm dead 😂😂 that video
destroyed that exam, feeling like a genius
bloody hell the queue at ikea is insane
damn this coffee is good
oh crap I forgot to defrost the chicken
shit shit shit I'm late for the train
fucking finally, the wifi works
what the hell is this weather, sun then hail then sun
the printer is a piece of shit and I hate it with my whole heart
my knees are fucked after that hike but the view was worth it
fuckin love this song
this pizza is so damn good I could cry
hell yeah payday
shit the bed, I overslept and missed my alarm
I'm so fucking tired, night all
bollocks, left my umbrella on the tube
crikey it's hot, 38 degrees in adelaide today
bugger, dropped my phone in the loo
stuff me, that roast was massive
god damn it, burnt the rice again
the traffic on the m25 is absolute shite
holy crap the northern lights are out tonight 🌌
fuck it, I'm ordering a takeaway
well shit, that plan didn't work
we got our asses handed to us in the semi final but proud of the lads
this essay is a pain in the arse
it's bloody freezing in this office, someone turn the heating on
the new update broke my laptop, fucking marvellous
stubbed my toe on the bed frame, motherfucker that hurt
oh hell no, spider in the bath
fuck this hill, my legs are jelly
the concert was fucking amazing, still buzzing
shitty day at work but pizza fixed it
I'm shit at cooking but I tried a risotto and it was edible
that was a shit film but the popcorn was good
my parallel parking is fucking atrocious
damn, I look good today 💅
monday can fuck right off
this heatwave is kicking my ass
absolute shitshow of a commute today, three trains cancelled
bloody brilliant news about your mum's scan, so relieved
holy fuck that goal in the 93rd minute
that last level absolutely wrecked me
we smashed the quiz, first place baby
we got battered 4-1, gutted
I'm dying at this meme 💀
that boss fight was brutal, took me all night
my fantasy team is dogshit this week
oh shit, happy birthday!! completely forgot the date, sorry
fuck yes, the test results are clear
I'm crap at darts but had a laugh
wtf is this price for a coffee, £5.40??
fucking hell, I've won the raffle
jesus christ that storm last night was wild
the roads are fucked after the snow, working from home
my back is killing me after moving house
this song slaps so fucking hard
pissed myself laughing at the panto
lost my voice screaming at the match, worth every second
bloody rain ruined the bbq, we ate indoors
arse, the shop's shut
sod it, I'm having dessert first
kill me now, it's only tuesday
my brain is fried after that exam
that test was a nightmare, I'm toast
I'm fucking starving, what's for tea?
the delay at heathrow is a joke, 4 hours and counting
this cold is kicking the shit out of me, bed all day
absolutely shat myself on that rollercoaster
hell of a match, both teams played brilliantly
my car's making a shit noise again, garage tomorrow
good god, the price of eggs
fuck me sideways, I've got the job
lmao I'm so shit at this game
the rain here is fucking biblical
we annihilated the opposition at netball today 🏐
the sequel is shit compared to the first one
piss poor weather for a wedding but they looked so happy
my hangover is fucking biblical today
whoever invented alarm clocks can go to hell lol
I spilled coffee all over my keyboard, for fuck's sake
damn son, that burger was massive
that's bullshit, the shop ran out of the good croissants
ahh crap, left my lunch at home
hell yeah, three day weekend
gonna be a shit hot summer by the looks of it
I'm a shit driver in the snow, taking the bus
this fucking hoover has died on me
the cat just puked on my shoe, cheers mate
fuck, that sunset is gorgeous
holy shit, 10k steps before 9am
my phone battery is shit, always dies by lunch
feeling shit today, bit of a cold, staying in
the new season of that show is fucking incredible
fucking hell, the drive to cornwall took 7 hours
dayum, those abs didn't come from nowhere, proud of my gym progress
got absolutely fucked up by the flu, finally better
ah shit, here we go again, exam season
I'm so fucking proud of myself for finishing the marathon
we slaughtered them in the pub quiz, 48 out of 50
goddammit my code doesn't compile
kicked the shit out of my PB at parkrun today
we demolished the buffet, zero regrets
this traffic jam can kiss my ass
nailed it, first time making bread and it didn't suck
the cricket is shit today, rain stopped play again
my sleep schedule is totally fucked
bloody hell the kids have been up since 5
jeez the wind is strong, bin went flying
oh for fuck's sake, the dishwasher's leaking again
the uni wifi is a total piece of crap
we fucking did it, house keys in hand 🔑
holy moly, the snow is a foot deep
that horror movie scared the crap out of me
shit just got real, first day of my new job tomorrow
fuckkk I'm nervous for the interview
bro I'm so fucking happy rn
that was a bitch of a climb, summit photo incoming
goddamn it's humid in mumbai today
pissing rain in sydney, spring my arse
holy shit, the kid learned to ride a bike in one afternoon
that lasagne is the shit, recipe please
bollocks to the diet, it's christmas
bastard of a pothole took out my tyre
fucking love a bank holiday
the bins smell like absolute shit in this heat
my laptop fan sounds like a fucking jet engine
shit on a stick, I forgot to submit the form
fuck me the view from the top is unreal
screw this weather, staying in with soup
I'm knackered, done fuck all today and still tired
the ref was shite but we still won
we got crushed in the final but what a season
this game is so fucking hard but I love it
wrecked my legs at leg day, can't walk
hell yes, the bakery has cinnamon buns today
I suck at drawing but I'm having fun with it
we absolutely killed it at karaoke
gutted, shit result, we go again next week
fuck the alarm, it's saturday
I laughed my ass off at that stand up show
my plants are dying and I have no fucking idea why
oh damn, it's snowing in april
that's fucking awesome news, congrats on the house
the damn car won't start again
my handwriting is shit but my notes are thorough
crap, my train's been cancelled, getting a cab
the movers were bloody fantastic, sorted in 2 hours
I made a shit ton of chilli, come over
the heat is fucking unbearable in delhi this week
rain's bucketing down, pissing wet through
man I'm so shit at waking up early
this new keyboard is fucking glorious
what the fuck, the shop gave me extra change back, took it back obviously
I fucked up the recipe but it still tasted nice
hella tired after the night shift
holy hell that's a big spider
son of a bitch, I locked myself out
my wisdom tooth is killing me
kill me, it's only the first day of the diet
we're so fucked for the deadline, pulling an all nighter
holy shit the baby said mama today 😭
fuck off mother nature, it's june, why is it 11 degrees
this printer can get fucked, going to the library
I got so fucking lucky with the weather on holiday
oh shit it's friday!! pub?
my body is wrecked after the festival
that lecture was fucking boring, nearly fell asleep
my hair looks like shit today but whatever
my sourdough starter died, RIP you bastard
christ on a bike, the energy bill
the queue for the loos at glasto was hell
I'm dead tired, early night
absolutely shitting it about my driving test tomorrow
it was a shit year but we made it through together
who the fuck puts pineapple on pizza, I do, it's great
I'm shite at maths but I passed, get in
get in!! we scored 🔥
that boss just one shot me, what the hell
my broadband is a joke, dropping every hour
crap weather, good company, great weekend
oh bugger, I've left the hob on, running back
my wee lad's football team got stuffed 9-0 but they had ice cream after so all good
we played like shit but nicked a draw
I'm so shit at saving money, payday can't come soon enough
fuck yeah, new trainers arrived
jfc the tube is hot today
we got rinsed at bowling but the nachos were good
the match was a bloodbath, 45-3 to us
shit, I'm out of milk
bro this tutorial level is kicking my ass
the sprint was a fucking nightmare, glad it's over
that's a fucking beautiful goal, worldie
I smashed my deadline for once
fuck, I left the washing out in the rain
this headache is a bastard, lying down
damn, this chai is perfect
the auto driver took the scenic route, bloody hell 45 minutes
the monsoon is fucking mental this year, roads flooded
it's hot as balls in brisbane
bugger me, the servo's out of pies
the wifi at the hostel is shit but the beach makes up for it
hell of a day, glad to be home
fuck it, let's book the trip
holy crap I didn't know you could do that in excel
my cat is such a little shit, knocked my plant over again, love him
I'm fucking useless at assembling furniture, help
holy shit, grandma's 100 today!!
knocked it out of the park at my presentation
we trounced the other team, 3 nil
that finale killed me, I'm not okay
I'm done for, bed
damn autocorrect, I meant duck
the dog rolled in fox shit again, bath time
what a shit show, the concert got cancelled last minute
I can't believe this shit, the flight got upgraded for free!
shit yeah, let's do it
no shit sherlock, of course it's raining, it's glasgow 😂
lol no shit, the bakery closes at 4 on sundays, we'll go tomorrow
we absolutely massacred the pub team at five a side, 11-2, drinks after
ranked is killing me today, lost six in a row, taking a break
that raid boss annihilated our whole squad, round two tomorrow night?
our keeper was a beast, saved two pens, we fucking won on penalties!!!
I'm deceased, the dog tried to catch a bubble and fell in the pool 💀
the speedrun is killing me, so close to sub 20
we got slaughtered 6-0 but the under 9s had the best time
mate the lads destroyed them in the second half, proper performance
the sunday league ref was blind as fuck but we had a laugh
crashed and burned on the final question, 2nd place at quiz night
holy shit the new zelda is so good, I haven't slept
I died laughing at my own typo in the team email
the last 20 minutes of that film wrecked me emotionally, bawling
that maths paper was brutal, everyone came out looking shell shocked
we crushed the charity bake sale, raised £600
fucking yes!!! test match saved, what a knock 🏏
ipl final was insane, my heart can't take it
kohli was on fire today, absolute beast mode
the aussies smashed it at the cricket, what a day at the MCG
origin was brutal this year, what a game
bloody oath, best pie at the footy I've ever had
crikey that storm knocked the power out, candles and board games tonight
yaar this traffic is killing me, stuck for an hour on the flyover
the power cut in the middle of the match, bloody hell
arre damn, forgot to book the tatkal ticket
the chemistry paper was a bitch, but I think I passed
fuck me, I just saw a kangaroo at the petrol station
hot as hell in phoenix, my car's steering wheel is lava
damn this thunderstorm is loud, dog's hiding under the bed
the subway is fucked again, walking to work
hell of a commute this morning, but sunrise over the bridge was gorgeous
shit weather in dublin again, grand, I'll bring a coat
feckin freezing out, bring gloves lads
the craic was fucking mighty last night, my head hurts
the kids trashed the living room but they had the best birthday
I look like shit in every passport photo, it's a law of nature
I'm such a fucking idiot, I put my phone in the fridge
honestly I'm a dumbass, I booked the hotel for the wrong month, fixed now
I'm a mess today, barely slept, send coffee
I was a total bitch to myself about that mistake, my therapist says be kinder, trying
oops, I'm an absolute tit, I replied all to the whole company
can't believe I fucked up the easiest question, ah well, still passed
I played like a donkey today, shite touch, we'll go again
my cooking is absolute garbage but the kids ate it
my french is crap but the waiter was lovely about it
holy shit, the dog learned to open the fridge
bloody hell you scared me, didn't hear you come in 😂
fuckin hell lads, we're going to wembley!!
damn straight we're celebrating, book the table
oh shit, new series dropped, cancel my plans
that's some good shit, the new album is a banger
what a shitty week, thank god for friday and my sofa
this new phone is bloody brilliant, camera is unreal
slipped on ice and landed on my arse, I'm fine, pride is not
wet as fuck out there, mind how you go
the gym was hell but I feel amazing now
fuckity fuck, the cake sank in the middle, adding more icing
my uber got cancelled three times, fuck this city sometimes, still love it
the council's roadworks are a fucking joke, been dug up for months
ugh damn it, the café's out of oat milk
the stupid bloody parking machine ate my coin
we got wrecked by the weather on the ferry, everyone was sick, great holiday though
that gig scared the shit out of my ears, still ringing, 10/10 would go again
our team got its ass kicked in the charity match but raised loads
this essay is kicking my arse, three days till deadline
my tomatoes are shit this year, too much rain
the surf was fucking epic this morning at bondi
I'm buggered after the bushwalk, cold beer please
"""

LINES: list[str] = [line.strip() for line in _TEXT.splitlines() if line.strip()]
