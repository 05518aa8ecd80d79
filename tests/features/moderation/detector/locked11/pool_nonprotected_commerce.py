# ruff: noqa: E501
"""Hand-written benign texts (locked11, categories nonprotected and commerce).

nonprotected: strong negativity aimed at things, ideas, weather, software,
institutions and sports teams, never at people for who they are.
commerce: legitimate sales, promos, job posts and events that can look scammy.
"""

NONPROTECTED = """
I HATE MONDAYS. With a burning passion.
Windows updates should be banned. Third restart today.
Potholes on Cemetery Road should be a criminal offence. Lost another tyre.
Self-checkouts are the devil's own invention. "Unexpected item in bagging area" my foot.
Man United are a disgrace. Sack the lot of them, board included.
This weather can go to hell. Four seasons in one afternoon.
Printers are evil. Every single one of them.
The council's new parking scheme is a total joke. Whoever thought it up wants shooting (not literally, calm down).
Autocorrect is the worst thing that ever happened to my text messages.
I despise coriander. Tastes like soap. Ban it.
Hospital car park charges are daylight robbery. Absolute scandal.
My broadband provider is useless. Useless! Three engineers, still no internet.
Daylight saving time should be abolished immediately. I'm a wreck.
Mosquitoes serve no purpose. Wipe them out.
Cold callers should be fined £1,000 per call.
The new Facebook layout is rubbish. Give us the old one back.
Traffic wardens on a Sunday? Pure greed from the council.
Brussels sprouts are an abomination. Fight me.
Hate, hate, HATE this humidity. Mumbai in June, never again.
Parking fines at the beach should be illegal. $90 for 5 minutes over!
The VAR system is ruining football. Scrap it now.
Pineapple on pizza is a crime against Italy.
Smart meters are a con. Mine's been 'smart' for 6 years and never sent a reading.
Customer service chatbots should be thrown into the sea.
Ryanair: never again. Worst airline on the planet.
Southern Rail is a national embarrassment.
Vegemite is disgusting and I will die on this hill.
The ATO website is a labyrinth designed by demons.
Nigerian electricity, NEPA took light AGAIN. This country's power sector is a joke.
Lagos traffic is pure evil. 4 hours to go 20km.
Bangalore traffic should be declared a natural disaster.
Indian railway tatkal booking is a scam designed to break your spirit.
Income tax forms were written by sadists.
The new iPhone is overpriced garbage. Same phone, new colour.
I detest reality TV. Rots your brain.
Clowns are terrifying and should be outlawed.
Spiders. Burn them all. Burn the house down. Move to a new country.
Leaf blowers at 7am should carry a prison sentence.
My washing machine has declared war on me.
Those new LED streetlights are hideous. Like living in a prison yard.
Magpies in swooping season should be declared a terrorist organisation.
The Tories have wrecked this country. Vote them out.
Labour are no better. Useless, the lot of them.
The Liberals are a shambles and Labor aren't much better. Bring on the election.
The BJP and Congress are both corrupt to the core. Vote NOTA.
APC and PDP, two sides of the same rotten coin.
Capitalism is killing the planet. Abolish billionaires.
Communism has failed everywhere it's been tried. Awful ideology.
Cryptocurrency is a pyramid scheme for tech bros. Ban it.
Social media is poison. Delete it all. (Says me, posting on social media.)
Zoom meetings that could have been emails should be banned by law.
Open-plan offices are torture chambers.
Ticketmaster fees are daylight robbery. £40 in 'service charges'!
Energy companies are legalised thieves. Price cap my foot.
Water companies pumping sewage into our rivers should be nationalised and their bosses jailed.
Sunday trading laws are ridiculous. It's 2026.
Daylight robbery at the petrol pumps, £1.65 a litre.
Fidget spinners were the worst trend of the decade.
The new roundabout on the A38 is a death trap. Whoever designed it should be sacked.
Pigeons are rats with wings and they've taken over the station.
Seagulls stole my chips AGAIN. Declare war on the seagulls.
That new-build estate is an eyesore. Ugly boxes everywhere.
Call centres with 45 minute wait times should be illegal.
Chelsea are the most boring team in history. Switch off.
Liverpool fans, I salute you, but your team is shambolic this year.
England's batting collapse was pathetic. Whole top order should be dropped.
The Wallabies are an embarrassment. Start again from scratch.
The Super Eagles defence is a joke. Who picked these players?
Mumbai Indians bowling attack is a disgrace this season.
Homework should be banned in primary schools.
Rats in the allotment shed again. Getting a terrier.
Wasps are pure evil in insect form.
GP appointment system is broken beyond repair. 8am scramble every morning.
Black Friday is a con. Prices went UP the week before.
My car is a lemon. Selling it for scrap.
Jury service notices should come with a month's warning, not a week.
Student loans are a scam. 30 years of paying for a degree I don't use.
Roadworks on the M1 since 2019. Will they ever end?
Ugh, monsoon flooding on the road again. Civic body sleeping as usual.
Those new bins are a nightmare. Seven different colours, who has the space?
""".strip()

