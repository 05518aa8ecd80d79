"""Hand-written seeds for the disguised categories of locked6.

Braces mark the words a word-level disguise changes; whole-text disguises change every word.
``OFFENSIVE_SEEDS`` feed ``disguised``; ``BENIGN_SEEDS`` feed ``disguised_benign``.
"""

from __future__ import annotations

from .textblock import texts

OFFENSIVE_SEEDS = texts("""
you stupid {bitch}
{fuck} off you pathetic {loser}
go {kill} yourself, nobody would notice
{kys} you worthless {freak}
you're such a {retard} lmao
another {faggot} in the chat, ban him
all {muslims} should be {deported}
the {jews} run everything, wake up
go back to africa you {nigger}
i will {kill} you and your whole family
shut up you {cunt}
get off my feed you dirty {slut}
you're a worthless piece of {shit}
i know where you {live} and i'm coming tonight
{gas} the {jews}
{trannies} are {freaks} who need locking up
{immigrants} are {vermin}
{pakis} out of our town
you're a {whore} and everyone knows it
@lulu:matrix.org you ugly {bitch}, nobody wants you here
{suck} my {dick} loser
i'm going to {stab} you outside the club
{dykes} make me sick
{spics} should be sent back over the border
the {chinks} brought the virus
{fucking} {idiot} can't even read
you're a {moron} and your mum's a {slag}
{die} in a fire you {twat}
{muslims} are {animals}
@ryan:envs.net i'll {shoot} you if you show up
{gays} should be {burned}
{kike} bankers own this country
you absolute {wanker}
{stupid} {cow} shut your mouth
{blacks} are {monkeys}
{refugees} should {drown}
i hope you {die} slowly
you {motherfucker}
{asshole} mods banned me again
{retarded} {mongs} shouldn't be allowed out
go {hang} yourself
{nigga} you're {dead} when i find you
{bitch} ass {hoe}
{fag} {lover} get lost
{trans} people are {mentally} {ill} {freaks}
the {gypsies} are {thieves}, burn them out
i'll {rape} you
you {dumb} {fuck}
{jews} are {rats}
{towelhead} go home
{wetback} get out of my country
you're {dead} meat tomorrow
i'm going to {beat} the {shit} out of you
{pussy} {ass} loser
{fuck} {you} and your family
{lesbos} are disgusting
{abos} are {drunks}
{coons} ruin everything
{women} are {inferior} and should shut up
{immigrants} should be {shot}
{poofs} like you deserve a kicking
{shemale} {freak}
{cripples} are a {waste} of space
{chinese} people are {dogs}
@oli:matrix.org you're a {dickhead} and a {loser}
{dirty} {paki}
{burn} the {mosque} down
you {fat} {pig}
{eat} {shit}
{ugly} {slag}
{tranny} {freak} stay out of the women's loos
you {bastard}, i'll {break} your legs
{kill} all the {gays}
{hitler} was right about the {jews}
{muslim} {scum}
{indians} are {filthy}
{nigerians} are all {scammers} and {thieves}
{roma} are {parasites}
you {worthless} {piece} of {trash}
{fuck} {off} {and} {die}
you {prick}
you're a {twat}
what a {cunt}
look at this {slut}
typical {retard} take
{faggot} alert
you're a {skank}
i'll {smash} your {face} in
{ugly} {fat} {loser}
{homo} get away from my kids
{jewish} {pigs}
{mexicans} are {rapists}
{aboriginals} are {parasites}
{arabs} are {terrorists}
i'll {end} you
{stfu} {bitch}
{dumbass} {idiot}
{fuck} {mods}
{stupid} {whore}
{africans} are {savages}
{disabled} people should be {gassed}
{kill} {yourself} {loser}
{black} people are {apes}
{jews} did {9/11}
go {die} you {freak}
@zainab:matrix.org {hijab} wearing {terrorist}
{queers} will {burn}
{gook} go home
{sand} {nigger}
i'll {slit} your {throat}
{shoot} {up} the {school} where that {bitch} teaches
you {absolute} {cunt}
{nonce} get out of our street
shut up {bellend}
{dickwad} mods again
you {cocksucker}
{motherfucking} {idiot}
you {little} {shit}
{fuck} {your} {mum}
{get} {raped}
{niggers} {out}
{ching} {chong} go back to wuhan
""")

