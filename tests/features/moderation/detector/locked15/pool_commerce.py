"""Hand-written legitimate commercial statuses and benign seeds for the disguise transform."""

from ._text import lines

COMMERCE: list[str] = lines(
    r"""
Fresh small chops for your parties and events! Puff puff, samosa, spring rolls. Order on
~ 08035551234
Mama Nkechi's Kitchen now delivers in Surulere and Yaba. Egusi, ogbono, banga. DM to order
New stock of Ankara fabric just arrived at my shop in Balogun market, Line 4 shop 12. Come and see
We are hiring! Sales assistant needed at our Ikeja pharmacy. Send CV to the manager at the store
Our church bazaar is this Saturday, all proceeds go to the orphanage. Come with your family!
Charity raffle for the children's ward at LUTH, tickets 1,000 naira each at the hospital gate
Grand opening of Bisi's Salon in Ibadan this Friday, 20% off braids all weekend
Selling my used HP laptop, 8GB RAM, works well. Viewing in person at my shop in Computer
~ Village only
Kente weaving class in Bonwire every Saturday morning, beginners welcome
Fresh tilapia from Lake Volta every Thursday at my stall in Kaneshie market
Shea butter, black soap and coconut oil, all handmade in Tamale. Order through my shop on Jumia
Auntie Esi's catering now taking bookings for funerals, weddings and outdoorings. Call the
~ office on 0302555777
Job opening: accountant needed at a Kumasi hardware firm, 3 years experience, apply in
~ person Monday
Mama Wanjiku's mandazi now available at the Kawangware stage every morning from 6am
Our chama is hosting a charity walk for the cancer ward at KNH, registration at the church
Selling fresh avocados from our farm in Murang'a, bulk orders for hotels welcome
Now hiring: 2 drivers for our Nairobi-Nakuru transport company. Valid PSV licence
~ required. Interviews at our office
Book your safari with a KATO registered operator. Maasai Mara 3 days, all inclusive,
~ deposit on arrival
Handmade beaded sandals from Lamu, shipping across Kenya via G4S. Check my Instagram shop
Diwali sale at Sharma Sweets! Kaju katli, soan papdi and gift boxes, 10% off till Sunday
Home tuition for class 9 and 10 maths and science, experienced teacher, Andheri West. Call
~ after 6pm
Our NGO is collecting old clothes for flood relief in Assam, drop-off at the community hall
Walk-in interview for customer service at our Pune office, Saturday 10am, bring your resume
Bridal mehndi bookings open for the wedding season, pictures of my work in the highlights
Fresh organic vegetables from our farm in Nashik, home delivery every Sunday, order by Friday
Charity cricket match for the cancer hospital, tickets 200 at the gate, all proceeds donated
Eid special: mutton biryani deg for 20 people, order 2 days in advance at our shop in Gulshan
Ladies suits lawn collection just arrived at our boutique in Liberty Market, Lahore
Hiring a receptionist for our dental clinic in F-10 Islamabad, apply at the clinic with CV
Free eye camp at the masjid this Sunday, organised by local doctors, bring your elders
Mangoes from Multan, Chaunsa and Sindhri, delivery across Karachi, message for the price list
Fish fry and festival on Sunday at Hellshire, live music, come out and support local vendors
Jerk chicken and pork every Friday at Uncle B's stand in Half Way Tree
Our church is having a fundraiser dinner for the new roof. Tickets 3,000 JMD from the church office
Hiring: experienced chef for our Negril restaurant, apply in person with references
Handmade crochet hats for sale at the craft market in Ocho Rios, come check mi out
Lovely homemade jams and chutneys at the WI stall this Saturday, all proceeds to the church roof
Car boot sale at St Mary's school field Sunday 7am, sellers 10 pounds a pitch
Knitted baby blankets for sale, all profits go to the neonatal unit at the General
Our village fete is on 14th July, tombola, cake stall and dog show, all welcome!
Garden centre Christmas fayre this weekend, free mince pies with every purchase
We're recruiting! Care assistants needed at Rosewood Care Home, full training given, apply
~ on our website
Selling my late husband's golf clubs, good condition, collection only from Harrogate
Bake sale for the school PTA on Friday after pickup, cash or card
Giveaway! To celebrate 10k followers, I'm giving away one of my handmade candles. Follow
~ and comment your favourite scent
Giveaway time! Win a signed copy of my new cookbook. Winner picked at random on Friday, no
~ purchase necessary
Tickets for our gospel concert are now on sale at the church office and at the door
Community yard sale Saturday on Maple Street, lots of kids' clothes and toys
Church pancake breakfast fundraiser Saturday 8am, 5 dollars a plate, all welcome
Now hiring seasonal staff at the farm stand, apply in person, must be 16+
My daughter's Girl Scout cookies are here!! Thin Mints and Samoas, order through me
Estate sale this weekend, antiques, furniture and vintage jewellery, cash only
Food bank needs volunteers this Thanksgiving, sign up at the church office
Open house at our new bakery on Main Street, free coffee and samples all day
Tailoring services, alterations and school uniforms, my shop is opposite the Post Office
Solar panel installation, NABCEP certified, free quote, come visit our showroom
New menu at Chicken Republic branch in Ikeja, come try the spicy wings
Student discount at our barbershop, 500 naira off with your school ID
Book club meets Tuesdays at the library, this month we're reading Things Fall Apart
Registration open for our football academy, ages 6-14, training at the school field
Rent a canopy and chairs for your events in Enugu, reasonable prices, visit our yard
Our Sunday market now accepts M-Pesa and cash, see you at the stalls
New branch of our pharmacy now open in Kisumu, ask about our senior discount
We repair phones, laptops and TVs, walk-in shop behind the bus station, Tema Community 1
Volunteers needed for our beach clean-up at Labadi, Saturday 7am, gloves provided
Fully booked for December weddings, thank you everyone! Now taking bookings for January
My handmade jewellery is now stocked at the Craft Centre in Accra, come and see
Our Toastmasters club meets every Wednesday, guests welcome, no fee for first visit
Tuition centre open for holiday lessons, maths and English, small groups, meet the
~ teachers Saturday
Free blood pressure and sugar check at the church hall after service, by the medical team
Second hand textbooks for JSS and SSS, half price, at my stall near the school gate
"""
)

