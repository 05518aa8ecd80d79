# ruff: noqa: E501
"""Benign chatter, part C: dark humour about one's own life, gossip, neutral crime/war/news talk,
fiction and game lore with violence, medical talk, and a few long rambles.

One text per line. Hand-written for valset3; see make_valset3.py.
"""

_DARK_HUMOUR = """
my plants keep dying. i am the grim reaper of succulents
bank balance: £3.47. dinner: vibes
my will is just a list of people who owe me money
when i go, put "she should've seen a doctor sooner" on the headstone
my therapist says i use humour to cope. anyway how's everyone's apocalypse going
i'm not saying my cooking is bad but the smoke alarm cheers me on
at this point my sleep schedule is a war crime
my back hurts, my knees hurt, i'm 27, this is fine
if i had a pound for every bad decision i could finally afford therapy
rolled my ankle walking on flat ground. nature is healing, i am not
single so long my phone autocorrects "date" to "data"
my love life is a crime scene with no suspects
i'm the family disappointment but at least i'm consistent
funeral plans: rainbow road music, and launch me from a trebuchet
i'm 34 and my bones sound like bubble wrap
got dumped by text. at least he used full punctuation
my last brain cell is working overtime and demanding a union
ah yes, the weekly existential crisis, right on schedule
started a diet, ended the diet, buried the diet in the garden
i'd say my life is a joke but jokes have a punchline
my savings account called, it wants to see other people
the only thing i'm running is late
when the doctor says "hmm" and you start mentally drafting your eulogy
day 3 of unemployment: i've named the pigeons on my balcony
my own mother described me as "a lot" in a christmas card
i put the fun in dysfunctional 🙃
my insomnia and i are in a long-term relationship and it's toxic
survived another family christmas. casualties: my sanity and a gravy boat
my emergency fund is a jar containing a button and a raffle ticket
dating apps are just job interviews where nobody ever gets hired
my hairline is in witness protection
held together by iced coffee, spite and one hairband
surviving on caffeine and poor decisions since 2009
as a treat i'll let myself go to sleep before 2am. jk i won't
tried to be a morning person once. the morning won
doctor said cut down on stress so i cancelled the follow-up appointment
turned 40 and my body sent a formal letter of complaint
eulogy draft: "she had a lot of tabs open"
not lazy, just permanently in energy-saving mode
the only six-pack i'll ever have is in the fridge
"""

_GOSSIP = """
the tea in the office today 👀 janet and mark are NOT speaking after the christmas party
my cousin's wedding turned into a full daytime talk show, the best man read out texts
y'all the drama in the book club is insane, someone called the ending "mid" and carol walked out
apparently the neighbours are divorcing over a hedge. a HEDGE
not the influencer getting caught using a filter on a sunset 💀
the parish council meeting went nuclear over the new bin colours
my ex is dating my old dentist and honestly good for them both
whole school group chat is in flames because someone's mum posted the wrong PTA date
he cheated on her with her sister AND got the dog? messy messy messy
the allotment society is at war over who owns the wheelbarrow
just found out why sue left the choir and i need a lie down
my aunt unfriended my mum over a trifle recipe, we are a normal family
influencers scrapping in the comments again, grab the popcorn 🍿
reddit is losing it over that AITA post about the wedding cake
the HOA lady is out here measuring grass with a ruler again
drama alert: someone saw tom's car outside emma's at 2am and the whole street knows
the discord mods are beefing with each other in public and it's amazing
the online spat between those two authors is the best writing they've done all year
kpop fandom civil war, stan twitter is unsurvivable today
bake off contestant used shop-bought pastry, scandal of the century
gran heard about the engagement on facebook before anyone told her, fireworks
the uni society election was rigged by one guy with 40 alt emails, democracy is dead
my landlady is secretly feuding with the landlady next door and i'm the messenger now
did you see what she wore to the met gala, iconic or tragic, i genuinely can't decide
the whole village is talking about the vicar's new motorbike
my friends are fighting over the window seat for a 40 minute flight
the reality show reunion was carnage, three walkouts and a thrown wig
apparently the band split because the drummer put ketchup on everything
someone's been nicking yogurts from the office fridge and HR is involved now
"""

_NEWS = """
reading about that 1970s bank job where they tunnelled under the vault, wild story
ceasefire talks resumed today, hoping it actually holds this time
the documentary on the zodiac killer is so well made, still unsolved after all these years
another stabbing in town this week, stay safe out there everyone
heartbreaking news from the earthquake zone, donating what i can
my grandad served in the falklands, he never talks about it
true crime podcast recs? just finished the one about the poisoned wedding cake
the verdict came in: 12 years for the fraudster who ran the pension scam
watched a lecture on the siege of leningrad, the starvation numbers are unimaginable
police are appealing for witnesses after a robbery on the high street last night
remembrance sunday. thinking of everyone lost in the wars 🌺
the trial of the cartel boss is getting wall-to-wall coverage, 8 weeks in
visited the holocaust memorial in berlin today, everyone should see it once
wildfire evacuations moving closer to my sister's town, keeping everyone in my thoughts
interesting thread on how drone warfare has changed the front lines
studying the rwandan genocide for my history dissertation, heavy going
someone got carjacked at the services near us, police helicopter was up for hours
the news about the school shooting makes me feel sick. thinking of the families
just read how scammers are cloning relatives' voices, warn your parents
crime in my area actually dropped last year according to the council report
podcast about the 1996 manchester bombing and how the city rebuilt, really moving
war photography exhibition at the museum is harrowing but important
gang violence is up in the city centre, the new youth centres can't come soon enough
my uncle worked the 9/11 recovery and still has the cough
the assassination of archduke franz ferdinand basically came down to a wrong turn. history is absurd
reading the court report on the fraud case, he laundered millions through a fake bakery
the hijacking drama on netflix is based on a true story, tense stuff
sanctions announced today, markets dipped, my pension is crying
the genocide convention was adopted in 1948, tomorrow's seminar covers its drafting
protests turned violent outside parliament, 14 arrests according to the news
bought a book on cold war spy swaps, turns out the bridge film was based on a real one
hostage released after 400 days, her family's interview had me in tears
the missile strike hit a hospital, the footage is awful
local man jailed for stealing 200 garden gnomes, headline of the year
did a jack the ripper walking tour, the guide was brilliant and very grim
terror threat level lowered to substantial, whatever that means for the commute
my dissertation is on ww2 propaganda, drowning in pamphlets
"""

