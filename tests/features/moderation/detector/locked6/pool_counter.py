"""Hand-written counter-speech and negated or positive statements about groups for locked6."""

from __future__ import annotations

from .textblock import texts

COUNTER_QUOTE = texts("""
someone on the bus called my mum a "paki" today and nobody said a word. i'm so angry
a guy in the last server kept posting "gas the jews" and the mods did nothing. glad i left
got called a faggot walking home holding my boyfriend's hand. this is 2026. report it, people
if you think "immigrants are vermin" is just an opinion, you need to take a long look at yourself
my daughter came home in tears because a kid told her "go back to china". we've spoken to the \
school
the man behind us was making monkey noises at our striker. reported him to the stewards and he \
got thrown out
"all muslims are terrorists" is not a hot take, it's bigotry, and it gets people hurt
heard a customer call my coworker a tranny today. manager banned him from the store. good
screenshots of the account telling disabled people they're "useless eaters" have been sent to \
the platform
yelling "abo" at kids at the footy is not banter, it's racism. do better
someone spray-painted "kill all gays" on the underpass near me. council's cleaning it, report \
any more you see
my uncle said women "belong in the kitchen" at dinner and i finally called him out
the comments under that article about the refugee family are disgusting, people calling them \
parasites. report them all
if someone calls you a "kaffir" at work, that's a disciplinary offence. document it and report it
a teacher told my cousin that dalits are "impure". we've filed a complaint with the board
to the person who messaged me "nigerians are all scammers": blocked and reported. have a nice day
quoting the troll so people know what to report: "the holocaust never happened". it did, and \
denying it is hate
got "ching chong" yelled at me outside tesco. still shaking. thank you to the lady who stood \
with me
my son's classmate called him a "retard" and the school treated it as a joke. it isn't
saw a sign in a shop window saying "no travellers". reported it under the equality act
that streamer said "hindus worship rats" on air and now he's surprised he got banned
someone left a note saying "muslims out" on my neighbour's door. we put flowers there this \
morning
an old man called my wife a "dyke" in the supermarket. she laughed it off but i'm still fuming
if your "joke" is that mexicans are rapists, it's not a joke
the bloke next to me at the pub went on about "the great replacement". i left. that conspiracy \
has killed people
heard someone say "zimbabweans are vermin" on the taxi radio today. xenophobia is killing people \
in this country
a guy in my class said igbos are "all thieves". we had a long talk and he apologised
my friend was called a "towelhead" on the tube. sikhs have been dealing with this for decades
someone keeps DMing me "you people breed like rats". reported to the homeserver admin
my grandad used the word "coon" at christmas. i told him that word is racist and we're not \
having it
the comment "lesbians just need a real man" got 200 likes. that's the scary part
a passenger told the bus driver to "speak english or go home". the whole bus told him to get off
my brother's team got called "monkeys" by the away fans. the club has promised to act
the parents' whatsapp group had someone say "autistic kids shouldn't be in normal schools". i \
left the group after saying my piece
some idiot at the market told the aunty selling chin chin to "go back to africa". we all stood \
with her
my coworker asked if "all indians smell of curry" is racist. yes, yes it is. we talked it through
someone wrote "no blacks" on a flat share ad. reported it to the site and to the council
the old lady at the bus stop called the polish lads "vermin". i told her that's not ok
a kid at my daughter's school keeps saying "that's so gay". the teacher has stepped in
my dad was called a paki every day at work in the 80s and never reported it because nobody would \
listen. things are better now only because people spoke up. keep speaking up
""")

