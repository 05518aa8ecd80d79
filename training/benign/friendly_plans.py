"""Friendly second-person chat, part 2: invitations, plans and affectionate teasing."""

from __future__ import annotations

_TEXT = """
I'll save you a seat
bring your own chair, we're short on garden furniture
fancy a coffee on thursday?
you free for lunch tomorrow?
come round for dinner on saturday, I'm making lasagne
want to go for a walk later if the rain stops?
we're going to the pub at 7, you should come
are you coming to the barbecue on sunday?
movie night at mine, bring snacks
let's catch up soon, it's been ages
I'll pick you up at 8, be ready
meet you outside the station at half six
text me when you're leaving and I'll put the kettle on
shall we book that cooking class together?
you're invited to my birthday drinks on the 12th 🥂
wanna come to the beach this weekend?
we should do brunch next weekend
come watch the match at ours, there's plenty of room
save the date: our wedding is 14 June!
join us for quiz night, we need someone who knows geography
fancy a run in the morning? I'll go slow for you
let's get the kids together for a play date
we've got a spare ticket for the gig if you want it
I'm making too much food as usual, come eat
pop round whenever, door's always open
shall I bring wine or dessert?
I'll bring the crisps, you bring the dips
come over and help me build this bookshelf, I'll pay in pizza
do you want to share a taxi to the airport?
let's go halves on a present for mum
can't make thursday, how about friday instead?
running ten minutes late, save me a spot
I'm outside, no rush
on my way, be there in five
just parked, which table are you at?
leaving now, want anything from the shop?
we're at the back by the window
are you still up for tennis tomorrow?
I'll meet you at the gate, look for the yellow umbrella
let's do a video call on sunday, the kids want to say hi
I'll bring the board games
I'll drive if you navigate
you pick the restaurant this time
sleepover at mine? I've got face masks and bad films
come to the farmers market with me, they've got the good cheese
we're doing a potluck on friday, bring whatever you like
walk the dogs together tomorrow morning?
let's plan a girls' trip this summer
lads' holiday meeting in the group chat tonight
fancy a trip to the seaside on the bank holiday?
you coming to the braai? bring your cooler box
come for chai, mum's made samosas
we're having a lime at the beach on saturday, you in?
let's grab a bite after work
I'm popping to town, want to join?
are we still on for tonight?
tea at 5, don't be late or the roast goes cold
you're more than welcome to stay the night
the spare room is all made up for you
give me a shout when you land
I'll leave the key under the plant pot
let me know when you get home safe
message me when you're at the door, the bell's broken
we're going to the carnival, meet at the usual corner
let's book the escape room for next saturday
book club is at mine this month, come along
want to try that new climbing gym with me?
you pick the film, I'll get the popcorn
dinner's on me tonight, for being a great friend
drinks are on me, to celebrate your new job
we should start a running club, just us two
let's learn salsa together, it'll be a laugh
up for a road trip in april?
fancy doing parkrun with me this week?
join our fantasy league, we need one more team
come along to choir, we need more tenors
we're going to Bali next year, you should totally come
I'll come with you to the appointment if you want
want me to help you paint the nursery?
I can mind the kids on saturday if you two want a night out
happy to proofread your CV if that helps
I'll drop the spare cot round tomorrow
need a hand moving? I've got a van on sunday
let me know if you need anything from the pharmacy
I'll make you a playlist for the drive
count me in!
I'm in, what time?
sounds like a plan
perfect, see you then
yes please! can't wait
aw I'd love to but I'm away that weekend, next time for sure
sorry I missed your call, ring you back in ten
sounds great, I'll bring a cake
deal! see you at the market
that works for me
you're on!
gimme 5 minutes
brb, getting snacks
see you soon x
night night, sleep well
morning sunshine ☀️
speak tomorrow xx
love you lots, talk soon
take care, speak later
ttyl, gotta run!
cya at the weekend
safe journey home
laters, gang!
lol you're such a dork, I love it
you're a nightmare, but you're my nightmare
honestly you'd lose your head if it wasn't screwed on
you've been hogging the remote all night, cheeky
you and your terrible puns 🙄😂
you're such a goof, never change
stop showing off your tan, some of us are stuck in the rain
classic you, late to your own party
you still owe me a pint from 2019 😜
you're officially banned from choosing the karaoke song
remind me never to let you navigate again
you and your 47 houseplants, it's a jungle in there
ok nerd, we get it, you like trains
bless you, you tried
you really thought you could beat me at Uno, how sweet
you cook like a chef and wash up like a toddler
you're the only person I know who gets lost in a car park
your dancing is... enthusiastic 😂
you laugh at your own jokes before you finish them, it's adorable
you snore like a tractor but we love you anyway
you've been "five minutes away" for twenty minutes
you're such a softie, crying at the dog adverts again
did you really just put pineapple on that pizza, you rebel
mate your handwriting looks like a doctor's prescription
only you could spill coffee on a brand new white shirt
you'd forget your own birthday if we didn't remind you
that's a very you thing to do
you're a menace in the kitchen but we appreciate the effort
hahaha you sent that to the wrong chat, you goose
you daft thing, the tickets are for next week 😂
you're such a dad with those jokes
ok grandma, time for bed 😂
your taste in films is questionable but I'll still watch with you
only you would bring a cardigan to the beach
you and your spreadsheets, bless you
cheeky, you ate the last biscuit
you total dork, you wore odd socks to the wedding
stop being so modest, you're clearly the best at this
you're the worst at keeping secrets, I love it
your sense of direction is a national treasure
ok mr fancy pants with your new car
look at miss organised with her colour-coded diary
you'd sleep through an earthquake honestly
you really said "I'll be quick" and took three hours in the shop
you're so extra and I'm here for it
ngl your cooking has finally beaten my mum's
can't take you anywhere 😂
I see you've discovered filters, very artistic
we get it, you went to the gym
you and your cat pictures, keep them coming
the way you sprinted for that bus, olympic level
you haven't changed a bit since school, still the class clown
your laugh could be heard from the next street, iconic
you fell asleep in the cinema again didn't you
not you replying to a message from three weeks ago 😂
you still have my phone charger, I want it back 😂
oi, you nicked my chips
behave yourself!
you cheeky monkey
aww look at you being all grown up
you're such a drama queen, I love you
stop making me laugh, I'm on the bus
you're too funny for this chat, you should do stand up
you and your dad jokes, stop it
tell your brother he's still rubbish at FIFA, affectionately
bruh you sent a voice note that was just you breathing
bro really brought a spoon to a barbecue
your plant has more of a social life than you
you big softie, you cried at the end didn't you
mate you can't cook pasta, how is that possible
you're a shocker, you know that?
hun you've got lipstick on your teeth
we love a dramatic entrance, don't we
you're never going to live that one down
you lot are a bad influence, in the best way
you're ridiculous and I adore you
you really are the sister that gets the last word
yes chef 🫡
that's my girl!
that's my boy!
atta girl
get in there!
love ya, ya big lug
you're such a sweetheart
shall we get the kids together at the soft play on saturday?
bring your swimmers, the pool at the hotel is heated
we're going blackberry picking on sunday, bring a tub
fancy joining our five-a-side team? we're terrible but it's fun
I'll make you a cup of tea when you get here, milk no sugar right?
the barbecue's at 2 but come whenever, no pressure
we've got a spare bike if you want to come on the ride
you should come to yoga with me, the teacher is lovely
I'll book a table for six at the Italian, that ok with everyone?
pick you up from the airport? just send me the flight number
I've saved you a slice of birthday cake
save me a dance at the wedding!
let's do a picnic by the river when the weather warms up
come over and watch the bake off final with us
we're doing sunday lunch at the pub, join us if you're free
want to carpool to the conference? I'll bring snacks
you're the only one who can beat me at Scrabble, rematch soon?
you're hopeless at charades and it's the best part of game night
"""

LINES: list[str] = [line.strip() for line in _TEXT.splitlines() if line.strip()]