BENIGN_SEEDS: list[str] = lines(
    r"""
{Happy} {Sunday} family, church was wonderful today
{Jollof} rice at the wedding was so sweet
{Rain} has started in Lagos, stay safe everyone
My daughter got {admission} into university, God is faithful
{NEPA} took light again, generator on since morning
{Suya} and cold malt after work, simple joys
{Waakye} for breakfast, no regrets
{Black} {Stars} play tonight, everyone at Uncle Kofi's
{Harmattan} is here, my skin is so dry
{Ugali} na sukuma for lunch today
Took the {SGR} to Mombasa, lovely views
{Graduation} day at last, four years of hard work
{Chai} time with my mum on the veranda
{Mumbai} local was packed but I made it
{Diwali} cleaning has started in our house
{Monsoon} is here, pakoras taste better
{Biryani} night with the family
{Eid} shopping done, kids are so happy
{Lahore} weather is finally pleasant
{Cricket} tonight, Pakistan need 40 off 24
{Ammi} made nihari for everyone
Lovely walk along the {seafront} this morning
{Grandson} was a sheep in the nativity play
{Freezing} this morning, scraped the windscreen
{WI} meeting tonight, bringing lemon drizzle
{Bingo} night at the Legion, won biscuits
{Cup} {of} {tea} and the crossword
My {roses} have done so well this year
{Snow} in Ohio already, shovelled twice
{Thanksgiving} prep has begun, big turkey
{Proud} {grandma} moment, honor roll again
{Farmers} {market} had the best peaches
{Kingston} traffic mad today
{Rice} {and} {peas} and curry goat, blessed
{Ackee} and saltfish for breakfast
Mi {granny} turn 95 today
{Finished} the marathon, legs are dead
Making {bomb} jollof for the party
I {killed} my presentation today
This {heat} is murder, 38 degrees
{Traffic} is killing me on Mombasa Road
My {baby} took her first steps today
{Mango} season is here, best time of year
{Ramadan} {Mubarak} to everyone
{Merry} {Christmas} from our family
{Happy} {Holi}, pink powder everywhere
{Sunrise} at Diani beach, unforgettable
Baking {bread} for the first time
Did my first {5k} without stopping
Got my {driving} {licence} at last
{Movie} {night} with the kids
{Moving} {house} next week, boxes everywhere
Our {pastor}'s sermon touched me today
{Power} is back after three days
{Solar} panels installed, bye NEPA
{Learning} {French}, bonjour everyone
My {husband} surprised me with flowers
{Chin} {chin} sold out at the office
First {winter} in Toronto, so cold
{Night} {shift} done, going to bed
{Braids} took 7 hours but they're fire
{Happy} {Independence} {Day} Nigeria
{Happy} {Independence} {Day} Ghana
{Pakistan} {Zindabad}, happy 14th August
{Jai} {Hind}, happy Independence Day
{Out} {of} {Many} {One} {People}, happy Independence Jamaica
{Remembrance} Sunday, lest we forget
Finished the {jigsaw}, 1000 pieces
{Tunde} you still owe me suya 😂
Who finished the {meat} in the pot, confess
{Chale}, Friday night at Osu, who's in?
{Sasa} buda, tuko wapi leo?
{Bhai} return my controller 😂
{Chai} pe milte hain shaam ko
{Wah} {gwaan}, link up Saturday?
{Pub} {quiz} Thursday, no excuses
Mate you're a {muppet}, keys in the door again
{Potluck} at my place Sunday
{Karaoke} tonight, bring your worst voice
{Road} {trip} this weekend!!
You {absolute} {legend}, thanks for the lift
{Game} {night} at mine, Ludo and Whot
{Iftar} at our place Friday, all welcome
{Car} {boot} {sale} Sunday, pick you up at 7
{Fancy} a {pint} after work?
Happy {birthday} you old goat 😂
We dey go {owambe} Saturday
{Lunch} next week? It's been ages
Send me the {photos} from Saturday
{Grandpa} replies to everything with a thumbs up
{Fresh} small chops, order on 08035551234
{Ankara} fabric just arrived at my shop
{Charity} {raffle} for the children's ward
{Grand} {opening} of Bisi's Salon this Friday
{Kente} weaving class on Saturdays
{Fresh} {tilapia} every Thursday at my stall
{Mandazi} every morning from 6am
{Fresh} {avocados} from our farm, bulk orders
Now {hiring} drivers, valid licence needed
{Diwali} {sale} at Sharma Sweets
{Home} {tuition} for maths and science
{Walk-in} interview Saturday 10am
{Mehndi} bookings open for wedding season
{Mangoes} from Multan, message for prices
{Free} {eye} {camp} at the masjid Sunday
{Jerk} {chicken} every Friday at Uncle B's
{Church} {fundraiser} dinner for the new roof
{Homemade} {jams} at the WI stall Saturday
{Village} {fete} on 14th July, all welcome
{Giveaway}! Win one of my handmade candles
{Bake} {sale} for the PTA on Friday
{Girl} {Scout} {cookies} are here!!
{Yard} {sale} Saturday on Maple Street
{Pancake} {breakfast} fundraiser, 5 dollars a plate
{Food} {bank} needs volunteers this Thanksgiving
{Open} {house} at our new bakery
{Football} {academy} registration open, ages 6-14
{Beach} {clean-up} at Labadi Saturday 7am
{Free} {blood} {pressure} check after service
{Second} {hand} {textbooks} half price
{Our} {Sunday} {market} now accepts M-Pesa
{Phone} {repairs} behind the bus station
{Bridal} {makeup} bookings open, December slots filling up
{Fresh} {bread} every morning at our bakery in Madina
{Tailoring} and alterations, shop opposite the Post Office
{Blessed} Sunday to all my friends, have a lovely week
{Good} {morning} family, God is good all the time
{Weekend} vibes, nothing planned and I love it
{Wedding} {cards} are out, December here we come
Pray for my {brother}, surgery tomorrow at 8
Happy {anniversary} to my best friend, 50 years
{Exam} {results} out, passed everything!!
{New} {job} starts Monday, pray for me
{Thank} {you} everyone for the birthday wishes ❤️
{Cooking} egusi for my in-laws today
{Lost} my glasses, they were on my head 🤦‍♀️
{Nyama} {choma} this Saturday, who's coming?
"""
)
