"""Hand-written offensive seeds for the misspelling transform; {braces} mark the key words."""

from ._text import lines

MISSPELL_SEEDS: list[str] = lines(
    r"""
These {niggers} moving into our area will bring nothing but {trouble}
The {pakis} have taken over every shop on the high street now
That {faggot} at work keeps looking at me, disgusting
Your son is a {retard} and should be in a special home
{Immigrants} are {vermin} and should be sent back on boats
{Muslims} are {terrorists}, all of them, no exceptions
{Gay} people are an {abomination} and should be {punished}
{Igbo} people are {thieves}, never trust them with money
{Fulani} {herdsmen} are {animals}, chase them out of our land
{Jews} {control} the {banks} and the {media}, it's obvious
You are a {stupid} {idiot} and everyone in this group knows it
Go {fuck} yourself, you {worthless} piece of {shit}
I know where you {live} and I'm {coming} for you
I will {kill} you if you say that again
Your {mother} is a {whore} and your father is a {drunk}
{Women} are {stupid} and should stay in the {kitchen}
{Trans} people are {disgusting} {freaks} who need help
{Disabled} people are a {burden} on {society}
{Kikuyu} people are {greedy} and {corrupt} by nature
{Luo} people are {useless}, they only make noise
{Somalis} are all {terrorists}, throw them out of Kenya
{Chinese} people are {dirty} and eat {disgusting} things
{Nigerians} are {criminals} and {fraudsters} everywhere they go
{Hindus} are {idol} {worshippers} and will burn in hell
{Christians} should be {forced} to {convert} or leave
{Dalits} should not be allowed to {enter} our {temple}
{Ahmadis} are {kafirs} and {traitors} to the country
{Mexicans} are {rapists} and {criminals}
{Haitians} are {cursed} people who bring {disease}
{Refugees} are {cockroaches}, {exterminate} them
{Travellers} are {scum} and {thieves}, every single one
{Africans} are {monkeys} who should go back to the {trees}
{Romanians} are {beggars} and {pickpockets}
{Pakistanis} are all {groomers} and {paedophiles}
{Homosexuals} should be {stoned} according to the law
{Lesbians} are {disgusting} and need to be {corrected}
You are such a {pathetic} {loser}, get a life
Shut up you {ugly} {cow}, nobody cares what you think
{Dumb} {bitch} can't even read the notice board
That {bastard} landlord should {rot} in {hell}
You {dirty} {slut}, I saw you with my husband
I'm going to {smash} your {face} in when I see you
Watch your {back}, I know what {time} you finish work
You will not see the end of this {month}, I {promise}
I'll {burn} your {shop} down with you in it
Your {family} will {regret} the day you crossed me
{Bloody} {fool}, who gave you a phone
{Mumu} like you should not be talking in this group
{Mjinga} wewe, hujui chochote
{Chutiya} hai tu, dimaag ghar pe chhod ke aaya hai
{Kwasia} like you should keep quiet
{Olodo}, go back to school before you talk
{Bloodclaat} idiot, yuh cyaan even spell
{Bumboclaat} bwoy, mi a go find yuh
{Bhenchod}, tujhe samajh nahi aata kya
{Madarchod} saale, tujhe dekh lunga
{Malaya} wewe, unatembea na waume wa watu
{Ashawo} like you has no shame at all
{Ugly} {fat} {pig}, stay off my {timeline}
{Moron} can't even park a car properly
{Scumbag} {neighbour} keeps dumping rubbish on my side
{Cunt} of a {boss} cut my hours again
{Twat} in the Audi nearly ran me over, hope he {crashes}
{Prick} thinks he owns the road
{Wanker} at the bar wouldn't serve me
{Trannies} should not be allowed near {children}
{Dykes} are {ruining} women's football
{Spastics} like him shouldn't be allowed to {drive}
{Mongoloid} kids should be kept out of {normal} {schools}
{Gyppos} have set up camp again, {burn} them out
{Kikes} and their {money} run the world
{Chinks} {stole} our jobs and brought the {virus}
{Spics} are {invading} our {country}
{Wetbacks} should be {shot} at the border
{Towelheads} are blowing things up again
{Ragheads} should be {banned} from flying
{Coons} are {ruining} this {neighbourhood}
{Katua} log {desh} ke {gaddar} hain
{Mulla} log {population} badha rahe hain
{Chamar} ki {aukaat} yaad dilao
{Chinki} {ladkiyan} sab {characterless} hain
{Qadiani} {dukanon} ka {boycott} karo
{Gambari} {people} should {leave} Lagos
{Nyamiri} {people} will {sell} their {mother}
{Shoga} {wanafaa} {kuuawa}
{Batty} {man} {dem} fi {dead}
{Chi} {chi} {man} fi get {bun}
{Khusra} log {bad} {shagun} hote hain
{Homo} {teachers} are {grooming} our kids
{Cripples} should be {euthanised}
{Retards} shouldn't be allowed to {vote}
{Black} people are {naturally} {violent}
{White} people are {devils} and {deserve} to {suffer}
{Asian} {drivers} are the {worst}, ban them
{Jewish} {people} are {greedy} {parasites}
{Muslim} {men} are all {rapists}
{Gay} {men} are all {paedophiles}
{Women} {drivers} should be {banned} from the roads
{Fat} {women} are {disgusting} {pigs}
{Kill} all the {gays}
{Hang} the {immigrants}
{Burn} every {mosque}
{Shoot} all {Fulani} on sight
{Deport} every {Muslim} from {Britain}
{Expel} the {Igbos} from {Lagos}
{Chase} {Kikuyus} out of the {Rift} {Valley}
{Beat} every {gay} you see
{Lynch} them like the old days
{Rape} is what she {deserves}
{Exterminate} the {Roma}
{Wipe} out the {Jews}
{Gas} the {Muslims}
{Sterilise} all {Dalits}
{Nigga} you {ugly} as {hell}
{Niggas} on the bus are so {loud} and {ghetto}
{Coolie} {people} {fi} go {back} {India}
{Chiney} {people} {fi} get {run} {out}
{Yardies} are all {gangsters}
{Polish} {builders} are {drunks} and {thieves}
{Pikey} {kids} {robbed} my {shed}
{Taig} {bastards} should be {burnt} out
{Fenian} {scum} get out of our {town}
{Paki} {shop} owner {cheated} me again
{Wog} {doctors} should go {home}
{Habshi} {log} {drugs} {bechte} hain
{Kallu} {Africans} are all {dealers}
{Bhangi} {log} {gaon} ke {bahar} {rahenge}
{Randi} {aurat} {sharam} kar
{Chakka} {hai} {tu}, {nikal} {yahan} se
{Gandu} {saala}, {bakwas} band kar
{Pumbavu} {wewe}, {ondoka}
{Mbwa} {wewe}, {toka} {hapa}
{Kumanyoko}, {unaleta} {ujinga}
{Mshenzi} {wewe}, {nenda} {kabisa}
You are a {disgrace} to your {family} and your {tribe}
{Useless} {husband}, can't even {pay} {rent}
{Idiot} {pastor} {stealing} {tithes}
{Stupid} {cow} at the {bank} was so {rude}
{Clueless} {admin} deleting {posts} again, {dictator}
{Lazy} {slob} {sitting} at home {eating}
{Brainless} {ape}, stop {commenting}
{Arrogant} {prick} {parked} on the {pavement}
{Ignorant} {fool}, read a {book}
{Jealous} {snake}, {talking} behind my {back}
{Fraud} {pastor} {collecting} money from {widows}
{Shameless} {liar}, {God} is {watching}
{Nosy} {old} {bat}, mind your {business}
{Two} {faced} {witch}, {everyone} {knows}
{Useless} {son} {in} {law}, {eating} our food
I will {find} you and {hurt} you
I'm going to {destroy} your {life}
I'll make you {disappear}
Your {kids} will {pay} for what you did
Come to my {street} and you won't {leave}
You're {dead} when I {catch} you
I'll {cut} you up {slowly}
Better {sleep} with one {eye} {open}
Someone will {visit} you {tonight}
You will {regret} {reporting} me
I have your {address}, {enjoy} your {evening}
Your {car} {brakes} might {fail} {tomorrow}
{Pray} I don't {see} you in {town}
Your {wife} won't {recognise} you after I'm done
I {swear} I will {end} you
{Suck} my {dick}, {bitch}
{Eat} {shit}, {motherfucker}
Your {mum} {sucks} {cocks} for {money}
{Fuck} you and your {whole} {family}
{Shove} it up your {arse}
{Kiss} my {ass}, you {cow}
{Piece} of {shit} {landlord}
{Dirty} {whore} {sleeping} around
{Filthy} {slag} {everyone} {had} her
{Limp} {dick} {loser}
{Cum} {stain} {shut} up
{Tits} out for {attention} again
{Arsehole} {neighbour} {pissed} on my {fence}
{Fuck} {off} {back} to {bed}
Dear brethren, the {Muslims} are planning to {take} {over} our state, {fight} back now
Please share!! {Foreigners} are {stealing} our {jobs} and {raping} our women!!
My grandad always said {Jews} are {cunning} and {greedy} and he was right
{Gays} are the {reason} for all the {floods}, God is {angry}
Those {Hausa} {boys} are {killers}, don't let them into our {compound}
{Somali} {people} are {pirates} and {terrorists}, nothing more
{Indians} in {Nairobi} are {exploiters} who should go {home}
{Ghanaians} are {lazy} and {jealous}, that's {why} they {hate} us
{Yoruba} {people} are {cowards} and {betrayers}
{Kalenjin} {people} should be {removed} from this {county}
{Bengalis} are {infiltrators}, {detain} all of them
{Rohingya} should be {drowned} at {sea}
{Sikhs} are all {Khalistani} {terrorists}
{Biharis} are {filling} our city like {rats}
{Pashtuns} are {savages} and {terrorists}
{Baloch} are {backward} {animals}
{Shia} {people} are {not} real {Muslims}, {kill} them
{Christians} are {dirty} {sweepers}, only fit for {gutters}
{Ethiopian} {maids} {steal} and are {dirty}
{Filipina} {maids} are only good for {cleaning}
Kevin you {absolute} {moron}, you've {ruined} the whole {barbecue}
Auntie you are a {wicked} {witch}, {God} will {punish} you
{Chidi} you be {correct} {mumu}, you no {sabi} anything
{Tyrone} yuh {dunce}, yuh {fail} every {exam}
Rahul {chup} kar, tere jaisa {gawaar} nahi dekha
If you {report} me again I will {come} to your {house}
Keep {posting} and your {shop} will {burn}, trust me
Your {daughter} walks home {alone}, {doesn't} she
I've got {people} in {Kisumu} who will {sort} you {out}
You'll be {eating} through a {straw} when I'm done with you
"""
)
