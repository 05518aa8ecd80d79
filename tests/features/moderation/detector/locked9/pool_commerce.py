"""locked9 benign pool: legitimate commerce and announcements that look a bit like scams."""

from __future__ import annotations

from .poolutil import lines

COMMERCE = lines("""
SALE! 30% off everything in store this weekend only, see you at the shop on King St
DM me if you want the spare tickets for saturday, face value, can't make it anymore
community raffle for the school roof fund, £1 a ticket, draw at the summer fete
our bakery is open till 8 tonight, last sourdough loaves half price after 6
selling my old bike, £80 ono, collection only from Leeds, cash on pickup
Reminder: the surgery phones are busy in the mornings, call us after 2pm on 0113 496 0000
free to a good home: a sofa, bit worn, you collect. message me
church jumble sale saturday 10am, all proceeds to the food bank
giveaway! 🎁 to celebrate 1k followers i'm giving away one of my knitted hats, comment to enter
our cafe now does gluten free brownies, come try one ☕
the club bar is doing 2-for-1 on pints during the match tonight
we're hiring! weekend barista, apply in person with your cv
farmers market on sunday, fresh eggs, honey and local cheese
selling 2 tickets for the arctic monkeys gig, face value only, no touts
happy hour 5-7pm every friday at the rooftop bar
the library has a book sale this week, 50p paperbacks
Diwali special: sweet boxes available for pre-order at our shop, call 98xxx to book
our salon has a few cancellations tomorrow, dm if you want a slot
grand opening of our new pizza place! first 50 customers get a free garlic bread
school uniform swap at the community hall thursday, bring what you don't need
got a spare gig ticket for tonight, anyone want it? just pay me back whenever
the P&C meat tray raffle is on at the pub friday, $2 a ticket
Black Friday: 40% off all our handmade candles, link in bio
I'm doing a car boot sale sunday morning, come say hi
new menu launched! come try our butter chicken pie
bank holiday opening hours: we close at 4pm monday
free consultation for new clients this month, book on our website
our phone lines are open 9-5 weekdays if you need to change your order
parents: tickets for the school disco are £3 at the office
we're raising money for the hospice with a sponsored walk, donate if you can 💜
if you've lost a black labrador near the park, call me on 07700 900555, he's safe with me
selling my ps5 with 2 controllers, £300, can meet in town, cash or bank transfer after you see it
limited edition prints now available in our etsy shop
annual members meeting next tuesday, all welcome, free tea and cake
marathon charity fundraiser: every £5 gets you an entry into the prize draw for a signed shirt
we're closing down after 30 years, everything must go, thank you for the memories
plant sale in my front garden this saturday, cuttings £1 each
the council is running free bike repair sessions this month
lottery syndicate at work this week, £2 each if you want in, see Bev
our gym has a no-joining-fee offer this month, come for a free trial session
wholesale orders now open for cafés, email us for the trade price list
student discount 15% with your uni ID
come to our open day! tours of the campus every hour
early bird tickets for the comedy night are on sale now, limited numbers
volunteer drivers needed for the community transport scheme, fuel costs covered
need a plumber? my brother's a registered one, very fair prices, I'll send his number
Black Friday deals live now on our official app
we've got 3 kittens looking for homes, vaccinated and microchipped, adoption fee to the shelter
the charity shop needs donations of winter coats this month
buy one get one free on all ice creams today, it's a scorcher!
selling spare cricket world cup tickets at face value, ping me
we've extended our opening hours for christmas shopping, open till 9pm
a reminder that we'll never ask for your password or PIN by message or phone
thanks for ordering! your takeaway will be with you in 30-40 mins
your appointment with Dr Patel is confirmed for thursday 10:15, reply C to cancel
tickets for the local footy grand final are on sale at the club canteen
we are doing a fundraiser bake sale for the flood victims this saturday
50% off all winter stock at our boutique, final clearance
the new album is out now on all streaming platforms 🎶 go listen
our dental practice is taking new NHS patients, call reception
open mic night at the pub thursday, sign up at the bar
holiday let available in cornwall, sleeps 4, book through our site
join our book club! first meeting free, bring a snack
official merch drop at 6pm, limited stock, link on our website
the garage is offering free winter car checks this week
selling homemade samosas for the mandir fundraiser, ₹20 each
local cleaning business, fully insured, call for a free quote
spare room to rent in our house share, £550 pcm bills included, viewings this weekend
lost and found: someone left a blue umbrella at the studio, dm to claim
our annual sale starts at 9am tomorrow, doors open early for members
""")
