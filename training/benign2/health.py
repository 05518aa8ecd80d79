"""Health, medicine, disability and mental health in first-person or supportive talk."""

from __future__ import annotations

_TEXT = """
Day 3 of covid, taste gone, sofa claimed, Netflix on
got my flu jab today, arm is a bit sore but all good
six months sober today. one day at a time 💪
ADHD meds finally kicking in and I just cleaned the whole kitchen in an hour
diagnosed with type 1 diabetes at 29, learning to count carbs like a pro
Chemo round 4 of 6 done. Tired but still here and still fighting
in remission!! two years clear, thank you to the amazing oncology team ❤️
Wheelchair user and proud. Please stop parking in the accessible bays
Deaf and fluent in BSL, happy to teach you a few signs
Blind since birth, screen reader user, ask me anything about accessibility
Living with chronic pain. Some days are good, some days I stay in bed
fibro flare today so plans are cancelled, sorry lovelies
my anxiety is loud today, doing breathing exercises and drinking water
Therapy session today was hard but good. Progress isn't linear
Depression lies. If you're struggling, please reach out to someone
If you need to talk, Samaritans are there 24/7 on 116 123 (UK & ROI)
Mental health day. Phone off, walk in the park, soup later
Panic attack on the train this morning, got through it. proud of myself
Post-op day 2 after my knee replacement. The physio is a saint and a sadist
Just had my wisdom teeth out, I look like a hamster 🐹
broke my wrist falling off a scooter, typing one-handed for 6 weeks
Migraine. Dark room. Please send whispers only
asthma is acting up with all this pollen, inhaler is my best friend
hay fever has turned my eyes into a waterfall
Coeliac, so if you invite me to dinner please no gluten, I'll bring dessert
Giving blood tomorrow, my 25th donation 🩸
Got my blood test results back and everything's normal, phew
Endometriosis awareness month. Period pain that stops you working is not normal
menopause brain fog is real, I walked into the kitchen and forgot why three times
Postnatal depression is nothing to be ashamed of. Speak to your GP or health visitor
I'm autistic and I need a quiet room at parties. It's not rude, it's how I cope
Dyslexic and I just finished my master's degree. Never let anyone tell you you can't
Living with MS for ten years, still hiking, just slower
Stroke survivor, relearning to write with my left hand
I have epilepsy. If I have a seizure, time it and keep me safe, don't hold me down
hearing aids on, world in HD
physio says I need to rest my ankle. my fitness tracker is disappointed in me
My mum has dementia. She doesn't always know me now but she still sings every song
carers deserve so much more credit and more pay
Nurse on a 13 hour shift, feet are gone, heart is full
junior doctor, ask me about my rota and watch me cry
Pharmacist here: please finish your antibiotics course even if you feel better
GP appointment booked for 8am, I won on the phone queue lottery
First week on antidepressants, side effects are settling down
Grief counselling has helped me more than I can say
Recovering from an eating disorder. Ate pizza with friends tonight and enjoyed it
OCD is not about being tidy. For me it's intrusive thoughts and it's exhausting
living with bipolar, stable for a year now thanks to meds and a good team
Long covid has taken a lot from me but I'm still finding joy in small things
Crohn's flare. Will be near a toilet for the foreseeable
IVF round two. Hoping and trying not to hope at the same time
hospital food is genuinely not that bad, the custard is elite
Cancer survivor, running the Race for Life this summer, please sponsor me
My son has Down syndrome and he's the funniest person in our family
Sign language class was so fun, I can now order a coffee in ASL ☕
Stammer and all, I did the best man's speech and nobody cared, they just laughed
mobility scooter gang, zooming through the shopping centre
I use a cane some days and not others. Invisible illness is still illness
Just a reminder that it's okay to take your meds. No shame
My counsellor taught me the 5-4-3-2-1 grounding trick and it works
walking 10k steps a day for my heart, 3 months in and my BP is down
Quit smoking 100 days ago. I can smell things again. Not all good things
lost 3 stone through slimming world, feeling proud
gym newbie, if I look lost, I am
sprained my ankle running for a bus I didn't even catch
Finally got my ADHD diagnosis at 34. So much makes sense now
stim toys on my desk, fidget cube is MVP
Neurodivergent and working in tech, happy to chat with anyone starting out
Please be patient with people who have hidden disabilities at the checkout
Sunflower lanyard wearer, just means I might need a little extra time
Got my first pair of glasses and trees have individual leaves??
Hospital appointment at 9, bringing a book because it'll be 11 before I'm seen
cataract surgery went smoothly, everything's brighter now
my dad's heart op went well, he's already complaining about the food. good sign
thank you to the paramedics who looked after my nan today
Grateful for the NHS, they saved my baby's life
Sending strength to anyone in hospital this Christmas
Check your breasts, lads check your balls. Early detection saves lives
Just did a mental health first aid course, would recommend to everyone
Talking about suicide doesn't put the idea in someone's head. Ask, listen, stay with them
If your friend is struggling, a simple "how are you really?" can go a long way
Self-care today looked like a shower and a clean bedsheet. That counts
Sobriety is the best gift I've given myself
Tinnitus is just my ears playing their own radio station 24/7
Sleep apnoea diagnosis, CPAP machine arriving Monday, I'll look like Bane
Vertigo spinning the room today, staying very still
kidney donor to my brother, both doing great a year on 💚
Type 2 diabetic, managing with diet and a lot of walking
Cerebral palsy doesn't stop me playing wheelchair basketball
My daughter is nonverbal and communicates with an AAC device, and she's hilarious
Disabled and a parent, yes both things can be true
Arthritis at 40, my joints forecast the weather
Vaccines save lives, booked the kids in for their MMR
Health anxiety had me googling symptoms at 2am again. Doctor says I'm fine
Antenatal appointment today, heard the heartbeat 💗
Recovering from burnout. Learning to say no and mean it
Pelvic floor exercises, ladies. You'll thank me later
Week two of physio after my hip op, walking with one crutch now!
The hospice staff were angels to my grandmother. Donating to them this year
Hydrotherapy pool session done, my joints feel ten years younger
Wore my insulin pump to the beach for the first time and nobody even looked
"""

LINES: list[str] = [line.strip() for line in _TEXT.splitlines() if line.strip()]
