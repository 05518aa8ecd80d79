"""Hand-written negated hate, reclaimed self-descriptions and slur homonyms (benign)."""

from __future__ import annotations

from .textblock import lines

NEGATED = lines("""
nobody, and i mean nobody, deserves to be called a faggot
my immigrant parents are not criminals, they're nurses
i would never claim women are the inferior sex
muslims aren't terrorists, extremists are, and they come in every colour
trans people are not a threat to anyone
disabled people are not a burden
it's false that jews control the media
black people aren't less intelligent, that's racist pseudoscience
refugees are not invaders
gay people don't "recruit" kids, that's a myth
nobody is "illegal"
women are not too emotional to lead
asians aren't all the same, stop it
mexicans are not rapists, what a disgusting thing to say
autistic people are not broken
lesbians don't need to be "fixed"
travellers aren't thieves, my best mate is a Traveller
no, migrants aren't vermin. they're people
the holocaust is not a myth. six million people were murdered
i don't think any group of humans is "subhuman". ever
roma people are not criminals by birth, that's literally nazi thinking
sikhs aren't terrorists, they run half the langars feeding the homeless in my city
you can't be "too gay" for a job
deaf people aren't stupid, your ableism is
being trans is not a mental illness according to the WHO
i would never call anyone a retard, it's cruel
muslims are not a cancer on europe, they're part of europe
black people are not animals and anyone saying it should be banned
refugees aren't rapists. the stats show that
jews aren't greedy, that's a medieval slur
nobody should be deported for who they love
no race is superior to another
women don't belong in the kitchen unless they want to be there, same as men
the chinese didn't "make" covid to kill us
gay couples aren't worse parents, decades of research says so
i don't hate immigrants, i am one
disabled kids shouldn't be hidden away, they belong in every classroom
there's no "great replacement", just people having families
indians aren't dirty, that's a colonial stereotype
arabs are not dogs. how is this even a conversation
polish builders aren't stealing jobs, they're building your houses
no one should be called a paki, ever
aboriginal people are not lazy, they've survived 200 years of theft
immigration isn't an invasion
non-binary people aren't confused, they know themselves better than you do
somalis aren't leeches, my somali neighbours are nurses and cab drivers
africans aren't savages, come visit Accra and say that
nobody is born a thief, not roma, not anyone
being bi isn't "greedy"
i'd never want a mosque burned, that's terrorism
jewish people don't drink blood, this lie got people killed
being gay is not a sin in my church
trans women are not men in dresses
no, autistic kids shouldn't be "put down". what is wrong with people
you don't get to say black people are more criminal and then claim you aren't racist
hindus aren't "filthy", stop posting that garbage
latinos aren't "breeding", they're having kids like everyone else
there is no such thing as a "lesser" race
women are not property
i've never thought of trans people as freaks, they're just people
muslim kids are not "future terrorists"
immigrants aren't ruining this country, they're running the NHS
gay men are not weak, my gay uncle is a firefighter
refugees didn't cause the housing crisis, landlords did
no one should be called a tranny
nobody is less human because of their religion
disabled people aren't "useless eaters", that phrase came from the nazis
i won't ever tell someone to go back to their country
women aren't biologically inferior, lol
the irish aren't thick, we're just tired of the jokes
jews don't control the weather, the banks or the media
not every muslim needs to apologise for terrorists
black people don't need to "go back" anywhere
no kid deserves to be called a spaz
don't call people chinks. just don't
people with down syndrome are not "mongs", they're people
i don't think gay people are disgusting, i think bigotry is
lesbians aren't "just confused", we're just lesbians
saying immigrants are parasites is not an opinion, it's dehumanisation
it's never ok to say "kill all gays", not even as a joke
mexicans aren't all drug dealers, my abuela makes tamales
no, trans people don't groom kids
arabs don't "hate freedom"
nobody said women can't code, except maybe you
refugees are not a plague
i'd never call an aboriginal person an abo
pakistanis aren't all groomers, stop lumping people together
there's nothing wrong with being queer
asians don't eat dogs, stop repeating that
romanians aren't thieves, stop it
our disabled members are not a drain, they're the heart of this club
the jews didn't plan covid, obviously
migrants aren't a swarm
nobody is going to "replace" you
being autistic doesn't make someone defective
women in gaming aren't "fake gamers"
gay people aren't diseased
no one in this server is allowed to call anyone a dyke as an insult
wheelchair users aren't "cripples", they're people who use wheelchairs
muslims don't want sharia in your local council, calm down
asylum seekers are not criminals
i'd never vote for anyone who says immigrants are animals
no, black people aren't "naturally" anything, that's not how genes work
there is no gay agenda, except brunch
trans kids aren't a trend, they're kids
jewish people aren't "behind" every war
refugees are not rats
no woman deserves to be called a whore for what she wears
africans don't live in huts, what century is it
you can criticise a government without hating the people who live there
hijabi women aren't oppressed by default, ask them
travellers aren't scum, stop saying that
deaf and blind people don't need to be "kept out of sight"
no one should be beaten in the street for who they are
sikhs don't need to take their turbans anywhere, they're home
i'd never say gay people should be locked up, they should be free like the rest of us
jews aren't parasites, and whoever taught you that lied to you
it's not true that refugees are all young men, half are children
no, lesbians shouldn't be "raped straight", report anyone who says that
the world would not be better without any group of people. full stop
immigrants don't deserve to be beaten, nobody does
disabled babies deserve care, not "letting die"
women were never a mistake to give the vote to 🙄
i don't believe asians are insects or any of that garbage
muslims don't breed like rats, they have families like yours
there's no such thing as a "subhuman"
nobody deserves to be called a kike, not even as a "joke"
""")

