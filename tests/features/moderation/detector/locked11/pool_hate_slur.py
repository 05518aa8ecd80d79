# ruff: noqa: E501
"""Hand-written hate speech that uses slurs (locked11, category hate_slur).

One text per line. Written from scratch for this set; offensive on purpose.
"""

HATE_SLUR = """
Another paki corner shop opening on Station Road. This town is finished, absolutely FINISHED.
why do the council keep housing pikeys next to the primary school?? lock up your bikes lads
Wogs out of Sydney. Simple as. 🇦🇺
NO FAGGOTS AT MY DAUGHTERS WEDDING. If you don't like it, don't come.
just had a chink serve me at the chemist, couldn't understand a word. go back to your rice paddy love
Dirty kikes own the banks, the papers and the council. Wake up people!!!
My son's new teacher is a tranny. I will be pulling him out of that school Monday morning. ENOUGH IS ENOUGH.
spics everywhere at the walmart now, feels like tijuana in there
Sorry but I don't want some retard serving my food at Maccas. Hire normal people.
coons on the 38 bus again blasting their jungle music, typical
These katuas in our colony are multiplying like anything. Soon they will be majority, mark my words.
These chinkis from North East think Delhi is their baap ka ghar. Send them back to Manipur only.
Nyamiri people and money, they will sell their own mother for 5k. Never trust them.
abos fighting outside the servo again, cops just drive past. what a joke this town is
dykes ruining the women's footy. go play with the blokes if you want to look like one
Gyppos camped on the rec AGAIN. Council do NOTHING. Somebody needs to sort them out.
Batty boys shouldn't be allowed anywhere near children. Full stop.
nigger upstairs playing drums at 2am again. animals the lot of them
Wetbacks taking every roofing job in the county. Build the wall higher.
Can't walk through the city centre now without a raghead staring you down.
Towelheads praying in the Tesco car park. This is ENGLAND not Karachi!!
my cousin married a gook and now she wants us all to eat her weird food at Christmas 🙄
No spastics on the bus at rush hour please, some of us have actual jobs to get to
The chamars in our village are getting too much reservation, they should remember their place.
Typical yid landlord. Charges double, fixes nothing.
Lezzas holding hands in Nandos, put me right off my chicken. Disgusting behaviour.
A poofter at the RSL tried to sit at our table. Told him to go find his own kind.
Darkies moving into the close. House prices gone. Thanks a lot council.
Fenian scum out of Glasgow. No surrender.
Shemales using the ladies at the shopping centre now. Women aren't safe anywhere.
Dont buy suya from that aboki again, these northerners are all thieves and terrorists
Gambaris don take over Lagos finish. Make dem carry their wahala go back north jare
beaners took over our whole street, cant even read the shop signs anymore
Muzzies demanding halal in every school canteen. Not in my country, not on my watch.
Watched a mong try to use the self checkout for 10 minutes. They shouldn't let them out alone.
Just saw two fudge packers snogging at the bus stop with kids right there. Sick.
Sand niggers bombing us and we let them in by the boatload. Wake up Britain.
pajeets flooding the IT helpdesk, can't understand a single word on the calls anymore
nips crowding every uni in melbourne, my son couldn't get a place. go home
Greasy dago owns the chippy now and it tastes like engine oil. Go back to Naples mate.
Kaffirs burnt down another farm last night. South Africa is lost.
these jungle bunnies need to go back where they came from
jigaboos fighting at the school gates again. every single day, every single day
Our new curate is a raving homo. The parish is finished.
Fuck the trannies. Two genders. I said what I said.
Another fag parade in town this weekend. Keep your kids indoors.
Pikey kids nicked my son's bike from outside the library. Vermin, the lot of them.
Cripples shouldn't get a blue badge AND a free bus pass. Freeloaders.
coolies in the market raising prices again, Trinidad going to the dogs
Chakkas knocking on the train windows for money. They should be banned from the railways.
These bhangis should clean toilets only. What are they doing in our office??
the heebs in north london have their own police now. two tier Britain
Sambo at the car wash scratched my motor. Never again.
some nignog tried to sell me weed outside the station. welcome to britain 2026
Ching chongs eating bats and giving us all covid. Never forget.
slanty-eyed little swots in my son's class making the rest look bad, go back to Shanghai
Window lickers on the school bus screaming all the way to town. Give them their own bus.
Porch monkeys looting again. Surprise surprise.
The kike media lies about everything. Switch off the BBC.
Not ONE paki on this estate pays council tax. Not one.
Filthy tinkers left the lay-by covered in rubbish again. Move them ON.
knackers from the halting site robbing the poor box at St Brigid's. unreal
Bloody lebs hooning up and down our street every night, go back to Beirut
Some curry muncher parked across my drive for the third time. Typical.
the dothead next door is cooking that stinking food again, whole landing reeks
TRANNY FREAKS IN THE LIBRARY READING TO KIDS. WHERE ARE THE PARENTS??
Bender teacher at the academy. Moving my boys to a decent school.
Dirty Polack builders overcharged my mum and didn't finish the job. Never again.
the spades in my block sell drugs on the stairwell every night
Half-caste kids running wild in the park and the parents are nowhere to be seen.
Got told by some fat dyke at the council office that I can't park there. Power mad.
Southall is full of ragheads and pakis now, you wouldn't know you were in England.
mosque full of goatfuckers round the corner now. property prices tanked overnight
Wish someone would round up all the faggots in this town and ship them off to Brighton.
Homos shouldn't be allowed to adopt. Kids need a mum and a dad, not two poofs.
can't even watch Neighbours anymore without some lezbo storyline shoved in your face
Retards get more benefits than pensioners who worked 40 years. Disgrace.
niggas shooting each other every weekend and they want the police defunded? lol ok
another boatload of wogs at Christmas Island. TURN THE BOATS BACK.
The chinks bought up half of Vancouver, locals can't afford a shoebox
Stupid gooks at the nail salon talking about me in their language. I know they were.
Kikes and their holocaust guilt trip. I'm over it.
bloody towel heads running every servo and charging $2.40 a litre
yardies ruined Brixton. Send the lot back to Kingston.
Nobody wants a spaz on the team, sorry not sorry
queers should keep it behind closed doors, nobody wants to see it at the school fete
My landlord is a tight-fisted jewboy. Surprise surprise.
Mick builders, mick prices, mick workmanship. Never hire the Irish.
Chinaman down the road sells dodgy DVDs. Report him to immigration, the lot of them.
zipperheads everywhere in Box Hill now, feel like a foreigner in my own suburb
would never let a wetback cleaner in my house, they rob you blind
the golliwogs in parliament are ruining this country
Hijdas blocking the road at the signal demanding money. Police should lathi charge them.
Untouchables should not be entering our temple. Some rules are there for a reason.
Mongoloids shouldn't be born in this day and age, that's what the scans are for.
Grubby little pikey stole the lead off the church roof. String him up.
My daughter is bringing a darkie home for Sunday lunch. Over my dead body.
some loud sheboon screaming at the bus driver. zoo animal behaviour honestly
nancy boys at the gym hogging the mirrors. should have their own gym
shirtlifters at it again in the park toilets. council should weld the doors shut
Abbos on the dole and we pay for it. Every. Single. Week.
boongs sniffing petrol on the main street again, nobody does a thing
Typical Paddies, legless by noon on St Patrick's. Pathetic race.
Camel jockeys have bought every football club going. Boycott the lot.
another dindu shot robbing a store. shed no tears lads
Hymies control Hollywood and the news. Look it up.
sissy little fairies at the uni crying about pronouns. put them in the army
Kaffir maid stole my rings and the agency did nothing. They are all the same.
Two coons and a paki walk into a pub. No wait, that's just my local now 😂
Gook food, gook smell, gook music. Whole street is Little Saigon now.
""".strip()
