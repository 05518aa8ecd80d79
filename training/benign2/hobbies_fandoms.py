"""Hobbies and fandoms: tabletop, crafts, anime, birding, motorsport, K-pop and modding."""

from __future__ import annotations

_TEXT = """
session 14 of our D&D campaign tonight, the bard is finally confessing to the paladin
my rogue rolled a nat 1 on stealth and kicked over a suit of armour lol
DM for a homebrew 5e campaign set in a floating archipelago. Fridays, 7pm GMT
Our party accidentally started a war between two goblin clans. Again.
the necromancer in our group has named every skeleton. there is a Gerald
Knitting my first pair of socks. The heel turn is witchcraft 🧶
frogged the whole sleeve because I miscounted in row 3. starting over, no regrets
cast on a cardigan in merino and I already love the colour
crochet granny squares are my entire personality this winter
Anyone know a good yarn shop in Leeds? I need chunky wool for a blanket
finished Frieren last night and I've been staring at the wall since
Rewatching Cowboy Bebop for the fourth time. The soundtrack still slaps 🎷
one piece is the longest commitment of my life and I'm on episode 600
hot take: the Haikyuu dub is actually quite good
currently simping for every character in Spy x Family, Anya most of all
saw a kingfisher on the canal this morning, absolute flash of blue 💙
birding tip: the RSPB app is great for learning calls
ticked off a hoopoe on my life list in Portugal!! still buzzing
Got up at 5am for the dawn chorus walk. Worth every yawn.
three hours in a hide and one distant heron. birding is a test of faith
lights out and away we go 🏎️
Verstappen on pole again, someone please give the midfield a chance
That Monaco qualifying lap was art. Pure art.
mclaren papaya forever, I don't care who's watching
I stayed up till 3am for the Suzuka race and regret nothing
F1 strategy calls are basically a soap opera with tyres
Stan loona, thank me later 🌙
my bias wrecker just dropped a solo and I'm not okay
got tickets for the Seventeen concert in Manila!!! 💎
learning the choreo for Hype Boy in my living room, neighbours are concerned
K-pop lightsticks are the best merch ever made and I will not be taking questions
painting Warhammer minis all weekend, my Ultramarines are looking sharp
Just finished priming 40 skeletons for my undead army 💀🎨
board game night: Wingspan, then Ticket to Ride, then Catan grudges
won my first game of Twilight Imperium after 9 hours. worth it
Anyone in Bristol want to start a Gloomhaven group? we're 3, need 1
modding Skyrim until it crashes is my favourite game genre
installed 300 mods and now the dragons are Thomas the Tank Engine
wrote my first Minecraft mod, it adds a single very sad cow
Stardew modders deserve a medal, the expanded farm is beautiful
new Factorio save, goodbye sleep
building a Lego Millennium Falcon, 7,541 pieces, send snacks
restored a 1970s Raleigh bike frame, she rides like a dream
pottery class update: my bowl is more of a plate now
sourdough starter is named Doughy Parton and she is thriving
bonsai hobby is just slow motion gardening anxiety
learning the ukulele, my cat has left the room
choir rehearsal tonight, we're doing Fauré's Requiem
ringing the church bells on Sunday, first time on the tenor bell
Metal detecting on the beach found: 2 ring pulls, one 1998 penny, zero treasure
astrophotography night, got Saturn's rings on a cheap telescope 🪐
met a guy at the star party who has photographed every Messier object
Model railway layout finally has a working level crossing
bookclub is reading Piranesi this month, anyone read it?
I read 52 books this year and half were romantasy, no apologies
fanfic writer, AO3 link in bio. mostly fluff, occasionally angst
Just hit 1k kudos on my fic I wrote at 2am in one sitting
cosplaying Jinx at MCM London, the wig is fighting me
spent 40 hours on foam armour for a single convention day
Eurovision party planning has begun. I have a scoring spreadsheet
Doctor Who fans, who's your favourite Doctor? mine is still Ten
Star Trek TNG marathon with my dad is our weekly tradition 🖖
Trekkie, Whovian, and part-time Jedi
Tolkien reread, currently crying at the Grey Havens as usual
Harry Potter fan but mostly for the Weasley twins honestly
Marvel fatigue is real but I'll still see the next one opening night
Swiftie since 2008. yes I have the friendship bracelets
got into vinyl collecting and my wallet has never recovered
crate digging in Camden, found a first pressing of Blue Lines
Taylor Swift album drop, see you all in a week
obsessed with the Bake Off technical this week, the choux was brutal
Formula E is underrated and I'll die on that hill (metaphorically)
trainspotting at Crewe with my grandad, he knows every loco number
Plane spotting at Schiphol today, saw an A380 land 🛬
Geocaching with the kids, we found a cache hidden in a fake rock!
Rock climbing at the bouldering gym, finally sent a V4
Chess rating just passed 1500 on lichess
the Sicilian Defence is my comfort food
Rubik's cube PB: 21 seconds. Cubers assemble
calligraphy practice: my lowercase g is a disaster
Mahjong nights with the aunties, they take my money every time
lego technic, warhammer and sourdough, send help
Pokemon Go community day, walking 10km for a shiny
running a Call of Cthulhu one-shot, my players will not sleep tonight
Pathfinder 2e convert, the action economy is so clean
our Vampire: The Masquerade chronicle has more politics than Westminster
The campaign's big bad turned out to be my character's mum. Plot twist!
critical role campaign 3 finally finished, what do I watch now
Magic the Gathering draft night, opened a mythic and immediately misplayed it
collecting Sylvanian Families at 34 years old, they are just so small
Gunpla builder, currently on a Master Grade Zaku
Restoring an old Singer sewing machine from my nan
sewing my own clothes, first pair of trousers actually fit!!
quilting with my mam's old fabric scraps, lots of feelings
embroidery hoops on every wall, I may have a problem
Gardening: the courgettes have achieved sentience and are multiplying
allotment update: slugs 3, me 0
beekeeping newbie, the girls are calm today 🐝
foraging wild garlic in the woods, the whole path smells amazing
home brewing a stout, the airlock is bubbling away
amateur radio operator, call sign in bio, 73 to all
Rocket League with the lads is my cardio
I collect vintage fountain pens and I will tell you about nibs whether you ask or not
"""

LINES: list[str] = [line.strip() for line in _TEXT.splitlines() if line.strip()]
