# ruff: noqa: E501
"""Offensive: threats against a person or a group.

Most use no obvious violent word: implied menace, doxxing with a call to act, intimidation,
threats to family, swatting, "it would be a shame if", stalking, extortion. A minority are
explicit. Addresses, names, numbers and registrations are invented; phone numbers come from
ranges reserved for drama. One text per line. Hand-written for valset3.
"""

_IMPLIED = """
i know where you live, 14 birch close, blue door. see you soon
watch your back on the way home tonight
you'll see what happens if you post that again
nice car you've got. would be a shame if something happened to it
i've got your address, your work and your kid's school. keep talking
your daughter walks home past the park at 4, doesn't she
keep running your mouth and see what turns up at your door
i'd sleep with one eye open if i were you
you won't see it coming. that's the point
ur mum works at the co-op on station road right? tell her i said hi 🙂
this is your last warning. next time it won't be a message
i've been outside your flat twice this week. you didn't notice. you will
block me all you want, i know which gym you go to
better start looking over your shoulder, pal
pretty house. pity if it went up in flames one night
remember this face, because you'll be seeing it outside your window
you messed with the wrong person. enjoy your last quiet weekend
reported you? no. i'm dealing with this myself, in person
tell your wife to check the brakes before she drives the kids tomorrow
we know which hotel you're staying at. room 312. sleep well
i'm coming for you and nobody in this server can stop me
your dog gets out a lot, doesn't it. dogs go missing round here all the time
found your parents' address. they seem nice. for now
next time i see you there'll be no witnesses
i've waited years for this. you'll pay for what you did, one way or another
i'd think very carefully about showing up to work on monday
your little sister's instagram says she's at the cinema tonight. what a coincidence, so am i
it's a small town. i'll find you
you'll regret the day you were born
i have your home address and a lot of free time
all it takes is one match and a can of petrol, remember that
your house, your car, your face. pick which one i ruin first
call the police if you like, by the time they get there it'll be over
i know your shift ends at 11 and you walk to the car park alone
tick tock. friday's coming
your kids are cute. shame about their dad
the landlord who evicted me: i've still got a spare key you forgot to change
hope your insurance covers what's about to happen to your shop
i'll be at your next book signing, and this time i won't be asking for an autograph
we're coming round to have a conversation you won't enjoy
you can run but this city isn't big enough
we know your face now. the whole estate knows it
one more word out of you and i'm sending someone round
don't start your car tomorrow morning without looking underneath it first
saw you at the bus stop today in the green coat. i was three people behind you
i'm not angry. i'm patient. and i know where your parents go every summer
keep ignoring my calls. i'll just come and knock
i know which window is your bedroom
when the lights go out tonight, don't bother calling anyone
enjoy the new house. i already do, i've driven past it three times
she's awfully confident for someone who parks on an unlit street every night
i'd hate for your little bakery to have a "gas leak"
say my name on your podcast again and i'll make sure it's your last episode
i have nothing to lose. you do. think about that
see you in the car park after the game, ref. bring your whistle, you'll need it
you've got a lovely family. i'd hold them close this week
your ex gave me your new address. thanks, i'll drop by
you'll wish you'd never opened your mouth. tomorrow. trust me
i can get into your building, the buzzer code is 4471. see you
the last person who crossed me needed a whole new set of teeth
i'm going to find out where you live and then we'll talk properly
your car's been keyed once already. next time it's more than paint
the teacher who failed my son: we know what time you lock up
enjoy the school run while you still can
i'm outside. look out the window
count your days
you have no idea what i'm capable of. you're about to find out
your front door is flimsy, did you know that? i noticed
cops won't save you, they take 40 minutes to get out here. i take 4
i'd stay indoors this weekend if i were you. your girlfriend too
snitches end up in the canal round here. just saying
drop the case or the next envelope won't have photos in it, it'll have something else
your grandma lives alone on cedar road, doesn't she. i might pop in for a cuppa
i'll be waiting at the school gate. not for my kid. for yours
lovely holiday photos. we noticed the house was empty. we'll notice next time too
keep ghosting me and i'll turn up at your work, in front of everyone
this is what your front door looks like from my car [photo]
i have mates who don't care about going to prison
you can't hide behind your mum forever, she goes to bingo on thursdays
the only reason you're still breathing is that i haven't decided yet
first your tyres, then your windows, then we'll see
i paid someone to follow you for a week. i know your routine better than you do
you owe me. money or blood, your choice
nobody will ever find what's left
every night at 2am i'll be parked outside until you give back what's mine
i know a few lads who'd do it for a crate of beer
your lawyer can't protect you in the car park
keep sleeping peacefully while you can
you picked the wrong neighbour to report to the council
i'm not saying anything will happen. i'm saying i can't promise nothing will
your house only has one exit. i checked
say it to my face. oh wait, you'll get the chance, i'm on my way
one of these days you'll open your door and i'll be standing there
your new boyfriend drives a silver astra, reg ending KWT. tell him to be careful
the bridge you cross to work is really quiet at 6am
your son's team plays at riverside on sunday. we'll be watching him. closely
i'll be the reason you move cities
you're going to need more than a restraining order
the woman who reported my dog: i know your car, i know your house, i know your cat
tell your kids to stay away from the windows tonight
you've been warned twice. there's no third warning
enjoy your wedding day. make it memorable, it might be your last good one
i'll be there when you least expect it
don't let me catch you on your own
i'd hate for your nan to find out the hard way what happens to grasses
you'll be hearing from my lads. not online
we'll be waiting outside the hospital when your shift ends, doctor
pull the review or we pay your restaurant a visit at closing time
your address was surprisingly easy to find. so was your mum's
we know who you are. we know where you sleep. that's all for now
i'm going to take away the one thing you love, and you know what that is
still at 9 oak drive? good. stay there. we're on our way
this isn't a threat. it's a schedule
go to school tomorrow and find out what happens to tattletales
keep filming me and your phone won't be the only thing that gets broken
the council officer who refused my planning: your kids go to st anne's. just saying
my brother just got out and he's very keen to meet you
that's a nice shop window. glass breaks so easily, doesn't it
don't come back to this pub. if you do, you leave in an ambulance
keep praying, it won't help you
you'll be sorry you ever met me, and so will your kids
i've already told the boys your route home. enjoy the walk
leave town or we'll leave you somewhere nobody looks
i'm watching you. always. even now
you have such a lovely smile. for now
your granddaughter's walk home takes 12 minutes. i timed it
stop posting about me or the next post will be about what happened to you
the mods who banned me: i have your real names now. enjoy
the mods think they're safe behind a screen, two of you have linkedins with photos. see you offline
you thought deleting your account would end this. i've got your old posts, your new number, your gym and the car your mum drives. i won't say what happens next. you'll find out in your own time
hey it's me again from the other account. you blocked 6 of them. i've got 40 more and your home address
"""

