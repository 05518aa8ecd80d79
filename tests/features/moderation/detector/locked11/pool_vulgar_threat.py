# ruff: noqa: E501
"""Hand-written vulgar statuses and threats (locked11, categories vulgar, threat).

One text per line. Threats deliberately include many with no violent words.
"""

VULGAR = """
horny as fuck tonight, who's up for it? no time wasters
FUCK FUCK FUCK FUCKING FUCK. that is all.
send nudes, I'm bored and my wife's at her mum's
my cock is bigger than your personality 🍆
Sitting on the toilet having the biggest shit of my life, will report back
Shit piss cunt bollocks wank. Monday, you absolute bastard.
Looking for a fuck buddy in the Leeds area. Discretion guaranteed. DM me.
she sucked me off in the car park at Asda, best Tuesday ever
wet and waiting 💦 message me if you want to play
Just had a wank and a bacon sandwich. Living my best life.
Tits out for the lads!!! 🍺🍺
Currently: naked, drunk and wanking to my ex's holiday photos
I want to be fucked so hard I forget my own postcode
arse like a peach and I know it 🍑 come and grab it
Anyone want a pic of my dick? First five get it free.
Fucking cunting shitting arsewipe weather. FUCK OFF RAIN.
Balls deep in your mum last night. Tell her she left her knickers.
Eat my arse, the lot of you
69 with two of them at once, don't knock it til you've tried it
i'm so hard right now, any ladies want to help me out 😏
Milf in Bristol, bored husband, big appetite. You know what to do.
Jerked off three times before lunch. Productive day at the office.
sucking and fucking rates on request, incall only
Shag, marry, kill: the three neighbours on my street. Shag all three obviously.
Piss off you pissing piss-stained pissflaps.
Spunk on my keyboard again. Cleaner's going to quit.
Big tits, bigger attitude, DM for the uncensored album 😘
Taking a dump at work = getting paid to shit. Tax-free.
I'd let the entire rugby team run a train on me, no regrets
Bollocks out in the garden, sun's out, neighbours can deal with it
suck my balls, internet
Bend me over and call me Sharon
had sex on the washing machine during the spin cycle 10/10 would recommend
Who wants to watch me finger myself live tonight? Link in bio
Pussy so good he cried. Not even joking.
cum on my face and call it a facial 😂 beauty tip of the day
My vibrator died halfway through. Worst Sunday ever.
anal tonight, lube's on the list next to milk and bread
Absolutely fucking shit-faced at the wedding. Bride's dad is a massive bell end.
lick me like an ice cream on a hot day 🍦👅
Looking for older ladies who want a young stud. Can travel, can last.
Knob out, pint in hand, England winning. Perfect Saturday.
cock ring, handcuffs and a bottle of baby oil. Don't wait up mum.
She asked for a little kiss, I gave her the full fucking tongue down her throat
Shitting through the eye of a needle after that vindaloo. Send help.
My fanny is on fire after that wax, never again ladies
Deepthroat queen, ask my ex 😉
Bum fun Friday! who's in
Wanted: someone to fuck me senseless then make me a cuppa after. UK only.
Tossed off in the work loos, sorry Steve
Flashing my tits at passing trucks on the M6, they honk every time 😂
fuck this shit, fuck that shit, fuck all the shit
orgasm count this week: 14. beat that
just googled 'biggest cock in the world' at work and forgot the screen was shared 💀
Horny pensioner, 68, still got it. Widowed. Ladies in Hampshire, get in touch.
I'm on my knees for anyone who buys me a kebab tonight
Spanked so hard last night I can't sit down at my desk
Bukkake party this weekend, ask for the address
dick pics welcome, rating them out of 10 all night
Slurp slurp. You know what I mean. 👅💦🍆
Bloody shitting bastard cat has pissed on the duvet AGAIN
Rode him like a shopping trolley with a wonky wheel
Camel toe in those leggings at the gym, I'm not complaining
fucked my neighbour's wife while he was at the footy. Go Pies
Tell me your fantasies, the filthier the better ;)
Ass up face down, that's the only way
Nipple tassels arrived today, hen do is going to be WILD
Wanking is cardio. Change my mind.
Girls, what's the biggest you've taken? Asking for science.
Pissed as a fart and horny as a goat. Someone come and collect me from Spoons.
""".strip()

