"""Hand-written counter-speech: quoting, reporting or condemning hate and abuse (benign)."""

from ._text import lines

COUNTER: list[str] = lines(
    r"""
A man on the bus called me a paki today in front of my kids. I'm shaking. This is 2026
Reported a guy in the marketplace group for calling people "vermin" in the comments.
~ Admins please act
Calling Igbo people thieves is tribalism, plain and simple. Stop it
Someone wrote "go back to Africa" on my car. We have lived here for 30 years
Why are people in this group still calling Fulani people animals? That's hate speech, full stop
My son came home crying because a classmate called him a retard. We need to talk to our kids
Saying women belong in the kitchen is not a joke, it's sexism. Do better
Reported the account that keeps posting "gas the Jews". Please report it too
Someone in the church group said gay people should be stoned. Pastor, please address this
If you call Kikuyus thieves or Luos lazy, you are the problem in this country
Stop calling our Dalit brothers chamar as an insult. It's casteism and it's illegal
Got called a chinki at the mall in Gurgaon. I'm from Manipur, I'm as Indian as you are
The word "katua" is hate speech. Don't use it in this group
A customer called my Somali colleague a terrorist today. Management did nothing
Calling refugees cockroaches is exactly how genocides start. Read history
Heard someone say "batty man fi dead" at the party. Mi tell dem seh dat nuh right
Reported a post saying Haitians eat pets. Misinformation and racism
Please stop forwarding messages saying Muslims poison food. It's a lie and it puts lives at risk
Someone messaged me "you people should be sterilised". Screenshot sent to the police
Ahmadis are citizens of Pakistan. Calling them traitors and kafirs is persecution
My daughter was called a slut at school for wearing trousers. Unacceptable
A neighbour shouted "tranny" at my friend outside the chemist. We reported it to the police
Just to remind everyone: calling someone a faggot is a slur and gets you banned here
Kids in the park were shouting "ching chong" at an old man. I told them off and spoke to
~ their parents
Racist graffiti on the mosque wall this morning saying "Muslims out". Volunteers cleaning
~ it now, join us
If your "joke" is that Black people are monkeys, it's not a joke, it's racism
He said "women are whores" on the live stream and people laughed. I left
People calling Nigerians scammers in this Ghana group, please stop. We are one people
Posting "deport them all" under a picture of children is disgusting
Saw a guy in the comments calling disabled people scroungers. My mum worked 40 years
~ before her stroke
When they say Travellers are rats, they mean people like my grandmother. Think about that
A tenant told me "I don't rent to your kind". That's discrimination and I've reported it
A teacher called my son "dirty habshi". We've filed a complaint with the principal
Someone in our WhatsApp group keeps saying Christians should convert or leave. Admin
~ please remove him
Anyone else seeing the "Rothschilds planned the pandemic" posts? That's antisemitic
~ conspiracy nonsense
Reported a comment calling Romanians pickpockets. Generalising a whole nation is racist
Admin note: posts calling immigrants an infestation will be deleted and members removed
The word madoadoa has a history of violence in this country. Politicians using it must be stopped
My uncle said Hausa people breed like goats. I told him that's disgusting and left the table
I was called a "wog" in the supermarket car park. At 72 years old. Still happening
A man at the stadium made monkey noises at our striker. He's been identified, good
"Pajeet" is not a nickname, it's a slur. Stop using it at work
Got a DM saying "kill yourself, dyke". Reported and blocked. I'm fine, thanks for checking in
Someone spray painted "Kill all gays" near the bus stop. Council please remove it
Calling Shia Muslims non-Muslims and telling people to attack them is incitement
People calling trans women "men in dresses" should meet my friend before saying that
When the pastor said homosexuals are demons, half the church clapped. I walked out
Reported a user spamming "Kikes control the banks". Mods, please ban them
My grandad used the word "darkie" at dinner. We had a long talk. He's 85 but he can still learn
Please do not forward that video claiming Sikhs are all terrorists. It's edited propaganda
"Go back to your country" - I was born in Birmingham, mate
My colleague keeps calling Biharis cockroaches. I've raised it with HR
Stop saying "Kashmiris are stone pelters" every time there's news. It's dehumanising
Someone called my hijab "a terrorist costume" today. Sad but not surprised
A landlord in Nairobi posted "No Luos" on his rental ad. That is illegal
The comment saying Rohingya are parasites was reported. Thank you to everyone who flagged it
I got "you people are thieves" from a customer because I'm Igbo. I've never stolen
~ anything in my life
Heard my nephew call his friend a "spaz". Explained why it hurts disabled people. He apologised
Calling women "femoids" is misogyny dressed up as internet slang
A commenter said albinos bring bad luck. That belief gets people killed. Please report
Whoever wrote "Ashawo" on my daughter's locker, we know who you are and the school knows too
Local councillor caught calling Gypsies "subhuman". He must resign
Yesterday a man shouted "shoga" at my cousin in town. Kenya we need to do better
If you think saying "kihii" to a Luo man is banter, you are part of the problem
Screenshots of the group chat calling Yoruba people traitors have been sent to the admins
The phrase "love jihad" is used to demonise Muslim men. Stop spreading it
No, Christians in Pakistan are not "only fit for gutters". They are citizens with equal rights
Calling Bangladeshi workers animals because they're poor is shameful
A YouTuber said Indians are "filthy cow worshippers". Mass report his channel please
Someone in this group said Jews are a disease. Admins, please remove this person now
Aunty forwarded a message saying "Hausa suya sellers poison Christians". It's fake. Please stop
Calling the Irish drunks isn't banter when you're doing it to the new Irish nurse
My mate got called a "coon" at a football match. Steward did nothing. Writing to the club
"Redskins" is a slur, that's why the team changed its name
Some idiot shouted "beaner" at the landscaper next door. I went out and checked on him
Saying Mexicans are rapists is racist, regardless of who said it first
A comment under my post called me a "cripple". Reported it. I use a wheelchair and I'm thriving
It's 2026 and people still use "mong" as an insult. My brother has Down syndrome. Stop it
Called a "kaffir" in a taxi in Jo'burg. Reported the driver to the company
Someone in the estate group said "rats should be exterminated" under a photo of Roma kids. Reported
Please stop sharing memes calling Chinese people rats. It's racism, not humour
Our WhatsApp group admin removed the uncle who kept posting "Muslims are a cancer". Thank you
Shouting "yid" at Jewish fans is antisemitic abuse. Clubs must act
A guy at the pub called my partner a "poof". We left. Landlord banned him. Good
If you say "all Fulani are terrorists", what do you tell the Fulani doctor treating your child?
Saw "Nyamiri" trending again on Twitter. Ethnic slurs have no place in our national conversation
The comment "Somalis are Al-Shabaab" is racial profiling, full stop
Someone called me a "Qadiani dog" in the comments. I've reported it
"Gambari" is not a cute word, it's a slur against Hausa people. Stop it
Calling our Ghanaian neighbours lazy is xenophobia. They're our brothers
Reported a tweet saying "Haitians are a cursed people". Disgusting
The man in the video calling Black people "apes" should be arrested
Someone said disabled babies should be aborted. Thank God my sister was born
Calling the Chinese "colonisers" and telling people to chase them with sticks is incitement
Don't repost that voice note saying "Kikuyus must leave the Rift". It's hate and it's dangerous
Stop using "Madrasi" for every South Indian. It's lazy and insulting
My daughter heard "go back to Pakistan" at school in Lucknow. We are from Lucknow
A customer called my trans colleague "it". Manager backed her up and threw him out. Proud
~ of my workplace
A viral post says "Kalenjins will be removed after elections". This is incitement, report to NCIC
Sharing "Muslims multiply to take over" posts in a family group is how hate spreads. Stop
Saying gay teachers groom children is a lie. My best teachers were gay
The sign "No Irish, No Blacks, No Dogs" was a real thing. Let's never go back
Heard "Jews run the media" at Sunday lunch. Time to have that uncomfortable conversation
Someone DMed me "kill yourself, you fat ugly bitch". Reported. Please be kind online
"Shut up you retard" was shouted at my autistic son. He is not a punchline
The principal called tribal kids "savages". This is a public school. Shameful
If your pastor says women are too emotional to lead, you need a new pastor
A man told my wife "women drivers should be banned". She drives a lorry for a living 😂
Posts calling Eastern Europeans "thieves and beggars" will be removed. Admin
Just want to say: shouting "Paki" at a shopkeeper is a hate crime in this country
Screenshot of a group chat calling Mexicans "wetbacks" leaked. Company fired them. Good
My student told me someone called her "gandu" for being in the dance club. Handled it with
~ the class
Heard the word "khusra" used as an insult in the office. Educated my colleague on why it's not okay
A man in Kingston shouted "chi chi man" at my friend. Jamaica, we need to be better than this
Please stop calling Nigerians in Ghana "criminals". We study together, we work together
Someone posted "Igbos must leave Lagos" in the estate WhatsApp. Admins removed it. Well done
Calling a woman "randi" because you disagree with her is misogyny
My cousin called our househelp "achhoot". I stopped him and we had a long talk
Reported an account posting "Rohingya should be drowned". Disgusting
Stop calling people "gyppos". It's a slur against Romani and Traveller people
I heard someone say "blind people shouldn't be allowed out alone". My aunt is blind and
~ travels the world
He called me a "half caste mongrel" and laughed. I'm proud of both my parents
Students chanted "no homos in our school". Headteacher has called an assembly. Good
Condemning the mob that attacked Christian homes. Calling them infidels doesn't make it
~ less of a crime
Spreading "Hindus burn their widows" in 2026? That's ignorant and hateful
Don't repost the "Ukrainians are all Nazis" video. It's propaganda
Calling Russian people "orcs" is dehumanising, even if you oppose the war
The "13 percent" meme is racist propaganda. Please stop sharing it
When someone says "remigration", ask them who exactly they want to remove
The triple brackets around names online are an antisemitic signal. Please learn to spot them
Heard "tinker" being shouted at a kid at the fair. I'm still angry
"Honky" is still a slur, even if some people think it's funny
My daughter was called a "sand nigger" on the school bus. We're going to the police
Just want to condemn the posts calling Palestinians animals. Children are dying
Just want to condemn the posts saying Israelis should be wiped out. This is hatred too
Someone said my autistic brother is "a burden". He's the kindest person I know
Reported a Facebook page called "Deport Somalis Now". Racism, nothing else
The "no Dalits" signs at that temple must be removed. Untouchability is illegal
Called a "coolie" in Port of Spain. We need to talk about racism in the Caribbean too
Stop saying "Africans can't run their own countries". It's a colonial lie
Saw a comment calling Ethiopian maids "dirty thieves". Reported. Domestic workers deserve respect
A driver refused my friend a ride because "Pashtuns are terrorists". Reported to the app
Someone in the comments called Baloch people backward. Ignorant and hurtful
A man shouted "Chinaman go home" at a Chinese engineer in Nairobi CBD. Shameful
Calling Sindhis lazy during a flood disaster? Have some humanity
Reminder: the phrase "Christians are children of Satan" is not acceptable in this group
"Kambas are witches" is a tribal stereotype that has hurt real people. Stop repeating it
My coworker said lesbians "need a real man". Reported to HR for harassment
A boy at school called my brother a "mongoloid". The teacher made him apologise in front
~ of the class
Heard a politician say foreign doctors are killing patients. My Nigerian doctor saved my life
Please stop forwarding "Gay agenda is coming to our schools". It's fear mongering
An old man told a lady in a wheelchair she's "a waste of space on the bus". The driver
~ threw him off 👏
Someone wrote "Pakistanis are all groomers" under a news story. Reported. Collective blame
~ is racism
Tired of hearing "all Muslims are terrorists until proven otherwise". That's not how justice works
My friend got called "Nig-nog" by a drunk in Croydon. Police took a statement
A TikTok saying "Ghanaians are lazy and jealous" has 1M views. Please report it
Stop telling people that "Haitians bring disease". That lie was used to deport people for decades
I'll never forget being called "Oven dodger" on my first day at university
"Those people don't value life like we do" - said about Africans. Every life is precious
The guy who posted "Hang the immigrants" on our town page has been arrested
"""
)
