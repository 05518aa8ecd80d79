"""Base texts for the disguised and misspelled offensive rows of locked5.

Braces mark the key words a disguise or misspelling is applied to.  These sentences are
written separately from the plain hate and insult pools so each row is a new sentence.
"""

from __future__ import annotations

from .textblock import lines

DISGUISE_BASE = lines("""
# hate with slurs
{niggers} aren't welcome on this server
go back to the jungle you {nigger}
the {kikes} are lying to you again
{kike} bankers own your mortgage and your mind
{pakis} out of our town
smelly {paki} corner shop, never again
{chinks} everywhere at uni now
the {chink} virus, they should all be quarantined forever
{faggots} should burn
shut up you {faggot}
{fags} don't deserve marriage
{dykes} are a joke
{trannies} are mentally ill {freaks}
you'll never be a woman you {tranny}
{retards} shouldn't vote
sit down you {retard}
{spics} go home
lazy {beaners} on benefits
{wetbacks} should drown in the river
{ragheads} blowing things up again
{towelhead} terrorists on the tube
{gooks} stink
{wogs} out
{gyppos} robbed the shed again, should all be moved on
{coons} everywhere on the train
{spastics} should be hidden away
{mongs} ruin every school trip
{abos} are a waste of space
{yids} own the government
{muzzies} breed and take over
{poofs} and {dykes} everywhere, sick of it
{sluts} like her deserve what they get
women are {whores}
{polacks} steal our jobs
{pikeys} are scum
{japs} are rats
a {nigger} president ruined everything
{queers} are {groomers}
that {spaz} shouldn't be allowed out
{kaffirs} should be whipped
# hate without slurs
{immigrants} are {vermin}
{muslims} are {terrorists}
{refugees} are {rapists}
{jews} are {parasites}
black people are {animals}
women are {inferior} and {stupid}
gay people are {disgusting} {perverts}
trans people are {mentally} {ill}
disabled people should be {exterminated}
migrants should be {deported}, all of them
{muslims} should be {banned}
{jews} control the {media} and the {banks}
asians are {subhuman}
gay people are a {disease}
mexicans are {criminals} and {rapists}
africans are {savages}
refugees are {cockroaches}
immigrants are {invaders}, {shoot} them
{gas} the {jews}
{kill} all the {gays}
burn every {mosque}
{hang} the {immigrants}
{deport} every {muslim}
{exterminate} the {roma}
women should be {slaves}
trans people are {abominations}
black people are {inferior}
disabled kids should be {euthanised}
{islam} is a {cancer}
{immigrants} are {filth}
{lesbians} are {sick}
{arabs} are {dogs}
{hindus} are {filthy}
{sikhs} are {terrorists} too
{jews} are {rats}
{somalis} are {leeches}
{travellers} are {thieves} and {scum}
# insults
you absolute {idiot}
shut up you {moron}
you {stupid} {bitch}
fuck off you {cunt}
you worthless {piece} of {shit}
you {pathetic} {loser}
kill yourself you {freak}
you {ugly} {cow}
you dumb {twat}
what a {dickhead}
you're a {wanker}
you {braindead} {clown}
you fat {slob}
you {useless} {idiot}
you are {trash}
you {disgusting} {pig}
eat {shit}
{motherfucker}
stupid {whore}
you {dumbass}
go {fuck} yourself
you little {prick}
you {bastard}
dirty {slut}
you're {scum}
""")

