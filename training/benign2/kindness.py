"""Kind, supportive and celebratory messages."""

from __future__ import annotations

_TEXT = """
Congratulations on the new job, you absolutely deserve it! 🎉
So proud of you for finishing the marathon, you legend
Happy birthday to the kindest person I know, have the best day 🎂
Thinking of you today, here if you need anything at all
You've got this. One step at a time.
sending you all the love and a big virtual hug 🤗
Welcome to the world, little Ava! Congratulations to the new parents
Happy retirement Margaret, the office won't be the same without you
Thank you to everyone who came to the fundraiser, we raised £2,340!
Congrats on your graduation, all those late nights paid off 🎓
Proud of my little brother for passing his driving test!
Huge shoutout to our volunteers, this community runs on your kindness
Get well soon, the flowers are on their way 💐
You are enough, just as you are
Rooting for you tomorrow! You'll smash that interview
Wishing you a speedy recovery, the team misses you
Happy anniversary to my favourite couple, 30 years strong!
Thank you, nurses and carers, for everything you do
Well done on your first week at uni, we're all so proud
Congratulations on the engagement!!! 💍 So happy for you both
Happy Mother's Day to all the mums, step-mums, nans and mother figures
Thinking of everyone who finds Father's Day hard. You're not alone
Congrats on the new house, can't wait to see it!
Best of luck in your exams, you've worked so hard
Take care of yourself this week, rest is productive too
Your garden looks amazing, you've got such green fingers
That was the best cake I've ever had, you need to open a bakery
love this photo of you, you look so happy 😊
Just wanted to say you make work so much better
Anyone feeling lonely this Christmas, my DMs are open for a chat
Huge congratulations on your citizenship, welcome officially!
well done on 1 year sober, that's massive
So glad you reached out. Talking is brave
It's okay to not be okay. Sending love your way
Congratulations to the under-12s for winning the cup! ⚽🏆
Thank you for being such a great neighbour, the cake was gorgeous
Massive thank you to the stranger who returned my purse today. Faith in humanity restored
Proud of you for speaking up in the meeting, that took guts
Happy Eid to my neighbours, thank you for the delicious food 🌙
Happy Diwali to all my colleagues, thank you for the sweets!
Merry Christmas and a happy new year to all of you
Happy new year! Here's to a kind and healthy 2027 🥂
Wishing you a peaceful Shabbat
Happy Pride to my queer friends, you are loved 🌈
Welcome to the team, Priya! So glad to have you
Congratulations Doctor Okafor! Five years of hard work, well done
You did amazing at your recital, I teared up
Sending strength to everyone sitting their finals this week
Proud mum moment: my daughter made the county hockey team
Gorgeous wedding photos, wishing you a lifetime of happiness
Your art is incredible, please never stop creating
Happy 100th birthday Grandma Rose! A century of love
Thank you for the lift home, you're a star ⭐
Shoutout to the bus driver who waited for me when I was running
Congrats on hitting 10k followers, your videos brighten my day
Thinking of you on the anniversary of your mum's passing. She was wonderful
Your kindness does not go unnoticed
Happy first birthday to our little man, you've changed our lives
Congratulations on the promotion, about time they noticed!
Well done on your first 5k! Everyone starts somewhere
Welcome home, we missed you so much ❤️
Good luck on your first day at the new school, sweetheart
To my teachers: thank you for believing in me when I didn't
You're doing a brilliant job, new mums, even when it doesn't feel like it
Warm wishes on your wedding day to the happy couple
Sending healing vibes your way, get better soon
So proud to call you my friend
This community is the best, thank you for all the birthday messages
Thank you all for the kind words after my surgery, it means a lot
Well deserved win, congrats to the whole team!
Bravo to the cast, what a performance tonight 👏
Keep going, you're closer than you think
Just a little reminder to drink water and be gentle with yourself today
Celebrating 10 years in business today, thank you to every customer
Our charity bake sale raised enough for two new hospital wheelchairs, thank you all!
Such a lovely message, thank you, you made my day
Happy Lunar New Year to all my friends, wishing you health and luck 🧧
Eid Mubarak from our family to yours
Wishing you a joyful Hanukkah full of light
Congratulations on your baby girl, she's beautiful
Huge respect to the firefighters who worked through the night
Shoutout to my mum for being my biggest fan
Happy Valentine's to my galentines 💕
To whoever left flowers on the bench for my dad, thank you
Sending love to everyone in Brighton who's been affected by the flooding
You've come so far this year, look how much you've grown
Wishing all the best to everyone starting their apprenticeships today
Lovely to meet everyone at the meetup, let's do it again soon
Thank you for teaching me to knit, now I can't stop
Congrats on the PhD, Dr. Singh! Time to celebrate
You are so talented, that song gave me chills
Great work today everyone, proud of this team
Happy Teachers' Day to the most patient people alive
Well done to the lads for the charity cycle, 200 miles for the hospice!
So happy you found your forever home, little Biscuit 🐶
Congrats on your first marathon finish, now rest those legs
My heart is full, thank you for the surprise party
Bless you, that's so thoughtful
Keep shining, the world needs your light ✨
Nana, your jollof at the party was the talk of the night, thank you for feeding us all
Thank you to the lollipop lady who's kept our kids safe for 25 years
"""

LINES: list[str] = [line.strip() for line in _TEXT.splitlines() if line.strip()]
