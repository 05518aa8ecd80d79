"""Everyday statuses, part 4: mixed registers, regional English, hashtags, typos and lowercase."""

from __future__ import annotations

_TEXT = """
#mondaymood coffee and a to do list as long as my arm
#sundayfunday roast in the oven, football on the telly
#blessed to have the whole family home for christmas
#gymlife day 30, still going strong
#bookworm just started the new Sally Rooney
#plantmum my pothos has gone wild
#homesweethome finally unpacked the last box
#nofilter sunset over Table Mountain 🌄
#foodie tried ethiopian food for the first time, incredible
#wanderlust already planning the next trip
#caturday the cat has not moved from the sunbeam in four hours
#throwbackthursday me at 8 with a bowl cut
#wfh lunch break in the garden
#teamnosleep newborn life
#studygram colour coded notes, feeling organised
#ootd yellow raincoat because it's grim out
#selfcaresunday face mask and a long bath
#dogsofinstagram meet Pickle, he's 4 months old
#glutenfree baking attempt number two, much better
#goodvibesonly this week is going to be a good one
tbh just want to sleep for a week
omg the new bakery on our street does custard tarts
ngl this rain is kinda cosy
lowkey proud of my garden this year
idk what to have for dinner, suggestions welcome
brb, putting the kettle on
lol the kids have covered the dog in stickers
smh i left my lunch on the kitchen counter again
fr fr this is the best pasta I've ever made
istg the cat understands english when it suits her
irl meeting with the online book club next week!
rn I'm just vibing with a cuppa
afk for a bit, school run
imo autumn is the best season, don't argue
jk i love mondays (i don't)
went to the shops and forgot what I went for lol
definately need a nap after that walk
tommorow is my day off, can't wait
recieved my new laptop today, setting it up now
wierd dream about a talking teapot last night
cant beleive its already december
goin to bed early tonite
gonna try that new recipe later, wish me luck
wanna go to the beach so bad
ur welcome to borrow my charger btw
thx for the heads up about the roadworks
plz let the sun come out this weekend
srsly the best cup of tea I've had all week
acc so tired today
finna take a nap
it do be like that sometimes
we move 🙏
e don do! finished my final exam
abeg who get charger for iphone
omo this heat is something else
na so the rain start, no umbrella
how far, una dey alright?
chop life with the family this christmas
I'm just chilling at home, no wahala
my guy, this jollof is the one
ah ah, the light has come back!
God when? when will my flight leave lol
just now I'll do the dishes, promise
lekker braai weather today
ja nee, it's been a long week
eish the traffic on the N1 this morning
shame man, the dog is so cute
going to the bioscope with the kids tonight
robot's out at the corner again, drive safe everyone
howzit my china, long time
arvo nap was unreal
heading to the servo for a pie and a coffee
brekkie at the beach then a swim
heaps of rain today, the garden's happy
reckon I'll do a barbie on saturday
chucked a sickie... no wait I'm actually sick lol
thongs, boardies and a cold drink, perfect arvo
fair dinkum best sunset I've seen all year
good on ya for getting out for a run
what's the craic lads
the craic was mighty at the wedding
grand so, see you at half seven
I'm wrecked after the weekend
giving out about the weather again, as you do
ah sure look, it'll be grand
me ma made a massive fry for everyone
she's after buying a new car
bold as brass, the dog stole the sausage off my plate
yer man in the shop gave me an extra scone
kindly do the needful and send the file by today
I'll revert back after lunch
my cousin-brother is visiting from Pune
we are going to Ooty for the holidays
mummy-ji made parathas for everyone
preponed the meeting to 10am
timepass at the mall with friends
full masti at the sangeet last night 💃
please adjust, the auto will come in 10 minutes
chalo, let's go for chai
arre yaar, I forgot my tiffin at home
happy holi everyone, colours everywhere
cricket in the gully with the neighbourhood kids
y'all, the peach cobbler came out perfect
fixing to head to the store, need anything?
it's hotter than a jalapeño out there
bless her heart, my grandma made enough cake for an army
we're going to the cookout on saturday
finna hit the gym after work
sweater weather finally
pumpkin spice is back and I'm not ashamed
went to Target for shampoo, came out with $80 of stuff
game day! tailgate at noon
so stoked for thanksgiving break
happy fourth everyone 🎆 stay safe with the fireworks
cheers for the cuppa, love
fancy a brew?
right, I'm off to bed
ta-ra for now
bloody freezing this morning
me and the mrs are off to the coast
proper tired today, can't lie
our kid is coming home for christmas
fair play, that's a decent price
going to Nando's with the lads
gutted I missed the bus by seconds
chuffed with how the garden's come on
bit nippy out, wrap up warm
it's a bit parky today
I'm cream crackered
the bairn's teething, no sleep again
off for a wander round the shops
gonna have a lie in tomorrow
having a cheeky nap before tea
spent the whole day in my PJs, no regrets
I've been doom scrolling for an hour, time to stop
just deleted TikTok for a week, wish me luck
watching the sunrise from the balcony with a coffee
staring out of the window pretending it's productive
quiet night in with a takeaway and a film
mum's birthday lunch today, so much food
just booked a spa day for my sister and me
I've got nothing planned this weekend and I love it
dog walking in the park, met six other dogs
found a four leaf clover today, lucky week ahead
cleaned my car inside and out, it's shiny
the library had a book sale, came home with eleven books
doing a digital detox this weekend
my first pottery bowl is out of the kiln, it's wonky but mine
went to a silent disco, my ears are happy
gonna learn to juggle this year
pottering about in the garden all afternoon
hot water bottle and a good book, perfect evening
forgot it was a bank holiday and went to the office, empty
took a wrong turn and found a lovely little café
our street is getting fibre broadband next week, finally
first bbq of the year, the neighbours are invited
one of those days where everything goes right
made it to the top of the hill, the view was worth it
today's plan: nothing. tomorrow's plan: also nothing
new year, new diary, first page all neat
got my nails done, feeling fancy
a stranger complimented my coat today, made my week
learning to drive at 35, lesson three went well
three weeks sober from caffeine, I miss it every day
switched my phone to greyscale to use it less, it's working
watching old home videos with my parents, so many laughs
the wisteria is in full bloom, the house looks like a postcard
planning a surprise for my partner's birthday, shh
feeding the ducks with the kids, they loved it
took myself on a date to the cinema, highly recommend
finally cleared my camera roll, 4,000 photos deleted
rainy day, puzzle on the table, soup on the stove
first morning swim in the lido this year, freezing but brilliant
just got a library card for the first time in 15 years
volunteering at the animal shelter this saturday
went to the farmers market and bought way too much cheese
my nan taught me to make her scones today
night out with the girls tonight ✨
sitting in the park with an ice cream, no complaints
"""

LINES: list[str] = [line.strip() for line in _TEXT.splitlines() if line.strip()]
