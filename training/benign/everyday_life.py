"""Everyday statuses, part 2: health, gym, hobbies, study, exams, travel and passports."""

from __future__ import annotations

_TEXT = """
dentist at 9, already dreading the little mirror
GP appointment finally booked after forty minutes on hold
got my flu jab, arm's a bit sore but all good
eye test today, turns out I do need glasses after all
physio says my knee is improving, slowly but surely
day two of a cold, living on lemsip and toast
had my bloods done, the nurse was lovely
booked in for a smear test, reminder to all you lot to book yours
off sick today, duvet and honey and lemon
hay fever season has begun, my eyes are streaming
back from the hospital, the scan was all clear 🙏
new glasses arrived, everything is so sharp now
the pharmacy queue went out the door but I got my prescription
doctor told me to drink more water, groundbreaking advice
10k steps before lunch, feeling good
first physio session done, turns out I have muscles I never knew about
taking a mental health day, back tomorrow
therapy was good this week, feeling lighter
started taking vitamin D like everyone told me to
my back went while putting my socks on, getting old is wild
booster done ✅
got my braces off today!! smiling at everything
migraine is finally easing off, thanks for the soup everyone
six weeks post op and walking without crutches
the hospital parking machine only takes coins, who has coins
blood donation done, got my biscuit and a sticker
sleep tracker says I got four hours, I could have told it that
new year, new dentist, same fear of the drill
leg day, so tomorrow I'll be walking like a newborn giraffe
hit a new deadlift PR this morning 💪
first spin class in years, I thought I was going to pass out
couch to 5k week 6 complete!!
ran my first half marathon, legs are jelly but I'm buzzing
morning swim before work, the pool was empty and glorious
yoga at 7, then breakfast, then a nap probably
gym was rammed, new year resolutions in full force
signed up for a 10k in september, no backing out now
rest day, stretching and foam rolling
just did parkrun in the rain, got a PB anyway
netball league starts again next week, can't wait
sunday league match at 10, hoping my hamstrings hold out
five-a-side tonight, we'll probably lose but the pint after is the point
boxing class kicked my butt in the best way
started weightlifting at 40, wish I'd started sooner
finally touched my toes in yoga, a historic day
pilates has me using muscles I didn't know existed
cricket nets tonight, working on my cover drive
tennis with my dad this morning, he still beats me
bought new running shoes and now I run faster, apparently
kayaking on the river this weekend if the weather plays nice
did a hike up Snowdon, the view at the top was worth every step
surfing at Bondi before work, living the dream
hockey training in the freezing cold, love it really
skipped the gym, did the big shop instead, same thing
gym buddy cancelled so I went alone and actually enjoyed it
swimming lessons as an adult, it's never too late
ankle strapped, back on the pitch next week
coached the under 10s today, they scored a goal and cried with joy
stretching after a long run, my calves are screaming
fun run for the hospice on sunday, dressing as a banana
wrist is healed, back to climbing
sent my first V4 at the bouldering wall tonight 🧗
the crag was perfect today, dry rock and no wind
lead climbing is terrifying and I love it
new climbing shoes hurt so much but they grip like magic
chalked up and ready, indoor wall with the crew tonight
gaming tonight, finally finishing the Elden Ring DLC
up till 2am playing Stardew again, one more day turned into a whole season
just got platinum trophy on God of War
Mario Kart tournament at ours, loser makes the tea
finished Baldur's Gate 3, what a game
new controller arrived, no more stick drift
found a cosy little indie game and I've lost my whole weekend to it
playing Minecraft with my niece, she builds better than me
retro gaming night, dusted off the N64
Animal Crossing island is finally looking decent
Zelda has eaten my entire weekend and I'm fine with it
knitting a jumper for my dad, only the sleeves left
cast on my first pair of socks 🧶
this yarn is so soft I want to live in it
crochet blanket 40% done, it's a long game
the knitting group at the library is the highlight of my week
dropped a stitch twenty rows back, frogging it all, sigh
made a scarf for everyone this christmas, no one can stop me
first tomatoes of the season off the vine 🍅
allotment day, the courgettes have gone mad again
planted bulbs for spring, future me will be so happy
potting on the chillies, they're growing like crazy
the slugs had a feast on my lettuces overnight
garden is finally full of colour, so happy with it
compost bin is cooking nicely, yes I'm excited about compost
pruned the roses, hope I didn't overdo it
the sunflowers are taller than me now 🌻
harvested enough runner beans to feed the street
learning guitar, three chords down, a million to go
piano lesson today, finally nailed the left hand part
band practice tonight in the garage
got tickets to see Arctic Monkeys!!!
choir concert on sunday, we've been rehearsing for months
drum lessons are hard on the neighbours but good for me
playing open mic night for the first time, nervous
new vinyl arrived, spinning it all evening
learning the tabla with my uncle, he's very patient
writing my first song, it's terrible and I love it
went to my first gig since covid, cried a bit
concert was unreal, my ears are still ringing
ukulele practice in the garden, the birds seem fine with it
Spotify wrapped says I listened to one album 400 times, accurate
golden hour photography walk by the river 📷
got a new lens and now I'm photographing everything
shot my first wedding as second shooter, exhausted but happy
developing my first roll of film, so exciting
birdwatching this morning, spotted a kingfisher!
star photography in the Karoo, the milky way was insane
entered a photo competition, wish me luck
edited photos all evening, my eyes are square
sunrise shoot at the beach, worth the 5am alarm
my camera bag is heavier than my suitcase
baked a lemon drizzle and it actually rose
great british bake off has me attempting a croquembouche
first attempt at macarons, flat but tasty
sourdough starter is alive and bubbling, named him Clint
made my own birthday cake this year, three tiers, very proud
scones with jam then cream, the correct way
baking bread for the neighbours this week
cupcakes for the school bake sale are done
dinner party tonight, I've made too much dessert
cinnamon rolls in the oven, the whole house smells amazing
fishing at the lake since dawn, caught nothing, perfect morning
caught a decent trout on the fly today 🎣
sea fishing trip with the lads on saturday
the fish weren't biting but the flask of tea was great
new rod, same old luck
camping by the river this weekend, hope it stays dry
pottery class, made a bowl that's definitely a bowl
painting with watercolours, happy little accidents everywhere
my jigsaw is finally finished, 1000 pieces, one missing
learning Spanish on Duolingo, 100 day streak!
started a book club with friends from work
writing every morning, 500 words a day, so far so good
bought a sewing machine, hemmed my jeans, felt like a wizard
calligraphy is harder than it looks
chess club tonight, I'm playing the Sicilian
just finished a cross stitch for my nan's birthday
woodworking in the shed all afternoon
lego set complete, 2,000 pieces, no regrets
revision mode activated, see you all in june 📚
exam tomorrow, I know nothing but I'm calm
handed in my dissertation!!! 🎓
library until close, again
flashcards are my whole personality this week
passed my driving theory test!
results day tomorrow, I feel sick with nerves
got a first!!! can't believe it
group project meeting at 2, let's see if anyone turns up
just submitted my last assignment of the year
starting my masters in september, excited and terrified
revising in the park because the sun is out
three exams down, one to go
my lecturer said my essay was "promising", I'll take it
stayed up too late doing maths homework with my daughter
viva next week, practising my answers on the cat
matric results are out, so proud of my cousin
JAMB results came out, my little sister did amazing
board exams start monday, all the best to everyone writing
highlighters, coffee and anxiety, revision essentials
taking notes on the bus, every minute counts
UCAS application sent off, fingers crossed
graduation photos are in, my mum has ordered twelve copies
tutoring maths after school, she's finally getting fractions
learning to code in the evenings, python is clicking
passed my accountancy exam, one more to go
student loan came in, time to eat something other than beans
the library wifi is faster than mine at home, living here now
studying for the bar exam, wish me strength
office hours were actually helpful for once
passport renewal sent off, hope it comes back in time
holiday countdown: 5 days!
at the airport three hours early, as my dad taught me
boarding now, see you on the other side ✈️
landed in Lisbon, the sun is out
jet lag has me wide awake at 4am
exploring Tokyo, everything is so clean and polite
road trip up the coast, playlist sorted
packing for a week in a carry on, challenge accepted
lost my luggage in transit, hopefully it turns up tomorrow
visa appointment this morning, all the documents in a folder
first time in India and the food is incredible
holiday to Cape Town next month, any recommendations?
weekend in Edinburgh, the castle was stunning
back from holiday and I already miss the beach
backpacking through Vietnam, the hostels are great
interrailing across Europe this summer, booked it!!
flight delayed by three hours, at least there's a Pret
family holiday in Goa, the kids haven't left the pool
staycation in Cornwall, pasties every day
my passport photo looks like a mugshot but it'll do
got upgraded to business class, I'll never recover
caravan weekend in Wales, it rained but we had fun
hiking in the Blue Mountains, the views are unreal
road trip to the Drakensberg with the family
visiting home in Lagos for christmas, can't wait to see everyone
customs took ages but we're through
night train to Vienna, bunk beds and all
first time on a plane for my son, he loved it
travel insurance sorted, passports in the bag, we're off
hotel room has a view of the sea, I'm never leaving
exploring the markets in Marrakech, sensory overload
going home to Kerala for Onam
visiting my cousins in Brisbane, they're showing me the sights
the Ring of Kerry drive was breathtaking
three days in Rome and I've had gelato nine times
trying to remember where I put my passport, found it in the fridge somehow
swimming in the sea in Cornwall in april, brave or silly
"""

LINES: list[str] = [line.strip() for line in _TEXT.splitlines() if line.strip()]