_FICTION = """
in chapter 12 the queen poisons her own brother and i screamed
the red wedding still haunts me years later
writing a fantasy novel where the villain burns the capital to the ground, chapter 3 done
hot take: darth vader force-choking people over minor admin was peak middle management
the witcher beheading the striga was so well animated
d&d tonight: our bard seduced the dragon and the barbarian decapitated it anyway
my warlock just sold his soul for +2 charisma, worth it
in the lore the emperor wiped out an entire elven city and nobody ever mentions it
rewatching breaking bad, walter white is such a menace
the murder mystery party was a hit, the butler did it (it was my dad in a bowtie)
reading macbeth for the third time, still obsessed with the "out, damned spot" scene
my dnd character's backstory: orphan, revenge quest, owns a pet frog
the zombie outbreak in my novel starts in a vegan cafe, i don't make the rules
resident evil lore is unhinged, a mansion full of bioweapons and piano puzzles
the final season killed off everyone i loved, i'm in mourning
halo lore: the flood is genuinely one of the scariest things in gaming
writing the scene where the rebels storm the fortress, 4000 words of carnage
john wick 4 body count was absurd and i loved every minute
just finished the hunger games again, district 12 deserved better
the horror film had a guy living in the attic for 20 years and now i can't sleep
agatha christie really said everyone did it
my sci-fi villain wants to blow up the sun over a bad review, relatable
our campaign's necromancer raised an army of skeletal chickens and it's the best thing ever
anyone else think sauron was just bad at delegating
watched squid game, the glass bridge episode wrecked me
the vampire in my book drinks from blood bags like a capri sun
lore drop in the new expansion: the old king was assassinated by his own knights
holmes and moriarty at the waterfall is top-tier fictional showdown
kratos ripping gods apart is still the most satisfying gameplay loop
hamlet is a guy who should've gone to therapy and instead everyone died
the ending of the mist is the bleakest thing i've ever watched
my players tried to bribe the lich with biscuits and it worked
"""

_MEDICAL = """
had bloods taken today, the nurse said i have "bouncy veins", whatever that means
day 2 post-op, the stitches itch like crazy
the booster knocked me out for a day, arm still sore
colonoscopy prep is the worst thing i have ever drunk
gp finally referred me for the lump, scan next week 🤞
tested positive for covid again, round 3, sofa time
any tips for recovering from a c-section? 3 weeks in
broke my wrist skateboarding, cast is purple at least
dad's chemo starts monday, we're all rooting for him
iron infusion today, feeling like a new woman
stage 2 and the oncologist says it's very treatable. crying happy tears
epidural wore off during the stitches. i have seen god
mental health check: 6 weeks on sertraline and it's finally kicking in
wisdom teeth out, looking like a hamster
the physio said my hamstring is "basically a guitar string" and then tried to play it
suicide prevention training at work today, really important, save the helpline number in your phone
blood pressure was 150/95, doc wants to start me on meds
ECG came back normal, panic over
donating blood tomorrow, first time, wish me luck
my sister's having a below-knee amputation next month, she's already choosing prosthetic colours
ADHD diagnosis at 32 and my whole life suddenly makes sense
the dermatologist froze off a wart with liquid nitrogen and i made a noise like a kettle
post-surgery drugs are wild, i told the nurse she had kind eyebrows
cardiac rehab week 3, walking 2k without stopping now
the needle for the lumbar puncture was enormous but it was over quick
"""

_RAMBLES = """
ok so update on the great kitchen war: flatmate A labelled her oat milk, flatmate B drank it and "replaced" it with cow's milk in the same carton, and now there's a rota, a whiteboard and a passive-aggressive post-it on every shelf. i live in a sitcom
genuinely cannot believe i drove 3 hours to watch us lose 4-0 in the pouring rain, got soaked, lost my scarf, ate a pie that was 90% air, and i'll do it all again next saturday because apparently i love this club more than myself
my little brother spent the whole summer telling everyone he was going to "absolutely end" me at fifa and today he finally did, 6-1, and made me sign a piece of paper admitting it. it's on the fridge. mum laminated it
three weeks into the new job and i've set off the fire alarm with popcorn, called my manager "mum" and replied-all to the entire company with a picture of my cat. they haven't fired me yet so honestly i think i'm thriving
my nan has been watching crime documentaries nonstop since grandad passed and she now knows more about blood spatter analysis than most detectives. we've asked her to stop explaining it at sunday lunch. she will not stop
"""

CHATTER_C = [
    line.strip()
    for block in (_DARK_HUMOUR, _GOSSIP, _NEWS, _FICTION, _MEDICAL, _RAMBLES)
    for line in block.splitlines()
    if line.strip()
]
