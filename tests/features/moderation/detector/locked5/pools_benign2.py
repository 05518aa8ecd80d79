"""Hand-written benign chatter, harsh words about non-protected things, and commerce."""

from __future__ import annotations

from .textblock import lines

CHATTER = lines("""
we got absolutely destroyed at netball tonight lol, gg
lowkey killing it at work this week 🔥
that boss fight absolutely murdered me
@jess you're a legend, thanks for the lift
lmao my team is so bad, love them though
who's up for a raid at 9?
ngl the new patch is kinda mid
bro i died laughing at that clip
spurs bottling it again, classic spurs
arsenal fans are quiet today 👀
we smashed the pub quiz, first place baby
that ref was blind, robbed in the 90th minute
my mates are idiots but they're my idiots
can't believe you ate the last slice, traitor 😤
shut up and take my money
that tackle was brutal, fair play
ok who keeps microwaving fish in the office
i'm dead 💀 this thread
absolute scenes at the final whistle
gg ez, just kidding you played well
he's a beast on the wing
she absolutely slayed that presentation
we lost 5-0, the less said the better
your cooking is a crime against humanity, love you though
my brother's such a muppet, forgot his own birthday party
cheers for the help, you're a star
anyone else's wifi garbage today?
omg that ending wrecked me 😭
the lads are getting smashed in the five-a-side again
carried the whole team in ranked, as usual
nerf that sniper pls, it's broken
lol you'd lose a fight to a paper bag
my kid just called me "bruh" and i've never felt older
wooo payday!!
can someone explain the offside rule to my husband again
got absolutely bodied in tekken by a 12 year old
mondays are violent
this week has been a total shitshow, need a pint
yeah nah, not going out in this weather
arvo footy then a few beers, sweet as
mate that was a cracker of a goal
sorry for the spam, my cat walked on my phone
no thoughts, head empty
wanna duo tonight?
is anyone else obsessed with the new taylor album
loser buys the next round
we're gonna kick your arses on saturday, see you on the pitch
cheeky nandos after training?
touch grass they said, it's raining they didn't say
that was a savage comeback, respect
@maya stop stealing my fries 😂
i'm so bad at this game it's embarrassing
trash talk aside, good match everyone
they absolutely battered us at darts
tbf the other team deserved it
ugh, missed the bus by seconds
back to back L's in valorant, i need a break
our group chat is unhinged today
gonna annihilate this burger
she's a savage on the court
this is the worst film i've ever loved
hot take: cereal is soup
sorry i'm late, the trains hate me
the kids destroyed the living room, as usual
love you lot, even when you're annoying
imagine losing to the bots 😂 couldn't be me (it was me)
that pun was criminal
leeds till i die
united are so back (they are not back)
fair cop, i was wrong about the pasta
my sister roasted my outfit and she was right
who wants to get absolutely wrecked at mario kart
no cap this is the best ramen in the city
bit of a disaster day but we move
what a banger 🎶
ready to fight anyone who says pineapple doesn't go on pizza (jk)
these memes are sending me
we got clapped in the semis, still proud
gonna crush this exam (hopefully)
dad's snoring could wake the dead
the queue at the post office was a war zone
can't stand this heat, melting
ha, told you so
sick trick mate, how'd you land that
insane clutch in the last round, my heart
crying over a kdrama at 2am as one does
let's go bois, we won the league!!
teammate went afk, we got stomped
haha no worries, we all have those days
fuming that i missed the sale
the cat is judging me again
this match is a bloodbath, i love it
idk what i'm doing but i'm doing it
nah mate, that's a red card all day
feeling like a zombie today
our bassist is a madman on stage
well that escalated quickly
dog ate my homework, literally
chill, it's just a game
bro really thought he could outrun me in fifa
that tekken combo was filthy 🔥
the quiz was savage this week
my coworker brings the best snacks, bless her
honestly the worst parking job i've ever seen, ha
we were robbed by the ref, no other way to put it
absolute unit of a dog at the park today
stfu that's amazing news!!! congrats
kill me now, it's only tuesday
you beauty! what a result
this beat is sick
she's killing it on twitch lately
hit me up if you're around later
that cliffhanger is evil
if i hear that song one more time i'm moving out
rage quit, back tomorrow
lol we're so cooked
brutal workout, can't feel my legs
my nephew beat me at chess, humbling
team captain is a bit of a drama queen but we love her
g'day legends
legit the best night ever
you're mad for that, fair play
oh behave 😂
the neighbour's rooster is an absolute menace
goalkeeper was a wall tonight
absolute shambles of a game from both teams
omg stop, you're too kind
ref needs glasses, we was robbed 😤
the group project is a nightmare but we'll survive
my fantasy team is cursed
oi oi, who's coming to the barbie
tbh i'm just here for the snacks
that final lap had me screaming
we're getting our butts kicked in the league this year haha
big W for the squad tonight
on god this raid boss is impossible
lmk when ur free for a game
""")

