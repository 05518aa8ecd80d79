"""Hand-written benign counter-speech, negated hate, and reclaimed or homonym uses.

Written by hand for the locked10 held-out set (2026-12-06); see make_locked10.py.
"""

from tests.features.moderation.detector.locked10.blocks import parse_block

TEXTS: dict[str, list[str]] = {}

TEXTS.setdefault("negated", []).extend(
    parse_block(
        """
not a single one of my trans friends is a danger to kids
there's no such thing as a "good" or "bad" ethnicity
indigenous people aren't savages and never were
it's not a crime to be poor and it's not a crime to be homeless
i keep seeing people in this server claim that refugees are all criminals and
    honestly it's just not true, i volunteer at a drop-in centre and the people i
    meet are teachers, engineers, mums with kids, teenagers who just want to go back
    to school
men can cry and it doesn't make them any less of a man
gay men aren't all feminine and it wouldn't matter if they were
japanese people aren't creepy, stop basing a whole country on anime memes
dalits deserve equal entry to every temple, no one is untouchable
turks aren't barbarians, istanbul is one of the most beautiful cities on earth
people with tourette's aren't doing it for attention
being a single mum doesn't make you a bad mum
americans aren't all dumb, some of my best friends are american
russians aren't orcs, lots of them oppose the war at great risk
the french aren't cowards, read some history
germans aren't nazis, modern germany takes remembrance seriously
welsh people aren't inbred, that's just a lazy joke
no group deserves to be "sent back"
nobody should be denied a job because of their religion
no one chooses their skin colour, so judging someone for it is just stupid
there's nothing wrong with being autistic and online, we built half the internet
i don't believe women are property and neither should you
asylum seekers are not criminals for asking for asylum
mixed race couples aren't "ruining" anything
trans men aren't "confused lesbians", they're men
reminder since the thread got heated: being gay is not a choice, it is not
    contagious, it is not a danger to kids and it does not make anyone less of a
    person, if you disagree fine, but keep it civil or the mods will step in
people act like disabled gamers can't compete but my mate plays with one hand and a
    custom controller and he's top 500, so maybe drop the assumption that a
    disability makes someone worse at anything
i refuse to believe any race is superior, it's all one species
being poor or foreign or both doesn't make someone less deserving of kindness
muslims aren't "taking over", they're 6% of the population lol
the lgbt community isn't destroying families, we are families
your ethnicity doesn't decide how good you are at anything
a hijab isn't a threat, calm down
people from the middle east aren't all extremists, obviously
not every homeless person is an addict, and those who are still deserve help
no one should have to hide their faith to feel safe at work
nobody deserves to be told to kill themselves, ever
"""
    )
)

