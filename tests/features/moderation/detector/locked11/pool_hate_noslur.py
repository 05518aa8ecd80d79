# ruff: noqa: E501
"""Hand-written hate speech WITHOUT slurs (locked11, category hate_noslur).

Dehumanisation, contempt stereotypes, calls for exclusion or violence, pronoun
references and coded phrasing. One text per line, offensive on purpose.
"""

HATE_NOSLUR = """
Refugees are vermin. You don't house vermin, you exterminate them.
Muslims should be banned from owning property in this country. Full stop.
Gypsies are a plague on every village they land in. Burn the caravans, problem solved.
went to leicester today. they're everywhere. every single one of them on benefits
Gay people are mentally ill and should be treated like it, not celebrated.
Women shouldn't be allowed to vote, look at the state of the country since they did.
trans people are mentally ill predators and need locking away from kids
Africans can't run a country to save their lives. Stop sending them aid.
Jews killed Christ and they've been running the world's money ever since.
The disabled are a drain on society. In the old days nature would have sorted them out.
Admin pls, every Nigerian on this forum is a 419 scammer. BLOCK THEM ALL before someone gets robbed.
the indians in the flat below STINK of curry and they bring filth wherever they go. never renting near them again
Old people should be denied NHS treatment after 80, they've had their turn, let them go.
chinese are soulless insects, theyll eat anything that moves and copy anything that doesnt
Ladies of this group, Romanians have moved into no. 42. They are born thieves, lock up your handbags!!
Black men are naturally violent. The science says so, the stats say so, and I SAY SO.
Hindus worship cows and rats and want us to take them seriously? Primitive people.
Sikhs with their knives and turbans have no place on a British bus.
HIRE BRITISH!!! Polish builders drink on the job and nick your tools, my neighbour found out the hard way
somalis = parasites. came for handouts, stayed for handouts. simple
Lesbians are just women no man wanted 🤣🤣 sad really
Deaf people shouldn't be allowed to have kids, why pass it on?
MIGRANTS ARE AN INVASION. We need to treat them like one.
Bangladeshi infiltrators are termites eating up the country. Throw them into the Bay of Bengal.
These Muslims are doing love jihad on our daughters. Hindu brothers, be ready.
Christians are brainwashed sheep and the world would be better without them.
Aboriginal people had 60,000 years and never invented the wheel. Says it all.
eastern europeans are like cockroaches mate, once one moves in the rest follow
Fulani herdsmen are all killers. Every single one of them should be driven out of the south.
Igbo people na all drug dealers and fraudsters, ask anybody for Lagos
Yoruba men are cowards who only know how to talk and party. No spine in the whole tribe!!!
Autistic kids should be kept out of mainstream schools, they ruin it for normal children.
Pakistanis are groomers. Every town, same story. Deport the lot.
Mexicans coming over the border are like ants at a picnic, stamp on them early or they never stop coming
Mexicans are rapists and drug mules, and they breed like rabbits.
asians cant drive. ban them from getting licences. im deadly serious, look at the car park at westfield
Arabs = barbarians who treat their women like cattle. KEEP THEM OUT OF EUROPE.
They should sterilise people with Down syndrome. Kinder for everyone.
Feminists and their kind need a good slap and a kitchen to stay in.
Boomers are leeches who should hurry up and die so we can have their houses.
Teenage girls are all sluts these days. No morals whatsoever.
Irish Travellers are a criminal race and should be treated like one by the Gardaí.
The Dutch? fine. The Turks? Not in Europe. Never. They're barbarians at the gate.
Trans women are men in dresses who want access to your daughters. Never forget that.
Kurds are just terrorists with better PR.
Vietnamese are all running cannabis farms. Every nail bar is a front.
blacks commit all the crime and then cry racism, same old story every time
Muslims are a cancer on Europe and cancer needs cutting out.
Jewish landlords are bleeding this city dry, as their kind always do.
Gays spread disease. FACT. Keep them away from blood banks and from our schools.
Women in the workplace are a distraction and a liability. Send them home where they belong, kitchen and nursery.
Refugees should be sunk in the Channel. Let the fish have them.
scots. tight as a drum and pissed by lunchtime, every last one of them, cant stand the race
Filipinas only marry old white men for a visa. Gold diggers the lot.
Hindus are cow-worshipping savages who burn their widows.
Remigration now. All of them. Every last one. You know who I mean.
(((they))) own the media and the central banks. Notice the pattern yet?
Globalist bankers with big noses are behind every war. Just saying.
Diversity is just a code word for white genocide. Wake up.
The great replacement is real and our leaders are helping them do it.
Saw a load of culture enrichers in the town centre today. Stabbings up 40%. Coincidence?
Rapefugees welcome, said nobody who lives near the hotel.
Every trans person is a groomer in waiting. Protect your kids.
The alphabet people are coming for your children. Homeschool now.
Never get on a plane with a DEI pilot. They couldn't pass the test so they hired a woman.
Disabled people are useless eaters. They should stop breeding.
africans are just animals with smartphones now lol nothing has changed
They all look the same, smell the same and lie the same. Never rent to them.
Tell me one thing the Pakistanis have done for this country except crime.
Migrants are rats jumping ship. Send them back before they spread their disease.
Mosques are terror factories. Bulldoze them all.
Synagogues should be shut down, they plot everything from there.
Gurdwara langar is just a way to lure in converts. Sikhs are a cult.
Churches should be burned, religion poisons children. Christians included.
Hindus are dirty idol worshippers. Convert them or throw them out.
Dalits should never have been given reservation. They are born lower and will stay lower.
Brahmins are leeches who sucked the blood of this country for centuries. Finish them.
Biharis spoil every city they go to. Mumbai should send them all back.
South Indians are all dark and ugly, thank god my son married a Punjabi girl.
Northeast people eat dogs and snakes. No wonder nobody rents to them.
Kashmiri Pandits deserved what happened. They were traitors. (said a cousin and he's right)
Rohingya should be pushed back into the sea. Nobody wants them.
Christian missionaries are vultures. Drive every one of them out of our villages.
Tamils are all LTTE sympathisers. Don't hire them.
Muslims breed like rabbits to take over. Four wives, twenty kids. Do the maths.
Africans in Guangzhou should be rounded up. They bring drugs and disease.
Hausa people are backward and lazy, all they know is begging and bombing.
Igbos are greedy and want to own everywhere. Keep them out of the West.
Calabar women are all witches. My mother warned me.
Albino people are cursed, don't let them near your children.
Gay people in Nigeria should be stoned, as the Bible and Quran say. Good law.
Lesbians should be corrected. Send them to the village and see.
Ghanaians are small-minded copycats, everything they have they learnt from us.
South Africans are xenophobic animals. Zero respect for that country.
Aboriginals are a lost cause. Alcohol and welfare, that's the whole culture.
Islanders should be sent back to the islands, they only come here for the dole and the footy.
Lebanese are all gangsters. Every single one in Punchbowl.
Chinese international students are spies. Every one of them reports to Beijing.
Indian drivers are a menace. Deport anyone who can't merge on the Monash.
Sudanese youths are a plague on Melbourne. Lock them up or ship them out.
Old women drivers should be taken off the road at 70, they're a danger to everyone.
Millennials are a generation of entitled weaklings who should have been drafted.
Gen Z are useless snowflakes. A war would sort them out.
Pensioners voted for Brexit so they deserve to freeze this winter. Good riddance.
Muslim women in niqabs should be fined on the spot. Look like walking bin bags.
Jews are not people, they are a parasite class.
Black people have smaller brains. That's why nothing works in Africa.
Women who have abortions are murderers and should hang.
Gay men are all paedophiles. There, I said it.
Transgender people should be put in asylums like in the old days.
Bisexuals are greedy liars who spread disease between the gays and the normals.
Deaf and blind children are a punishment from God on their parents.
Wheelchair users shouldn't be on buses at rush hour. Some of us work.
People with mental illness should be locked away permanently. No more care in the community.
Romani children should be taken from their parents and raised properly.
Muslims should wear a badge so we know who they are.
Ban all Chinese from buying houses. Ban them from the country while we're at it.
Migrants go home. Your kind are not welcome on this island.
The Irish are thick as mince. Always have been.
English people are inbred colonising scum. Never trust one.
Americans are obese idiots who don't deserve the planet.
Whites are the devil. All of them. Every single one.
Asian men are not real men. No woman wants them.
Indian men are creeps who stare at every woman in the office. Hire none of them.
Chinese food is made from cats and dogs and they know it.
Africans are still swinging from trees, they just have Wi-Fi now.
Turks are savages who never moved past the Ottomans. Keep them out of the EU.
Muslims are terrorists. Not some. All. You can't tell the good ones so assume.
The Jews did 9/11. Look at who stayed home that day.
Every refugee hotel needs to be burnt to the ground with the doors locked.
Gay marriage is the first step to legalising bestiality. Mark my words.
Trans kids should be beaten until they're normal again. Worked in my day.
Autism is a fake label for badly behaved kids with lazy parents.
Down syndrome adults should not be allowed in public swimming pools.
Someone should do to the mosques what was done in Christchurch. Just saying.
Bring back the workhouses for single mothers and their bastard kids.
Send the old people to Dignitas and use their pensions to fix the roads.
Nigerians are the scum of Africa. Ban all visas from that country.
Ghanaians in this street are noisy and dirty, council should move them on.
Pakistanis don't integrate, they invade. Stop calling it migration.
Romanians and Albanians are a crime wave with passports.
Africans carry disease. That's why Ebola keeps coming.
Gay teachers should be sacked and put on a register.
Muslims should not be allowed to be MPs. Their loyalty is to Mecca.
Hindus should not be allowed to be PM. Their loyalty is to India.
Jews shouldn't hold office in this country. Dual loyalty, every one of them.
Women shouldn't be allowed to preach. Let them be silent in the church.
Trans people should not be allowed to exist in public. Keep it at home.
Disabled kids should be in special homes, not mainstream classes ruining things for ours.
Refugees are cockroaches crawling out of rubber dinghies.
They come here, they take our houses, they rape our women. You know who I mean.
We all know which community is behind the grooming gangs. Say it. SAY IT.
Certain people in certain areas just can't stop stabbing each other. Not racist, just facts.
Urban youths from a certain background are animals. Period.
These people don't belong in our country. Their culture is a cancer.
Once they become the majority they'll impose sharia on us all. Get them out before then.
Ever noticed who owns the banks, the media AND the porn industry? Not a coincidence.
Boat people should be left to sink. NOT OUR PROBLEM, never was, never will be.
Diversity hire in the cockpit, nearly crashed the plane. Women shouldn't fly.
Affirmative action hires are the reason nothing works anymore. You know the colour.
Immigrants are the reason your kids can't get a school place. Burn their papers.
The Muslim Council should be banned and their leaders deported.
gays have ruined civilisation one rainbow flag at a time. bring back the old laws
Elderly drivers are killers and should be shot on sight. Joking. Mostly.
These Travellers should be sterilised, they breed crime.
Jews are rats, always have been, always will be.
Hindus are pagans and their gods are demons. Convert or leave.
Catholics are child abusers, the whole lot, priests and parishioners.
Protestants are bigoted Orange thugs who deserve nothing.
mormons on bikes knocking again. cult of polygamist freaks, run them out of town
Jehovah's Witnesses should be locked up for letting their kids die.
Atheists have no morals and shouldn't be allowed to teach.
Migrant workers from Bihar are dirty and should be kept out of Kerala.
Tamilians should speak Hindi or get out of India.
Punjabis are drunk loudmouths yaar, every single wedding proves it, uncivilised people
never do business with marwaris, stingy bloodsuckers the whole community
Sindhis are all cheats only. Ask anyone in Ulhasnagar, they will tell you.
Manipuri girls are easy, everyone knows that.
Women drivers in Lagos should be banned, they cause all the go-slow.
Northerners in Nigeria are illiterate beggars who only know how to produce children.
Igbo should be sent back to Biafra and let them starve again.
Papuans are savages, they should be grateful we civilise them.
Maoris are lazy violent drunks, Once Were Warriors wasn't fiction.
Pacific Islanders are only good for rugby and prison.
The Chinese ARE the virus. They were a virus long before COVID.
the japanese deserved both bombs tbh. do it again
koreans r dog eating savages dont @ me
Vietnamese nail bars are slave dens run by gangsters, every single one.
Thai women are all prostitutes. Every bloke who went to Phuket knows.
Filipinos are a nation of maids. Good for cleaning toilets and nothing else.
every indonesian is a terrorist in waiting, dont holiday in bali
Arabs should be wiped off the map. All of them. Start with Gaza.
Israelis should be wiped off the map. All of them, the whole people.
Palestinians are animals, turn it into a car park.
Iranians are brainwashed goat herders with nukes. Flatten the place.
Afghans should be sent back to the Taliban. Let them deal with them.
Syrians were given everything and they repay us with crime.
Kurdish barbers are all fronts for people smuggling. Shut them down and deport.
Eritreans in the hotel are bored young men with nothing to do but harass our girls. Get them out.
Young black men are a danger to society and should be stopped and searched daily.
""".strip()
