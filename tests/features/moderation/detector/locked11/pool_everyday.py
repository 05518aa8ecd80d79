"""Hand-written ordinary statuses (locked11, category everyday). Benign."""

EVERYDAY = """
at the gym 💪
Busy with grandchildren all week, will reply when I can!
On holiday in Tenerife till the 14th ☀️🌴
In a meeting, back at 3
Available for a chat after 7pm
Church choir practice Thursday evenings, come along!
Gone fishing 🎣
Proud nana of 4 ❤️
Working from home today, messages may be slow
Off sick with a stinking cold, Lemsip and bed
Happy Diwali to all my friends and family 🪔✨
Blessed Sunday everyone. God is good.
Driving, will call you back
Do not disturb, exam season 📚
At the allotment, the runner beans are finally up!
Just landed in Lagos, so good to be home 🇳🇬
Listening to Fleetwood Mac on repeat today
Retired and loving it. Garden, grandkids, golf.
Night shift this week, sleeping days
In Bangalore for work till Friday
Watching the cricket, don't talk to me till tea
Cooking jollof for the family gathering tomorrow
Volunteer at the food bank on Tuesdays and Saturdays
New phone, please send me your numbers again!
Walking the dog along the prom 🐕
Proud to have finished my first 10k today! 🏃‍♀️
Brekkie at the beach then a surf if the swell picks up
Studying for my nursing exams, wish me luck
ONLY WHATSAPP MESSAGES PLEASE, NO CALLS AFTER 9PM
Bible study group, Wednesday 6pm, all welcome
Baking scones for the WI fete on Saturday
Hospital appointment this morning, fingers crossed
At my daughter's graduation, so so proud 🎓
Coffee first. Then everything else. ☕
Out of office until Monday 9th
Visiting family in Kerala for Onam 🌸
Learning to knit at 72, wish me luck!
Happy 40th anniversary to my darling husband, love you more every year ❤️
Stuck on the M25, as usual
Sunday roast at the pub with the family
Mowing the lawn before the rain comes in
Reading 'Wolf Hall' again, still brilliant
Off to the Ekka with the kids today!
Back in Durban for the December holidays
Bus to work, train home, repeat
Holiday mode: ON 🏖️
Teaching Year 3 this year, lovely bunch of kids
At the vet with Biscuit, poor boy has a sore paw 🐾
Decluttering the loft, wish me strength
Praying for everyone travelling this Easter weekend
Feeling 22. Actually 64.
Enjoying a quiet cuppa in the garden 🌷
Cycling to work for a month, day 3 and my legs hate me
Moving house this weekend, boxes everywhere!
New job starts Monday, nervous but excited
Just passed my driving test at the third attempt!!! 🚗
Thanks everyone for the birthday wishes, had a lovely day x
Gardening club meets every first Saturday, new members welcome
Making ladoos for Raksha Bandhan
Sunday service at 10am, livestream on our page
Home from hospital, slowly recovering, thank you all for the prayers
On the ferry to the Isle of Wight 🌊
Vacation in Goa, phone mostly off
At Twickenham for the match, what an atmosphere!
Reading in bed with a hot water bottle. Bliss.
Just became a great grandmother, welcome to the world baby Amara 💕
Busy season at the shop, bear with me
At parents evening, back later
It's my birthday! 60 and still dancing 💃
Flight delayed 3 hours at Heathrow, anyone else?
BBQ at ours Saturday arvo, bring a plate
Live from the Durga Puja pandal in Kolkata 🙏
Volunteering at the hospice shop this morning
Enjoying the first strawberries from the garden 🍓
Out and about, text me
Finally booked the cruise for our retirement! Norway here we come
In London for the day, meeting my sister for lunch
Feeding the ducks with the little ones 🦆
Christmas shopping done! (in November, for once)
Watching Strictly with a takeaway
Ramadan Mubarak to all who are observing 🌙
Eid Mubarak from our family to yours
Happy Vaisakhi everyone!
Good morning from Abuja, have a blessed day!
Celebrating 30 years at the same company today
Visiting Mum in the care home, she's in good spirits
Cleaning the house top to bottom, radio on
Doing the school run then straight to work
Walking the Camino de Santiago, day 12
Knee replacement done, physio starts Monday
At the library, quiet please 📚
Sorting out the tax return, wish me patience
New puppy!! Meet Bella 🐶
Jam making day, 12 jars of blackberry
Can't talk, making samosas for the whole street's party
Morning swim at the lido, freezing but worth it
Happy Independence Day India! 🇮🇳
Happy Australia Day mates
Happy Canada Day to all my friends over there 🍁
Trying a new recipe tonight: chicken tagine
In Melbourne for the tennis
Gone to the caravan for the weekend, no signal
Heading to Mass, then lunch with the family
Family WhatsApp group is busy today! 😂
Grandson's first football match today, he scored!
At the opticians, can't see a thing
Painting the spare room sage green
Off to Edinburgh for the festival
Waiting for the plumber, any minute now...
Hosting book club tonight, prosecco chilling
Just finished the Sunday crossword, very pleased with myself
Lunch at the Gurdwara with my parents
Planting tulip bulbs for next spring
At the Eisteddfod, amazing singing this year
Nursing a cold with soup and old films
Picking up the kids from nursery
Work trip to Manchester, back Wednesday
Taking a break from social media for a bit. Text me if you need me.
Enjoying retirement in the Algarve 🌞
On call this weekend
Watching the Ashes with Dad
Working late again, pizza for tea
Finally got the allotment plot after 3 years on the waiting list!
Cheering on my daughter at her netball tournament
Making pancakes with the kids 🥞
Sunset at Cottesloe, never gets old 🌅
Thinking of Dad today, 5 years since he left us. Miss you always.
Prayers for my auntie in hospital, please remember her
Fresh bread out of the oven, house smells amazing
Road trip to the Lake District, car packed
Loving the new kitchen, finally finished!
At the farmers market, best sourdough in town
Mother's Day lunch with my three favourite people
Back to uni tomorrow, where did summer go
Packing for Nigeria, December in Enugu!
Up early for the Boxing Day sales
In Chennai for my cousin's wedding 💐
Sitting in the garden listening to the birds
Travelling, limited signal till Sunday
Away with the Scouts this weekend, camping
New grandbaby due any day now!
Morning yoga then porridge
Busy, but never too busy for family
Learning Spanish on Duolingo, 100 day streak!
Spring cleaning the shed, found my old record player
Good morning from Brisbane, 28 degrees already
Off to the footy with the boys
At the dentist, send help 😬
Cosy night in, fire's lit
Pottery class tonight, making a wonky bowl
Choir concert Sunday at St Peter's, tickets £5 at the door
On the early train to Cardiff
Coffee morning at the village hall, all welcome
In Jaipur, the colours here are incredible
Chemo round 4 done, feeling positive 💪
Slow Sunday. Papers, tea, biscuits.
Hospital shift, 12 hours, send coffee
Working on my family tree, found a relative from 1790!
Dinner with the in-laws tonight
Counting down to Christmas 🎄
Feeling grateful for good friends today
Just got back from the Holy Land, what a journey
First day of retirement! No alarm clock ever again 🎉
On jury service this week
Making chapati for dinner
Spent the afternoon at the seaside, fish and chips on the pier
Celebrating 50 years of marriage today. Golden! 💛
Out for a run along the canal
Sick of packing, but Adelaide here we come!
At my son's passing out parade, so proud of him
School holidays, send reinforcements 😅
Babysitting the twins tonight
Heading to the Sunday market
In Accra for a conference
Fixing the fence after last night's wind
Just joined the local walking group, lovely people
Happy Thanksgiving to my American friends!
Back from Bali, already miss it
Sorting out the garage, what a job
Hiking in the Blue Mountains today
Afternoon tea at the Ritz for my birthday!
Waiting at the GP surgery, running 40 mins late
Tidying the garden for the summer
Evening prayers, then early to bed
First snow of the year! ❄️
Power cut in our street, on phone battery only
Catching up with old school friends this weekend
Shopping for my daughter's wedding outfit 👗
Tea and toast and a good book
Volunteering at the parkrun, come say hi
Nap time. Do not disturb.
Marking exam papers all weekend
At the races with the girls 🐎
Cooking egusi soup, the whole house smells of home
Just a small town girl living in a lonely world 🎶
Onto my third week of the new diet, 6 pounds down!
On a train through the Highlands, stunning
Celebrating Pongal with the family 🌾
Lunch at Nando's with my grandson
Catching the sunrise at Bondi 🌅
""".strip()
