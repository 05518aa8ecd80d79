"""Hand-written hate speech without slurs: dehumanisation, exclusion, stereotypes, coded talk."""

from ._text import lines

HATE_NOSLUR: list[str] = lines(
    r"""
All Fulani herdsmen are terrorists. Chase every one of them out of the south before they finish us
Igbo people are born thieves, show me one of them that is not into yahoo yahoo
Hausa people breed like goats and expect the south to feed their children
Yoruba people are traitors by blood, history has shown it again and again
Northerners are a disease on this nation, we must separate from them
Any Igbo man in Lagos should pack his load and go back east, Lagos is not no man's land
Tell those Hausa mallams to leave our estate before something happens to them
Ghana must deport every Nigerian, they are the source of all the crime here
Nigerians are criminals by nature, never allow one into your shop
The Fulanis are planning to take over our land. Arm yourselves, brethren
Every Muslim in Jos is a sleeper cell waiting for orders
Women have no business in politics, their place is the kitchen and the bedroom
A woman who reaches 30 unmarried is a curse upon her family
Homosexuals are demons and Ghana must cleanse itself of them. Pass the bill NOW
Gay people should be stoned, it is in our culture and in the Bible
People with albinism are not fully human, they bring bad luck to a village
Kikuyus are thieves who grabbed all the land, let them go back to Central
Luos are only good for noise, never let them near power again
The Kalenjin will be removed from this valley after elections, mark my words
Somalis in Eastleigh are all Al-Shabaab, police should clean out the whole place
Tell the spots in our county to pack before December. We are watching
Outsiders who vote wrongly in this county will learn a lesson they won't forget
Kambas are witches, never eat or drink in a Kamba home
Gays are un-African. Kenya should jail every single one of them for life
Muslims are doing love jihad to trap our sisters. Boycott all their shops, forward to 10 groups
These people are termites eating the country from inside, throw them out
Rohingya are parasites, put them on boats and push them back out to sea
You can identify them by their clothes, and they should be dealt with accordingly
Every mosque is a weapons store, police should raid all of them tonight
Christians are converting our poor with money, ban them from entering villages
Dalits should know their place and stop riding horses at their weddings
Ahmadis are traitors to Islam and to Pakistan, they deserve nothing in this country
Hindus in Sindh should convert or leave, simple as that
Shias are not real Muslims, keep them out of our masjid
Christians in Pakistan are only fit for cleaning gutters
Every Sikh is a Khalistani terrorist underneath, never trust them
Biharis are filling Delhi like cockroaches, stop the trains from Patna
North Indians are dirty, keep them out of Bangalore, rent only to locals
Kashmiris are all stone pelters and traitors, they don't deserve jobs
Muslims multiply to capture the country, they should be sterilised by law
Pakistanis are born terrorists, not one of them can be trusted
Indians are filthy cow worshippers who will never be equal to us
Transgender people are a punishment from God, nobody should give them jobs
Women who go out to work are destroying our family system
Gay man dem fi bun, no room inna Jamaica fi dem
Haitians are bringing disease to the islands, close every border now
The Chinese are buying up Jamaica, time fi run dem out
Rastas are dirty and their children should not be allowed in our schools
Our country is being flooded by foreigners who will NEVER integrate!! Share if you agree!!
Muslims are taking over Britain one council at a time. WAKE UP before it's too late!!
Immigrants are vermin, every last one should be on the next boat back
Eastern Europeans are thieves and beggars, keep them out of our town
Travellers are a plague on this village, lock up your daughters and your tools
The Jews run the banks, the media and the government. Look it up yourself.
The Rothschilds and their people planned the whole pandemic
Those migrant hotels should be burned to the ground with them inside
Gay teachers are grooming our children, get them out of every school
Trans people are mentally ill and shouldn't be allowed in public toilets
Disabled people are scroungers, cut every penny they get
Roma children are trained to steal from birth, it's their culture
Albanians are all criminals, send every one of them back
Romanians are all pickpockets, watch your bags in town
The Irish are drunks and always will be
Africans can't run their own countries, they need recolonising
Black people are less intelligent, science proves it, stop denying it
Mexicans are rapists and drug dealers, every single one of them
Haitians eat people's pets. Send them all back where they came from
Illegals are an infestation, round them up like stray dogs
Muslims should not be allowed to hold office in America, period
Black people are naturally violent, just look at the statistics
The Chinese released the virus on purpose to kill us
The Jews are behind the replacement of white people in our towns
Trans people are groomers, all of them
Native Americans are drunk and lazy, always have been
Honestly, as a group, immigrants are a net negative to this country
Not saying all of them, but statistically they are the problem, every time
Just asking questions, but why are all the bankers from one tribe?
13 percent of the population, half the crime. Do the maths
Remigration now. Citizenship papers mean nothing, send them home
Diversity is just a code word for white genocide
Those people don't value life the way we do, never will
Autistic people are a burden on their families and the state
Deaf people should not be allowed to have children
People like that are animals, they breed and they steal, that's all they do
Somali women have ten kids each on benefits, it's a strategy to take over
Nigerians in London are all fraudsters, check your bank account after you meet one
Romanians beg in the day and burgle at night
The gays are the reason God is punishing this nation with floods
Foreign doctors are killing our patients, we need English doctors only
Asians can't drive, they should be banned from getting licences
Chinese people carry disease, don't sit next to them on the bus
Indians in Kenya exploit Africans and should be sent back to India
The Kikuyu will never accept a leader from another tribe, they are greedy by birth
Luhyas are only good for being watchmen and cooks
Somali refugees should be sent back to Dadaab and the gates closed
Ethiopians in Kenya are all illegal, round them up
Nigerians should be banned from entering Ghana, they are spoiling our youth
Ghanaians are lazy and jealous, that's why they hate Nigerians
Fulani men rape and kill, this is their culture, they must be stopped by any means
The Igbos want to own everywhere, they must be contained before they take Lagos
Yorubas cannot be trusted, they will always betray you for politics
Hausa Fulani are born to rule, the rest of Nigeria should bow or leave
Christian women in the north should be forced to cover up or stay indoors
Muslim men cannot control themselves, keep your daughters far from them
Africans are monkeys who just came down from the trees
Black people smell, it's a fact, ask anyone who works in a hospital
White people are devils, every single one of them
Jewish people are greedy and only care about money, they control Hollywood
Muslims are all terrorists until proven otherwise
Immigrants carry diseases, that's why the hospitals are full
Refugees are cockroaches swarming across the Channel
Gypsies are subhuman, they live like rats and breed like rats
Gay people are paedophiles, every one of them, keep them from our children
Trans women are men in dresses who want to rape our girls
Women are too emotional to be pilots or surgeons, it's biology
Women belong in the kitchen, full stop. Always have, always will
Disabled kids should be kept out of normal schools, they drag everyone down
Down syndrome babies should be aborted, no point bringing them in the world
Mentally ill people should be locked up for good, they are dangerous to society
Old country people will tell you: never let a Muslim into your house, never
Don't hire Dalits in your shop, customers won't come back
Muslims should not be allowed to buy property in Hindu areas
Every Christian convert is a traitor to the nation, cut them off
Never marry a Jat girl, they are all rude and uncivilised
Punjabis are only fit for driving trucks and shouting
Pashtuns are all terrorists, stop them at the checkpoint every time
Baloch people are backward savages, nobody should care about them
Hazaras should go back to Afghanistan, this is not their country
Mohajirs are traitors who will never be real Pakistanis
Sindhis are lazy, let them die in their floods
Bengalis are illegal infiltrators, detention camps for all of them
Madrasi people are black and dirty, don't marry into them
Northeast people look Chinese and should be treated as foreigners
Tribal people are savages, they don't deserve any forest land
Hindus are idol worshippers and will burn in hell, don't eat their food
Christians are the children of Satan, keep your distance from them
Jehovah's Witnesses should be chased out of every estate
Jamaicans in England are all drug dealers, send them back on the next plane
Caribbean people are loud and lazy, no wonder their islands are poor
Haitians are cursed people, that's why their country is a mess
Chinese people in Africa are colonisers, they should be chased out with sticks
Lebanese traders are cheats, boycott them and let them leave
Indian shop owners in Uganda should be expelled again like in 72
Arabs are dirty people, I would never let one rent my flat
Turks are barbarians, always have been, always will be
Kurds should be wiped off the map
Ukrainians are all Nazis, they deserve what is happening to them
Russians are orcs, every last one of them should be exterminated
Palestinians are animals who teach their children to kill
Israelis are a cancer on the world and should be wiped out
Zionists control every government on earth, they must be removed
Bisexuals are greedy liars who spread disease
Lesbians just haven't met the right man, they need correcting
Queer people should be sent to conversion camps until they're fixed
Gay couples adopting children is child abuse, they should be jailed
If your son is gay, disown him, he's no longer your blood
Trans people should be put in mental hospitals, not given hormones
Intersex babies should be left to die, it's nature's way
Men who wear earrings are gay and deserve to be beaten
People in wheelchairs are a waste of space on the bus
Blind people shouldn't be allowed out alone, they're a hazard
Stammerers are just thick, don't hire them
Epileptics are possessed, they need deliverance not medicine
Deaf people are dumb in every sense, don't waste time on them
The mentally handicapped should not be allowed to vote
Muslims eat with their hands like animals, nothing civilised about them
Hindus drink cow urine, how can they ever be civilised
Sikhs should cut their hair if they want to live in our country
Jews should be banned from owning media companies in this country
Catholics worship idols and they are not Christians, don't marry one
Orthodox Jews are filthy and spread disease in Stamford Hill
Mormons are a cult and should be run out of town
Pagans and witches should be burned, the Bible says so
Atheists have no morals and shouldn't be allowed to adopt
Foreigners should be banned from renting in our estate, keep it for our people
Tell your children not to play with the refugee kids, they carry lice
Only our tribe should get the county jobs, the rest can go home
People from the coast are lazy and should not get government jobs
Black footballers should be banned, they ruined the game
Chinese students are spies, every single one, expel them
Indian doctors should not be allowed to treat white patients
Pakistani men are all groomers, it's their culture
Nigerian pastors are witches in disguise, chase them out of Kenya
Kenyans of Somali origin are not real Kenyans, take their IDs
Ugandans in Nairobi are thieves, round them up and deport them
Congolese refugees brought Ebola, close the borders for good
Ethiopian maids are dirty and steal, never employ one
Filipina maids are only good for cleaning and nothing else
Sri Lankan workers should be treated like the servants they are
Bangladeshi labourers are animals, they don't deserve air conditioning
Africans in Guangzhou should be evicted, they spread the virus
Asian grooming gangs prove every one of them is a predator
Dear Brethren!!! The Muslims have a plan to Islamise Nigeria by 2030!!! Forward before it
~ is deleted!!!
Dear family, please beware of the Hausa boys selling suya, they poison Christians. Pass it on
FORWARDED MANY TIMES: Do not buy from Muslim vendors during Navratri, they spit in the food
Beware!!! Gay agenda is coming into our schools!! Homosexuals must be stopped at all costs!!
Grandpa always said never trust a Jew with your money and he was right
Mother says the Chinese are eating up Africa and they should be driven out. She's right
I've said it for years, these immigrants are like rats in the walls, get rid of them
The problem with Africa is Africans, simple
Not all Muslims are terrorists but all terrorists are Muslims, think about it
Men like that should be castrated, all gays should be treated the same
Trans people have no right to exist in public life, they should go away
Jewish people are a disease in every society they enter
Travellers should be rounded up and put in camps like the old days
Kenya would be better without the Kikuyu, they are a curse
Nigeria would be better without the Igbos, they are a curse
India would be better without the Muslims, they are a curse
Every Dalit who gets a government job took it from a deserving person
"""
)
