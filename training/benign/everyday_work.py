"""Everyday statuses, part 3: work, code and servers, money, shopping, TV, books, faith, moods."""

from __future__ import annotations

_TEXT = """
back to back meetings until 4, send coffee
this meeting could have been an email
first day at the new job tomorrow, outfit is laid out
just handed in my notice, feels surreal
got the promotion!!! 🎉
working from home today, the cat is my new colleague
presentation went well, the nerves were for nothing
annual review today, feeling positive
inbox zero achieved, framing this moment
on call this week so keeping the laptop close
team lunch at the Thai place, work is good sometimes
training the new starter, she's picking it up fast
quarterly report finally submitted, weekend starts now
night shift again, see you all at breakfast
my out of office is on, see you in two weeks
interview tomorrow, prepping my answers with the dog
stand up ran over by half an hour, as usual
office moved to a new floor, I keep getting lost
hot desking means I sit somewhere different every day
deadline met with twelve minutes to spare
finishing early for the bank holiday 🙌
teaching assistant life: glue sticks and glitter everywhere
twelve hour shift done, feet are destroyed but it was a good day
closing the shop tonight, then home for tea
conference in Manchester next week, already packed
my manager brought donuts for the whole team
just had my first one to one with my new boss, she's great
pay day tomorrow, never been so ready
overtime this weekend, saving for the holiday
all hands meeting at 3, hope there's cake
the office coffee machine is back, morale restored
spent all day in spreadsheets, I dream in cells now
just shipped the feature I've been working on for a month
pair programming with the intern, she taught me a new shortcut
the build is on fire again, looking into it
kill the process and restart it, usually does the trick
nuke the cache and try again
deploying on a friday, living dangerously
rebased my branch and everything still works, miracles happen
code review done, only three comments, a personal record
the server fell over at 2am, on-call life
finally fixed the flaky test after three days
my PR got merged!!
rewrote the whole module and it's half the size now
docker ate all my disk space again
git blame says the bug was mine from 2019, classic
spent an hour debugging and it was a missing comma
rubber duck debugging with an actual rubber duck
migrating the database tonight, everyone hold your breath
prod is green, going to bed
just learned about list comprehensions and I feel powerful
segfault at 11pm, time to stop for the night
the staging server needs a reboot, I'll kick it
shot the zombie processes and the box is happy again
killing all the stale branches in the repo, spring cleaning
wrote my first rust program, the compiler and I are now friends
the CI pipeline finally passes, took fourteen attempts
upgraded to the new python version, nothing broke somehow
refactoring the legacy code, wish me luck
hackathon this weekend, building a bot that orders pizza
the load balancer was misconfigured, fixed now
set up a homelab on an old laptop, very proud
my raspberry pi is now running the whole house's lights
TIL you can undo a git commit without losing the changes
typescript errors are a mood today
dark mode everything, my eyes thank me
100% test coverage on the new module, treating myself
wiped the dev box and rebuilt it from scratch, feels fresh
the logs are full of warnings but nothing's actually broken
accidentally pushed to main, reverted in 30 seconds, no one saw
on-call handover done, phone goes off at 9
vim or emacs? neither, I use nano and I'm happy
terminated the old instances, the cloud bill thanks me
hot fix shipped, users are happy again
setting up the new matrix homeserver this weekend
bridged our old IRC channel to Matrix, works a treat
paid off my credit card today, what a feeling
rent's gone up again, time for a budget review
saving up for a new laptop, about halfway there
finally set up a pension, adult points unlocked
£15 limit for secret santa this year, keep it fun
electricity bill came in lower than I expected
switched energy supplier and saved about £20 a month
first month on the new budget spreadsheet, going well
bought a house plant instead of therapy, cheaper
the weekly shop was £90, when did food get so dear
tax return done before the deadline for once
got my deposit back in full from the old landlord
saving 10% of every paycheque, slow and steady
treated myself to new trainers, they were on sale so it basically made money
the car insurance renewal nearly made me faint
mortgage approved!!! 🏠
just budgeted for the whole of december, spreadsheet queen
kids' school shoes cost more than mine
water bill paid, gas bill paid, feeling responsible
started a no spend month, day four and still strong
the petrol price went down 3p, small wins
rent day, bye bye money
my savings pot for Japan has hit £1,000!
bought a secondhand bike for £80, bargain
sale at Boots, stocked up on toiletries for six months
Aldi middle aisle got me again, I now own a pressure washer
got the last loaf at the bakery, winning
online shop arrived and they substituted the bananas for plantain, fair enough
trying on jeans is the worst sport
found the perfect dress in the charity shop for £6
Black Friday deals have me checking prices on everything
click and collect is the best invention of the century
bought new bedding from Dunelm, so soft
went in for milk, came out with a lamp
returning three parcels today, the post office queue is long
new phone arrived, transferring all my stuff
Woolies had the mangoes on special, bought a whole tray
shopping at the market on saturday morning, fresh everything
Pick n Pay run for the braai, got the wors
Flipkart sale has me adding everything to the cart
Jumia delivery came a day early, impressed
bought a secondhand sofa off Marketplace, it's perfect
window shopping in town, bought nothing, very proud of myself
finally got new work shoes, my feet are grateful
binge watched the whole season in one sitting, no regrets
just finished Succession, what a finale
Bake Off tonight, tea and biscuits ready
rewatching The Office for the fifth time
started a new series and now I need to know what happens
Strictly is back, my saturdays are sorted
Bluey is genuinely a better show than most adult tv
Love Island chat only please
Doctor Who christmas special, family tradition
the new season of The Bear is so good
watching the Eurovision with snacks and scorecards
documentary on octopuses has changed my life
Gogglebox is my favourite programme and I'm not ashamed
movie night: we spent an hour choosing and then watched nothing
just saw Dune in IMAX, the sound nearly knocked me over
Neighbours is back, I'm 12 again
Bollywood film night with my aunties, tissues at the ready
Big Brother Naija has taken over my evenings
watching the cricket highlights with dinner
finished my book on the train, need a new one
reading Pride and Prejudice for the first time, Mr Darcy, wow
half way through a thriller and I can't put it down
library haul: five books, three weeks, let's go
book club picked something 700 pages long, pray for me
audiobooks have saved my commute
just started The Hobbit with my son at bedtime
re-reading Harry Potter every autumn, it's tradition
finally finished War and Peace, I feel like I deserve a medal
poetry reading at the bookshop tonight
read 40 books this year, target smashed
reading in the bath until the water goes cold
second hand bookshop had a first edition of my favourite novel
the sequel is out next month, counting the days
Chimamanda's new book is on my list
cosy reading weekend, fire on, phone off
Sunday service this morning, lovely sermon
Eid Mubarak to everyone celebrating 🌙
Diwali prep is in full swing, the house is covered in lights
Ramadan Kareem, first iftar with the family tonight
happy Hanukkah to all who are celebrating
lighting the advent candle with the kids
choir practice for the carol service
Easter egg hunt in the garden for the little ones
Holi tomorrow, wearing clothes I don't mind ruining
Vaisakhi celebrations at the gurdwara today
Christmas tree is up and it's only november 🎄
Chinese New Year dinner with the family, so much food
sent Rosh Hashanah cards to the family
going to midnight mass with my gran
fasting today, break fast at 7:15
bible study group meeting at ours tonight
making sweets for Navratri with my mum
Pongal celebrations back home, wish I was there
carol singing round the village, raising money for the hospice
lent has started and I've given up chocolate, day one
mosque has a community iftar on friday, everyone welcome
Thanksgiving prep: 12 pounds of potatoes peeled
harvest festival at church, the kids brought tins
Yom Kippur starts at sunset, easy fast everyone
Durga Puja pandals are beautiful this year
Kwanzaa with the family, lighting the candles
St Patrick's Day in Dublin, the parade was brilliant ☘️
Guy Fawkes night, fireworks over the park
Christmas jumper day at work 🎅
Heritage Day braai with the whole neighbourhood
Independence Day celebrations, so much jollof
no thoughts, head empty
gutted the gig got cancelled
absolutely knackered after today
dead tired, bed by 9
feeling good today, not sure why, not asking questions
bit of a meh day, early night I think
buzzing for the weekend
running on three hours of sleep and vibes
quietly proud of myself today
so tired I put the cereal in the fridge
in a baking mood and a cleaning mood at the same time, chaos
happy friday!!
chilled out sunday, doing absolutely nothing
my social battery is at 2%
feeling a bit under the weather but still smiling
cannot be bothered today, and that's ok
sooo sleepy after lunch
gassed for the holidays
mood: cup of tea and a cry at a nice advert
feeling grateful for good friends this week
bit overwhelmed with everything, taking it one day at a time
chuffed to bits
over the moon
stoked for the weekend
that friday feeling ✨
knackered but happy
lowkey exhausted, highkey happy
absolutely shattered
slept like a log
brain is fried after that exam
monday motivation: coffee
feeling fresh after a good night's sleep
today was a win
just vibing
existential crisis over which biscuit to have
chaotic good energy today
tired of being tired, taking a nap
rainy day blues, but the tea helps
dont talk to me until ive had my coffee lol
wish me luck for tomorrow
on cloud nine after today
lekker weekend ahead
proper grand day altogether
deadass exhausted
not me falling asleep on the sofa at 8pm again
sunday scaries kicking in
head in the clouds today
hanging in there
ready for bed and it's only 7
peace and quiet at last
slightly frazzled but getting there
chill mode on
tired but it's a good tired
taking a social media break for a week, back soon
available, but slowly
busy, text me
away on holiday till the 14th
at the gym, will reply later
on the train, signal comes and goes
in meetings all day, back online at 5
working late, reply tomorrow
do not disturb: revising
offline until monday 🌴
napping, leave a message
"""

LINES: list[str] = [line.strip() for line in _TEXT.splitlines() if line.strip()]