THREAT = """
Dave, I know where you live. 14 Elm Road. See you soon.
You know where I'll be waiting. Friday night, usual spot. Come alone.
Keep talking Sharon. See what happens when you finish your shift.
Nice car you've got, Gary. Be a real shame if something happened to it.
Tell your mum to check her brakes before the school run tomorrow.
I've got your address now. Sleep well x
Everyone, this is his number: 07700 900461. Make his life hell until he apologises.
He lives above the chemist on Castle Street, flat 2. You know what to do lads.
I'm going to make sure you never walk into that pub again.
Your kids walk home past the park at 3.30, don't they.
You'll get what's coming to you. Maybe not today. But soon.
I will find you. I don't care how long it takes.
This is your last warning. After this it won't be messages.
One more word and you'll be picking your teeth up off the floor.
I'm going to burn your shop down with you in it.
If you testify on Monday, think very carefully about your sister.
Watch your back walking to the station tonight, Priya.
Tunde we know your house, we know your children's school. Pay up or else.
I'd sleep with one eye open if I were you.
Someone's going to teach that mouthy cow at the council a lesson. Not saying who.
Accidents happen on that stretch of the A road. Just saying.
Keep posting my name and see what turns up at your door.
Going to put you in the ground, you snake.
Ravi, we will break your legs if you come near the mandi again.
I'm parked outside. Come out when you're ready, I'll wait all night.
Your wife looked nice in that red dress at Tesco today. Tell her I said hi.
You've got till Friday. After that I'm coming round with my brothers.
There'll be a brick through your window by the weekend.
Everyone who voted for the mosque extension, we've got your names and addresses.
If any of them turn up at the carnival, they won't be walking home.
The gay bar on King Street should watch itself this Saturday. Something's planned.
Shame if the hostel went up in flames one night. Very dry weather lately.
Your daughter's netball finishes at six, doesn't it?
I know which car is yours. I know what time you leave. I'm patient.
Tell your husband to stop digging or he'll be digging his own hole.
Grab your baseball bats lads, we're paying the new neighbours a visit tonight.
Send me the money or the photos go to your whole family. You have 24 hours.
Last chance to delete that review before I come and explain it to you in person.
We'll be waiting at the gates when you come out. Every day. Every single day.
I've screenshotted everything. I know where you work. Your manager will know, and so will my cousins.
Don't bother locking the door, I've still got the key.
I can see your lights are on, Karen.
Chidi say make you no sleep for your house tonight. We dey come.
Kill yourself before I do it for you.
You'll be found in the canal one of these days, mark my words.
I know you're at the Harvester right now. Enjoy your last meal.
Would be a pity if your dog got out. Busy road.
I'm going to stab you and laugh while you bleed. See you Monday.
Be careful what you post, we know which flat you're in now.
Here's the address of the judge who freed him. Let's give him a welcome he won't forget.
Pakis on Lister Street, you have one week to leave. This is not a joke.
Travellers on the common, you've been warned. Next time it's petrol.
I'll be at your work tomorrow. Don't make a scene when you see me.
Mess with my family again and you'll disappear. Nobody will miss you.
Your son's on the school bus every morning at 7.40. Think about that.
Keep your mouth shut about what you saw or you'll be next.
I have friends in low places and they'd love to meet you.
I swear on my mother I will end you.
If that teacher shows her face in town again she'll regret it for the rest of her short life.
Meet me behind the Tesco Express. Bring your mates, won't help.
Gonna put a bullet in whoever stole my bike. I've got cameras. Watch this space.
Anyone know where this girl lives? Asking for a reason. Share widely.
Wait till the lights go off tonight, then we'll see how brave you are.
Your home address is going on every group in the county by morning. Good luck with the visitors.
Everyone meet at the mosque car park Friday at prayer time. Bring what you need.
This is his reg and his workplace. Somebody make sure he gets the message.
Apologise publicly or I'll make sure your wife finds out what happens to liars.
I'm going to wreck your life the same way you wrecked mine. Starting tonight.
The refugee kids at Oakfield school. Not for long. You've been warned.
I hope your house is insured, you're going to need it.
The next time I see you I'm not going to be talking.
I'm outside your mum's house right now. Pick up the phone.
My brothers know your face now. Enjoy your walk home.
I know you live alone, Maureen. Nobody would hear a thing.
One call from me and you'll be floating in the Yarra.
You're dead. You just don't know it yet.
Shut your mouth or we'll shut it permanently.
The bus stop you wait at every morning has no cameras. Just so you know.
Your name is on a list now. You'll find out what list soon enough.
Leave the group or we'll come and remove you ourselves. Your postcode isn't hard to find.
""".strip()
