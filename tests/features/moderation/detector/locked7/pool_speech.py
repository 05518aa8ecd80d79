"""Hand-written benign counter-speech, reports, news and education, and negations of hate.

One text per line; a line ending in a backslash continues on the next line.
"""

COUNTER = """
mods, @grim:matrix.org just called me a paki in #general, screenshots attached
reporting a user who keeps posting "jews control the banks", please ban
someone in the lobby said women are too stupid to vote. not ok. reported.
saying "immigrants are vermin" is dehumanising and we won't allow it here
the n-word has no place in this community, full stop
banned an account for spamming homophobic slurs, sorry you all had to see that
if someone calls you a tranny here, report it and we'll handle it
we've removed the messages saying muslims are terrorists. that's hate speech
"go back to your country" is racist harassment, not a debate position
new rule: slurs against any group get an instant ban, no warnings
reminder that calling disabled people retards breaks rule 3
the guy shouting "gas the jews" at the match was arrested, good
news: man jailed for racist abuse of footballers online
study finds antisemitic posts rose sharply after the conflict began
police investigating graffiti calling for refugees to be deported at gunpoint
the council removed the anti-roma leaflets from the estate
someone spray painted a swastika on the synagogue, community cleaned it up within hours
i was called a chink on the bus today and nobody said anything. please speak up when you see it
my son got called the f-word at school for having two mums. the school is dealing with it
when people say "trans people aren't human", that's exactly the rhetoric that leads to violence
the phrase "they breed like rats" has a long history in nazi propaganda, here's a thread on it
history lesson: the word "kaffir" was used to demean black south africans under apartheid
the word "wetback" is a slur against mexicans and should not be used, even as a joke
calling aboriginal people "abos" is a slur, please don't
this thread is full of people saying pakistanis are all groomers. that's a racist \
generalisation
mods please look at @kev88:tchncs.de, he's been posting "women belong in the kitchen" all day
our policy: no dehumanising language about any protected group, including "jokes"
a reminder: "it's just banter" isn't a defence for racist abuse
saw a tweet saying black people are animals. reported and blocked. don't engage with it
ban appeal denied: you posted that all muslims should be deported
we don't debate whether gay people deserve rights here
to everyone asking why @spud was banned: he called a member a faggot. that's why
bbc: anti-asian hate crimes rose during the pandemic, survey finds
abc news: racist abuse directed at indigenous players condemned by the afl
the guardian: survey on homophobic abuse in uk schools shows worrying trend
the hindu: caste slur case registered against landlord in chennai
punch: senate condemns xenophobic attacks on nigerians in south africa
cbc: man charged after anti-sikh vandalism at gurdwara
rte: gardaí investigating racist abuse of a taxi driver in dublin
news24: court rules using the k-word is hate speech
teaching kids why "that's so gay" is hurtful is part of our anti-bullying week
in today's lecture we cover how propaganda called jews "vermin" before the holocaust
the "great replacement" theory is a racist conspiracy theory, here's why it's false
the myth that immigrants commit most crime is not supported by the data
there's a documented pattern of calling refugees "invaders" before violence against them
slur filter updated: it now catches spaced out versions too, thanks for the reports
please stop quoting the slur when you report, just send us a screenshot
"all X are Y" statements about ethnic groups are against the rules. thanks for understanding
i reported the room for posting "kill all gays", admins took it down within an hour
heard someone say "the holocaust didn't happen" at the pub and my jaw dropped. called him out
if you see "no blacks, no irish" style posts on the rental board, flag them, they're illegal
got called a gypsy thief at the market today. i'm a traveller and i'm not a thief
reading up on the history of the word "coolie" and how it was used against indian labourers
the moderation team removed 40 messages of anti-trans harassment this week
don't feed the trolls, they want you to argue about whether women can be engineers. they can.
ugh, the replies under that pride post are full of people calling gay people sick. report them
an mp was suspended for calling asylum seekers "cockroaches", rightly so
we're running a workshop on spotting antisemitic conspiracy theories online
sharing this guide on how to respond when someone says "go back to where you came from"
i've muted the channel, someone's been posting slurs about romanians all morning
that account keeps saying disabled people should be euthanised, it's been reported \
to the police
community notes: the claim that muslims want sharia in britain is misleading
my grandad was called a wog in the 60s, good that people speak up now
for the record, if you call anyone the n-word here you're gone
please help report this spam bot, it's posting anti-jewish memes in every room
just watched a documentary about the klan, horrifying how normal hate was
researchers catalogued 300 coded terms used to dehumanise migrants online
the phrase "sand n-word" was used against sikhs after 9/11, we need to talk about this
when someone says "i'm not racist but", brace yourself
it's not "free speech" to call trans kids groomers, it's harassment
there's a difference between criticising a government and saying all israelis are evil
there's a difference between criticising a religion and saying all muslims are terrorists
the bot flagged a message calling someone a dyke, good catch
our trust and safety report for q3: 214 hate speech reports, 198 actioned
someone called my hijab a tea towel today. i'm fine but it's exhausting
quick reminder: misgendering people on purpose is harassment under our code of conduct
the leaflet said "roma are thieves". we've reported it to the local council
reported the guy who said "trannies shouldn't exist", mods were great about it
please don't repeat what he said about black people, i've seen enough of it
racist chants at the game tonight, the club must act
the chanting about "paki" at the cricket was disgusting, stewards should have stopped it
shoutout to the lads who shut down the homophobic heckler at the gig
hate speech isn't an opinion, it's a tactic
filed a report with the eSafety commissioner about the racist abuse thread
the word "retard" is a slur against people with learning disabilities, please use \
something else
the bot should catch "j3ws" and "mus1ims" spelled with numbers too, just saw some get through
i quoted the slur in my report, sorry, didn't know how else to explain
the anti-defamation league published new data on antisemitic incidents
hope not hate report on far-right groups targeting migrant hotels
the term "chinese virus" led to a wave of attacks on asian people
i teach a unit on the rwandan genocide, where radio called tutsis "cockroaches"
a lot of anti-immigrant posts here lately. reminder: rule 2 applies to them too
"they're not like us" is how it always starts
the comments saying indians smell are gross and they've been removed
stop calling nigerians scammers, it's a lazy stereotype and it's against the rules
admins: new automod rule for anti-semitic dog whistles like triple parentheses
we've banned a user for posting a caste slur in the bangalore room
thanks to everyone who reported the homophobic raid last night
i'm writing my thesis on online misogyny and how "women are property" memes spread
the slur was in the username, we've renamed the account and issued a warning
people saying "all lives matter" in reply to grieving families need to read the room
deleted a message telling a member to "go back to africa". not on our server
this is what the "just asking questions" crowd does: "why are jews everywhere?" is \
not a question
a friendly reminder that "kys" is never a joke here
moderation log: removed 3 messages with slurs, banned 1 account, warned 2
the n-word with a hard r in a username, really? banned
someone in the gaming chat called my teammate a chink and i left, reported too
the phrase "towelhead" was used in the message, which is why it was removed
my lecturer explained how "pikey" became a slur against travellers in the uk
these hate raids on trans streamers need to stop, twitch please act
we have zero tolerance for anti-black racism in this space
seen loads of "muslims out" stickers round town, binned every one i saw
antisemitism is on the rise again and pretending otherwise helps no one
if you quote hate speech to criticise it, please put a content warning
the report for #politics: 12 messages removed for dehumanising refugees
it's not a "joke" to say disabled people should be put down. it's vile
the bus driver who racially abused a sikh passenger has been sacked
a man told my mum to "speak english or leave". she speaks four languages
mods deleted my message because i quoted the slur. fair enough honestly
learning about the history of the word "gook" from a vietnamese-american historian
a journalist got death threats for reporting on a mosque attack. solidarity
police are treating the attack on the gay bar as a hate crime
the rally chanted "jews will not replace us". we must call that what it is
they called my sister a "terrorist" for wearing a scarf. that's islamophobia, plain and simple
stop saying "all men are trash" and "all women are whores" in the same chat, neither is ok
we keep getting reports about the "immigrants are an invasion" bot, banning it now
if you've been targeted by racist abuse online, here's a list of support services
the phrase "dune coon" was used in the DM, screenshotted and sent to the mods
our auto-filter flagged "fagg0t" as expected, good work to whoever tuned it
i'm tired of seeing "women can't code" memes, it's lazy and wrong
"those people" is doing a lot of work in that sentence
the tribunal found the manager called her a "stupid woman" repeatedly, awarded damages
there's an open letter against the anti-trans bill, link in the room topic
the report says sikh and hindu temples were both vandalised last month
someone graffitied "no gypsies" on the caravan site sign, it's been painted over
the op-ed blaming africans for crime got pulled after backlash, as it should
i'm a moderator, not a punching bag. if you call people slurs, you're out
the documentary shows how lies about "jewish bankers" fed the nazis
volunteering with a charity that supports refugees facing online hate
the screenshot shows him calling her a slag and a whore, that's harassment, reported
saw "kill yourself" in a reply to a teenager. reported and sent her support links
you don't get to call people "mongs" in here, we have disabled members
condemning the racist attack on the family in belfast
workshop tonight: how to be an active bystander when you hear hate
someone asked "why are black people so loud" in #general. it's a stereotype, not a question
the mosque received a letter saying "muslims will burn", police have it
counter-protesters outnumbered the anti-immigrant march 10 to 1 today 💪
hate crime stats for 2026 are out, religiously motivated offences up 12%
don't call people "spastic", it's a slur in the uk
a reminder that holocaust denial is banned in this community
after the match, the club banned three fans for monkey chants at black players
our moderators completed training on recognising coded hate symbols
threats against the lgbtq centre have been reported to the police
i challenged my uncle when he said women shouldn't vote. family dinner was tense
racists on the forum calling aboriginal people lazy, reported every single post
that video saying nigerians are all scammers is trash, stop sharing it
the school sent a letter after pupils used the word "chinky" about a classmate
we removed a post claiming jews caused the pandemic. conspiracy theories aren't welcome
yes, "spic" is a slur. no, you can't use it "ironically" here
today's talk: how hate groups use memes to make dehumanisation feel like a joke
anyone saying trans women are predators is spreading a harmful myth. reported.
"""

