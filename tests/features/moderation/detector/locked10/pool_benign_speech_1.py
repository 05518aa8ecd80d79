"""Hand-written benign counter-speech, negated hate, and reclaimed or homonym uses.

Written by hand for the locked10 held-out set (2026-12-06); see make_locked10.py.
"""

from tests.features.moderation.detector.locked10.blocks import parse_block

TEXTS: dict[str, list[str]] = {}

TEXTS.setdefault("counter", []).extend(
    parse_block(
        """
someone in ranked called me a faggot today, reported and blocked, not wasting energy
    on that
saying "immigrants are animals" is disgusting and i'm leaving any server that
    tolerates it
got called a paki on the bus this morning, first time in years, still shaking a bit
reported the guy spamming "gas the jews" in general, mods please check the logs
if your idea of banter is calling people the n word, you're not funny, you're a
    racist
people saying "trans women are men in dresses" in the replies, you're the problem,
    not them
my little brother got called a retard at school and came home crying, how is this
    still happening in 2026
just a reminder: "all muslims are terrorists" is hate speech and gets you banned
    here
clipped the guy who said "go back to your country" to my teammate, sent it to riot,
    hope they ban him
the amount of "women belong in the kitchen" comments under her stream is pathetic,
    report every one
whoever keeps writing chink in the lobby chat, you've been reported 4 times, enjoy
    the ban
called out my uncle at dinner for saying gypsies are thieves, family drama but worth
    it
"he's just joking" no, calling someone a tranny isn't a joke, it's harassment
we removed a user for saying black people are monkeys. zero tolerance, no appeals
if you see "14 words" or "1488" in a username, report it, that's nazi shit
apparently saying "gays shouldn't be teachers" is a hot take now. it's just bigotry
guy in vc told me to kill myself because i'm autistic. reported, blocked, moving on
mods, someone dmed me "dirty kike" after i mentioned hanukkah, screenshots attached
stop calling disabled people "useless eaters", that's literally nazi language
got a message saying women are property. blocked him and reported him to discord
    trust and safety
the streamer let chat spam "ching chong" for 5 mins and laughed. unfollowed and
    reported
don't say "spaz" in this server, it's a slur for disabled people, thank you
someone wrote "refugees should drown" on the noticeboard at uni, it's been reported
    to security
i'm so tired of seeing "dindu nuffin" in the comments, it's racist, stop it
heard a guy at the match calling our striker a monkey, stewards took him out, good
my mate was called a poof walking home last night, police have been informed
seeing "muzzie" in chat is not ok, that's a slur, mods please act
if someone says "all mexicans are rapists" in your server, ban them, don't debate
    them
a kid in my class said the holocaust didn't happen and the teacher corrected him
    properly, proud of her
had a customer call me a curry muncher today. manager banned him from the store,
    good on her
the comments saying "send them back" under the refugee story are vile
just reported a tiktok with the caption "trans people should be put in camps"
"it's just a word" - the n word has a history and using it at black players is
    racist, full stop
to the person who called me a dyke at the bus stop: i'm still here, still gay, still
    thriving
calling someone "mongoloid" in 2026 is actually insane, it's an ableist slur
reported the user who kept posting "the jews control everything", that's antisemitic
    conspiracy stuff
my daughter was told "you can't play football, you're a girl" by another parent. not
    having it
people who say "lesbians just haven't met the right man" need to log off forever
the guy got banned for saying "abos are lazy" in the aussie server, as he should
saw a swastika sprayed on the synagogue on my street this morning, community clean
    up at 4, come help
saying "it's not racist, it's just facts" before saying something racist doesn't
    make it not racist
to the guy who commented "black players ruin every team" under the match highlights:
    no, they don't, and the only thing you've ruined is your own reputation because
    i've screenshotted it and sent it to the club's anti-discrimination team
please stop calling people "retarded" in voice chat, i have a sister with down
    syndrome and it hurts
a stranger yelled "go back to china" at my mum in the supermarket. she's from
    singapore and has lived here 30 years
report any message with "kys" in it, that's not a joke to people who are struggling
the tweet saying "women are too emotional to vote" got ratioed into oblivion, as it
    should
shoutout to the mods who banned the raid that spammed "faggot" across every channel
    last night
he wrote "hindus drink cow piss" under my diwali photo. reported, blocked, happy
    diwali anyway 🪔
we don't allow "gay" as an insult here, it's not a synonym for bad
i got called a "sand n*****" at work and hr did nothing. escalating to a tribunal
disgusting to see people calling the victims "illegals who got what they deserved"
when someone says "troon" they are using a slur, don't pretend it's just slang
whoever spray painted "pakis out" on the mosque, the police have cctv of you
nobody should have to read "kill all the gays" on a gaming forum, reported to the
    site admins
my kid came home asking what a "dirty immigrant" was because a boy at school said it
    to his best friend, so we sat down and talked about it, and the school is now
    running an assembly, but it's depressing that 7 year olds are repeating it
reminder that "roasties" and "femoids" are incel slurs and get you banned here
"you're pretty for a black girl" is not a compliment
reported a discord server that was organising raids with the message "hunt the
    trannies"
reading the comments under the pride post: "groomers" "freaks" "mentally ill".
    report them all
teacher heard a kid say "you throw like a girl" and turned it into a lesson, love
    that
when my cousin came out, my aunt said "it's just a phase". it wasn't, and she
    apologised years later
the number of "ok but what was he wearing" replies to a rape victim is sickening
someone in the lobby kept saying "wetback" at the mexican player. i clipped it and
    reported
"old people should just die already" is not a hot take, it's cruel
if you hear "nigga" from a non-black player aimed at someone as an insult, report
    it, that's what the button is for
friendly reminder: "autistic" isn't an insult, stop using it like one
getting dms saying "go back to the desert" after my post about ramadan. blocked,
    reported
hate that "fag" is still so common in cod lobbies, mute and report every time
my mate got called a "gyppo" at school, teachers were useless, going to the
    governors
a guy just said "women shouldn't vote" in the general chat and got roasted by
    everyone, love this community
stop pretending "it's just banter" when your banter is calling someone a paki
the person who wrote "burn the mosque" in the reddit thread got reported to the
    police, good
tired of people telling my trans friend she "will never be a real woman". she's more
    real than you
anyone who says "blacks have lower iq" should read an actual study instead of 4chan
posting this because someone wrote "jews will not replace us" on the bus shelter,
    council notified
seeing "hang all the traitors" in political threads is scary, reported several
don't let anyone tell you disabled people are a "burden", that's eugenics talk
called out a coworker for saying "that's so gay" about a spreadsheet. he got it
i'm a nurse and a patient called me a "filthy foreigner" today. still did my job.
    still hurts
stop using "cracker" and "white trash" like it's fine. it's also racist
everyone who posted "lol chinese virus" in covid times, i hope you've grown up
a man on the train said "you people" to my dad and told him to speak english. i said
    something back
calling someone a "bitch" because she beat you in ranked says more about you than
    her
the abuse that footballer got ("monkey", banana emojis) after the penalty miss is a
    disgrace
not cool to call the new guy a "spastic" just because he's slow at the game, cut it
    out
if you think "rape" is a word for winning a game, please find another one
i had to explain to my 8 year old why someone wrote "n*gger" on the park slide.
    reported to council
found "gas them all" in the comments on a holocaust memorial video. youtube please
    do something
just want to say to everyone who was told "you're too old to game": ignore them, see
    you in the lobby
"islamophobia isn't real" said the guy while calling muslims rats. sure mate
a kid said "all indians smell" in my daughter's class and the school handled it
    badly
my grandma was called a "dirty chink" in the 70s, and now i hear kids say it
    casually online. stop
the user who posted the holocaust denial copypasta has been permabanned, thanks for
    the reports
yes i reported your "it's adam and eve not adam and steve" comment, no i'm not sorry
hearing people say "hijra" as an insult in my family makes me so angry, they are
    people
my caste is not an insult. stop calling people "chamar" as if it's a swear word
reported the account saying "katuas should be thrown out", spreading hate against
    muslims isn't patriotism
the "boong" comments on that footy post are racist, aussies we can do better
nobody deserves to be called "vermin" for fleeing a war. that kind of language came
    before genocides
whenever someone says "kill all men" as a joke, i think it's still not ok, and i'm a
    woman
i've been a moderator for 6 years and i've seen "go back to africa" more times than
    i can count. it never gets less awful
the ref was called a "mick" and "paddy" by the away fans, club should sanction them
he said "those people" and we all knew who he meant. racism doesn't need slurs
my teammate keeps saying "ez, you got raped" and i finally told him to stop, it's
    not ok
pinned: we will ban for slurs like "retard", "tranny", "fag", and the n word, no
    warnings
someone left a "no dogs no blacks no irish" sign replica in the office as a "joke".
    reported to hr
if your "joke" is about hitting women, it's not a joke
people calling her a "gold digging immigrant" need to look in the mirror
thanks to everyone who reported the troll spamming "white power" in the stream chat
i screenshot everything when someone calls me a "slant" in game. riot gets a lot of
    mail from me lol
stop saying "the gays are taking over". we're just existing
the comment "disabled people shouldn't have kids" under my wedding photo was removed
    by mods, thank you
i'm black and i don't want to hear "but i have black friends" after you said
    something racist
so disappointed in that streamer for saying "i'd never date a trans person, that's a
    man" on stream. unsubbed
long post but i need to say it: for three years i let people in this clan call me a
    paki and a curry muncher because i wanted to fit in, it wasn't banter, it was
    racism, and i'm done staying quiet, do it again and i'm reporting you
me: *mentions i'm from pakistan* random guy: "so are you a terrorist". blocked
"the elderly are a waste of nhs beds" is a vile sentence and you should be ashamed
getting harassed because i said i was a woman in vc, "get back in the kitchen" x20.
    muted and reported
if someone in your squad says "kill all muslims", don't laugh along. report it
flagging this for mods: user posted "the roma should be put in camps" in #politics
every time someone uses "gypped" i have to explain it comes from a slur against roma
    people
i used to say "that's retarded" until a friend explained why it hurts. changed my
    habit, you can too
my daughter was told "gay people go to hell" at a sleepover. we talked it through,
    she's fine, i'm furious
the guy who wrote "send them all home" under the vaisakhi parade photos got called
    out by half the town
ugh, "feminazi" again in the comments. disagree with feminism all you want but stop
    with the nazi stuff
they chanted "we hate jews" on the train after the match. video sent to the police
yes "beaner" is a slur. no, your mexican friend saying it's fine doesn't make it
    fine for you to yell it at strangers
the sign said "no gays allowed". the cafe closed after the backlash. good
reported a guy for saying "she deserved it" about a domestic violence victim
my son asked why someone would say "go back to where you came from" to him, he was
    born in leeds
i'm jewish and every time i mention it someone says "early life section". it's an
    antisemitic dog whistle, mods
mocking people's accents and saying "speak english or get out" isn't patriotism
that channel calling refugees an "invasion" and "swarm" is pushing hate, report the
    video
i saw "n-word pass" requests in the chat again. it's not a game, it's a slur
calling a woman a "whore" because she rejected you is abuse, not a comeback
local paper printed "migrant crime wave" with zero data. complained to ipso
just finished reading about the holocaust at school and someone said "shame they
    didn't finish". reported to the head
people saying "that's so autistic" to mean weird, please stop, i am autistic
reported a guy who said "trans people shouldn't exist". that's a call for erasure
the "ok groomer" replies every time someone posts about lgbt rights are exhausting.
    it's a smear, report it
to whoever called my friend a "window licker" in the park: he has cerebral palsy and
    more friends than you
"you're not like other indians" is not a compliment either
my black coworker got a note saying "know your place". we're going to the union
reported the forum post saying "albanians are all criminals", that's just xenophobia
my friend, who uses a wheelchair, got told "you should be in a home" by a stranger.
    unbelievable
chat was spamming "kekw he's retarded" at a streamer with a stutter. modded them all
saw "the only good muslim is a dead muslim" on a bumper sticker. reported the car to
    police, it counts as hate
mod note: the phrase "they're all the same" about any ethnic group will get you a
    timeout here
just blocked a guy who said "asian girls are so submissive". gross, objectifying and
    racist
after someone yelled "ladyboy" at my trans friend on the street, we reported it as a
    hate incident
people keep calling the new player a "pajeet" in chat. stop. he's 16 and just wants
    to play
so the comments on the irish language video are full of "potato famine" jokes. not
    funny, it was a famine
my local mp said asylum seekers are "criminals". they're not, and i've written to
    her
i'm done with people saying "women can't aim" in this game. the top 3 on our
    leaderboard are women
dear clan, if i hear "go cry to your boyfriend" one more time as an insult to a gay
    member, you're out
please stop using "mong" as an insult, my cousin has down syndrome and it's a slur
a teacher called my son's hijab-wearing classmate "ninja". parents are meeting the
    head tomorrow
someone wrote "white lives only" on the community board. taken down within an hour,
    thanks neighbours
saw someone in the reddit thread saying "trans people should be put in camps" and
    getting 200 upvotes before it was removed, if you're a mod anywhere please take
    that kind of thing seriously, we know exactly where that language has led before
don't reply to the guy posting "jews run hollywood", just report so mods can remove
    it
"""
    )
)