MISSPELL_BASE = lines("""
# with slurs
all {niggers} should leave this country
{faggots} like him should be beaten
{kikes} are behind the whole thing
ban the {pakis} from our schools
{trannies} are sick in the head
{retards} are a burden on everyone
those {chinks} are eating bats again
{spics} are flooding the border
{dykes} are disgusting
the {ragheads} want to bomb us
stupid {retard} kids everywhere
the {niggers} on my street are all dealers
{faggot} teachers grooming kids
{wetbacks} take all the jobs
{muzzies} want sharia law here
{gooks} and {chinks} ruin everything
{tranny} weirdos in the ladies
{coons} can't behave
{spastics} should stay home
{mongs} don't belong in normal schools
{gyppos} steal everything
{beaners} go back to mexico
{yids} run the world
{towelheads} out of our country
{paki} scum
{pikeys} are a disease
{abos} are drunks
{wogs} should be deported
{queers} burn in hell
{fags} should be shot
# without slurs
honestly {immigrants} are {vermin} and everyone knows it
{muslims} are {terrorists}, every one
{refugees} are {rapists} and {thieves}
{jews} are {parasites} who control {everything}
black people behave like {animals}
women are {inferior} to men
{homosexuals} are {disgusting}
trans people are {mentally} {ill} and {dangerous}
disabled people are {worthless}
{immigrants} should be {deported}
{muslims} should go back to their own {countries}
the {jews} own the {media}
{asians} are {subhuman} {insects}
gay people are a {disease} on society
{mexicans} are {criminals}
africans are {savages} who can't run anything
the {refugees} are {cockroaches} in our hotels
they are {invading} our {country}
{exterminate} the {muslims}
{gas} every last one of the {jews}
kill all the {homosexuals}
{deport} the lot of them
{immigrants} are {destroying} {britain}
women belong in the {kitchen}
go back to your {country}
they should all be {hanged}
{muslims} are a {plague}
black people are {stupid}
{disabled} people should be {euthanised}
{lesbians} are {perverted}
{immigrants} are {disgusting}
the {holocaust} was a good thing
{jews} are {greedy}
{arabs} are {terrorists}
{women} are {stupid}
{autistic} people are {defective}
they should {die}
burn the {mosques}
{immigrants} {rape} our {women}
{muslims} are {barbarians}
{refugees} are {parasites}
{gays} are {abominations}
{travellers} are {scum}
{romanians} are {thieves}
{indians} are {dirty}
they should all go {home}
{black} people are {criminals}
{jews} started the {wars}
{transgender} people are {freaks}
# longer sentences
they should all be {sent} back on the first {boat}
we need to get rid of the {immigrants} before they {outnumber} us
i will never let my daughter marry a {muslim}, they're all {violent}
the {jews} are behind the {banks} and the {wars}
those {foreigners} are ruining our {neighbourhood}
{disabled} people are a {waste} of {money}
my town is full of {refugees} and {criminals} now
{women} are too {emotional} to be in {charge}
{gay} people are {unnatural} and {sinful}
the {blacks} are taking over the {country}
we should {exterminate} every last {immigrant}
{muslims} {cannot} be {trusted}
{mexicans} are {dirty} and {lazy}
{chinese} people are {disgusting} and eat {dogs}
{trannys} are {perverts} who want your kids
{retarded} people should not have {children}
you're a {stupid} {nigger}
{faggots} are {ruining} the {country}
{dirty} {pakis} everywhere you look
{kike} {landlords} are {stealing} everything
{spastic} kids should be {hidden}
our {government} is run by {jews}
{refugees} should be {drowned}
{immigrants} bring {disease} and {crime}
{somalis} are {violent} {animals}
the {asians} are {stealing} our {jobs}
{homosexuality} is a {mental} {illness}
{autistic} kids are {useless}
{muslims} are {inbred}
{polish} people are {thieving} {scum}
{gypsies} are {thieves} and {beggars}
{arabs} are {camel} {shaggers}
{africans} are {uncivilised}
{jews} are {evil}
""")

# Phonetic and common net spellings of key words, written by hand.
PHONETIC = {
    "niggers": ["niggaz", "niggurs", "nigguhs"],
    "nigger": ["niggah", "nigguh", "niggur"],
    "faggots": ["faggits", "fagots", "fagguts"],
    "faggot": ["faggit", "fagget", "fagot"],
    "fags": ["fagz", "phags"],
    "kikes": ["kykes", "kiykes"],
    "pakis": ["pakkis", "pakiz", "packies"],
    "paki": ["pakky", "packi"],
    "trannies": ["trannys", "trannyz", "trannie's"],
    "tranny": ["trannie", "trany"],
    "retards": ["retardz", "reetards", "ritards"],
    "retard": ["retahd", "reetard", "ritard"],
    "chinks": ["chinkz", "chinx"],
    "spics": ["spicks", "spiks"],
    "dykes": ["dikes", "dykez"],
    "ragheads": ["ragheds", "raggheads"],
    "muzzies": ["muzzys", "muzies", "mozzies"],
    "coons": ["kunes", "coonz"],
    "immigrants": ["imigrants", "immigrunts", "imigrints"],
    "muslims": ["muzlims", "muslimz", "mozlems"],
    "refugees": ["refugies", "refujees", "reffos"],
    "jews": ["joos", "jooz", "jewz"],
    "vermin": ["vurmin", "vermen", "vermine"],
    "terrorists": ["terrists", "terrerists", "terorrists"],
    "rapists": ["raypists", "rapeists"],
    "parasites": ["parasytes", "parrasites", "parasits"],
    "animals": ["animuls", "aminals", "animalz"],
    "inferior": ["infearior", "inferier"],
    "disgusting": ["discusting", "disgustin", "disgasting"],
    "homosexuals": ["homosexshuals", "homosekshuals"],
    "deported": ["deportid", "deporded"],
    "subhuman": ["subhooman", "sub-hyooman"],
    "criminals": ["criminuls", "crimminals", "crimanals"],
    "savages": ["savidges", "savijes"],
    "cockroaches": ["cockroches", "kockroaches", "cockroachez"],
    "exterminate": ["exterminait", "extermanate"],
    "gas": ["gass", "gaz"],
    "deport": ["deeport", "deporte"],
    "plague": ["plaige", "plaeg"],
    "stupid": ["stoopid", "stupud", "stewpid"],
    "euthanised": ["youthanised", "uthanized"],
    "perverted": ["purverted", "pervurted"],
    "greedy": ["greedie", "greedey"],
    "defective": ["defektive", "defectiv"],
    "barbarians": ["barbarions", "barbarrians"],
    "abominations": ["abominashuns", "abombinations"],
    "scum": ["skum", "scumm"],
    "thieves": ["theives", "theeves"],
    "dirty": ["durty", "dirtee"],
    "freaks": ["freeks", "freex"],
    "die": ["dye", "dai"],
    "hanged": ["hangd", "hunged"],
    "kitchen": ["kitchin", "kichen"],
    "country": ["cuntry", "countree"],
}