_DOXXING_CALL = """
everyone in this chat, his address is 22 mill lane, go pay him a visit and make him regret it
posted his home address and car reg in the group. you all know what to do
leak: her number is 07700 900418 and she lives above the bakery on king st. have fun with her
i've sent your address to some people who owe me favours
your name, face and address are going up on the board tonight. let the lads decide what happens
anyone who voted for that council plan should know we've got a list with names and streets
somebody should pay that judge a visit at home. his address isn't hard to find if you look
the journalist who wrote that article lives in flat 6, haddon court. make her feel welcome
posting where she works so everyone can go and tell her what they think, in person, after her shift
the streamer lives in bristol, i've narrowed it to 3 streets from his window view. let's go find him
i'll put your name on every wall in this estate, then see who gets to you first
this is the guy who reported our page. workplace in the replies. do your thing
here's the home address of the moderator who banned us. pizza's on me, and so is whatever else you bring
the girl who turned me down is called lucy, she drinks at the fox on fridays. send her my regards, lads
"""

_SWATTING = """
one phone call and there'll be a swat team at your door at 3am. try me
i can make one anonymous call and have armed police kick your door in. ask the last guy
hope you like armed police, because i've got your address and a very convincing story
i'll report a hostage situation at your place and watch the stream when they come through the door
"""

_EXTORTION = """
you've got till friday to pay or your family finds out how serious i am
send me the money or the photos go to your boss, your wife and your church
give the money back or your brother learns what a cellar feels like for a week
tell anyone about this and your son stops coming home from football
send 2 grand by tuesday or i post your nudes with your full name and address
bring the cash to the car park at midnight, alone, or your dad's restaurant gets a fire it won't survive
i'm giving you one chance to apologise publicly. after that, your family gets involved
you have 24 hours to delete that post. after that it's out of my hands
if i lose my job because of you, you lose a lot more than a job
keep testifying and see how long your family stays safe
remember what happened to the last guy who testified? no? exactly
"""

_GROUP = """
every gay bar in this city is on our list. you've been warned
anyone from that mosque who turns up to the council meeting won't be going home the same
we'll be waiting at the school gates for the refugee kids on monday. tell their parents
tonight we visit the trans woman on 4th street. bring your boots
next protest you organise, we'll be there too, and we won't be holding signs
the jewish school on oak avenue lets out at 3:30. just so everyone knows
those immigrant families in the new flats shouldn't bother unpacking, we've got plans for that block
we know which tent is yours. the camp isn't safe for you lot anymore
the priest at st mary's preaches on sunday. someone should give him something to pray about
every lesbian in that support group should watch where she parks
anyone wearing a rainbow pin at the march is fair game
we've photographed every car at that clinic. the staff will be hearing from us at home
we'll make an example of you so the rest of your lot get the message
any muslim family moving onto our street will get a welcome they'll never forget, and not the good kind
i'll post where the pride organisers live so the lads can give them a proper visit
we'll torch every one of their shops on the high street if they open another
you have a week to move off the street. after that we'll move you ourselves
the new asylum hotel on the ring road. saturday night. bring whatever you've got in the shed
"""

_EXPLICIT = """
you're a dead man walking
i'll break every finger on your hand so you can never type again
your mum won't recognise you when i'm done
i'm going to make your life a living hell, starting with your car
do that again and they'll be scraping you off the pavement
we'll burn your business to the ground and piss on the ashes
i'll make you disappear and nobody will even notice
mess with my sister again and you'll be eating through a straw
stay away from my girlfriend or there won't be enough of you left to bury
the whole squad is waiting outside the club, you won't make it to your taxi
let's see how funny you are with your teeth on the pavement
i've got a bullet with your name on it
you won't be so cocky with a broken jaw
we'll find whoever leaked this and they'll never work, walk or talk again
i'll put you through the window, then your mate
you'll need a new face after i'm done with this one
i'll make sure the next ambulance you see is coming for you
i'll have your place turned over while you're at work, and that'll be the friendly visit
you are going to disappear from this city one way or another
your daughter's ballet class finishes at 6. i have a car
i'll end your career and then i'll end you
i'll make you wish the cops had got to you first
"""

THREAT = [
    line.strip()
    for block in (_IMPLIED, _DOXXING_CALL, _SWATTING, _EXTORTION, _GROUP, _EXPLICIT)
    for line in block.splitlines()
    if line.strip()
]
