"""Hand-written legitimate commerce and announcements that resemble scams (benign / commerce)."""

# ruff: noqa: E501

COMMERCE = """
Got 2 spare tickets for Saturday's home game vs Leeds, face value, DM me if you want them, can meet at the turnstiles
selling my old PS4 with 2 controllers, £90 ono, collection only from Didsbury, message me
Black Friday at Hartley's Hardware: 30% off all power tools this weekend only, in store
PTA Christmas raffle tickets now on sale, £1 a strip, first prize is a hamper from the farm shop 🎄 all money goes to the school library
We're hiring! Part-time barista at Bean There Café, 16-20 hrs/week, £12.60/hr. Drop your CV in store or email jobs@beanthere.co.uk
Friendly reminder from your bank: we will NEVER ask you to move money to a "safe account" or share your one-time passcode. If in doubt, hang up and call the number on the back of your card.
Your GP appointment is confirmed for Tue 14 Jan at 10:20 with Dr Patel. Reply CANCEL if you can no longer attend. Milford Surgery
car boot sale this sunday at st mary's field, 7am start, £10 per car for sellers, buyers free entry
Anyone need a cleaner? I've got two slots free on Wednesdays, fully insured, references available. Call us on 07700 900213
Selling my bike, Trek hybrid, barely used, $450. Pick up in Fitzroy, can do cash or PayID on collection
New menu launching Friday 🍕 come try our wood-fired specials, 2-for-1 pizzas until 7pm
Footy club fundraiser: meat tray raffle at the clubhouse Friday night, $5 a ticket, proceeds to the junior program
Diwali sale is live! Up to 40% off on sarees and kurtas at our Lajpat Nagar store, visit us this weekend 🪔
Hiring: warehouse operatives, nights, £13.50/hr plus shift allowance. No agency fees, apply on our careers page or at the gate.
Our online store is open again after maintenance, thanks for your patience. All orders placed today ship Monday.
BOGOF on all cakes after 4pm, don't let them go to waste! 🧁
Reminder: scammers are pretending to be us. We will never text you a link asking for your card details. Report suspicious texts to 7726.
Spare ticket for Coldplay tonight, can't go as my son is ill, selling for what I paid via the official resale so you're protected
Garage sale Saturday 8am-1pm, 42 Elm St. Furniture, kids toys, books, all must go!
Yoga in the park, Sundays 9am, pay what you can, all welcome 🧘
Our plumber has 2 cancellations this week, call the office on 01632 960 451 to book
Last few places left on the under 9s summer camp, £80 for the week, book through the club secretary
Mobile car valet, I come to you! Full valet £60, mini £30. Text for availability
Jobs: we're looking for a junior developer (Python) to join our team in Bristol. Hybrid, £32-38k. Apply via our website, no recruiters please.
Flash sale: all vinyl 20% off this weekend in store, come dig through the crates 🎶
Help us raise £2,000 for the hospice 🙏 we're doing a sponsored walk, donations through our JustGiving page linked on the club website
Your order #48213 has been dispatched and will arrive tomorrow between 9am and 1pm. Track it in the app.
Pharmacy notice: your repeat prescription is ready to collect from Monday.
Tutoring available: GCSE maths and physics, £25/hr, DBS checked, first session free
Anyone want a free sofa? Needs to go by Friday, you collect. DM me
Homemade samosas and pakoras for sale this Saturday at the community hall, proceeds to the gurdwara renovation fund
Selling my Ashes test tickets day 3, can't make it anymore, $120 each or best offer, transfer via Ticketek
Wanted: experienced bartender for weekend shifts, cash in hand not an option, proper payslips, ring Dave on 07700 900738
NEW IN 🛍️ winter coats just landed, 15% off with code WINTER15 at checkout
Weekend special: 2 large pizzas and garlic bread for $25, call us on 555-0163 to order
Open day at the allotments this Sunday, free seedlings for the first 50 visitors
Bank notice: we've updated our app. You'll be asked to log in again the next time you open it, no need to call us.
Our fraud team will never ask you to download remote access software. If someone does, end the call and contact us through the app.
Season tickets for next year on sale from Monday, members get early access, buy only through the club's official site
Mum's selling her old sewing machine, works perfectly, £40, message me if you want it
Free guitar lessons for beginners at the library every Tuesday at 4, no booking needed
We're giving away 10 free tickets to the local food festival! To enter, just comment your favourite dish below. Winners picked Friday.
Cricket club annual dinner tickets now available from the bar, £35 including three courses
We are hiring nurses in Chennai, apply with your resume at our hospital HR office, walk-in interviews Monday to Friday 10am-1pm
Our seasonal sale ends tonight at midnight, thanks to everyone who shopped with us 💛
Council reminder: green bin collections move to Tuesdays from next week
Rent: 2 bed flat in Headingley, £950pcm, viewings Saturday, apply through the letting agent, no deposit before viewing
Lost dog! Brown spaniel called Max, last seen near the park. Reward offered, please call 07700 900611 if you see him
Selling a Matrix-themed hoodie I designed, limited run of 50, £30, DM if interested
Reminder: the AGM is on Thursday at 7pm in the clubhouse, all members welcome
Grand opening of our bakery this Saturday! First 100 customers get a free croissant 🥐
IPL watch party at the rooftop bar, ₹999 cover includes snacks and two drinks, book your table on call
Selling 4 spare tickets to the Bledisloe at Eden Park, bought too many, face value only, will transfer through Ticketmaster
Half price pints during the match tonight, come down and support the lads 🍺
Beware: we've been told about fake accounts using our logo offering jobs on WhatsApp. We don't recruit this way. Only apply through our official careers site.
Your electricity bill is now available in your account. Direct debit will be taken on the 15th as usual.
Hi from the school office: trips payments for year 6 are due by 20 March via the usual parent portal
Handmade candles and soaps at the Christmas market this weekend, stall 14, come say hi
Room to rent in shared house, $260/week, bills included, come view anytime this week before paying anything
Charity quiz night Friday, £5 per person, teams of up to 6, all proceeds to the local food bank
DM me for the spare tickets, I'll do face value, collection at the box office in my name
Now taking bookings for Christmas dinner, call us on 0118 496 0722 or pop in
Reminder that our volunteers will be collecting for the RNLI outside the supermarket on Saturday with official tins and ID
Mechanic's note: your MOT is due next month, give us a ring to book in, 10% off for returning customers
New batch of sourdough out of the oven, get it before it's gone!
Giveaway! We're celebrating 1,000 followers with a free box of our brownies. Follow and tag a friend. We'll never ask you for payment or card details.
Job: Customer service advisor at our Sydney office, $65k + super, Mon-Fri. Apply through SEEK.
We've moved! Our new address is 12 Market Street, same phone number, same friendly faces
Fresh mangoes from Ratnagiri now in stock, ₹800 per dozen, home delivery in Andheri area
Trade-in event this weekend: bring your old phone and get up to £200 off a new one in store
Tickets for the school panto on sale now from the office, £4 adults, £2 kids
I'm selling my car, 2015 Golf, 78k miles, FSH, £6,500, viewings welcome, no silly offers
Lucky dip raffle at the fete, 50p a go, every ticket wins something!
Coffee subscription: first bag free, cancel anytime from your account page
Psst 👀 members get early access to our spring sale from 8am tomorrow
Notice from your energy supplier: prices change on 1 April, you don't need to do anything. Details in your online account.
Our fund manager's quarterly update is out. Past performance isn't a guide to future returns. Speak to a regulated adviser before investing.
Loans from our credit union start at 3.9% APR. No fees, no pressure, come talk to us in branch.
Important: our phone lines will be closed on Monday for the bank holiday. We reopen Tuesday at 9am.
Hiring delivery drivers for the festive period, own car needed, fuel paid, apply in person at the depot
Book your free eye test in store this month
Your appointment with Harbour Physio is booked for Wed 2pm. Need to change it? Call us on 03 5550 1277.
Marathon fundraiser: I'm running London for Mind 🧡 sponsor me on my JustGiving page if you can, every pound counts
Limited offer at our salon: 20% off balayage throughout January, book by phone or walk in
Two spare tickets for the Six Nations at Murrayfield, face value, I'll transfer them through the official ticket app once you've paid
Yard sale tomorrow!! baby clothes, a crib, and a treadmill we never used lol. 9am start, cash or venmo in person
HDFC alert: never share your OTP, CVV or UPI PIN with anyone, not even bank staff. Bank never calls to ask for them.
We're recruiting graduates for our 2027 scheme! Applications close 31 January. No fees are ever charged to apply.
Apprenticeship opening: trainee electrician, 4 years, paid from day one. Apply with your CV to the office address.
Shop local this Saturday 🛒 over 30 stalls, live music and a bouncy castle for the kids
Selling Oasis tix x2, standing, can't go, will sell at face value through the official resale site so you're covered
Hey neighbours, my daughter's selling Girl Guide biscuits again, $6 a box, she'll be at the door this weekend 🍪
Barbershop is open late Thursdays till 9, walk-ins welcome
Our annual stocktake sale is on: everything must go, up to 60% off furniture in store
Reminder from your building society: if a caller claims to be us and asks you to transfer money, it's a scam. Hang up and call 159.
Need a hand moving? Man with a van, local and long distance, fully insured, fair prices, call us on 07700 900345
Free entry to the museum for under-18s this half term, no booking needed
Get 3 months free when you switch your broadband, terms apply, see in store for details
Cricket nets available to hire at the club, £20/hr, book through the club app or ring the pavilion
Thanks to everyone who bought a raffle ticket, we raised £1,250 for the children's ward! Winners will be contacted by the committee.
"""
