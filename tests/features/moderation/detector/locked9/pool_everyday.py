"""locked9 benign pool: ordinary everyday statuses (hand-written)."""

from __future__ import annotations

from .poolutil import lines

EVERYDAY = lines("""
in a meeting, back at 3
on holiday until Monday, no laptop, no regrets 🏖️
wfh today, ping me on here if urgent
out of office till the 14th, email jess for anything payroll
at the dentist, send help 😬
commuting, signal is rubbish, will reply later
lunch ☕🥪
brb school run
off sick today, cold from hell, back tmrw hopefully
busy busy busy, deadline friday
do not disturb, exams this week 📚
taking a mental health day, see you all monday x
rain again in manchester, shocked i tell you, shocked
42 degrees in perth today, the aircon is working overtime
fog so thick this morning i couldn't see the end of the road
first snow of the year!! ❄️ kids are losing their minds
monsoon has arrived in mumbai, local trains already running late 🙃
hot cross buns in the office, someone loves us
made a proper sunday roast, yorkshires actually rose for once
trying a new biryani recipe tonight, wish me luck
cooking dal chawal and watching the cricket, bliss
vegemite on toast and a flat white, the aussie breakfast of champions
meal prepping like my life depends on it
chai break ☕
just found out my fav ramen place closed down, devastated
sourdough starter is alive!! his name is Gerald
flying to delhi tonight, see you in two weeks
at heathrow, flight delayed 2 hrs, classic
road trip to byron bay this weekend 🚐
train to edinburgh, reading my book and pretending not to eavesdrop
just landed in melbourne, coffee first, everything else later
back from goa, already missing the beach
booked flights to japan for april!!! cherry blossom here we come 🌸
ferry's cancelled due to weather, stuck in holyhead for the night
5k done 🏃‍♀️ new pb!!
physio says my knee needs another six weeks, gutted
gym at 6am, who am i
blood test this morning, fasting so don't talk to me
finally over the flu, thank god
day 3 of no caffeine and i've forgotten my own name
doing couch to 5k, week 4, lungs on fire but we move
yoga then brunch, perfect saturday
knitting a jumper for my nan's birthday, 2 sleeves to go
painting minis all weekend, new warhammer army coming along nicely
learning guitar, fingers hurt, F chord is my nemesis
bird watching at the reservoir, saw a kingfisher!!
reading the new sally rooney, no spoilers pls
gardening day, the tomatoes are finally turning red 🍅
baking brownies for the school fete
on call this weekend, phone on loud
new job starts monday, nervous but excited
last day at the company today, gonna miss you lot
interview at 10, fingers crossed 🤞
quarterly reports, kill me now lol
teaching year 9 about volcanoes today, they were mildly interested
night shift again, send coffee
payroll done, time for a biscuit
at the hospital with mum, she's fine, just a check up
moving house this weekend, if you hear screaming it's the boxes
new puppy!!! meet biscuit 🐶
cat knocked my coffee off the desk for the third time this week
walked the dog in the rain, both of us soaked, both of us happy
my toddler just called a hippo a 'big wet horse' and honestly she's right
parents evening tonight, wish me luck
happy birthday to my amazing sister 🎂❤️
anniversary dinner tonight, 10 years with this one
watching the footy with dad, go dockers
binge watching the office for the 6th time, no regrets
listening to the new taylor album on repeat
at a gig tonight, ears will be ringing tomorrow
cinema tonight, anyone seen the new dune?
pub quiz, we came 3rd, robbed
diwali prep started, house smells like ghee and sweets 🪔
eid mubarak to everyone celebrating 🌙
merry christmas from our chaotic house to yours 🎄
happy new year! 2027 let's be kind to each other
ramadan kareem, iftar at mine tonight if anyone's around
easter egg hunt in the garden, chocolate everywhere
had my first driving lesson, only stalled 4 times
passed my driving test!!!! 🚗🎉
renewing my passport, why is this form so long
waiting for the plumber, window between 8 and 6 apparently
car's in for an MOT, fingers crossed
bin day, don't forget the recycling
finally put up the shelves, only two holes in the wrong place
groceries are so expensive now, £90 and i can barely fill a bag
power cut on our street, candles and board games it is
wifi down, talking to my family, they seem nice
laundry mountain has become laundry everest
cleaning the oven, truly the lowest point of my week
sleeping, don't call
can't sleep. anyone else up?
feeling grateful today 🙏
bit low today, going for a walk to clear my head
sunny sunday, park with the kids 🌞
watching the sunset from the balcony, not bad at all
coffee number 3 and it's only 10am
doctor's appointment then back to work
at the vet with the cat, he is NOT impressed
studying for the bar exam, see you in 6 months
finished my dissertation!!! 12,000 words of pain
graduation day 🎓 mum is crying already
holiday brain, can't remember my password
jet lag is brutal, it's 3am and i'm starving
at uni till late, library is freezing
tea and biscuits and rain on the window, perfect
cricket nets at 6, bring your own pads
netball tonight, we're top of the league 💪
swimming lessons for the little one, she's a natural
footy training got rained off again
seeing my grandparents in kerala this weekend, can't wait
back in sydney after 6 months away, missed this view
traffic on the M25, what a surprise
bus was 20 mins late, standing in the rain like a drowned rat
bike ride along the canal, perfect weather for it
my flight to bangalore got moved to tomorrow, extra night in dubai
working on my allotment, the courgettes are out of control
trying to learn spanish on duolingo, the owl is judging me
sorting out old photos, found my year 6 school play pics 😂
volunteering at the food bank this morning
blood donation done, got a biscuit and a sticker
running late, sorry!!
charging my phone, 2% 😭
new glasses, everything is so sharp now
hair appointment at 2, finally getting rid of this mullet
spring cleaning, found £20 in an old coat
kids are at their grandparents, house is SO quiet
reading in the bath with a cuppa, don't judge
working from the café today, the barista knows my order now
started a new series at work on python, learning loads
one more sprint then release day 🚀
server migration tonight, expect downtime 11pm–1am
deploying to prod on a friday, pray for me
laptop died, using my phone for everything, pls be patient
just got my covid booster, arm is sore
stuck at home with a sprained ankle, netflix recs please
back to school shopping, why do kids grow so fast
parent-teacher conference went well, proud mum moment
dinner at the in-laws, wish me luck lol
going to the mosque for friday prayers, back after lunch
church choir practice tonight
at the temple with family for the puja 🙏
shabbat shalom everyone
visiting the gurdwara for langar with my cousins
sunday brunch with the girls 🥂
long weekend! heading up the coast
camping in the lakes, no signal, see you tuesday
fishing off the jetty with my old man, caught nothing, loved it
just planted a lemon tree, see you in 5 years lemons
baking chocolate chip cookies with my niece
family zoom with the relatives in canada
my nan turned 90 today!! what a legend
finally booked my smear test, ladies don't put it off
therapy session today, feeling lighter
nearly finished my first marathon training block
at the match, 1-0 up at half time
it's sooo humid today, my hair has given up
black cab driver told me his whole life story, lovely bloke
car broke down on the A1, waiting for the AA
got a new job in pune, moving next month!
hostel in bangkok, 12 bed dorm, earplugs in
visa appointment at the embassy, bring every document known to man
first day at the new school for my boy, he was so brave
had a lovely curry with the team tonight
beach cleanup this morning, collected 3 bags of rubbish
sorting my tax return, send snacks
lazy day. pyjamas till noon
stargazing in the outback, never seen so many stars ✨
cycling to work now, thighs of steel incoming
in the queue at the post office, 14 people ahead of me
out for dinner, phone on silent
new plant in the living room, named her Monstera Lewinsky 🌿
on a silent retreat till Thursday, messages will wait
working late, don't wait up
back in the office after parental leave, everyone's so tall now
mum's making aloo parathas, best sunday
roast lamb and mint sauce, proper sunday dinner
at the laundrette, exciting times
just finished a 1000 piece jigsaw, only 2 pieces missing
got a sunburn through the clouds again, classic me
hailstones the size of marbles in brisbane today!!
power nap then back to revision
helping my brother move into his first flat
chemist run, anyone need anything
tram strike today so i'm walking, wish my feet luck
updating my cv, send good vibes
dentist said no fillings!! 🦷✨
hanging out washing, forecast says dry till 4, we'll see
PTM at school today, teacher says he talks too much, no surprise there
spent the arvo at the beach with the kids
home-made pav for the barbie tomorrow
back-to-back calls till 6, sorry if i'm slow to reply
in transit, will reply when i land in singapore
rewatching the lord of the rings extended editions this weekend, all 12 hours
new sofa arrives today!!! goodbye back pain
mum's birthday lunch at the thai place
cold brew season has officially started
writing wedding thank you cards, my hand is cramping
gone fishing 🎣 literally
roadworks outside my flat since 7am, lovely
""")
