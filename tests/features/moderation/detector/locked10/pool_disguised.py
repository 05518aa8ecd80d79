"""Hand-written offensive seeds for the disguise transforms ({word} marks a word).

Written by hand for the locked10 held-out set (2026-12-06); see make_locked10.py.
"""

from tests.features.moderation.detector.locked10.blocks import parse_block

TEXTS: dict[str, list[str]] = {}

TEXTS.setdefault("seed_disguised", []).extend(
    parse_block(
        """
all {niggers} should be banned from this server
shut up you {faggot}, nobody asked
{retard} team again, gg go next
{kill} {yourself} you absolute waste
{trannies} are {mentally} {ill}, cope
the {kikes} run the media and you know it
{chinks} botting in every dungeon again
{pakis} out of our town
{spics} cant aim lmao
{dykes} ruin every lobby they join
ur a {fucking} {cunt} and ur mum knows it
{bitch} blocked me because she cant take the truth
{muslims} are {terrorists}, every one
{jews} did it again, every single time
{immigrants} are {vermin}
{gays} should be {thrown} {off} {roofs}
{women} belong in the {kitchen} not in ranked
{blacks} are {apes}, just biology
i will {find} you and {kill} you
{suck} my {dick} loser
go {die} in a ditch {retard}
{nigga} on my team cant play for shit, typical {monkey}
{beaners} jumping the wall again
{towelheads} should go back to the desert
{gooks} cheating in every tourney
{wetbacks} took all the jobs
ur such a {whore} lmao
fuck off {faggots}, this is a christian server
{trannys} out of the womens loo
every {muzzie} in this country should be watched
{gypsies} are {thieves}, all of them
{retarded} {mongs} everywhere in this game
{shemale} in my feed again, disgusting
{kys} nobody would miss you
youre a {worthless} {piece} of {shit}
{fuck} you and {fuck} your {clan}
{cunt} {cunt} {cunt} that ref is a {cunt}
{pussy} so wet rn dm me 😈
{nudes} for {nudes}? dms open
{cock} out on stream lmaooo
{slut} {whore} {skank}, pick one
{ape} {ape} {ape} get this {monkey} off the pitch
{coons} ruining another neighbourhood
{sandniggers} blowing stuff up again
{negroes} in the lobby, mute them all
{fags} should be gassed
gas the {jews}
{hang} all the {traitors} from the lamp posts
{burn} the {mosque} down
i know where you {live}, see you tonight
{rape} victims deserve it if they dress like that
{pedo} mod protecting his {pedo} mates
{paki} corner shop man is a {thief}
{curry} {munchers} spamming chat again
{pajeet} devs ruined the game
{raghead} taxi driver ripped me off
{abos} drinking in the park again
{pikeys} nicked my bike
{dyke} captain lost us the game
{lesbos} are {ugly} {man} {haters}
{troons} should {rope}
{femoids} only want chad
{roasties} all look the same
{thots} e-begging on twitch
{incel} {loser} cant get a girl lmao
{slanty} {eyes} on the leaderboard again
{jap} cars and {jap} people, both trash
{chinky} takeaway got shut down, dog in the freezer
{porch} {monkeys} on my street
{jungle} {bunnies} in the lobby
{spastic} kid in my class
{cripple} took the disabled spot again
{vegetable} in a wheelchair blocking the bus
{window} {licker} in voice chat
{mongoloid} playing support, gg
{autist} mods ban everyone
{schizo} freaks should be locked up
{psycho} {bitch} ex wont stop texting
you {dumb} {fuck}
{bellend} {wanker} {tosser}
{dickhead} threw the game again
{motherfucker} stole my loot
{bastard} ref cost us the match
{asshole} admin muted me for nothing
{cocksucker} in my dms
{fucktard} cant read the map
{fuck} {me} {daddy}
{anal} this weekend
{horny} and bored, {fuck} someone
{piss} off you {wanker}
{die} you {worthless} {rat}
{stab} you in your sleep
{shoot} up the school tomorrow
{bomb} the synagogue
{behead} the infidels
{gas} the {gays}
{burn} them all alive
{drown} the {migrants}
{shoot} the {refugees} at the border
{deport} all {muslims} now
{women} are {property}
{gays} are {pedos}
{trans} people are {groomers}
{disabled} people are {useless} {eaters}
{old} people should {die}
{mexicans} are {rapists}
{arabs} are {animals}
{africans} are {savages}
{roma} are {parasites}
{migrants} are {cockroaches}
{hindus} are {filthy}
{lesbians} are {freaks}
{nonbinary} {freaks} get out
you {ugly} {fat} {pig}
you {braindead} {idiot}
{pathetic} {virgin} {loser}
{worthless} {trash} uninstall
you {clown} {ass} {bitch}
{fuck} {off} and {die}
{fucking} {retard} cant play
{shut} the {fuck} up
{eat} {shit} and {die}
ur mum is a {hoe}
ur sister is a {slag}
ur dad is a {deadbeat} {loser}
{kill} all {fags}
{nuke} {china}
{white} {power} brothers
{heil} {hitler}
{sieg} {heil}
{1488} {forever}
{nazi} and proud
{kkk} rally this weekend, {hoods} on
{jews} {will} {not} {replace} {us}
{remigration} {now}
{great} {replacement} is real
{white} {genocide} is happening
{day} {of} {the} {rope} is coming
{race} {war} {now}
{death} {to} {america}
{death} {to} {israel}
{globalist} {rats}
{zionist} {pigs}
{christ} {killers}
{allah} {is} {a} {pig} lol
{bible} {bashing} {nonces}
{shoot} the {trannies}
{beat} the {gay} out of him
{rape} her
{strangle} you with your headset cable
{choke} on a {dick}
{go} {hang} {yourself}
{slit} your {wrists}
{neck} {yourself}
{unalive} {yourself} please
bro i swear every {nigger} in this lobby is either afk or screaming into the mic,
    can we get a region lock already
lol imagine being a {faggot} streamer and thinking anyone watches for the gameplay
the {retards} who balanced this patch should be fired into the sun, nothing works,
    ranked is unplayable
we dont allow {trannies} in this clan, read the pinned message before applying and
    save us the time
my new flatmate is a {paki} and the kitchen smells like curry 24/7, honestly cant
    cope
the mods here are all {kikes} protecting their own, every ban goes one way
another {chink} cheater on the leaderboard, report and move on, this region is a
    joke
tbh all {muslims} are {terrorists} in waiting, its only a matter of time before the
    next one
if ur a {woman} in my squad ur getting kicked, no {bitches} in comp
told the guy in vc he was a {worthless} {cunt} and he actually cried lmaooo
honestly {kys} you {braindead} {loser}, nobody in this server would even notice you
    left
i know your real name and your {address} now, see you {soon} mate 🙂
after school tomorrow {you're} {dead}, dont bother showing up to maths
{fuck} this game, {fuck} these devs, {fuck} every {cunt} who defended this patch
currently {horny} as {fuck}, dms open, send {nudes} first
that {dyke} ref gave us a red for nothing, absolute {disgrace}
the {gypsies} camped by the school again, lock everything up lads
{immigrants} are {rats} and {rats} need to be {exterminated}, no other way to say it
the {gays} are {grooming} kids in every school library, wake up people
{migrants} should be {shot} on sight at the border, simple solution
ur mum is a {fat} {whore} and ur dad left because of u, {loser}
{jews} and their {shekels} behind every war, do ur research
bro ur so {ugly} your camera turned itself off out of {shame}
{blacks} cant even run a lemonade stand, let alone a country, face it
{suck} my {cock} you little {bitch}, 1v1 me
one more word and ill {break} your {jaw} at the next lan
the {disabled} kid on the team is {dead} {weight}, kick him at reset
{arabs} only understand {violence}, you cant {reason} with {animals}
{women} are too {stupid} to play {strategy} games and thats a fact
{dirty} {mexicans} everywhere at the mall today, felt like i was in tijuana
the {pajeets} in my team wrote this trash code, every one of them bought their
    degree
honestly all {lesbians} are just {ugly} {girls} nobody wanted
im gonna {find} you, {stab} you and post the video, watch
{hoes} in the streamer tag again, {onlyfans} {whores} the lot
that {spastic} tried to ult and fell off the map, absolute {mong}
{shut} up {retard} before i {kick} you from the call
the {asians} in this server {smell} like {fish}, cant deny it
nobody wants {refugees} here, send them back on the next boat and {sink} it
{hang} every {politician} who voted for this, start with the {traitors} in
    parliament
{trannies} should be {put} in {camps}, and i mean it
{wog} neighbours playing their jungle music again at 2am
ur a {pathetic} {virgin} {neckbeard} and everyone in this sub knows it
{eat} my {ass} and say thank you
{ill} {be} {waiting} outside your school, same time as yesterday 🙂
{dumb} {slut} deleted her post because she knows she got {exposed}
"""
    )
)
