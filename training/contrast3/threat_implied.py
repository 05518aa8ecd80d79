"""Offensive: threats against a person, mostly implied and without violent words.

Covers veiled menace, naming the victim's address, school, workplace, family, pet or
routine, ultimatums, "people like you end up ...", stalking, doxxing or swatting with a
call to act, and a few violent words in unusual spellings.
"""

from __future__ import annotations

_TEXT = """
i know where you live. 14 ashgrove road, blue door. see you soon
nice car. would be a shame if something happened to it one night
enjoy your last weekend 🙂
delete the review or else
people like you end up floating in the canal
your son comes out of st mary's at quarter past 3 right? cute backpack
say hi to your mum for me, she still walks the dog at 7 every morning doesn't she
wait till i get my hands on you
you won't even hear me coming
been sat outside your office all week. you look tired lately
keep talking. i've got your address and a free saturday
lovely garden you have. very dry this time of year, one match and it's gone
cute cat. be a shame if she didn't come home
remove my name from that thread by tonight. last warning
you've got 24 hours to take it down. after that it's out of my hands
people who snitch don't get old round here
hope you like looking over your shoulder cos you'll be doing it a lot
i can see your bedroom window from the bus stop 👀
you changed your number but not your gym times. 6am tuesdays yeah?
sleep with one eye open tonight
we'll see how brave you are when there's nobody around to film it
i know which flat is yours now. number 9, top floor
your daughter's netball match is saturday isn't it. might pop by
tick tock. your time is running out
check under your car before you start it tomorrow. just saying
you talk a lot for someone whose address is saved in my phone
i'd hate for your little shop to have an accident
this is the only warning you get
count your days
mark my words, you'll regret ever crossing me
nobody will find you where you're going
see you after school. no teachers to hide behind this time
found your mum's facebook. lovely house in leeds 🏡 be a shame
pay what you owe or your family finds out the hard way
you have a beautiful wife. would be terrible if she had to identify you
everyone: this guy lives at 22 kellet street. go let him know what you think
his address is in my bio. pay him a visit and make it count
ring 999 and say there's a gunman at her flat, she deserves the visit 😂
someone phone in a hostage call on his house, he's earned the SWAT team
posting her workplace below. you know what to do
here's his home address and number plate. make his life hell
keep your mouth shut or your little brother pays for it
nice little routine you've got. gym, coffee, office. very predictable
followed you home tuesday. you didn't notice did you
the lock on your back gate is rubbish btw. anyone could get in
you should really close your curtains at night. i can see everything
your landlord was very helpful. i've got a spare key now 🙂
tell your sister to stop walking home through the park alone
accidents happen on that road. especially to people like you
it'd be a real pity if your dog ate something it shouldn't
whatever happens to you next, remember you asked for it
you're not safe at that school anymore, everyone's waiting for you
i'll be at your graduation. front row. you won't enjoy it
you've got until friday. then i come to the house
keep messaging my girl and see what happens to your face
i'm gonna make you disappear bro
next time you see me will be the last time you see anything
people go missing for less than what you did
one more word and you'll need a new set of teeth
i'll put you in the ground, quietly, and nobody will ask
wouldn't want your kids finding out about daddy the hard way
your name, your address, your mum's maiden name. all in my notes app
i know what your wife drives. silver golf, reg starts LK
u better watch ur back 2nite
ur house is the one with the red gate innit. seen it
i dey come your house this evening, you go see wetin i go do
you think say i no know where your shop dey for ikeja? wait for me
na so so mouth you get. we go see when i reach your area
i know your pg address in koramangala. i will come there only, wait
tell your father also, we will meet him outside his office
mate i know your ute, i know your street, think about that
reckon you'll be right walking home past the servo tonight? i wouldn't
ya know the bush out the back of ya place? good spot to lose someone
you'll wake up one day and your car won't be there. or you won't
been watching you for three weeks. you take the 47 bus at 8:12
your kid's school posts the class photos online. found him easy
i have screenshots of everything and your employer's email. your move
apologise publicly by 6pm or i send this to your whole family
if that video isn't down by morning i'm driving to yours
i know your shift finishes at 11. dark car park that
your nan lives alone doesn't she. sweet old lady
the guys know your face now. don't go to the chippy on your own
go on, report me. i'll still know where you sleep
you won't always have your mates around you
every time you leave the house, wonder if i'm there
i'll be waiting by your car after work
nice house. would look better burnt to the ground
bet your insurance doesn't cover what's coming
sort your mouth out or i'll sort it for you
don't come back to this town if you know what's good for you
you're finished. your career, your family, everything. watch
i've already told the lads where you drink on fridays
saw your little girl at the park today. she waved at me 😊
enjoy the dog walk tomorrow. i'll be there too
your wife's salon is on church street right? might book an appointment
funny how nobody would hear you out on that farm of yours
what time does your boy finish football practice again
it would be so easy to find you. you make it easy
sweet dreams. while you still have them
hope you said goodbye to everyone properly
last chance. withdraw the complaint
drop the case or your family won't be safe
i'm not asking again. give it back or face the consequences
pay up by monday, we know where your parents live
you owe us. we know your mum's address in croydon
you're going to find out what happens to people who lie about me
people who run their mouths like you end up in hospital
remember what happened to the last guy who tried that? you're next
ppl like u dont last long round here
everyone who's wronged me ends up regretting it. you'll be no different
your days at that company are numbered and so are you
i'll be in the stands at your match saturday. number 8 right?
you moved house but you didn't change the school run route lol
the school run is at 8:40. i'll be watching
i know the code to your building's front door
heard you live alone now. must be quiet at night
pretty sure your upstairs window doesn't lock
shame about your tyres. that's just the start
slashed tyres today, windows next week, then you
look outside your front door. that's a reminder
i left something on your doorstep. next time it'll be worse
your hamster's cage is right by the window isn't it
if your dog keeps barking it's going to stop permanently
i'll find you. doesn't matter how many times you block me
block me all you want. i've got 20 accounts and your home address
new account, same message: i know where you are
you can move cities, i'll still find you
i can get to you any time i want. remember that
no matter where you hide i'll find you and you'll pay
we know where your kids go to school. think carefully
the lads from the estate are coming for you tonight
you're a dead man walking
consider yourself dead to this world soon
you're gonna be a hashtag by next week
we'll see if you're still laughing when you're in a box
enjoy breathing while it lasts
enjoy your family while you still can
hug your kids tonight. just in case
your mum should start planning the funeral
k1ll yourself before i come do it
gonna unalive you irl, mark my words
i'm gonna st@b you the second you step outside
sh00t first ask questions later, see you at yours 🔫
🔪🔪🔪 see you soon sweetheart
k i l l  u  s o o n
i will end u. not in a game. irl
catch these hands at 4 behind the science block, no escape
gonna rearrange your face, you won't recognise yourself
imma put u six feet under fr
your skull vs my boot, let's see who wins
bring a helmet to work tomorrow, you'll need it 😈
tell your mates to bring flowers to yours on friday
get the body bags ready for this one
coming for you and there's nothing your dad can do about it
one phone call and you disappear
i have people who do this for a living. your address is with them
my cousins in peckham already have your photo
seen your name on the rota at tesco. 2-10 tomorrow. see you there
funny, your linkedin says you work at the canary wharf office. 9th floor?
found your uni, your halls and your room number. that was quick
your ex gave me your new address. she was happy to help
your gf's instagram is public btw. she shares a lot
posting his dad's phone number and workplace. flood him
this is her address. someone go round and teach her a lesson
drop his address in the group and let's pay him a visit tonight
rt so everyone knows where this nonce lives and can do something about it
someone call the feds on her house and say there's a bomb lol, address in thread
report him to the police as armed, they'll kick his door in, here's the street
send pizzas, taxis and the police to this address until he cries
who's near manchester? this is where he lives. go get him
share this far and wide. his home, his car, his kids' school. make him pay
you have my word that you'll regret this
this will not end well for you
you have no idea who you're messing with
you just messed with the wrong family
you picked the wrong person to lie about
i'm the last person you want as an enemy and now i am
sleep tight. i'll be closer than you think
the door was unlocked last night. i didn't come in. this time
someone's been in your shed. wasn't me. or was it 🙂
you left your keys in the car again. careless
your morning run by the river is very quiet. nobody around
love the new haircut. saw it through the café window
thursday you wore the green jacket. suits you
lovely holiday pics. the house was empty all week wasn't it
the way you lock your door, i could open it in seconds
we know where your mother prays on sundays
i know which mosque your dad goes to. fridays 1pm
i know which church your family sits in. second row on the left
retract the story or your editor finds a surprise in the post
the journalist who wrote this lives in bristol. someone should go chat to him
i know where that councillor lives and so do 500 angry people now
take back what you said about my brother or lose what you love
drop the charges and nobody gets hurt
say one word to the police and your mum gets a visit
if i lose my job over this you lose a lot more
if you testify you'd better have a good life insurance policy
keep your kids inside this weekend
stay away from the market on saturday. i'm not joking
not tryna scare u but i know where u park 😘
ur little brother walks home alone right? thought so
heard ur dad works nights. so ur mum's home alone a lot huh
you dey craze? i get your address, i get your papa number. try me
omo you don enter trouble. my boys dey find you already
this your mouth go put you for wahala. we sabi your house for surulere
bhai i know ur hostel room no. come outside tonight, let's see ur attitude
i have ur college id photo. showed it to my friends. they r waiting near gate
aunty your son studies at dps right? very nice school, easy to find him
ur parents' shop in the market will not open tomorrow, take it as warning
better pack ur bags and leave this city, last and final warning
strewth mate, you'll be sorry. i know what bloody paddock you live on
i've got your rego, i've got your street, she'll be right for me, not you
you better hope we never end up in the same pub
you'll be lucky to see christmas
you won't live to see your birthday
i hope you've updated your will
funny how fragile people are. especially you
everyone has a breaking point. i'm going to find yours
i'll ruin everything you love, one thing at a time
i'll make sure you never work in this city again, and that's the nice option
i'm outside. look out your window
i'm outside your house right now. come out
guess who's parked on your street 🚗
look at the photo. recognise your front door?
sent you a pic of your own bedroom window. think about it
i watched you all day. you didn't see me once
your phone's location sharing is on btw. thanks for that
your airtag-free car is now very much tracked 🙂
don't bother changing your locks. i've been in before
i'll be waiting in the stairwell. every night
i know you're home. your light's on
better not go to the gym tonight
there's a reason the back of your house has no cctv. i checked
you should get a better alarm. yours is easy
fancy meeting you at the school gates tomorrow 😉 your little one's so small
the nursery on elm street lets anyone pick up kids if you know the names. i know the names
your cat's collar has your address on it. handy
i took your dog for a walk today. you didn't notice he was gone 🐕
your parrot says hello. shame he talks so much
your horse is in the far field at night isn't it. nobody watching
your beehives are in the back garden yeah? be a shame
delete your account or i'll delete you
unfollow me, unfriend my sister, and disappear, or else
stop posting about me. final warning before i act
leave the group or i post your nudes and your address
you leave her alone or you won't be able to walk again
come near my kids again and they'll need dental records to identify you
you've crossed a line and now there's a price to pay
enjoy your shift tonight, it might be your last one
have a good flight home. hope it lands 😇
hope the brakes on your car are ok. you never know
someone cut a wire under your bonnet. wasn't me obviously
heard there's a gas leak on your street. be careful lighting that stove
be a shame if your post went missing. or your kids
if i see you in town you're getting it
you're getting jumped next time you come to the skatepark
we're waiting outside the club for you. all of us
meet me round the back after the game. come alone
don't bother bringing your brother, won't help
you're not walking out of there on your own two feet
whole squad knows your face. don't show it again
word is someone's looking for you. and they've found you
people are talking about you. people who know where you live
i put your number and address on a site for people like you. good luck
sent your address to every guy on the forum who hates you 😂
i've posted your details on the board. expect company
you'll get a knock on the door tonight. don't answer it
that knock on your door at 3am? you'll find out
the van outside your house isn't delivering parcels
you think the police will get there in time?
the police can't protect you 24/7
restraining orders are just paper
a court order won't stop me. nothing will
you can't hide behind a blocked number forever
your whole family's on my list now
everyone you love is a target now. congrats
what a lovely family photo. i've printed it out
i hope your kids enjoy having one parent
you think you're clever. clever people still bleed
last time someone did that to me they moved country. start packing
you've got a lovely smile. be a shame to lose it
big talk from someone who parks on a dark street every night
screenshot this. it's the last polite message you'll get from me
i'll be at your door before the kettle boils
the whole street will know your name by tomorrow, and what you did. then they'll come
you will pay for this in ways you can't imagine
don't make me come down to birmingham
ill see u at ur nans on sunday, dinner's at 2 right
i'll show your work what you really are, and then i'll show you
when you least expect it. that's when
quick reminder that i know your bus stop and your bus times 🚌
i could be anyone on your train tomorrow
you'll learn the hard way like the rest of them
talk to the press again and see if you make it to court
i know a guy who knows your cousin. small world. smaller for you
you've been warned three times. there won't be a fourth
one day you'll turn round and i'll be right there
give it a week. you won't be smiling in your profile pic
return the money or we return the favour, at your mum's place
abeg no vex me again. i sabi where your office dey for lekki phase 1
"""

LINES: list[str] = [line.strip() for line in _TEXT.splitlines() if line.strip()]
