"""Benign phrase pools of the third locked set (issue 11, detector round 3): everyday
statuses, chatter, counter-speech that quotes or reports abuse, negated hate, reclaimed words
and self-descriptions, slur homonyms (places, plants, cigarettes), abuse at non-protected
targets (objects, ideas) and commerce. Written for locked3 alone."""

from __future__ import annotations

EVERYDAY = [
    "back-to-back calls till 5, reply after", "🚲 cycling to work, eta 9:15",
    "at the DMV, send snacks", "kid's parents evening tonight", "off grid camping till Sunday",
    "Annual leave 🌴 see you on the 14th", "pairing with Priya on the migration",
    "Visiting my dad in hospital this afternoon", "Sprint planning, then retro",
    "working from the library today", "🎂 it's my birthday!", "Haircut at 1",
    "Flying to Toronto, back Thursday", "on call this week, phone on loud",
    "Vacation mode: no laptop", "Exam season, hiding in the study room",
    "coffee ☕ then emails", "car in the garage, taking the bus", "Lent: no chocolate",
    "Happy Lunar New Year 🧧", "Hanukkah candles with the kids", "Onboarding week, be gentle",
    "In a workshop until lunch", "Parents visiting from Lagos", "Moving desks to floor 3",
    "Taking a mental health day", "On the school run", "Gardening leave ✌️",
    "Running late, train cancelled", "Volunteering at the animal shelter",
    "Board meeting, do not disturb", "Recording the podcast, DND", "Physio at 4",
    "In Mumbai for my cousin's wedding", "Fasting today, slow after 3pm",
    "Working nights this week, sleeping days", "Sukkot with family", "🏃 marathon training",
    "ski trip! back on the 3rd", "Thesis deadline Friday", "Sunday roast at the in-laws",
    "Covering reception till 2", "Out for the vote count", "At the citizenship ceremony 🇬🇧",
    "Writing the quarterly report", "Data migration in progress, expect delays",
    "Baby's first swimming lesson", "Jetlagged, be patient with me", "Temple festival today",
    "Prepping for the client demo", "Dog-sitting for the neighbours", "Nap time",
    "Pride parade volunteer shift 🌈", "Quiet week, ask me anything", "Reading on the beach",
    "Learning Portuguese on my commute", "New job starts Monday!",
]  # fmt: skip
EVERYDAY_FRAMES = ["{E}", "{E} 👋", "🗓 {E}", "{E} (reachable by phone)", "currently: {E}"]

CHATTER = [
    "that stand-up set killed, I was wheezing", "this song goes hard 🔥",
    "my team got demolished in the quiz", "the new season slaps", "ok this pasta is insane",
    "you're a genius, thank you!!", "lmao he's such a goofball", "I'm so dead, that reel 😭",
    "bro cooked with that playlist", "this weather is savage", "the kids wiped me out today",
    "nailed it 💅", "dying to see the new Bond film", "that cliffhanger was evil",
    "my sourdough is a disaster lol", "we absolutely crushed the hackathon",
    "you sly dog, congrats on the engagement!", "shut the front door, that's amazing",
    "I'm addicted to this puzzle game", "heck yes, pay day", "dang, sold out again",
    "ugh, Mondays am I right", "my toddler is a tiny dictator", "you beast! what a lift",
    "that goalkeeper is a wall", "gonna murder this lasagne", "fire tweet, no notes",
    "oops, I broke the build again", "the cat knocked my coffee over, little monster",
    "crying laughing at the group chat", "dude that trick shot was sick",
    "I look like a zombie before coffee", "sorry I was a grumpy git yesterday",
    "this heat is killing me", "you're a lifesaver", "silly me, wrong meeting link",
    "that twist punched me in the gut", "my back is wrecked from moving",
    "wicked set last night", "so done with rain",
]  # fmt: skip

