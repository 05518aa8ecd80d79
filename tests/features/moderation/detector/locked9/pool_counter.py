"""locked9 benign pool: counter-speech that quotes, reports or condemns hate.

Several texts quote real slurs or hateful sentences in order to criticise them.
"""

from __future__ import annotations

from .poolutil import lines

COUNTER = lines("""
someone called me a paki on the bus today and i'm still shaking
some guy in the lobby typed 'all muslims are terrorists' and the mods did nothing. reported
saying 'immigrants are animals' is disgusting and you should be ashamed
my son came home crying because a kid called him a faggot. we're meeting the head tomorrow
got called a chink at the supermarket in front of my kids. 2026 and this still happens
reported a user for posting 'gas the jews'. please don't scroll past this stuff, report it
'go back to your country' — i was born in leicester, mate
the amount of 'trannies are groomers' comments under that video is horrifying
if you use the n-word in this server you're banned, no second chances
my grandad was called a wog every day at work for 30 years. he never once hit back
to whoever spray painted 'no blacks' on the community centre: you are a coward
calling disabled people 'retards' isn't edgy, it's cruel. do better
heard a man yell 'dirty gypsies' at a family at the park. i told him to jog on
'they breed like rats' is literally nazi propaganda language, look it up
the comments on that refugee story are full of people calling them cockroaches. vile
we need to talk about how normal it's become to say 'muslims are a cancer' online
a teacher at my old school called us 'curry munchers'. nobody did anything. i'm reporting it now
being called a dyke for holding my girlfriend's hand on the tube, lovely start to the day
the man who shouted 'kill all gays' at pride got arrested, good
please stop saying 'that's so gay' when you mean something's bad
someone left a note on my car saying 'go home spic'. i've lived here 20 years
reading nan's diaries from the 60s, signs saying 'no irish no blacks no dogs'. never again
'abos are all drunks' — heard this at a bbq last night and i'm done being quiet about it
when someone says 'jews control the media', that's an antisemitic conspiracy theory, full stop
my hijabi sister got called a 'towelhead' at uni today. she's 19
the word 'coon' is a racial slur, not a 'joke', uncle. stop
football fans making monkey noises at players in 2026. ban them for life
'deport them all' isn't a policy, it's cruelty with a slogan
i've been called 'kike' more times this month than in my whole life. something's changed
seeing 'rapefugees' trending made me feel sick. these are people fleeing war
mods pls ban the guy in general who keeps posting 'women belong in the kitchen'
this tweet saying 'pakis ruin every town' has 10k likes. what is wrong with people
my trans friend got called 'it' by a shop assistant. she left in tears
'hindus are savages' — saw this in a comment section and just, no. hate is hate
to the man on the train telling a nigerian lady to 'go back to the jungle': everyone saw you
when i was 12 someone wrote 'fag' on my locker. today i'm married to the love of my life
i don't care if it's 'just banter', calling someone a 'paki' is racist
saw a post calling aboriginal people 'a plague' and my blood boiled. reported
'send them back on the boats' — people say this about kids. actual children
this is your reminder that 'all mexicans are criminals' is a lie that gets people killed
the guy in my game screaming the n-word at a 14 year old got a permanent ban, thank god
called a 'sand n*****' at the petrol station. i'm sikh. he didn't even get the racism right
please stop calling autistic kids 'spastic' in the comments, my son reads these
my dad was beaten up in the 80s by skinheads shouting 'paki bashing'. this stuff isn't history
'they're not people, they're vermin' — a sitting MP said this about asylum seekers. disgraceful
i'm deaf and someone called me 'retarded' for not hearing them. it's 2026 people
the 'great replacement' is a racist conspiracy theory. it's what the christchurch shooter believed
'the only good refugee is a drowned one' is not free speech, it's a call to murder
in my village someone wrote 'chamar' on a dalit family's door. caste hate is hate too
hearing 'katua' thrown around at my college makes me sick. muslims are my friends and neighbours
'love jihad' is a hate myth used to target interfaith couples, don't fall for it
a guy in my clan said 'retards shouldn't be allowed to play'. kicked him
the amount of 'women are too emotional to lead' comments on that PM's post. yikes
this comedian's 'gypsies steal' bit isn't edgy, it's the same tired racism
i was called a 'nip' at work. HR called it 'banter'. i'm escalating
let's be really clear: 'gas the kikes' is a genocidal slogan. zero tolerance
reported 40 accounts today all posting '1488'. the report button works, use it
'go back to africa' — my family has been here since 1702, sir
when ppl say 'hitler had the right idea' in chat i leave and report. every time
my little brother learnt the word 'faggot' from a youtuber. we had a long chat about it
screenshotting every 'bring back hanging for gays' comment for the police. they'll hear from me
can we stop pretending 'chinese virus' wasn't a racist phrase that got grannies attacked
saw 'no dogs no indians' recreated as a 'joke' meme. not funny. never funny
i teach year 8 and heard 'you're so autistic' as an insult 6 times today. exhausting
the stadium chanted 'yid army' and i still don't know how i feel about it
if someone calls your mate a 'poof', say something. silence is how it keeps going
'it's just a joke' says the man who called my mum a 'curry muncher' at her own work party
people writing 'muzzie' in the comments of a charity bake sale post. what is wrong with you
a lady told my daughter her hijab made her look like a 'terrorist'. she is SEVEN
thank you to the bus driver who kicked off the bloke shouting 'chinky' at me
'trannies should be shot' is a death threat and i'm sick of platforms pretending it isn't
hate speech like 'muslims breed like rabbits' leads to real attacks, history shows it
being called a 'wetback' by my own manager. documented everything. lawyer on monday
report, block, move on. don't give 'jews are rats' accounts the engagement they want
don't let anyone tell you 'dalits should know their place' is culture. it's discrimination
my chemistry teacher said 'women can't do science'. i'm now a chemist. bye
racist graffiti saying 'wogs out' on our mosque again. community is cleaning it up together
stop calling ppl 'retarded' in this discord, we have disabled members, final warning
this thread is full of people saying 'lesbians just need a real man'. block them all
'i'm not racist but...' is always followed by something racist
the phrase 'rivers of blood' should not be trending. we know what it means
read the comments on that gay couple's wedding video and lost all faith. 'disgusting freaks' x100
told my racist uncle that 'blacks are more violent' is a debunked myth. he didn't like it
'you people' is doing a lot of work in that sentence, karen
someone shouted 'bloody foreigners' at my nan. she's lived here since 1962
just read a post that called refugees 'parasites' and i had to put my phone down
the n-word has no place in our community games. reported the player, hope he's banned
to everyone who messaged me 'kill yourself tranny': i'm still here, and i'm thriving
our club has zero tolerance for homophobic chants like 'does your boyfriend know you're here'
'beaners' isn't a cute nickname, it's a slur. ask literally any mexican american
watched a doco on the rwandan genocide. it started with radio calling people 'cockroaches'
i'm so tired of hearing 'typical woman driver' every time i park
dear moderators, the user 'xX_purge_Xx' is posting 'kill all muslims'. please act
'asians can't drive' jokes are not funny, they're just lazy racism
when i hear 'those people' i already know where the sentence is going
this user's bio literally says 'deport all blacks'. how is this allowed
my neighbour called my autistic son a 'mong'. i've reported it to the council
'roma are thieves by nature' is eugenics talk. call it out
i can't believe my aunt shared a post saying 'indians are filthy'. we are indian, aunty
whoever keeps leaving 'no gays' stickers around the uni campus — we see you and we reported you
a youtube comment called my disabled brother 'a burden on the state'. he pays more tax than you
being muslim on the internet means reading 'deport them all' under every single post
the chant about 'bombing mosques' at that rally should have been stopped by police
stop sharing that video with the caption 'animals'. they are human beings
'all lives matter' crowd suddenly quiet when someone posts 'hang the blacks'. weird
to the moderator who removed the 'jews did 9/11' post within minutes: thank you
our school assembly today was about why calling someone a 'spaz' hurts. proud of the kids
saw a 'muslims out' banner at the footy. reported it to the club and the AFL
that comedian saying 'trans people are mentally ill' isn't 'brave', he's punching down
hearing 'chink' in a playground in 2026. parents, talk to your kids
no, 'they're just economic migrants' doesn't justify calling them 'swarms'
people calling the flood victims 'lazy blacks' in the comments is unreal. report them
'she was asking for it' is victim blaming and rape apologism. full stop
i got called a 'gora' as a kid in india and a 'paki' as a teen in england. racism is everywhere
my mum was spat on and called a 'dirty jap' in the 80s. we still talk about it
he said 'kill all the immigrants' as a 'joke' at the christmas party. HR is involved now
the post that said 'disabled people should be euthanised' got 2k shares. sickening
'real men don't date trans women' isn't a preference, it's transphobia wearing a costume
i stood up to a bloke calling a lady a 'dirty gyppo' at the market. more of us should
'the holocaust never happened' — my great-grandmother's tattoo says otherwise
to the person who called me a 'nigger' in ranked: i have your gamertag and i reported it
seeing 'abo' in comments on an indigenous artist's page. absolutely vile, reported
it's not 'political correctness' to refuse to call people 'coons'. it's basic decency
saying 'lock up the gays' isn't a religious opinion, it's persecution
'muslim invasion' headlines are how hate crimes get a green light. do better, media
our imam got a letter saying 'we'll burn your mosque'. police are investigating. stay safe all
people saying 'that's retarded' in 2026 need a new vocab, seriously
my daughter's classmate called her a 'dothead'. we're using it as a teaching moment for the class
gym bro said 'fags shouldn't use our changing rooms'. told him to leave, management backed me
'speak english or go home' — she was speaking welsh, in wales
bro i'm not laughing at your 'jokes' about 'chinks eating dogs'. stop
someone painted a swastika and 'juden raus' on a synagogue near me. we're holding a vigil tonight
i'm bi and people still say 'bisexuals are just greedy' to my face. it's tiring
a parent at pickup said 'those refugees should go back'. my kid's best friend is a refugee. sad
calling someone a 'retard' because they're bad at fortnite is ableist, just say they're bad
'send her back' chants at a rally — we've seen where this goes
just blocked an account that replied 'poofter' to every single pride post
my colleague said 'you lot are all the same' about pakistanis. i'm pakistani. i'm raising it
i'm disabled and being called 'cripple' online every day is exhausting. be kind
'immigrants steal our jobs' is a myth that's been debunked for decades
there is no such thing as 'a few good ones' — that phrase is racist in itself
someone typed 'go back to the rice fields' in my stream chat. mods banned them instantly 🙏
remember that 'muslims are all terrorists' comments get real people hurt
my son's football coach called another player 'a little gypo'. he's been removed. good
'women are objects' was the caption. on a video of a teenage girl. reported and blocked
my colleague keeps saying 'typical pikey' about the cleaner. i've had enough, going to HR
the n-word in a song lyric is not the same as you yelling it at a black kid, sit down
someone wrote 'die fag' under my coming out video. i deleted it and called my mum. i'm okay
being told 'you're pretty for a dark girl' is not a compliment, aunties
a customer called me a 'stupid paki' over a parking ticket. i'm bangladeshi, for the record
'aids is god's punishment for gays' — my pastor said this in 1995. he apologised last year
there's a petition to remove the 'retard' jokes from that sitcom episode, signed
my students asked why people write '88' online. we had a good lesson about coded hate
we ran a workshop on how 'just asking questions' about jews is how antisemitism spreads
people calling the rohingya 'cockroaches' is exactly the language that preceded the massacres
just saw 'womp womp, another dead migrant' as the top reply. humanity is cooked
called out my mate for saying 'no homo' every five seconds. he actually listened
to the lads shouting 'go home' at the polish shopkeeper — he IS home, he's lived here 15 years
'kill the boer' and 'kill the jews' chants are both calls to violence, condemn both
my aussie cousin still says 'boong' and thinks it's fine. it isn't, and i told him so
""")
