"""Everyday statuses, part 1: home, moving, chores, DIY, commuting, weather, food, pets, family."""

from __future__ import annotations

_TEXT = """
finally moved into the new flat, boxes everywhere
day 3 of living out of boxes and i still can't find the kettle
new place has a proper bath!! living the dream
signing the lease tomorrow, fingers crossed
landlord finally fixed the boiler after two weeks of cold showers
our flat smells like fresh paint and i love it
moving day. send snacks and strong arms
anyone got a spare drill I could borrow this weekend?
built a flatpack wardrobe with zero leftover screws, personal best
three leftover screws and a wardrobe that leans slightly. good enough
painting the hallway sage green, wish me luck
bleeding the radiators like a proper grown up
put up shelves and they're actually level 🙌
the spirit level says it's straight, my eyes disagree
new curtains up and the living room feels so much cosier
hoovering at 10pm because that's when the motivation turned up
the laundry mountain has been conquered
folded all the washing and then immediately sat on the pile
dishwasher loaded, counters wiped, feeling like a functioning adult
deep cleaning the oven today, pray for me
sunday reset: fresh bedsheets, fridge cleared out, plants watered
somehow there is always one sock missing
ironing shirts for the week with the footy on in the background
clearing out the loft and found my old school reports lol
Marie Kondo would be proud of my sock drawer right now
bins go out tonight, someone remind me
recycling day and the wine bottles are judging me
just descaled the kettle and the tea tastes brand new
garden fence blew over in the night, that's my weekend sorted
regrouting the bathroom tiles, very glamorous life I lead
hanging wallpaper is a two person job, learned that the hard way
first night in our first house together 🏡
got the keys!!! 🔑🔑
house hunting is exhausting, every place looks bigger in the photos
viewed a flat today, tiny but the light in the kitchen is gorgeous
flatmate made banana bread and the whole place smells amazing
house meeting tonight about the cleaning rota
whose turn is it to buy loo roll
we finally own a sofa! no more sitting on beanbags
moving back in with my parents for a bit while we save for a deposit
packing up my student room for the last time, bit emotional tbh
broadband engineer coming between 8 and 6, classic
wifi is installed, we are officially civilised again
new neighbours popped round with cookies, think we'll get on
repotting all my houseplants on the balcony this morning
the monstera has a new leaf, proud plant parent moment 🌱
spent the whole saturday at B&Q, as you do
bought a cordless drill and now everything looks like it needs a hole in it
fixed the dripping tap myself, youtube university graduate
the smoke alarm chirping at 3am is a special kind of torture
changed the batteries in every smoke alarm, safety first
putting the christmas decs back in the loft, bye for another year
mowed the lawn for the first time this year, the grass was knee high
our street is having a clear out, free stuff on every wall
donating three bags of clothes to the charity shop
found a fiver in an old coat pocket, today is a good day
the dryer ate another hoodie drawstring
lounge rearranged for the fourth time this month
washing on the line, fingers crossed the rain holds off
strata meeting tonight, riveting stuff
rent inspection tomorrow so the whole place is getting scrubbed
our new flat is a 4th floor walk up, free leg day every day
cleaned the windows and now I can see how dusty everything else is
bought a rug and suddenly the room makes sense
moving the fridge revealed things I will not describe
defrosting the freezer, there's a glacier in there
shampooed the carpets, the difference is unreal
lightbulb went in the hall, now I'm in the dark hunting for the right fitting
ikea meatballs were the real reason for the trip
my toolbox is 90% allen keys at this point
sanded the old table down and it's come up lovely
helping my brother move this weekend, three flights of stairs, no lift
just sat down for the first time today and it's 9pm
cosy night in, blanket, candle, rain on the window
the 7:42 was actually on time today, somebody check the news
train's delayed again, standard
bus driver waited while I ran for it, hero of my morning
cycled in through the rain, soaked but smug
tube was rammed this morning, face in someone's rucksack
working from the train and the wifi is holding up for once
rail replacement bus service, my old friend
missed my stop because I was too into my book
got a seat on the Northern line at rush hour, buying a lottery ticket
the M25 is basically a car park this evening
stuck behind a tractor for six miles, countryside life
just passed my driving test!! first time!!
car's booked in for its MOT on thursday
filling up the tank costs a fortune these days
the metro is packed, I'll wait for the next one
mumbai local at 9am is a full contact sport
the train to Parramatta is running late again
took the ferry to Manly instead, best commute in the world
walking to work now it's light in the mornings
danfo driver played the best playlist this morning
traffic on Third Mainland Bridge is wild today
taxi rank was chaos but I made it home
my commute is two podcasts long today
sleeping on the bus home, wake me at the depot
got the night bus home, met a lovely old man who told me about his pigeons
the Luas was packed but at least it was warm
Dublin Bus app says 2 mins, it's been 2 mins for 10 mins
e-scooter to work is honestly a game changer
auto driver knew a shortcut, made it to the office early
season ticket renewed, another year of the same carriage
the train just sat outside Clapham Junction for twenty minutes, scenic
first day driving on the motorway without my dad in the passenger seat
parking at the hospital is a nightmare, got there in the end
cab driver was chatting about cricket the whole way, loved it
running for the last train like it's the olympics
bike got a puncture halfway to work, walked the rest
it's absolutely chucking it down
lovely sunny morning for once ☀️
frost on the car, scraping the windscreen with my loyalty card
snow day!! the schools are shut
36 degrees and the aircon has just given up
a bit of sun in London and everyone's sunburnt by lunchtime
proper scorcher today, sunnies on
monsoon's arrived, the road by the station is flooded again
loadshedding at 6 so we're cooking early tonight
the wind nearly took my umbrella to Wales
four seasons in one day, classic Melbourne
grey and drizzly, perfect soup weather
first bit of spring sun and the whole town is in the park
so foggy this morning I couldn't see the end of the road
thunderstorm rolling in and the dog is already under the bed
harmattan is here, everything is covered in dust
it's 6am and already 30 degrees in Perth
tropical downpour then sunshine ten minutes later, love it
the Highveld storms this time of year are spectacular
first snow of the winter, the kids are losing their minds ❄️
it's so humid my hair has doubled in size
soft day in Galway, which means it's raining sideways
bank holiday weekend so naturally it's pouring
beautiful sunset over the bay tonight 🌅
hosepipe ban announced, my tomatoes are worried
the rain finally stopped, going for a walk before it starts again
need a jumper in the morning and shorts by lunch
weather app says 0% chance of rain, I'm looking at rain
Friday night chippy tea 🐟🍟
ordered a curry and I regret nothing
homemade lasagne tonight using my nan's recipe
first go at sourdough, it's more of a frisbee but tasty
jollof rice on Sunday, come through if you're about
braai at ours on Saturday, bring your own meat and a chair
making biryani from scratch, the kitchen smells unreal
two coffees in and I can finally form sentences
flat white and a croissant, living well
oat latte with an extra shot, don't talk to me until I've finished it
tried the new ramen place near the station, 10/10 would slurp again
pizza night with the kids
a cheese toastie is the answer to most questions
chai and biscuits at 4pm, non negotiable
cooked too much pasta again, leftovers for days
meal prepping for the week: five tubs of chilli
mum is sending me home with enough food for a month
Sunday roast with all the trimmings 😋
I could eat a horse right now
vegemite on toast for breakfast, don't @ me
made dosa batter yesterday, dosas for breakfast all week
puff puff and zobo at the family gathering, I'm full
bunny chow for lunch, still dreaming about it
toast with too much butter is a love language
bought a slow cooker and now I'm a stew person
baked potato weather has officially begun
trying to eat more veg this month, day one going ok
the kebab shop knows my order, that's either great or worrying
pot noodle and a film, peak friday
espresso machine arrived, I'm a barista now apparently
filter coffee from the South Indian place round the corner is unbeatable
the café messed up my name again, I'm "Jem" today
cold brew in the fridge for the week ahead
switched to decaf after 3pm and I miss my old life
a proper fry up with black pudding and everything
made pancakes for everyone, the first one was a disaster as always
fish and chips on the seafront, fighting off the gulls
tim tam slam with the cousins tonight
got a flat white and a sausage roll from Greggs, top tier breakfast
homemade pesto from the basil on the windowsill
suya from the spot near my house hits different at night
grilled cheese and tomato soup, the classic combo
tried making pho, it's not my mum's but it's close
takeaway night, we're torn between thai and pizza
eating cereal for dinner because I'm an adult and I can
made a pot of dal to get me through the week
banana bread number 4 of the month, I have a problem
the bakery had fresh cinnamon buns this morning, had to be done
milo and marie biscuits, childhood in a mug
my coffee went cold while I answered emails, as per usual
decided to learn to make pasta from scratch, flour everywhere
the cat has claimed my desk chair, I live on the floor now
took the dog to the beach and he's never been happier
new puppy is chewing everything, including my shoes
the vet says she's a healthy weight, she's just fluffy
hamster escaped again, found him in the sock drawer
our rescue greyhound finally learned how to do stairs
the cat brought me a leaf as a present, very thoughtful
dog walk in the snow, he thinks it's the best day of his life
adopted a second cat, the first one is not impressed
budgie has learned to copy the microwave beep
bath time for the dog, the bathroom is now a swimming pool
sitting very still because the cat fell asleep on my lap
the goldfish is called Keith and he's thriving
puppy training class went well, he sat once!
my dog heard the word "walk" in a sentence and now he's at the door
chickens laid six eggs today, fresh omelettes all round
the tortoise has woken up from hibernation, welcome back Gerald
kitten discovered the christmas tree, send help
rabbit binkies are the cutest thing in the world
taking the cat to the vet, she knows, she always knows
dog ate a whole sock and is absolutely fine, vet bill less fine
new fish tank is set up, the plants look great
my parrot says "hello" every time the phone rings
found the dog asleep in the laundry basket again
school run done, coffee time
the little one said her first word today and it was "dog"
parents evening went really well, proud mum moment
the toddler is in a full "why?" phase
baby slept through the night!!! first time in 8 months
packed lunches made, uniforms ironed, we're ready for monday
called my mum for an hour, she updated me on every neighbour
dad is learning to use voice notes, send help
visiting my grandparents this weekend, can't wait
my mum sends me memes now, how times have changed
kids are building a fort in the lounge, I've been told to knock first
first day of big school tomorrow, I'm more nervous than he is
nativity play this afternoon, she's playing a sheep and taking it very seriously
teaching my son to ride a bike, lots of running behind him
got a homemade birthday card from my daughter, it's going on the fridge
half term with three kids, wish me luck
science project due tomorrow and we're making a volcano tonight
grandma's 90th birthday party on Saturday, the whole family's coming
my nephew just beat me at chess, I'm so proud and a bit embarrassed
teenager has discovered my old cds and thinks they're vintage
baby's first tooth came through today 🦷
took the kids to the park, they were done after 10 minutes
mum's teaching me her curry recipe over video call
dad fixed my car and then lectured me about tyre pressure for an hour
helping my daughter revise her times tables over dinner
bedtime story number four, they're still wide awake
sibling group chat is just photos of mum's garden today
my in-laws are visiting this weekend, house needs tidying
taking Nana for her weekly shop, she knows everyone in Tesco
family lunch at aunty's place, there's food for fifty people
swimming lessons on saturday morning, he can almost float now
the twins turned five today, where did the time go
just got the school photos back, they're adorable
the baby monitor picked up my husband snoring, hilarious
my mum has started a book club and is loving it
my little brother got into university!! so proud
dad's retirement party tonight, made a slideshow
sports day tomorrow, I've been training for the parents race
the kids made breakfast in bed, there's cereal everywhere but I love them
lost a tooth and the tooth fairy forgot, had to improvise a late delivery
got up with the baby at 5, now on my third tea
ran the kids to football, swimming and a party all before noon
calling my abuela every sunday, she always asks if I'm eating enough
the bairns are finally asleep, glass of wine time
took my mum to the garden centre, we came home with six plants and a scone
loft conversion is finally finished, the kids each have their own room now
put the cot together at 11pm, dad skills unlocked
"""

LINES: list[str] = [line.strip() for line in _TEXT.splitlines() if line.strip()]
