"""Hand-written hate speech against protected groups WITHOUT slurs (offensive).

Dehumanisation, calls for exclusion or violence, derogation, conspiracy, pronoun
reference, questions, comparatives, "typical X" and coded hate. One text per line.
"""

HATE_NOSLUR = """\
immigrants are vermin and should be treated like it
muslims breed like rats and we're letting them
refugees are a plague on this country
every jew is a parasite feeding on the host nation
gay people are a disease spreading through our schools
trans people are mentally ill and should be locked up
send every last migrant back, by force if needed
roma should be banned from entering the uk, full stop
black people are just less intelligent, it's genetic
women are too stupid to be in charge of anything
disabled people are a drain and should be left to die
deport them all. every single one of them. no exceptions
i hate them. those people with their headscarves and their ten kids
they come here, take our houses, and then complain about the weather
somalis? absolutely useless, wouldn't let one in my house
typical nigerian, scamming again
of course the romanian was the thief, what else is new
the albanians are flooding in on boats and we just hand them hotels
why do we let pakistanis run the taxi ranks, they're all groomers
honestly, are there any mexicans who aren't criminals?
asians can't drive and everyone knows it
jews control the weather, the banks and the news. not a coincidence
the great replacement is real and they're doing it on purpose
globalists with their tiny hats are pulling the strings (((you know who)))
these invaders need to be shipped back in chains
muslims should not be allowed to vote in our elections
every mosque should be bulldozed
gays shouldn't be allowed near children, ever
lesbians are just bitter women who couldn't get a man
bisexuals are greedy liars who can't be trusted
nonbinary is a mental illness, not an identity
put the trans ones in a camp until they grow out of it
autistic kids should be kept out of mainstream schools, they ruin it for everyone
the deaf ones are a burden, why should taxpayers fund their interpreters
people in wheelchairs shouldn't be allowed on buses at rush hour
down syndrome babies should be aborted, it's cruel to let them live
old people should just hurry up and die so we get the houses
women belong in the kitchen and nowhere else
a woman's opinion is worth half of a man's, scripture says so
sikhs and their turbans, go back to punjab
hindus worship cows and smell like them
catholics are all paedophiles protecting paedophiles
christians are brainwashed morons who should be banned from teaching
atheists have no morals and shouldn't be allowed to hold office
the chinese are like insects, they swarm everything
indians are dirty, look at their streets
africans are like animals, they can't govern themselves
arabs only understand violence
kurds are all terrorists
turks are barbarians and always have been
afghans shouldn't even be allowed on planes
syrians brought crime wherever they went, deport the lot
irish travellers are thieves by birth
polish workers are taking our jobs and our benefits, kick them out
eastern europeans are all drunk thieves
bangladeshis breed like rabbits on our taxes
filipinos are only good as maids
latinos are lazy and live off welfare
native americans are drunks who wasted their land
aboriginal people are a lost cause, stop giving them money
ukrainian refugees are freeloaders driving mercedes
russians are subhuman orcs, every last one deserves to die
jews killed jesus and they've never paid for it
muslims are all terrorists in waiting
gay marriage is an abomination and the gays should be punished
homosexuality should be criminalised again
trans women are men in dresses and predators
migrants are cockroaches crawling across the channel
refugees should be shot at the border
we need another holocaust
the best immigrant is a deported immigrant
ban islam, close the mosques, deport the imams
gay people burn in hell and deserve to
these people are animals and should be caged like animals
islam is a cancer and muslims are its cells
they multiply like bacteria in every city they settle in
migrants are swarming our streets like locusts
black men are violent by nature
jews are greedy. it's in their blood
gays are perverts
trans people are freaks
women are emotional and shouldn't vote
immigrants are criminals, all of them
the disabled are useless eaters
how many more muslims do we need before we admit it was a mistake
why are jews always behind every war?
is there a single refugee who actually contributes anything?
why do gay people have to shove it down our throats, they're sick
do black people ever take responsibility for anything?
can we please stop letting migrants in before they outnumber us
would you trust a muslim babysitter? exactly
what do you call a romanian in a suit? the defendant
a mexican, a muslim and a jew walk into a bar. none of them should be in the country
somalis are worse than rats, at least rats don't claim benefits
migrants are dirtier than the stray dogs in this town
i'd rather have a dog as a neighbour than a pakistani family
trans people are more dangerous than any criminal
women are slightly smarter than dogs, slightly
typical muslim, beating his wife and calling it culture
typical jew, counting every penny
typical woman driver, should never have been given a licence
typical gay, always playing the victim
typical immigrant, here five minutes and already on benefits
that's so gypsy of them, stealing again
you can always tell when a nigerian has been in the room, your wallet is gone
saw a hijab on the bus today. this country is lost
the more diverse the area the more stabbings. just saying
13% of the population, 50% of the crime, do the math
our daughters are not safe with these men crossing the channel
they're not like us and they never will be
the demographic change is deliberate, wake up before it's too late
remigration now. all of them. every non-native
keep our streets white
europe for europeans, the rest can go home
diversity is code for white genocide
they should have stayed in their caves
the "vibrant community" mugged my nan again
they don't assimilate, they colonise. we need to stop them
the mosque down the road is a terrorist factory
these so-called refugees are fighting age men sent to invade
gender ideology is a satanic cult run by groomers
every gay man is a potential child abuser
trans people belong in psychiatric wards, not bathrooms
lgbt is a disease and it's spreading to our kids
the jews run the slave trade, the media, and now the vaccine. see the pattern
holocaust never happened and they've been milking it ever since
hitler had some good ideas about them
muslims should wear badges so we know who they are
put all the migrants on an island and let them fight it out
sink the boats. every last one
any gay couple moving onto our road is getting their windows put in
if a trans person uses the ladies while my daughter's in there they'll be carried out
we should round up all the illegals and make an example of them
disabled kids are a punishment from god on their parents
autism is just bad parenting and weak children
autistic people are broken and should be kept away from normal society
women who don't obey their husbands deserve to be beaten
the black ones at work are lazy, always on their phones
chinese people have no souls, they're like robots
koreans all look the same and act the same, like clones
vietnamese boat people brought nothing but gangs
jamaicans are all drug dealers, no exceptions
ghanaians are scammers, every one i've met
nigerians should be banned from the internet lol
pakistanis are rapists, it's cultural
bangladeshis stink, it's unbearable on the tube
iranians are religious lunatics who want us dead
israelis, meaning jews, are the root of all evil
palestinians are savages who teach kids to hate
lebanese and syrians — same thing, terrorists
romanians and bulgarians, thieves and beggars the lot
albanians are mafia, every single one
greeks are lazy parasites on the EU
germans are still nazis deep down
the english are a pack of inbred thugs
the welsh are backwards inbreds, keep them in their valleys
mexicans are rapists and drug dealers and we should build the wall
brazilians are all thieves and prostitutes
colombians are all cocaine dealers
haitians bring disease wherever they go
cubans are communist rats
africans should be grateful we colonised them
black people were better off as slaves
white people are the devil and should be wiped out
whites are a virus on this planet
hope the gays all catch something and die
trans kids should be beaten until they stop pretending
they want to turn your son into a girl, the sick freaks
those people on the third floor, the muslim family, I want them gone
he's one of them, you can tell by the nose
never trust someone with that surname, they'll rob you blind
i won't hire women, they just get pregnant and leave
we don't serve their kind here
no blacks, no dogs, no irish, like the good old days
i don't want my kids in a class with refugee children
they'll never be british no matter what passport they hold
if you're not white you're not english
these people shouldn't be allowed to have children
jews shouldn't be allowed to hold public office
muslims should be banned from the police and the army
gay teachers should be fired, all of them
trans people should be barred from every public job
disabled people shouldn't be allowed to have kids
women shouldn't be allowed to drive, let alone vote
immigrants shouldn't get healthcare, let them die in the queue
hang the gays like iran does, they've got it right
the final solution was the right idea
we should gas them all
burn the mosques and the people inside
the only good muslim is a dead muslim
every immigrant is a future criminal
look at them. you know what they are. animals, that's what
just saw two blokes holding hands in the park, makes me want to vomit, degenerates
those people aren't human, not like us
they're taking over, one council estate at a time
muslims are a fifth column and should be treated as the enemy
gypsies don't belong anywhere, they should be rounded up
they're all the same, those people — liars and thieves
can't believe they let a deaf person be a doctor, what a joke
people with mental illness should be locked away from society
"""