NEGATED = """
immigrants are not vermin, they're our neighbours, nurses and friends
muslims are not terrorists, and saying so is how hate starts
black people are not animals. that should not need saying in 2026
jews do not control the banks or the media, that's an old antisemitic lie
gay people are not mentally ill, the WHO dropped that decades ago
trans people aren't delusional, they're people living their lives
women are not too stupid to vote, obviously
refugees are not invaders, most are fleeing war
roma people are not born thieves. that stereotype has caused centuries of harm
chinese people are not dirty and didn't create covid
disabled people are not a drain, they contribute like anyone else
mexicans are not criminals, my mexican neighbours are the kindest family on the street
aboriginal australians are the world's oldest living culture and deserve respect
nigerians are not all scammers, i work with brilliant nigerian engineers
sikhs are not terrorists, the gurdwara fed half the town during the floods
hindus are not filthy, stop it
asylum seekers are not parasites, they're not even allowed to work
africans can govern themselves just fine, look at botswana
jewish people are as european as anyone else
trans people are human, full stop
muslims make great neighbours, mine shovel my drive every winter
black people deserve the same rights as everyone. not up for debate
disabled people deserve to live full lives
gay men are perfectly good parents, the research is clear
women are just as capable of logical thought as men
immigrants are welcome here
there's nothing wrong with being gay
there's nothing wrong with being trans
there's nothing wrong with being muslim
there's nothing wrong with being black
i don't think anyone should be deported for their religion
no one should be put in camps for who they love
nobody deserves to be sterilised for being trans
segregation was wrong and it's never coming back
women should never be hit, ever
no one should be rounded up and sent away on boats
no disabled person should be euthanised to save money
roma families deserve to live safely in every town in europe
asian students earn their places at university like everyone else
muslims are welcome in this server
jews are welcome in this guild
gay people are welcome in my house and my chat
i'd happily rent to pakistani tenants, my last ones were great
hiring a woman was the best decision our startup made
trans kids deserve to be safe at school
mexicans are welcome in our neighbourhood
the local mosque is lovely, they invited the whole street for iftar
the synagogue down the road runs a great food bank
refugees in our town have started businesses and joined the football team
black families have lived on this street for generations
pride month reminder: love is love 🏳️‍🌈
trans rights are human rights 🏳️‍⚧️
black lives matter
islam is a religion of over a billion people, most of whom just want a quiet life
judaism has a rich tradition of scholarship and debate
indian food is amazing and indian culture is so diverse
chinese new year celebrations in the city were gorgeous
nigeria has one of the most vibrant music scenes in the world
south africa's rainbow nation is a work in progress and worth fighting for
aboriginal art is some of the most beautiful i've ever seen
irish travellers have their own language, shelta, and a long history
i'm a proud gay man and my husband and i just adopted
as a trans woman i want to say thanks to everyone who's been kind
as a muslim i'm fasting today, ramadan mubarak to all
as a jewish woman i'm tired of conspiracy theories, but grateful for allies
as a black brit i'm proud of where i come from
as a disabled person i'm not a burden, i'm a software engineer
i'm autistic and i'm not broken, i just think differently
deaf people aren't dumb, sign language is a full language
women in tech aren't diversity hires, they're engineers
female doctors are just as good as male doctors, studies show slightly better outcomes
gay teachers are just teachers
trans people should be able to use the toilet in peace
disabled kids are not a burden, they're kids
muslim kids belong in our schools like every other kid
jewish kids belong in our schools too
black kids are not born thugs, they're born kids
mexican kids are the future doctors and teachers of this country
roma children deserve good schools
the "gay agenda" isn't real, gay people just want to be left alone
feminism is about equality, not hating men
immigrants built this country and still do
the jewish lobby conspiracy is an antisemitic myth
there is no "muslim invasion", that's fearmongering
black men aren't only athletes, they're doctors, lawyers, artists, dads
asians aren't robots, what a weird thing to say
indians in tech earned their jobs
women aren't emotional children, they're adults
living next to a muslim family has been great, honestly
gay people deserve equal rights, it's not a choice anyway
women drive just as well as men, insurance data agrees
trans people existing in public isn't a problem
jews are not "christ killers", the church itself rejected that
muslims are perfectly capable of living in any society, millions do
being gay is natural, it's seen across the animal kingdom too
intelligence isn't determined by race, the science is settled
women lead countries and companies successfully every day
trans people are welcome everywhere decent people are
refugees are people, not invaders
disabled people are worth every penny and more
the roma are europeans and have been for a thousand years
asians can be trusted in business as much as anyone, what a bizarre claim
mexicans belong in america, many were there first
africans live in every kind of society, from megacities to villages, just like anyone
i'm not saying immigrants are bad, i'm saying the housing policy is bad
i don't hate gay people, i hate bad referees
i never said women can't play football, i said my team can't play football
no, i don't think all nigerians are scammers, that's a stereotype
lesbians don't need fixing, they're fine
bisexual people aren't greedy or confused
same-sex couples raising kids is just parenting
trans women are women and most just want to get to work
jewish doctors saved my dad's life, twice
the chinese lab leak stuff is not a reason to hate chinese people
muslim immigrants are not trying to outbreed anyone, that's a conspiracy theory
travellers are not animals, they're a recognised ethnic minority
women deserve equal pay for equal work
disabled people shouldn't be hidden away, they should be included
we serve everyone in our shop, muslims included
we rent to anyone who pays the rent, black or white
you're welcome here whether you're from india or ireland
hindus and muslims have lived side by side in my village for generations
sikh soldiers fought for britain in both world wars
the hijab is a personal choice and it's nobody else's business
queer people have always existed and always will
my gay son is the best thing that ever happened to me
nothing about being black makes anyone more violent, poverty and policing explain the stats
there's no evidence that immigrants take jobs from locals overall
"""
