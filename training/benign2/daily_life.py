"""Everyday life: work, school, study, commuting, weather, food, travel and pets."""

from __future__ import annotations

_TEXT = """
Working from home today, the cat is my new line manager
first day at the new job, I've already forgotten everyone's names
Performance review went well, got a small raise!
Quarterly report done, time for a very long lunch
meeting that could have been an email, round three
Payroll is late this month, living on pasta till Friday
Teacher life: marking 90 essays on Macbeth this weekend
Revision timetable is colour coded and I've done none of it
Uni deadline Friday, 3000 words, 400 written, vibes are low
GCSE results day, so proud of my students 🎓
Just submitted my dissertation!! free at last
Library till closing, caffeine in veins, flashcards everywhere
learning Spanish on the bus, my pronunciation is startling commuters
The Northern line is a sauna in July
Cycled to work in the rain, arrived looking like a drowned rat
Bus was on time today. Screenshotting this for evidence
Two hour commute each way, audiobooks keep me sane
Mumbai local at 8am is an extreme sport
Lagos danfo driver took a shortcut through a market, arrived early somehow
Dublin Bus app says 2 minutes for 20 minutes
Four seasons in one day, classic Glasgow
It's snowing!!! ❄️ the kids are going feral
30 degrees and I'm melting at my desk, no aircon
Rain stopped play, the garden party moved into the kitchen
Foggy morning on the moors, looked like a horror film set
Sunny spell in Cork, the whole city is outside
Brisbane storm season, the thunder is shaking the windows
Heatwave in Delhi, 46 degrees, staying in with the cooler on
Harmattan season, my lips and skin are suffering
made a big pot of dal for the week, house smells amazing
Sunday roast with all the trimmings and extra Yorkshires
Tried making ramen from scratch, took 9 hours, worth it 🍜
Jollof rice with fried plantain, Saturday sorted
Chippy tea on a Friday, salt and vinegar, nothing better
Breakfast burrito from the truck by the station is my weekly treat
Air fryer changed my life and I won't shut up about it
Meal prep Sunday: chicken, rice, broccoli, repeat x5
Tried a new Thai place, the green curry was perfect
Fresh croissant from the bakery, buttery and flaky, a perfect morning
Barbecue in the garden, dad insisted on doing the sausages, they're black
Made pancakes for the kids, they ate 12 between them
Vegan for a month challenge, week 2, missing cheese badly
Coffee order: oat flat white, extra hot, no judgement please
Masala chai and Parle-G on a rainy evening, bliss
Flat in Lisbon booked for May, can't wait for the pastel de nata
Packing for Japan, one suitcase for clothes, one for snacks on the way back
Delayed at Stansted, but the Pret has seats, so it's fine
Road trip up the west coast of Scotland, the views are unreal
Backpacking through Vietnam, currently eating pho for breakfast
Interrail pass sorted, 10 countries in 3 weeks
Camping in the Lake District, it rained, we laughed, it was great
City break in Kraków, the old town is gorgeous
Finally saw the Northern Lights in Tromsø 🌌
Beach day in Goa, fresh coconut water, zero emails
first trip abroad with the baby, wish us luck on the flight
the dog rolled in fox poo again, bath time
Adopted a rescue greyhound, she sleeps 20 hours a day and I love her
My cat brings me leaves as gifts, I accept them graciously
Puppy training class, he's top of the class at sitting, bottom at everything else
The hamster escaped and was found in the sock drawer, crisis averted
Our tortoise is 60 years older than me and unimpressed by everything
New kitten just arrived, she's already climbed the curtains
Vet says the dog needs to lose weight. Fewer treats, more walks, for both of us
Rabbits binkying in the garden, pure happiness
Goldfish has been alive for 11 years, he's a legend
Chickens laid 6 eggs today, the girls are on form
Parrot has learned to imitate the microwave beep. No peace
Laundry day, doing 5 loads, the machine is working overtime
Deep cleaned the oven, it looks brand new, feeling like an adult
Moved house, 40 boxes, no idea where the kettle is
Flatpack wardrobe assembled, 3 screws left over, it's probably fine
decorating the spare room, sage green, so calming
Gardening: planted tomatoes, chillies and far too many courgettes
Mowed the lawn, it smells like summer
DIY disaster: painted the skirting boards and the carpet
Night shift done, off to bed while the world wakes up
Saturday job at the bakery, free doughnuts are the real salary
Interview tomorrow, outfit ironed, answers rehearsed
Got the apprenticeship!!! starting in September
Job hunting is tiring but I've got two second interviews
Retired today after 42 years at the post office, cake was lovely
Back to school shopping, how do kids' feet grow this fast
Parents' evening, apparently he's "chatty but bright"
Nursery drop-off with no tears today, from either of us
Learning to drive at 30, passed my theory test!
Passed my driving test first time!! 🚗
Bought my first car, a 2012 Fiesta, she's perfect
Bike puncture on the way home, walked the last 3 miles
Missed my stop because I was reading, ended up in Reading
Groceries cost a fortune this week, swapping to own brand
Weekly shop done, forgot the one thing I went in for
Farmers market haul: strawberries, honey and a sourdough
Potluck at work, everyone brought crisps. Nobody brought mains
Spent my lunch break walking by the river, instant mood boost
Stand-up meeting turned into a sit-down meeting turned into a nap
Office plant is thriving despite all of us
Library card renewed, borrowed 6 books, will read 2
Cosy night in: soup, blanket and an Agatha Christie
Overslept, ran for the tram, made it with a minute to spare, heart rate 190
Kerala monsoon is here, the rain sounds like applause on the roof
ferry across the Mersey at sunset, still the best commute in England
"""

LINES: list[str] = [line.strip() for line in _TEXT.splitlines() if line.strip()]