COUNTER = [
    'Got a reply saying "{G} are rodents". Reported to the mods, please do the same.',
    'Flagging this user: wrote "{G} should be shot on sight" in three rooms',
    "My neighbour told my kids that {G} carry lice. I'm furious.",
    "Anyone claiming {G} are born liars is spreading old propaganda",
    'Quote from the leaked chat: "{G} need to be wiped out". This is why we report.',
    "It's racist to say {G} are a crime wave, and the stats say otherwise",
    "Reading hate mail that calls {G} degenerates. Taking a break from the internet.",
    "Teaching my class why calling {G} an infestation is dehumanising",
    "Someone scrawled '{G} out' on the bus shelter, council has been told",
    'Why is "{G} are subhuman" still up on this platform? It was reported days ago',
    "The journalist documented people calling {G} animals and got death threats for it",
    "My grandma survived people saying {G} should be sent east. Never again.",
]
COUNTER_SLUR = [
    'Someone shouted "{S}" at my friend on the train today. Nobody said anything.',
    "reported an account that called me a {S} in my DMs",
    "Please don't use the word {S} in this community, it's a slur",
    "My manager used {S} in a meeting and HR is investigating",
    'Kids in the playground yelling "{S}" at each other, we had a long talk at dinner',
    "The history of the slur {S} is ugly, here's a thread",
]
NEGATED = [
    "{G} are not a crime wave, that's a myth",
    "No, {G} don't carry lice, stop repeating that",
    "I'd never say {G} deserve to suffer",
    "{G} are not livestock, they're our friends and colleagues",
    "Nobody should call {G} degenerates",
    "It's never okay to wish harm on {G}",
    "{G} aren't liars and I'm tired of hearing it",
    "There's no invasion, {G} are just people moving house",
    "{G} don't belong in asylums, they belong wherever they want",
    "I don't hate {G}, never have",
    "Not one {A} family should ever be forced out",
    "{G} are not rodents, how is this even a debate",
]
RECLAIMED = [
    "dyke bar crawl this Saturday 🏳️‍🌈", "queer, disabled and thriving", "crip time is real time",
    "proud homo, married 10 years", "fat dyke, good cook", "I'm a queer Sikh poet",
    "my fellow crips are the best people", "bisexual disaster, she/her",
    "big queer energy this morning", "lezzie and loving life", "butch, bookish, bi",
    "trans and fabulous, ask me about my hormones", "neurodivergent weirdo and proud",
    "old queen, older jokes", "nerdy queer trans guy",
]  # fmt: skip
HOMONYMS = [
    "Hiking near Cockburn Sound", "Our B&B in Shittington was lovely",
    "Day trip to Lickey End", "Photographing the sign in Dildo, Newfoundland",
    "Staying in Wank, Bavaria this week", "Train to Scunthorpe delayed again",
    "Kinky Boots at the theatre tonight", "Swallow nests under the eaves",
    "Bought a bag of faggots from the butcher (the meatballs, Brits know)",
    "Out of fags, nipping to the corner shop", "Stopped for a fag break outside",
    "A cock pheasant in the garden this morning", "Dick's Sporting Goods has a sale on",
    "Pruning the pussy willow",
    "Planting snapdragons and bachelor's buttons",
    "The dyke path along the fen is flooded", "Visited the Dutch dykes and windmills",
    "Fixed the chink in the armour of my old helmet prop", "Slope of the roof needs new tiles",
    "Coon cheese on toast for lunch (the Aussie brand)", "The spook house at the fair was fun",
    "Homo erectus skull at the museum",
    "Polish the car on Sunday", "Welsh rarebit and a pint", "the nigella seeds make the naan",
    "Retarder added to the paint so it dries slower", "Shag pile rug arrived",
    "Bloody good match in Middlesbrough", "Honey buzzard spotted at the reserve",
]  # fmt: skip
NONPROTECTED = [
    "this printer deserves to be thrown off a cliff", "pop-up ads are a plague on humanity",
    "I hate traffic cones with a burning passion", "my old laptop is a worthless hunk of junk",
    "burn all the group chats", "the tax system is a scam", "daylight robbery, these prices",
    "Monday mornings should be illegal", "kill the bugs, ship the fix",
    "brussels sprouts are vile",
    "crypto bros are exhausting", "this font is an atrocity", "death to pivot tables",
    "the wifi here is garbage", "I could strangle this zip file", "the DMV is pure hell",
    "bureaucracy is a cancer", "that movie was trash, want my money back",
    "seagulls are flying criminals", "reality TV rots your brain", "nuke my inbox",
    "I'm declaring war on the dandelions", "alarm clocks are evil",
    "hot takes on pineapple: disgusting",
    "the self-checkout is a monster", "dating apps are a nightmare", "the new update sucks",
    "middle management is a disease", "wasps can die", "the office microwave is filthy",
]  # fmt: skip
COMMERCE = [
    "Car boot sale Sunday, loads of toys for £1", "Selling a sofa, free if you collect",
    "Our café now does oat milk, come try it", "Call the surgery on 0161 496 0000 to book",
    "Won a meal voucher at work, dinner's on me", "Bitcoin is up again, still not buying",
    "Reminder from the dentist: reply Y to confirm Thursday", "Giving away a cot, DM me",
    "School raffle winners announced, well done all!", "Received my refund from the airline",
    "We'll never ask for your PIN — the bank's new poster, good advice",
    "Help desk is closed on bank holidays", "Crypto course at the library, free entry",
    "Texted the plumber, he's coming at 4", "Call me when you're out of the meeting",
    "Bonus arrived! holiday fund sorted", "Double stamps at the coffee shop today",
    "Tracking says the parcel is out for delivery", "Charity auction raised £2,000!",
    "Job opening on our team, link in my profile", "Found a purse on the bus, handed it in",
    "Changed all my passwords after the breach news", "Etsy shop restocked, 10% off this week",
    "Investing in my pension, boring but smart", "Free samples at the market today",
]  # fmt: skip
