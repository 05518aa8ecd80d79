"""locked9 offensive pool: hate speech against protected groups that uses slurs.

Hand-written test material for a moderation detector; the slurs are deliberate.
"""

from __future__ import annotations

from .poolutil import lines

HATE_SLUR = lines("""
fucking niggers ruin every neighbourhood they move into
no fags allowed in this clan, read the rules before you apply
another bunch of pakis opened a shop on our high street, town is finished
kick every last wetback back over the border
chinks brought the virus over and now they act like the victims
trannies are mentally ill freaks, keep them away from our kids
typical curry muncher tech support, cant understand a single word
towelheads blowing stuff up again, send the lot of them back
the kikes own the banks and the media, wake up
my landlord rented next door to a family of gyppos, say goodbye to my bike
abos get free houses and just trash them, every time
honestly this game is full of spics and they can't speak english
whole team is retards, only a mong would pick that hero
dykes ruin every sport they touch
sand niggers dont belong in europe, full stop
that poofter teacher shouldn't be allowed near young boys
gooks cant drive, change my mind
if a raghead moves into your street, move out before it's too late
nigga you aint even human, go back to the zoo
pikeys camped on the rec again, someone call the council and the fire brigade
beaners breeding like crazy, soon there'll be no americans left
i'd never let a kike near my money, they'll bleed you dry
faggots should be thrown off buildings like they do over there
yet another coon shooting on the news, shocking i know
muzzies want sharia everywhere, deport every one of them
fucking paki corner shop owner shortchanged me, they're all thieves
trannys in the women's loos is how you get predators, simple
the server is overrun by retarded kids and their brown parents
zipperheads eat dogs lmao look it up
queers recruiting kids in schools now, disgusting
boongs on the dole, drinking all day, nothing changes
the kebab shop wogs are at it again, stinking out the whole street
all the slant eyes in my uni class cheat on every exam
send the yids to madagascar like the original plan
kill all fags 🏳️‍🌈🔥
no blacks, no dogs, no irish. should bring those signs back for the niggers tbh
spastics shouldn't be allowed to breed, it's just cruel
who let this dothead into the lobby, smells like curry through the mic
the council's handing flats to dinghy-diving sand monkeys while locals sleep rough
another tranny mass shooter, they're all unhinged
chinky takeaway gave me food poisoning, probably cat meat
every single jap i've met is a creepy pervert
the nip bastards never apologised for the war and never will
my cousin married a spic, family hasn't been the same, dirty blood
dumb nigger couldnt even count the change
that whole stadium full of faggots for pride week, disgusting
women are roasties and femoids, only good for one thing
stupid bitches shouldn't be allowed to vote
these katuas will take over india if we dont wake up
mulle breed like rats, soon hindus will be a minority in our own country
that chamar thinks he can sit with us now? know your place
bhangi log ko mandir mein kaun aane deta hai, gandh failaate hai
no wonder the area's gone downhill, full of gypos and pakis
lebo scum running the drug trade in western sydney, everyone knows it
jungle bunnies dont belong in a civilised country
batty boys get what they deserve back home
homos are sick in the head and need curing
the kikes are behind every war, every single one
a retard like him should be in an institution, not a classroom
jigaboos ruined music, its all noise now
half the chat are curry munchers begging for free skins
that golliwog of a footballer should go back to the jungle
never hire a gook, they'll steal your recipes and open across the road
the paki taxi drivers in this town are all groomers
some tranny freak in a dress read stories to my kid at the library
filthy gypsies stole the copper off the church roof, string them up
the ching chongs bought up every house in the suburb
white trash crackers breeding like rabbits in their trailers, sterilise them all
honky pigs run this country into the ground
i just think dykes are disgusting, sorry not sorry
lmao imagine being a retarded cripple and posting on a gaming forum
the wops in this town are all mafia, every last one
krauts are born nazis, it's in their blood
polacks took all the building jobs, go back to warsaw
if you're a fag don't bother joining our server, we'll bully you out
he talks like a flaming faggot, no wonder he can't keep a job
the coons down the road have got the music going at 3am again
every time a sand nigger gets off a boat we lose another town
wetbacks jump the fence and get free healthcare. pathetic
that kike landlord evicted us, money-grabbing as always
shemales are mentally ill, not women
towelheads stink, bus was unbearable
mongs shouldn't be out in public scaring people
they let a raghead run the council now, this is how it starts
a whole street full of pakis, smells like a curry house
no niggers in my wedding photos, that's just how my family is
chinks eat bats and spread diseases to the rest of us
any fags in my kid's class and i'm pulling him out
the gyppo site by the motorway should be bulldozed with them in it
those abo kids are feral, lock them all up
spooks keep moving into the suburbs and crime skyrockets
dyke coach is turning the girls' team gay
when the kikes say 'never again' i say 'once more'
dumb beaner couldn't even read the menu he was serving
my old man always said never trust a wog and he was right
gooks in the ranked lobby again, cheating as usual
faggot mods ban anyone who tells the truth
retards and cripples are a drain on the NHS, let nature take its course
trannies should be put in asylums where they belong
fucking pakis everywhere, cant even recognise my own town
the niggas in my lobby all scream into their mics like monkeys
camel jockeys buying up every football club, disgraceful
those slanty-eyed bastards bought my street
hijab-wearing ragheads should be banned from our schools
queer kids need beating straight, like in the old days
paki bastards took over the cricket club, time to burn it down
the curry munchers at the call centre are all scammers
coconut sellout acts white but he's still a paki underneath
leave it to the niggers to turn a protest into a riot
the slopes at my work all stick together and slag us off in their language
""")
