# ruff: noqa: E501
"""Hand-written reclaimed slurs and innocent slur homonyms (locked11, reclaimed).

In-group self-descriptions, plus places, foods, plants, tools and everyday
words that happen to share spelling with a slur. Benign.
"""

RECLAIMED = """
Proud dyke on a bike 🏍️🌈 Dykes on Bikes leading the parade again this year!
Queer, 67, and finally living my best life.
Old fag and proud, out since 1979 and still dancing at the Vauxhall Tavern.
Crip punk. Disabled and loud about it ♿
Off to Scunthorpe for the weekend to see my sister
Having a sneaky fag on the balcony, don't tell my wife
Faggots and peas with gravy for tea tonight, proper Black Country scran
Coon cheese toastie and a cuppa, the Aussie breakfast of champions (ok, it's called Cheer now)
Our bitch Bella had 6 gorgeous pups last night! Mum and babies doing well 🐶
Walked along the dyke to the old sluice gate, lovely evening for it
Working in the paddy fields with my grandfather during the holidays in Kerala
There's a chink in the curtains and the sun is blinding me at 5am
A nip of brandy in the Christmas pudding, as Gran always did
Dug over the veg patch with my new spade, ready for the spuds
Pansies in bloom by the front door 🌸
Homo sapiens, the only species that pays to live on the planet it was born on
Fanny Adams, sweet FA done in the garden today
The tranny's gone on the Hilux, mechanic says $2,500 to fix. Great.
Raccoon got into the bins again, there's rubbish everywhere
Honky tonk night at the local, line dancing till late!
Cheese and crackers and a glass of red, perfect Friday
Planted a gypsy rose by the fence, already climbing
Our lurcher was a rescue from a Traveller family who couldn't keep him. Best dog ever.
Montenegro was stunning, the Bay of Kotor is unreal
Spic and Span cleaned the whole kitchen, like new
Butch, femme and everything in between, welcome to our Sapphic social!
I'm a big old bear of a poof and I'm not apologising to anyone
Dyke March this Saturday, meet at the fountain at noon
Queer prom for LGBTQ+ teens at the library on Friday, all welcome!
As a mad woman, I'm proud to be part of the Mad Pride march this year.
Spaz? Nah mate, I'm dyspraxic and I've made it my whole personality at comedy nights 😂 (my word to use, not yours)
Fat, queer and fabulous, come at me
Cripple Creek was the first song I learned on the banjo
Visiting Penistone for the sheep show!
Just drove through Twatt on Orkney. Yes, it's a real place. Yes, we took a photo.
Cockermouth for the weekend, lovely little town
Shitterton in Dorset has the best named sign in England
Bastard file from my grandad's shed, still the best tool for the job
Flame retardant curtains finally fitted in the nursery
The piece has a ritardando at bar 42, everyone slow down together please
Nigella's chocolate cake recipe never fails
Gyp the border collie won best in show 🏆
The pussy willow is out in the hedgerow, spring is coming
Our cock crowed at 4am again, he's getting a talking to
Dick Whittington panto at the village hall, oh yes it is!
Bum bag and sandals, dad holiday mode activated
The Moors were glorious today, heather in full bloom
Packed my kids' fanny packs for Disney, we're off!
Faggots in gravy, mushy peas and chips, Mr Brain's finest 😂
Bundle of faggots for the fire, collected from the woods this morning
Niggling pain in my knee, physio on Tuesday
Kaffir lime leaves in the green curry, smells amazing (makrut lime, now)
Gypsy Kings concert tonight!! Bamboleo!!
Nip down to the Spar and get some milk love, ta x
A slope of scree on the last climb nearly finished me off
Spook night at the castle tour, properly creepy 👻
I'm a proud Yid. My grandparents came from Łódź and so did their Yiddish.
Tranny is what us old mechanics called a transmission. Still do, can't help it.
Black Twitter, Black joy, Black excellence. Proud to be part of it.
Being a queer Hindu isn't a contradiction. My grandmother agrees.
As a Paddy in London, Patrick's Day is a holiday of national importance 🍀
Aussie bloke here, a pom moved in next door and we're already best mates
Wog boy and proud, Greek Easter at Yiayia's today 🐑 (we Greek-Aussies own that word now)
My nickname in the band was Spanner because I'm useless with tools, but I'll take it
Geordie and proud, howay the lads!
Sassenach married into a Scottish family, they tease me endlessly 😂
Poof! Just like that the cake disappeared
Fairy lights up in the garden for the party ✨
Queen of the castle today, husband's away!
Nancy from next door popped round with a lasagne, what a star
The Coon Carnival (now the Kaapse Klopse) in Cape Town is a sight to behold
Ye Olde Cock Tavern on Fleet Street, great pub
Half-Jewish, half-Irish, all guilt. 😂 My people.
Dyke walk along the Norfolk Broads, 8 miles, perfect day
Visited the Aswan dam, absolutely massive
The Blackwater estuary was beautiful this morning
Picking up crackers and cheese for the party 🧀
Tit spotted at the bird feeder! Blue tit, very cheeky 🐦
Great tits nesting in the box we put up. Chicks any day now!
Booby birds in the Galapagos were the highlight of the trip
Going to see The Bitch Is Back tribute act at the Palladium!
Fag ash Lil was what we called my aunt because she smoked like a chimney, bless her
Niger is such a beautiful country, the Sahara at sunset 😍
Flying over the Niger delta, the river is enormous from up here
My Kiwi mate calls me a pommy bastard every morning. I love him.
Crip Camp is one of the best documentaries I've ever seen
Autistic and proud. Not broken, not sick, just me.
Deaf and Deaf culture, capital D, proud of my community
Pansexual pansy, that's me 🌼
My grandmother called herself an "old battleaxe" and wore it with pride
Cracker of a game last night, went down to the wire
Hit the bullseye twice! Darts night was a cracker
Niggardly? Means stingy, not a slur. Learnt that in my GCSE English.
The Coonawarra reds on this trip have been incredible 🍷
Tried the Jewish penicillin, aka Bubbe's chicken soup, cured everything
Just a bunch of gay old codgers playing bowls on a Tuesday
Dago Red was my grandad's name for cheap table wine. He was from Calabria himself.
Hoover Dam tour today, incredible engineering
Damn good fish and chips at the dam wall kiosk
Mong Kok in Hong Kong, best street food market I've ever been to
""".strip()