COMMERCE = """
SALE NOW ON! 30% off all garden furniture at Greenacres Nursery this weekend only.
Use code SPRING15 for 15% off your first order at our Etsy shop 🌸 link in bio
DM for commissions! Pet portraits in watercolour from £45 🐶🎨
Tickets for the Rotary Club Christmas Ball now on sale, £35 including three-course dinner
We're hiring! Part-time barista at the Old Mill Café. Drop your CV in store or email jobs@oldmillcafe.example
Homemade samosas, 12 for £6, order by Thursday for Saturday collection!
Car boot sale Sunday at St Anne's school field, pitches £10, buyers free
Aunty's Kitchen now delivering in Peckham! Jollof, suya, puff-puff. Call 020 7946 0153 to order.
Pre-orders open for our Diwali mithai boxes. Limited stock, order early!
New website is LIVE! www.thepottingshed.example, free delivery over £30
50% off all winter coats at Harpers, today and tomorrow only, in store
Giveaway time! Follow us and tag a friend to win a £25 voucher. Winner picked Friday. No purchase necessary.
Handmade sarees and kurtis, WhatsApp +91 98400 12345 for catalogue. Free shipping in Tamil Nadu.
Tutoring available: GCSE and A-level maths, £30/hour, DBS checked, references available
Hairdressing at home for elderly clients, Tuesdays and Thursdays. Call Sandra on 07700 900215.
Local honey for sale, £7 a jar, honesty box at the gate 🍯
Grand opening of Mama Nkechi's Restaurant on Saturday! First 50 customers get free small chops!
Book your MOT now, £35 this month only at Dave's Garage
Free consultation for new clients this month, Lotus Physio, book online
Flash sale: all candles £5 until midnight 🕯️
Now taking bookings for Christmas parties, 3 courses £29.95pp
Job vacancy: care assistant, days and nights, £12.50/hr, training provided, apply via our website
Our bakery is 10 years old today! Free cupcake with every coffee 🎂
School uniform swap shop Saturday 10-12 at the community centre, all free!
Looking for a reliable cleaner, 3 hours a week, Harrogate area, £15/hr. Message me with references.
Selling my late mum's sewing machine, Singer, works perfectly, £40, collection only from Exeter
Yoga classes every Wednesday 7pm at the scout hut, £6 drop-in, first class free
Fresh mangoes just in from Ratnagiri! Alphonso, ₹800 per dozen, home delivery available
Buy 2 get 1 free on all paperbacks at Chapter & Verse, this week only
Wedding photography 2027 dates now open, DM for packages 📸
Craft fair this Sunday, 40 local makers, free entry, cakes in the church hall
Our new menu launches tomorrow! Book a table and get a free dessert
Accountant taking on new self-assessment clients, fixed fee £150
Used textbooks for sale, first year nursing, £5 each
Locally made furniture, solid oak, custom orders welcome. Showroom open Saturdays.
Puppy training classes starting in March, 6 weeks for £90, book now!
Discount code WELCOME10 for 10% off your first box of organic veg
We're expanding! Hiring 3 electricians and an apprentice. Competitive pay, van provided.
Aso-ebi fabrics in stock for December weddings, DM for prices 👗
Limited edition prints available from my exhibition, signed and numbered, £60 each
Cricket coaching for under 12s this summer at the club, £5 per session
Farm shop now open Sundays! Free-range eggs, lamb and local cheeses.
Concert tickets for Saturday's jazz night, £12 at the door or £10 online
Hot cross buns back in stock! Order your Easter dozen now
Pop-up shop at the market this Saturday, handmade jewellery, cards accepted
New salon opening! 20% off all treatments for the first month. Book on 01632 960431.
Second-hand school shoes in great condition, free to a good home, Hove area
Volunteer drivers needed for hospital transport, mileage paid
Autumn sale on at Nana's Wool Shop, all yarn 25% off 🧶
Curry night fundraiser for the scouts, £15 a ticket, BYO drinks
Plumber available for emergency call-outs, no call-out charge on weekdays, fully insured
Mobile phone repairs while you wait, screens from £39, at the shopping centre kiosk
We deliver! Fresh fish every Friday from Grimsby, order by Wednesday
Children's birthday party packages from £150, bouncy castle included
Pre-loved designer handbags, authenticated, DM for photos and prices
Gift vouchers available for Christmas, any amount, at reception
Japanese cooking class next Thursday, 6 spaces left, £45 including ingredients
Shop local this Christmas: our advent market opens Friday at 5pm
Launching my new podcast about gardening! Episode 1 out now on all platforms
Hiring a receptionist for our dental practice, full time, Mon-Fri, apply in person
Independent bookshop needs Saturday staff, book lovers only!
Handmade cakes for every occasion, order 7 days in advance, DM me 🎂
50 years in business! Thank you to our loyal customers. 10% off everything all week.
Furniture clearance: everything must go! Sofas from £99
Selling 2 tickets for Ed Sheeran Wembley, face value, PayPal goods and services only, can meet in person
Early bird tickets for the village music festival on sale now, £20 until March 1st
Our charity shop needs donations! Clothes, books and bric-a-brac welcome
Knitted baby blankets to order, any colour, £25
Driving lessons, patient instructor, 10 lessons for £300, pass rate 85%
Pickup only: free firewood, just come and take it, Bridge Lane
""".strip()
