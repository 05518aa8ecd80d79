"""Hand-written personal insults and vulgar abuse aimed at individuals (label: offensive)."""

from ._text import lines

INSULT: list[str] = lines(
    r"""
Emeka you are a big fool, your head is empty like a dry calabash
See your face like fufu wey fall for sand, who send you message
Your brain no reach chicken own, abeg rest
Mumu like you no go ever hammer, keep dreaming
Kwasia, you don't even know what you are talking about, sit down
Kevin you are such an idiot, no wonder your wife left you
Ullu ka pattha, tujhse ek simple kaam nahi hota
Bloody fool, who even gave you a smartphone
Yuh too fool fool bwoy, everybody a laugh afta yuh
Yuh head tough like rockstone and empty same way
Wewe ni mjinga kabisa, unajua nini wewe
Pumbavu wewe, umeharibu kila kitu kwa group
Sharon you absolute waste of oxygen, log off
Gary you're the thickest man in this whole village and everyone knows it
Nobody in this group likes you Linda, please stop posting your rubbish
You ugly little troll, nobody asked for your opinion
Brother Femi you are a disgrace to your family and to this church
Ode! See how you're carrying yourself like an olodo
Oloriburuku, you spoil everything you touch
Onye ara, who let you near the microphone at the meeting
Mbwa wewe, ondoka hapa na maneno yako
Gadha kahin ka, padhai likhai sab bekaar gayi
Jahil aadmi, pehle parhna seekh phir baat kar
Oye khotay, dimagh ghar chor ke aya hai kya
Dave you fat lazy slob, get off the sofa for once in your life
Your cooking tastes like you, bland and useless
Tunde you are a failure, at 40 still begging your mates for transport money
Look at this clown posting his CV on the family group again, pathetic
Auntie Grace is the most useless gossip in this whole church
Why are you so stupid Wanjiru, every time you open your mouth rubbish comes out
Patricia you are the ugliest bride I have ever seen, sorry not sorry
You're an embarrassment to this neighbourhood group Brian, honestly
Julie your kids are feral because you're a terrible mother
Raju tu ekdum bewakoof hai, tere jaise logon ki wajah se company doob rahi hai
Bilal tum nalayak ho, abba ki kamai barbaad kar di
Mr Okafor you are a shameless old goat, respect your grey hair
Kofi you are a useless man, even your goats don't respect you
Ama your mouth is too big, shut it for once, nobody cares
You are so dumb Otieno, how did you even pass KCSE
Mwangi ni mpumbavu wa mwisho, hajui hata kuhesabu pesa
Listen here you pompous old windbag, nobody reads your essays
Steve you're a spineless coward and a liar, always have been
Margaret is a nosy old bat who should mind her own business
Whoever parked the blue Corsa across my drive is a brainless moron
The idiot in flat 4 can't even put his bins out properly, useless man
Derrick you're a pathetic loser who still lives with his mum at 45
Bwoy yuh a idiot, yuh cyaan even read good
Shanice yuh too dutty an lazy, clean yuh yaad
Marlon yuh a waste a space, mi shame fi call yuh family
Uncle Jide you are a thief and a liar, everybody in this family knows
Chidi your head is not correct, go and see doctor
Ngozi you dey craze, who told you you can sing
Shola you're a miserable old witch and everyone avoids you at work
Babajide you're a lazy good for nothing, your mates are building houses
Ravi you are the dumbest person I have ever worked with
Priya aunty is a jealous snake, talks behind everyone's back
Imran bhai you are a joker, nobody takes you seriously
Sana you are so fat you can't even fit through the door lol
Ahmed you are a liar and a cheat, shame on you
Hassan your brain is the size of a chickpea
Mike you're a brainless ape, stop commenting on my posts
Tom you are a sad little man with a sad little life
Karen you are the most insufferable woman on this street
Brenda you're a two-faced liar and your cakes are dry
Jennifer you have the personality of a wet dishcloth
Keith you are a boring old fart and nobody wants to hear your war stories
The admin of this group is a power hungry little dictator with no life
Whoever runs this page is a clueless idiot, do some research
You are so ugly even your mirror is crying
Shut up you half-witted fool, go and wash plates
Your mother should have taught you manners, you ill-bred donkey
Look at this one with his fake accent, bush boy trying to be oyinbo
Village champion, go and sit down before you embarrass yourself again
Akosua you are a shameless liar, God is watching you
Yaw your wife is smarter than you, maybe let her do the talking
Kamau you are a fraud and a thief, return our chama money
Achieng you are a gossip and a troublemaker, leave this group
Njoroge you are the laziest man on this plot, pay your rent
Baba Kelvin you are a drunkard and a disgrace to this estate
Sister Joy, your hypocrisy is disgusting, you gossip after every service
Pastor you are a greedy fraud, stop collecting money from widows
Deacon Ade is a useless old man who should retire and let others work
Ramesh you are a useless son-in-law, sitting at home eating our food
Anjali your cooking is so bad even the dog refuses to eat
Nasir tu bilkul nikamma hai, koi kaam ka nahi
Zainab your face looks like a slapped potato
That cashier at the bank is a rude ignorant cow
The new neighbour is an arrogant prick who thinks he owns the road
Tyrone you big head dunce, you failed every exam
Keisha yuh look like a crosses, fix yuhself
You absolute melt, you've ruined the whole quiz night
Neil you're a waste of skin and everyone at the club knows it
Dear Rita, you are a bitter old hag, find a hobby and leave us alone
Ifeanyi you are a fake guy, all your designer clothes are from Balogun market
Chinedu you be correct mumu, you no even sabi your left from right
Oga you be goat, why you go sign that paper
Kojo you are a coward and a clown, no woman will respect you
Janet your kids are ugly just like you, stop posting them
Amit you are a loser who will never amount to anything
Bro you are dumb as a bag of rocks, read before you comment
Rahul chup kar, tere jaisa gawaar maine kabhi nahi dekha
"""
)

