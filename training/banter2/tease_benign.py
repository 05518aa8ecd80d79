"""Affectionate teasing between friends: mild insult words inside clearly friendly or practical talk."""  # noqa: E501

from __future__ import annotations

_TEXT = """
you absolute muppet, you left your keys at mine again 😂 swing by whenever
happy birthday you massive dork, love you loads 🎂
see you at 8 you weirdo, bring snacks
so proud of you, you actual nerd, first class honours!!
you actually did it you clown 🤡❤️ drinks on me
numpty forgot his charger at ours, I'll drop it round tomorrow
lol you goof, the party's saturday not friday, see you then x
my sister is such a dork, she cried at a dog food advert and I love her for it
you plonker, you put salt in your tea again 😂
oi donut, your wallet's in my car, text me when you're home
love you idiot, drive safe
happy bday to the biggest loser I know, wouldn't swap you for anything 💛
dumbass left the oven on but no harm done, we're all good
my best mate is a total weirdo and that's why we get on
you wally, the train leaves from platform 4 not 9, run!!
you're such a nerd for reading the manual first but honestly it saved us
idiot sandwich over here burnt the toast, still love him
you dummy, you didn't have to buy me flowers 🥹
congrats on the new job you absolute goof, knew you'd smash it
my brother's a numpty, he locked himself out but the neighbour let him in
thanks for picking me up from the airport, you're a good egg for a muppet
see you tmrw loser ✌️
get home safe dork, text me when you land
you're a clown and I wouldn't have got through uni without you
bro you absolute melon, you sent the meme to the family chat 😭 mum loved it though
my husband is a big dork, he made a spreadsheet for our holiday and it's actually great
happy anniversary you weirdo, ten years of putting up with me ❤️
bestie is a loser who still hasn't seen star wars, movie night at mine friday
lol you nerd, you brought a calculator to the pub quiz and we won
that was so brave of you, you daft idiot, I'm proud
you goofball, you forgot your lunch again, I left it at reception
absolute plonker spilled coffee on his shirt before the interview, still got the job 🎉
who's a silly donut, you are, happy birthday my love
you muppet, I said 7 not 7am 😂 go back to sleep
my flatmate is a total numpty but he makes the best curry
nerd alert: my kid won the spelling bee and I'm crying 🐝
thanks for the lift you weirdo, owe you a pint
dumbass me forgot my own birthday party, luckily my mates didn't
you're my favourite idiot, never change
the loser brigade is meeting at 6 at the usual spot, be there
yaar you're such a dork, you called the teacher mum again 😂 love you
bhai you numpty, you left your specs on my table, collecting them tomorrow na
oi you dag, you left your thongs at the beach, I grabbed them for ya
happy birthday ya big galah, see you at the pub this arvo
mate you're a drongo but you're our drongo, welcome back from overseas
you absolute nerd, you finished the whole course in a week, so impressed
my dad is a certified dork and the best grandad to my kids
stop being a weirdo and come to dinner, we saved you a plate
lol you goof you put your shoes on the wrong feet, kids are so funny
my toddler called me a dummy today and then gave me a kiss
you big softie, you cried at the wedding, it was beautiful though
you clown, you wore odd socks to the wedding, best man speech was perfect
dork squad assemble, board game night at 7 🎲
proud of you you daft sod, marathon done 🏃
ugh you're such a loser for beating me at scrabble again, rematch sunday
my gf is a total weirdo who puts ketchup on everything and I adore her
numpty here left the gate open, dog's fine, came straight back
love you, you pillock, thanks for the birthday cake
you're a muppet but you're a kind muppet, thanks for helping me move
cheers for coming to the hospital you absolute wally, meant a lot
my nan calls everyone a plonker and it's the most loving thing
who forgot the tickets, this idiot right here, but we got in anyway 😂
you dorky little legend, you got into med school!!!
nerd. genius. my best friend. congrats on the phd 🎓
see you at the station at half 8 you numpty, don't be late
lol what a goof, you waved at someone who wasn't waving at you 😂 happens to all of us
you're such a dummy, you didn't need to apologise, we're fine ❤️
my son is the biggest dork, he dressed as a dinosaur for world book day and won
happy birthday to my favourite clown, may your balloons never pop 🎈
you weirdo, why are you awake, go to bed, love you
dude you dumbass you left your phone in my uber, I'll bring it to practice
you're a loser at mini golf and a winner at life, cheers for today
you absolute donut, you posted your own surprise party on insta 😂 still a great night
he's a numpty on the dancefloor but he makes everyone laugh
thanks for being a weirdo with me for 20 years, happy friendiversary
omg you idiot you got engaged and didn't tell me first?? congrats!!! 💍
you muppet, the bins go out tuesday, I did it for you
oi nerd, fancy a coffee after your lecture?
my little brother is a goof but he just got his driving licence, proud sister
loser who's about to lose at darts, see you tonight 🎯
bro you clown you forgot the BBQ tongs, I'll bring mine
you plonker, you brought the wrong kid home from school 😂 (jk it was his mate, they swapped back)
what a dork, he proposed with a ring pop first, then the real ring ❤️
daft idiot came all the way here to return my umbrella, what a gem
good luck tomorrow you weirdo, you've got this
you dummy, you paid for my lunch when it was my turn
ya big dork, your parcel got delivered to mine, come grab it
thanks numpty, the soup you dropped off fixed my cold
you wally, you locked yourself in the loo at the office party 😂 good times
my dad's a nerd for trains and honestly the museum trip was ace
you're an idiot for driving two hours to see me and I love you for it
oi dumbass your mum says call her back
my flatmates are weirdos and home is the best it's ever been
to the goofiest man alive: happy 40th babe, love you endlessly
you clown, you got a tattoo of my name, no but seriously it's sweet
my grandad calls me a little muppet and gives me a fiver every visit
you nerd, you colour coded the group project and we got an A
see you on the 5:15 you loser, save me a seat
aww you daft donut, you remembered my exam date, thank you
numpty squad movie marathon at mine, pyjamas mandatory
my bf is a giant dork who learned to crochet just to make me a scarf
we're both idiots and that's why we're best friends
proud of you dummy, first day at the new school went great
oi weirdo welcome to the group chat 👋
love u loser, have fun in spain ☀️
you goof, you bought the same present as me, guess she's getting two
ha you plonker, you rang the doorbell of the wrong house but the old lady gave you a biscuit
stop being a muppet and let me pay for once, you always get the round
little dork lost his first tooth today 🦷🧚
you're such a clown, nobody else could make a funeral wake feel this warm, thank you
my wife is a nerd about birds and now so am I 🐦
you absolute wally, you ironed the cat's blanket, the cat is thrilled though
get well soon idiot, eat some soup, I'll visit saturday
congrats on the baby you massive dork, she's perfect 👶
you loser, you left the party early, we missed you, brunch tomorrow?
bhai you dumbass, the exam is at 10 not 11, reach on time pakka
yaar don't be a weirdo, come for the mehndi, everyone's asking about you
arre you goof, mom made extra parathas, come eat
you numpty, your socks are in my washing machine, they'll be clean by tomorrow
mate you're a dag, love the new haircut though
you wally, this is the third umbrella you've left at mine, starting a collection ☂️
my cousin's a total dork who knows every pokemon and my kids worship him
happy fathers day to the dorkiest dad ever
lol you muppet I saw you trip on the stairs, you ok? ice pack in the freezer
your dog is a dummy and I would die for him 🐶
hey idiot, left you some lasagne in the fridge, reheat 40 mins
what a nerd, he memorised the whole menu to help his nan order, so cute
you clown, you won the raffle, told you to buy a ticket!!
my brother the numpty turned 30 today, pints at 7 👑
you're the best kind of weirdo, never let anyone tell you otherwise
lol dumbass you wrote your name on the wrong form but the lady fixed it
knew you'd pass your driving test you goof, where we going first?
you plonker, I've been texting the wrong number for a week, hello again 😂
my daughter says I'm a loser because I don't know tiktok dances, she's teaching me
sorry you dork, I ate your yoghurt, buying you a new one
oi muppet, you dropped your glove outside the chippy, it's on the wall
my mates are idiots and they threw me the best surprise party 🥳
okay nerd, send me the notes and I'll buy you a coffee
thanks for the help with my tax return you absolute legend of a dork
you're such a goof, you laughed so hard you snorted, best night ever
my partner is a numpty who still can't fold a fitted sheet and I don't care
the weirdo who sits next to me at work brought me cake for my birthday, adore her
you dummy, you should've asked, I'd have lent you the money no problem
welcome home you idiot, missed you so much ✈️
lol the clown of the family is getting married, so happy for you
proud of my nerdy little sister, she built a robot for the science fair 🤖
see you at footy training, don't forget your boots this time numpty
you goofy thing, you named the goldfish after me, I'm honoured
you donut, the dentist appointment was yesterday, I rebooked you for thursday
absolute dork of a teacher but my kid loves his class
ugh you muppet, you made me cry with that speech, thank you
happy retirement you old plonker, the office won't be the same
monopoly loser, hug champion, that's my boy 🤗
my mum's a total dork about christmas, tree's already up and I love it
aww you idiot, you didn't need to drive me, but thank you
you wally, the parking ticket was for your other car, it's fine, I paid it
bro you nerd, you actually fixed my laptop, owe you big time
that's my weirdo, first on the dance floor every time 💃
you dumbass, you locked your keys in the car, I'm on my way with the spare
the numpty twins are turning five on sunday, bring your party hats
you clown, you bought the whole team pizza, you're the best boss
goodnight dork, sweet dreams 🌙
good morning loser, coffee's on
you silly goof, the present was perfect, I'm wearing it now
mate you absolute muppet, you ran the wrong way at the start of the race and still finished third
my roommate is a dumbass who adopted a third cat and honestly good call
my boyfriend is a weirdo who names all the pigeons, Gerald says hi
you dork, you fell asleep on the sofa with the cat, took a photo, adorable
so proud of you you total nerd, you got the scholarship!!
oi numpty, lunch on me today, you've had a rough week
thanks for listening last night, you big idiot, felt so much better
you're a plonker but a loyal one, thanks for sticking up for me
bhai you're a loser at carrom but the best friend anyone could have
yaar you idiot, why didn't you tell me you were in town, come home for dinner
lol you dork you put the milk in the cupboard again, I fixed it
card's late because I'm a dummy, but happy birthday anyway, you deserve the world
you muppet you've got paint on your nose, the mural looks amazing though
see you at the gig, weirdo, meet by the merch stand
cup of tea appeared without me asking, thank you donut, marry me
you clown, you did the whole karaoke song in the wrong key and we loved it
my uncle's a total nerd for cricket stats, he won the quiz for us
cheers numpty, got the parcel, you wrapped it so badly I love it
wally of the week award goes to me for locking myself out, neighbour saved me
haha you goof, your autocorrect said duck again, we know what you meant
little dumbass cat knocked my mug off the desk, luckily it was empty
dork who cried at the graduation: me, proudly
idiot-proof instructions for my dad's new phone, made with love
you absolute loser, you got a hole in one on your first go!! pints on you
babe you weirdo, you put a note in my lunchbox, made my whole day
oi you daft muppet, forgot your coat at the restaurant, they're holding it for you
you nerd, your presentation was brilliant, boss was so impressed
my numpty dog ate a sock but the vet says he's fine 🐕
silly dummy forgot her own phone number at the bank, we laughed for ages
you plonker, I said bring a dish not a dishwasher 😂 still a great party
you idiot you're going to make me cry, best present ever
you goof, you're wearing my hoodie, keep it, looks better on you
clown of the year nominee: my brother, who dressed as santa for the kids 🎅
happy birthday to the weirdo who taught me to ride a bike, love you dad
oh you dork, you left your lunch box at nan's, she's posting it lol
dumbass me thought the party was fancy dress, turned up as a banana, everyone loved it
mate ya numpty, text me the address again and I'll pick you up at 8
you muppet, my mum says you're welcome for christmas any year
nerdy friends are the best friends, thanks for the d&d session 🐉
you loser, you forgot my birthday and then turned up with a cake, all forgiven
you wally, you reversed into my bin, it's only a bin, don't worry
haha you're such a weirdo, I love your voice notes
you dork, your tie was upside down in the wedding photos, still cute
oi idiot, dinner at mine sunday, bring the little ones
my sister is a clown and she made the whole hospital ward laugh
you dummy, the surprise was ruined but we had fun anyway
7am birthday song down the phone from my favourite goof, thank you x
proud of you numpty, six months sober today 💙
oi plonker, congrats on the promotion, drinks friday?
you donut, you brought a bag of donuts to a donut shop, iconic
absolute muppet of a dog stole the sausages off the bbq, happy birthday to him though
you're my nerdy twin and I'm so lucky
you loser, you turned up to my exam to cheer me on, legend
haha my husband is such a dork, he practises his wave for the neighbours
you idiot, you got me concert tickets!!! 😭😭
numpty tried to cut his own fringe, it'll grow back, still handsome
bestie you weirdo I miss you, come visit soon
you wally, the keys were in your pocket the whole time 😂 glad we found them
that goofy kid of ours scored his first goal today ⚽
dumbass move of the day: I wore two different shoes to work, no one noticed
my dad the dork made pancakes shaped like our initials
lol you clown, you brought the wrong baby carrier but it fit anyway
hey nerd, your book arrived at my place, coming over later?
you plonker, you made me laugh so hard at the funeral, grandad would have loved it
honestly I'd forgive that dummy anything, twelve years of friendship and counting
see you in the morning, muppet, alarm's set for 6
you absolute dork, I can't believe you learned sign language for my cousin's wedding
oi numpty, your tyre looks low, I'll pump it up for you
my best friend is a total idiot and I would take a bullet for her
you weirdo, you watched all my favourite films so we could talk about them 🥹
lol dumbass I love you, stop apologising
my daughter is a goof, she made the dog a birthday hat
you loser, I'm so glad you moved back to the city
you clown, you turned the office party into a conga line, legend
oh you big nerd, the telescope was the perfect gift
mate you muppet, you proposed at the footy and she said yes!!! 🏉
you wally, I'll save you a seat in the front row for the recital
my nephew the numpty sang happy birthday backwards to me, cutest thing
you dork you're going to be an amazing mum
dumbass you got the job! first round's on me at the pub
yaar you weirdo, your rangoli is better than mine, teach me na
bhai you clown, the wedding dance video went viral in our family group 😂
you dummy, the bus is at 7:40, I'll wait at the stop
haha goof, you mixed up salt and sugar in the cake, edible chaos
oi idiot, give me a ring when you get to the hotel
you're a nerd and I'm so glad you're on my pub quiz team
my dog is a complete muppet but he's the best boy
you plonker, you waved at the camera during the whole school play, my heart
you numpty, you forgot your gym bag, I'll leave it on your step
what a donut, he bought me a plant because I said I was sad, it's thriving
happy mothers day to the dorkiest most wonderful mum
you loser, I'm honestly so happy you're my neighbour
you clown, you rescued the ducklings from the road, hero
lol you weirdo, you sent a thank you card for a thank you card
ya dumbass your headlight's out, get it sorted before the trip, love ya
my gran's a total goof at bingo, she shouts house even when she hasn't won
you idiot, you brought the whole street together for the jubilee party
nerd who makes my spreadsheets: thank you, genuinely
cheers you wally, the shed looks great
you muppet, you'll be fine at the interview, stop panicking, call me after
you're a dork for wearing matching jumpers but I'm wearing mine too
you absolute numpty, best man speech made the bride cry happy tears
sis you loser you finally passed your theory test!! 🚗
you plonker, you got us lost and we found the best beach ever
why didn't you wake me, dummy, I'd have happily driven you
goof troop reunion next month, who's booking the cabin?
you clown, your dog did better at agility than you did but you tried 😂
lol you nerd, the whole class clapped at your science project
idiot me packed two left shoes for the holiday, bought flip flops, fine
you weirdo, you remember every birthday in the family, what a gift
donut, your mum called me looking for you, call her back babe
you muppet, put a coat on, it's freezing, love you
my little goof did her first ballet recital and fell over and got up and bowed 🩰
loser of the fantasy league buys dinner, I'm already hungry, see you saturday
you dumbass you worked a double shift to cover for me, thank you so much
can't stop smiling, my weird wonderful nerd of a girlfriend defended her thesis today
allotment at 10 tomorrow numpty, bring the watering can
you plonker, stop paying for everything, let me get this one
you absolute dork, the speech you gave at mum's 60th was perfect
mate you idiot you drove through the night to get here, sit down, have a brew
hey loser, saved you the last slice of pizza 🍕
status: hanging out with the dumbest, loveliest idiots on earth this weekend 🏕️
text from my mum: "you left your retainer here you numpty, posting it monday x"
pls someone tell my dork of a flatmate that I made him a birthday cake, it's a surprise
bit of a muppet moment, turned up to the dentist a day early, receptionist was lovely about it
swear my dad is the goofiest man alive, he did the robot at my graduation, never been prouder
k see you sat, weirdo
ok clown, you win, pizza it is
just a nerd and her cat, living our best life 📚🐈
if you see a numpty in a yellow raincoat at the festival that's me, come say hi
the loser who came last in our 5k got a medal anyway because we love him
happy 18th to the dummy who used to steal my crayons, you grew up so well
plonker alert: I turned up in my slippers to drop the kids off, nobody judged, love this school
my wally of a husband built the kids a treehouse this weekend, they're obsessed
our group chat is eight idiots sending each other dog photos and I wouldn't change a thing
you dumbass, you gave me your last rolo 🥺
"""

LINES: list[str] = [line.strip() for line in _TEXT.splitlines() if line.strip()]
