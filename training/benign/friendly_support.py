"""Friendly second-person chat, part 1: compliments, encouragement, thanks and congratulations."""

from __future__ import annotations

_TEXT = """
good luck on your first day, you'll be brilliant
your new pic is gorgeous
you absolutely smashed that presentation
so proud of you, honestly
you've got this, just breathe and take it one question at a time
thank you so much for the flowers, they've brightened up the whole kitchen
you're a star for helping me move
that haircut really suits you
love your new glasses, very stylish
you look so happy in that photo
congrats on the new job!! they're lucky to have you
happy birthday! hope your day is as lovely as you are 🎂
thanks for listening last night, it meant a lot
you're the best, seriously
can't believe how far you've come this year
you make the best brownies in the world, I'm not even exaggerating
your garden looks incredible, you've worked so hard on it
well done on passing your test!!
you're going to nail the interview
huge congratulations on the baby, sending all the love 💕
thanks for the lift, I owe you a coffee
you always know exactly what to say
wishing you a speedy recovery, get well soon
you've been such a good friend to me
your speech at the wedding had everyone in tears, in a good way
your cooking has improved so much, that curry was class
thank you for remembering my birthday, you're so thoughtful
well played today, you were everywhere on that pitch
the cake was amazing, you should sell them
hope the surgery goes smoothly, thinking of you
you're doing a great job with the kids, don't forget that
thanks for covering my shift, you're a lifesaver
you sound so much better today, glad you're on the mend
you've got such a good eye for photos
I love that dress on you
your voice was beautiful at the concert
I'm so glad we met
sending you a big hug today 🤗
you're allowed to rest, you know
take care of yourself this week, you've been running on empty
rooting for you all the way
you did so well, be proud of yourself
thanks for being patient with me while I learned the ropes
your new flat is gorgeous, I love what you've done with it
your little one is so cute, those cheeks!
you're looking really well, the running must be working
happy anniversary you two! 💍
thank you for the card, it made my day
congrats on the engagement! so happy for you both
you're a natural at this
the drawing you did is amazing, you're so talented
thanks for being my emergency contact, I'll be yours too
you're going to love uni, it'll be the best years
congrats grad!! 🎓
you handled that so well, I'd have panicked
thanks for the recipe, my family loved it
you've made my week with that message
you're honestly such a ray of sunshine
your dog is the goodest boy, please give him a pat from me
I hope you know how appreciated you are
you were so brave today
well done on finishing the marathon, legend
I'm always here if you need to talk
proud of you for asking for help, that takes guts
you light up every room, mate
take your time, there's no rush
thanks heaps for the help yesterday
cheers for sorting the tickets, you're a gem
ta very much, you're a diamond
thank you so so much, you didn't have to do that
aww that's so kind of you
you're too kind, honestly
welcome to the team, great to have you here
welcome back! we missed you
good luck with the move, hope it all goes smoothly
best of luck in the exams, you've worked so hard
safe travels, have the best time
enjoy your holiday, you deserve it
have a lovely weekend with the family
fingers crossed for the results, you've got this
break a leg tonight! 🎭
sending good vibes for your driving test
hope the new job is treating you well
all the best for the big day
good luck with the house viewing, hope it's the one
wishing you all the best in your new adventure
hope you're feeling better soon, soup delivery incoming
just wanted to say thanks for being you
your hair looks amazing like that
obsessed with your outfit today
the new profile pic is a vibe
your nails look so good, who did them?
that jacket is fire, where's it from
ur so pretty in that picture omg
glowing in that pic, sis
you look like a whole movie star
you scrub up well, I'll give you that
looking sharp in the suit, bro
love the new tattoo, it's beautiful
the new beard suits you
you've got such a lovely laugh
you have the best taste in music
your playlist got me through my run, cheers
your writing is so good, you should publish it
I read your blog post, it was brilliant
the video you made is so funny, I've watched it five times
your talk at the meetup was really helpful, thank you
your code review comments are always so kind and useful
thanks for explaining that, it finally makes sense
you saved my project, honestly, thank you
appreciate you jumping on that call so late
you were right about the restaurant, best meal I've had all year
thanks for the birthday wishes everyone, I feel so loved
thank you all for coming, it meant the world
thank you for hosting, the food was incredible
thanks for the gift, I'll think of you every time I use it
cheers for the lift home, drive safe
thanks for checking in on me 💛
I'm really grateful for you
you're the sister I never had
best flatmate ever, hands down
the kids adore you, you know
my mum keeps asking when you're coming back round
you're always welcome at ours
missing you loads, come visit soon
can't wait to see you next week
thinking of you today, I know it's a hard one
so sorry about your grandad, sending love to you and the family
here if you want to chat or if you just want company
no pressure, but I'm free if you fancy a walk
take all the time you need, we'll be here
you're doing better than you think
it's ok to have a bad day, tomorrow's a fresh start
you've overcome so much, this is just another step
look at you go!
you never cease to amaze me
you did it!!! I knew you would
told you you'd pass, you never believe me
hope the first week at school goes great for your little one
good luck to your daughter in her exams, she'll fly through them
tell your mum I said happy birthday
congratulations on your retirement, enjoy every minute
well deserved promotion, you've earned it
so happy the scan went well, lovely news
you two are couple goals honestly
your wedding photos are stunning
happy housewarming! the place is lovely
welcome to the world little one, congratulations to the whole family
congrats on the little one, get some sleep while you can
happy diwali to you and your family 🪔
eid mubarak, hope you have a wonderful day with your family
merry christmas, hope santa is good to you
happy new year, here's to a great one together
happy mother's day to the best mum in the world
happy father's day dad, thanks for everything
happy 18th!!! welcome to adulthood, it's mostly admin
happy 40th, you don't look a day over 39
happy retirement, now go enjoy that garden
congrats on your first marathon, absolute machine
your painting came out beautifully
the quilt you made is going straight on our bed, thank you
your baking is the reason I can't fit in my jeans, thank you I think
love seeing you so happy lately
you're killing it at work lately, it's inspiring
you really slayed that performance
you absolutely smashed it, queen
you're a genius, that fix worked first time
what would I do without you
you're an angel for bringing soup round
thank you for being so welcoming to my family
thanks for the advice, you were spot on
honestly you're one of the good ones
all the best for your operation, we'll be thinking of you
hope you had a lovely time at the wedding
wishing your dad a speedy recovery
I'm so happy for you, you deserve all of it
so glad you got the flat you wanted
good on you for speaking up in the meeting
fair play to you, that took some nerve
well done, that was class
big respect for finishing that course while working full time
thanks for the tip about the bakery, their croissants are unreal
your kids are so polite, you've done a great job
you've inspired me to start running again
I've learned so much from you this year
thanks for being such a good mentor
you're the reason I got through that term
proud of you, bestie
sending love from Sydney, miss you heaps
sending hugs from Lagos, stay blessed
much love from Joburg, hope the family are well
lots of love from all of us in Cork
thinking of you all in Chennai, stay safe in the rain
thanks a million, you're very good
you're a legend, thank you
cheers mate, much appreciated
nice one, thank you!
thanks bro, means a lot
thank you aunty, the food was delicious
thank you uncle, we'll visit again soon
welcome aboard @priya:matrix.org, glad to have you in the room
thanks @sam:matrix.org for organising everything
@jo:example.org you're a hero for fixing the bot
shout out to @tom:matrix.org for the amazing photos
big thanks to @amara:matrix.org for hosting the call
happy birthday @liam:matrix.org 🎉🎉
congrats @nia:matrix.org on the new role!
welcome @kwame:matrix.org! make yourself at home
@dev:matrix.org your guide saved me hours, thank you
@ellie:matrix.org good luck today, you'll be amazing
@chen:matrix.org get well soon, we miss you in the room
"""

LINES: list[str] = [line.strip() for line in _TEXT.splitlines() if line.strip()]
