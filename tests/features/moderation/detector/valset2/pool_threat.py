"""Hand-written threats: explicit, implied, doxxing with a call to act, quiet menace."""

# ruff: noqa: E501

THREATS = """
say that to my face again and i'll put you in hospital
I'm going to break both your legs next time I see you at training
i will find you and i will hurt you, that's a promise not a threat
keep running your mouth and see what happens when you leave the ground saturday
I know where you work. see you at 5 😊
nice car you've got on the drive. be a shame if something happened to it tonight
you've got a lovely little girl. walks home past the park on her own doesn't she
this is the ref from sunday's game, lives at 14 Harrow Close LS6. you know what to do lads
his number is 07700 900417, everyone give him a ring at 3am and let him know how we feel
found her insta, she works at the costa on Bridge St. go pay her a visit 👀
enjoy sleeping while you still can
tick tock. your time's nearly up
I'd start looking over my shoulder if I were you
you won't be walking out of that pub on your own two feet, trust me
bro im gonna stab you the second i see you outside school tomorrow
next time you post that i'm coming round and smashing your windows in
I swear to god I will slit your throat if you go near my sister again
you're dead. you're actually dead. wait and see
watch yourself walking to your car tonight
i've got your address now. sleep tight x
someone should burn his house down with him in it, address is in the pinned post
i'll bash your skull in you little rat
if i see you at the derby you're getting glassed
bet you won't be so mouthy with a few broken ribs
gonna put a bullet in your head you snitch
keep talking and i'll make sure your mum has to identify you
your family will be finding pieces of you for weeks
i know which school your kids go to. think about that before you post again
we know your reg plate, we know your shift pattern. behave
Here's his full name, employer and home postcode. Make his life hell. You know what to do.
dm me if you want his address, he needs to learn a lesson he won't forget
you'll get what's coming to you, and it's coming sooner than you think
I'm going to make you regret the day you were born
one more word and you're getting shanked
touch my bike again and i'll cut your fingers off
i'm waiting outside your flat right now. come down if you're hard
mate you have no idea who you're messing with. i'll end you
i'll choke you out till you stop breathing you mouthy slag
your front door's blue isn't it? just checking 🙂
Lovely photos of your son's birthday party. Shame if anyone knew where that was.
I'd keep the curtains shut if I were you
pull that again and you'll be eating through a straw for a month
if you come to the match sunday we'll be waiting in the car park. just saying
everyone spam this guy, his work email is on the company site, let his boss know what he is, and if anyone's local, go say hi
tag him everywhere, get his address, we'll sort the rest
hope you're ready because we're coming for you tonight
I will literally murder you and your whole family if you don't pay me back by friday
you'll be floating in the canal by the weekend
i'm gonna cave your face in you mug
people like you disappear all the time. nobody would even notice
i'd hate for your nan to find out what you've been up to. be a shame if she found out the hard way
i know your routine better than you do. gym at 6, coffee at 7:15. see you around
say it again. go on. and we'll see how your teeth look tomorrow
you're getting jumped the second you step off that bus
i will bury you in the back garden and plant tomatoes on top
we're gonna find you, drag you out of your car and leave you on the road
sleep with one eye open, mate
your days are numbered and i'm the one counting
if you testify you won't make it to court. simple as
gonna rearrange your face when i catch up with you, you grass
keep ignoring me and see what happens to your cat
this is the landlord who evicted Sam, 22 Kestrel Rd, Ringwood VIC. door's always open 😉 go give him some love
bhai iska ghar ka address dal raha hu, sab log jao aur isko sabak sikhao
tu bahar mil, teri haddi pasli ek kar dunga
kal college ke bahar mil, tujhe zinda nahi chhodunga
watch your back on the walk home mate, it's dark by 4 now
whoever that bloke in the red cap is, I've got a mate at the club who knows where he drinks. we'll sort him
i'll be at your mum's house in 20 minutes, let's see who's laughing then
if my son comes home crying one more time i will put your son in the ground
I'm going to kick your teeth so far down your throat you'll chew with your arse
we've got your IP, your name and your dad's address. log off or we'll pay him a visit
hope your car's insured mate. and your windows. and your face
don't go to work tomorrow. I mean it. you won't like what's waiting in the car park
I will end your career and then I will end you
someone give this clown's address to the boys in east stand, he's earned a visit
i swear i'll strangle you with your own headphones
shut up or i'll shut you up permanently
i'm gonna hunt you down you stupid little snitch
you're lucky there's a screen between us. won't always be
remember what happened to the last guy who crossed me? ask around
your sister's pretty. be a shame if something happened to her
We have your address. Check your letterbox tomorrow.
I know what time you get off the school bus
you'd better hope i never find out where you live. actually, i already know
be careful at the servo tonight mate, it's a long drive home
i'll rip your head off and post it to your mum
there's a can of petrol in my boot with your name on it
next time you cross the line i'll cross it back, with a bat
keep leaving those reviews and see what happens to your shop
I'm going to beat you black and blue and film it
get a brick through your window and see if you're still laughing
i'll be waiting by your locker monday. bring your mates, you'll need them
Post his number everywhere: +1 555 0147. Don't let him sleep. Don't let him forget.
we're all meeting at his house friday 8pm, 31 Maple Ave, bring whatever you want
u better pray i dont see u at the mall
i've got a knife and your name. that's all i need
nobody will hear you scream out there
I'll snap your neck like a twig
you have 24 hours to delete that post or I come round. last warning
give me back my money or your kneecaps are going
my cousins know where you live. they're not as nice as me
this is your last warning. the next one won't be a text
i'll make sure you never walk again
don't make me come down there and teach you some manners with a cricket bat
i'm gonna drown you in the bath like the rat you are
we know the car. we know the plate. we know the school run. behave.
go to the police if you want, they can't be there every night
I hope you like hospital food because you'll be eating a lot of it
come near my girl again and they'll be scraping you off the pavement
here's his linkedin and home address, go show him what happens to people who scam vets
every single one of you go to his house and make him regret it, he's in the phone book under Pratt, Eastfield
we'll be outside the stadium after full time, blue jacket, bald head. find him
gonna pay your wife a little visit while you're at work
i hope your house burns with you inside it and i'll bring the matches
your kids are cute. would be awful if they went missing
nice little shop you have there. hate to see it burn
i know you're home alone tonight. lights are on upstairs
you'll be six feet under before christmas
I'm gonna stomp your head into the curb
keep posting and you'll be next
you owe me. pay up or i'll take it out of your face
we're going to find out where you sleep
i'll break every bone in your body one at a time
ur getting smoked on sight bro
I'll set you on fire you little prick
keep talking to my ex and i'll send someone round to explain the rules
i'm not going to do anything. i'm just going to wait. you'll know when.
i've been watching you. you looked nice in green today
We'll see how smug you are when I'm standing in your kitchen
your new place in croydon is nice btw. second floor right?
everyone report to the address below and make sure she never streams again
spread this: name, school, bus route. this kid needs to be taught a lesson irl
cross me again and your family will be reading about you in the paper
i'm going to make your life a living hell and then i'm going to end it
going to smash your face into the bar, see you saturday
ill drop you like a sack of spuds the minute you walk in
if you show up to the final we will hurt you. not a joke
remember I still have your spare key 🔑 I can let myself in whenever I like
enjoy the rest of your week, it might be your last
cancel your plans for saturday, you'll be in A&E
hope you've said goodbye to your dog
try me and you'll leave in an ambulance
i will ruin you. your job, your marriage, your face
ive got ur address from the parcel label. see u soon
mess with my family again and i'll put you through that window
we don't forget and we don't forgive. see you soon, Dan
you and your bitch wife better move house
you're going to disappear and no one will ever know what happened
that's his car, that's his plate, that's his gym. go get him lads
whatever you do, don't go out alone this weekend. I'll be around 🙂
"""
