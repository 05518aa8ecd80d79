"""Hand-written ordinary statuses: work, travel, family, hobbies, health, weather, moods."""

from ._text import lines

EVERYDAY: list[str] = lines(
    r"""
Thank God for another Monday, traffic on Third Mainland Bridge was light today 🙏
Finally submitted my NYSC clearance, one step closer to freedom!!
Jollof at my cousin's wedding was too sweet, I went back three times 😂
NEPA took light since morning, generator don dey shout for whole compound
Heading to Ibadan for my grandmother's 90th birthday, travelling mercies please
Rain don start for Lagos, everybody stay safe on the road
Happy Sunday family! Church was wonderful, choir did us proud 🙌
My daughter just got admission into UNILAG, God is faithful!!!
Buying tomatoes at Mile 12 market is now a full day project
Suya and cold malt after a long day at work. Simple joys
Kumasi traffic this morning was killing me, left the house at 5am
Going to the beach at Labadi with the kids this weekend, any good spots to eat?
Grateful for my mother who turns 70 today. Long life Maa 🎉🎂
Waakye for breakfast, no regrets, no apologies
First day teaching at the new school in Cape Coast, nervous but excited
Harmattan has started, my lips are cracking and my skin is dry like chalk
Black Stars play tonight, whole compound gathering at Uncle Kofi's house
Church harvest this Sunday, bring your tubers of yam and your dancing shoes
Just finished shelling groundnuts with grandma, my thumbs are dead
Nairobi rain has no manners, soaked from Kencom to Ngara
Matatu driver played gospel the whole way to Thika, blessed commute
Ugali na sukuma for lunch, back to basics this week
Took the SGR to Mombasa, views of Tsavo were amazing
Graduation at JKUAT today!! Four years of hard work paid off
Power out in Kasarani again, charging phone at the shop
Planting season in Kisii, the whole family is in the shamba this week
Harambee for our church roof raised more than we expected, God bless all
Early morning run around Karura forest, feeling alive
Chai time with my mum on the veranda, best part of the day
Mumbai local was packed like sardines today but I made it on time
Diwali cleaning has officially begun in our house, send help and chai
Made aloo paratha for the first time without mum's supervision, proud moment
Monsoon is here!! Roads flooded but the pakoras taste better
Kids' board exams start tomorrow, tension in the whole house
Delhi winters and chai, name a better duo
Shoot for my cousin's wedding went on till 2am, dead tired now
Finally booked the Shimla trip for December, snow here we come
Sunday cricket match with the colony uncles, I scored 12 and got out
My dadi still sends me good morning flowers every day on WhatsApp ❤️
Loadshedding for 6 hours again in Karachi, UPS has given up
Biryani at Student Biryani after ages, still the best
Eid shopping done, kids are over the moon with their new clothes
Lahore weather is finally pleasant, went for a long walk on the canal
Cricket is life, Pakistan need 40 off 24 balls, nails are gone
Ammi made nihari for the whole family, Sunday sorted
Islamabad has the prettiest autumn, Margalla hills looking golden
Spent the evening helping my son with his O level maths, I've forgotten everything
Lovely walk along the seafront at Brighton this morning, bracing wind!!
The garden is full of weeds again after all this rain. Spent the whole afternoon pulling them up
Grandson's first nativity play today, he was a sheep and he was MARVELLOUS 🐑
Bloody freezing this morning, had to scrape the windscreen for ten minutes
Anyone know a good plumber in the Harrogate area? Boiler's packed in again
WI meeting tonight, I'm bringing lemon drizzle as usual
Just back from Spain, sunburnt and happy 🇪🇸☀️
Dear friends, Gerald is home from hospital and doing well. Thank you all for your prayers
~ and cards!!!
Hip replacement went well, physio says I'll be dancing by Christmas!!
Bingo night at the Legion was packed, won a tin of biscuits 😂
Cup of tea and the crossword, perfect Sunday
My roses have done wonderfully this year, must be all the rain
Does anyone know what time the tip closes on Sundays?
Just had a lovely afternoon at the garden centre with my sister. Scones were enormous!!
Fishing at the reservoir all day, caught absolutely nothing but had a grand time
Church jumble sale raised 430 for the roof fund. Thank you everyone who came!!
Happy 50th anniversary to my wonderful husband Bill. Still my best friend ❤️❤️
Grandkids visiting this weekend, already baked two cakes and a pie
Went to the doctor for my knee, it's arthritis, to be expected at 78 I suppose
Snow in Ohio already, shovelled the driveway twice today
Thanksgiving prep has begun, 22 pounds of turkey in the fridge
Sunday potluck at church was wonderful, Martha's mac and cheese is unbeatable
Proud grandma moment!!! Emily made the honor roll again!!
Does anyone know if the pharmacy on Main Street is open on Labor Day?
Got my flu shot and my shingles shot today, arm is killing me
Finally learned how to do video calls with the grandkids, technology is amazing!!
Farmers market had the best peaches this morning, made a cobbler
Went to see the high school football game, we lost but the band was great
Retirement is wonderful, I'm busier now than when I was working!!
Kingston traffic mad today, took two hours fi reach downtown
Sunday dinner: rice and peas, curry goat and sorrel. Blessed
Going to Ocho Rios for the weekend with the family, can't wait
Rain a fall whole day inna Mandeville, cool breeze nice
Graduation from UWI today! Big up mi family fi di support
Ackee and saltfish with fried dumpling, breakfast of champions
Mi granny turn 95 today, still sharp like a razor
Pon di road to Montego Bay, playlist full a Beres Hammond
Dying to see my niece after three years abroad, flight lands tomorrow
This heat is murder, 38 degrees in Abuja today
I absolutely killed my presentation today, boss was impressed
My new phone camera shoots amazing photos at night
Finished the marathon!!! Legs are dead but heart is full
Making bomb jollof for the office party tomorrow
The new Marvel movie slaps, go and watch it
This traffic is killing me slowly, two hours on Mombasa Road
Got my blood results back, cholesterol is down, thank God
Today's bread was a disaster, rock hard and flat, will try again
Started learning the guitar at 55, fingers are sore
Our cat knocked a whole glass of water on my laptop, RIP
Spent the whole day doing laundry, the pile was gigantic
Reading my third book this month, loving this new mystery series
Feeling low today, missing my dad, six years since he passed
Grateful for friends who check on you when you go quiet
Weekend plans: sleep, eat, repeat
My baby took her first steps today!!! We were screaming
Anyone else's internet down in Tema? MTN fibre acting up
Queue at the passport office was crazy but got it done finally
New job starts Monday, first time working in a bank, pray for me
Long weekend! Heading to the village to see my parents
Rice is now 80k per bag, Lord have mercy on this economy
Cooked egusi and pounded yam for my in-laws, they cleaned the plates
Fixed the leaking tap myself, YouTube university graduate
The mosquitoes in this house are having a party tonight
Pray for my brother, surgery tomorrow morning at 8
Back to school shopping done, wallet is crying
Mango season is here!! Best time of the year
Wedding invitation cards are out, December here we come!
Woke up at 4am for Fajr and couldn't go back to sleep, beautiful quiet morning
Ramadan Mubarak to all my friends and family, may Allah accept our fasts
Christmas decorations are up!!! The kids did the tree themselves
Merry Christmas from our family to yours 🎄🎅
Happy Holi everyone! Still finding pink powder in my ears
Watched the sunrise at Diani beach, unforgettable
Hiking up Mount Longonot this Saturday, who's joining?
Baking bread for the first time, the kitchen smells amazing
My tomatoes are finally turning red, patience pays
Rainy season means the roof leaks again, buckets everywhere
Did my first 5k today without stopping!!!
Exam results are out, I passed all my papers!!
Thankful for another year of life, birthday blessings only 🎂
Stuck at the airport, flight delayed 4 hours, bought overpriced coffee
Finally got my driving licence after three attempts
Loving this cool breeze tonight, windows open
Movie night with the kids, popcorn and cartoons
Visited my old primary school today, everything looks so small now
Moving house next week, packing boxes everywhere
My son's football team won the league, so proud of these boys
Kids are on mid-term break, house is chaos, send coffee
Got a new bicycle, riding to work from Monday
Sold my old car today, end of an era
Our pastor's sermon on patience really touched me today
Power restored after three days, light is back, thank you KPLC finally
Electricity bill came and I nearly fainted
My grandmother's pepper soup cures everything
Lunch with old school mates from Queens College, we laughed till our stomachs hurt
Wrapped up the quarter end reports, time for a cold drink
Installed solar panels at home, no more waiting for NEPA
Joined the community garden, growing okra and peppers
Learning French on an app, bonjour everybody
Attended my first parent teacher meeting, the teacher loves my daughter
My husband surprised me with flowers for no reason ❤️
Spent the afternoon at the mall with my sisters, bought nothing, ate everything
Today I'm choosing peace over arguments
My old dog is slowing down, extra cuddles today
Visited the new hospital wing my company helped fund, proud day
Got stung by a bee in the garden, my hand is the size of a balloon
The kids built a fort in the living room, I'm not allowed in without a password
Rainy days in Limuru call for hot chapati and tea
Dhow cruise in Lamu at sunset, pure magic
Sold out my first batch of chin chin at the office, business woman in the making
Moved to Leeds last month, still getting used to the cold
First winter in Toronto, nobody warned me properly about this cold
Missing home food so much, made jollof in Manchester and it wasn't the same
Video call with mum in Accra, she's still asking when I'm getting married 🙄
Long day at the hospital, nursing is hard but rewarding
Night shift done, coffee number four, going to bed
Hair appointment took 7 hours, braids are fire though
Just got back from the village burial, tired but glad we honoured grandpa
My shoe got stuck in the mud at Oshodi, Lagos wahala
Finished reading the Bible in a year, by God's grace
Sorting out old photos from the 70s, such memories!!
Repainted the front door a lovely sage green, neighbours approve
Blood pressure is finally under control, thanks to my walks
Grandpa taught the kids how to play draughts today, they were hooked
Lost my reading glasses again, they were on my head the whole time 🤦‍♀️
Mum's 80th birthday lunch at the Harvester, lovely day had by all
Fresh snow on the Pennines this morning, gorgeous view from the kitchen window
Got a parking ticket at the hospital while visiting my wife. Shocking prices
Cricket club fundraising BBQ on Saturday, all welcome!
Rain in Islamabad finally, the dust is gone and the air smells lovely
Finished my CSS exam prep today, fingers crossed
Chai, samosa and rain, nothing else needed
Wedding season in Lahore is exhausting, three mehndis in one week
Board of directors meeting went well, promotion announced next month!!
Busy day at the clinic, 40 patients before lunch
Celebrating 10 years at my company today, time flies
Woke up with a terrible cold, staying in bed with honey and ginger
Just finished a 12 hour shift, feet are killing me
Got vaccinated today, a bit of a sore arm but fine
Evening walk around the estate, bumped into old friends
Tried a new recipe, fish pepper soup with yam, delicious
Cooking for 30 people at my son's naming ceremony, pray for me
Naming ceremony went beautifully, baby is called Oluwadamilare
Happy Independence Day Nigeria!! 🇳🇬 Green white green forever
Happy Independence Day Ghana!! Proudly Ghanaian 🇬🇭
Madaraka Day celebrations in the village, nyama choma everywhere
Happy Independence Day India 🇮🇳 Jai Hind
Happy Independence Day Jamaica, Out of Many One People 🇯🇲
Pakistan Zindabad, happy 14th August everyone 🇵🇰
Remembrance Sunday, thinking of my father who served. Lest we forget
4th of July barbecue at my daughter's, fireworks were spectacular
Can't believe my little girl is getting married on Saturday, emotional week
Tyre burst on the Accra Kumasi road, thank God we are all safe
Sunday school kids performed a beautiful nativity today
Just renewed my passport, ready for the next adventure
Finished the jigsaw puzzle, 1000 pieces, took three weeks!!
Had a lovely chat with the new neighbours, they're from Kerala and brought us payasam
Sunrise prayers on the rooftop, peaceful start
"""
)
