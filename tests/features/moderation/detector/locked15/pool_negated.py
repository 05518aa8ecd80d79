"""Hand-written negated or denied hate: rejections of stereotypes and slurs (benign)."""

from ._text import lines

NEGATED: list[str] = lines(
    r"""
No one deserves to be called a slur because of where they were born
Igbo people are not thieves. My Igbo neighbours are the most honest people I know
Fulani people are not terrorists, criminals are criminals whatever their tribe
I would never call anyone a retard, not even as a joke
Muslims are not terrorists. My Muslim friends were the first to help when my house flooded
Gay people are not demons, they are our brothers, sisters and children
Women do not belong only in the kitchen, they belong wherever they choose to be
Immigrants are not vermin, they are nurses, drivers, cleaners and neighbours
Nobody should be chased out of Lagos because of their tribe
Kikuyus are not thieves and Luos are not lazy. Stop this tribal nonsense
Refugees are not cockroaches. They are human beings running from war
Hindus are not dirty and Muslims are not terrorists. We are all Indians
Disabled people are not a burden. My son is disabled and he brings us so much joy
Trans people are not mentally ill, and they deserve to use a toilet in peace
Black people are not less intelligent. That so-called science was debunked long ago
Jews do not control the banks. That's an old conspiracy theory that got millions killed
Dalits are not impure. Untouchability has no place in any society
Ahmadis are not traitors. They are Pakistanis who love their country
Christians in Pakistan are not only fit for cleaning. They are teachers, doctors and soldiers
Somalis are not all Al-Shabaab. My Somali colleague is a pharmacist
Haitians do not eat pets. That rumour was completely false
Mexicans are not rapists. They are hardworking people who built this country too
Nigerians are not all fraudsters. Most of us are working hard and paying our bills
Ghanaians are not lazy. Stop this Nigeria vs Ghana nonsense, we are family
Chinese people did not create the virus on purpose. Don't take your anger out on the old
~ lady at the shop
I don't think any group of people should be deported because of their religion
I'm not saying immigrants are the problem, I'm saying the housing policy is the problem
It's not true that Roma children are trained to steal. They're kids like any other kids
Travellers are not rats. My grandmother was a Traveller and the kindest woman alive
Gay teachers are not groomers. Teachers are teachers
Women are not too emotional to lead. Look at the women running our church, our banks, our homes
Nobody is "un-African" for being gay. Love is not a western invention
Albinos are not cursed. They are human beings, stop hunting them
People with epilepsy are not possessed. They need medical care and kindness
Deaf people are not dumb. My deaf cousin has a PhD
I would never tell my children that Muslims are dangerous. I teach them to judge people by
~ their actions
I'm not against Hausa people, I'm against bad government
Nobody deserves to be beaten for who they love
Being gay is not a disease that needs curing
I've never believed that Africans can't govern themselves. We can and we do
It is not okay to call anyone a paki, a wog or anything like that. Ever
I refuse to use the n-word, and I won't sit quietly when others do
Not every Pashtun is a terrorist, just as not every Punjabi is a truck driver
Sindhis are not lazy. They are surviving floods that would break anyone
No, Baloch people are not backward. They have a rich culture and a proud history
Biharis are not cockroaches. They literally keep this city running
Kashmiris are not traitors. They are people who deserve dignity
Northeast Indians are not foreigners. They are as Indian as anyone from Delhi
Tribal people are not savages. They protected these forests for centuries
Sikhs are not terrorists. The langar fed half of our town during the lockdown
Pakistanis are not born terrorists. My Pakistani friend is the most peaceful man I know
Indians are not cow-worshipping savages, and saying so makes you look ignorant
Hindus are not going to hell for praying differently. Respect each other
Christians are not children of Satan. We worship different ways but we are all God's children
Shias are Muslims. Stop saying otherwise
Jehovah's Witnesses should not be chased out of anywhere. Just say no thank you politely
Jamaicans in England are not drug dealers. We are nurses, bus drivers and grandparents
Caribbean people are not lazy. My grandparents rebuilt Britain after the war
Haitians are not cursed. They are the first free Black republic
Lebanese traders are not cheats. They have been part of West Africa for a century
Arabs are not dirty. My Arab neighbours keep the cleanest house on the street
Turks are not barbarians, that is an old hateful stereotype
Kurds should not be wiped off any map. They have the right to live in peace
Ukrainians are not Nazis. That's propaganda
Russians are not orcs. Ordinary people are not their government
Palestinians are not animals. They are people who love their children like we do
Israelis are not a cancer. Ordinary people on all sides deserve peace
Bisexual people are not greedy. They're just people
Lesbians don't need correcting. They need respect
Queer people don't belong in conversion camps. They belong in their families
Gay couples are not child abusers. Many of them are wonderful parents
If your son is gay, he is still your son. Never disown your child
Trans people don't belong in mental hospitals. They deserve medical care like anyone else
Intersex babies deserve love and care like every baby
Men who wear earrings are not gay and even if they were, nobody deserves a beating
Wheelchair users are not a waste of space. Make the bus accessible
Blind people can go out alone perfectly well, thank you
People who stammer are not thick. My manager stammers and she's brilliant
The mentally handicapped should not lose their vote, they are citizens
Muslims eating with their hands is not uncivilised, it's a tradition older than forks
Hindus drinking cow urine is a myth and a stereotype. Don't spread it
Sikhs should not have to cut their hair to belong anywhere
Jews owning businesses is not a conspiracy. It's just people running businesses
Catholics are Christians. We pray together every Christmas
Orthodox Jews are not spreading disease. Blaming them is an old libel
Mormons are our neighbours, not a cult to run out of town
Pagans and witches should not be burned, it's not the 1600s
Atheists have morals too. My atheist brother volunteers every weekend
Foreigners renting in our estate is not a problem. Noise is the problem, whoever makes it
Refugee kids don't carry lice any more than our kids do. Let them play
County jobs should go to the most qualified, not to one tribe
People from the coast are not lazy. They work in one of the hottest places in Kenya
Black footballers did not ruin the game. They made it better
Chinese students are not spies. They are young people far from home
Indian doctors treat everyone equally, and we are lucky to have them
Pakistani men are not all groomers. Criminals are individuals, not an ethnicity
Nigerian pastors are not witches. Some are good, some are bad, like all pastors
Kenyans of Somali origin are real Kenyans. Their IDs are as valid as mine
Ugandans in Nairobi are not thieves, they're our East African family
Congolese refugees did not bring Ebola on purpose. Show compassion
Ethiopian maids are not dirty and they do not steal. Treat them with respect
Filipina maids are not only good for cleaning. Many are nurses and teachers back home
Sri Lankan workers are not servants. They are workers with rights
Bangladeshi labourers are not animals. Give them shade and water, they built these towers
I never said Muslims should leave. I said the gang should be prosecuted. Big difference
Don't twist my words. I said the criminals should be deported, not "the Igbos"
It's not the Fulani who are killing people, it's armed bandits. Get it right
No woman deserves to be called an ashawo for wearing what she likes
My mum taught me never to call anyone "kallu" or "habshi". Skin colour is not an insult
I'd never use "chakka" for anyone. Hijras are part of our society
Grandma always says: never judge a person by their tribe, judge them by their heart
I don't hate Hausa people, I don't hate Igbo people, I don't hate Yoruba people. I hate
~ bad leadership
Nobody is subhuman. Not Roma, not Travellers, not anyone
Being born in a different country does not make anyone a criminal
Not one of us is better than the other because of our caste
Jamaica doesn't need to burn anyone. One love means everybody
No tribe is cursed. No nation is cursed. Stop saying this in church
Yoruba people are not traitors. My Yoruba in-laws stood by us through everything
Luhyas are not only watchmen and cooks. Our MP, our doctor and our headteacher are Luhya
Eastern Europeans are not beggars. The Polish family next door run the best bakery in town
I'm not saying women can't drive, I'm saying my husband can't drive 😂
Romanians are not pickpockets. My carer is Romanian and she is an angel
Nobody should be refused a house because they are Luo, Kikuyu or anything else
"""
)