VULGAR: list[str] = lines(
    r"""
Go fuck yourself Brian and take your shitty opinions with you
Suck my dick you useless clown
Your mum's a whore and everyone on this street has had a go
Bloodclaat bwoy, yuh mumma pussy
Bumboclaat idiot, go suck yuh madda
Pussyclaat gyal, yuh a dutty slut
Rassclaat fool, kiss mi rass
Your mother na ashawo, that's why you no get sense
Olosho like you should close her legs first before talking
Bhenchod tu phir se aa gaya group mein
Madarchod, tere jaise logon ko maar ke bhagana chahiye
Teri maa ki chut, zyada mat bol
Randi ki aulad, tujhe kisne bulaya
Bhosdike, apni shakal dekh pehle
Kutti kameeni, tera muh kaala ho
Malaya wewe, unakula pesa ya wanaume wa wenyewe
Kuma yako, toka hapa
Wo maame twe, you think you can insult me
Your papa prick, carry your wahala comot here
Your mama toto, idiot boy
Kiss my ass Sandra, you miserable cow
Shove your petition up your arse, Colin
Cocksucker, that's all you're good for
You're a thick cunt Darren and everyone knows it
What a twat, he parked in the disabled bay again
Slag, she's been with half the estate
You dirty slut, everyone saw you at the club on Friday
Prick like you should have his balls kicked in
Wanker, go back to your mum's basement
Dickhead, who taught you to drive
Eat shit and die, you pathetic little worm
Fuck you and your whole family, you bunch of rats
Sit on it and spin, you ugly bitch
Your wife's a slag and your kids aren't even yours
She's a cheap whore who'll open her legs for a plate of chips
He's got a micro penis, that's why he's so angry lol
Go and suck your pastor's dick, hypocrite
Your mum sucks cocks for bus fare
Fucking dumb bitch can't even read a bus timetable
Piece of shit landlord, may your balls shrivel up
Shut your fucking mouth you cum stain
Mother fucker owes me money and blocked me
Ugly slag thinks she's a model, nobody would fuck her
Pussy ass nigga too scared to come outside, hiding behind his phone
Lick mi batty, yuh worthless
Yuh mumma a sket, everybody know
Chuchu yako, mjinga wewe
Gandu kahin ka, gaand mein dum nahi hai
Chutiya saala, apni behen ko sambhal
Bhadwe, dalaali band kar
Harami kutte, tu kis khet ki mooli hai
Gashti aurat, sharam kar
Lund le le mera, bakwas band kar
Gaand marao, mujhe mat sikhao
Your mother's pussy stinks, fool
Shithead, stop sending voice notes at 3am
Tits out for attention again, pathetic slapper
He's a limp dick loser, his wife should leave
Go finger yourself and leave us alone
Suck on that, you bitch
Ugly cow wants to be fucked, that's why she's always posting selfies
Fuck off back to bed grandad, no one wants your opinion
Titi, close your legs, the whole compound has seen everything
Nwanyi ashawo, you sleep with married men for rent money
Oloshi, you have eaten everybody's husband in this street
Ashawo like you no get shame, na your body you dey sell
Your toto dey smell, olodo
You fat whore, get off my timeline
I'll shag your missus while you watch, mug
Arsehole neighbour pissed on my fence again, filthy bastard
Dutty bitch, yuh pussy cyaan even hold a man
Mshenzi wewe, nenda ukatombwe
Kumanyoko, unaleta ujinga hapa
"""
)
