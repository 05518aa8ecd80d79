"""Hand-written reclaimed in-group self-descriptions and slur homonyms (benign)."""

from ._text import lines

RECLAIMED: list[str] = lines(
    r"""
Proud queer Nigerian living in Lagos. Yes, we exist 🏳️‍🌈
Dyke March this Saturday from the park, come and march with us!!
Just a fat dyke with two cats, a mortgage and a very good sourdough starter
Crip pride! Disabled, loud and loving life ♿
Me and my crip friends took over the accessible platform at the festival, best night ever
Us queers have to look out for each other, check on your friends this week
Two old poofs celebrating our 30th anniversary in Blackpool, still dancing
Yid Army! Come on you Spurs, what a win
The Great Chamar, proud of my roots. Jai Bhim 🙏
Listening to Danger Chamar on repeat, Ginni Mahi is an icon for our community
Proud hijra, proud Indian, dancing at my sister's wedding tonight
Khwaja sira and proud, first day at my new job in the NADRA office
Me and my niggas at the cookout, love y'all for real
My nigga Dre just got his PhD, so proud of you bro
Bad bitches only at my birthday brunch, wear pink 💅
Boss bitch energy today, closed three deals before lunch
SlutWalk Nairobi on Saturday, my body my choice, join us
Old school tranny here, out since 1989, still fabulous
Homos on the beach! Pride weekend in Brighton was glorious
Cripple punk forever, my wheelchair has more stickers than my laptop
Gimp life: wheelchair basketball practice tonight, come watch
Wogs Out of Work is still the funniest show, my Greek dad laughed till he cried
We're here, we're queer, and we're at the church potluck with a casserole
My queer book club is reading Chimamanda this month, new members welcome
As a gay Kenyan man, coming out to my mum was the best decision I ever made
As a fat girl, I'm done apologising for taking up space. Bikini season baby
Mad pride march today, mental illness is nothing to be ashamed of
Autistic and proud, my brain just works differently and I like it that way
Dykes on bikes leading the parade this year, I'm on the back of Jo's Harley
Hey fellow queers in Accra, we're having a quiet picnic Sunday, DM for details
Faggots and peas for tea tonight, proper Black Country grub
Ordered Welsh faggots from the butcher, gran's recipe with onion gravy
Gathered a bundle of faggots for the bonfire like my grandfather used to
Just nipped out for a fag and a cuppa, back in 5
Found an old fag end in the garden, the previous owners were smokers
Kaffir lime leaves are the secret to a good Thai green curry
Planted a kaffir lime tree in the garden, the smell is heavenly
Niger State governor visited our school today, the children were so excited
Niger Delta avengers? No, the Niger Delta football team won the tournament 😂
Oil spill in the Niger Delta again, praying for the fishermen
Montenegro was beautiful, the coastline is like a postcard
The Rio Negro meets the Amazon at Manaus, two rivers side by side
Dyke Road in Brighton is closed for roadworks again, take the detour
Walked the Devil's Dyke this morning, views over the Downs were amazing
In geology class we studied a dolerite dyke cutting through the sandstone
The old dyke holding back the sea in the Fens needs urgent repairs
Our kitchen is spick and span for Christmas guests
Our new Maine Coon kitten is already bigger than the dog
Shopping at Mong Kok night market in Hong Kong, bought too many gadgets
Scunthorpe United won at the weekend, the whole town is buzzing
Visited Penistone for a family reunion, lovely little market town
Our church trip to Clitheroe Castle was a great success
Found the first chink in his armour, he can't defend a corner kick 😂
Pansies are blooming in my window box, purple and yellow
Fairy lights up on the balcony, Christmas is officially here
Our bitch just had eight puppies, Labradors, all healthy, mum is tired
Need to change the tranny fluid on my old pickup this weekend
Mechanic says I need to retard the ignition timing a touch
Bought flame retardant curtains for the kids' room
Homo milk is on sale at the store this week, 2 for 1
Halloween spook walk at the castle on Friday, bring torches
Jacob's cream crackers with cheese and pickle, lunch sorted
Honky-tonk night at the bar, line dancing for beginners
Sprinkle nigella seeds on the naan before baking, trust me
The coolie at the station carried all four of our suitcases up the stairs, gave him a good tip
Started sambo classes at the gym, my whole body aches
Living in Coon Rapids, Minnesota for 20 years now, love this town
Kuldeep bowled a beautiful chinaman to get the wicket, what a delivery
Grandad served in Malaya in the fifties, he still tells stories about the jungle
Shoga yangu Amina, tuonane sokoni kesho asubuhi
Randi from church brought over a casserole after my surgery, what a sweetheart
Uncle Dick is turning 80, party at the Legion hall on Saturday
Great Aunt Fanny's scones recipe is still the best in the county
The cock crowed at 4am again, village life 🐓
Pussy willow branches in the vase, spring is coming
The slag heap from the old mine is now a nature reserve
A blue tit and a great tit at the feeder this morning, lovely
Shag carpet in my grandmother's house was bright orange, iconic 70s
Saw a shag drying its wings on the rocks at the harbour
The brass door knob on our front door finally fell off
My son plays hooker for the under 14s, got his first try today
Gaylord Perry was one of my dad's favourite pitchers
Cripple Creek in Colorado has the best old mining museum
Paddy fields in Kerala are so green after the monsoon
Thanks hun x see you at the weekend
Driving through Twatt in Orkney, yes it's a real place 😂
Cockburn family reunion in Edinburgh next month, 60 of us!
Cumming, Georgia has a lovely farmers market on Saturdays
Faggot bundles were used in old fortifications, fascinating history lecture today
Don't be niggardly with the olive oil, it's the whole point of the dish
The Gypsy Kings concert brought my parents back to their honeymoon in Spain
My Romani grandmother's stories are the best part of every family gathering
Proud Traveller girl, first in my family to finish university
Jewfish is what my grandfather called the goliath grouper, he caught one in 1962
Hooker Oak in Chico was a massive tree, my grandparents took photos there
Spooky season has started, pumpkins on every doorstep
The retarder on the lorry failed going down the hill, thank God the brakes held
Lesbian and proud, my wife and I just celebrated our tenth year together
Bi and proud, no I'm not confused, yes I'm bringing snacks
We're taking back the word queer, it's printed on our Pride banner this year
Black Country faggot sandwiches at the market, don't knock them till you've tried them
Nigerian gay man, 38, happily married in Toronto. Mama finally came to visit us
"""
)

