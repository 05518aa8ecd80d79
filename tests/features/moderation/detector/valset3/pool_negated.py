# ruff: noqa: E501
"""Benign: negated or anti-hate statements about groups.

They name groups and sit next to words such as "criminals", "terrorists" or "disease", but every
one of them rejects the hateful claim. One text per line. Hand-written for valset3.
"""

_NEGATED = """
nobody deserves to get beaten up for holding their boyfriend's hand
immigrants aren't stealing your job, your CEO's bonus is
i would never use that word about anyone, no matter how angry i got
muslims are not terrorists and it's exhausting that this still needs saying
trans women are not a danger to anyone in a bathroom, they just want to pee in peace
being gay is not a disease and it doesn't need "curing"
jewish people do not control the banks, that's a century-old conspiracy theory
refugees aren't criminals, they're people running from bombs
black people aren't "more aggressive", that's a racist myth with zero evidence behind it
stop saying disabled people are a burden. they're not. the lack of ramps is
women aren't worse drivers, check the insurance stats
there is nothing wrong with being fat and nobody should be bullied for it
no one should lose their job for being trans
roma and traveller families are not thieves and i'm tired of hearing that at family dinners
asian people are not "the virus", and the attacks on elders during covid were disgusting
autistic people aren't broken, they're wired differently
people with mental illness are far more likely to be victims of violence than the ones doing it
being poor isn't a moral failing
homeless people aren't lazy, plenty of them are working and still can't cover rent
i don't hate men. i hate the idea that any man owns a woman
old people aren't useless, my nan still runs the whole street's whatsapp group
calling mexicans criminals isn't a joke, it's racism with the punchline missing
lesbians aren't "just confused", she's been with her wife for 20 years
bi people aren't greedy or "halfway gay", we just exist
the chinese family who run the takeaway aren't "taking over", they've been here since 1982
sikhs are not muslims, and attacking either of them is wrong
polish builders aren't ruining the country, they built half of it
christians aren't all bigots, my vicar marched at pride
atheists aren't immoral, they just don't believe in a god
hindus are not the enemy and neither are muslims, politicians just love making us fight
i'm not racist and i won't sit quietly while my uncle is either
nobody should be called a slur at school, ever
kids need love, not a specific set of parents. gay couples adopting is not a problem
aboriginal people are not "welfare bludgers", that stereotype is lazy and cruel
irish people are not all drunks, we also produce excellent poets (who are occasionally drunk)
it's not okay to mock someone's accent because they're from somewhere else
trans kids are not "a trend", they've always existed
your muslim neighbour is not responsible for what some extremist did on the other side of the world
no, the jews did not cause covid. please log off
people with down syndrome are not "retarded". don't use that word
hating someone because of their skin colour is pathetic, full stop
gay men aren't predators. that stereotype has hurt so many people
immigrants pay more in tax than they take out, look at the actual figures
i refuse to laugh at jokes that punch down at disabled people
wheelchair users aren't "inspirational" for buying milk, just make the shop accessible
women in gaming are not "fake gamers", she just beat you in ranked
the roma kids at my school were never the problem, the teachers who ignored them were
don't call people illegals. no human being is illegal
asylum seekers are not "invading", they're arriving in dinghies half-dead
a headscarf doesn't make someone oppressed or dangerous
men can be victims of domestic abuse too and they shouldn't be laughed at
being bisexual isn't a phase, i'm 45
nobody should have to hide who they are at work
the "black people can't swim" jokes need to go, they're rooted in segregated pools
jews are not a race of puppet masters, that's literal nazi propaganda
people on benefits aren't scroungers, my mum worked 30 years before her stroke
ginger kids aren't soulless, the kids at my school were brutal about it
stop acting like vegans are dangerous extremists, they just don't want a burger
kids with adhd are not "naughty", they need support
calling women "hysterical" for having opinions is so tired
nonbinary people are not attacking your pronouns, they're asking you to use theirs
scottish people are not tight, we invented half the modern world and shared it
i've never once thought less of someone for their accent, their religion or who they love
there's no "gay agenda" except brunch
pubs with "no travellers" signs were discriminating, plain and simple
romanians aren't all pickpockets, my colleague is a romanian neurosurgeon
people with schizophrenia aren't "psychos", language like that stops people getting help
it's wrong to blame the chinese community for a virus
being pakistani isn't an insult and the p-word should stay buried
hate crimes against lgbt people went up again this year. that's not okay. check on your friends
fat people deserve medical care without a lecture about their weight first
africa is not a country, it's 54 of them with booming cities, and africans are not all poor
the idea that women belong in the kitchen should've died in 1950
i'm a christian and i'll say it: gay people are welcome in my church
being trans is not a mental illness according to the WHO
hispanic people are not "invading" texas, plenty of their families were there before texas was
the homeless man outside the supermarket isn't a threat, he's a human who needs a bed
stop saying "that's so gay" when you mean something is bad
antisemitism isn't "just criticism", and neither is islamophobia. call out both
my cousin chose to wear the hijab at 16, nobody forced her, stop assuming
i'm not going to judge anyone for being autistic, my best mate is and he's brilliant
lgbt people are not "grooming" anyone, that word has a real meaning and misusing it is vile
foreigners are not the reason the health service is struggling, underfunding is
the elderly aren't "a drain", they built the country we live in
sex workers deserve safety too, nobody should be attacked for their job
blind people aren't helpless, just ask before you grab their arm
not a single one of my gay friends has ever "tried to convert" me lol
saying all arabs support terrorism is bigotry, plain and simple
people who stutter aren't stupid, let them finish their sentence
welsh isn't a dying language and welsh speakers aren't being rude by speaking it
you can't tell who's a criminal by their skin colour. stop clutching your bag
indigenous people aren't "primitive", their land management kept forests alive for millennia
a dad who stays home with the kids is not "less of a man"
there's nothing shameful about being hiv positive, it's a manageable condition now
drag queens reading stories to kids is not dangerous, it's dress-up and a picture book
nobody should be spat at for wearing a kippah
no race is superior to another. there's more genetic variation within groups than between them
i won't tolerate anyone in this server using slurs, even "as a joke"
just because he's black doesn't mean he's the one who took it, sharon
asexual people aren't broken, they just aren't into it
being an immigrant doesn't make you less british after 20 years here
the trans girl in my daughter's class deserves to use her name without being bullied
calling gay lads "f*gs" in the changing room isn't banter, it's bullying
people with learning disabilities can live full, independent lives, they aren't children
i'd never let my kids use the n-word, not even singing along to music
there's nothing wrong with being gay, and if that upsets you the problem is you
women aren't "asking for it" because of what they wear. ever
refugees from ukraine, syria, afghanistan, sudan: all of them deserve the same welcome
obese doesn't mean lazy, a lot of it is genes, meds and poverty
not every muslim man is part of a "grooming gang", that generalisation is racist
the jewish community here has been targeted three times this year and it has to stop
lgbtq people are not "destroying the family", they ARE families
migrants didn't cause the housing crisis, decades of not building houses did
the "lazy mexican" stereotype falls apart the second you look at who does the hardest jobs in this country
i don't care what god you pray to or if you pray at all, just be kind
working class people aren't thick, they just didn't get the same chances
bi erasure is real, stop telling my friend she's "actually straight" because she married a man
"go back to your country" — she was born in leeds, you muppet
people with cerebral palsy get accused of being drunk constantly. they're not. be decent
there is no excuse for attacking a mosque, a synagogue, a temple or a church
never understood homophobia, how does someone else's marriage affect yours
the idea that all germans are humourless is nonsense, my german flatmate is hilarious
calling a man a terrorist because of his beard is not ok
girls are not bad at maths, they're told they're bad at maths
gay couples are not a threat to "traditional marriage", divorce rates managed that on their own
the word "tranny" is a slur and it's not okay to use it about anyone
people with dementia aren't "nutters", they're scared and confused and deserve patience
nobody is born hating anyone, hate is taught
filipinos aren't "just nurses and maids", and even if they were, those jobs hold the world together
stop blaming "the gays" for hurricanes. it's climate change
black women aren't "angry", they're tired of being ignored
you don't get to harass a woman because she turned you down
immigrants are not the problem, decades of zero investment in our towns is
ngl i used to think refugees were dangerous until i volunteered at a centre. i was wrong
it's never acceptable to mock someone's disability, not even online
indian doctors, indian engineers, indian food, and people still sneer at indians? the cheek
a man wearing nail varnish isn't "gay", and even if he was, who cares
anti-roma graffiti on the community hall today. that's not who we are as a town
queer kids need to hear that they're not sick, not sinful, not wrong
sign language isn't "less than" spoken language, deaf culture is rich and old
growing up on a council estate doesn't make you a criminal
your pakistani taxi driver is not a threat, he's doing a 12 hour shift to feed his kids
kenyan runners aren't "genetically built to win", they train brutally hard. stop erasing the work
the guy shouting "foreigners out" at the bus stop does not speak for this town
mental illness isn't weakness. my dad has bipolar and he's the strongest person i know
nobody deserves abuse because of their religion, their skin, their gender or who they love
i'm not homophobic, but... no, actually, there's no "but". i'm not homophobic. full stop
jokes about trans people ending their lives aren't jokes. just stop
my grandad used to say awful things about "foreigners", and it took me years to notice the polish family next door were the ones who cleared his drive every winter and brought him soup. people aren't the stereotypes you were raised on
to whoever keeps leaving leaflets about "protecting children" from gay teachers: my year 6 teacher was gay, she was the best teacher i ever had, and the only thing she ever pushed on us was long division
"""

NEGATED = [line.strip() for line in _NEGATED.splitlines() if line.strip()]
