"""Benign: the words and shapes of threats used harmlessly.

Friendly warnings, plans to meet at homes, schools and workplaces, sport and game trash
talk, neighbourly notes, jokes between friends, pets and routines, crime news and fiction.
"""

from __future__ import annotations

_TEXT = """
careful driving tonight, the roads are proper icy
see you at the school gates at 3, i'll have the little one's coat
you're going down in the final on saturday 😤⚽
i'm coming for your high score, enjoy it while it lasts
i know where you live so expect a lasagne on your doorstep sunday 😂
nice car! shame about the parking job though lol
enjoy your last weekend before the new job starts, you've earned it
delete that photo of me at the wedding or else i'm posting your karaoke video 😂
people like you end up running the company one day, proud of you
say hi to your mum for me, tell her the scones were amazing
wait till i get my hands on that new zelda game
you won't even see me coming on the last lap, i've been practising
sat outside your office, come down when you're free for lunch
left your parcel behind the bin, hope that's ok, blue door right?
your cat's been sleeping in my greenhouse again 😅 she's welcome
found your dog on our street, he's in my kitchen eating ham, come get him
remove me from the mums whatsapp pls, my phone hasn't stopped since monday
you've got 24 hours to enter the raffle, winners drawn friday
sleep with one eye open, the baby's teething again 😩
tick tock, the countdown to christmas is on 🎄
check under your car before you drive off, the neighbour's cat hides there in winter
last warning: the bins go out tonight not tomorrow this week
count your days till retirement now mate, 42 to go 🎉
mark my words, arsenal win the league this year
see you after school for football practice, bring your boots
pay me back whenever, no rush at all
lovely garden! what's the climbing rose by the door called?
this is your final boarding call for flight BA284 to edinburgh
your time is running out to claim your free coffee, ends sunday ☕
the lock on your back gate is broken btw, want me to have a look at it?
you should close your curtains, the afternoon sun is fading your sofa
tell your sister the park run starts at 9 not 9:30
accidents happen, don't worry about the mug, it was from ikea
whatever happens in the exam, i'm proud of you
you're not safe from my tickle attacks, little man 😂
i'll be at your graduation, front row, crying my eyes out
you've got until friday to hand in the permission slip for the zoo trip
keep messaging me memes at 2am and i'll stop sleeping altogether
next time you see me i'll have a new haircut, be nice
one more word about my cooking and you're doing the dishes 😂
wouldn't want you to miss the bus, it leaves at 7:50 sharp
your name, your table number and your meal choice are on the place cards 💍
i know what your wife drives, is that her golf blocking my drive? no worries, just ask her to move
u better watch the match 2nite, it's gonna be mad
ur house is the one with the red gate innit? got your birthday card here
i dey come your house this evening with the jollof, make una wait for me
i know where your shop dey for ikeja, i go come buy shoe saturday
i will come to your pg tonight only, bring the notes for exam
tell your father also, we are inviting him to the function
mate i know your ute, saw it at bunnings, you got a new bull bar?
careful walking home past the servo tonight, the footpath's flooded
your son's class photo came out lovely, he's got his dad's grin
i have screenshots of the recipe, sending them over now
apologise to your brother and then you can have dessert
the video of you falling off the paddleboard is going in the wedding speech 🤣
your shift finishes at 11? i'll pick you up, the car park's dark
your nan is the sweetest, she gave me three biscuits and a fiver
go on, report the pothole to the council, they'll fix it eventually
i'll be waiting by your car after work with the keys you left in the office
nice house! the new porch looks fab
bet your insurance covers hail damage, worth checking after last night
don't come back to work until you're better, we've got it covered
your career is just starting, you're going to do amazing things
saw your little girl at the park today, she waved at me so cute 😊
your wife's salon on church street did my hair, ten out of ten
what time does your boy finish football practice? i can drop him home
sweet dreams, speak tomorrow 💤
hope you said goodbye to everyone at leaving drinks, they'll miss you
last chance to sign up for the five-a-side league, 8 spots left
drop the sofa round whenever, my kids will be thrilled
pay up losers, the fantasy league winner gets the pot 😎
you're going to find out who the murderer is in episode 6, no spoilers
people who run their mouths in fantasy football end up bottom of the table
remember what happened last time we played monopoly? no banks this time
ppl like u make the office bearable honestly
i'll be in the stands at your match saturday, number 8 right? bringing a banner
the school run is chaos at 8:40, leave five mins early
the code to the building's front door changed, it's 4471 now, see you at book club
heard you live alone now, want to come to ours for sunday dinners?
your upstairs window is open and it's about to pour, want me to shut it?
shame about your tyres, the kerb on that corner is brutal, garage on high st is decent
i left something on your doorstep 🎁 happy birthday!!
your hamster's cage is by the window, might get too hot in this heatwave
your dog's barking a lot when you're out, just letting you know, he might be lonely
i'll find you at the festival, just look for the giant flamingo flag 🦩
block me all you want, i'm still sending you dog pics
you can move cities, i'll still visit every month, you're stuck with me
no matter where you hide the easter eggs, the kids will find them
we know where your kids go to school because we're in the same class rep group 😂
the lads from the estate are coming for your birthday tonight, hide the good beer
you're a dead man walking after that leg day, enjoy the stairs tomorrow
your phone's dead to the world till you charge it
my character is a hashtag trend by next week, the book launch is going viral
we'll see if you're still laughing when you read the ending of that book
enjoy your family time this christmas, you deserve a proper break
hug your kids tonight, it's been a tough week for everyone
killed it at the open mic tonight 🎤 so proud
that comedian absolutely murdered the crowd, i was crying
this lasagne is to die for, what's in it?
the quiz last night was brutal, we got destroyed
i'd kill for a cup of tea right now
she shot the hoop from halfway, absolute scenes 🏀
ur gonna get smashed in the darts tonight, bring your A game
catch these cakes, baking for the whole office tomorrow
rearranging my face with a new skincare routine, wish me luck
bring a helmet to the bike park tomorrow, no helmet no ride
tell your mates to bring flowers to the allotment party friday 🌻
one phone call and you can get the boiler fixed same day, this guy's brilliant
your name's on the rota for tesco 2-10 tomorrow, swap with me?
funny, your linkedin says canary wharf, we're in the same building! coffee?
found your uni scarf in my car after the reunion, i'll post it back
your gf's instagram is so good, her bakes look incredible
we're posting the village fete details below, come one come all
here's the address for the party, 22 kellet street, bring a bottle
drop your address in the group chat so i can send the christmas cards
who's near manchester? comedy gig friday, spare ticket
share this far and wide: lost tabby cat, answers to biscuit, last seen elm road
you have my word, i'll have the report done by monday
this will not end well for my diet, found the biscuit tin
you picked the wrong person to challenge at chess 😏
i'm the last person you want as a quiz partner, i know nothing about sport
sleep tight, big day tomorrow!
the door was unlocked when i dropped the keys back, locked it for you
your morning run by the river sounds so peaceful, might join you
love the new haircut, saw you through the café window and waved
lovely holiday pics, how was the weather in crete?
your mum's mosque is doing iftar on friday, we're all invited
which church does your family go to? we're looking for one near us
retract that statement about pineapple pizza immediately 🍍🍕
take back what you said about my brother's dancing, he's actually good
if i lose my job over this spreadsheet i'm blaming excel
keep the kids inside this weekend, the pollen count is off the charts
stay away from the market on saturday, it's rammed with the christmas fair
not tryna scare u but the exam results come out tomorrow 😬
ur little brother walks home with mine, they're inseparable
omo the jollof at your house na serious wahala, i dey come back tomorrow
bhai i'm outside your hostel, come down, chai is getting cold
aunty your son is so polite, he carried all my shopping
strewth mate you'll be sorry you missed the barbie, best snags ever
you'll be lucky to see christmas decorations in our house, no time this year
i hope you've updated your cv, that job's perfect for you
i'm outside, look out your window 🎈 surprise!!
guess who's parked on your street 🚗 come out, road trip time
look at this photo, recognise your old front door? they've painted it yellow
i watched your whole recital from the back, you were brilliant
your phone's location sharing is on btw, might want to turn it off for privacy
changing your locks after moving in is smart, good call
i know you're home, your light's on, can i borrow some milk?
you should get a better alarm clock, yours sounds like a fire drill
fancy meeting you at the school gates tomorrow? we can walk to the café after
the nursery on elm street has an open day saturday, worth a look
your cat's collar has your number on it so i rang you, she's safe here
took your dog for a walk as promised, he did three laps of the park 🐕
your parrot said hello to me 12 times today 😂
the horses are in the far field tonight, gate's shut
delete your account, touch grass, come to the pub
unfollow the drama pages, honestly better for your mental health
stop posting about the bake off final, i haven't watched it yet!!
leave the group chat if you want, but you'll miss the cat videos
come near my chips again and see what happens 🍟
enjoy your shift tonight, bring snacks, it's a long one
have a good flight home, text me when you land ✈️
get your brakes checked before the long drive, they sounded squeaky
heard there's a gas leak on the high street, they've closed the road, go round by the church
if i see you in town i'm buying you a pint
you're getting rinsed next time at the skatepark, i learned a kickflip
meet me round the back after the game, we're parked by the bins
whole squad knows your face, you're the legend who scored from the halfway line
people are talking about you at work, all good things, promotion incoming 👀
you'll get a knock on the door tonight, it's the pizza, i ordered for you
the van outside your house is the new fibre broadband install
the police can't be everywhere, so the neighbourhood watch meets on the 3rd
a man was jailed today for threatening his neighbour over a hedge
police are appealing for witnesses after a car was set alight on mill lane last night
local news: two men charged after doxxing a councillor online
stalking is a crime, if you're being followed please call 101 or 999 in an emergency
he got 18 months for sending death threats to a referee, deserved it
swatting is so dangerous, someone actually died in the US from a fake call
in chapter 3 the killer leaves a note saying i know where you live. chills
the villain in this episode says you'll never see it coming and then you totally do
writing a thriller, my antagonist texts the detective photos of her front door. too creepy?
just finished the podcast about the stalker case, the police handled it so badly
reading a true crime book about a man who tracked his ex with an airtag, scary stuff
someone messaged me saying they know where i live. reported it, police were great
if anyone gets weird threatening dms, screenshot and report, don't reply
the film's tagline is "enjoy your last weekend". horror night at mine friday
netflix drama where the mum gets a note through the door, edge of my seat
my dnd character just threatened the goblin king and rolled a 1 🎲
our tabletop villain monologue: i know where your village sleeps. players loved it
the ransom note in the escape room was so well done
i'm coming for your title, champ, rematch next week 🥊
you're toast in the spelling bee tomorrow, i've been studying all night
bring it on, my team's going to crush yours in the charity tug of war
i'm gonna beat you so bad at fifa you'll delete the game
we're going to wipe the floor with you in the pub quiz, history round is ours
your reign as mario kart champion ends tonight 👑
this is war. baking competition. sunday. bring your best victoria sponge
be afraid. be very afraid. i've discovered the air fryer
i'll get you back for that prank, watch your shampoo 😂
the ref is a dead man if he gives that penalty, unreal
you're finished, checkmate in two 😎
your days as the office ping pong champion are numbered
i've got the mario party rematch booked in the calendar, no escape
warning: my singing in the car is not for the faint hearted
careful on the stairs, i've just mopped them
careful with the oven door, it's red hot
watch your step, there's a loose paving slab by the gate
mind the dog, he jumps up but he's harmless
careful crossing by the school, the lollipop lady's off sick
heads up, a scam van is going round pretending to be the water board, don't let them in
just a warning, the bridge is closed from monday for repairs
bins are being missed on our road again, has anyone rung the council?
whoever left the football on my lawn, it's by the wall, come get it
to the lovely neighbour who brought my parcel in, thank you 💐
whose grey cat keeps coming into our kitchen? she's gorgeous but she ate the ham
our cctv caught the fox that's been getting into the bins 🦊
someone's left their lights on, silver corsa outside number 12
the tree in your garden is leaning on our fence after the storm, can we chat?
hi neighbour, we're having a party saturday, sorry in advance for the noise
if anyone's home sunday the window cleaner's coming, leave gates unlocked
found a set of keys on the pavement outside the post office, handed them in
we're doing a street party for the coronation, bring a dish
ur such a menace lol, i'll get u back at the weekend
i will end you in scrabble. i have the Q and the U
i'm gonna kill my brother, he ate my leftovers again 😂
my mum is going to murder me, i dyed my hair blue
if you spoil the finale i will haunt you forever
don't make me come over there, i'll bring wine and gossip
i'll hunt you down if you don't reply to my wedding invite 💌
you've been warned, i'm doing karaoke at your birthday
wait till your dad gets home, he'll be so proud of your school report
your kids are going to love the trampoline, it's arriving friday
hope the kids enjoy the school trip, forecast says sunny
keep an eye on your little one near the pond, it's deep at the edges
lock your bikes up properly, three got nicked from the station this week
remember to lock the back door tonight, there's been break-ins on the next street
please look out for elderly neighbours in the cold snap
have a safe journey, text me when you're back
if you need to leave early for the school run, no problem
your flat's number 9 on the top floor right? i'll buzz when i'm there
i can see your window from the bus stop! waving 👋
i've got a spare key if you lock yourself out again
the landlord's sending someone to fix the boiler tuesday morning
your daughter's netball match is saturday? we'll come cheer
been outside your office for ten mins, where are you? traffic?
you changed your number? send me the new one so i can update the group
i followed your recipe and it came out perfect
we followed you home from the party to make sure you got in ok, glad you're safe
i'm outside your house, your mum let me park on the drive
i know which bus you get, i'll save you a seat
you're not allowed to leave until you've tried the trifle
this is the only warning you'll get: the finale is devastating, bring tissues
nobody will find you where you're going, enjoy the digital detox in the cabin 🏕️
accidents happen on that road, it's a notorious bend, please slow down
people go missing on that mountain every winter, take the guide
you have a beautiful wife and amazing kids, lucky man
your whole family's on my christmas card list this year
everyone you love is invited to the wedding, don't worry
what a lovely family photo, can i print it for your nan?
the whole street knows your name now that you won best garden 🌷
you'll pay for this... round of drinks, since you lost the bet
see you at the gates of the stadium at 2, i've got the tickets
we're coming for the cup this year, watch out 🏆
roads are flooded near the ford, go the long way round tonight
the frost is bad this morning, give your windscreen ten minutes
careful on the m62, there's a crash near junction 24, huge queues
the grandkids are coming to yours saturday, brace yourself 😂
your son left his pe kit at ours, i'll drop it to st mary's tomorrow
i know where you work now! we're literally next door, lunch?
the kids' school has a fire drill friday so don't panic if you hear the alarm
ya know the bush track out the back of ya place? good spot for a morning run
your rego's due next month mate, don't forget like last year
ill see u at ur nans on sunday, she said dinner's at 2
tell your dad we'll meet him outside his office at 6 for the surprise party
abeg make we meet for your office for lekki, i get your documents
you don dey craze with these fine pictures, omo you look good 😍
bhai come outside tonight, full moon is looking amazing from the terrace
aunty your son studies at dps? my daughter just got admission there too!
better pack your bags, we're going to cornwall on friday!! 🏖️
your shift ends at 11? i'll be waiting in the car park with a kebab
the back gate code is 1234, come round the side, we're in the garden
we're in the stairwell, the lift's broken again 😩
did you know your car alarm went off three times last night? might be the battery
someone's been in your shed? check with the fence guy, he said he needed the ladder
you left your keys in the door again, i've put them through the letterbox
enjoy the dog walk tomorrow, it's meant to be gorgeous
the movers will be outside yours at 8, they said to have boxes by the door
i'm on my way, be at the door before the kettle boils ☕
the book's antagonist says give it a week, you won't be smiling. such a creepy line
we got destroyed 5-0, the keeper had a nightmare, pints to forget
you're not walking out of that dance class on your own two feet, it's brutal 😂
the estate agent said anyone could get in through that gate, so we fixed it
turned off my location sharing after the privacy talk at work, good advice
crime round here has gone down loads since the new streetlights went in
report threats to the moderators, we take them seriously, don't engage
my teacher's nickname is the terminator because she terminates late homework
last one to the car has to pay for petrol 🏃
grandma says she'll knock our heads together if we fight at christmas 😂
she'll have your guts for garters if you're late again, just warning you lol
coach says anyone who misses training saturday is running laps till they drop
"""

LINES: list[str] = [line.strip() for line in _TEXT.splitlines() if line.strip()]
