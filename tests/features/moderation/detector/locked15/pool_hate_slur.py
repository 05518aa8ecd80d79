"""Hand-written hate speech that uses slurs against protected groups (label: offensive)."""

from ._text import lines

HATE_SLUR: list[str] = lines(
    r"""
Council has let ANOTHER family of pakis move onto Elm Road. House prices gone!! Disgraceful 😡
Cant get on the 38 bus anymore without being packed in with wogs, this used to be England
These niggers on our estate need shipping back to Africa, simple as
Keep your faggot parade away from our children, this is a Christian town!!!
Batty man dem fi run outta Jamaica, no place fi dem yah
No chi chi man cyaan live inna dis community, we nah tolerate it
They should lock all the retards up instead of letting them wander round Tesco
Mongs like that shouldn't be allowed on the train with normal people
Every chink in that market sells fake goods and eats dogs, don't buy from them
Dirty kikes own the banks and the newspapers, wake up people!!
Spics crossing that border like rats, build the wall twice as high
Wetbacks taking every roofing job in this county, call ICE on all of them
Beaners everywhere on our street now, time for us to move
Cant go to the shops without some towelhead staring at my wife. Sick of it
RAGHEADS OUT OF BRITAIN. Share if you agree 🇬🇧🇬🇧🇬🇧
These katuas are breeding like rabbits to take over Bharat, wake up Hindus
Mullas should pack and go to Pakistan, this country is for Hindus only
Qadianis are not Muslims. Boycott every Qadiani shop in this mohalla, forward to all
Mirzai dogs must not be allowed to bury their dead in our graveyard
Chooras are only fit for sweeping, don't give them any other job
Don't let that chamar sit with us at the wedding, he will spoil the food
Bhangi people should live outside the village like in olden days
The chinkis from the northeast are all drug addicts, don't rent your flat to them
Kallu Africans in our colony are all drug dealers, landlords be careful
Habshi boys making noise all night in B block, RWA should throw them out
Nyamiri people will sell their own mother for money, never trust them in business
Gambari dem full everywhere for Lagos now, make dem carry their load go north
Abokis are all beggars and killers, send them back to their desert
Ofe mmanu people are cowards, they have betrayed us since the war
A kihii can never lead this country, no Luo boy will ever rule us
Shoga wote wafukuzwe Kenya, they are spoiling our children
Ashawo women like her should be flogged in the market square
Dykes shouldn't be allowed anywhere near the girls changing rooms
That tranny using the ladies toilet at Asda wants a good hiding
Trannies are mentally ill perverts, keep them away from our kids!!
No homos in my church. Pastor should chase them out with the broom
Gandu log ko desh se nikalo, yeh hamari sanskriti nahi hai
Chakka log sirf bheekh maangne ke laayak hain, job mat do
Khusras should not be given ID cards, they are a curse on society
The gyppos have pitched up on the rec again, lock your sheds lads
Pikeys robbing anything that isn't nailed down and the council does NOTHING
Polacks on every building site, drunk by dinner time, go home
Fenian scum will never be welcome on this road
Every taig in this town should be burnt out of their houses
Another jungle bunny moved in next door, there goes the neighbourhood
Coons wouldn't know a hard day's work if it slapped them
The sambo on the checkout couldn't even count out my change
Darkies have ruined this town since the sixties, ask anyone over 70
Golliwogs the lot of them, send them back on the boats they came on
Porch monkeys get free housing while our pensioners freeze. Wake up America
Oven dodgers crying about antisemitism again, nobody cares
The yids own every single business on this high street now
Hymies always counting their shekels, never give them a penny
Heebs and their lobby run Washington, everyone knows it
Gooks all look the same and their shops stink of fish sauce
Zipperheads stealing all our tech jobs, send them back
Sand niggers blowing themselves up again, deport every one of them
Camel jockeys own every corner shop and short change you every time
Pajeets flooding the IT department, cant understand a word they say
Curry munchers wrecked the call centre, send them back to Delhi
Dothead family next door stinks out the whole block with their cooking
Coolie people in Trinidad feel dem better than everybody, dem fi go back India
Redskins were savages then and they're savages now
That squaw at the casino should go back to the reservation where she belongs
Crackers got no culture, just mayo and guns, can't stand them
Honkies should pay reparations in blood
Feminazis and their whore friends should be silenced for good
Femoids only want money, every single one of them
Roasties all deserve what's coming to them
Women are whores, slags the lot of them, never trust one
Randi auraton ko ghar se bahar nikalne hi nahi dena chahiye
Spastics shouldn't be allowed to breed, simple
Window lickers on the bus again, they should be kept in homes
Cripples are a burden on the NHS, put them down like old dogs
Langde aur andhe log desh pe bojh hain, inko kuch mat do
Muzzies invading Europe one mosque at a time!!! FORWARD THIS
Moslem goat shaggers do not belong in our country
Gaumutra drinkers worship cows and burn their widows
Hindu banyas are cowards who only know how to cheat
Kafir Hindus in our town need to be taught a lesson this Eid
Kaffirs are lazy and always stealing in this township
Bloody madrasis with their stinking sambar, go back south
Biharis are ruining Mumbai, beat them out of the city
Nigga on the bus should go back to the jungle he came from
Jigaboos should never have been given the vote
These half castes are confused mongrels, belong nowhere
Chinaman selling poisoned food in Nairobi, boycott them all
Ching chongs brought the virus here, ban them from our flights
Slant eyes are taking over Makola market, Ghana wake up
Injuns are drunks living off government handouts
Fags in the church choir, no wonder this country is cursed
Poofs and lezzas shouldn't be allowed to teach children
Lesbos just need straightening out by a real man
Shemales should be banned from the gym, it's disgusting
Faggots deserved AIDS, God's punishment
Mongoloids should not be allowed in mainstream schools
Retards like your son belong in institutions, not in my kid's class
Tinkers thieving again down by the canal, run them off the field
Oi paki, go back home to your cave
Wogs start at Calais, always have, always will
Gaylords like him should be stoned according to the law
Chiney man dem a tek ova downtown, run dem out
Fish dem fi bun, no fish cyaan live inna dis yaad
The jewboy landlord wants more rent again, typical of them
Nig-nogs everywhere in Brixton now, unrecognisable
Ape-like niggas shouldn't be allowed in the Premier League
Yardies bringing guns into our city, deport every last one
Gypsy scum and their caravans should be burned off the common
Achhoot log mandir mein nahi aayenge, yeh niyam hai
Sullas ka economic boycott karo, ek rupaya bhi mat do
Nyamiri and their yahoo boys are why Nigeria has a bad name abroad
Shoga kama hao wanastahili kupigwa mawe, hakuna haki kwao
Msenge wa kanisa letu afukuzwe leo, aibu kwa jamii
"""
)
