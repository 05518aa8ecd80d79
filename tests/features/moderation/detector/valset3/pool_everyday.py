"""Benign: plain ordinary statuses. One text per line. Hand-written for valset3."""

_EVERYDAY = """
at the gym 💪
working from home today
in a meeting until 3
on holiday till the 14th 🌴
brb, dinner
listening to the new album on repeat
coffee first, questions later ☕
back on monday
reading: the left hand of darkness
busy, ping me if urgent
walking the dog
away from keyboard
studying for finals 📚
new job starts tomorrow!
sunday roast at mum's
out of office, limited signal
baking sourdough, attempt #4
learning spanish, día 32
watching the match
on call this weekend
moving house, boxes everywhere
happy friday everyone
commuting, replies may be slow
dentist at 10, back after lunch
garden is finally blooming 🌷
cycling to work these days, 12km each way
at a conference in lisbon all week
taking a social media break
kids' football, then swimming, then sleep
do not disturb: focus mode
available for freelance illustration work
training for my first 10k
back from the allotment with six courgettes
🎧 lo-fi and spreadsheets
parental leave until march
volunteering at the food bank on saturdays
making soup for the week
in the library, phone on silent
night shift, sleeping days
knitting a scarf that will probably be finished by 2030
visiting family in manchester
ask me about my cat
currently: painting the bathroom
exams over!!!
gone fishing 🎣
playing stardew valley, do not perturb
road trip through the highlands
flight to toronto, offline for 8 hours
choir practice wednesday nights
just adopted a rescue greyhound called pickle
🏳️‍🌈 he/him
she/her · coffee · books · crosswords
UTC+2, slow replies at weekends
home with a cold, back tomorrow hopefully
making pancakes for the kids
rewatching the office for the 5th time
new glasses, who dis
out for a run
lunch
thinking about tacos
ramadan mubarak to everyone celebrating 🌙
merry christmas and a happy new year 🎄
happy diwali! 🪔
shana tova 🍎🍯
at my cousin's wedding this weekend
trying to fix the bike chain
be kind, always
pottery class tonight
hosting quiz night at the legion on thursday
vet appointment for the cat
fixing bugs, drinking tea
in the mountains, no signal till sunday
meal prepping
rehearsing for the school play
grocery run
birthday week!!
in berlin for work, beer recommendations welcome
hospital appointment, back later
charging my phone and my soul
setting up the new router
admin for our little community homeserver
happy to chat about open source
job hunting, referrals appreciated
taking the kids to the zoo
just passed my driving test 🚗
planting tomatoes
school run
car boot sale this morning, found a lovely lamp
making a photo book for my grandad
日本語を勉強中 (learning japanese)
watching the sunset from the pier
laundry day
painting miniatures
at the farmers market
writing my thesis, chapter 4 of 6
on a boat 🚤
brunch with the girls
practising guitar, sorry neighbours
my daughter's first day at school today 🥹
rainy day, soup and a film
"""

EVERYDAY = [line.strip() for line in _EVERYDAY.splitlines() if line.strip()]