COUNTER_MOD = texts("""
mod note: slurs of any kind get an instant ban. this includes "jokes"
removed 4 messages calling trans people "mentally ill freaks". that's against rule 2, final \
warning
banned @trollaccount:matrix.org for posting antisemitic conspiracy theories
reminder: hate speech against any religion, race, sexuality or disability is not allowed here
if you see someone posting racist stuff, use /report or ping a mod, don't engage
we've added a filter for common racial slurs; if you hit a false positive, let us know
please don't repost the hateful messages in the main room, send screenshots to the mod team
user kicked for telling another member to "go back to africa"
our code of conduct: no harassment, no slurs, no threats. simple
we had a raid last night with a lot of homophobic spam. accounts banned, room locked to members \
for now
if you quote a slur to report it, please spoiler it so others don't have to see it
as a moderator i'm tired of deleting "kys" messages. please be kind to each other
warned a user for calling women "femoids". misogyny counts as hate speech here
we don't tolerate islamophobia. criticising a religion's ideas is fine; saying muslims are \
animals is not
new rule: no posting addresses or phone numbers of anyone, even as a joke. doxxing = ban
thanks to everyone who reported the spam bot posting nazi stuff, it's gone
reminder that "just asking questions" like "why are jews so greedy" is still antisemitism
the ban was for repeatedly using the n-word, not for his political views
appeal denied: calling a member a "f****t" is a slur no matter what you "meant"
we're updating the rules to explicitly protect trans members from harassment
mods are meeting tonight to review the reports about the racist posts in #general
if someone is threatening you in DMs, screenshot it and send it to @safety:ourserver.org
content warning: the next message discusses racist abuse that happened at our event
cleaned up the thread. please don't call other posters "retards", it's a slur against disabled \
people
banned 3 accounts for scam links and 1 for antisemitic abuse today. busy day
reminder that disabled members are part of this community. ableist slurs will get you removed
we removed the post comparing refugees to cockroaches. dehumanising language isn't allowed
the anti-hate filter flagged "dyke march" as offensive, oops. fixing that now
to whoever keeps posting "14 words" stuff: we know what it means, you're banned
we've partnered with a local group to train mods on spotting antisemitic dog whistles
please report, don't retaliate. answering a racist with threats gets you banned too
sorry everyone, the spam wave with the racist images is cleaned up now
moderation log: 1 ban (homophobic abuse), 2 warnings (spam), 1 mute (flooding)
if you get a DM from a "support agent" asking for your password, it's a scam, report it to us
heads up: there's a wave of fake crypto giveaway messages going round. we will never DM you \
about money
mods can't see your DMs, so please forward abusive ones with /report
the word filter blocked someone's surname today, we've whitelisted it, sorry Mr Cockburn
thanks for the reports everyone, the account posting "go back to your country" under every photo \
is gone
please stop using "gay" as an insult in the gaming rooms, it hurts members who are gay
reminder: quoting a slur to ask what it means is fine in #questions, using it at someone is not
to everyone asking why we banned that account: it spent three days posting that refugees are \
vermin and telling people to burn the hotel down. that's not debate, that's incitement, and \
it's gone
""")

COUNTER_NEWS = texts("""
Police are investigating after anti-Muslim graffiti was found on a mosque in Leicester
Man jailed for 18 months for racially abusing a footballer online
report: antisemitic incidents in the UK hit a record high this year
three men charged after homophobic attack outside a bar in Melbourne
the inquiry found officers used racial slurs against Aboriginal detainees
new data shows hate crimes against trans people have doubled in five years
court hears the victim was called a "p*ki" before the assault
Nigerian students fleeing Ukraine faced racist abuse at the border, say witnesses
xenophobic attacks on foreign nationals in durban condemned by the government
study: disabled people face online abuse at three times the rate of others
Dalit groom attacked for riding a horse at his own wedding, police register case
a synagogue was vandalised with swastikas overnight, the FBI is investigating
football club bans fan for life after racist chants at black players
muslim women report increased harassment after the attacks, charity says
anti-asian hate incidents surged during the pandemic, new report finds
council removes a "no gypsies" sign from a pub after complaints
teen convicted after posting threats against the local LGBT centre
survey finds 1 in 3 trans students have been bullied at school
Sikh man's turban was pulled off in a hate attack in Wolverhampton, police say
the journalist received thousands of misogynistic messages after her report
UN warns of rising hate speech targeting refugees in Europe
Aboriginal MP receives racist death threats, federal police investigating
the government has announced new funding for security at synagogues and mosques
three arrested over racist attack on an Indian student in Sydney
Zimbabwean nationals displaced after xenophobic violence in Joburg, aid groups respond
new law makes hate against disabled people an aggravating factor in sentencing
Jewish students describe harassment on campus in a new survey
police appeal for witnesses after a gay couple was attacked on a night bus
hate crime charges added in the case of the Pakistani shopkeeper assault
Hindu temple vandalised, community leaders call for calm
Roma families faced abuse and evictions, human rights watchdog says
report: women in tech face daily harassment on chat platforms
the player deleted his account after racist abuse following his penalty miss
Igbo traders attacked in market clash, governor promises investigation
Mexican-American shoppers were deliberately targeted in the El Paso attack, the court heard
two teens charged over homophobic graffiti at a primary school
documentary looks at the rise of anti-Muslim hate online after 9/11
record number of reports of anti-Chinese racism in Australia, commission says
lesbian couple assaulted on a london bus, two teenagers charged
autistic teen's bullies sentenced after video of the attack went viral
""")

