# ruff: noqa: E501
"""Hand-written pools: counter-speech and negated hate (benign)."""

from .textblock import lines

COUNTER = lines("""
someone called me a paki on the bus today. reported to transport police
got called a faggot in the game chat again, screenshot sent to the mods
a guy at the con called my friend a tranny, security threw him out, good
saying 'immigrants are vermin' is disgusting and I won't stay quiet about it
if you think calling people 'animals' because of their religion is fine, unfollow me
reported a user for posting 'gas the jews', mods acted within a minute, thank you
my daughter was called a chink at school, we're meeting the principal tomorrow
'go back to your country' — I was born in Limerick, Karen
being called a keling at work is not banter, it's racism, and HR will hear about it
ah tiong is a slur, stop using it in the group chat
the word kaffir is hate speech in SA and people need to stop pretending otherwise
some idiot shouted 'pikey' at my cousin outside the shop. travellers deserve respect
fenian and hun are sectarian slurs, leave them out of the football chat
the mod log shows someone spammed the n-word 40 times, banned and reported to the homeserver admin
please report any message calling people 'groomers' for being gay, it's hate speech here
quoting the abuse I got today so people know it's real: 'women can't code, go make sandwiches'
'trans women are men' is not a debate topic in this server, it's a rule violation
a commenter on my fic called me a dyke slur-style, blocked and reported to AO3 support
people who call disabled folk 'useless eaters' are echoing nazi language, be aware
tell me why I got 20 DMs calling me a bakla just for posting my outfit. reported all of them
called a 'curry muncher' in the replies. this is why we need better moderation
the phrase 'they breed like rats' used about any group is dehumanising, full stop
saw a sticker saying 'refugees not welcome', peeled it off and binned it
this account posts 'X are animals' every day and twitter does nothing
antisemitic graffiti in the underpass again, council has been informed
my colleague said 'muslims are all terrorists' in the team chat and I reported it to HR
heard someone use the word 'spastic' at the pub, told him off
screenshotting every 'retard' comment on the disability subreddit for the report
no, 'mong' is not a joke word, my brother has down syndrome
if your joke is 'asians eat dogs', you're not funny, you're racist
a stranger yelled 'go home' at my mum in tesco. she's lived here 40 years
teachers: please stop letting kids say 'that's so gay' as an insult
compiling examples of 'the great replacement' rhetoric for our research on radicalisation
our study looks at how slurs like 'wetback' spread in comment sections
the bot just deleted a message calling someone a 'nigger'. good bot
'kill all gays' written on the toilet door in the library, facilities notified
posted a thread on why 'white genocide' is a conspiracy theory
someone keeps writing 'trannies out' on the uni noticeboard. security is looking into it
the word 'coolie' has a violent history, please don't use it
'abo' is a slur, not slang. learn some history
the mods removed the 'jews control the media' post, thank you for acting quickly
whoever spray-painted 'paki go home' on the mosque wall: we cleaned it up together
my nan was called a 'gyppo' her whole life. it still hurts her. don't use it
a man at the bus stop called me a 'slant eye'. I froze. writing it here to process
'disabled people are a burden' is eugenics talk dressed up as economics
I've been collecting the 'women belong in the kitchen' replies under our release post. pathetic
every time someone posts 'they should all be deported' in this room I will report it
why are people still saying 'ladyboy' as a punchline in 2026
the ref heard the crowd chanting monkey noises and did nothing. shameful
to the person who called me a 'fat pig' at the gym: I hope you grow up
being called a 'feminazi' for asking for a code of conduct is exactly why we need one
reminder: 'sandn*****' and similar slurs are instant bans here
reporting the account that called my friend a 'batty boy' in the comments
people defending 'jokes' about the holocaust are not edgy, they are ghouls
the report I wrote on online abuse of filipino nurses is finally published
our community guidelines now explicitly ban the words 'troon' and 'tranny'
heard 'fucking foreigners' shouted at a delivery rider on george street, filmed it for the garda
if you think 'the irish are drunks' is harmless banter, it isn't
'scots are subsidy junkies' isn't a political argument, it's bigotry
anyone else see that guy calling indians 'pajeets' in #general? reported
I got called a 'lezzer' in the corridor. told the teacher. she did nothing. escalating
'homosexuals are an abomination' is on a church sign near me. complaint filed
my friend was told 'your kind aren't welcome' at a restaurant in johannesburg
there's a viral post calling zimbabweans 'cockroaches'. we've seen where that leads
'muslims are a cancer' — this is the same language used before genocides. take it seriously
reporting a user who commented 'hope the refugee boat sinks'
seeing 'it' used for trans people in the comments. that's dehumanising, stop it
'gypsy scum' in the council facebook group, admins deleted it after we flagged it
'deport them all' was trending and I felt sick reading it
the professor said 'africans can't govern themselves' in a lecture. we're filing a complaint
speaking up because someone in the standup said 'women are too emotional to lead'
a stranger called my son a 'retard' in the park. he is eight
screenshot of the 'kill yourself' DMs sent to the police
he called her a 'stupid cow' in front of the whole team and got a warning
someone told me to 'go hang myself' in the game chat, reported
the harassment thread calling our maintainer 'a useless whore' has been removed
the streamer used the word 'chink' on air and lost his sponsors, deserved
if your argument is 'they're all rapists' you don't have an argument
to everyone who sent 'go back to africa' to the footballers: you are the problem
my teacher once called me 'a dumb Paddy'. never forgot it
saw 'ching chong' comments under the k-pop video. reported every one
'CECA invaders' rhetoric is xenophobia, singapore is better than this
told my uncle his 'banglas are dirty' remark is racist. awkward dinner but worth it
stop calling foreign domestic workers 'maids' with contempt, they are people
I reported the 'indon' comment. it's derogatory, and you know it
saw someone say 'all malays are lazy' on reddit and the replies were great
the anti-romani posts in the town group are getting worse. contacted the admins
heard the phrase 'useless mongs' in a school corridor. teachers need training
someone wrote 'hotnot' on my locker. I'm reporting to the university
quoting the slur so people understand: he called her a 'kaffir'. he should be charged
'k*ke' graffiti on the synagogue gate. police are investigating
the abuse is real: 'die tranny' in my inbox every week
a moderator's job: reading 'kill all X' messages so you don't have to. thank them
my panel talk is on anti-asian hate, including the 'kung flu' rhetoric
reminder that 'the jews did 9/11' is an antisemitic conspiracy theory, not a question
I don't care if it's 'just a joke', 'go back to the kitchen' in our chat is sexist
someone tweeted 'women shouldn't be allowed on the internet'. ratioed to oblivion
saw a poster saying 'britain for the british' near campus. removed it
wrote to my TD about the anti-traveller comments in the county council
calling asylum seekers 'invaders' is how hotels end up on fire. words matter
the fan discord banned someone for calling black characters 'diversity hires'
read the replies to any woman in open source and you'll see 'bitch' and 'slut' within minutes
pride flag stolen and 'f*gs burn' written on the door. community vigil tonight
please don't share the video of the attack, share the fundraiser instead
research note: collecting dehumanising metaphors (vermin, plague, flood) in migration coverage
a user said 'kill yourself' to a 14 year old in the game. banned for life
'lock up the trans' was shouted at the rally. the police just stood there
the 'shemale' tag on that site is a slur, AO3 won't host it as a freeform for a reason
he called me a 'faggot' in front of the class and the teacher laughed. not anymore
I'm so tired of men replying 'make me a sandwich' to my bug reports
to the people saying 'fat people should be shamed': shame never helped anyone
reminder that calling someone a 'snowflake' for being autistic is ableist
just finished reading the hate speech report from the ombudsman, grim
someone said 'the disabled should be put down' in the stream chat, streamer banned them instantly
calling the muslim students 'terrorists' during the debate crossed a line, apology demanded
that 'joke' about pakistani grooming gangs in the staff room was racist, I said so
I used to say 'that's retarded' all the time. I stopped. you can too
spent the day deleting 'n-word' spam from the irc channel. please report, don't reply
mod note: quoting hate for context is allowed, posting it to hurt someone is not
yes I quoted his 'women are property' line in my complaint, that's evidence
there's a guy at work who says 'no homo' after every sentence. had a word with him
no, you can't say 'dyke' about me. I can. you can't
'jew down' is an antisemitic phrase, please stop saying it when you haggle
reporting a comment that said 'hang all traitors' with our MP's name attached
my aunt keeps sharing posts saying 'immigrants steal our jobs'. sent her the actual data
teaching my year 9s why 'gay' isn't an insult
got 'go back to china' shouted at me. I'm from Penang. still reported it
'dirty foreigner' is what they yelled. we were just speaking tagalog
he called my wheelchair-using friend a 'cripple' and laughed. security removed him
why is 'you throw like a girl' still a thing, my daughter throws better than you
saw 'refugees = rapists' on a placard. documenting for the hate crime unit
our server auto-flags 'kys' now, good change
racist chanting at the stadium again. the club must ban those fans
'half-caste' is not an acceptable word, my kids are mixed and proud
someone left 'poofs not welcome' on the pub chalkboard. the landlord wiped it and apologised
quoting for the record: 'you people ruin everything'. that's what he said to my mum
'breeding like rabbits' about any community is a dehumanising trope
to the person in the thread calling travellers 'vermin': reported, and you should be ashamed
the word 'tinker' was used on the radio this morning, complaint submitted
our thesis looks at how 'they are animals' framing precedes violence
anti-gay slurs scratched into my car. insurance and police both informed
'send them back' chants at the match are a disgrace
don't ever call my sister a 'spaz' again. she has cerebral palsy and she'd destroy you at chess
one of the commenters called my OC 'a fat dyke'. deleted and blocked
fandom racism is real: people calling the black actress 'a monkey' in the tags
to the 'all muslims are groomers' crowd: evidence, not bigotry, please
I've reported 'ah neh' comments on the forum, it's a racist term and everyone knows it
hearing 'bloody foreigners' at the checkout, I told the cashier I had her back
just because you say 'no offence' before 'gays are sick' doesn't make it ok
'the holocaust didn't happen' posts will be removed and the poster banned
when people say 'trans people are a trend', they're erasing history
saying 'black people are criminals' and calling it stats is still racism
saw 'kill the boer' graffiti in town and 'kill the refugees' graffiti in the next street. both vile, both reported
calling a woman 'hysterical' for disagreeing in a meeting is sexist, I flagged it
my grandad used to say 'wog' and we all corrected him at christmas
someone in the project chat said 'women only get commit access for the diversity stats' and three people reacted with a laugh emoji. I've reported it to the code of conduct committee, please do the same if you saw it
my flatmate came home shaking because a man on the luas spent ten minutes calling her a 'dirty paki' and telling her to go home. she's from tallaght. garda statement made, share if you were on the red line at 6pm
collected screenshots of every 'tranny' and 'groomer' comment on the library's drag story time post and sent them to the council. this is harassment, not debate
to everyone repeating 'they're all illegals' about the hotel residents: they are asylum seekers with legal status while their claims are processed. stop spreading hate
reported a tiktok that called filipino domestic workers 'maids with no brains'. if you live in sg or hk you know how common this is, don't scroll past it
""")

