"""Legitimate notices and commerce: scam warnings, shops, trades, lost pets, jobs and offers."""

from __future__ import annotations

_TEXT = """
Reminder: we will never ask for your PIN or full password by text, email or phone
Your bank will never ask you to move money to a "safe account". If someone does, hang up
Scam alert: fake parcel texts are going round asking for a £1.45 redelivery fee. Ignore them
Energy bill support: check your supplier's official website, not links in texts
Planned water outage on Elm Road Tuesday 9am to 1pm while we repair a main
Power cut in the CV3 area, engineers on site, estimated restoration 6pm
Our branch on the High Street closes for good on 28 March. Thank you for 40 years
Tip from your building society: if a call feels rushed or urgent, it's probably a scam
Council tax rebates are never paid via a link in a text. Stay safe
HMRC will never text you about a tax refund. Report scam texts to 7726
Local plumber, gas safe registered, no call out fee. Call Dave on 07700 900123
Qualified electrician covering Sheffield and Rotherham, free quotes: 0114 496 0321
Window cleaning every 4 weeks, £12 a house, reliable and insured. Text 07700 900456
Handyman available for flatpack, shelves, small jobs. Reasonable rates
Dog walker in Didsbury, DBS checked, insured, group walks £12 an hour
LOST CAT: Miso, ginger tom, missing since Sunday near Oak Lane. Reward. 07700 900789
Missing dog! Black lab called Bruno, friendly, microchipped. £200 reward, call 0161 496 0555
Found a grey rabbit in Victoria Park this morning, safe with us, DM to claim
lost ring at Bondi beach yesterday, sentimental value, reward offered, call 0491 570 156
Farmers market every Saturday 8-1 in the town square: veg, cheese, bread, flowers
Car boot sale Sunday at the rugby club, sellers £8, buyers 50p from 7am
Fresh eggs from our hens, £2 a half dozen, honesty box at the gate 🥚
Handmade soy candles, new autumn scents in the shop now, link in bio
Small bakery, sourdough and cinnamon buns, open Wed to Sun
our café has new opening hours: 7am to 4pm weekdays, 8am to 3pm weekends
Now hiring: part-time barista, weekends, no experience needed, we'll train you
We're hiring a junior developer (Python), hybrid in Leeds, salary £32k, apply via our site
Care assistants needed, days and nights, full training, £12.60 an hour
Delivery drivers wanted, own van preferred, apply in store
Summer job for students: lifeguards at the leisure centre, must hold NPLQ
GIVEAWAY! To celebrate 1,000 followers, win a hand-knitted scarf. Follow and comment to enter
Giveaway closes Friday at midday, winner picked at random and announced here. Good luck!
Subscribe to our veg box for fresh local produce every week. Cancel anytime
First month half price on our gym membership, no joining fee this January
Free trial of our meal kit, 3 recipes a week, pause or cancel anytime
Christmas markets open this weekend, mulled wine and mince pies from 4pm 🎄
Book sale at the library on Saturday, all paperbacks 50p, proceeds to the library fund
Jumble sale at St Mary's church hall, 10am Saturday, cake stall too
Bake sale for the school PTA, Friday after school, all donations welcome
Local MOT centre: tests from £35, book online or ring 0121 496 0876
Key cutting and shoe repairs while you wait, next to the post office
Alterations and repairs, hems from £8, quick turnaround
Tutor available: GCSE and A level maths, online or in person, first lesson free
Piano lessons for all ages, beginners welcome, DBS checked
Mobile hairdresser in Galway, evenings and weekends, ring 091 555 0134
Nigerian kitchen, jollof, suya and puff puff, delivery in South London, order on our website
Samosas and pakoras fresh every Friday, pre-orders via WhatsApp 07700 900234
Tamale sale Saturday at our church parking lot, $20 a dozen, pork and chicken
Gutter cleaning and roof repairs, Sydney north shore, call 0491 570 159
Garage sale this Saturday 123 Maple St, furniture, toys, tools, everything must go
Yard sale! Sunday 8am to noon, lots of baby stuff, cash or Venmo
Please note: our support team will never DM you first asking for login details
Official notice: the community centre is closed Monday for the bank holiday
Bin collections are a day late this week due to the bank holiday
Road closure on Church Street 14 to 18 July for resurfacing, diversions in place
The 52 bus is diverted via Station Road until further notice
Vet clinic notice: we're fully booked for routine appointments this week, emergencies still seen
Pharmacy closed 1-2pm for lunch, sorry for any inconvenience
Library now offers free printing for job seekers, just ask at the desk
Food bank drop-off point at the supermarket entrance, tins and toiletries especially needed
Coat drive: bring unwanted warm coats to the school hall by 1 December
Free flu jabs for over 65s at the pharmacy, walk in, no appointment needed
Community fridge is stocked, take what you need, leave what you can
Ticket resale only through the official box office, third-party sites may be scams
Beware of fake concert ticket sellers on social media, only buy from official sites
If a caller says your bank account is compromised, hang up and ring the number on your card
PSA: the Amazon "your account is locked" emails are phishing, don't click
Holiday lets in Cornwall, sleeps 6, dogs welcome, book direct for 10% off
Two bed flat to rent in Glasgow West End, £950 pcm, no pets, available June
Selling my old bike, Trek hybrid, good condition, £180 ono, collection only
For sale: kids' car seat, never been in an accident, £30
Free to a good home: sofa, needs collecting by Friday
Nail salon offer: gel manicure £20 this week only 💅
Barber shop open late Thursdays till 8, walk-ins welcome ✂️
Grand opening of our new Indian takeaway, 20% off all orders this weekend
Mobile phone repairs, cracked screens fixed in 30 minutes
Halal butcher, fresh lamb every morning, family business since 1985
Kosher deli now open on Sunday mornings
Our coffee subscription ships every two weeks, pick your roast, skip any time
New season's strawberries at the farm shop, pick your own from June
Fancy dress hire for parties, weddings and stag dos, open 9 to 5
Dance school enrolment open for September, ballet, tap, street
Swimming lessons for babies and toddlers, small groups, warm pool
Wedding photographer, limited 2027 dates left, enquire for packages
Driving instructor, automatic and manual, patient with nervous learners, 07700 900567
Chimney sweep, certificates issued, book before winter, 01632 960432
Septic tank emptying, rural Norfolk, same week service
Upholstery and furniture restoration, bring grandma's chair back to life
Estate agent notice: viewings for 14 Park Rise are Saturday 10 to 12
Tailor made suits, Lagos and Abuja, book a fitting today
Mama put restaurant, best amala in Ibadan, come and taste
Fresh fish every morning at the harbour stall, cash and card accepted
Monthly craft fair at the village hall, 40 stalls, free entry
Volunteers needed for the park clean-up on Saturday, gloves and bags provided
Blood donor sessions at the town hall on 3 March, book online
Keep your payment details safe: we only take payments on our official website
Members' update: the AGM is on 12 May at 7pm, all welcome to attend
Sponsored walk for the hospice, sign up at reception
Our shop will be closed for stocktaking on Sunday, back Monday 9am
Energy supplier reminder: we never visit your home unannounced. Always ask for ID
Lost parrot, green with a red head, answers to Kiwi, reward, ring 0113 496 0912
"""

LINES: list[str] = [line.strip() for line in _TEXT.splitlines() if line.strip()]