NONPROTECTED = lines("""
i hate mondays with a passion
the office printer should be taken outside and burned
gonna kill this bug before it kills me
death to pineapple on pizza, i will die on this hill
my laptop deserves to be thrown off a cliff
windows update can go to hell
i want to strangle whoever designed this form
exterminate every mosquito in this flat
this weather is absolute garbage
jira is a parasite on my soul
the slugs in my garden are vermin and must be destroyed
i'd like to set fire to the tax code
these pigeons are rats with wings, get them off my balcony
burn it all down, i'm rewriting this module from scratch
the new tax rules are disgusting
i despise spreadsheets with merged cells
traffic cones should be banned from existence
my alarm clock is my mortal enemy
rush hour is a crime against humanity
this coffee tastes like poison
javascript should be wiped off the face of the earth 😤
nuke the build folder and try again
cancer can go to hell, fuck cancer
i want to murder this headache
terminate the stuck process, it's a zombie
kill -9 that daemon
die, you stupid paper jam, die
the referee's decision was a disgrace
this heat is evil
brussels sprouts are an abomination
i hate this stupid app so much
capitalism is a disease, discuss
death to the daylight saving time change
parking wardens are a plague, honestly
my wifi router is a useless piece of junk
mould is invading the bathroom, time to exterminate it
the rats in the shed have to go, calling pest control
cockroaches in the kitchen, send help and bleach
the weeds are infesting the whole garden
this song is a crime and should be deported from the charts
rip my old phone, good riddance
i'd happily drown this phone in the sea
what a disgusting, greasy kebab, 10/10 would eat again
leeds united's defence should be taken out and shot (figuratively)
this tax form is subhuman levels of confusing
the traffic lights on our road are trash
hate hate hate the cold
damn you, autocorrect
my landlord's boiler is a pathetic excuse for heating
i'm going to smash this level tonight
the printer is possessed and must be exorcised
mondays should be illegal
ban leaf blowers, they're the worst
the rain can die in a fire
kill the lights when you leave pls
our old car is a deathtrap, glad to be rid of it
the slow wifi here is an insult
wasps are evil, change my mind
going to destroy this lasagna
shoot this email into the sun
burn the witch (my pile of unread emails)
this keyboard is filthy, gross
the office microwave is a biohazard
chelsea are a joke of a club this season
these ads are vermin, uninstalling
inflation is killing us
the new logo is hideous
corporate jargon should be outlawed
cancel monday
hang the washing out before the storm hits
shoot, i forgot the milk
killer sudoku is melting my brain
death by meetings today
my codebase is a dumpster fire
that film was garbage, walked out halfway
these shoes are murdering my feet
i could kill for a cup of tea right now
the referee should be banned for life (i'm joking, mostly)
my plants are dying and i hate it
bloody awful weather in Manchester again
this sprint is a massacre
eradicate polio, fund the vaccines
smash the patriarchy ✊
abolish homework
death to the oxford comma (or long live it, depending on my mood)
kill the noise, i need to focus
""")