NONPROTECTED: list[str] = lines(
    r"""
This printer is a useless piece of junk, jammed five times before 9am
I hate Mondays with every fibre of my being
My laptop is a worthless brick, died in the middle of my presentation
This Lagos traffic is pure evil, I want to burn every yellow bus
Windows update you absolute scumbag, I was in the middle of something
Arsenal are a disgrace, that defending was criminal 😤
Man United should be relegated, absolute shambles of a club
Chelsea fans are the most deluded people on earth 😂
Kill this heat, 40 degrees in Lahore is not normal
This rain can go to hell, third day without sun in Manchester
My phone battery is a lying trash heap, 40% to dead in two minutes
NEPA is the most wicked company in the world, how can light go six times in one day
I could murder this bloody washing machine, flooded the kitchen again
Our internet provider is run by clowns, third outage this week
That referee should be banned for life, blind as a bat and twice as useless
Pakistan's batting today was pathetic, they should all be dropped
The Kenyan Harambee Stars defence was a joke tonight
Black Stars played like headless chickens, shameful
Super Eagles coach should be sacked immediately, useless tactics
Stupid me, locked my keys in the car again. What an idiot I am
I'm such a moron, I sent the message to the wrong group 🤦🏾‍♀️
Damn this diet, I'm starving and angry
Capitalism is a scam and the rich know it
Hustle culture is toxic nonsense, rest is not laziness
Homework is evil and teachers know it 😂
This bank app is garbage, crashed every time I try to transfer
Airtime is so expensive now, these network companies are thieves
MTN is a scam company, how did my data finish in one hour?
Safaricom data bundles are daylight robbery
Jio network is the absolute worst in my building
Parking at this hospital is a rip-off, 5 pounds an hour is criminal
The council are a bunch of useless clowns, pothole still not fixed after 6 months
Our government is rotten to the core, every single minister
Politicians are liars and thieves, the whole lot of them
That new law on data tax is pure wickedness
My car is a rusty death trap, need a new one soon
This flu is trying to kill me, stuck in bed with a fever
My knees are destroyed after that hike
Stupid autocorrect keeps changing my name to Dungeon
I hate spiders, kill them all with fire 🕷️🔥
Mosquitoes should be wiped off the face of the earth
Cockroaches in the kitchen again, declaring war tonight
Rats ate through the maize sacks again, setting traps everywhere
The monkeys stole our picnic at Kalimani, cheeky thieves
That goat ate my tomato seedlings, I'll turn it into pepper soup 😂
Pigeons on my balcony are ruthless, they have no respect
Traffic police on this road are worse than robbers
That movie was garbage, three hours of my life wasted
This new album is trash, worst thing they've ever released
Pineapple on pizza is a crime against humanity
Whoever invented alarm clocks deserves a slap
Instant noodles are poison but I can't stop eating them
Self checkouts are the devil's work, unexpected item in bagging area my foot
The 5:40 train is a disgrace, late every single day this week
This humidity is disgusting, I'm melting in Mombasa
Dust in Abuja during harmattan is a menace, my sinuses are dead
Load shedding is killing businesses, the power company should be ashamed
Crypto is a scam for fools, I lost 300 dollars learning that lesson
Reality TV is rotting our brains
My maths exam destroyed me, I want to cry
My boss's idea is the dumbest thing I've heard all year
This password policy is idiotic, 16 characters and a symbol every month?
The printer at work is possessed, I swear
Bloody hell, the kettle broke again, how am I supposed to survive
My old lawnmower finally died, rest in pieces you stubborn thing
Java is an ugly language and I will die on this hill
Excel crashed and took my whole spreadsheet with it, kill me now
Fuck this flat tyre, second time this month
Shit weather for a wedding, but we danced anyway
What a crap week, glad it's Friday
The dentist drill is pure torture
Inflation is strangling us, prices doubled in a year
Fake news sites are a cancer on the internet
The landlord's leaky roof is a disgrace, will report to the council
This heatwave can get lost, I'm done
Yet another scam call today, these fraudsters should be locked up
Spam emails should be a criminal offence
My procrastination is my worst enemy
Tottenham bottled it again, absolute cowards on the pitch
The Yankees bullpen is a dumpster fire this season
"""
)
