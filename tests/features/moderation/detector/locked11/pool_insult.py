# ruff: noqa: E501
"""Hand-written personal insults and harassment (locked11, category insult).

Aimed at individuals, with no protected-group angle. One text per line.
"""

INSULT = """
Dave from number 12 is a lying, thieving toe-rag and everyone on this street knows it.
@Sharon you are a two-faced cow and the whole PTA is laughing at you behind your back.
my ex is a pathetic waste of oxygen. if you see him tell him i said so
Kevin on the parish council is a spineless little weasel. Resign you useless article.
Whoever runs the Facebook page for Bramley Allotments is a jumped-up power-mad idiot.
Tanya, nobody in this group likes you. Take the hint and LEAVE.
Gary your kid is as thick as you are and that's saying something
to the guy who reversed into me at Aldi: you absolute brainless muppet, learn to drive
Mr Okafor from 3B is a useless teacher and a bigger fool. My daughter learnt more from YouTube.
Ravi bhai you are one shameless fellow, showing your ugly face after what you did to your own brother.
Lorraine you're a vile, bitter old hag and I hope your precious hedges die.
Bro you're a walking L. Delete your account.
Jason is a creep and a loser who still lives with his mum at 40. Ladies, swerve.
my landlord is a greedy slimy parasite who'd sell his own nan for a fiver
Shut up Brenda. Nobody asked. Nobody EVER asks.
You are a fat useless lump, Pete, and your wife deserves better.
Tunde you are a big fool. Your head is empty like a calabash. Mumu!!
Whoever keeps parking in my bay: you're an inconsiderate prick and I have your reg.
The new manager at the Co-op is a smug little twerp with a face only a mother could love.
Michelle you're a pathological liar and a sad attention seeker. Grow up.
Everyone go and tell Mark he's a loser on his birthday post. Let's make it trend lol
Aunty Grace is a gossiping witch and I'm done pretending otherwise.
Craig you're a gutless coward. Hiding behind your keyboard like the worm you are.
ugly as sin and twice as stupid. that's my brother-in-law for you
Neil your band is shit and so are you. Stop posting your covers.
Kylie is a nasty piece of work. Stay away from her, she's poison.
Pradeep sir you are a useless, corrupt, good-for-nothing fellow. Shame on you!
Our so-called councillor is a gormless clown who couldn't organise a piss-up in a brewery.
Honestly Janet you're the most boring, miserable woman I've ever met.
Emeka you be ode. Useless goat of a man. Pay me my money.
Stop replying to my posts, Trevor, you sad little stalker.
Kiera in year 10 is a slag and a liar. Everyone knows what she did.
To the woman who runs Sunshine Daycare: you're an incompetent, lazy cow. Thanks for nothing.
Mike, you're a bald, sweaty, sad little man and your opinions are worth nothing.
Darren the mechanic is a crook and a moron. Robbed my mum blind.
my stepdad is a complete and utter bellend and I hope he reads this
Hey Sophie, congrats on being the dumbest person in the whole office
Wendy from the choir has a voice like a dying goose and the personality of a wet flannel
Uncle Femi is a shameless goat. Ask him where the family land money went.
Whoever wrote the review on my cafe: you're a sad troll with no life. Get a job.
brad ur literally the most annoying person alive, nobody wants u at the party
Councillor Hughes is a weaselly, gutless liar and should be run out of the ward.
Robert, you are an insufferable know-it-all and your wife is too polite to say it.
Sanjay ji your son is a useless donkey, always roaming with no work.
You're pathetic, Lee. Pathetic. Fifty years old and still sponging off your mum.
the bloke at the chippy is a rude miserable git. Hope his fryer explodes.
Carol, you are a nasty nosy old busybody. Mind your own business for once.
Ashley is a fake, a fraud and a gold digger. Guys, you've been warned.
Frank you absolute knob. Posted my address on the cricket club page. Unbelievable.
Nobody likes you Stacey. Not your friends, not your family, not your dog.
My boss is a gutless, incompetent worm who takes credit for everything.
Chioma you're so ugly even your mirror has filed a complaint 😂😂
That Richard from the golf club is a snob, a bore and a total tosser.
Mate you're a complete drongo. Couldn't find your own arse with both hands.
Sheila from the bowls club is a sour-faced old bat. There, I said it.
Ian, your cooking is disgusting and so is your attitude. No one is coming back.
Anita you're a snake. Fake smiles and knives in everyone's back.
Vikram you are a chamcha of the boss and a chor. Everyone in office knows.
My sister in law is a lazy, entitled leech and I'm sick of feeding her.
To the prat in the white BMW doing 60 past the school: you're a selfish moron.
Jordan is a snitch and a rat. Don't trust him with anything.
The referee today was a blind, bent, useless waste of a whistle. Ban him. (Sam Whitely, yes you)
Dean you stink, literally. Nobody sits near you for a reason.
Pam you're a jealous, bitter woman and your husband left you for a reason.
Gloria's cakes at the fete were dry as dust, much like her personality.
Your kid Harvey is a spoilt little brat and you're a terrible mother, Louise.
Moses you are a thief and a liar and by God's grace everyone will know it.
Connor you're a waste of space. Always have been.
You're a sad, lonely troll, Geoff. Stop commenting on every single post.
Leanne you're a mess. A complete embarrassment to everyone who knows you.
My neighbour Ken is a miserable old goat who reports everyone's bins. Get a life.
the new girl at work is a suck-up and a snake and i will not be nice about it
Ugly, boring, and broke. That's Terry in three words.
Becky, you talk absolute rubbish and your makeup looks like a clown fell in a paint tin.
Rahul you are a cheater and a fraud. Return Priya's money you shameless fellow.
Dear Marcus, you are a smug, spineless, overpaid idiot. Love, the entire sales team.
Tim you couldn't manage a lemonade stand. Step down.
Uche you're a loudmouth with nothing in your head. Sit down.
Shane's a bogan drongo with a mullet and no brain cells.
Jess you're a cheat and a homewrecker, and I'll make sure everyone at the gym knows.
Nigel, you pompous buffoon. Nobody voted for you to be chair.
Go cry about it Ryan. You're a joke and you always will be.
Patricia is the most spiteful, sneaky old woman I've met. Stay away from her stall.
You're such a freak, Oliver. Even your cat avoids you.
Our HOA president is a petty tyrant with a clipboard and no friends.
Hey @dan_the_man you're a clueless muppet who should stay off the forums
Jade you're a fake friend and a liar. Don't ever message me again.
Steve is an absolute cockwomble and I stand by that.
Fiona, you thick, lazy, useless excuse for a receptionist.
Little Tommy Jenkins is a bully and a thug, parents of St Mary's keep your kids away.
Martin from IT: arrogant, rude and dumb as a box of rocks.
Aditi is a manipulative snake, don't believe a word she says.
You're a scrounger, Wayne. A lazy, scrounging waste of a man.
Our vicar is a pompous windbag who hasn't said anything useful since 1998.
Joanne you're a gossip and a troublemaker. Delete yourself from this group.
Angela you're thick as two short planks and twice as wooden.
The bloke who runs the Spar is a greedy, rude little toad.
Kelechi you be mumu, dey talk rubbish every day. Close your mouth.
Debbie, you're the worst. Truly the worst human I have ever had the misfortune to meet.
Alan you are a dead loss, mate. Your own dog would not follow you to the shop.
""".strip()
