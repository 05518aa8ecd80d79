"""locked9 benign pool: negated hate and denials of hateful claims."""

from __future__ import annotations

from .poolutil import lines

NEGATED = lines("""
no one deserves to be hated for being gay
immigrants are not criminals, the stats say the opposite
i don't think immigrants are a problem at all, they keep the NHS running
it's wrong to say muslims are terrorists
refugees are not vermin, they're people who lost everything
nobody should be called names for their skin colour
trans women are not predators
i would never judge someone for their religion
disabled people aren't a burden, the system is just badly designed
it's not true that women can't lead
black people are not more violent, poverty is the factor
jews don't control the media, that's an old antisemitic lie
not all muslims are the same, obviously
there's nothing wrong with being lesbian
mexicans aren't rapists and never were
i don't hate anyone for where they come from
no, aboriginal people don't get 'free houses'. that's a myth
i don't believe asians are bad drivers, that's just a lazy stereotype
romanians are not thieves, my best mate is romanian and he's the most honest bloke i know
autistic people aren't broken
it's not ok to mock someone's accent
being indian doesn't make anyone dirty
nobody is 'less human' because of their religion
i can't stand people who say gays are sick. they aren't
not every refugee is a young man, most are women and kids
gay couples are not a threat to children
it's false that refugees get better benefits than pensioners
saying 'all x are criminals' is never ok, whatever x is
there's no 'great replacement'. people just move, marry and have kids
i don't think anyone should be deported for their religion
i've never thought less of someone for being bi
hindus are not savages, what a horrible thing to say
nobody should be banned from public office for being muslim
trans people don't need 'curing'
a disability is not a reason to deny someone a job
women are not property and never were
sikhs are not 'the same as' anyone else, and they aren't terrorists either
deaf people absolutely can and should have kids if they want
it's not true that chinese people eat 'anything'
i don't think gay people should be treated any differently
polish workers didn't 'steal' jobs, they filled shortages
refugees aren't 'invading', they're claiming asylum legally
no religion makes someone a bad person
i refuse to believe that about africans, it's just racist nonsense
dalits are equal citizens, not 'lower' anything
it isn't true that muslims want sharia everywhere
nobody deserves to be called a slur, ever
jewish people are not 'greedy', that's a centuries-old slander
not a single one of my gay friends has ever 'recruited' anyone lol
black lives matter, and no that doesn't mean other lives don't
i don't agree that immigrants drain the welfare state, they pay in more than they take
old people are not useless, my nan runs the whole street
i'd never tell anyone to 'go back home'
being trans isn't a mental illness according to the WHO
i don't think lesbians need 'fixing'
people with down syndrome are not 'mistakes'
it's not fair to blame every muslim for what a few extremists do
asylum seekers aren't 'illegals', seeking asylum is legal
it's wrong to call haitians 'animals'. they're people
there's no evidence that migrants commit more crime
no group of people is 'vermin'
we shouldn't ban anyone from the country for their faith
nobody should be attacked for wearing a hijab
i don't see why anyone would hate travellers for existing
i will never accept that women are 'inferior'
it's not 'just banter' to call someone a racial slur
i'm not afraid of refugees moving in next door
i have no problem with gay teachers, they're just teachers
roma people are not thieves by nature, that's straight-up racism
i don't think trans kids are 'confused', they know who they are
being autistic doesn't make someone less of a person
muslims aren't 'taking over', they're 6% of the population
no, the jews did not do 9/11
the holocaust did happen and denying it is disgusting
i don't buy the idea that any race is smarter than another
black people didn't 'ruin' any neighbourhood, redlining did
i've never believed that 'women are too emotional' rubbish
people in wheelchairs are not 'attention seekers'
i'd never laugh at a joke about someone's disability
it's not the immigrants' fault housing is expensive
indigenous australians aren't 'handout takers', they're the traditional owners
not all men are trash and not all women are gold diggers, calm down everyone
i don't think catholic priests are all bad, most are decent people
it's a lie that gay men can't donate blood safely anymore, the rules changed
i don't think the english are 'inbred' lol, no nationality deserves that
no, scots are not 'subsidy junkies'
americans aren't all the same, there's 330 million of them
nobody should say filipinos are only good for cleaning, that's so disrespectful
i wouldn't say koreans are 'savages', that's a disgusting stereotype
it's not right to call ukrainian refugees freeloaders
russians aren't 'orcs', ordinary people aren't their government
not every kurd is a 'terrorist', that's propaganda
i don't accept that iranians 'can't be trusted', i've got iranian colleagues who are brilliant
afghans who helped our troops deserve safety, not 'to be sent back'
it's false to claim syrians 'brought the war with them'
irish travellers shouldn't be banned from anywhere
it's not ok to say tamils are terrorists
i don't believe the north east is 'full of foreigners', it's india, they're indian
biharis didn't 'ruin' mumbai, they built half of it
kashmiri muslims aren't the enemy
no one is an 'infiltrator' just for being bengali-speaking
mormons aren't a threat to anyone
atheists can be just as moral as anyone else
non-binary people aren't 'attention seekers'
feminists don't 'hate men', they want equal pay
nobody is 'illegal', people can have an irregular status
not all nigerians are scammers, that's such a tired joke
it's not true that refugees 'rape our women', that's a far-right myth
i don't believe a word of that 'muslims spread corona' nonsense
it's silly to say all chinese students are spies
i don't think it's fair to call any country a 'shithole'
gay marriage isn't why society is 'collapsing' lol, rent prices are
nobody deserves to be 'sterilised' for who they are
there is nothing wrong with speaking arabic on the bus
i don't think women who wear the hijab are oppressed by default
it's wrong to blame vietnamese nail bars for 'illegal immigration'
poor people aren't lazy and disabled people aren't scroungers
i'd never say someone 'doesn't belong' here because of their skin
there's no such thing as a 'bad' race, just bad people of every race
no, 'those people' are not the problem, and i'm tired of hearing it
""")
