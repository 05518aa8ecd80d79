# ruff: noqa: E501
"""Hand-written counter-speech that quotes, reports or condemns hate (benign/counter).

Many quote the exact hateful words being criticised. One text per line.
"""

COUNTER = """\
someone called me a paki on the bus today and i'm still shaking
a guy shouted "go back to your country" at my mum in tesco. she's lived here 40 years
saying "immigrants are vermin" is disgusting and we should call it out every time
reported a user for posting "muslims are terrorists", please do the same
my son came home asking what a faggot is because a kid at school called him one. heartbroken
if you think "gays are a disease" is an opinion, you're the problem
a customer called my colleague a nigger today. manager did nothing. i quit
"women are too stupid to vote" — saw this on my feed with 2k likes. what is wrong with people
stop calling people retards, it's 2026
the man at the bar kept saying trannies are perverts, we left and reported him to staff
being called a chink in the playground at 7 stays with you forever
"all jews control the banks" is a centuries-old antisemitic lie, don't repeat it
calling refugees "cockroaches" is exactly how genocides start. history is clear on that
got called a dyke walking home holding my girlfriend's hand. not letting it stop me
the comments under that article are full of "deport them all". shameful
someone spray-painted "gas the jews" near the synagogue. police have been informed
no, "typical woman driver" isn't a joke, it's just sexist
my dad called the neighbours gypsies like it's an insult. had a long talk with him
the guy in the match chat kept spamming the n-word. reported, blocked, moving on
"they breed like rats" is dehumanising language and it has no place here
today a stranger told me people like me should've been aborted because i use a wheelchair
if your joke only works because it calls someone a spic, it's not a joke
I'm tired of seeing "trans people are mentally ill" in replies. they're people. leave them alone
mods, the user @grimreaper88 just posted "kill all muslims" in the general room, please ban
he called her a "dirty gypsy" in front of the whole class and the teacher laughed. unacceptable
my grandad still uses the word "coloured" and says worse when he's angry. we're working on it
the phrase "rapefugees" is pure bigotry dressed up as concern
people shouting "faggots burn in hell" outside pride. we drowned them out with music 🏳️‍🌈
can we stop pretending "all lives matter" replies are innocent
a bloke at work said "the holocaust was exaggerated". HR is now involved, as they should be
calling someone a "window licker" because they're disabled is cruel, full stop
"he's pretty smart for a black guy" is not a compliment
was called a terrorist for wearing a hijab at the airport. smiled and walked on but it hurts
please stop using "gay" to mean rubbish, my little brother is gay and he hears it
the "great replacement" is a racist conspiracy theory and people have died because of it
heard "go back to africa" at the football tonight. club needs to ban these fans for life
there's no such thing as a "good slur". stop using kike, even ironically
this thread is full of people calling mexicans rapists. i've reported about 30 of them
someone DM'd me "die tranny" after my post. this is why we need better moderation
he said asians "all look the same". i told him that's racist and he got defensive
"muslims should wear badges" — do you hear yourself? that's literally what the nazis did
if you say "i'm not racist but" the next bit is usually racist
kid in my class called another kid a "mong" and i sent him to the head. zero tolerance
that politician just called migrants "an invasion". words like that get people hurt
pretty sure "sand n-word" isn't banter, gary
to everyone who sent me "go back to poland": i was born in swindon
reporting this account — every post is "jews did 9/11" garbage
quoting so the mods can see: "hang every fag from a lamppost". please remove
if you've ever said "that's so retarded" think about who's listening
my teacher used to call me "the little paki" in front of everyone. i'm 40 now and i still remember
as a jewish person, "(((they)))" in your bio isn't subtle. blocked
a man on the tram shouted "chinese virus" at me and my daughter. nobody said a word. please say something next time
people who call trans women "men in dresses" never actually talk to trans women
"typical pikey" is a slur against travellers, the same as any other slur
stop calling autistic kids "broken". my son is autistic and he's brilliant
hearing "the blacks in this area" from my own uncle at christmas dinner was gross. i left
people who say "gays shouldn't adopt" should meet my two dads
i got told "speak english, this is england" while speaking welsh. in wales.
this video of a guy calling a bus driver a "dirty immigrant" needs to go viral so he's identified
"go home terrorists" painted on the mosque door. our community cleaned it by noon ❤️
the word "tranny" is a slur. not edgy, not funny, just a slur
kids chanting "build the wall" at latino classmates is learned behaviour. talk to your kids
reminder: "women belong in the kitchen" is not a personality
my coworker keeps saying "you people" to me. i'm documenting it
the whole "disabled people are a burden" take is eugenics with a fresh coat of paint
"homosexuality is a sin and they'll burn" was the sermon. i walked out. proud of myself
called a "dirty jew" on the way to school at 12. still remember every word
anyone who uses "groomer" as a slur for gay teachers needs to look in a mirror
I'm reporting every comment that says "send them back". this is a refugee support page
just because you call it "banter" doesn't make "paki" okay
"it's just a word" — tell that to the people it was shouted at while they were beaten
heard someone call irish travellers "knackers" today, ugh
remember when a whole arena booed and chanted "monkey" at that player. never forget, never repeat
my mum was told "you're too dark to work front of house". we're taking them to tribunal
people claiming "trans women are predators" are the ones actually harassing women in toilets
"the gays are coming for your kids" is the same lie they told in the 80s
when someone calls a migrant "illegal", remember no human being is illegal
writing my dissertation on how slurs like "kaffir" were used in apartheid south africa
this news report quotes him shouting "i'll kill you, you muslim bastard" before the attack. horrific
that tweet saying "jews are parasites" has been up for 3 days. why isn't it removed?
I got told "you're pretty for a dark-skinned girl". no thanks
racist graffiti "wogs out" on the school wall this morning. council is removing it
folks saying "all muslims are terrorists": my neighbour is a muslim nurse who saved my life
the ref should have stopped the game when they started the monkey chants
your uncle calling people "faggots" at dinner isn't "just his generation". call it out
screenshotting these "deport them all" replies for the report to the platform
"you're not a real woman" — said to my trans friend by a stranger. she cried all the way home
racism isn't a "difference of opinion". saying black people are inferior is just wrong
learned today that "gypped" comes from gypsy. removing it from my vocab
the phrase "jewed me down" is antisemitic. please stop using it
someone wrote "kill yourself tranny" under my friend's selfie. reported and she's ok
condemning in the strongest terms the vandal who wrote "paki go home" on the shop shutter
i've had "ching chong" shouted at me more times than i can count
quick psa: "spaz" is an ableist slur in the uk, even if it's casual in the us
i was refused service and told "we don't serve your kind". the manager apologised after a complaint
they put up stickers saying "it's ok to be white" around campus. we know what that means. reported
people using "autistic" as an insult in voice chat need a ban
he called my sister a "lesbo" and laughed. she laughed back. i'm still furious for her
my grandma survived auschwitz. people saying "it never happened" are spitting on her
"muzzie" is a slur. stop pretending it's a nickname
calling a whole nationality "scammers" because of a few texts is prejudice
"immigrants are stealing our jobs" — no, the company that outsourced them did
if someone says "i don't see colour" ask them why they keep pointing it out
he tweeted "nonbinary is a mental illness" and lost his sponsorship. good
posting this so people know: the guy who shouted "go back to your cave" at my aunt was arrested
saw a sign saying "no gypsies, no travellers" at a pub in 2026. reported to the council
stop with the "all lesbians are man-haters" nonsense. we just want to live
"they're animals" about any group of humans is never ok
please don't repost that video of the man screaming the n-word at the cashier. report it
trans kids being called "it" by adults on here. vile. please report these accounts
I don't care what your religion says, calling gay people an "abomination" causes real harm
"go back to mexico" — i'm from guatemala, and also, no
people saying "disabled kids should be put in homes" have clearly never met my nephew
the commentator called him a "coon" on a hot mic and still has a job?
if you hear "slant eyes" in the playground, that's racism and schools need to act
i was called a "kike" in a game lobby, reported with timestamps. devs please act
the bot in this room should catch stuff like "hang the gays", it didn't. mods pls check
reading my grandfather's letters from the 60s, "no blacks, no irish" signs everywhere. never again
you can criticise israel's government without saying "jews control the world". one is politics, the other is hate
a kid in year 8 told my daughter "hijabis are bombers". the school handled it well
"tranny" in a film from 2005 still hurts to hear
told my mate to stop calling his PlayStation a "retard". he did. small wins
calling women "females" and "holes" in this chat needs to stop. it's degrading
my colleague said "she only got promoted because she's a woman". i told HR
when people say "burn the mosques" online, someone eventually tries it offline
do not normalise "the jews are behind it" jokes. they are not jokes
spent today teaching my class why "gay" isn't an insult. they got it
got called "curry muncher" at a job interview. didn't take the job, obviously
we removed a user for saying "autistic people should be sterilised" — that is not acceptable here
read the hate mail the mp gets: "we'll burn you and your muslim family". sickening
can't believe a teacher said "boys don't cry, that's for girls and gays" in 2026
the council finally removed the "no travellers" sign after our petition 🎉
"all roma are thieves" — my best friend is roma and the most honest person i know
people shouting "white power" at a football match in 2026, unreal. banned for life, good
"dindu" is a racist dog whistle. if you see it, report it
defending the jewish family next door after someone wrote "kikes out" on their car
stop saying "illegals" like it's a noun for people. it dehumanises them
she wrote "no fats, no fems, no asians" in her dating bio. casual racism is still racism
the abuse sent to that black player after the penalty miss — monkey emojis, the lot. reported every one
someone asked why i was upset by "faggot" in a meme. because it's been yelled at me while i was punched
"go back where you came from" — i came from leicester, mate
i once used the word "retarded" all the time. learned better. you can too
people calling refugees "invaders" while eating food grown by migrants, the irony
the mods deleted "death to all jews" within a minute, thank you team
dear fellow straight guys, stop saying "no homo", it's not cute
"ladyboy" jokes about my thai friends aren't funny, they're dehumanising
i reported the comment "send the niggers back to africa". it's been 2 days. nothing
you can't say "I hate all muslims" and then be shocked when people call you a bigot
hearing my little cousin repeat "trans people are freaks" from tiktok. had a gentle talk
"jungle bunny" was a word my primary teacher used. i'm only now realising how messed up that was
that banner said "deport the gays" and the police escorted it. why?
we're running a workshop on responding when someone says "those people are animals" in front of you
the "joke" was literally "what do you call a black man in a suit". not funny
"disabled people are useless eaters" was nazi propaganda. seeing it in comments is chilling
my sister got sent "women should be raped into obedience" after her article. reported to police
the word "poof" was thrown at me all through secondary school. it's not harmless
when he said "refugees should be shot at the border" everyone at the table went quiet. i wish i'd said more
"go back to your own country" - said to a man whose family has been here since the 1950s. ridiculous
stop sharing that meme that calls aboriginal people "abos", it's racist and it's been reported
apparently calling someone a "pajeet" in the comments is fine now? not on my page it isn't
"""