COMMERCE = lines("""
summer sale! 20% off all prints in my shop this weekend
giveaway: win a signed copy of my novel. follow + reply, winner picked friday, UK only, T&Cs in bio
call our office on 020 7946 0123 between 9 and 5 for bookings
commissions open! DM me, 3 slots left 🎨
tickets for our gig at The Crown on saturday are £8 on the door
we're hiring! junior backend dev at Brightwater Labs, see our careers page
raising money for Paws & Claws rescue shelter, every £ helps 🐶
ugh, had to verify my email again because my bank app logged me out
reminder from the admins: we will NEVER ask for your password or recovery key
bakery open till 4 today, fresh croissants 🥐
etsy shop restocked! handmade earrings, free uk postage over £20
booking now for xmas portraits, dm me for dates
our charity bake sale raised £640 for the hospice, thank you all
new menu at the café from monday, come say hi
selling my old bike, £80 ono, collection only, dm me
open mic night at The Fox, sign up from 7pm
car boot sale on sunday, loads of kids' toys
free coding workshop for teens at the library, registration required
free 30-minute consultation for new clients, book through the practice website
tattoo flash day, walk-ins welcome from 11 🖤
our open source project just hit 1.0, release notes on the project page
happy hour 5-7, two for one cocktails
now taking pre-orders for the zine, ships in march
dog walking services in south london, references available, dm me
the raffle for the school PTA closes friday, tickets £1 from the office
applied for a job at Tesco today, fingers crossed
just got verified on the community forum, finally
our small business turns 5 today, thank you for the support 💛
selling 2 tickets for glastonbury at face value through the official resale
two-factor auth saved my account today, turn it on people
crypto is a scam magnet, never give anyone your seed phrase
i won a raffle at the school fair!! a hamper full of cheese
got a letter from the council saying i'm owed a refund on my council tax, sorting it
refurbished laptops for students, 1 year warranty, Hartley Computers on the high street
last call for the marathon sponsorship, running for Mind 🧠
guitar lessons, £25/hour, beginners welcome, message me
flash sale on our kickstarter rewards ends tonight
the food bank needs tinned veg and nappies this week, drop off at St Mark's
hiring bar staff for the summer, apply in person at The Anchor
my tutoring sessions are back for GCSE maths, dm me for rates
lost cat reward: £50 for info on our ginger tom Frank
free entry to the museum this saturday
our band's EP is out now on all streaming platforms
apartment for rent in Brunswick, 2 bed, inspections saturday 10am
we're giving away 3 plant cuttings to anyone local, just come collect 🌱
matched funding day! donations to the shelter are doubled until midnight
reminder: report any account asking for your login to the mods
volunteers needed for the beach clean on sunday
new youtube video out, i review the worst gadgets of 2026
get your flu jab at the pharmacy, no appointment needed
lemonade stand outside our house today, 50p a cup 🍋
stall at the christmas market this weekend, come say hi
looking for a flatmate, £650pcm bills incl, dm me
our nursery is recruiting qualified early years practitioners, see our website
yard sale saturday 8am, everything must go
last chance to sign up for the 10k fun run, proceeds to the children's ward
phone repair shop now open on Elm Road, screens fixed while you wait
new merch drop friday 7pm, hoodies and stickers
commissions open, pet portraits from £30
support local bookshops 📚 ours has a 3-for-2 this month
got a scam text pretending to be my bank, deleted it and called the number on my card
bank called to verify a purchase, it was legit, phew
Saturday's workshop is sold out, next one in May
taking orders for birthday cakes, 1 week notice please
we're recruiting paid research participants at the university, ethics approval ref in bio
free kittens to a good home, vet checked
our community choir is looking for tenors, no audition
win tickets to the film premiere: answer the question on our page, closes 5pm, 18+
freelance designer available for logos and branding, portfolio in bio
early bird tickets for the comic con are on sale now at the official site
prize draw for everyone who renews their gym membership this month, rules at reception
my shop on the high street is closing, everything 50% off till saturday
contact our helpline on 0161 496 0000 if your order hasn't arrived
hiring: part-time delivery drivers at Rossi's Pizza, own car needed
""")