COUNTER_EDU = texts("""
the word "paki" isn't just a short form, it's a racist slur with a violent history in the UK
why "gypsy" is considered offensive by many Roma and Travellers, a thread 🧵
"spastic" was a medical term but became a slur in the UK; please say "disabled" or name the \
condition
the "great replacement" is a white supremacist conspiracy theory. here's how it spread
explainer: what antisemitic dog whistles look like, from "globalists" to triple parentheses
the n-word has a history rooted in slavery and violence. that's why it hurts
"retard" is a slur. if you use it casually, think about who hears it
why we say "Aboriginal and Torres Strait Islander people" and not the slurs your grandparents used
thread on how dehumanising words like "vermin" and "infestation" have preceded genocides
the term "kaffir" is hate speech in south africa and can get you prosecuted
"trans women are women" is a statement of inclusion; here's what the research says about gender \
identity
caste slurs like "chamar" are punishable under the SC/ST Act in India
calling someone "illegal" dehumanises them. people aren't illegal, actions can be
the history of the word "faggot" and why it's a slur today
"towelhead" and "raghead" target Sikhs and Muslims; they've been shouted during violent attacks
a short guide to allyship: how to step in when you hear a slur at work
"chink" is a racist slur against East Asians. it's not "just a word"
why "all lives matter" misses the point, explained kindly
blood libel is one of the oldest antisemitic lies; here's where it came from
"makwerekwere" is a xenophobic slur used against african migrants in south africa
"wog" has been used against southern europeans and south asians in australia
holocaust education matters: 6 million jews were murdered, and denial is a form of hate
"dyke" can be reclaimed by lesbians but it's still a slur when it's used against them
the myth that immigrants commit more crime has been debunked by multiple studies
learning the difference between criticising a government and hating a people
ableist language guide: words to avoid and what to say instead
the "welfare queen" stereotype was built on racism against black women
why calling a whole group "animals" is dangerous, a psychologist explains
"fag" is a slur in the US, but in the UK it can also mean a cigarette; context matters
"beaner" and "wetback" are anti-mexican slurs; don't use them, not even as a joke
teaching kids about racism: age-appropriate ways to talk about slurs
the word "coolie" was used to demean indentured indian workers and is a slur today
anti-Igbo rhetoric in Nigeria has roots in the civil war, historians say
misogynist slang online, explained for parents
workshop tonight: hate speech vs free speech, all welcome
disability pride: why many disabled people reject the word "cripple" unless they reclaim it
the word "gook" came out of us wars in asia and is a racist slur
here's why "go back to where you came from" is racist even when the person was born here
the "jews control the banks" trope goes back centuries. here's how to answer it
why comparing trans people to predators is a moral panic, not a safety concern
reading list for understanding islamophobia, from history to today
the "muslim grooming gang" narrative blames a whole faith for crimes of individuals. let's talk \
about it
""")

