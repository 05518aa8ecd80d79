# ruff: noqa: E501
"""Hand-written seeds for the transformed categories.

Words in [brackets] are the ones a disguiser would hide; the transforms target them.
"""

from .textblock import lines

DISGUISE_SEEDS = lines("""
all [niggers] should be sent back
[faggots] ruining every fandom
you're a [fucking] [retard]
[kill] all [muslims]
[trannies] are [freaks]
go back to your country you [paki]
[jews] run the world, wake up
[fuck] you and your whole family
[cunt] of a lecturer
shut up you [stupid] [bitch]
[chinks] out of our uni
[immigrants] are [vermin]
[gays] should [burn]
eat [shit] and [die]
[spics] go home
the new mod is a [dyke] and a [bitch]
[kike] bankers again
[pikeys] robbing the estate again
[fenian] scum out
[kaffirs] ruin everything
[keling] drivers are trash
[gooks] on our server
[towelheads] off our planes
[muzzies] out
[women] are [property]
[disabled] people are useless [parasites]
[refugees] are [rats]
[blacks] are [animals]
[trans] people are [sick] in the head
[suck] my [cock]
[slut] for hire
[wanker] of a boss
you [dumb] [bastard]
[motherfucker] broke the build
I will [kill] you
[rape] her
I know where you [live]
[fag] in the office
[nigga] get out
[whore] mods
[piss] off you [twat]
[gas] the [jews]
[hang] them all
[bakla] ka
[bobo] ka talaga
[kanina] this fella
[doos] driver
[bawbag] referee
[gobshite] manager
[spastic] kids should stay home
[mongs] shouldn't breed
[roma] are [thieves]
[asians] are [bugs]
[africans] are [monkeys]
[lesbians] are [disgusting]
[homos] are [perverts]
[feminists] are [whores]
[boomers] should [die]
[dickhead] in the group chat
[kill] [yourself]
[kys] loser
go [hang] yourself
[die] in a fire
[burn] the [mosque]
[shoot] the [refugees]
[beat] up the [gays]
[trannies] should be [shot]
[niggers] should [hang]
[jews] to the [ovens]
[arabs] are [terrorists]
[indians] are [scammers]
[filipinos] are [servants]
[mexicans] are [rapists]
[blacks] are [criminals]
[muslims] are [terrorists]
[chinese] are [dogs]
[nonbinary] people are [freaks]
[bisexuals] are [sluts]
[autistic] kids are [broken]
[old] people should [die]
[migrants] are [cockroaches]
[travellers] are [scum]
[africans] should go back to the [jungle]
[raghead] at the airport
honestly the new maintainer is a [fucking] [idiot] and should be kicked off the project before he breaks anything else
every [tranny] in this fandom needs to get off tumblr and get [therapy]
the [pakis] running the corner shop charged me double again, send them [home]
our lab partner is a useless [retard], I swear he's never opened a textbook
those [refugees] in the hotel are [parasites] and the town wants them out
told my flatmate she's a lazy [bitch] and a [slut] and I meant every word
[muslims] should be [banned] from the uni prayer room and from the country
go [kill] [yourself] nobody on this server would even notice
the [faggots] at pride will get what they deserve this year
[women] shouldn't be allowed to review code, they're too [emotional]
our team lead is an [asshole] and a [prick], don't take the job
new fic up, and I want someone to [fuck] me like the [bastard] in chapter 9
I know your [address] and I'll be [waiting] outside after the meetup
the [chinks] in my tutorial group [cheat] on every assignment
[blacks] in this city are all [thugs] and the police are too scared to act
[disabled] kids are a [waste] of school money, put them in homes
""")

