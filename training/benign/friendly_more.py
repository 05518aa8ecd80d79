"""Friendly second-person chat, part 3: check-ins, reassurance and warm messages in many voices."""

from __future__ import annotations

_TEXT = """
how did the interview go? dying to know
how's your mum doing after the op?
did you get home ok last night?
how was the first day? tell me everything
hope the new place is feeling like home
hope you slept well, big day today
hope the little one's feeling better
you ok hun? haven't heard from you in a bit
just checking in, no need to reply
thinking of you, hope today's a good one
are you feeling any better today?
how's the new puppy settling in?
how are the wedding plans coming along?
did you manage to get the tickets in the end?
hope the exam went well, treat yourself tonight
hope you're staying warm in that cold snap
how's life in Melbourne? miss you loads
how's the weather over there in Lagos?
how are you finding the new job?
hope the flight wasn't too bad
you're doing amazing sweetie
you've got a heart of gold, you know that?
I admire you so much
you're so much stronger than you realise
you make everything more fun
life's better with you in it
the world needs more people like you
you've been a rock this year
you're my favourite person to talk to
you always make me laugh when I need it
I don't say it enough but thank you for everything
I owe you one, big time
I owe you a drink, name the place
let me buy you lunch to say thanks
you're a gem, thanks for the help
thanks for the lovely evening, we must do it again
thanks for having us, the kids had a blast
thank you for the lift and the chat
thanks for the book, can't wait to start it
thanks for lending me your ladder
thanks for watering my plants while I was away, they're thriving
thanks for feeding the cat, she says thank you too
you're the best neighbour anyone could ask for
thanks for the tomatoes from your garden, they're delicious
your scones are legendary, thank you for sharing
thanks for always remembering how I take my tea
thank you for the lovely message, it made me cry happy tears
thank you for the warm welcome, everyone's been so kind
thanks for the tips on the hike, the views were as good as you said
thanks for being my plus one, I owe you
thank you for the hand-me-downs, they fit perfectly
thanks for the advice on the car, saved me a fortune
big hugs, you've had a tough week
sending you all the good vibes for tomorrow
sending love and strength your way
sending you a virtual cup of tea ☕
sending hugs from across the ocean 🌊
all my love to you and the little ones
love and light to you and yours
stay blessed, my friend
God bless you and your family
may your day be as bright as your smile
may this year bring you everything you hope for
hope all your dreams come true this year
you're going to do great things
the future is bright for you, mate
you were born for this job
you've earned every bit of this success
keep going, you're nearly there
don't give up, the hard part's nearly over
one step at a time, you'll get there
you're allowed to take a break
be kind to yourself today
rest up and come back stronger
your health comes first, work can wait
don't worry about it, these things happen
it wasn't your fault, honestly
no harm done, don't stress
it's all good, don't even worry about it
no worries at all, happens to the best of us
you didn't ruin anything, the party was great
mistakes happen, you're still brilliant
don't be so hard on yourself, you did your best
everyone forgets things, no stress
we've all been there, you'll laugh about it later
it'll all work out, you'll see
I believe in you
believe in yourself, we do
you can do hard things
I know you'll make the right choice
whatever you decide, I've got your back
you'll always have a home with us
you're part of the family now
our door is always open to you
you're always welcome for Sunday lunch
the kids keep asking when Auntie Jo is coming back
my dog misses you, come and visit
you have to meet my new kitten, she's tiny
come and see the new baby whenever you're ready
you'd love this café, let's go next time you're in town
I saw this mug and thought of you
this song made me think of you 🎶
found this old photo of us from school, look at our hair!
remember when we got lost in Paris? best trip ever
miss our late night chats at uni
we've been friends for twenty years, how?!
happy friendiversary! 10 years of nonsense
here's to many more years of friendship 🥂
you're the Ant to my Dec, always have been
best friends forever, no returns
love you to bits
love you loads, sis
love you, mum, thanks for everything
proud of you, son
proud of you, kiddo
you're growing up so fast, little one
give the baby a cuddle from me
give your nan my love
say hi to your family from me
tell the kids I said happy holidays
hope the family are all keeping well
how's your dad's garden doing?
your mum's curry recipe changed my life, please thank her
your brother's band was great last night, tell him
your daughter's drawing is on our fridge now
congratulations to your son on his graduation
love the photos from your trip, Japan looks incredible
your holiday snaps are making me so jealous, in a good way
looks like you had the best time
you two look so happy together
you're glowing, pregnancy suits you
that baby bump is adorable
the nursery looks so cute, you've done a lovely job
the cake you made for the party was a showstopper
your christmas decorations are the best on the street
your garden party was the highlight of my summer
your house always smells of baking, it's so welcoming
you throw the best parties, hands down
your playlist at the wedding was perfect
you're an amazing host
you're a brilliant teacher, the kids love you
you're a fab mum
you're such a good dad
you're the best big sister
you're a credit to your family
your parents must be so proud
what an achievement, you should be proud
that's amazing news, congratulations!
yay!!! so happy for you!!!
aaah congrats!!! 🎉🎉🎉
omg well done you!!
this is the best news all week
you deserve all the good things coming your way
couldn't have happened to a nicer person
wow, you've outdone yourself this time
you never fail to impress
bravo! what a performance
encore! that was beautiful
you nailed it, chef 👨‍🍳
ace work, mate
well done, you legend
that's brilliant, well done
great stuff, keep it up
lovely work on the garden, it's a credit to you
top job on the shed, looks professional
the new bathroom looks amazing, you did that yourself?
can't believe you built that from scratch, so talented
you make it look easy
you're so good with kids
you've got the patience of a saint
you're so organised, teach me your ways
your handwriting is so neat, I'm jealous
your laugh is contagious
your energy today is unmatched
you've got great style, always have
you've got such a kind face
you have such a calming presence
hope you get some rest this weekend, you've earned it
enjoy your day off, put your feet up
have fun at the festival, send pics!
enjoy the concert, sing your heart out
have a great time in Ibiza, wear sunscreen
have a good one!
have a lovely evening
have a great week, everyone
have a blessed sunday
have a restful weekend
sweet dreams 🌙
sleep tight, see you in the morning
"""

LINES: list[str] = [line.strip() for line in _TEXT.splitlines() if line.strip()]