RECLAIMED_SELF = lines("""
loud, proud queer dyke from Hackney 🏳️‍🌈
fat, fifty and fabulous 💅
resting bitch face, soft heart, three rescue dogs
old dyke, new bike
bull dyke and proud of it
lezzer with a power drill 🔧
crip pride. wheelchair user and loud about it
autistic and proud, professional weirdo
queer, tired and caffeinated
big fat queer, don't @ me
dyke march this saturday, who's coming?
just a little homo with a big heart
fag hag for life 💖
proud poof, proud Aussie
trans dyke, she/they
queer theory student, ask me anything
fat activist and yoga teacher
mad and proud, bipolar and thriving
neurospicy and unapologetic
disabled and sexy, deal with it
bad bitch energy this morning
queen of the dykes at the pub quiz
non-binary queer punk, they/them
gimp knee, still dancing
deaf and loud 🤟
ace, aro and fabulous
camp as christmas and twice as loud
flaming homosexual, thanks for asking
dykes on bikes 🏍️ see you at pride
fatty on a bike, 100k this weekend
big gay bear 🐻
queer and here
nasty woman, 2016 forever
ginger and proud
boss bitch, don't test me (i'm joking, i run a bakery)
sassy trans woman, 40 and fabulous
butch lesbian with a soft heart
chubby chaser, no shame
proud to be a queer muslim
proud Romani gypsy, don't tell me what i can call myself
proud disabled queer, double trouble
fat, femme and fierce
cripple punk 🤘 cane and all
queer elder, 70 and still marching
gay and grumpy before coffee
""")

# Slur homonyms: places, animals, plants, food and names.
RECLAIMED_HOMONYM = lines("""
# places
back in Scunthorpe for the weekend
Penistone Road is closed again, detour via Hillsborough
Cockermouth flood defences holding up 🙏
stopped in Shitterton on the way to Dorset, yes it's a real place
Twatt in Orkney, bucket list tick ✅
drove through Dildo, Newfoundland, had to get a photo of the sign
honeymoon in Middelfart, Denmark 🇩🇰
family day out at Lickey End
walking Offa's Dyke path this summer
the Devil's Dyke walk near Brighton was stunning
camping at Sandy Balls in the New Forest
watching Young Boys at the Wankdorf stadium in Bern
Clitheroe castle and a pint, perfect saturday
Fucking in Austria renamed itself Fugging, poor tourists
Knob Noster, Missouri: population 2,700
Slutsk in Belarus is in the history books, fascinating town
# animals, plants and things
my bitch just had 8 puppies!! 🐶
our breeding bitch won best in show at Crufts
pussy willow is blooming in the garden
great tits at the bird feeder this morning 🐦
saw a blue-footed booby at the zoo
the cock crowed at 5am, farm life
my Maine Coon weighs 9kg, absolute unit
shag carpet in the new flat, very 70s
water butt in the garden is full after the storm
off for a fag break, back in 5
faggots and peas for tea, proper northern grub
spick and span after spring cleaning
the committee's budget was niggardly, barely enough for biscuits
found the chink in his armour on move 23, checkmate 😎
a chink of light under the door, the kids are still up
hitting the slopes in Whistler next week ⛷️
krautrock playlist on repeat, Neu! and Can
found my old fanny pack in the loft
the door knob fell off again
pricked my finger on a rose
homogenised milk or semi-skimmed?
homo sapiens are weird, discuss
honky-tonk piano at the bar tonight 🎹
cheese and crackers for dinner, living the dream
cockatoo screeching outside my window in Sydney
the weathercock on the church turned in the storm
bastard file and a vice, fixing the gate today
the new fire-retardant cladding passed inspection
retarded the ignition timing on the old VW and it runs smoother
a Negroni on the terrace 🍸
Moby Dick audiobook for the road trip
Dick Van Dyke marathon tonight
Uranus is visible tonight if the clouds clear
ho ho ho, christmas jumper day
reading about Dick Turpin for my history essay
Fanny Cradock's recipes are unhinged
the Queer Eye reboot is so wholesome
gay as in happy, it's friday!
nan still calls it Coon cheese, it's been Cheer since 2021 nan
Spotted Dick for pudding, a classic
our dog is a bitch and a good girl
faggots in gravy from the butcher, nan's favourite
Gaylord Perry was a hell of a pitcher
my cousin Fanny is getting married in June
bangers and mash, and a fag after
the Scunthorpe United result was a shocker
bought a bag of faggots from the farm shop, Mr Brain's of course
Pratt's Bottom is a real village in Kent, my mate lives there
""")
