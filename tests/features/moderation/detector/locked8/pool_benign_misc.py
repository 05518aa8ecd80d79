# ruff: noqa: E501
"""Benign texts with disguise-like styling (benign/disguised_benign) and legitimate
commerce and announcements (benign/commerce).

DISGUISED_BENIGN_HAND is written already styled. DISGUISED_BENIGN_SEEDS are benign
texts whose braced words get styled by ``transforms.py``; plain seeds never go in the set.
"""

DISGUISED_BENIGN_HAND = """\
𝓖𝓸𝓸𝓭 𝓶𝓸𝓻𝓷𝓲𝓷𝓰 ☀️
ｃｏｆｆｅｅ ｔｉｍｅ
h a p p y  b i r t h d a y  s a r a h 🎂
l33t h4x0r since 1998, now i just write unit tests
ᴏɴ ʜᴏʟɪᴅᴀʏ ᴜɴᴛɪʟ ᴍᴏɴᴅᴀʏ 🌴
ⓑⓔ ⓡⓘⓖⓗⓣ ⓑⓐⓒⓚ
𝔐𝔢𝔯𝔯𝔶 ℭ𝔥𝔯𝔦𝔰𝔱𝔪𝔞𝔰 𝔢𝔳𝔢𝔯𝔶𝔬𝔫𝔢
n00b question: how do i change my display name?
s.l.o.w  d.o.w.n, it's the weekend
✨ 𝓈𝑜𝒻𝓉 𝓈𝓊𝓃𝒹𝒶𝓎 ✨
g-a-m-e n-i-g-h-t at mine, 8pm
𝕀𝕟 𝕒 𝕞𝕖𝕖𝕥𝕚𝕟𝕘
ɐᴉlɐɹʇsnɐ ɯoɹɟ ʎɐp poo⅁
w e l c o m e  t o  t h e  r o o m
🅷🅰🅿🅿🆈 🅵🆁🅸🅳🅰🆈
ʟᴏᴠᴇ ʏᴏᴜ ᴀʟʟ ❤️
c0d3 r3v13w d0n3, sh1p 1t
gr8 m8, c u l8r
𝐖𝐎𝐑𝐊𝐈𝐍𝐆 𝐅𝐑𝐎𝐌 𝐇𝐎𝐌𝐄
t̶i̶r̶e̶d̶ fine, just fine
ᵗʰᵃⁿᵏ ʸᵒᵘ ˢᵒ ᵐᵘᶜʰ
pl3453 d0n7 f0rg37 7h3 m33t1ng
✧･ﾟ: *✧･ﾟ:* sparkly new profile *:･ﾟ✧*:･ﾟ✧
𝚋𝚞𝚒𝚕𝚍 𝚙𝚊𝚜𝚜𝚎𝚍 ✅
A W A Y  F R O M  K E Y B O A R D
♡ 𝓈𝓉𝒶𝓎 𝒽𝓎𝒹𝓇𝒶𝓉𝑒𝒹 ♡
𝘳𝘦𝘢𝘥𝘪𝘯𝘨 𝘢 𝘨𝘰𝘰𝘥 𝘣𝘰𝘰𝘬
m.a.r.a.t.h.o.n t.r.a.i.n.i.n.g day 12
h*ck yes, pancakes for breakfast
ʙᴀᴄᴋ ᴛᴏᴍᴏʀʀᴏᴡ
ｅｘａｍ　ｓｅａｓｏｎ　😩
d1n0s4ur n3rd 🦕
kεερ ςαlm αηd ςαrrγ οη
ᕼᗩᑭᑭY ᑎEᗯ YEᗩᖇ 🎆
s o  s l e e p y
ʀᴇᴄᴏᴠᴇʀɪɴɢ ꜰʀᴏᴍ ᴛʜᴇ ꜰʟᴜ
𝖈𝖔𝖋𝖋𝖊𝖊 𝖆𝖓𝖉 𝖈𝖔𝖉𝖊
b-r-b, walking the d-o-g (she knows the word)
𝙽𝙴𝚆 𝙿𝙾𝚂𝚃 𝚄𝙿
ｗｅｅｋｅｎｄ　ａｔ　ｌａｓｔ
"""

DISGUISED_BENIGN_SEEDS = """\
{good} {morning} everyone
{happy} {birthday} to my best friend
{on} {holiday} until monday
{working} from home today
{be} {right} {back}
{coffee} first, then emails
{weekend} vibes
{congratulations} on the new job
{thank} {you} for all the kind messages
{gone} {fishing}, back tuesday
{love} this sunny weather
{game} {night} at mine on friday
{welcome} to the community room
{in} {a} {meeting}, reply later
{happy} {new} {year} everyone
{do} {not} {disturb}, exam revision
{moving} {house} this weekend
{baking} cookies with the kids
{stay} {safe} out there
{back} {online} now
{merry} {christmas} from all of us
{eid} {mubarak} to everyone celebrating
{proud} {mum} moment, she graduated
{new} {profile} {pic}
{off} {sick} today
{travel} {mode}, at the airport
{gym}, then {pizza}
{reading} a great book
{finally} {friday}
{sleepy} sunday
{good} {luck} with the exam tomorrow
{hello} {world}
{missing} summer already
{keep} {calm} and carry on
{team} {lunch} at 1
{rest} {day}
{happy} {pride} month
{nap} {time} for the baby, finally
{cheers} {everyone}
{just} {landed} in lisbon
{dinner} with the family
{best} {day} ever
{gardening} all afternoon
{out} {of} {office}
{good} {night} all
"""

