"""Frustration at things, part 1: appliances, software, gadgets and the home."""

from __future__ import annotations

_TEXT = """
stupid printer, it's jammed again
this app is garbage, it logs me out every five minutes
death to autocorrect
I could murder a pizza right now
the washing machine has died mid cycle, everything is soaking
my laptop decided to update in the middle of a meeting, thanks windows
why does the printer only break when I actually need it
the wifi has dropped out for the third time today, I'm losing my mind
kettle's broken, this is a crisis
the microwave is making a noise like a jet engine
my phone battery goes from 40% to dead in ten seconds, useless thing
the self checkout thinks there's an unexpected item in my soul
unexpected item in the bagging area. there isn't!!
hate this new update, where did all the buttons go
the app crashed and took my whole draft with it
autocorrect keeps changing "lol" to "loo", I give up
who designed this website, I can't find the login button anywhere
the dishwasher left everything dirtier than before
the boiler is making that banging noise again
fridge is leaking all over the kitchen floor, brilliant
our oven takes an hour to heat up, useless
the hoover just spat everything back out, amazing
toaster has two settings: bread and charcoal
my headphones only work in one ear now, rubbish
bluetooth refuses to connect, I'm going back to wires
the remote has vanished again, it's always the remote
this pen has run out halfway through signing my name
the dryer has shrunk my favourite jumper to doll size
smart speaker keeps mishearing me, no I did not ask for polka music
my phone screen cracked again, I'm cursed
the car won't start, it's freezing and I'm late, perfect
flat tyre on the way to the wedding, of course
the parking meter ate my coins and gave me nothing
the vending machine stole my pound, I want justice
the lift is broken and I live on the 9th floor
the doorbell rings at random, I think the house is haunted
laptop fan sounds like it's about to take off
hate my keyboard, the e key is sticking
spilled tea on my keyboard, now every key types a j
the photocopier has jammed and the whole office is standing around it
my password expired again, I have to think of another one
password must contain an uppercase letter, a number, a symbol and a poem
captcha asked me to click on traffic lights for the tenth time, I'm not a robot I promise
the website timed out right as I hit pay, did it go through??
2FA code sent to my old phone, great, love that for me
my code compiles but does nothing, brilliant
this error message is useless, "something went wrong" thanks for that
npm install has been running for twenty minutes, I'll just go and live in the woods
dependency hell again, why does nothing ever just work
the build failed because of a trailing space, I need a lie down
merge conflicts in every file, I hate Mondays
the VPN keeps disconnecting, I'm about to throw the router out the window
spreadsheet crashed and I didn't save, screaming into a pillow
excel decided my phone numbers were dates, why
teams notifications are driving me up the wall
zoom froze right as I was making my point
the video call keeps freezing my face mid sneeze
my mic wasn't muted, everyone heard me eating crisps
printer says it's out of cyan, I'm printing in black and white!!
the new ticketing system at work is a nightmare
the timesheet software is held together with tape
this spreadsheet has 47 tabs and no one knows why
the coffee machine at work is broken again, morale is at rock bottom
the office heating is either sahara or antarctica, no in between
badge reader won't let me in, I work here!!
automated phone menus are the worst invention of all time
"press 1 for billing" I don't want billing, I want a human
on hold for an hour with the bank, the music is burning into my brain
this hold music is going to haunt my dreams
the delivery app says delivered but there's nothing here
the parcel has been "out for delivery" for three days
courier left a "sorry we missed you" card while I was literally home
the package got left in the bin, cheers
smoke alarm battery chirping every 40 seconds, I'm going to lose it
the shower goes from freezing to scalding with no warning
the boiler's gone on strike, cold showers again
damp in the bathroom is back, never ending battle
the pipes froze overnight, no water till the plumber comes
our roof is leaking into a bucket, very cosy
loadshedding again during the match, eish
NEPA took the light again, generator on
power cut right as I was about to save my game
the fuse keeps tripping every time I use the kettle and toaster together
ants have invaded the kitchen, send reinforcements
wasps have built a nest in the shed, I'm not going in there
there's a wasp in the car and I'm having a crisis
a spider the size of my hand just walked across the lounge, I'm moving out
mosquitos had a feast on me last night
the flies this summer are relentless
seagull stole my chips right out of my hand, the audacity
the pigeons are back on the balcony, eviction notice served
the neighbour's car alarm has been going off for an hour
the house next door is being renovated, the drilling starts at 7am sharp
bin lorry woke me up at 6am again
the cat knocked my coffee over onto the laptop, she has no remorse
the dog ate my sandwich while I answered the door, betrayed
the puppy has chewed through the phone charger, third one this month
stepped on lego in the dark, pain beyond words
stubbed my toe on the bed frame, worst pain known to humanity
dropped my phone down the toilet, it's in a bag of rice now
lost my keys, again, they were in my hand
locked myself out of the flat in my pyjamas, classic
broke a nail opening a tin, devastated
my umbrella turned inside out in the first gust of wind
cheap umbrella lasted ten minutes, money well spent
ladder in my new tights within an hour, typical
the zip on my coat has broken, I'm just a cape now
my shoelace snapped on the way to the interview
coffee down my white shirt five minutes before the meeting
burnt the toast, burnt the rice, burnt my hand, it's one of those days
the cake sank in the middle, I'm calling it a crater cake
the bread didn't rise, it's a brick now
forgot to defrost the chicken, beans on toast it is
the smoke alarm goes off every time I cook, very supportive
overfilled the kettle and now there's water everywhere
the ice cream has freezer burn, devastating news
someone finished the milk and put the empty carton back
the biscuit tin is full of sewing stuff, the ultimate betrayal
the tv remote needs new batteries and we have none
the streaming service put my show behind another paywall, come on
buffering... buffering... buffering
the ads on this app are unbearable
my phone storage is full again, it's all photos of the dog
why does my laptop take ten minutes to wake up
the printer wants a software update before it'll print one page
every website wants me to accept cookies, I just want the recipe
the recipe blog made me scroll through a whole life story to find the ingredients
spam emails are out of control, unsubscribed from 40 lists
my inbox is a disaster zone
the auto-reply loop between two bots, beautiful chaos
game crashed right before the save point, 2 hours gone
the controller battery died in the middle of a boss fight, nooo
server maintenance during my day off, of course
the patch broke everything, nice one devs
my fantasy app crashed before the deadline, I'm furious at this app
autocorrect changed "on my way" to "on my wax" again, useless phone
who decided the charger cable should be one metre long
this tape measure is fighting me
the flatpack instructions are just pictures of a confused man
missing screw from the flatpack, of course
the allen key is the wrong size, I give up
DIY shelf fell off the wall, take two tomorrow
painted the wall and it looks like a crime scene, too much red
the glue gun has glued my fingers together
the tap drips all night, I can hear it in my dreams
the toilet keeps running, plumber is booked
the gate sticks every single time
my sat nav told me to turn into a river, no thanks
my car's check engine light is on again, what now
speed bumps every ten metres, my poor suspension
the ticket machine only takes exact change, who carries exact change
parking app wants a new account for every town, infuriating
this hotel pillow is basically a brick
the hotel wifi is a scam, £10 a day for dial up speed
aircon is broken and it's 38 degrees, melting
the heater only heats one square metre around itself
my glasses keep fogging up, can't see a thing
the printer is out of paper, the paper drawer is empty, the stationery cupboard is locked
our smart thermostat is dumber than a brick
the robot vacuum got stuck under the sofa again
the oven clock has been blinking 00:00 for three years
the extractor fan sounds like a dying walrus
this cheap blender can't even crush ice
the doorbell camera only records the postman's elbow
my e-reader froze on page 247 right at the twist
the game console needs a 40GB update before I can play
the telly has decided to turn itself off every 20 minutes
my fitness watch thinks brushing my teeth is a workout
the app logged my run as a car journey, thanks
this mouse double clicks every time, useless
the charging port on my phone is full of fluff
phone autocorrects my own name, come on
my laptop's battery lasts about as long as a sneeze
the office chair sinks slowly all day, like a sad elevator
the new software update moved every menu, I can't find anything
the website wants me to make an account just to look at the menu
this form has cleared itself three times, I'm done
the parking app needs an update at the exact moment I need to pay
the self service kiosk froze with my order half done
the contactless reader won't read my card, tapping like a woodpecker
the ticket barrier won't open and there's a queue behind me
sat nav is sending me down a farm track, no thank you
the tumble dryer has a mind of its own
the pressure cooker whistle gave me a heart attack
the ceiling fan wobbles like it's going to fly off
the bathroom door lock is jammed, I'm trapped with a magazine
the sofa bed is a torture device disguised as furniture
the boiler pressure drops every week, top it up, repeat
the garage door remote works when it feels like it
my phone keeps connecting to the neighbour's wifi, whose password we don't have
the cable box reset and lost all my recordings
my headphones died halfway through the podcast finale
my pen leaked all over my new bag, blue everywhere
the new shoes are giving me blisters on blisters
the cling film tore in a spiral again, I hate this stuff
the foil ripped and the roast is dripping everywhere
the bin bag split on the way down the stairs, lovely
the jar lid won't budge, I've tried everything
the fitted sheet refuses to be folded, it's a conspiracy
the milk carton spout is impossible to open, splashed everywhere
the toaster pops so hard the toast flies across the kitchen
my laptop keyboard is missing the letter n, typing is a nightmare
the new printer needs an app, an account and a blood sample to print a page
the washing machine beeps for ten minutes when it's done, I heard you the first time
this coffee grinder is louder than a motorbike
the smart bulb forgot it was smart and now it's just off
"""

LINES: list[str] = [line.strip() for line in _TEXT.splitlines() if line.strip()]
