# ruff: noqa: E501
"""Hand-written offensive seeds for the disguised category (locked11).

Braces mark the words a filter-dodger would disguise; transforms.py does the
disguising. One seed per line.
"""

DISGUISED_SEEDS = """
{Paki} shops on every corner now, this town is gone
{faggots} out of our village
you {stupid} {cow}, nobody wants you here
{kill} all the {refugees}
{fuck} you and your whole family
{niggers} moved in next door, there goes the street
Muslims are {vermin} and should be treated like it
go back to your own country you {dirty} {immigrant}
{trannies} are {freaks} and belong in a padded cell
{kike} bankers running the show again
shut your mouth you {fat} {bitch}
Gary is a {cunt}, a {thief} and a {liar}
{gypsies} are {scum}, lock up your tools
{retards} should not be allowed to breed
{jews} did it, they always do
Sharon you {slag}, everyone knows what you did
{dykes} ruining women's sport
{suck} my {dick}
{spics} everywhere, build the wall
{chinks} brought the virus
women belong in the {kitchen}, not in parliament
{wogs} out
the {blacks} round here are {animals}
{hang} the {traitors}
{gas} the lot of them
{pikeys} on the common again, call the council
{nonce} lives at number 7, everyone be aware
{whore}
{shit} {eater}
{piss} off you {wanker}
{twat}
{muzzies} out of Britain
{ragheads} in the airport again
send the {apes} back to Africa
{homos} should be locked up
{poofs} at the bar again
{spastic} on the bus screaming, put him down
{mongs} shouldn't be out in public
{coons} in the park selling drugs
{gooks} at the nail bar talking about me
{towelheads} praying in the street
hindus are {filthy} {cow} worshippers
indians {stink}
nigerians are all {scammers} and {thieves}
gays are {pedos}
{die} in a fire
{kys}
{kill} {yourself}
I will {find} you and {hurt} you
{burn} the {mosque}
{shoot} every last {migrant}
you {ugly} {pig}
{fat} {slob}
{loser}, {freak}, {weirdo}
{idiot} {moron} {imbecile}
you absolute {bellend}
{asshole}
{motherfucker}
{cocksucker}
{tits} out for the lads
{horny} and {wet}, DM me
send {nudes}
{fuck} {buddy} wanted, Leeds area
{wank} {wank} {wank}
{bollocks} to the lot of you
{pussy} pics for sale
{cum} on my face
rate my {cock} out of 10
{anal} tonight, who's in
{jigaboos} at the school gates
{wetbacks} taking all the jobs
{beaners} everywhere at the mall
{sand} {niggers} bombing us again
{chink} takeaway uses cat meat
{jap} {scum}
{nips} buying up all the houses
{pajeets} on the helpdesk again
{curry} {munchers} in every office
{dotheads} next door cooking that stinking food
{abos} drunk outside the bottle-o
{boongs} sniffing petrol in the main street
{lebs} are all criminals
{katuas} should go to Pakistan
{chakkas} at the signal asking for money
{bhangi} should only clean toilets
{aboki} na thief, all of them
{nyamiri} people will sell their mother
{gyppos} on the rec again
{tinkers} stole my lawnmower
{yids} own the council
{heebs} running Hollywood
{shemales} in the ladies loos
{batty} {boys} should be run out of the yard
{lezzas} snogging in Nando's, gross
{fudge} {packers} at the pride parade
{shirtlifters} in the park toilets
{poofters} at the RSL
{cripples} get more benefits than pensioners
{window} {lickers} on the school bus
{sheboon} screaming at the driver
{porch} {monkeys} looting again
{half-caste} brats running wild
{darkies} moving into the close
refugees are {cockroaches}
migrants are {rats}
Africans are {monkeys}
Jews are {parasites}
Muslims are a {cancer}
gays are {diseased}
trans people are {mentally} {ill} {predators}
disabled people are {useless} {eaters}
old people should {die} already
women are {stupid} and {weak}
Asians can't {drive}, ban them
Romanians are born {thieves}
Somalis are {leeches}
Pakistanis are {groomers}
Arabs are {barbarians}
Chinese are {insects}
Mexicans are {rapists}
Irish are {thick} as {pig} {shit}
Gypsies should be {sterilised}
Muslims should be {deported}, all of them
Jews should be {exterminated}
gays should be {stoned}
trans people should be {erased}
blacks should go back to the {jungle}
send the {migrants} back in {body} {bags}
the great {replacement} is happening, fight back
(((they))) run the {banks}
{globalists} with big noses
{remigration} now
{white} {power}
{sieg} {heil}
{heil} {Hitler}
{Hitler} was right
{gas} {chambers} were too good for them
{lynch} them
{string} them {up}
{stab} the {bastard}
{bomb} the {synagogue}
{torch} the {hotel}
your {kids} walk past the {park} every day, don't they
I know where you {live}
watch your {back}
you're {dead}
{snitches} get {stitches}
{rot} in {hell}
{go} {die}
hope you get {cancer}
your {mum} is a {whore}
your {wife} is a {slag}
your {son} is a {retard}
you {thick} {cunt}
you {dumb} {fuck}
{useless} {prick}
{pathetic} {waste} of {oxygen}
{dick} {head}
{knob} {head}
{fuck} {face}
{shit} {for} {brains}
{ugly} {bitch}
{stupid} {twat}
{fat} {cow}
{old} {hag}
{lazy} {scrounger}
{filthy} {pikey}
{dirty} {paki}
{smelly} {indian}
{greedy} {jew}
{black} {bastard}
{white} {trash}
{tranny} {freak}
{cripple} {scum}
Tunde you be {mumu} and {ode}
Ravi bhai is a {chor} and a {chutiya}
{madarchod} behave yourself
{bhenchod} landlord
{behenchod} neighbour again
{randi} wife
that {bloody} {bastard} from number 4
{bugger} off you {pillock}
{tosser}
{slapper}
{skank}
Honestly sick of these {pakis} taking over the high street. Time to {take} {our} {country} {back}!!!
Another {nigger} on the news for stabbing someone. NOT SURPRISED. Send them all {back}.
@Tanya you're a {fat} {ugly} {bitch} and the whole school knows it, delete your account
Dear all, the new family at no. 9 are {gyppos}. Lock your cars and sheds, this is not a drill.
That {faggot} teacher at St Mark's should be {sacked} and {locked} {up}.
Looking for a {shag} tonight, no strings, married is fine, {horny} as {hell} 😈
Uncle Femi, you are a {thief} and a {bastard}. Return the land money before I {expose} you.
These {muslims} breed like {rats}. In 20 years they'll be the majority, mark my words.
{Trannies} in the ladies changing room again at the leisure centre. Someone needs to {sort} {them} {out}.
Mate you're a {useless} {cunt} and I hope your ute breaks down on the Hume
Bloody {chinks} buying every house in the street, locals priced out. {Go} {home}!!
ALL {JEWS} ARE {LIARS}. Do your own research.
I swear if that {retard} from the flat below knocks on my door one more time I'll {smash} his {face} {in}
These {Biharis} are {dirty} {beggars}, spoiling Mumbai. Throw them out.
the {Holocaust} never happened and they {deserved} it anyway
""".strip()
