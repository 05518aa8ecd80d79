"""Hand-written seeds for the disguised categories, plus texts disguised by hand.

In a seed, braces mark the words the transforms disguise; a seed without braces is
disguised as a whole. One text per line; a line ending in a backslash continues.
"""

OFFENSIVE_SEEDS = """
you're a {worthless} {idiot} and everyone here {hates} you
shut up you {stupid} {bitch}
{fuck} off and never come back
go {kill yourself}
{kys} loser
you {fat} {pig}, nobody wants you here
i'll {kill} you and your whole family
{nigger} get out of my server
all {jews} should be {gassed}
{faggot} mods again
{gays} are {disgusting} {freaks}
{trannies} are {mentally ill} {perverts}
you {dumb} {cunt}
{suck my dick}
what a {retard}, lmao
{muslims} are {terrorists}, all of them
send the {immigrants} back on boats and {sink} them
{slut}, everyone has seen your pics
you're a {pathetic} {loser}
{die} in a {fire}
i know where you {live}, watch out
{spics} out of our town
{chinks} brought the virus
@ben:matrix.org is a {fucking} {moron}
eat {shit} you {wanker}
{women} are {inferior} and should shut up
{black people} are {animals}
{refugees} are {vermin}
{pakis} stink
you're {trash}, {garbage}, a {waste of space}
i'm going to {stab} you
{shoot} every {mosque} up
{dyke} bitch
you {bastard}
{piece of shit}
i'll {break your legs}
{roma} are {thieves} by birth
{disabled} people should be {put down}
{filthy} {whore}
{motherfucker} i'll find you
what an {asshole}
{dickhead} mod
{twat} {face}
you {ugly} {cow}
{kike} bankers
{towelhead} go home
{wetbacks} out
{gooks} are all the same
{abos} are {useless}
{kaffir} get out
{homo} {freak}
{hang} all the {gays}
{rape} her
{nazi} {scum} like you deserve a bullet
{idiot} {moron} {imbecile}
{stfu} {bitch}
you {cocksucker}
{fuck you}
{fuck this} {server} and {fuck you} all
{jews} run the {media}
{gypsies} are {scum}
{retarded} {kids} should be {aborted}
{immigrants} are {parasites}
{africans} are {savages}
{trans} people are {not human}
{kill all} {muslims}
{burn} the {synagogue}
{beat up} some {gays} tonight
{lynch} him
{nigger} {lover}
ur a {slag}
absolute {bellend}
you {prick}
{fuck off} {back} to {india}
{chinese} are {rats}
{mexicans} are {criminals}
{nigerians} are all {scammers} and {thieves}
{women} are {property}
{gay} people {deserve} to {die}
{dox} him, his address is 12 Orchard Lane
{slit} your {throat}
{cum} on your face, {slut}
{send nudes} or i {leak} your pics
{ugly} {whore}
you're {braindead}
{loser} {loser} {loser}
{trash} {human}
{pussy} {ass} {bitch}
you {cunt}
{fuck} {you} {cunt}
{shithead} {loser}
{nigga} go back to the {jungle}
{faggots} {burn} in {hell}
{lesbians} are {sick}
{jewish} {vermin}
{muslim} {pigs}
{subhuman} {immigrants}
{kill} the {refugees}
i'm going to {shoot} you
{hope you die}
you {dumbass}
{goblin} {freak}
{douchebag} {mod}
{jerk off} {perv}
{sick} {fuck}
you {scumbag}
{dirty} {arab}
{blacks} are {monkeys}
{asians} are {bugs}
{indians} are {dirty}
{sikhs} are {terrorists}
{hindus} are {filth}
{trans} {freaks} should be {locked up}
{the holocaust} was a {good thing}
{gas} them all
{race war} now
{white power} {kill} the rest
{go back} to {africa}
{deport} {them} {all}
{you people} are {vermin}
{your kind} should be {wiped out}
"""

HAND_DISGUISED = """
ur a c*nt and everyone knows it
f u c k   y o u
sh1tbag mod can go d!e
k.y.s
n1gg3rs out
g@s the j3ws
you absolute tw@t
f4gg0t
tr@nnies are fr3aks
fvck off you st00pid b!tch
r3t4rd
kill urs3lf
stfu b1tch
p*ki go home
m_u_s_l_i_m_s are t_e_r_r_o_r_i_s_t_s
ch!nk
ur mum's a wh0r3
i'll st@b u
d!ckh3ad
bl4ck p30pl3 are 4nim4ls
"""

BENIGN_SEEDS = """
{good morning} everyone ☀️
{coffee} first, {questions} later
{vibes} only
{happy friday} lads
you're {killing it} today
{welcome} to the server!
{new phone} who dis
{thanks} for the {help}
{love you all} ❤️
{gg} {wp} everyone
{noob} mistake, my bad
{leet} {hacker} vibes
{so good}
{yesss} we won
{nooo} i missed the bus
{omg} this {cake}
{brb} dinner
{happy birthday} @tina:matrix.org
{congrats} on the new job
{goodnight} all 🌙
{weekend} mode
{back} from holiday
{sunday} roast time
{rain} again in manchester
{exams} are {done}
{study} {grind}
{out} {of} {office} until monday
{gym} then {pizza}
{feeling} {blessed}
{lol} that meme
{best} {day} {ever}
{cute} {dog} alert
{tea} or {coffee}?
{on} {my} {way}
{be} {right} {back}
{music} is {life}
{dead tired} after that shift
{bored} at work
{new} {blog} {post} is up
{release} {v2.3} is out
{shipping} the {release} today
{touch grass} day
{beach} day 🌊
{snow} day!!
{footy} tonight
{come} {on} {you} {reds}
{up} {the} {dubs}
{go} {raptors} {go}
{aussie aussie aussie} oi oi oi
{braai} this weekend
{jollof} party at mine
{chai} break
{diwali} {wishes} to everyone
{eid} {mubarak} to all celebrating
{happy} {hanukkah}
{happy} {pride} {month}
{merry} {christmas}
{happy} {new} {year}
{thank} {you} {so} {much}
{lets} {go}
{hype}
{chill} {evening}
{pizza} {night}
{taco} {tuesday}
{hello} {world}
{testing} {testing} 123
{aesthetic}
{dreamer}
{night} {owl}
{bookworm}
{plant} {mom}
{cat} {dad}
{gamer} {girl}
{slay} queen
{killing} {it}
{i} {could} {murder} a {curry}
{crushed} that {exam}
{bomb} {ass} {tacos}
{sick} {trick} bro
{wicked} {tune}
{deadly} {craic} last night
{lekker} {weekend}
{howzit} {bru}
{no wahala}
{sorted} {mate}
{cheers}
{yay}
{hooray}
{woohoo}
{sleepy}
{hungry}
{sweet} {dreams}
"""
