"""Chatty group messages, part 1: greetings, reactions, memes and in-jokes."""

from __future__ import annotations

_TEXT = """
morning all ☀️
good morning everyone, happy friday!
evening folks, how's everyone doing?
hiya! just joined, hello everyone 👋
hey hey hey
afternoon all, what did I miss?
night all, sleep well x
hello from a very rainy Glasgow
hi from Bengaluru, it's 30 degrees here
greetings from Nairobi 🇰🇪
howzit everyone
sup fam
yo what's good
hey team, quick update from me
how's everyone's week going?
pics or it didn't happen
uno reverse
lmaooo the dog's face
I'm crying 😂😂😂
this is sending me
dead 💀💀
not the cat in the background 😂
HAHAHA stop
I can't breathe, that's too funny
this chat is unhinged today and I'm here for it
the group chat is popping off today
who's awake?
it's 2am why is everyone still up lol
I've been gone for an hour and there are 300 messages??
scrolled up and I'm still lost, someone summarise
tl;dr please
need context pls??
wait what did I miss
plot twist
big if true
can confirm
this is the way
same tbh
mood all week
very relatable content
this 👆
^ what she said
seconded, great idea
+1 to the curry plan
+1 from me, count me in
agreed, 100%
facts, no notes
no cap
say less
it's giving main character energy
iconic behaviour
rent free in my head
this is peak comedy
the memes in this chat are elite
whoever made this meme deserves an award
saving this meme forever
stealing this for my family chat
sending this to my mum, she'll love it
tag yourself, I'm the one holding the snacks
me every monday 👇
when the weekend is over in a blink
nobody: / me at 3am: one more episode
POV: you said you'd go to bed early
the duality of man
and I oop
it's the way he said it for me
I'm obsessed with this video
brb, watching this 40 more times
we need a chat emoji for this exact feeling
who sent the potato gif, I need to know
reacting with 🔥 to everything today
the reaction gifs in this chat are unmatched
sorry for the spam, I'm excited
sorry wrong chat 😅
oops, meant to send that to my mum
ignore that, my cat walked on the keyboard
voice note incoming, brace yourselves
that voice note was 11 minutes long, I love you but no
who changed the group name again 😂
who changed the group pic to the dog? 10/10 choice
welcome to the chat @maya:matrix.org! 🎉
everyone say hi to @ben:example.org, he's new
@josh:matrix.org has entered the chat
@ade:matrix.org you're muted lol, unmute yourself
@lucy:matrix.org check your DMs, sent you the recipe
@rahul:matrix.org did you get home alright?
@grace:matrix.org yes please to the quiz on thursday
@tom:matrix.org you're on snacks duty
@kim:matrix.org happy birthday!!! 🎂🎈
mum added grandad to the family chat, everybody behave
family chat update: nan has discovered emojis
dad just replied "ok" to a 3 paragraph message, classic
uncle sent another good morning flower picture 🌸
auntie wants to know who ate the last samosa at the party
grandma is asking if anyone has seen her glasses, they're on her head
mum's asking if we're all coming for Sunday lunch, reply please
cousins chat: who's bringing the cake for nana?
family photo from yesterday, everyone looks lovely except me with my eyes shut
baby pictures have been shared, I'm melting
shared the holiday photos in the album, add yours!
reminder: grandpa's 80th is on the 5th, be there by 1
family quiz night on zoom, my dad has already written 200 questions
who's hosting christmas this year?
secret santa names have been drawn, check your messages
secret santa reveal is on friday, keep it a surprise
pub quiz tonight, team name suggestions please
team name: Quiz Akabusi. we're going with it
we came second in the pub quiz!! robbed on the music round
our quiz team won a £20 bar tab, drinks on us
quiz question: what's the capital of Australia? no googling
answer is Canberra, I got it wrong too
who's in for 5-a-side on thursday? need two more
football in the park at 2, bring a ball
running club: 6am tomorrow, meet at the gates
hike on saturday, forecast looks dry, who's in?
bake sale rota is up, please sign up for a slot
book club: we're reading the Murakami one next, finish by the 20th
film club tonight: Paddington 2, the greatest film ever made
karaoke night is booked! warm up your voices
bowling on friday, loser buys the chips
camping trip: who has a tent we can borrow?
trip to Cape Town in march, group booking form in the pinned message
carpool for the wedding, we have two seats left
someone start a poll for the restaurant
poll: pizza or curry for friday night?
poll closes at 6, vote now
I've made a shared doc for the holiday plans
added the dates to the shared calendar
can someone pin the address?
pinned it 📌
doodle poll is up, pick your dates
rsvp by monday so we can book the table
headcount for sunday? hands up
count me in for sunday 🙋
can't make it, have fun without me
gonna be late, start without me
the birthday girl is here!!
cake is on the way, act natural
surprise party is tomorrow, DO NOT tell Sarah
photos from last night are in the album, some of you will be embarrassed 😂
what a night, thanks everyone
best night ever, same time next year?
we need to do that again soon
missing you lot already
reunion was so much fun, let's not wait 10 years next time
class of 2015 reunion planning starts now
wedding group: dress code is garden party, no white
hen do itinerary is in the pinned message
stag do: flights booked, brace yourselves
baby shower games ideas anyone?
gender reveal was pink! 🎀
housewarming on saturday, address in the pinned message
new year's eve plans? I'm thinking a house party
fireworks at the park at 8, meet at the bandstand
carnival this weekend, who's coming?
Pride march on saturday, meet at the station at 11 🏳️‍🌈
marathon on sunday, come cheer us on at mile 20
charity fun run sign up closes friday
festival tickets on sale at 9, set your alarms
Glasto group: our tent pitch is by the big flag
food festival this weekend, I'll be at the cheese stall all day
Diwali mela this saturday, who's coming?
Eid party at ours, everyone welcome
street party for the coronation, bring bunting
Christmas market trip on the 10th, mulled wine on me
fireworks night: sparklers and toffee apples at ours
this gif is the whole mood of the week
I laughed so hard my tea came out my nose
stop it, I'm trying to work and you're all hilarious
the auto-caption on that video is gold
meme of the year right here 🏆
I've sent this to three different chats already
the dog in that video is my spirit animal
I need this on a t-shirt
adding this to the group chat hall of fame
screenshot taken, this is going in the wedding speech
can we make this the room avatar?
you lot are the reason I have no data left
my phone has been buzzing nonstop, what's going on in here
someone explain the joke, I'm old
the boomer in me doesn't get it but I'm laughing anyway
ok boomer (said lovingly to my dad)
reply all disaster at work, I'm in stitches
who's got the best holiday photo, let's vote
best costume at the party, poll in thread
my vote goes to the giant banana costume
rating everyone's lunch, that one's a 9/10
these cupcakes deserve an award
can we appreciate the effort that went into that cake
nan just sent her first selfie, she's a natural
grandad figured out video calls, it's mostly his forehead
family chat: who's picking up mum from the airport?
family chat: dinner at 6, don't be late, your father's cooking
family chat: happy anniversary mum and dad, 35 years!! ❤️
siblings chat: what are we getting mum for christmas?
siblings chat: I'll do the flowers, you do the card
cousin chat: who's bringing the speaker for the party?
wedding chat: the florist needs the final numbers by friday
wedding chat: RSVPs are in, 120 yes, 6 no, 3 maybe
hen chat: the cottage has a hot tub!!!
stag chat: the itinerary includes go-karting and a curry
school mums chat: anyone got a spare costume for book day?
school mums chat: I can do the pickup on tuesday if anyone needs
neighbours chat: the fox is back in the bins, secure your lids
football team chat: pitch is waterlogged, training's off
football team chat: match fees are £5, bring cash or pay online
choir chat: we're singing at the care home on sunday, 2pm
book club chat: next pick is Klara and the Sun
gaming chat: server's up, hop on
climbing chat: meet at the wall at 6, bring chalk
running club chat: route for sunday is in the pinned message
allotment chat: anyone want rhubarb? I have loads
knitting chat: pattern for the baby blanket is in the files
church group: the harvest supper is on saturday, everyone welcome
mosque group: community iftar this friday, volunteers please
temple group: Diwali celebrations start at 6, bring your families
quiz team chat: we need a sports person for tonight
quiz team chat: what's our team name this week?
"""

LINES: list[str] = [line.strip() for line in _TEXT.splitlines() if line.strip()]
