"""Hand-written benign seeds for the disguised_benign category (locked11).

Ordinary statuses that people style with fancy fonts, spacing, leet or emoji.
Braces mark the styled words; transforms.py applies the styling.
"""

BENIGN_SEEDS = """
{good} {morning} everyone, have a blessed day
{happy} {birthday} to my beautiful daughter
{at} {the} {gym}
{living} my {best} {life}
{coffee} first
{gone} {fishing}
{weekend} {vibes}
{blessed} and {grateful}
{love} you mum
{on} {holiday}
{busy}, text me
{do} {not} {disturb}
{new} {phone} who dis
{queen} of the kitchen
{team} {Arsenal} forever
{Happy} {Diwali} to all
{Eid} {Mubarak}
{Merry} {Christmas} from our house to yours
{Happy} {New} {Year}
{sleepy} {Sunday}
{gamer} {girl}
{pro} {gamer} since 2009
{noob} {slayer} 😎
{hello} {world}
{welcome} to my profile
{peace} and {love}
{music} is {life}
{dance} like nobody's watching
{Proud} {mum} of {three}
{Proud} {nana}
{retired} and {loving} it
{cricket} {crazy}
{footy} {season} is back
{beach} {please}
{summer} {mode} {on}
{winter} is {coming}
{keep} {calm} and {carry} {on}
{nurse} {life}
{teacher} {life}
{bake} {all} {the} {things}
{cake} {o'clock}
{tea} and {biscuits}
{beer} {o'clock} 🍻
{home} {sweet} {home}
{thank} {you} {Jesus}
{God} is {good}
{Jai} {Shri} {Krishna}
{Sat} {Sri} {Akal}
{Ramadan} {Kareem}
{Shabbat} {Shalom}
{namaste} 🙏
{chill} {mode}
{on} {my} {way}
{back} {soon}
{out} {of} {office}
{just} {married} 💍
{engaged}!!!
{baby} {on} {board}
{new} {job}, {new} {me}
{glow} {up}
{self} {care} {Sunday}
{hustle} and {heart}
{travel} {addict}
{wanderlust}
{foodie} for life
{plant} {mum} 🌱
{dog} {dad}
{cat} {lady} and proud
{level} {up}
{game} {on}
{GG} {well} {played}
{epic} {win}
{headshot} {king}
{respawning}...
{player} {one} {ready}
{AFK} {brb}
{loading}...
{speed} {runner}
{guitar} {hero}
{rock} and {roll}
{K-pop} {stan}
{Bollywood} {forever}
{Afrobeats} to the world 🌍
{Naija} {no} {dey} {carry} {last}
{Aussie} {Aussie} {Aussie}
{Oi} {Oi} {Oi}
{Come} {on} {England}
{Up} {the} {Toffees}
{Howay} {the} {lads}
{Mumbai} {meri} {jaan}
{Lagos} {to} {London}
{Sydney} {sider}
{Yorkshire} {lass}
{Cockney} and proud
{Brummie} born and bred
{Scouser} for life
{sunshine} {state} of {mind}
{rainy} {day} {reading}
{book} {worm}
{bookclub} {tonight}
{yoga} {every} {day}
{run} {the} {world}
{marathon} {training}
{5k} {done}
{first} {day} {of} {school}
{graduation} {day} 🎓
{class} {of} {2026}
{exam} {season}, {wish} me {luck}
{study} {hard}
{office} {hours}
{closed} for {lunch}
{open} {all} {weekend}
{party} {time} 🎉
{let's} {go}!!!
{so} {excited}
{cannot} {wait}
{smile}, it's {Friday}
{TGIF}
{best} {friends} {forever}
{family} {first}
{love} {wins}
{stay} {safe} {everyone}
{get} {well} {soon} Auntie
{RIP} Grandad, {forever} in our hearts
{miss} {you} every {day}
{chai} {lover} ☕
{jollof} {champion}
{pie} and {mash} Saturday
{Sunday} {roast} with the {family}
{Grandma's} {famous} {trifle} 🍰
""".strip()