MISSPELL_SEEDS = lines("""
you are the most pathetic useless idiot I have ever met
immigrants are disgusting vermin and should be deported
trans people are mentally ill and should be locked up
gay people are an abomination and deserve punishment
muslims are terrorists every single one of them
women are too stupid to write software
go kill yourself nobody would miss you
I know where you live and I am coming for you
fuck off you worthless piece of shit
you are a fucking retard
black people are violent criminals
jews control the banks and the media
refugees are parasites living off our taxes
disabled people are a waste of money
the whole team knows you are a lazy useless moron
your mother should have aborted you
shut up you ugly stupid bitch
travellers are thieves and should be run out of town
asians are disgusting and eat dogs
filipino maids are thieves
indians are all scammers and liars
africans are savages
lesbians are disgusting freaks
nobody likes you, you annoying little creep
you should be ashamed to exist
I hope you die in a car crash
watch your back tonight because everyone in the group chat knows which bus you take
we are going to burn down your house
send me nudes now or I will tell everyone what you said about them
suck my dick loser
you are a worthless waste of space
foreigners should go back where they came from
the pakistanis should all be deported
romanians are beggars and thieves
the irish are drunk idiots
scottish people are thick and lazy
old people should hurry up and die
chinese people are rats
muslims should be banned from the country
trans women are predators
gay teachers are paedophiles
autistic kids are broken and useless
fat people are disgusting pigs
your code is garbage and so are you
our maintainer is an arrogant idiot
that stupid cow in accounts is useless
my landlord is a greedy bastard
you are a disgusting pervert
the refugees should be shot at the border
hang all the traitors
blacks are monkeys
mexicans are rapists
arabs are terrorists
migrants are cockroaches
the homeless should be hosed off the streets
get out of this country you filthy foreigner
I will smash your face in
your kids are not safe walking home from that school, just so you know
I will find you and hurt you
fucking bastard broke the build again
shit head flatmate stole my food
you are a brainless clown
absolute dickhead of a team lead
the new mod is a power hungry loser
I want to fuck you so hard
horny and looking for sex tonight
send pictures of your tits
women belong in the kitchen
men are trash and should die
bisexuals are greedy liars
nonbinary people are attention seekers
people with down syndrome should not exist
deaf people are stupid and should not be allowed to work in an office with normal people
immigrants are ruining everything, the schools, the hospitals, the whole neighbourhood, send them back
catholics are brainwashed idiots
protestants are bigoted thugs
hindus are savages who worship animals and should not be allowed to build temples here
sikhs are terrorists
christians are child abusers
atheists have no morals
the government should sterilise them before they have more children on benefits
they are animals and should be put down
they breed like rats
all of them should be exterminated
you disgusting whore
stupid bitch thinks she can code
pathetic loser lives with his mother
you are an ugly fat cow and everyone at work laughs at you behind your back
shut your mouth you ignorant fool
you are a lying snake
I hope your family suffers
your address is going online tonight
we know where your children go to school
you will regret this for the rest of your life
the faggots at pride deserve a beating
trannies should stay out of our toilets
kill the infidels
niggers are ruining the neighbourhood
pakis out of our town
those chinks spread disease
""")

BENIGN_DISGUISE_SEEDS = lines("""
good morning from dublin
coffee first then code
new chapter up on ao3 tonight
at the gym, back in an hour
happy friday everyone
stream starts at 8pm
on holiday till monday
listening to taylor swift on repeat
exam season, wish me luck
just merged my first pull request
working from home today
cosplay photos coming soon
shipping these two forever
out for a run along the beach
teh tarik and kaya toast for breakfast
back in manila for the weekend
braai at mine on saturday
rain again in glasgow, classic
cat is asleep on my keyboard
coding all night
love you all so much
new fanart posted
reading in the park
hello from singapore
merry christmas and happy new year
thank you for 1000 followers
commissions closed for now
in a meeting, brb
best day ever
summer vibes
dinner with the family
vote for our project in the awards
new blog post is live
birthday week
gone fishing
game night on friday
pizza time
love this fandom
open source is my happy place
sleepy but happy
hackathon this weekend
keep calm and carry on
release candidate is out
please be kind
stay safe everyone
learning rust this month
tea and biscuits
off to the gig tonight
puppy update coming soon
trip to cape town booked
graduation day
finally finished my thesis
boracay here i come
hiking in the highlands
new keyboard who dis
spring cleaning the repo
first snow of the year
writing my novel
bake sale at the office
pride month, love is love
mental health day
live music tonight
back to school
weekend mode on
sending good vibes
""")
