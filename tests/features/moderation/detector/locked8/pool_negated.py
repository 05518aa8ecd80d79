"""Hand-written negated hate and denials (benign/negated). One text per line."""

NEGATED = """\
no one deserves to be hated for being gay
immigrants are not criminals, stop spreading that
I don't think immigrants are a problem at all
it's wrong to say muslims are terrorists
refugees aren't vermin, they're people running from war
jews don't control the media, that's a conspiracy theory
trans people are not predators
it is never ok to call black people animals
disabled people are not a burden on anyone
women aren't stupid, and anyone who thinks so hasn't met my mum
nobody should be attacked for wearing a hijab
gay people shouldn't be banned from anything, what a ridiculous idea
i refuse to believe that all roma are thieves, i've met too many lovely roma families
being autistic doesn't make you less of a person
i'd never say mexicans are lazy, my mexican neighbours work harder than anyone i know
not all muslims are the same, just like not all christians are
travellers are not dirty, that stereotype needs to die
it's not true that asians can't drive
i don't hate anyone for their religion
there's nothing wrong with being trans
there is no "gay agenda", there are just people wanting to live
the idea that black people are less intelligent is racist nonsense with zero evidence
i won't pretend migrants are the reason the nhs is struggling, it's underfunding
no, lesbians don't "need a real man"
calling someone a slur is never okay, no matter what they did
there's no such thing as a race that's naturally violent
don't deport them, they've lived here for 20 years and they're our neighbours
bisexual people aren't greedy or confused
it's false that refugees get more benefits than pensioners
nonbinary people aren't mentally ill, they're just nonbinary
i don't believe jews are greedy, that's an old antisemitic trope
kids with down syndrome aren't a tragedy, my cousin is the happiest person i know
women shouldn't have to justify being in leadership
immigrants don't steal jobs. employers hire people
no, muslims are not "breeding us out". that's the great replacement myth
the chinese did not "create covid to kill us", stop
being poor doesn't make you a criminal, and neither does being foreign
i'm not going to stop being friends with her because she's gay, obviously
my neighbour is a somali refugee and she's the kindest person on the street
people with mental illness are not dangerous, they're far more likely to be victims
polish workers aren't taking our jobs, they're doing jobs nobody else wanted
nobody is illegal
we should not ban islam or any religion
no one should be shot at a border for trying to survive
saying gay couples can't raise kids is just wrong, the research is clear
hindus don't smell of anything except whatever they cooked, same as you
people in wheelchairs have every right to be on the bus
deaf people are perfectly capable doctors, lawyers, teachers
it's not "typical" of any nationality to scam people
i don't agree that trans women are men, they're women
catholics aren't all abusers, that's an unfair slur on millions of people
atheists can be just as moral as anyone else
the holocaust happened. denying it is disgusting
you can't judge a whole religion by a few extremists
africa isn't one country and africans aren't all the same
black men aren't "violent by nature". that's a myth with a long ugly history
there's no evidence migrants commit more crime than locals
gay people don't "choose" to be gay and they don't need fixing
old people aren't a waste of resources, they built this place
women don't belong in the kitchen unless they want to be there
not every arab is a terrorist, obviously
jews didn't kill jesus, the romans did. and it was 2000 years ago anyway
i will never think less of someone for being disabled
i don't agree that "they're all the same". they're not, they're individuals
nobody deserves to be beaten for who they love
no, i'm not "scared" of muslims. why would i be
it isn't true that roma children are stolen or sold, that's a racist myth
refugee kids aren't "dangerous" to our daughters. they're children
i don't want anyone deported for being gay or anything else
kurds aren't terrorists, the PKK isn't all kurds
turks aren't barbarians, turkey has some of the most hospitable people i've met
i wouldn't call anyone "subhuman". no one is
it's not okay to call a whole country savages
don't say disabled people should be left to die, that's eugenics
i'm against any ban on trans people in public jobs
not a single one of my gay friends has ever "groomed" anyone
let's stop saying nigerians are all scammers, it's lazy and racist
it's racist to assume the brown guy is the thief
immigrants aren't "flooding" anything, the numbers are tiny compared to the scare headlines
there is no "white genocide" happening
i'd never tell someone to "go back home", this is their home
being a woman doesn't make you worse at maths
autism isn't caused by bad parenting or vaccines
being jewish doesn't mean you support any particular government
queer people aren't a threat to children
sikhs aren't muslims and neither should be harassed
i don't think we should "keep our streets white", what a horrible thing to say
diversity isn't code for anything, it just means different people
i've never believed the "they multiply like rats" rubbish
muslims shouldn't have to wear badges or anything of the sort
a hijab is not a threat
there's no shame in being gay, being trans, being anything
you're not less british because your parents were born somewhere else
being an immigrant is not a crime
no group of humans is a "disease"
it's not fine to mock someone's accent because they're foreign
people on benefits aren't parasites, most of them work
i can't agree with people who say disabled kids are a punishment from god. that's cruel
i don't think lgbt people are sinners, and my church agrees
trans kids should not be beaten. they should be loved
people should never be refused service for their skin colour
eastern europeans aren't "all drunks", what a daft stereotype
don't let anyone tell you pakistanis are groomers. criminals are criminals
"the jews" aren't behind every war, that's straight out of nazi propaganda
they're not animals. they're families, fleeing bombs
you don't need to "fix" lesbians
i'm not afraid of trans people in toilets, they just want to pee
traveller kids deserve the same education as anyone
gypsies aren't thieves, my gran was romani and she never stole a thing in her life
no one is "too dark" to work front of house
is it really so hard to accept that black lives matter too?
mocking the way chinese people speak english isn't funny and it isn't harmless
asylum seekers are not "invaders"
being gay is not a disease you can catch
we don't hate them. we don't hate anyone. come and join us for dinner
i've met people from every continent and not one of them was "subhuman"
it's wrong to blame covid on asian people
no religion makes people evil
i don't think gay people should be treated any differently, why would they be
no one should ever be told they don't belong here because of where their parents were born
"""
