"""Dark or absurd humour and hyperbole aimed at oneself or at everyday misery."""

from __future__ import annotations

_TEXT = """
so hungry I could eat a horse, saddle and all
when I die put "she meant to reply to that email" on my headstone
this heat is killing me, I am now 40% sweat
if I don't get coffee in the next 10 minutes I'm legally a ghost
my bank account and I are no longer on speaking terms
I'm not lazy, I'm in energy saving mode
Bury me with my phone charger so I never have to look for it again
my spine makes noises like a bowl of Rice Krispies
Died laughing at that video. This is my ghost typing
that exam murdered me and buried the body
Monday has personally attacked me and I'm filing a complaint
my last two brain cells are fighting for third place
I'm so cold I've become one with the radiator
if my diet is a joke, the punchline is the biscuit tin
my plants are dying and so is my will to water them
my fridge contains one lemon and a sense of regret
I am 30% coffee and 70% unanswered messages
At this point my cough has its own personality and a Spotify account
Cause of death: stubbed toe on the bed frame at 2am
me, trying to adult: 📉📉📉
I'm on a seafood diet. I see food and I eat it
my back hurts from carrying this group project, and also from sleeping wrong
Just found a grey hair. Time to write my will
If you hear screaming, it's just me opening the gas bill
I'd rather fight a bear than make a phone call
Honestly, the gym is where my motivation goes to die
I've been "five minutes away" for 40 minutes. this is my villain origin story
sleep is for the weak and I am extremely weak
my cooking is so bad the smoke alarm cheers me on
I'm one more group chat notification away from faking my own death and moving to Norway
the commute is slowly turning me into a zombie and honestly it's working
I laughed so hard I think I pulled something, send an ambulance
Legally I'm an adult, spiritually I'm a raccoon in a bin
this hangover is trying to end me and it might succeed
my knees predicted rain better than the Met Office today
I'm not saying I'm Batman, but nobody's seen me and Batman in the same room
Spent so long on hold I've aged a decade. hair is grey now
the lasagne was so good I nearly wept. Kill me now, I'm complete
these shoes are going to kill me before the wedding even starts
my pet fish looks at me like he's disappointed in my life choices
I've been awake since 5 and I'm now basically a haunted Victorian doll
can't feel my legs after leg day, I live in the floor now
I just walked into a glass door in front of my crush. goodbye world
my entire personality is being tired
I'd sell my soul for a bacon roll right now
My therapist says I should stop making jokes about my problems. Joke's on her, I'm broke
my to-do list has a to-do list
spent £40 on plants, killed them all in a week. I am a menace to botany
I'm fine. Everything's fine. 🔥🐶☕
It's so hot even the pigeons look tired
This cold is going to be the end of me, tell my cat I love her
drank so much tea I think I'm now 60% PG Tips
got ID'd buying paracetamol at 38. I'll take it, I'm immortal now
I'm the human equivalent of a loading screen
my playlist is just 40 sad songs and one banger for emergencies
i have the attention span of a goldfish in a disco
my meal prep has become meal regret
Engagement photos? Nah, I'm in a committed relationship with my bed
Running late is my cardio
I'm so broke I can't even pay attention
I love my job in the same way I love a cold shower
If I had a pound for every time I said "I'll sleep early tonight" I'd retire
When the world ends, I'll still be waiting on a refund from 2019
my ancestors survived wars and famine so I could stare at my phone in bed at 3am
I'm built different. specifically, I'm built out of snacks
My houseplants have filed for custody of themselves
My dentist said I have the teeth of a 12 year old. I said give them back then
RIP my sleep schedule, gone too soon
Dear diary, today I ate an entire family-sized lasagne alone. No regrets. Send help
the ice cream van plays music when it runs out. I'm the ice cream van
I survived another Monday. barely. put it on the CV
my toddler is a tiny dictator and I am the oppressed population
I've seen things. Mostly spreadsheets. Horrible spreadsheets
sometimes I just lie down on the kitchen floor for a bit. It's very restorative
I tripped on nothing in public and now I have to move countries
If my life were a film it would be a low-budget sitcom with no laugh track
Every morning I wake up and choose chaos, and then coffee
I'm not arguing, I'm just explaining why I'm right. loudly
the sun came out for 20 minutes and half of Manchester got sunburnt
this flu has me writing my last words. they are: more soup please
Hot girl summer became sweaty girl summer became hide indoors summer
my brain has 47 tabs open and one of them is playing music
I'd die for my friends but I won't drive them to the airport
Knees: creaking. Back: breaking. Spirit: still going
I'm a morning person if morning starts at 1pm
the only thing I've run this year is out of money
this spreadsheet has broken me. I've become one of the cells now
bought a salad to feel healthy, ate it next to a pizza. balance
the washing machine ate one sock. it's been eating one sock a week since 2015
So tired I'd nap on a motorway verge if I could
My cat keeps trying to murder me by sleeping on the stairs
I was born to do nothing and I'm so good at it
Three coffees in and I can hear colours now
i'm literally dead 💀💀 that meme got me
my mental health is held together by tea and Bake Off reruns
My wallet just let out a little scream
Great, another birthday. one step closer to being a grumpy old man, my life's goal
don't talk to me before I've had my coffee or I'll just stare at you sadly
my hairline is retreating faster than the British army at Dunkirk
put me in a museum, I'm a relic of the dial-up era
I would simply evaporate if anyone made me do another icebreaker
"""

LINES: list[str] = [line.strip() for line in _TEXT.splitlines() if line.strip()]