NEGATED = lines("""
no one deserves to be hated for being gay
immigrants are not criminals, they are our neighbours
trans women are women, end of
being muslim does not make anyone a terrorist
disabled people are not a burden
women are perfectly capable maintainers, look at the commit history
jewish people do not control the media, that's a conspiracy theory
travellers are not thieves, stop repeating that
refugees are not vermin, they are people fleeing war
black people are not more violent, poverty and policing explain the stats
asians are not all the same, that's such a lazy take
there's nothing wrong with being bi
lesbians don't need fixing
trans kids aren't confused, listen to them
autistic people aren't broken
old people aren't a drain, they built what we have
gay teachers are not a danger to anyone
filipino nurses are not stealing jobs, the NHS would collapse without them
indians are not all scammers, some of the best devs I know are from bangalore
nigerians are not all fraudsters, stop it
romanians are not beggars, my colleague is a brilliant engineer from cluj
the irish are not drunks, we just have very good pubs
scots aren't subsidy junkies, look at the oil money
people on benefits aren't scroungers
deaf people aren't stupid, sign language is a full language
wheelchair users belong on the train as much as anyone
migrants don't ruin neighbourhoods, they open the best shops
nobody should be deported for their religion
no religion makes someone evil
being poor doesn't make you a criminal
fat people aren't lazy, bodies are complicated
people with schizophrenia aren't dangerous, they're more likely to be victims
men who cry aren't weak
women don't belong in the kitchen unless they want to be
nonbinary people aren't attention seekers, they're just living
intersex people aren't mistakes
ace people aren't broken
girls are not worse at maths
young people aren't lazy, the economy is broken
boomers aren't all bad, my dad volunteers every weekend
muslims aren't invaders, they've been here for generations
chinese students aren't spies, they're students
PRC immigrants in singapore are not the problem, housing policy is
foreign workers in sg are not dirty, they build our homes
malays are not lazy, that's a colonial stereotype
zimbabweans are not stealing jobs, they're doing jobs
africans can govern themselves, thanks
south africans of all colours belong in south africa
afrikaners are not colonisers to be chased out, and neither is anyone else
catholics aren't brainwashed, and protestants aren't bigots
hindus aren't savages, that's straight out of colonial propaganda
sikhs aren't terrorists, the turban is not a threat
atheists can be good people too
christians aren't all abusers
nobody is less human because of where they were born
no group of people is vermin
none of them are animals, they're human beings
they are not a plague, they are families
there is no such thing as a lesser race
no one is illegal
being trans is not a mental illness
being gay is not a choice and not a sin to me
drag queens are not predators
women who code are not a diversity hire
single mums are not leeches
the homeless are not vermin, they are people without homes
sex workers don't deserve violence
people with down syndrome have every right to exist
nobody should be sterilised for being disabled
you can't catch gay
trans women aren't a threat in bathrooms
migrants didn't cause the housing crisis
refugees aren't invaders
asylum seekers aren't criminals for seeking asylum
jews and muslims are both welcome here
no one should be forced to wear a badge for their ethnicity
the travellers' site is not a crime scene
mixed-race kids are not trouble
being fat isn't a moral failing
your disability doesn't make you worth less
nobody's ethnicity makes them a thief
not all men, sure, but also not all migrants
roma kids deserve the same schools as anyone
gays are not corrupting kids by existing in a fandom
black elves are not ruining fantasy, relax
no, the scots are not inbred
no, highlanders don't shag sheep, that's a tired joke
northerners are not thick, and I say that as a southerner
people from the estates aren't scum
not every indian dev is spamming github, it's a few bad actors
not every nigerian on the internet is a scammer
it's not true that bisexuals are greedy
it isn't true that lesbians hate men
it's a lie that trans people are groomers
it's false that immigrants commit more crime
it's nonsense that women can't lead
it's rubbish that disabled people are faking
it's simply wrong that jews run the banks
there's no evidence muslims are more violent
there is zero truth in 'asians can't drive'
nobody thinks less of you for being queer here
no, catholics don't worship statues
I don't believe any race is superior
I refuse to believe people are born bad because of their skin
I'd never say refugees deserve to drown
nobody deserves to be beaten for who they love
no one deserves to be bullied for a disability
no one in this server will be treated differently for their gender
no kid deserves to be called names for their accent
no nurse deserves abuse for where she trained
no worker deserves contempt for their passport
no trans person deserves the hate they get online
no one should lose their job for being pregnant
no one should be harassed for wearing a hijab
no one should be mocked for a stutter
you're not less irish because your parents were born in lagos
you're not less singaporean because your mum is from manila
filipinos aren't a nation of servants, they're a nation of 110 million people
I grew up being told that travellers were dirty and dangerous and it took me until uni to realise none of it was true, my best friend is a traveller and she's the kindest person I know
no, trans people are not a danger in bathrooms, and no, gay people are not recruiting anyone, and no, immigrants are not why your rent is high. please find a better scapegoat, or better, none
""")
