"""locked9 offensive pool: hate speech against protected groups WITHOUT slurs.

Dehumanisation, calls for exclusion or violence, derogation, conspiracy, pronoun
reference, questions, comparatives and coded hate, over many groups and shapes.
"""

from __future__ import annotations

from .poolutil import lines

HATE_NOSLUR = lines("""
they breed like rats in those council flats and we pay for every single one of them
immigrants are a disease and this country is terminally ill
every mosque in this country should be bulldozed, no exceptions
line the boat people up on the beach and let the navy deal with them
why do we let somalis in at all? name one good thing they've brought
honestly i hate them. those people from the camp. the smell, the noise, all of it
muslims shouldn't be allowed to hold public office, full stop
the jews control the banks, the media and both parties. it's not a theory
typical romanian, nicked my phone within five minutes of getting off the bus
trans people are a danger to children and should be kept out of schools
i'd rather have a rabid dog living next door than a family of refugees
gays shouldn't be allowed to adopt, kids deserve a real family not a freak show
what do you expect from a country full of mexicans? crime and drugs
deport them all. every last one. put them on planes tonight
africans have never built anything, look at the state of their continent
disabled people are a drain and should be left to die off naturally
women belong in the kitchen and shouldn't be allowed anywhere near a vote
those chinese students are spies, every one of them, kick them out of the unis
sikhs in the police? no thanks, they should go back to punjab
gay teachers are grooming our kids and nobody has the guts to say it
the great replacement is real and the invaders are already here
you can't trust a muslim. their own book tells them to lie to you
hindus worship cows and treat humans worse than animals, backward people
aboriginal people get everything handed to them and still whinge
if you see a migrant boat in the channel, ram it. problem solved
pakistanis shouldn't be allowed within a mile of a school, you know why
keep the travellers out of this village, they bring nothing but theft and filth
i wouldn't piss on a refugee if he was on fire
lesbians are just confused women who need a good man
autistic kids should be put in homes so normal kids can learn in peace
arabs only understand violence, so give them violence
every black man i've ever met has been a criminal, so don't tell me it's a stereotype
polish builders are cockroaches, you get one and then the whole family turns up
bisexuals are greedy liars who spread diseases
ship the rohingya back, bangladesh can deal with its own vermin
jewish money is behind every migrant boat, ask yourself who's paying
trans women are men in dresses and should be arrested in women's changing rooms
we need a final solution for the muslim problem in this country
are albanians even human? genuine question
nigerians are all scammers, it's the national industry
north indians are uncivilised animals who ruin every city they migrate to
biharis ruin mumbai, send them back to their own state
bangladeshi infiltrators are termites eating away at assam
kashmiri muslims should all be thrown out of the valley, let them go to pakistan
muslims spread corona on purpose, it was a jihad, the whole country saw it
love jihad is real, they're stealing our daughters one by one
dalits should know their place and stop demanding reservations
christians are brainwashed sheep and deserve every bit of persecution they get
catholic priests are all paedos, every single one
the sudanese gangs in melbourne should be rounded up and shipped back
lebanese blokes are all thugs, can't go to cronulla without them starting something
chinese are buying up australia to take it over from within
the maori just want handouts and free land for doing nothing
haitians eat pets, they're animals, close the border now
venezuelans are parasites ruining colombia and peru
mexicans are rapists and drug dealers and the wall should be electrified
latinos breed like roaches and drain the welfare
uyghurs are terrorists and the camps are what they deserve
ukrainian refugees are freeloaders, send them back to die in their war
russians are subhuman orcs and should be wiped off the map, all of them
roma people are thieves by nature, it's genetic
turks are savages, always have been, always will be
kurds are a parasite people without a country for a reason
iranians can't be trusted, it's in their dna to lie
afghans should be sent back to the taliban, they deserve each other
syrians brought their war with them, now they rape our women
irish travellers are scum who should be banned from every town
english people are inbred thick racists, the whole lot
scots are whiny subsidy junkies living off our taxes
americans are fat brainless animals who deserve every shooting they get
filipinos are only good for cleaning toilets
koreans eat dogs and are basically savages
japanese are sick perverts, every one of them
vietnamese nail bar people should all be checked for visas and deported
tamils are all terrorists, they should have finished the job in 2009
deaf people shouldn't be allowed to have kids, it's selfish
wheelchair users are just attention seekers wasting space on buses
people with down syndrome shouldn't be born in the first place, abort them all
old people are useless mouths to feed, let covid take them
mormons are a cult of inbred polygamists who should be locked up
jehovah's witnesses should be banned and their kids taken off them
atheists have no morals and should be barred from teaching
gay men are diseased and shouldn't be allowed to donate anything
non-binary is a mental illness, lock them up and throw away the key
women are too emotional to lead anything, keep them out of politics
feminists should be beaten until they learn some respect
black people have lower iq, that's just science, stop denying it
stop letting asians into medical school, they cheat their way in
no indians in my rental properties, they make everything stink
there are too many of them now. you can't walk down the high street without seeing them
send them home. no, not the 'illegal' ones, all of them
they're not sending their best. they're sending criminals and rapists
rivers of blood was a prophecy and we're living it
the only good refugee is one that drowned on the way over
muslims are a cancer spreading through europe
every synagogue is a nest of zionist spies
those people don't belong in this country and never will, no matter the passport
why is it always the muslims? every single time
how many more of our kids have to die before we close the borders to africans?
if you've got a trans kid you've failed as a parent and they should be taken off you
islam is a death cult and its followers should be treated like terrorists
i'd vote for anyone who promises to empty the mosques and fill the ferries
the blacks are taking over, you can see it in every advert now
gay pride is a parade of perverts who should be arrested on sight
hitler had the right idea, he just didn't finish
gas chambers were too good for them
1488. the goyim know. spread the word
the 'refugees' in that hotel are all military-age men here to invade
a hotel full of migrants and our vets on the street. burn it down
they should bring back chemical castration for gays
muslim men are all rapists waiting for their chance
jews are the reason for every war in history, look it up
the holocaust never happened and they've been milking it ever since
chinese people are dirty and eat anything that moves
trans people should be sterilised so they can't pass it on
women who wear the hijab should be stripped of their citizenship
i don't want my kids in a school with those immigrant brats
they're animals. not people. animals. you've seen the videos from paris
black lives don't matter to me, and they shouldn't to you
the west is being flooded with third world garbage on purpose
wouldn't hire a woman, she'd just get pregnant and leave
immigrants are leeches sucking this country dry
these foreigners are like locusts, they eat everything and move on
they multiply like cockroaches and then cry racism when we object
somalis are basically a plague on minneapolis
ban the burqa, ban the mosques, ban the quran, ban the lot of them
gays are an abomination and god will punish any country that tolerates them
the indigenous don't deserve a voice, they lost the war
send every single pakistani back and the crime rate drops overnight
when they take over you'll wish you'd listened to me about the muslims
anyone who lets a trans person near their kids should be charged
the refugees in my town have turned it into a third world toilet
disabled kids are a burden on their families and the state
deport the indian students, they're ruining canada
brown people everywhere, toronto looks like delhi now, disgusting
chinese should be banned from buying property anywhere in the west
those travellers need moving on with a bulldozer
asians can't drive and should be banned from having licences
arabs are desert animals, always fighting, always killing
would you let your daughter marry a muslim? exactly. case closed
imagine being so backward you pray to a cow lol hindus
jews run hollywood and push degeneracy on our kids
the africans on my estate should be rounded up and flown back
trans activists are groomers, every single one
i'm not racist but black people really are more violent, the stats prove it
a woman's opinion is worth half a man's, that's how it should be
the autistic lad at work should be put out of his misery
leave the lepers to rot, they spread their disease everywhere
nothing worse than a gay couple holding hands in front of kids
these lot come here, don't learn the language, have ten kids and claim benefits
give it twenty years and sharia law will be in every british city
our women are being raped by migrants every day and the media covers it up
the quicker the old muslims die off the better
keep them in their own ghettos, away from decent people
we should've left the aboriginals to die out like they were doing
imagine defending roma after what they've done to every city in europe
dirty polish, stealing our jobs and our benefits at the same time
the romanians on my street should be rounded up and deported
lmao another gay couple, another broken kid. sad
arabic should be banned on the street, speak english or go home
just put a wall around africa and let them sort themselves out
put them all in camps, it worked before
refugees are rodents scurrying across the channel
typical woman driver, should have her licence taken away
our country is being ethnically cleansed and nobody cares
i'd shoot every migrant crossing the border if they let me
gay marriage is why society is collapsing, they should all be jailed
bring back the workhouses for the disabled scroungers
those pakistani families are all inbred, marrying their cousins
the jewish lobby owns every politician in washington
indians are filthy, they poop on the streets, look at the videos
why are we letting mexicans vote? they're not real americans
chinese virus, chinese people, same thing, both should be quarantined
ban muslims from flying, simple fix
the trans agenda is a satanic plot to destroy the family
any woman who gets an abortion should be hanged
muslims worship a paedophile so what do you expect from them
god hates gays and so do i
black people should go back to africa if they hate it here so much
deport all the foreigners and give the houses back to our people
the immigrants stink, the buses stink, the whole city stinks of them
muslims are invaders, not neighbours
women are property. always have been
what's the difference between a refugee and a rat? the rat has manners
sooner or later someone's going to have to deal with the jewish question
queer people are mentally ill and need conversion therapy
that whole estate is full of foreign scum, firebomb it
anyone speaking polish on the bus should be thrown off
these people are barely human, they act like wild animals
nursing homes are wasted on the elderly, we should cut them off
transgender people shouldn't exist, they need to be eradicated
gays spread aids and should be put on a register
hindus are cow worshipping savages who should be driven out of pakistan
christians should be kicked out of india, they're converting our poor
the kashmiri pandits deserved what happened to them
them lot from the mosque round the corner, can't stand any of them, want them gone
a dead migrant is a good migrant
the disabled get everything free while real workers starve, cull them
nobody wants them here. not their mosques, not their food, not their kids
honestly who even invited the syrians? nobody asked for this invasion
""")