NEGATED_DENIAL = texts("""
immigrants are not criminals, stop spreading that lie
muslims are not terrorists. the overwhelming majority just want to live their lives
no one deserves to be attacked for who they love
i would never call anyone the n-word and neither should you
it's a myth that refugees get free houses and cars
stop saying trans people are a danger to kids, it's not true
nobody thinks disabled people are a burden except bigots
jews don't control the media, that's an antisemitic conspiracy theory
gay people are not pedophiles, that smear has to end
black people are not more violent; poverty and policing explain the stats
mexicans aren't rapists, that speech was disgusting
it's not true that the chinese "created" covid to harm anyone
women are not less intelligent than men, the research is clear
indians aren't dirty, that stereotype is just racist
roma people are not thieves by nature. nobody is
aboriginal people don't get "free money", that's a myth
nigerians are not all scammers, stop it
there is no "great replacement", it's a racist conspiracy
lesbians don't need "fixing", they're fine as they are
no child deserves to be bullied for being autistic
i'd never say pakistanis don't belong here. they're as british as i am
hindus aren't savages, that's ignorant and hateful
trans people are not mentally ill for being trans
it's simply false that vaccines were a jewish plot
stop calling refugees invaders. they're people fleeing war
sikhs are not muslims, and neither should be attacked anyway
dalits are not impure. caste discrimination is illegal and wrong
it's a lie that gay teachers groom kids
no, immigrants don't "steal" jobs, the economy doesn't work like that
islam is not a disease and muslims are not a plague
the holocaust is not a myth. it happened and we have the records
disabled people are not "useless eaters", that's nazi language
zimbabweans in south africa aren't vermin, they're our neighbours
igbos are not thieves, that's a tribalist stereotype
never tell someone to go back to where they came from
i don't think anyone should be banned from a country because of their religion
black people didn't "ruin" any neighbourhood. redlining did
it isn't true that women lie about harassment for attention
jews aren't greedy, that's one of the oldest antisemitic tropes
nobody should be fired for being gay
no religion makes people terrorists
muslims don't want sharia everywhere, stop the fearmongering
there's no evidence that trans women in bathrooms put anyone in danger
asians are not robots, they're individuals like everyone else
refugees aren't rapists. the few who commit crimes are prosecuted like anyone else
not a single study shows that mixed-race kids are "lesser"
arabs are not terrorists. stop it
you can't catch being gay, and it isn't a disease
no one should have to hide their hijab to feel safe
it's wrong to say autistic people can't love. i'm autistic and i love my family to bits
the idea that black people have lower IQs is debunked race science
i will never accept anyone calling my disabled brother a burden
mexicans are not "illegals". many are citizens and all are human
lgbt people are not a threat to children
indians aren't scammers, a few call centres don't represent a billion people
i don't believe any race is superior to another
no, aboriginal people are not "stone age". they have the oldest living culture on earth
nobody in our family would ever use that word about travellers
being trans isn't a trend or a cult
gay couples are not a danger to adopted kids, the studies show the kids do just as well
it's false that pakistani men are all groomers
muslim doctors are not killing patients, what a vile rumour
stop pretending "immigrants" and "criminals" mean the same thing
nobody is "too disabled" to deserve respect
lesbians aren't "confused women", they know exactly who they are
no community is a "cancer". this kind of talk has to stop
it's not okay to call sikhs towelheads, not even as a joke
i refuse to believe people who say all nigerians are fraudsters
don't let anyone tell you that asylum seekers are "locusts"
black women are not "less attractive", those beauty standards are racist nonsense
the claim that jews did 9/11 is a conspiracy theory with zero evidence
gypsies and travellers are not "vermin". they're families with a long history here
it's not science to call any ethnicity "inbred"
no, a trans person using a toilet is not an assault on anyone
nobody deserves to be harassed online for being a woman
chinese people didn't "bring" any virus, viruses don't have passports
it's not true that hindus hate muslims or that muslims hate hindus, most of us are just neighbours
i never said women shouldn't vote and i never would
no one is "less human" because of where they were born
people keep claiming immigrants are draining the nhs, but migrants make up a huge share of the \
doctors and nurses keeping it running. the numbers just don't support that claim at all
""")

NEGATED_POSITIVE = texts("""
gay people should be allowed to marry, full stop
trans women are women and trans men are men 🏳️‍⚧️
refugees are welcome here ❤️
proud of our muslim neighbours who organised the food drive
black history month starts today, lots of events at the library
disabled people deserve full access to public transport
jewish friends, happy hanukkah! 🕎
immigrants built this country and keep it running
lesbian couples make wonderful parents
so happy my town elected its first aboriginal mayor
nigerian food is elite and nobody can change my mind
the roma community centre is hosting a music night, everyone welcome
autistic people bring so much to our team
women in stem panel tonight, come along!
happy diwali to our hindu colleagues
vaisakhi celebrations in the park today, the langar was amazing 🙏
mexican americans have shaped so much of this country's culture
the chinese new year parade was beautiful this year
indian classical music concert this weekend, can't wait
pakistani cricket fans are the loudest and best in the stadium
dalit writers deserve a bigger place in our school syllabus
igbo entrepreneurs are some of the hardest-working people i know
welcome to our new neighbours from zimbabwe!
everyone deserves equal pay regardless of gender
same-sex couples should be able to adopt
trans kids deserve support from their schools
the mosque open day was lovely, thank you for the tea and samosas
synagogues and mosques should both feel safe to worship in
my gay uncle is the best uncle in the world
deaf culture is rich and beautiful, learning BSL this year
love is love 🌈
let trans people pee in peace
asylum seekers should be allowed to work while they wait
black lives matter
arab hospitality is something else, best week of my life in jordan
wheelchair users should be able to get into every shop on the high street
sikh soldiers fought for britain in both world wars, respect
happy lesbian visibility day! 💜
""")

# Templates: each is used at most three times.
NEGATED_TEMPLATES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "{} are not criminals, and it's shameful that anyone still says it",
        ("refugees", "travellers", "young black men"),
    ),
    (
        "nobody should be abused in the street for being {}",
        ("gay", "muslim", "disabled"),
    ),
)
