"""Hand-written offensive seeds for the disguise transform; {braces} mark the key words."""

from ._text import lines

DISGUISE_SEEDS: list[str] = lines(
    r"""
Get these {niggers} off our street, they ruin everything
Every {paki} in this town should be sent back
That {faggot} pastor should be chased out of the church
{Batty} {man} dem fi bun, no mercy
Look at this {retard} trying to drive a car
{Kikes} run the media, open your eyes
Send the {spics} back over the wall
Another {towelhead} opening a shop on our high street
{Chinks} brought the virus, ban them all
{Trannies} are sick freaks, keep them out of our toilets
{Dykes} should be kept away from the girls team
{Katuas} ko is desh se bahar nikalo
{Mulla} log sab aatankwadi hain
{Qadiani} kafir hain, inka boycott karo
{Chamar} ko mandir mein ghusne mat do
{Chinki} log Delhi ko ganda kar rahe hain
{Gambari} people should go back to the north
{Nyamiri} are thieves, never do business with them
{Shoga} wote wafungwe jela maisha
{Kihii} hawezi kuwa rais wa Kenya
{Gyppos} on the field again, burn the caravans
{Pikeys} nicked my mower, scum the lot of them
{Wogs} out, this is our country
{Coons} should go back to the jungle
{Wetbacks} stealing American jobs
{Sand} {niggers} should be bombed back to the stone age
{Pajeets} smell like curry, can't sit next to them
{Curry} {munchers} taking over the NHS
{Spastics} should be kept in homes
{Mongs} shouldn't be on the bus
{Chi} {chi} {man} nuh welcome yah suh
{Khusra} log sirf nachne ke liye hain
{Chakka} hai wo, use maaro
{Homos} must be flogged in public
{Lesbos} need a real man to fix them
{Femoids} are all gold diggers
{Whores} like her ruin good men
{Ashawo} women should be flogged
{Randi} auratein ghar todti hain
{Cripples} are a drain on the system
{Immigrants} are {vermin}, deport them all
{Muslims} are a {cancer} on this country
{Fulani} are {animals}, drive them out
{Igbos} are {thieves} by nature
{Jews} control the banks, wake up
{Gays} are {demons} and must be cleansed
{Refugees} are {cockroaches} swarming our towns
{Travellers} are {rats}, get them off our land
{Africans} are {monkeys}, end of
{Women} are {property}, they should obey
{Trans} people are {mentally} {ill} freaks
{Disabled} people should be put down
{Somalis} are all {terrorists}, clear Eastleigh
{Kikuyus} are {thieves}, send them back to Central
{Luos} are {useless}, keep them out of power
{Hindus} are {filthy} cow worshippers
{Christians} in this country should be {exterminated}
{Dalits} are {dirty}, don't let them touch the water
{Ahmadis} should be {killed}, they are traitors
{Rohingya} are {parasites}, push them into the sea
{Mexicans} are {rapists}, every one of them
{Haitians} eat {pets}, send them back
{Chinese} are {rats} who eat anything
{Nigerians} are all {scammers}, ban them from Ghana
{Roma} are {subhuman} thieves
{Albanians} are all {criminals}, deport them
{Bangladeshis} are {termites}, throw them out
{Muslims} {breed} like rabbits to take over
{Blacks} are {violent} {animals}
{Jamaicans} are all {drug} {dealers}
You are a {stupid} {idiot}, Kevin
{Mumu} like you no fit reason
{Olodo}, you can't even spell your name
{Kwasia}, shut up and sit down
{Mjinga} wewe, unaongea upuss
{Pumbavu}, toka kwa group
{Chutiya} hai tu, ekdum
{Bewakoof} insaan, dimaag nahi hai
{Gadha} kahin ka, kuch nahi aata
{Idiot} Sharon, nobody likes you
{Moron} parked across my drive again
You {ugly} {cow}, stop posting selfies
{Loser} still living with his mum at 40
Brainless {clown}, go and wash plates
You {worthless} piece of {trash}
You {pathetic} little {worm}
{Useless} old {goat}, retire already
{Dunce} head bwoy, yuh cyaan read
{Fool} fool gyal, yuh tink yuh nice
{Dickhead} neighbour blocked my car again
Go {fuck} yourself Brian
{Suck} my {dick}, clown
Your mum is a {whore}
{Bloodclaat} bwoy, mi a go find yuh
{Bumboclaat} idiot, kiss mi {rass}
{Pussyclaat}, yuh a dutty gyal
{Bhenchod}, group se nikal
{Madarchod} kahin ka
{Teri} {maa} ki {chut}
{Bhosdike}, shakal dekh apni
{Kuma} yako, toka hapa
{Malaya} wewe, aibu
{Olosho} like you has no shame
Your mama {toto}, idiot
You stupid {cunt}, Darren
{Slag} has been with half the estate
You dirty {slut}, everyone saw you
Fucking {bitch} can't even drive
{Cocksucker} owes me money
{Wanker}, stay off my timeline
{Twat} parked in the disabled bay
Shut your {fucking} mouth, {bitch}
Eat {shit} and {die}
I will {kill} you and your family
I'm going to {stab} you when I see you
I'll {burn} your house down tonight
I know where you {live}, Sandra
I know your kids' {school}, think about that
You won't see next {Christmas}
Watch your {back} walking home tonight
There's a {bullet} with your name on it
I'll {break} every bone in your body
Your family will be {mourning} soon
Mi a go {buss} yuh {head}
I will {deal} with you {spiritually}
{Nitakuua}, utaona
Tera {kaam} {tamaam} kar dunga
Tujhe {dekh} {lunga}, bahar aa
Your shop go {burn}, just wait
You will be found in the {lagoon}
Your {wife} walks alone every morning, doesn't she
Nice {car}, shame if it caught {fire}
I'll put you in the {ground}
Keep talking and see what happens to your {daughter}
Come outside and I'll {smash} your face in
I'm going to {shoot} you, coward
Say it again and I'll {end} you
I'll {beat} you till you can't walk
Your days are {numbered}, mark my words
We know your {address} and your {plate}
Utalipa kwa {damu} yako
Tutakutafuta {nyumbani} kwako
Raat ko akele mat {nikalna}
Teri {laash} bhi nahi milegi
Yuh {madda} soon bawl fi yuh
Gay people should be {stoned} to death
Hang every {immigrant} from the lamp posts
{Burn} the mosque down with them inside
{Shoot} the {refugees} at the border
{Kill} all the {Fulani} before they kill us
{Gas} the {Jews}
{Lynch} them all, like the old days
{Exterminate} the {gays}
{Rape} her, she deserves it
{Beat} every {tranny} you see
Every {Muslim} should be {deported}
{Ban} all {Hindus} from our housing society
Throw the {Igbos} out of Lagos
{Chase} the {Kikuyus} out of the Rift
{Deport} every {Nigerian} from Accra
The {Chinese} should be {expelled} from Africa
Lock up all the {gays} for life
{Sterilise} all the {Muslims}
{Segregate} the {disabled} kids
Never {hire} a {Dalit}
{Jews} are {greedy} {parasites}
{Arabs} are {dirty} {savages}
{Indians} are {dirty} and smell
{Pakistanis} are all {groomers}
{Blacks} are {thugs}, look at the stats
{Asians} can't {drive}, ban them
{Women} are too {stupid} to vote
{Fat} {bitch} needs to stop eating
You {retarded} {monkey}
{Nigga} go back to africa
{Niggas} like him belong in cages
{Jigaboo} family moved in next door
{Porch} {monkey} got a free house
{Jungle} {bunny} playing music all night
{Darkie} should go home
{Golliwog} on the checkout again
{Kaffir}, go back to your township
{Coolie} people dem fi go back India
{Chiney} man a tek ova
{Fish} dem fi bun inna dis yaad
{Sulla} ko ek rupaya mat do
{Bhangi} ko gaon se bahar rakho
{Achhoot} log mandir se door
{Habshi} log colony se niklo
{Kallu} Africans are all dealers
{Mirzai} kafir hain, unko maro
{Choora} sirf gutter saaf karega
{Abokis} should go back to the desert
{Ofe} {mmanu} people are cowards
{Madoadoa} must be removed before elections
{Msenge} afukuzwe kanisani
{Yids} own the whole street
{Hymies} counting their shekels
{Gooks} all look the same
{Zipperheads} taking our jobs
{Camel} {jockeys} cheating customers
{Dothead} neighbours stink
{Redskins} are still savages
{Squaw} go back to the reservation
{Honky} should pay in blood
{Polacks} drunk on every site
{Fenian} scum out
{Taigs} should be burnt out
"""
)