TEXTS.setdefault("negated", []).extend(
    parse_block(
        """
no one deserves to be hated for being gay
immigrants are not criminals, they're our nurses, drivers, neighbours and friends
trans women are not a threat to anyone, they just want to use the loo in peace
muslims are not terrorists and i'm tired of having to say it
being disabled doesn't make you a burden, it makes you a person who needs access
black people are not more violent, poverty and policing explain the stats
women aren't worse at games, they just get harassed out of voice chat
jews don't control the media, that's a century old conspiracy theory
refugees aren't an invasion, they're people running from bombs
there's nothing wrong with being bi, it's not a phase and it's not greedy
autistic people aren't broken, we just think differently
roma people are not thieves, that stereotype has been used to persecute them for
    centuries
old people aren't useless, my nan runs three charity shops and beats me at scrabble
you can't catch gay, it's not a disease
asians aren't robots, we have personalities, we're just tired from your nonsense
mexicans aren't rapists and never were, that line was always a lie
being trans isn't a mental illness, the who removed it years ago
no religion makes someone a bad person, people do that all by themselves
arabs are not all the same and certainly not all violent
nobody should be attacked for wearing a hijab, a turban or a kippah
lesbians are not just women who haven't met the right man, come on
gay people are not predators, that's a homophobic smear
there is no such thing as a race with a lower iq, that's pseudoscience
africa is not a country and africans aren't all poor, stop it
the travellers on my street are lovely, not every stereotype is true, actually none
    are
hindus are not a cult, just like any other faith it's diverse
not all men are trash, let's not become what we hate
white people aren't evil either, nobody is born guilty
indians aren't all scammers, there are a billion of us doing normal jobs
chinese people didn't cause covid, a virus did
polish workers aren't "stealing jobs", they're doing jobs
people with mental illness are not dangerous, they're more likely to be victims
being in a wheelchair doesn't make you less of a person
nonbinary people aren't attention seeking, they're just being honest about who they
    are
there's no shame in being born with down syndrome, my brother is the best person i
    know
no kid deserves to be bullied for their skin colour or their accent
catholic doesn't mean abuser and it's cruel to say it does
gay parents are not worse parents, decades of research say so
i don't think anyone should be deported for being poor
deaf people aren't stupid, they just don't hear you
migrants are not cockroaches, they are human beings
nigerians aren't all scammers, my nigerian friends are doctors, engineers and
    artists
not one of my muslim friends has ever been anything but kind to me
being a woman doesn't make you too emotional to lead
the elderly are not a waste of nhs beds, they built the nhs
you don't have to understand trans people to treat them with basic respect
atheists are not immoral, morality doesn't need a god
christians aren't all bigots, a lot of the ones i know run food banks
blind people don't need "looking after", they need accessible websites
people on benefits aren't scroungers, most are working or disabled or caring
being from the estate doesn't make you a criminal
sikhs are not muslims and neither deserves hate for their clothes
no, pakistanis aren't all groomers. stop repeating it
latinos aren't lazy, who do you think picks your food
kurds aren't terrorists, they're a people without a state
nobody should be ashamed of their accent, scouse, brummie, glaswegian or otherwise
fat people don't deserve abuse, that's not motivation it's cruelty
adhd isn't laziness and it isn't bad parenting
being gay is not a sin in my church, everyone is welcome here
albanians aren't all gangsters, albania is beautiful and the people are so
    hospitable
no, women don't "belong in the kitchen", they belong wherever they want to be
trans kids are not confused, they know who they are
aboriginal people are not a problem to be solved, they're the oldest living culture
    on earth
romanians aren't beggars, my romanian colleague is the smartest person on our team
no one is illegal
being queer isn't a trend
jewish people are not responsible for the actions of any government
people with schizophrenia are not monsters
young people aren't lazy, they just can't afford houses
boomers aren't all selfish, my dad volunteers every weekend
immigrants don't drain the economy, they pay in more than they take out
muslim women aren't oppressed by default, many choose to wear the hijab
you can disagree with a religion without hating its followers, and i don't hate
    anyone
disabled people aren't inspiration porn, they're just living
nobody deserves to be called a slur for who they love
somalis aren't ruining anything, they opened half the businesses on our high street
people with learning disabilities can and do live full lives
being bisexual doesn't mean you're confused
the irish aren't drunks, that's an old british stereotype
women gamers aren't fake gamers
no group of people is vermin, and anyone who says that is leading somewhere dark
black women aren't less attractive, that's just racism with a dating app filter
refugee kids aren't a drain on schools, they often outperform
"""
    )
)
