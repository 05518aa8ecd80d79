"""Hand-written counter-speech for locked5: reporting, quoting and condemning hate (benign)."""

from __future__ import annotations

from .textblock import lines

COUNTER = lines("""
# reporting what happened to me / others
someone called me a paki on the bus today. reported them to the driver
got called a faggot walking home holding my bf's hand. i'm ok, just tired
a man shouted "go back to your country" at my mum in Tesco. she was born in Leeds
some kid called my brother a retard at the park, had a calm word with his parents
got called a tranny at work today, HR is dealing with it
a guy in the lobby called me a chink and told me to eat a bat. reported to the mods
some drunk called me a nigger at the petrol station and nobody said a word. i'm shaken
was called a dyke on the way home from football. reported it to the police
someone spray-painted "kikes out" on the synagogue door. we're cleaning it up together 💙
my daughter was called a "dirty gyppo" at school, meeting the head tomorrow
a customer called my colleague a towelhead. manager banned him from the store
man on the tram yelled that muslims are terrorists at a woman in a hijab. we stood with her
someone keyed "spic" into my car. police report filed
my son got called a spaz in PE, the teacher did nothing. escalating it
got told lesbians should be cured by a stranger. no, thanks
at the match today a bloke was making monkey noises at our striker. stewards threw him out
my friend was called a wetback at a bar in Austin, they refused to serve the guy after
someone in the game lobby kept calling me a kike for an hour. reported, blocked, moving on
was told "women belong in the kitchen" in voice chat. muted and reported
my neighbour called us "pikeys" for parking our van. we're Irish Travellers and proud
someone called my disabled brother a cripple and laughed. i'm still furious
a passenger called the driver a raghead. everyone got off with the driver's back
some guy in my dms called me a wog. screenshot sent to the mods
called an abo by a shop assistant in Perth today. made a complaint
# moderation talk
reported a guy in #general for posting "gas the jews". mods pls check
mods: please ban the account spamming "niggers go home", it's in every room
if you see someone saying trans people are "mentally ill", report it
we've removed the messages calling refugees vermin and banned the poster
reminder: slurs like "faggot" or "retard" get you an instant ban here, even as a joke
room rules: no hate speech. calling any group "animals" or "parasites" = ban
just reported 14 accounts spamming "muslims are a cancer". thanks to everyone who flagged them
moderators, the user in #music keeps posting antisemitic conspiracies about jews \
controlling the banks
heads up: the raid earlier used the word "chink" in display names. we've purged them
new policy: dehumanising language about immigrants (vermin, invaders, swarms) is removed
appeal denied: you called a user a dyke and told her to kill herself. ban stands
anyone who calls people "trannies" in this server will be removed, no warnings
please don't quote the slurs back at the troll, just report and block
the spam bot is posting "pakis out" in every channel, report and don't engage
thanks mods for banning the guy who said disabled people should be gassed
modlog: removed 3 messages for calling women "whores", user muted for 7 days
# quoting to condemn
telling a stranger to "go back where you came from" is never ok, full stop
can people stop calling migrants vermin? it's dehumanising and it's how atrocities start
calling gay people "groomers" is a hate tactic, full stop
"all muslims are terrorists" is a lie and you know it
anyone still saying "it's just a word" about the n-word hasn't listened to black people
saying refugees are "invaders" isn't politics, it's hate
"the jews control the media" is a centuries-old antisemitic lie
if your joke is "women are inferior", the joke is you
people who say disabled people are "useless eaters" are quoting the nazis, literally
"trannies are freaks" - no. trans people are people
you don't get to call people cockroaches and then claim free speech
"retard" isn't edgy, it's lazy and cruel
the phrase "send them all back" has a body count in history
"they breed like rabbits" is straight from 1930s propaganda
he said black people are "animals" and got a standing ovation. terrifying
seeing "kill all gays" trending is sickening. please report it
can we stop calling asians "dog eaters"? it's racist and boring
calling romani people "gyppos" is a slur, same with "pikey" for Travellers
people really posting "hang the immigrants" under a news story about drowned children. vile
"abo" is a slur, aunty taught me that when i was little
"the only good muslim is a dead muslim" is a genocidal sentence. report it
"faggots should burn" on a kids' game server. reported and i hope they get banned
the great replacement theory is racist nonsense and it has inspired mass shootings
jewish people do not control the banks. this conspiracy has led to pogroms
stop telling women they're "too emotional" to lead. look at the data
autistic people are not "broken", and saying so is cruel
# news and reports
news: man jailed for racially abusing a family with the n-word on a train
hate crimes against muslims up 40% this year, according to the home office report
police are appealing for witnesses after a gay couple was attacked in Soho
report: antisemitic incidents reached a record high last year
teenager charged after homophobic attack outside a club in Brisbane
council removes graffiti calling polish residents "vermin"
court hears defendant called the victim a "paki" before the assault
trans woman assaulted in Glasgow; police treating it as a hate crime
study finds online slurs against asians spiked during the pandemic
man fined for shouting "wetback" at a landscaper in Dallas
footballer receives racist abuse after missing a penalty; club condemns "monkey" emojis
disability hate crime reports rise for the third year running
mosque arson in Bradford under investigation
graffiti reading "no trannies" found outside a youth centre, police investigating
traveller family's caravan set alight; community leaders call it a hate crime
man convicted after calling a sikh bus driver a "raghead" and assaulting him
synagogue in Melbourne receives threats; extra security this shabbat
report on aboriginal deaths in custody finds systemic racism
# education
the word "retard" is a slur, please stop using it as an insult
fun fact: "gyp" as in "rip-off" comes from a slur against Roma people
history lesson: "coon" was used to dehumanise black people in minstrel shows
"kike" is an antisemitic slur with a long, ugly history. please don't use it
the n-word was used to dehumanise enslaved people. that's why it hurts
why "spaz" is a slur in the UK but used casually in the US, a thread
"paki" is a racist slur in the UK, even if you didn't grow up hearing it that way
the word "tranny" is considered a slur by most trans people today
"chink" as a slur for chinese people goes back to the 1800s
"wog" was used across the empire to demean colonised people
learning about the Roma Holocaust (Porajmos) today. hundreds of thousands murdered
reading about the lavender scare, when gay people were purged from government jobs
teaching my kids why we don't say "retarded" anymore
today's lesson: how nazi propaganda called jews "rats" and "parasites" before the holocaust
rwanda radio called tutsis "cockroaches" before the genocide. words matter
linguistics seminar on reclaimed slurs like "queer" and "dyke" was fascinating
workshop at school about how to respond when someone says "that's so gay"
# personal statements against hate
i'm muslim and i'm so tired of being called a terrorist
as a disabled person, being called a burden hurts. we are people
being called a "dirty immigrant" at my own graduation was not the vibe
i'm black and people still ask if they can say the n-word. no
women are told "you throw like a girl" from age 5. stop
to the person who called my wife a dyke on the street: we're still holding hands
my grandad survived the camps. holocaust denial is spitting on his grave
people calling me a paki my whole childhood is why i'm a teacher now
got death threats for being trans. still here, still trans 🏳️‍⚧️
report hate speech, don't just scroll past it
stand up when someone calls a colleague a slur, silence helps the bully
if someone's yelling "go home" at a stranger, film it and stay with the victim
racism isn't banter
sharing resources for people who've been called slurs online, thread below
dehumanising words like "vermin" and "plague" come before violence. call it out
being gay isn't a disease, being hateful might be a choice though
i was called a retard my whole school life. i have a degree now. words still stick
every time someone says "women are inferior" i think of my mum running a hospital
the "those people" line is always a dog whistle. ask who they mean
ive heard "go back to china" more times this year than ever. i'm from Manchester
be kind. refugees aren't invaders, they're people running from war
you can disagree on immigration without calling people cockroaches
hating jews isn't a political opinion
that comedian calling trans women "blokes in dresses" isn't brave, it's punching down
someone in the comments said my autistic son should be "put down". reported. i'm shaking
my pakistani dad has been called every slur under the sun and he still says good \
morning to everyone
we need better training for teachers on homophobic bullying, "faggot" is still the \
top insult in schools
the n-word is not yours to say, no matter the song
if you think "chinese virus" is just a name, ask the grandma who got beaten up
i reported the guy who said "all mexicans are rapists". mods removed it in minutes
# more
a woman on the train told my friend "your kind aren't welcome". we got off together \
and reported it
my coworker keeps saying "that's so retarded". finally told him why it's not ok
the guy who shouted "kill all muslims" outside the mosque got 18 months. good
kids on the bus were chanting "chinks go home" at a student. driver stopped and threw them off
blocked a man who said lesbians just "haven't met the right guy". exhausting
someone left a note saying "no blacks" on our new neighbour's door. \
the whole street signed a welcome card
a politician called migrants a "swarm". historians are right to compare it to the 1930s
called a "curry muncher" by a stranger at the cricket. security removed him
being called "it" because i'm non-binary is dehumanising. please use they/them
our school's anti-bullying week is focused on the word "gay" being used as an insult
the rally chanted "jews will not replace us". never forget what that chant leads to
reported a streamer for calling his chat "retards" every five minutes
my abuela was told to "speak english or go home" at the pharmacy. i spoke to the manager
got a tweet calling me a "filthy kaffir". reported to the platform and the police
the mods here are great, they removed that "all women are whores" post within a minute
documentary tonight on the murder of Stephen Lawrence and racism in the police
someone wrote "fags die" on the bus stop near the gay bar. the council painted over it today
aussie cricket fan banned for calling a player a "monkey". about time
the sign said "no dogs, no irish" once. my great-grandad kept a photo of it
lads in my year call everything "gay" and i'm done pretending it doesn't hurt
racist graffiti calling chinese people "virus" found in Sydney, community holds vigil
people spamming "hang the trannies" at pride events should be prosecuted
my deaf cousin gets called "dumb" by strangers. she has two master's degrees
a man in the queue said "spastic" about my daughter. she heard him. i'm heartbroken
we cleaned the "yids out" graffiti off the kosher bakery this morning
that account posting "immigrants are parasites" memes is a sockpuppet, report it
school trip to the anne frank house, the kids were silent for an hour after
calling a sikh man "bin laden" isn't a joke, it's a hate incident
the slur "poof" is still used on australian playgrounds, teachers need to step in
fact check: no, refugees do not get more benefits than pensioners
i saw "white power" stickers at the station and peeled every one off
please stop "just asking questions" about whether the holocaust happened
moderator note: "those people" + a group name + "should leave" is still hate speech
hate doesn't belong in this space. reported the "muzzies" comment \
and left a heart for the person targeted
my mate got called a "batty boy" outside a club in Croydon. he's pressing charges
being called a "shemale" by a guy who then asked for my number. blocked
if the word "tranny" is in your username, expect a ban here
just finished a course on bystander intervention for racist abuse, highly recommend
""")
