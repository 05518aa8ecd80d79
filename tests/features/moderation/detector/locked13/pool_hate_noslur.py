# ruff: noqa: E501
"""Hand-written pool: hate speech without slurs (offensive)."""

from .textblock import lines

HATE_NOSLUR = lines("""
immigrants are vermin and this country needs pest control
muslims are a disease on europe and the cure is deportation
trans women are men in wigs playing dress up, they should be banned from every women's space
gay people shouldn't be allowed to adopt, kids deserve a normal home
women belong in the kitchen, not in the commit log
honestly the disabled are just a drain, let nature take its course
jews are behind every war, read a history book
refugees are parasites feeding off our taxes
black people are genetically less intelligent, it's just science
roma are born thieves, it's in their blood
asians all look the same and drive the same, terribly
indians are the cockroaches of the internet, spamming every forum
travellers are animals, look at the mess they leave behind
old people should just hurry up and die so we can have houses
gays are an abomination and deserve what's coming
they're all rapists, every single one who came over on those boats
mexicans are rats and the wall was never high enough
the chinese are a plague on the world, literally and figuratively
nigerians are all scammers, never trust one
pakistanis should be sent back on the next flight, every single one
catholics are brainwashed idiots who deserve their abuse scandals
protestants are bigoted orange thugs, burn their bonfires with them on it
hindus are savages who worship cows and burn widows
atheists have no morals and shouldn't be allowed to teach
autistic people are broken robots and shouldn't have rights
bisexuals are greedy liars, never date one
lesbians just haven't met the right man yet, they need fixing
trans people are mentally ill and need to be locked up for their own good
deaf people are basically stupid, why cater for them
wheelchair users should stay home, they clog up the trains
women are too emotional to be maintainers of anything serious
female devs only got hired for the diversity numbers
men who cry are weak subhumans
filipinos are only good as maids and nurses, nothing more
the PRC lot in singapore are ruining everything, they breed like insects
foreign workers in SG should be kept in their dorms where they belong
zimbabweans are stealing our jobs, chase them back over the border
somalis are savages, look at their country
foreigners are locusts, they eat everything and leave nothing
the irish are drunk lazy animals, always have been
scots are subsidised leeches who should be grateful
the english are a disease that spread across the globe
poles are only good for cleaning and building, nothing else
romanians came here to pickpocket and beg, send them back
albanians are all gangsters, close the border
arabs are a violent people, peace is not in their nature
africans can't govern themselves, they needed the colonisers
muslim men are all groomers, every one of them
jewish people can't be trusted with money or power
gay men spread disease, they should be quarantined
trans kids are the product of abusive parents, take them away
people with down syndrome should never have been born
the mentally ill should be locked away, not on the internet
fat people are disgusting subhumans who deserve to be mocked
boomers should be put on an ice floe and pushed out to sea
zoomers are a wasted generation of snowflakes, let them starve
teenage girls are brainless and should be seen not heard
women who code are a novelty act, they shouldn't be taken seriously
the asylum seekers in that hotel should be burnt out
we need to cleanse this country of every last one of them
they all smell of curry and lie on their CVs
they breed like rats and vote like sheep
they should go back to the jungle they crawled out of
they're not human, they're a different species honestly
keep them out of our schools and our pools
any gay kid in that school needs to be straightened out with a beating
deport the lot, men women and children, no exceptions
these people should be sterilised before they ruin the gene pool
immigrants should be rounded up and shipped out in cattle cars
put the trans activists in camps and see how loud they are then
muslims shouldn't be allowed to vote or hold office anywhere in europe
women shouldn't vote either, it was a mistake
jews should have their own island and stay on it
roma children shouldn't be allowed in normal schools
disabled people shouldn't be allowed to have children
gays should be thrown off roofs like in the good old days
trans people don't deserve healthcare, let them suffer
foreigners should have to wear a badge so we know who they are
black men are violent by nature, the stats don't lie
asian women are submissive and exist for the taking
latinas are all easy, everyone knows that
indian men are creeps, every single DM is from one
chinese students are spies and should be expelled
filipino maids should know their place and stop asking for days off
malays are lazy and the government spoon feeds them
indians in singapore are loud and dirty and take over the void decks
the ceca lot are invaders, get them out of our country
south africans of a certain colour should go back to europe
white people are devils and deserve to be wiped out
afrikaners deserve what's coming to them on the farms
zulus are savages with no culture worth saving
the irish travellers breed like rabbits and live like pigs
northerners are inbred and thick as mince
highlanders are inbred sheep shaggers, everyone knows it
people from the estates are scum and should be sterilised
the homeless are vermin, hose them off the streets
sex workers deserve whatever happens to them
the dole scroungers and their kids should be left to rot
muslims should be banned from the university prayer room and the country
the arabic speakers in the lab should be reported to immigration
our project doesn't need any more women, they just start drama
the sooner the old generation dies off the better, they ruined everything
trans folk shouldn't be allowed on the contributors list, it's a mental illness
gays in the fandom are corrupting the kids with their smut
every non-white character in this show is a woke insult to the source material
they keep making the elves black, those people need to be kept out of fantasy
migrants are the cancer and we are the chemo
refugees are invaders, treat them like an invading army
muslims are a cancer and europe needs surgery
gay teachers are a danger to children, fire them all
disabled kids are a waste of school resources
autistic kids should be in institutions, not classrooms
black women are loud and aggressive, it's a fact
african immigrants bring crime and disease, nothing else
mexicans are lazy and dirty and that's why their country's a mess
indians can't be trusted with code, it all has to be rewritten
chinese people eat anything that moves, disgusting animals
japanese people are perverts, the whole country is sick
filipinos are a nation of servants
vietnamese are only good for nail salons
pakistanis are all groomers and the police protect them
bangladeshis are dirty and overbreed
arabs should be kept out of the west entirely
persians are terrorists in waiting
africans are a lower form of life
the irish should never have been let into this country
the welsh are backward inbreds who shag sheep
scottish people are tight-fisted and thick as two short planks
the english are arrogant thugs and should be kicked out of scotland
americans are fat stupid pigs and deserve every shooting
australians are convict trash with no culture
new zealanders are just sheep shaggers with an accent
brits are a nation of racist drunks, the world would be better without them
germans are nazis at heart, always will be
russians are subhuman orcs, every last one
ukrainians are beggars and thieves
jews and muslims should both be kicked out, let them fight elsewhere
christians are child abusers in robes
sikhs are terrorists in turbans
buddhists are cultists who hate women
atheists are degenerates who should be shunned
women are property, the sooner they accept it the better
girls shouldn't be educated past primary school
feminists should all be raped into silence
men are trash and should be castrated at birth
single mothers are leeches who ruin society
older women are useless and should be put out to pasture
pensioners are bed blockers who should be left to die
kids with adhd are just badly raised brats who need a slap
people with schizophrenia are dangerous and should be locked up forever
blind people shouldn't be allowed out alone, they're a liability
fat women shouldn't be allowed on planes or in public
gay men are perverts who want to recruit your sons
lesbians are ugly man-haters who couldn't get a man
bi people are confused sluts
ace people are broken and need therapy not a flag
nonbinary people are attention seeking freaks, there are two genders
intersex people are mistakes of nature
trans men are just confused girls who need a good man
trans women will never be women, they're predators in disguise
every drag queen is a paedophile
those people should not be allowed near schools, libraries or children
none of them should be allowed in the country, not one
they don't belong here and they never will
if they loved their country so much they should go back and rot in it
make them leave by any means necessary
we must secure our people from the filthy hordes at the gate
the great replacement is real and the invaders must be stopped
remigration now: every one of them back where they came from
ship them off to rwanda and don't let them come back
if you're not white you're not welcome in this server
this channel is for real men only, no women, no gays, no trans freaks, no exceptions
non-christians have no place in this country's government
muslim students should be monitored by the police at all times
foreign doctors are killing british patients with their incompetence
chinese food should be banned because of what those people eat
every indian dev on github is a spammer, block the whole country
nigerians shouldn't be allowed visas, they're all fraudsters
romanians shouldn't be allowed in the UK, they're all beggars
immigrants should never be allowed to become citizens
migrants drowning in the channel is just natural selection
the refugee boats should be sunk before they land
if you're gay you should keep it to yourself or get out of the office
the only good foreigner is one on the next flight out
they're animals, all of them, and animals get put down
these people are an infestation, get the exterminators in
they multiply like bacteria and ruin every neighbourhood
burn down the mosque and see if they get the message
every synagogue should be shut down, they're plotting in there
the travellers' site should be bulldozed with them in it
trans people should be erased from public life entirely
disabled people are useless eaters, no offence
the world would be better without africa in it
filipino nurses are stealing british jobs and killing patients
malaysians are thieves, lock your stuff up when they visit
singaporean chinese think they're better than everyone, arrogant pricks the lot of them
south asians at uni cheat on everything, they have no integrity
I've been in this open source project for six years and I'm telling you, the moment they let women into the core team it became a therapy circle. keep them on docs and out of the architecture discussions
honestly the whole estate went downhill when the council started housing somali families there, they don't work, they don't integrate, they just breed and take, and nobody's allowed to say it
every time I see a trans character in a fic I close the tab. those people are sick in the head and writers who include them are grooming teenagers, it's that simple
""")
