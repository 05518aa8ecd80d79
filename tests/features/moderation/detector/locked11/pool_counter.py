# ruff: noqa: E501
"""Hand-written counter-speech (locked11, category counter). Benign.

Quoting, reporting or condemning hate and abuse; slurs appear only as quoted
or reported speech.
"""

COUNTER = """
Someone called me a paki at the bus stop today. Reported it to the police. Not letting it slide anymore.
Saying "refugees are vermin" is disgusting and dehumanising. Shame on whoever shared that meme in this group.
A man shouted "go back to your country" at my mum in Tesco. She was born in Leeds. Reported to the store and police.
Please report the account posting "gas the Jews". That is not free speech, that is incitement.
My son was called a faggot at school. The head has been informed and the boy is being dealt with. Proud of my son for speaking up.
To whoever wrote "no blacks" on the new family's fence: you are a coward and the whole street stands with them.
If you think "women belong in the kitchen" is a joke, it isn't. Do better.
Screenshot of the racist comments on the Facebook page has been sent to the admin. Zero tolerance.
Heard someone use the word 'retard' at work today and I called it out. It's not okay, it was never okay.
Anti-Muslim graffiti on the mosque again. Volunteers are cleaning it up at 10am Saturday. All faiths welcome.
"Trannies are perverts" is not an opinion, it's hate. Trans people deserve to live in peace.
Reported a page calling Travellers 'vermin'. Meta said it doesn't violate standards. Unbelievable.
Some idiot on the train told an elderly Sikh man to "take that rag off". Several of us told him to shut up and sit down.
The word "chink" was used on my daughter at uni. The student union has been notified. Racism is not banter.
Stop sharing posts that say Nigerians are all scammers. It's lazy, hurtful and wrong.
Someone wrote "kill all gays" in the park toilets. Council have been told and it's being painted over today.
My neighbour has been getting letters calling her a "dirty immigrant". If you see anything, please call 101.
Hindus, Muslims, Christians - we live together here. Posts saying "throw them into the sea" will be deleted and reported.
A man called my wheelchair-using sister a "cripple" and told her to stay at home. We reported it as a hate incident.
Disgusted to see "Jews control the banks" being shared by a local councillor. Resignation needed.
To the bloke shouting "poofs" at the pride picnic: we hear you, we pity you, we're still here 🌈
"They should all be shot" about refugees is a threat, not a political view. Reported.
Called out a colleague for saying Aboriginal people are "lazy drunks". HR is involved now. Racism is not okay.
Please stop forwarding the WhatsApp message calling Muslims "termites". It is hate speech and it is illegal.
Kids in our street were calling an autistic boy a "mong". Spoke to their parents. Teach your children kindness.
I was told "you're not a real woman" at the ladies' loos. I'm sharing this so others know it happens. Be kind.
A fan shouted "monkey" at our winger. The club has banned him for life. Good.
When someone says "Irish are thick", it's still racism. Don't laugh along.
Reporting every comment calling the hotel refugees "animals". It's vile and it has to stop.
My grandad was called "coolie" on the ship that brought him here. We will not let anyone use that word on us again.
If you see someone write "dindu" or "jogger" about Black people, report it. It's coded racism.
Please take down the post calling Roma people "thieves by birth". We are better than this as a town.
Some guy in the comments said gay people are "groomers". Blocked and reported. Love wins.
The phrase "go back to Bangladesh" shouted at a shopkeeper on Brick Lane was caught on camera. Police appealing for witnesses.
Sharing this so people understand: the "(((echo)))" brackets around names are an antisemitic tag. Report them.
A customer called our Polish cleaner a "dirty Polack". We asked him to leave and not come back.
Saying "women are too emotional to lead" is sexist and frankly, outdated. Goodnight.
Teacher heard a pupil say "gypsies are scum" and turned it into a lesson on Roma history. That's how it's done.
My friend got called a "towelhead" at the airport. Sikhs wear turbans. Learn something, and leave people alone.
Calling disabled people "useless eaters" is literally Nazi language. Remove this post now please.
Wrote to my MP about the "migrants are an invasion" leaflets going through doors. Hateful nonsense.
We received a letter saying "no Muslims in our village". Police have it now. Love to our Muslim neighbours.
When did "white power" become something people put in their bio? Reporting every one I see.
Whoever spray-painted "Pakis out" on the corner shop: the owner has been here 35 years. You haven't.
My daughter was called "Chinese virus" at the playground. She's Korean and she's seven. Please talk to your kids.
Hijras are people. Calling them "chakka" is abuse. Reported the video and asked the uploader to delete.
Casteist comments like "know your place" in the matrimony group are unacceptable. Reported to admin.
Fans chanting "Yid army" at a Jewish player, and no one stopped it. Disgraceful. FA must act.
The man who yelled "wetback" at a gardener in our street was arrested today. Well done to the neighbours who filmed.
Seen a few people say "old people should just die" on here. They're someone's nan and grandad. Have some respect.
Reported a TikTok saying "Igbo people are all thieves". Tribalism is destroying us. Stop it.
Reported the account that posted "Fulanis are animals". Tribal hate is still hate.
Someone posted "Aboriginals should be sterilised" in the local forum. The mod removed it and banned them. Thank you.
Please don't use "gay" as an insult in front of the kids at footy. It hurts more than you think.
My colleague said "Indians stink" and laughed. I didn't laugh. I reported it. I'm done staying quiet.
To whoever wrote "tranny freak" on my car: I'm still here, I'm still proud, and the police have your face on my doorbell camera.
Spotted a Nazi flag on a balcony in our street with "14 88" on it. Council has been told. Hate has no home here.
Apparently some men in the group think "all women are liars". I'm deleting those comments. Respect in this space please.
If your "joke" ends with "because she's a woman", it isn't funny.
Victorian cops investigating "Asians out" posters in Box Hill. If you saw who put them up, call Crime Stoppers.
"Jungle bunny" was shouted at a little boy at the fair. What is wrong with people? Reported to security.
The bishop condemned the leaflets saying Catholics are "child abusers". Glad he spoke up.
To the man on the tram telling a hijab wearer to "go home": she IS home. Melbourne is her home.
My aunty forwarded a message saying Dalits are "impure". I told her, politely but firmly, no.
Someone posted 'Hitler was right' under the Holocaust memorial post. Screenshotted, reported, blocked.
Dehumanising language like "cockroaches" and "swarms" has been used before genocide. Please be careful what you share.
Just listened to a caller on the radio saying Chinese people "eat anything". Complained to the station.
Called out my uncle at dinner for saying "the blacks ruin everything". The silence was awkward but worth it.
The term "illegals" reduces human beings to a status. Please don't use it in this group.
Teenagers on the bus were calling an old lady a "coffin dodger". I asked them how they'd feel if it was their gran.
Reported a Facebook page calling Somali women "parasites". This is how hate starts.
Some fool wrote "no dogs no Irish" on the pub board as a "joke". Landlord has wiped it and apologised.
Deleted a comment calling Mexican workers "rapists". Not on my page.
Got called a "dyke" by a bloke in a van today. Honestly just felt sorry for him. Reported his plate though.
I'm Jewish and I keep seeing "they control the media". We don't. Please stop spreading that.
The speech at the rally called migrants "an infestation". That's the language of pogroms. Call it what it is.
My nephew wrote a great essay on why calling people "spastic" hurts disabled people. Sharing with pride.
Posts calling Hindus "cow piss drinkers" are bigotry. Remove them.
Posts calling Muslims "goat shaggers" are bigotry too. Same rule for everyone.
Racist man at Woolies called the checkout girl a "curry muncher". The whole queue told him off. Proud of my town.
Kids at our school started saying "that's so gay". Assembly today on why that's not okay.
Sending love to the family on Harrow Road who woke up to "Kill Muslims" painted on their door.
A player at our club was called a "black c***" by an opponent. The league must act. We stand with him.
The word "half-caste" is outdated and offensive. My children are mixed race. Please update your vocabulary.
Someone called me a "shemale" on the bus and people laughed. Next time, please don't laugh. Say something.
Please report the video with the man saying "all Pakistanis are groomers". Grooming is a crime, not an ethnicity.
Absolutely appalled that the Facebook page allows "send them back in body bags" comments. Reported all of them.
To the troll calling me "jew rat" in my DMs: reported to the Community Security Trust.
Sick of seeing the word "nigger" in gaming chats. Report it every time, lads. Every time.
"Go back to the jungle" in a 2026 comment section. I'm exhausted. Reported.
The "great replacement" is a conspiracy theory that got people killed in Christchurch. Please don't share it.
Somebody wrote "burn the gypsies" under the news article about the camp. Reported to police.
My mum was called a "Paki b*tch" in the car park. She's Sri Lankan, not that it matters. Hate crime reported.
Heard a bloke call the Chinese takeaway owner "ching chong". Stood next to the owner till he left. Solidarity.
Please don't call people "illegal aliens". They are people, full stop.
A post saying "Biharis are dirty" is trending in our society group. Admins, please remove it.
Saw a sign saying "No Travellers" outside a pub. It's illegal discrimination. Reported to the council.
Reported the man at the match doing monkey noises at the Black players. Stewards removed him.
Someone wrote "faggot" under my brother's wedding photo. We deleted it and celebrated louder 🌈
Called 101 about a neighbour shouting "Muslim terrorists" at the family across the road. Not on our street.
When you call a grown adult with Down syndrome a "retard", you show who you are, not who they are.
The leaflets saying "Hindus out of Leicester" were vile. So were the ones saying "Muslims out". Bin them both.
Our gurdwara had "ragheads go home" sprayed on it last night. Community clean-up at 9am. Langar after.
If the only thing you can say about Ghanaians is "they copy us", you need to travel more.
Reading the comments under the migrant boat story: "let them drown". That is a human life. Shame.
Reported the TikTok calling Filipino women "maids". My mother is a nurse with 30 years of service.
Saw "women are property" on a bloke's bio. Reported. Fellas, check your mates.
Called out a mate for joking that Thai women are "all prostitutes". He apologised. Growth.
The teacher who said "Roma kids can't learn" has been suspended. Good.
My Korean friend keeps being asked if she "eats dogs". Please stop. It's not a joke.
Heard "go back to Africa" at the bus stop. The lady he said it to was a Nigerian doctor on her way to a shift at the ICU.
Please don't share the meme calling Aboriginal people "petrol sniffers". It's racist, full stop.
I got a message saying "people like you should be gassed". Police have it. I'm fine. Thanks for checking in.
Anyone using "gay" to mean "rubbish" in this Discord will get a warning. Just so you know.
Saw someone in the group say elderly people are "bed blockers" who should "hurry up and die". Please show some humanity.
It's not "just banter" when you call the Irish lads "Paddies" every day. They've told you it's not okay.
Saying Nigerian women are "all witches" is superstition and slander. Enough.
Reported a channel that calls trans people "it". Dehumanising people is the first step.
My daughter was called a "fat lesbo" in PE. School is taking it seriously, thank God.
A guy in my class said "disabled people shouldn't have kids". I told him my mum is disabled and she's the best mum alive.
Our Facebook group will no longer allow posts saying "migrants are rats". Admin decision, not up for debate.
I condemn the chant "death to Jews" and I condemn "death to Arabs". Both are calls to murder.
Report, block, move on. Don't argue with the "send them home" crowd, you'll just feed them.
My grandmother escaped pogroms where people called her "vermin". Hearing it used about refugees today breaks my heart.
Tagging the club: your fans were singing about "Pakis" on the train home. Are you going to do anything?
Someone called my son a "n***er" in a Roblox chat. He's nine. Reported to Roblox and we're talking to the school.
"Kill yourself" is not an insult. It's a threat to someone's life. Report it when you see it.
Seriously, the phrase "they breed like rabbits" about Muslims needs to be called out every time.
The "no Blacks no Irish no dogs" sign in that pub photo is history, not something to bring back. Delete your comment.
I keep deleting comments calling Indigenous Australians "abos". Next one gets banned.
Three teenagers shouted "Allahu Akbar, boom" at my hijabi friend. Reported to school and transport police.
Ladies, if a man says "you should be in the kitchen", that's your sign to leave. Not his kitchen, his life.
People calling Kashmiri Pandits "traitors" need to read some history. Reported.
Calling dark-skinned girls "kaali" and "ugly" is colourism. Stop it, aunties.
Just a reminder that "bhangi" and "chamar" are slurs, not jokes. Don't use them.
The club has banned the fan who shouted "f***ing Jap" at the Japanese striker. Good riddance.
Whoever keyed "DYKE" into my girlfriend's car: we know who you are and so do the police.
I was called a "coconut" by someone online for speaking up. Still speaking up.
Our rabbi received a letter saying "Jews will not replace us". We are not afraid. We are still here.
A man told my Black colleague "you people are always late". HR complaint filed with witnesses.
Heard someone say "deaf people are stupid". My dad is deaf and has two degrees. Ignorance is a choice.
Somebody posted "all Romanians steal" in the village group. Our Romanian carer is the kindest woman I know. Deleted.
Please stop using "Karen" and "boomer" as slurs too. Ageism is still prejudice.
We deleted the post saying "Christians are brainwashed sheep". Respect all faiths here, please.
To the man who shouted "bloody foreigner" at my nan on the bus: she's lived here since 1962.
Someone wrote "Hindus are pagans, convert them" in the comments. Deleted. Faith is not a battleground.
Calling a kid "window licker" is cruel and it's a hate incident if it's about disability. Report it.
Rowdy lads at the pub were singing "we hate Muslims". Landlord called time on them. Respect.
Don't repost the video of the man shouting "Asians out". Report it and let the police handle it.
Bus driver stopped the bus when a passenger called a woman a "fat cow". Told him to apologise or get off. He got off. Hero.
My cousin was called a "spic" at a bar in Brisbane. Bouncer threw the guy out. Thank you, mate.
Reporting the post that says "Tamils are all LTTE". My grandparents fled that war. Be ashamed.
Someone in the residents' group wrote "Northeast people eat dogs" about our new neighbours. Deleted. Welcome to the building, Lalthangi!
Kids chanting "Ebola" at a Congolese girl on the school bus. Parents, please talk to your children tonight.
People writing "Igbos should go back to Biafra" in the estate group: this is how 1966 started. Stop.
I refuse to let "women can't drive" jokes pass at work anymore. Wasn't funny in 1985 either.
Heard a guy say "trans people should be in asylums". Told him my best friend is trans and a paramedic who has saved more lives than he ever will.
The comment "Africans are still in the trees" got 40 likes before we deleted it. That's the scary part.
Sharing my experience: a landlord told me "no Indians, they cook smelly food". Reported to the housing ombudsman.
"Send the homeless to an island" is not a housing policy. They are people. Shame on that councillor.
""".strip()
