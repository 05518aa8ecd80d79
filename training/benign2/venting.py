"""Venting and strong emotion without abuse: bad service, hunger, exhaustion, heartbreak."""

from __future__ import annotations

_TEXT = """
on hold with the broadband company for 74 minutes. the hold music is burned into my soul
I am SEETHING. the airline cancelled my flight and rebooked me for Thursday
three chat agents, three different answers, zero refunds. I give up
hangry. do not speak to me until I have had a sandwich
If one more app asks me to rate my experience I'm throwing my phone in the sea
so tired I put the milk in the cupboard and the cereal in the fridge
Heartbroken. We were together six years and it just... ended.
I miss her so much it physically hurts
crying in the Tesco car park again, normal Tuesday
fuming. the parcel said delivered and it is very much not here
the council still hasn't fixed the streetlight and it's been 4 months
absolutely raging that my train got cancelled after I'd already paid for parking
exhausted beyond words. night shifts are eating me alive
I hate Mondays with my whole chest
why is every customer service bot designed to make you scream
Why do I have to prove I'm not a robot 11 times to pay a bill
so angry I had to go for a walk round the block twice
landlord ignored my email about the mould for the third time. fuming
I'm not okay today and that's alright, just saying it out loud
grief comes in waves and today's a big one
it's been a year since dad passed. some days are harder than others
My heart is in pieces. Our old dog went to sleep this morning 🐾
Screamed into a pillow. Felt great. Recommend.
I want to lie on the floor and be left alone for 3 to 5 business days
I have no patience left. zero. the tank is empty
sick of being the only one in the house who knows where the bin bags are
I'm so frustrated with myself for missing that deadline
absolutely gutted I didn't get the job, I really thought I had it
Rejected again. Nine interviews this month. I'm tired.
someone took my lunch from the office fridge and I am plotting a strongly worded note
they changed the self-checkout again and now it hates me personally
I cannot believe the bank closed my local branch. where am I meant to go
My patience with the NHS 111 queue is running on fumes
insurance company wants a form to request the form. Kafka would be proud
burnt out, signing off for a few days, don't expect replies
I'm just so tired of being strong all the time
lonely in a city of nine million people, funny how that works
Teething baby + 3 hours of sleep = a very fragile mum
My toddler screamed for 40 minutes because his banana broke
Car failed its MOT on something that was fine last week. Fuming doesn't cover it
annoyed beyond belief that the gym raised prices again
the printer said paper jam when there's no paper in it. I'm done
if I see one more "per my last email" I'm walking into the ocean (calmly)
I'm irritated and I don't even know why, just one of those days
hangry update: still no food, getting philosophical about crisps
so hungry my stomach is making whale noises
Disappointed in myself. Ate the whole cake. Whatever.
Couldn't sleep again. 4am thoughts are the worst thoughts
feeling so overwhelmed with everything right now
I'm honestly so upset about how that meeting went
the rain ruined our wedding photos and I just want to cry
broke up with my boyfriend. Please be gentle with me this week
She left and took the good frying pan. I'm devastated on two levels
my best friend moved to Canada and I feel like part of me went too
absolutely livid with the delivery driver who threw my parcel over the gate
the vending machine ate my last pound coin. this is war (with a vending machine)
can't believe my flatmate used my expensive shampoo AGAIN
I am so fed up with the rain, it's been raining since October
no hot water for 3 days and the boiler man keeps rescheduling
the energy bill came in and I actually gasped out loud
my laptop died mid-essay and autosave was off. pray for me
Windows update restarted my PC during a presentation. I'm speechless
wifi went down during the final. genuinely heartbroken
I hate how anxious I get before phone calls
Just had the worst day at work and I want to hide under a duvet
Tired of pretending I'm fine. I'm not fine. I'll be fine later.
I'm so mad I could cry, and then I did
the queue at the post office was out the door and they had one window open
paid £9 for a sandwich at the airport and it was mostly lettuce
Am exhausted o. This Lagos traffic will finish me before 30
this traffic on the M25 is making me question all my life choices
My flight is delayed 6 hours and I've read every magazine in WHSmith
the self-assessment tax portal crashed at 11:58pm. thanks
Upset that nobody remembered my birthday but I'm choosing to be an adult about it
feeling very let down by people I trusted
my heart hurts watching the news tonight
honestly devastated the café on my street is closing, it was our spot
Just so tired of everything costing double what it did last year
I'm grumpy and I need a nap and a hug, in that order
Lost my keys, my wallet and my will to live all in one afternoon
Furious at myself for leaving the car lights on, battery flat
the toddler flushed my AirPod. I'm in mourning
the cat knocked my coffee onto the keyboard. she shows no remorse
my sister borrowed my jumper and returned it with a stain, betrayal
I am beyond irritated by people who don't put trolleys back
Sad today. No reason. Just sad. Tomorrow will be better.
I feel invisible at work lately and it's wearing me down
my bus drove straight past me while I waved like an idiot
I'm gutted, the concert sold out in 4 minutes
Nothing makes me angrier than a 'quick call' that lasts two hours
long day. longer week. longest month.
Stressed, caffeinated and running late. the holy trinity
crying over a Pixar film at 31 years old, Up gets me every time
I can't stop thinking about what I should have said to him
feeling really homesick tonight, missing my mum's cooking
so done with this week that I'm wearing pyjamas at 5pm
my boss moved the deadline forward a week. I need to lie down
Really upset that the vet bill was £800, but she's worth it
The rent went up again and I could honestly scream
Apologies in advance, I'm running on 2 hours of sleep and spite
My plants died while I was on holiday and I feel like a terrible plant parent
I'm raging at myself for saying yes to this project
"""

LINES: list[str] = [line.strip() for line in _TEXT.splitlines() if line.strip()]
