"""Base texts for the disguised-benign rows of locked5: ordinary statuses written with
the same disguises as the offensive rows (braces mark the words a disguise touches)."""

from __future__ import annotations

from .textblock import lines

DISGUISED_BENIGN_BASE = lines("""
{good} {vibes} only
{happy} {friday} everyone
{on} {holiday}, back monday
{working} from {home}
{new} {job} starts tomorrow!
{gym} then {nap}
{coffee} {first}
{love} my {cat}
{busy} {busy} {busy}
{sleepy} {sunday}
{birthday} {girl} 🎂
{pride} {month} 🏳️‍🌈
{exam} {season}, wish me luck
{be} {kind} to each other
{gone} {fishing}
{dog} {mum} forever
{music} is {life}
{stay} {hydrated} lol
{do} {not} {disturb}
{out} of {office}
{rainy} {day} {mood}
{feeling} {cute}
{just} {married} 💍
{beach} {day} 🌊
{team} {meeting} all afternoon
{back} {soon}
{miss} you {all}
{vote} {today}
{free} {hugs} at the office today
{free} {coffee} in the kitchen, someone brought a machine
{giveaway} at the school fair, my kid won a teddy
{winner} of the office bake off!! 🏆
{kill} this {bug} before friday
{killing} it at {work} this week
{we} {got} {destroyed} in the quiz lol
{sick} {day}, stayed in bed
{dead} {tired}
{crushing} my {goals}
{queer} and {happy}
{proud} {dyke} and {auntie}
{Scunthorpe} {bound}
{fag} {break} then back to it
{bitch} just had {puppies}
{spick} and {span} after the {cleaning}
{support} your local {bookshop}
{verify} your {email} they said, it'll be easy they said
{thank} {you} for the birthday messages
{good} {morning} {world}
{goodnight} {moon}
{lets} {go} {team}
{stream} {tonight} at 8
{new} {video} {out}
{reading} a good {book}
{baking} {bread}
{hello} {there}
{hi} {mum}
{so} {hungry}
{party} {time} 🎉
{weekend} {mode}
{yes} {chef}
{big} {mood}
{chill} {vibes}
{game} {night} with the {crew}
{stay} {safe} out there
{peace} and {love}
{team} {no} {sleep}
{cheers} {mate}
{go} {raiders}
{hell} {yeah}, payday
{damn} {good} pizza
{holy} {moly} that match
{congrats} {sis}!!
{brb} {snack}
{lol} {same}
{omg} {finally}
{not} {today}, {satan}
{smash} that {like} button
{send} {help} (and {snacks})
{fresh} {start}
{moving} {house}
{merry} {christmas}
{eid} {mubarak}
{happy} {diwali}
{shana} {tova}
{happy} {hanukkah}
{gay} and {thriving}
{immigrants} {welcome} here
{refugees} {welcome}
{black} {lives} {matter}
{trans} {rights} are {human} {rights}
{love} is {love}
{disabled} and {proud}
{autistic} and {awesome}
{muslim} and {proud}
{jewish} {joy}
{women} {supporting} {women}
{no} {hate} {here}
{report} {spam}, don't {click}
{never} share your {password}
{fire} {sale} at my {shop} this weekend
{limited} {edition} prints back in stock
""")