BENIGN_SEEDS = texts("""
{killing} it at the gym today 💪
so {tired} of this rain lol
happy {birthday} @nia:matrix.org 🎉
new {album} drops friday!!!
{love} you all, goodnight
{free} coffee in the office this morning, best monday ever
that exam {destroyed} me but i passed
{dead} tired after the night shift
{bombed} my driving test again ffs
{omg} this cake is {amazing}
{best} {day} {ever}
just {vibing} with my cat
{congrats} on the new job @tom:matrix.org
{good} {morning} everyone ☀️
can't {believe} it's friday already
{shoutout} to my team, we {smashed} it
{beach} day with the fam 🏖️
{coffee} first, talk later
{sunday} roast and a nap, perfect
{grateful} for my friends
{back} from holiday and already {miss} it
the {sunset} tonight was {unreal}
{slaying} this presentation tomorrow
{exam} {season} is {brutal}
{lol} my dog just stole my sandwich
{shipping} the new release today 🚀
{brb} making tea
{gm} {gm} {gm}
{hyped} for the match tonight
{rip} my phone screen 😭
{stuck} in traffic again
{crushed} my 5k personal best
{nap} {time}
{weekend} plans: nothing at all
{thank} {you} for all the birthday messages
{hello} from {lagos}
{cheers} {mate}
{new} {profile} {pic}
{this} {tune} is {fire}
{hustle} mode on
{study} {grind} 📚
{baking} bread for the first time
{sick} with the flu, stay away
{goal} {of} {the} {season}
{love} {this} {song}
{snowed} in, send hot chocolate
{feeling} {blessed}
{chai} and {rain}
{away} till monday, ping me if urgent
{working} from home today
{lunch} was {bomb}
{insane} {goal} from saka
{wild} {night} lol
{busy} week, talk soon
{out} {of} {office}
{marathon} {training} {day} 12
{gardening} all afternoon
{best} {mum} {ever}
{proud} of my little sister
{go} {bokke} 🇿🇦
{come} {on} {you} {spurs}
{sorry} for the late reply
{headache} from hell today
{murdered} that karaoke song lmao
{this} {heat} is {killing} me
{finally} {home}
{bored} {af}
{night} {night}
{game} {night} with the boys
{on} {call} this weekend
{chasing} {sunsets}
{just} {married} 💍
{tea} {time}
{moving} house, so many boxes
{stressed} about deadlines
{new} {puppy} 🐶
{pizza} {friday}
{power} cut again, eskom please
{jollof} {wars} continue
{diwali} {vibes} 🪔
{eid} {mubarak} everyone
{merry} {christmas} from our family
{happy} {pride} month
{happy} {holi}
{shabbat} {shalom}
{gym} {then} {pho}
{cricket} {tonight}
{loving} the new job
{bloody} {hot} today
{hella} {tired}
{damn} that {pasta} was good
{sick} {beat} bro
""")

# Benign self-censoring is done by hand: people mask swear words and strong words, not
# ordinary ones, so ``make_locked6`` does not apply the mask transform to ``BENIGN_SEEDS``.
BENIGN_MASKED = texts("""
k*lling it at work this week, 3 deals closed 💪
d*mn that curry was good
this heat is b****y unbearable, 41 in perth today
f***ing brilliant gig last night, my ears are still ringing
s**t day at work but the dog was happy to see me so all good
that exam was a b*tch but i think i passed
cr*p weather again, umbrella season
i'm so fr#gging tired lol
b****r, missed the bus again
p*ssing down in glasgow, as usual
my a*se is numb from this 6 hour drive
holy sh#t we won the league!!! 🏆
what the h_ll is this weather
d*mn proud of my little brother today
my legs are d$ad after leg day
""")
