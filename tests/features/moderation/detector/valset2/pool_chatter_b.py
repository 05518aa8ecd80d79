"""Hand-written benign chatter, part B: SMS, forum replies, game lobbies (benign / chatter)."""

# ruff: noqa: E501

CHATTER_B = """
+1 to this, had the same issue with my router and a factory reset fixed it
this thread is gold 😂 bookmarking for later
OP you're not wrong, the update broke the save files for loads of us
not gonna lie this is the best answer i've seen on this forum in years
edit: nvm figured it out, had the wrong driver installed. cheers all
thanks mate, that fixed it. you're a lifesaver
Ha, reminds me of my first car, the exhaust fell off on the motorway
respectfully, i disagree. the original trilogy is still miles better
bump, anyone? still looking for a replacement hinge for this model
lol same, my sourdough starter died too. RIP Gerald
sorry to hear about your dog, sending hugs x
can't wait for the raid tonight, we're gonna wreck that boss
gg wp everyone, that was sweaty
nice shot! how did you even hit that through the smoke 😂
who's on for dungeons tonight, need a tank
rip my k/d, that lobby was stacked
can we please not pick the desert map again, i'm begging
our team comp is so cursed i love it
brb mum's calling me for dinner
just hit diamond!!! after 200 games!!! 😭🔥
that boss fight destroyed me for 3 hours, finally beat it
we absolutely pummelled them in the final, 42-7 🏉 proud of the lads
the ref's whistle must be broken, he let everything go today
gonna need ice on this knee after training tonight, took a proper smash in the scrum
kicking off at 3, bring your boots and your game face
did anyone see that hit in the second half? clean as anything, bloke got up and shook his hand
england's batting collapse is the most english thing ever 😂
proper knock from root today, 150 not out
rain rain go away, we've got a match at 11
ind vs pak on sunday, office is basically shut 😂🏏
that yorker was poetry, middle stump gone 🎯
our u11s won the cup!!! so proud of every one of them 🏆
going to the cricket on boxing day, who's in?
hey can u grab milk on ur way home? x
running 10 mins late sorry!! traffic is mad
happy anniversary babe, love you loads ❤️
are we still on for tomorrow? x
mum can you pick me up at 6 from practice pls
thanks for today, had the best time 😊
omw, get the kettle on
ok i'll ring you after work
did you remember to book the vet for Biscuit?
nan says thank you for the flowers, she loved them x
dad the wifi's down again, can you reset it when you're home
ok who keeps stealing my yoghurts from the office fridge, this is war
the kids have painted the dog. the dog is fine. the carpet is not.
just spent 40 minutes looking for my glasses, they were on my head
our landlord finally fixed the heating, only took 3 months and 47 emails
me: i'll have a quiet night in. also me: 3am kebab in hand
my sister is getting married!!! I'm crying at my desk
bhai maza aa gaya aaj, what a movie
chai pe chalein? 4 baje canteen
exam ke baad party pakka, no excuses
congratulations on the new job da, treat pending!!
too good yaar, your biryani is better than my mum's (don't tell her)
mate, the state of the pies at this ground 😂
fair dinkum that was the best arvo at the beach in ages
no worries, see ya at the pub for the grand final
reckon we'll get a barbie going sunday if the weather holds
she'll be right, just a bit of rain
that bloke at the servo gave me a free sausage roll, absolute legend
y'all the thanksgiving turkey was a disaster but the pie saved us
bro the bears are so back (they are not back)
touchdown!!! let's gooo what a play
my fantasy team is dead last and i've accepted it
not me crying at a pickup truck commercial
we crushed the trivia night, shoutout to Tyler for knowing every state capital
lmao this meme is literally me every monday
whoever made this meme deserves a raise
"i'll just watch one episode" - me, 5 episodes ago
me pretending to understand the offside rule to impress my bf
when the group project finally comes together at 2am 🫠
this is the funniest thing i've seen all week, i can't breathe 😂
nothing hits like a bacon sarnie on a hungover sunday
anyone else's cat scream at 4am for no reason
i'm so bloody tired of this rain
jesus christ that's expensive, £8 for a pint??
my manager just told me to "circle back offline" and i think i died a little inside
the printer is possessed again. someone call a priest
got my first paycheck, straight to the takeaway we go
that's sick bro, congrats on the new car
this song is a banger, on repeat all day
he's a beast on the wing, unstoppable today
the crowd at the MCG was deafening, best atmosphere ever
i swear i'll kill the next person who spoils the match result for me, watching it on catch-up tonight 🙉
go on then, one more game, then bed
what a shot! absolutely smashed it off the tee
honestly we got robbed, that wasn't offside
their fans were proper loud but fair play, good banter all game
we'll get 'em next season lads, heads up
the groundsman deserves a medal, pitch looks like a carpet
that collision was brutal but both players are fine, good to see
you absolute legend, thank you for the birthday cake 🎂😭
can't stop laughing at the pic of you falling in the pond 😂 sorry not sorry
stop it you muppet, i'm laughing too loud on the train 😂
haha you're such a nerd, love that you built a lego death star
ok grandpa, we'll log off at 10 😂 love ya
you're a proper weirdo and that's why we're mates
dude you're an idiot lol, you put the salt in the coffee again
ugh I'm so annoyed, the shop sold out of the trainers I wanted
my boss is doing my head in today but at least it's friday
the sheer audacity of this pigeon stealing my chips
beach day tomorrow? forecast says 28 ☀️
who's doing secret santa this year? £15 limit
can't believe it's snowing in april, what is this country
my plants are thriving and i've never felt more like an adult
just watched the match highlights, the goal was even better second time round
we got battered 40-0 in netball, but the team dinner after was elite
my brother keeps stealing my hoodies, i'm gonna lose it 😂
honestly you saved my life lending me that charger
dead tired after night shift, talk later x
I'm going to destroy this pizza, no sharing
the coach made us run suicides till we nearly threw up, good session though
heading to the shops, anyone need anything?
brilliant night, cheers for organising Jen
this heatwave is going to finish me off
ok the new phone camera is unreal, look at this sunset 🌅
i just nailed the parallel park first try, witnesses needed
uni library at 11pm is a different world
our dog has taken over the whole bed again
whose round is it? pretty sure it's Kev's
just took my first shot at archery and hit the bullseye, natural talent 🎯
our band's playing at the Crown friday, come down, it's free
pre-season training is going to kill me, already dreading it
heads up folks, the car park's closing early on saturday for the market
the little one's first school play today, she was a very serious sheep 🐑
football's back tonight, pizza and beers at mine
lmao the keeper tried a rabona and fell over
gutted for the lads but we'll bounce back
that curry was savage hot, my eyes are still watering
i think i broke my toe on the bed frame, send sympathy
the pub quiz question about the eurovision was brutal
just booked the holiday!! two weeks in Crete 🇬🇷
new gym pb today, 120kg deadlift 💪
is anyone else's train cancelled or is it just me
that episode ended on SUCH a cliffhanger i'm fuming
mate I'm gonna smash you at darts on friday, prepare yourself 🎯
nah we lost fair and square, they were just better on the day
my dad just tried to use a selfie stick as a back scratcher
your baby is so cute I could eat him up 😍
anyone else think the new kit looks like a tablecloth
it's been chucking it down all day, perfect excuse for soup
ok this cheese toastie has changed my life
sorry lads, can't make it tonight, family stuff
massive congrats on the engagement you two!!! 💍
can somebody explain why the bin men came at 6am on a sunday
this game is so broken lol, i fell through the map
i think the ref's got money on the other team 😂 joking, but come on
aaand we've lost the toss again
fair play to him, took the stick from the crowd and still scored
cheers for the lift, see you at the game
love you all, best squad ever 🥹
"""