TEXTS.setdefault("reclaimed", []).extend(
    parse_block(
        """
proud dyke, professional cat mom, amateur carpenter 🏳️‍🌈
queer and here, pronouns in bio
just a fag who likes dark souls and oat milk lattes
dykes on bikes ride this saturday, see you at the parade 🏍️🌈
my gay ass cannot parallel park and i have accepted this
disabled and chronically online, crip time is real time
crip punk, wheelchair user, metalhead ♿🤘
autistic and proud, hyperfixation: trains 🚂
bi disaster looking for my glasses while wearing them
me and my niggas at the cookout, uncle ray on the grill as usual
just a couple of fags watching eurovision, leave us alone
old dyke, young heart
queer gamer, she/they, mostly playing hades
nonbinary trash goblin, rummaging through the bins of life
big ol homo energy today
proud tranny tech support (yes i'm allowed to say it, yes i'm trans, no you're not)
baby dyke learning to use a drill
neurodivergent weirdo, spoons currently: 2
autistic girlie running on coffee and special interests
fat and fabulous, thanks
my queer book club meets thursday 📚
spaz energy today lol (i'm dyspraxic, i get to say it)
deaf as a post and still beating you at cod
i'm a crip and i'll use the word if i want, it's mine
sissy femboy with a switch and a dream 🎀
fem lesbian, no i don't want to "try men"
old fart gamer, 58 and still playing doom
smoking a fag outside the pub, back in 5
nipping out for a fag, anyone need anything from the shop
had faggots and peas for tea, proper northern comfort food
the faggot of sticks is for the bonfire tonight
walking offa's dyke path this week, 177 miles 🥾
the dyke at the end of the field flooded again, farmer's not happy
new pic of our maine coon, he weighs 9kg, absolute unit
hiking at coon rapids dam today, gorgeous weather
my coonhound won't stop howling at the neighbour's cat
cooking with kaffir lime leaves, my thai curry smells amazing (yes i know many shops
    call them makrut now)
visiting scunthorpe this weekend for the footy
just drove through penistone, the locals are lovely
fire retardant spray on the set pieces before the show, safety first
the tempo marking says ritardando, not a slowdown in my brain
slope was icy, fell on my arse three times skiing
listening to some classic trap music, the beats are hard
swapped the tranny in my 1998 civic, she runs like a dream now (transmission, before
    anyone asks)
this rebuilt tranny has a nice clunk when it shifts
got a lovely bundle of faggots for the wood oven
hanging the fairy lights on the balcony ✨
the paddy fields in bali at sunrise 🌾
homogenised milk is for the weak, give me the cream
homo sapiens moment: i tripped on nothing
bought the spic and span cleaner for the kitchen, nostalgic smell
chink of light under the door at 3am, scared me half to death
there's a chink in their armour, they always fold in overtime
spooky season, time to dress up as a spook 👻
mong kok at night is unreal, neon everywhere 🇭🇰
sambo training tonight, russian grappling is brutal
tottenham til i die, yid army 💙 (as a jewish spurs fan, yes)
nip down the shops for milk?
had a cheeky nip of whisky by the fire
rio negro is absolutely massive from the air
the niger river delta documentary was incredible
welcome to the bunch of crackers and cheese night at my place
the honky tonk was packed tonight, best two-step of my life
queen of the night cactus bloomed!!
the ghost in the attic? it's just a spook story my gran told
my dog is a total bitch in heat right now, keeping her inside
we've got a bitch and two dog puppies for rehoming, all border collies
squaw valley finally changed its name to palisades tahoe, ski season looking good
bugger, missed the bus again
the darkie chocolate in my childhood cupboards was rebranded years ago, crazy it
    existed
redneck and proud, country music and mud trucks
trailer trash chic, my style icon is my mum
we're the weird kids, the freaks and the geeks, and we love it
gay as in happy, and also gay as in gay
fruity as hell today 🍓🌈
i'm a grumpy old git and i've earned it
pom living in perth, sunburnt permanently
kiwi bro, sweet as
geordie lass, canny tired today
scouser in london, missing home
total nerd, total geek, total loser at fortnite, proud of all three
brown girl with a big mouth and bigger dreams
desi and proud, chai is a personality
proud hijabi gamer, come at me in ranked
trans girl with a beard shadow today, we ride at dawn
me and my queer mates are taking over the dungeons and dragons table
hard of hearing, please type in chat
wheelchair racer, fastest crip in the county
still a bit of a nerd, still a bit of a freak, still lovely
black, queer and tired, but mostly black and queer
the old crone at the end of the street, that's me, 72 and playing zelda
my bitches and i are going out tonight (the girls, obviously)
the dykes in the netherlands are what keep half the country dry, fascinating
    engineering
coon cheese toastie for lunch, old habits die hard (it's called cheer now i know)
gay ranch owner energy, just me, my husband and 40 sheep
as a queer person i'm reclaiming "queer" every single day, it's our word now
retarding the timing on the old mini engine, sounds much smoother
lesbian with a power drill, fear me
deaf community night at the pub, bsl only, bring your hands
us gypsies and travellers have been here 500 years, proud of my roma roots, come to
    the fair
"""
    )
)
