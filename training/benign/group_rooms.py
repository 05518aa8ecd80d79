"""Chatty group messages, part 2: community rooms, neighbours, clubs, work chats and events."""

from __future__ import annotations

_TEXT = """
welcome to the room everyone, please read the pinned rules and say hi
new here, found this room through the Fediverse, hello!
lurker here, finally saying hello
thanks for the add, looking forward to chatting
this room is so wholesome, love it here
mods, can we get a channel for cat pictures?
room topic updated, check it out
the bridge to Discord is back up, hi to everyone over there
is the homeserver down or is it just me?
yep, it's back now, thanks admins
reminder that the community call is at 7pm UTC
meeting notes from today are in the wiki
who's coming to the meetup in Berlin?
FOSDEM this weekend, who's going? let's meet at the Matrix stand
slides from my talk are up, link in the room topic
first time contributor here, just opened my first PR 🎉
merged! welcome to the project
release candidate is out, please test and report bugs
changelog for the new version is up, lots of good stuff
thank you to everyone who helped with the translation
neighbourhood group: has anyone seen a grey cat with a white paw? she's called Bella
found a set of keys by the postbox on Elm Road, message me if they're yours
lost dog found safe and sound, thanks everyone for sharing 🐶
there's a free sofa outside number 42, first come first served
anyone know a good plumber in the area?
recommendations for a reliable electrician please
street clean up on saturday at 10, gloves provided
the community garden has spare courgettes, help yourselves
bin collection moved to friday because of the bank holiday
road closed for the fun run on sunday morning, plan ahead
power's back on on our side of the street, anyone else?
water's off till 3 according to the council
the library has a free kids' craft morning on tuesday
anyone got a ladder I could borrow for an hour?
spare tickets for the panto, free to a good home
parcel for number 17 got left with me, I'll drop it round
local bakery is giving away yesterday's bread, go get it
school uniform swap at the church hall this saturday
choir practice moved to wednesday this week
allotment society meeting at 7, tea and cake provided
knitting circle: we're making blankets for the neonatal unit
walking group meets at the church at 9, all paces welcome
parents group: who's doing the bake sale this term?
class WhatsApp: does anyone know if it's non uniform day tomorrow?
reminder: school photos on thursday, brush those hairs
PE kit needed tomorrow, just a heads up
lost property has a pile of water bottles, go check
the year 4 trip to the zoo was a hit, thank you volunteers
nursery is closed on monday for training
uni flat chat: who left the oven on??
flat chat: the bathroom needs a clean, I'll do it if someone does the kitchen
the milk's out, I'll grab some on the way home
who's cooking tonight? I vote for the big pasta
house chat: parcel at the door for Jess
team chat: good morning, standup in 10
standup moved to 10:30 today
can someone review my PR when they get a sec?
LGTM, ship it 🚀
approved, nice work
deployed to staging, have a look
the demo went really well, thanks everyone
coffee run, anyone want anything?
cake in the kitchen for Ravi's birthday, come and get it
leaving drinks for Emma on friday, the Crown at 5
welcome to the team Fatima! 🎉
team lunch on me today, we hit our target
shoutout to the support team for an amazing week
who's on call this weekend?
I'll take the on call swap, no worries
office closed monday for the bank holiday, enjoy the long weekend
please fill in the holiday calendar before the end of the month
IT says turn it off and on again, and it worked
the printer on 3rd floor is working again, rejoice
all hands is at 2, link in the invite
quarterly results are in, great job everyone
friday wins thread: share yours 👇
my win this week: finally finished the migration
my win: the kids ate their vegetables
my win: I went for a run three times
gratitude thread: one thing you're thankful for today
thankful for sunny mornings and good coffee
today's question: what's your comfort film?
mine is Mamma Mia, no shame
would you rather: fly or be invisible?
fly, obviously, no more trains
hot take: pineapple on pizza is great
hot take: cereal is a soup
controversial opinion: tea before milk
wrong, milk goes in first and I'll die on this hill
this debate has been going for 40 minutes, I love this chat
two truths and a lie, go!
guess the baby photo, winner gets bragging rights
it's definitely Tom, look at those ears
pets of the room thread, show us your floofs 🐾
here's Biscuit, she's 12 and still thinks she's a puppy
this is Mango the parrot, he says hi
plant check: my basil is thriving
what's everyone reading this week?
listening recommendations please, I need a new podcast
just finished the book you recommended, loved it
thanks for the tip, that café was great
whoever recommended that show, thank you, I'm hooked
what's for dinner tonight, chat?
made this, recipe in thread 👇
photo dump from the weekend
sunset from my balcony tonight, gorgeous
look at this rainbow over the estate
snowman competition: post your entries
spot the difference in these two pics, I can't
screenshot this and post your results
what are we all having for the takeaway
thread for tonight's match 🧵
thread: favourite cheese, go
live reaction thread for the finale, no spoilers before 9!
spoiler warning, scroll past if you haven't watched it
NO SPOILERS PLEASE, some of us are still on episode 3
ok who watched the eurovision, scores in here
our country got 0 points, tradition maintained
vote for our school in the community awards, link in bio
fundraiser update: we've hit 80% of the goal!
volunteers needed for the food bank on saturday
thank you for all the donations, the shelter is full of blankets now
toy drive for the children's ward, drop off by the 15th
blood drive at the community centre on tuesday
litter pick was a huge success, 40 bags collected
beach clean this sunday, meet at the lifeguard hut
charity quiz raised £600 for the hospice, amazing work all
tree planting day went brilliantly, 200 saplings in
can't believe we pulled that off, well done team
group hug 🤗
love this group
this room is my happy place
you lot are the best
chat's been quiet today, everyone ok?
just popping in to say hi
back from holiday, what did I miss?
catching up on 400 messages, bear with me
logging off for the night, see you tomorrow
going offline for a few days, be good
anyone else watching the solar eclipse? sending pics in a bit
the northern lights are visible tonight, look north!
there's a rainbow over the whole town right now, go outside
power cut on the east side, anyone else?
the ice cream van is on our road, run!
the farmers market is back this saturday
the new café on the corner is open, free coffee till 11
heads up, the bridge is closed for repairs this weekend
the bin men have missed our street again, I've reported it
great turnout at the residents' meeting, thanks all
the kids' football club needs volunteer coaches, no experience needed
anyone want to join a litter pick on sunday?
community choir is looking for new members, all voices welcome
Christmas lights switch on is at 5 on friday
the carol concert raised £400 for the food bank, thank you!
the lost tortoise has been found, he was in the vicarage garden
free piano to a good home, it's a bit out of tune
the repair café is on saturday, bring your broken toasters
the library extended its opening hours, hooray
the park's new playground is open, the kids are thrilled
welcome to all the new members this week, say hi!
rules reminder: be kind, stay on topic, have fun
new emoji pack added to the room, enjoy
the room will be read only for an hour during the server upgrade
upgrade finished, everything's back, thanks for your patience
voice chat is open if anyone wants to hang out
movie watch party on friday, we're doing Studio Ghibli
game night in the voice channel at 9, Jackbox this week
pics from the meetup are in the album, thanks for coming everyone
next meetup is in Leeds, date poll in thread
AMA with the dev team on thursday, drop your questions here
job board is pinned, good luck to everyone applying
study group for the exam meets at 7 in the library room
study group: flashcards for chapter 5 are shared
lecture recording is up on the portal
anyone got notes from monday? I was off sick
the shared folder has all the past papers
group project: I'll do the intro, who's on the conclusion?
great job on the presentation, team, we smashed it
office plant has been watered, you're welcome
reminder to submit expenses by friday
the fire drill is at 11, don't panic
canteen has curry today, get there early
parking is closed on friday for resurfacing
the new coffee beans in the kitchen are amazing
birthday card for Jess is going round, sign it at my desk
leaving card for Ahmed is on my desk, sign it before 3
we raised £250 at the bake sale, well done everyone
friday drinks are on, see you at the usual place
the quiz is back on tuesday, same teams?
"""

LINES: list[str] = [line.strip() for line in _TEXT.splitlines() if line.strip()]
