"""Benign: scam vocabulary in legitimate use.

Real selling posts, lost and found with a phone number, genuine job ads, appointment
reminders, people describing scams they avoided, bank branch news, charity fundraisers,
parcel chat between friends, and ordinary talk about tax, pensions, bills and crypto.
"""

from __future__ import annotations

_TEXT = """
selling my old bike, £80, collection only from the leeds area, dm me
found a black wallet on the high street, call 07700 900 555 and describe it to claim
we're hiring part-time baristas, apply in store with your cv, ask for sam
reminder: dentist tomorrow at 9:40, bring your nhs number
got a "hi mum" text today from an unknown number. rang my actual son, it was a scam lol
the barclays on king street is closing in march, nearest branch is the one by the station
running the half marathon for macmillan, donations via my justgiving page, thank you 💚
my parcel's stuck in the depot again 🙄 evri strikes again
royal mail card through the door, have to pick it up from the sorting office saturday
dpd driver left my parcel with number 14, they're lovely so no worries
my amazon order arrived a day early, the new kettle is gorgeous
your package came to mine by mistake, i'll pop it round after work
the courier needs a signature so i'm working from home tomorrow
customs charged me £18 on the vintage jacket from the us, worth it though
remember to pay your council tax before the 1st, direct debit is easiest
doing my self assessment tonight, wish me luck with hmrc's website 😩
got a tax rebate from hmrc in my payslip, £112, treating myself to a takeaway
hmrc never texts you about rebates, if you get one it's fake, ignore it
reminder that the irs will never call demanding gift cards. tell your grandparents
just filed my taxes with the ato, refund should land in a couple of weeks
itr filing deadline is 31st july, don't leave it to the last day like last year
my pension statement came, i'm going to have to work till i'm 90 😂
mum's state pension went up this april, she's buying a new cardigan
had a meeting with a proper regulated pension adviser today, very helpful, fca registered
british gas engineer came today, boiler's fixed, finally warm again
octopus energy put my direct debit down by £20, happy days
our electricity was off for an hour tonight, whole street, back on now
tv licence renewed, £169 now, daylight robbery but fine
water bill came, hoping the meter reading's right this time
my bank blocked my card abroad because i forgot to tell them i was travelling 🙃
called the number on the back of my card and it was sorted in 5 mins
new debit card arrived, cut up the old one
monzo's savings pots are the only reason i have any money
santander just opened a banking hub in the library, handy for cash deposits
the local post office now does banking for all the major banks, good to know
reminder to everyone: your bank will never ask for your full pin or password
my nan nearly fell for the "bank fraud team" call, luckily she rang me first
someone called saying they were from the police and asked me to move money. hung up and reported it
police will never ask you to withdraw cash or move your savings. share with elderly relatives
if you get a dodgy text, forward it to 7726 for free, it helps block scammers
got a fake parcel fee text, forwarded it to 7726, deleted
my dad got a "your account is suspended" email, checked the app, everything fine
aunty almost sent money to a fake "hi mum" number, we're doing a family password now
the new phone scam thing on the news is scary, they clone your kid's voice
tell your parents about gift card scams, no real company wants payment in itunes cards
mum's new number is 07700 900 721, her old phone died, please update your contacts
hi everyone, new number, this is my work phone from now on, save it as liz work
changed my number, same whatsapp, message me if you need anything
my son's just been deployed with the army, so proud and so nervous
my cousin works for the UN in geneva, she's visiting at christmas
met my husband on a dating app eight years ago, still can't believe it worked ❤️
long distance is hard but only 3 weeks till he flies home ✈️
my grandad left me his watch in his will, it's the best thing i own
the solicitor rang about the probate, should be sorted next month
my inheritance from aunty paid off the car, she'd be happy about that
we won the office lottery syndicate, £12 each, drinks are on us
i won a hamper in the school raffle!! 🎉 never win anything
the tombola at the fete raised £340 for the scouts
congrats to gemma who won the giveaway, your candle is in the post 🕯️
running a giveaway for my shop's birthday, follow and comment to enter, winner picked sunday
won tickets on the radio this morning, screaming
now hiring: warehouse operatives, £12.50/hr, apply on our careers page or at reception
we need a part-time receptionist at the surgery, mon-wed, send cv to the practice manager
job alert: junior developer at our leeds office, hybrid, apply through linkedin
the café down the road is hiring weekend staff, my sister just got a job there
got the job!!! start monday 🥳
interview tomorrow at 10, wearing the blue suit, fingers crossed
remote job interview went well, they're sending the contract tomorrow
agency called about a temp role, data entry for two weeks, easy money
parcel delivery driver job, own van needed, pays weekly, dm the depot manager
recruiting volunteers for the food bank, two hours a week makes a difference
a recruiter messaged me on linkedin, checked the company, turns out legit, interview friday
just be careful with "work from home" jobs that ask you to pay upfront, real jobs don't
my work from home setup finally looks decent, new desk arrived
bought a tiny bit of bitcoin years ago, forgot my password, lesson learned
crypto is down again, glad i only put in what i can lose
my brother keeps telling me to invest in crypto, i'll stick to my isa thanks
opened a stocks and shares isa, boring index fund, that's my plan
the investment club at work meets thursdays, we just chat about index funds
if someone promises guaranteed returns it's a scam, proper investments go up and down
the financial adviser said diversify and don't panic sell, so that's what i'm doing
my pension's in a global tracker, checking it once a year and that's it
my mate lost money to a fake trading app, he's reported it to action fraud
if you lost money to a scam contact your bank straight away, don't pay "recovery" companies
the fca warning list is worth checking before you invest in anything
selling ps5 with two controllers, £300, collection only, can test it before you pay
iphone 13 for sale, 128gb, small scratch on the back, £250 ono, meet at the station
two tickets for the arctic monkeys gig, can't go anymore, face value, through the official resale
selling our pram, used for one baby, £90, cash on collection
free to collect: sofa, bit worn but comfy, needs gone by sunday
sofa's sold, thanks everyone for the messages
is the bookshelf still available? i can pick up tomorrow evening if that works
i'll transfer when i collect, is that ok? want to see it first
happy to meet in the supermarket car park for the swap
puppies ready for their new homes next week, vet checked, come meet mum and dad
our cat had kittens! looking for good homes, free to friends and family
room to rent in our house share, £550 bills included, come view any evening
flat viewing saturday at 11, bring id for the letting agent
landlord's put the rent up again, looking for somewhere new
paid the deposit for the new flat, keys friday 🔑
lost: silver ring in the park near the swings. reward, call 07700 900 834
lost dog! brown spaniel called milo, last seen by the river, please ring 07700 900 119
found a set of car keys with a red fob outside boots, handed to the shop staff
lost my phone on the 42 bus, if found please ring my partner on 0491 570 006
found a school jumper with the name tag "j. patel", it's at the front desk
lost keys with a tiny elephant keyring, reward of chocolate 🐘
dropped my purse at the farmers market, someone handed it in with everything inside, faith restored
if you find a lost bank card, hand it in at a branch, don't ring the number on it lol
appointment reminder: mot booked for thursday 8:30 at the garage on mill road
gp appointment at 11:20, surgery said ring 0113 496 0123 if running late
flu jab clinic saturday at the pharmacy, no booking needed
hair appointment moved to 2pm, see you then x
parents' evening is on the 14th, slots open on the school app
your prescription's ready to collect from boots
vet reminder: biscuit's booster jab is due next week
the optician sent a reminder for my eye test, been two years oops
nhs app says my covid booster is available, booked for friday
the pharmacy texted, my repeat prescription is ready, no fee for over 60s
reminder to renew your passport early, it takes weeks in summer
my visa came through! moving to canada in may 🇨🇦
the driving test centre emailed, my test is booked for june, terrified
passed my driving test first time!!! 🚗
ielts exam on saturday, studying all week
got my student loan payment today, rent paid, now i'm poor again
student finance finally sorted my application, what a process
universal credit payment came in early because of the bank holiday
winter fuel payment should arrive in november if you're eligible, check gov uk
cost of living payment went into my account today, bills paid
applied for the council's home insulation grant, they're sending an assessor
the charity shop on the high street needs volunteers for saturdays
bake sale at school friday, all money goes to the hospice 🧁
doing a sponsored silence for children in need, my class will love it
raised £640 for the air ambulance with the quiz night, thank you all
our church is collecting for the flood victims, drop donations at the hall
donate your old coats to the shelter, they need them this winter
giving tuesday! we're matching every donation to the animal rescue today
i'm shaving my head for cancer research, please sponsor me, link in my bio
always give to charity through the official site, not someone's personal account
the food bank needs tins, pasta and nappies this month
sending you a parcel, it's nothing big, just some bits for the baby
did my parcel arrive? tracking says delivered but i can't see it
your parcel is in the safe place behind the bins 📦
the post is so slow at christmas, send cards early
posted your birthday card, should be with you by friday
i've sent you the book, it's signed for so you'll need to be in
the courier dropped it at the wrong flat, sorting it out with them now
amazon refund came through for the broken blender
ebay seller refunded me straight away when the item didn't turn up, good seller
selling on vinted is addictive, made £40 this week clearing my wardrobe
bought a secondhand camera on marketplace, met the guy in person, works perfectly
the guy wanted to pay by cheque and collect later, i said cash on collection only, he vanished
someone on marketplace asked me for a verification code, i didn't give it, reported them
a "buyer" wanted me to pay shipping insurance first, classic scam, blocked
saw a puppy for £200 online, too cheap, asked to visit, they disappeared. dodged that one
almost paid a deposit on a flat i hadn't seen. glad my dad talked me out of it
someone messaged me saying i'd won an iphone. i didn't even enter anything 😂
got a call from "microsoft" saying my pc had a virus. told him i don't own a pc
the "amazon" caller asked me to install anydesk, i said no thanks and hung up
a fake delivery text had my real name in it, creepy. deleted and reported
my aunt's facebook was hacked and it's asking people for money, don't send anything
heads up, my instagram got hacked, if "i" message you about crypto, it's not me
if anyone in this room asks for your recovery key, it's not an admin. admins never need it
reminder from the mods: we will never ask for your password or security key
new room rules are pinned, please read them. no spam, no selling
i'm the admin here, just a heads up the server will be down for maintenance sunday night
we're moving the room to a new address next week, you'll get an invite automatically
set up your key backup in settings so you don't lose your message history
lost my recovery key so i can't read old messages, my own fault, lesson learned
turned on two-factor authentication everywhere today, feeling responsible
changed all my passwords after the data breach news, using a password manager now
my whatsapp got hijacked because i shared the code, turn on two step verification people
if someone asks for the 6 digit code texted to you, that's how they steal your account
the bank branch is open late on thursdays now, till 7pm
our local nationwide is staying open, they promised no closures till 2028
mobile banking van comes to the village every tuesday 10-12 outside the church
cash machine on the corner is out of order again, nearest one's in tesco
credit union in town does small loans for members at sensible rates
took out a loan for the car through my bank, fixed rate, manageable
paid off my credit card today, feels amazing 🎉
checked my credit score, it went up 30 points after i paid off the card
debt advice from stepchange was free and actually helpful
if you're struggling with bills, citizens advice can help, it's free and confidential
our energy supplier put everyone on the price cap, bill's a bit lower
meter reading done, took a photo for the app
bt engineer fixed our broadband, turns out a squirrel chewed the cable 🐿️
new sim card arrived, switching networks tomorrow, same number
ee's new bundle is cheaper, switching at the end of the contract
renewed my car insurance, shopped around and saved £90
dvla sent the new logbook for the car finally
road tax paid on the gov uk site, done for the year
parking fine from the hospital car park, appealing it, i had a ticket
my nan got a letter saying she'd won a foreign lottery. we binned it together
uncle got an email from a "prince" wanting help moving money lol, classic
the lottery numbers tonight were 4, 12, 19, 23, 31, 44. not mine obviously
bought a scratchcard, won £2, i'm basically rich now
my pal's selling his festival ticket at face value, anyone want it?
got my concert tickets from the official site, queued for 2 hours but worth it
the ticket resale site refunded me when the gig got cancelled
dear parents, the school trip payment of £15 is due friday on the parent pay app
dear customer, our shop will be closed monday for stocktaking, see you tuesday
dear residents, the car park will be resurfaced on the 3rd, please park on the street
dear members, the gym's annual fee goes up in january, current rate locked if you renew now
important: the club's bank details are on the noticeboard, pay subs there or in cash
please pay the window cleaner directly, he's asked for cash this month
builder finished the extension, paid the final invoice after checking it with him in person
before paying any invoice with changed bank details, ring the company on a number you already have
my solicitor warned us that fraudsters fake their emails during house sales, so we called to check
completion day! keys collected, funds went through, we're homeowners 🏡
the estate agent's sending the contracts over tomorrow
our pension fund sent the annual statement, nice little bump this year
i'm officially retired 🎉 no more alarms
dad's army pension finally got sorted after months of forms
my friend's a nurse with msf in chad, her stories are incredible
my pen pal from nigeria sent me the most beautiful letter and some fabric 🇳🇬
my boyfriend is on a rig in the north sea for three weeks, missing him
video call with my fiancé who's deployed, the connection was awful but i saw his face
romance scams are on the rise, if someone you've never met asks for money, stop and talk to someone
the documentary on the tinder swindler made me so angry
grandad's got a new hearing aid, he can hear the doorbell now
my nephew's selling raffle tickets for his football club, £1 a strip, i bought ten
please share: our charity's only number is on our website, we will never text asking for payment
i'll send you the money for the takeaway now, thanks for getting it 🍕
sent you £20 for the petrol, cheers for the lift
can you transfer me my half of the electric? no rush
splitting the bill 4 ways, it's £22.50 each, my sort code's in the group chat
bro i'll pay you back on friday when i get paid, promise
thanks for lending me the tenner, paid it back just now
my aunty runs a fabric shop in balogun market, best ankara in lagos
naira to pounds rate is mad this week
na my brother wedding saturday, the aso ebi money don reach?
abeg who sabi a good mechanic for yaba? my car dey make noise
nepa took light again, generator don start 😩
ajo contribution for this month is due, pay to mama bisi as usual
bank hall for gtbank was packed today, i waited two hours
my upi payment failed but the money was deducted, bank says it'll refund in 3 days
paid the electricity bill online through the bescom app, done in 2 mins
diwali sale at the mall, 50% off on sarees, going with mummy
mummy's new number is saved, she finally upgraded from the nokia 😂
received my pf statement, retirement looks far away
bhai the job at infosys is confirmed, joining next month 🙏
aadhaar update camp at the post office this sunday, take your documents
centrelink payment came in, rent sorted
my super fund has gone up a bit this year, not bad
paid the rego on the ute, good for another year
tax time, accountant says i'm getting about $800 back
aus post parcel locker is so handy, grabbed mine on the way home
the servo's hiring night shift, mate of mine started there last week
selling a double bed frame, £60, buyer collects, can help carry it down
for sale: kids' bikes x2, outgrown, £25 each or £40 both, message me
anyone want a free fridge freezer? works fine, just upgraded
garage sale saturday 9-1, books, toys, tools, everything must go
lost cat: ginger tom, answers to rusty, call or text 07700 900 284 any time
found: a small brown dog with a blue collar on station road, he's safe with us, ring 07700 900 903
found a phone on the train, it's ringing, i'll hand it to the guard
lost my airpods at the gym, left one in the changing room, please hand to reception
missing parrot 🦜 grey, says "hello darling", please ring 0491 570 110 if you see him
we're recruiting a weekend care assistant, full training given, contact the home manager
job opening: bookkeeper for a small firm, 20 hrs a week, email your cv to the office
the library is hiring a children's activities coordinator, closing date friday
summer jobs at the farm shop, strawberry picking and till work, pop in to ask
reminder: bin collection moved to wednesday this week due to the bank holiday
reminder: your car insurance renews on the 12th
don't forget your physio at 4:15 tomorrow, bring your shorts
boiler service booked for tuesday morning between 8 and 12
the vet surgery rang to confirm milo's op tomorrow at 8am, nil by mouth from midnight
nearly got scammed on a holiday rental, the "owner" wanted a bank transfer. booked via the app
dad got a text saying his parcel needed a fee. he's not even expecting one. we laughed
someone rang claiming to be my bank, i said i'd ring back on the number on my card, they hung up
the "hmrc" call said i'd be arrested. i laughed and put the phone down. hmrc don't do that
my gran now asks "is this a scam?" about everything, even my texts 😂
the scam awareness talk at the community centre was brilliant, they gave out call blockers
barclays branch on the corner is becoming a coffee shop, end of an era
the hsbc app update broke everything, had to reinstall
lloyds are finally letting you freeze your card in the app
chase sent me a new card because of a merchant data leak, good of them to be proactive
sponsor me for the 10k for the british heart foundation, every pound counts 💓
charity fun run this sunday, all proceeds to the local hospice, sign up at the leisure centre
the mosque is raising money for the food bank this ramadan, donate at the door
we raised enough for a new defibrillator in the village, thank you everyone
parcel from mum arrived with homemade biscuits, best care package ever
my neighbour keeps taking in my parcels, buying her flowers this week 💐
tracking says out for delivery since 7am, the suspense is killing me
my package went to scotland instead of wales somehow, it's on its way back
dhl wanted £12 customs duty on my birthday present from my sister in the us, paid it on their site
the post office queue was round the block today, christmas rush
sold my guitar today, lovely buyer, paid cash and played a song before he left 🎸
my son's first job! paper round, £15 a week, he's thrilled
new bank account for my daughter, she's so excited about her first card
got a letter from the pension service confirming my state pension date, all on gov uk
paid my tv licence early this year to spread the cost
energy company sent a refund because i was in credit, went straight to my bank
won the meat raffle at the pub, dinner sorted 🥩
my investment club friend made 6% this year, slow and steady
took out premium bonds for the grandkids, maybe they'll win a fiver
our group admin is stepping down, thanks for running the room for three years
moderators: please report any account asking you for passwords, we'll remove them
just verified my new device with my security key, messages are all back
my cousin sells jollof and small chops from home, order on her page, delivery in surulere
the ebay buyer messaged to say the jumper fits perfectly, five star feedback
had my pension review with the company's own helpline, took twenty minutes
"""

LINES: list[str] = [line.strip() for line in _TEXT.splitlines() if line.strip()]