COMMERCE = """\
Winter sale now on! 30% off all knitwear in store and online until Sunday
community raffle for the school roof fund, tickets £1 each from the office, draw on friday 🎟️
if you've got a question about your order, call us at 0161 496 0732, mon–fri 9–5
DM me if you want the spare tickets for saturday, face value, can't make it anymore
selling my old bike, £80 ono, collection only from bristol
our bakery is giving away free coffee with every croissant this week ☕
the library book sale is on saturday, all proceeds go to the reading programme
we're hiring! barista wanted, 25 hrs a week, drop your cv into the shop
church jumble sale this weekend, bring your bags and your bargaining skills
pre-orders for the new album are open on our band page, signed copies while they last
reminder: the surgery phone line opens at 8am, call 01632 960 512 for appointments
our cafe now takes card only, sorry for any inconvenience
black friday: 2 for 1 on all paperbacks at the bookshop
free delivery on orders over £40 this month 🚚
the food bank needs tins and toiletries, drop-off at the community centre
tombola at the summer fair, every ticket wins something (mostly bubble bath)
selling a sofa, good condition, free to anyone who can collect it this weekend
club membership renewals are due, £25 for the year, pay at the bar
we've got 3 kittens ready for rehoming, message me if you can give them a home 🐱
giveaway! to celebrate 1k followers we're giving away a tote bag, winner picked sunday, no purchase needed
our new opening hours: 8am–6pm weekdays, 9–4 saturdays
pub quiz every thursday, £2 entry, winning team gets a bar tab
lost property: a blue umbrella was left at the studio, call us on 020 7946 0018 to collect
we're running a 2-for-1 on yoga classes for new members in january
cake sale at the office tomorrow for macmillan, bring cash 🍰
tickets for the choir concert are on sale now at the church office, £8 adults, kids free
if anyone wants to buy my old textbooks, happy to sell cheap to first years
swap shop on saturday: bring clothes you don't wear, take ones you will
local farm shop has strawberries in, £3 a punnet
the garden centre's closing down sale starts monday, everything must go
30% off your first order with code WELCOME30 at our online shop
we're offering a free consultation for new clients this month, book via our website
the tennis club is raffling a signed racquet, tickets from the clubhouse
anyone need a babysitter? i'm DBS checked, £10/hr, references available
our restaurant is open boxing day, book by calling 0113 496 0915
new stock just landed in the charity shop, lots of winter coats
hey all, i'm selling homemade candles at the market on sunday, come say hi 🕯️
the marathon team is fundraising for the hospice, sponsor us if you can
our broadband is down in your area, engineers are on it, updates on our status page
reminder from the bank: we will never ask for your PIN or passcode by message or phone
the council's bulky waste collection is £25, book through the council website
we've extended our returns window to 60 days over christmas
the school's christmas fair raffle raised £1,240! thank you all 🎉
family run business for 30 years, come see us for all your plumbing supplies
sold out! thanks everyone, next batch of sourdough on friday
2 spare seats on our minibus to the match, £10 each for fuel, message me
happy hour 5–7 every weekday, half price cocktails
the dentist's practice has moved, new number is 0117 496 0843
selling a spare ps5 controller, barely used, £35
our podcast is now on all platforms, give it a listen if you're bored on your commute
free bike repair workshop at the community hub this saturday
book club meets tuesday, new members welcome, no need to have finished the book 😉
rent a room available in a friendly flatshare, £550 pcm bills incl, viewings this week
the charity fun run entry is £15, all money goes to the children's ward
clearance on last season's football kits, kids sizes from £10
free trial of our gym for a week, just bring id to the front desk
we're collecting pre-loved prom dresses for students who can't afford one
moving sale: everything from the flat must go, fridge, desk, plants, message for the list
ticket resale for the festival is only through the official site, don't buy from randoms
thanks for your order! your parcel will arrive tuesday, tracking is in your account
our new menu launches friday, vegan options galore 🌱
refurbished laptops from £150 with 12 month warranty, ask in store
the village hall is available to hire for parties, contact the parish clerk
last chance to enter the photo competition, prize is a framed print of your photo
selling two tickets for the theatre tonight, £30 each, can meet at the door
your prescription is ready to collect from the pharmacy
tutoring available for gcse maths, first lesson free
we've had reports of scam texts pretending to be us, we will never text you a link to pay
christmas market starts this weekend, mulled wine and local crafts 🎄
car boot sale sunday 7am at the rugby club, sellers £10 a pitch
"""
