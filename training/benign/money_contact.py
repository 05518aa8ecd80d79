"""Ordinary money, number and contact talk between people who know each other; nothing a scam."""

from __future__ import annotations

_TEXT = """
call me when you land
text me your address for the party
my number changed, save it
DM me the photos from last night
dinner came to £84, so £21 each, I'll send you my bank details
I've sent you my half of the gas bill
paid you back for the concert tickets, check your banking app
it's £12 each for the taxi, pay me whenever
can you transfer me the £8 for the pizza when you get a sec?
I'll get this round, you get the next
let's just split it evenly, easier
who owes who for the groceries? I've lost track
I added the bills to the Splitwise group, we're all square
rent is due on the 1st, I'll pay the landlord and you send me your share
electric was £96 this quarter, so £32 each
I've put the holiday deposit down, it's £150 each
the cottage is £600 for the week between six of us, bargain
tickets are £35 but there's a student discount
the gym is £25 a month, not bad
the new phone is £799, I'll wait for the sale
found the same trainers for £30 less at Sports Direct
Next has 50% off in the sale, the kids' coats are half price
Marks and Spencer has the good sandwiches on a meal deal for £3.90
Tesco has the big box of chocolates for £5, stocking up for christmas
Lidl had the garden furniture in, I got a bench for £40
Currys has the TV we wanted on offer this weekend
Argos has the kettle for £19.99, get that one
Woolworths has 20% off gift cards this week, grabbing one for mum's birthday
Checkers has a special on chicken this week
Big Bazaar sale is on, mum bought half the shop
Shoprite had eggs on offer, got two trays
Dunnes has their winter sale on, got a coat for €30
Aldi is selling the ski gear again, grab it before it's gone
JB Hi-Fi had the headphones discounted, got a pair
Uniqlo has their heattech on sale, warm winter sorted
the charity shop on the high street has a sale on books, 50p each
bought the new jacket for £45 instead of £90, winning
I'm on a budget this month, can we do something free?
picnic instead of a restaurant? saving for the wedding
can we keep the secret santa to £10?
the gift for Priya's leaving do is £5 each, I've set up a collection
we're chipping in for a present for the teacher, £3 per family
I'll cover you this time, you can get me next week
no worries about the money, pay me back whenever
I'll venmo you for the Uber
sent it on Revolut, should be there now
I've sent it via Monzo, let me know if it arrives
bank transfer done, reference says "curry night"
I'll pay you in cash tomorrow
sorry I forgot to pay you back, doing it now
thanks for spotting me the £10, sent it back
my salary went in early this month, lovely surprise
got a small pay rise, celebrating with a takeaway
my mum's giving me her old car, saving so much money
the house we viewed is on for £275k, a bit over our budget
the rent for the two bed is R12,000 a month, that's fair for the area
the flat in Koramangala is 25k a month, decent
the car service came to £230, ouch
the plumber charged £80, reasonable really
vet bill was £120 for the jabs, she's worth it
school trip is £15, sign the form and send it in by friday
swimming lessons are £7 a session
the parking here is £2 an hour
my new number is on WhatsApp, message me there
lost my phone, new number coming soon, don't use the old one
saving your number now, thanks
what's your number again? mine got wiped
ring me after 6, I'll be free then
call me when you get this, no emergency, just want a chat
give us a bell when you're back in town
drop me a text when you're home safe
let me know when you get there
FaceTime tonight? kids want to say hi
text me when you're outside and I'll buzz you in
what's the postcode for the party venue?
send me the address and I'll put it in the satnav
the address is in the invite, 14 Park Road, come round the back
our new address is in the christmas card, update your contacts
I'll send you my address for the wedding invite
can you send me the link to the photo album?
DM me if you want the recipe
DM me and I'll send you the notes from the lecture
slide into my DMs with your fantasy team name
I'll WhatsApp you the details later
email me the CV and I'll forward it to my manager
pop me a message when you're free this week
send me a voice note, I'm driving
reply to the email when you get a second, just need a yes or no
I got the job at Deloitte!!
starting at the NHS trust in september, so excited
accepted an offer from Google in Dublin, moving in spring
I've been made a partner at the firm, still can't believe it
just got my first paycheck from the new job at Infosys
Accenture offered me the grad scheme, I said yes!
new job at Safaricom, starting monday
my sister got a job at Standard Bank, so proud
he's been promoted to head chef at the restaurant
she's joining Flutterwave as an engineer, go girl
I'm leaving Tesco after 10 years, onwards and upwards
interview at the BBC next week, nervous
finally got a placement at Rolls-Royce for my year in industry
Atlassian called me back for a second interview!
got a summer internship at KPMG
my brother's starting his apprenticeship at BT
running the Great North Run for Macmillan Cancer Support, any donation appreciated
my JustGiving page for the British Heart Foundation is in my bio, every bit helps
doing the Three Peaks for Mind in memory of my uncle, please share
we raised £1,200 for Cancer Research UK at the bake sale, thank you all
shaving my head for the Little Princess Trust next month
cycling London to Paris for Save the Children, training starts now
the school fair raised £800 for the PTA, new library books incoming
our office is doing a food drive for the Trussell Trust, bring tins
sponsored silence for Children in Need, my mum thinks it's impossible
Movember for the Movember Foundation, the moustache is coming along
Walk for Alzheimer's Society on the 20th, join our team
swim for the RNLI this weekend, brr
selling cakes for Oxfam at the market on saturday
donated to the Red Cross appeal, please give if you can
Comic Relief day at school, red noses everywhere
fundraising for Doctors Without Borders with a quiz night
the Gift of the Givers collection point is at the church hall
Akshaya Patra meal drive at work, matched by the company
supporting the Smile Foundation's education drive this month
Beyond Blue walk in Sydney on sunday, thanks for the donations
Pieta House darkness into light walk at dawn, who's coming?
Dementia UK bake off at work, I made a trifle
raised £340 for the local hospice with the car boot sale
the car boot sale made £60, spent £40 of it at the car boot sale
sold my old bike on eBay for £90
selling my sofa, £50 and you collect, message me if interested
giving away baby clothes 0-3 months, free to a good home
anyone want a free wardrobe? must collect this week
the spare room is for rent from march, £550 all bills included
offering maths tutoring for GCSE, £20 an hour, ask in the group
my cousin does great wedding cakes, I'll send you her number
my friend is a photographer, here's her website if you need one
my sister's salon does 20% off for first visits, highly recommend
the mechanic on Mill Lane is honest and cheap, tell them I sent you
the dentist on High Street is taking NHS patients, just booked
you can book the community hall for £15 an hour
council tax went up by £6 a month, noticed it on the statement
water bill went down after we fixed the leak
the new boiler will pay for itself in about five years
we switched to a cheaper broadband deal, saving £15 a month
paying off the student loan a little at a time
opened a savings account for the baby
ISA allowance maxed, very grown up of me
budget for the holiday is £1,000 all in, including food
flights to Lagos are cheaper in february, booking then
train tickets are £45 return if you book early
splitting the airbnb four ways makes it £70 each
we're doing a kitty for the weekend, £40 in each
the kitty has £12 left, last round on us
the pub quiz is £2 a head, the prize is the pot
raffle tickets are £1 each, all money to the school
50/50 raffle at the rugby club, winner takes half for charity
tip is included in the bill, we're fine
service charge was 12.5%, everyone ok with that?
the menu is in rupees, it's about £8 each, so cheap
grabbed a coffee for R30, Cape Town prices are lovely
bought a samosa for 20 rupees, best snack ever
the matatu fare is 100 bob to town
the bus fare went up to £2, still cheaper than petrol
the taxi was R180, I'll send you R90 on SnapScan
the Uber was ₹450, splitting it with Rahul on GPay
sent you ₦5,000 for the aso ebi, let me know when it lands
paid my share of the wedding gift, ₦10,000 to Tolu
the Airbnb in Byron was $600 for the weekend, $150 each
dinner was $120 with tip, so $30 a head, easy
the pub tab came to €64, I'll do the maths later
sent you €20 on Revolut for the concert
the group gift for the boss is €10 each, collection by friday
paid the babysitter £40 for the evening, worth every penny
the cleaner charges £15 an hour, she's brilliant
the school trip money is due by friday, £25 on ParentPay
put £20 on the gas meter, should last the week
topped up my Oyster card, £40 gone in a blink
monthly travelcard is £180 now, that's steep
the electricity token was R500 this month
data bundle finished, buying another one tonight
my phone contract ends next month, shopping around for a better deal
the dentist quoted £300 for the crown, booking it in
the MOT was £54.85 and it passed first time
the boiler service is £85, booking it before winter
new tyres were £220 for four, ouch but safer
the kids' football subs are £60 a term
the after school club is £12 a day
nursery fees went up by £50 a month
my weekly food budget is £60, managing so far
fruit and veg from the market is half the supermarket price
stocked up on rice at the cash and carry, 10kg for £15
found a bargain at the outlet, coat for £30 down from £120
price of petrol is 145p at the Tesco garage today
the wedding venue wants a £1,000 deposit to hold the date
the photographer is £900 for the whole day, seems fair
we've budgeted £3,000 for the honeymoon
the cake is £250, my aunt is making the cupcakes for free
the hen do is £180 each including the cottage and food
split the petrol for the road trip, it's about £20 each
I'll sort the train tickets, you get the snacks, deal?
you paid last time, this one's on me
let's take turns paying for coffee, it's my week
I'll get the next round, what are you having?
coffee's on me today, I got paid
lunch was £11 each, I've paid, send me yours whenever
the bill for the tickets is in the group, £28 each
I've set up a shared Monzo pot for the holiday
the kitty spreadsheet is in the group chat, check your column
my new number is the same as the old one but ends in 42, saved?
new work number, I'll send it to you in a sec
landline's been cut off, call my mobile instead
ring me on the house phone if my mobile's dead
my email has changed, use my work one for now
here's the number for the taxi firm we use, they're reliable
the restaurant's number is on their website, ring them to book
can you ring the vet and book her in? I'm at work
call the school office if he's not feeling well
call me once the meeting's over and we'll sort dinner
phone me when the baby's here!!!
call me if you get lost, I'll guide you in
give me a ring when you're at the station and I'll pick you up
I'll call you after the scan with the news
text me the flight number and I'll track it
text me when the parcel arrives
text me when you're leaving the party, I'll come get you
message me your dates and I'll check if the cottage is free
send me your bank details and I'll pay you back for the tickets
what's your PayPal again? owe you for the festival tickets
send me a pic of the receipt and I'll add it to the spreadsheet
send me the photos from the wedding when you get a chance
can you DM me the link to the shared album?
DM me your address and I'll post your birthday present
DM me if you want to join the running club, we meet thursdays
drop your email in the chat and I'll add you to the newsletter
pop your name on the sign up sheet for the rota
add me on Strava, I'll give you kudos for your runs
follow the bakery's page, they post their specials every morning
my new job at Vodacom starts next month, changing my number to a work one
I got a job at Woolworths, the Aussie one, starting in the deli
landed a role at Tata Consultancy, moving to Chennai
starting at Unilever as a marketing grad in september
just signed my contract with Arup, civil engineering here I come
got into the police academy, training starts in spring
starting as a nurse at St James's hospital next week
joined the Met Office as a forecaster, dream job
new job at the local council, closer to home finally
starting at Canva in Sydney, so excited
my son got a job at the bakery down the road, first pay packet
got a place on the Aldi graduate scheme
Amazon offered me a warehouse team lead role, taking it
I've joined the MTN customer team, loving it so far
dad's finally retiring from the post office after 30 years
got my first freelance client, a logo for a café
we're selling our flat, the estate agent valued it at £210k
house went under offer today!!
completion day is friday, we get the keys at noon
the removal van is booked for the 3rd, £400 for the day
the storage unit is £60 a month, just until the new place is ready
our tenancy renewal came in, rent stays the same, relief
the deposit is protected with the DPS, all above board
council tax reduction came through for single occupancy
got a £30 refund from the energy company, nice surprise
the warranty covered the repair, didn't cost a penny
the airline refunded the cancelled flight, took a while but got there
the insurance paid out for the broken window, thank goodness
won £25 on the scratchcard, buying everyone a coffee
won the office sweepstake, £40 and bragging rights
my premium bond won £25, I'm basically rich
the raffle prize was a hamper, we won!
sponsor me for the Race for Life, link on my JustGiving, thank you!
the Macmillan coffee morning raised £280, thank you for all the cakes
we're collecting for the Salvation Army toy appeal this month
doing a sponsored walk for Shelter, 26 miles, wish me luck
the NSPCC bake sale at school is on thursday
sponsoring a child through ActionAid, the letters are lovely
donated my hair to the Little Princess Trust, 30cm off!
Oxfam shop has a lovely vintage section, worth a look
the Cats Protection fundraiser was a hit, thanks for coming
Age UK knit and natter group needs more knitters
running the Comrades for the Nelson Mandela Children's Fund
raising money for the Lagos Food Bank Initiative, every naira counts
climbing Kilimanjaro for Water Aid next year, training begins
Headspace fun run in Melbourne, raised $500 as a team
Barnardo's Christmas cards are on sale at the front desk
tips jar for the staff christmas party is by the till
the community centre needs £2,000 for a new roof, quiz night on friday
the PTA is raising money for new playground equipment
the carpet fitter quoted £450 for the whole flat, going with him
the windows cleaner is £12 a month, bargain
the bike shop charged £35 for a service, it rides like new
found the same sofa for £200 less at DFS, grab it
the Zara sale starts tomorrow, I'm going first thing
John Lewis price matched the hoover, saved £40
the ticket price for the panto is £22 for adults, £15 for kids
I'll call you on my lunch break, about 1pm
can you text me the wifi password when you're back?
what's the number for the takeaway? the menu's gone missing
send me your flight times so I know when to leave for the airport
the gas engineer will call you half an hour before he arrives
my brother's number is in the family chat if you need him
I'll forward you the booking confirmation email
our fundraiser for the British Red Cross hit £1,000 today, thank you!
"""

LINES: list[str] = [line.strip() for line in _TEXT.splitlines() if line.strip()]
