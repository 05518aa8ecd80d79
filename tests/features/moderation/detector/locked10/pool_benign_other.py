"""Hand-written benign non-protected negativity, commerce, and benign disguise seeds.

Written by hand for the locked10 held-out set (2026-12-06); see make_locked10.py.
"""

from tests.features.moderation.detector.locked10.blocks import parse_block

TEXTS: dict[str, list[str]] = {}

TEXTS.setdefault("nonprotected", []).extend(
    parse_block(
        """
i hate mondays with the fire of a thousand suns
windows updates should be banned under the geneva convention
this printer is possessed and should be exorcised then thrown off a cliff
matchmaking in this game is absolute garbage, whoever designed it should be ashamed
i want to set my alarm clock on fire
the new ui is a crime against humanity, who approved this
traffic on the m25 can go to hell
microtransactions are cancer and they're killing gaming
parking wardens are the devil's accountants
i despise coriander, it tastes like soap and lies
our wifi is a useless piece of junk, kill it with fire
javascript is a cursed language and i want it gone from the earth
tax forms were designed by sadists
this weather is disgusting, rain every single day, i want to scream
the bus company in this city should be dissolved and rebuilt from scratch
i hate this stupid phone, the battery dies in 2 hours
the latest patch ruined the game, devs should be embarrassed
self checkout machines are evil, unexpected item in bagging area my arse
pineapple on pizza is an abomination, fight me
manchester united are a disgrace of a football club this season
the lakers are trash and always will be
ticketmaster fees are daylight robbery, burn the whole system down
corporate jargon makes me want to walk into the sea
this week can die
mosquitoes should be eradicated from the planet, no purpose
the dmv is where joy goes to die
i hope whoever invented captchas steps on lego every day
always online drm is a plague on pc gaming
my landlord's company is a bunch of incompetent clowns, 6 weeks with no heating
the new season of that show is hot garbage, cancel it
anti cheat that needs kernel access should be illegal
daylight saving time needs to be abolished, it serves no one
i loathe group projects with every cell of my body
the stock market is a casino for rich idiots
spam calls about my car's extended warranty can rot
this video card shortage is a scam by the manufacturers
the ending of that game was an insult to the fans
email chains with 40 people on cc should be a criminal offence
autocorrect is my nemesis, ducking hell
that referee association is corrupt to the core
brutalist car parks are ugly grey coffins, tear them down
my code editor crashed and deleted an hour of work, i hate computers
capitalism is destroying the planet and i'm so angry about it
nft bros and crypto grifters ruined the internet
the council is useless, potholes the size of craters for a year now
ads before every youtube video should be illegal
the new anti cheat is complete garbage, it bricked my pc twice, flagged me for
    having discord open, and meanwhile the actual cheaters are flying around the
    map, i hate this launcher, i hate this publisher, i hate everything about this
    rollout
chelsea fans are insufferable this season, can't wait for them to lose
the premier league's var is a joke and should be scrapped
reply all should require a licence
dating apps are a hellscape designed to farm your loneliness
i hate this boss, i hate this level, i hate this game, i'm playing it again tomorrow
people who don't indicate on roundabouts should lose their licence (ok fine, a fine)
battle passes are a scam to make you feel guilty for having a life
the printer at work jammed 14 times today, i'm going to throw it out the window
trains in this country are a national embarrassment
politicians are all liars and the system is broken
queueing at the post office is my personal hell
i hate mushrooms, slimy little fungus monsters
leetcode interviews are a broken way to hire, scrap them all
this heatwave can absolutely do one
the new tax on takeaways is daylight robbery
rainbow six ranked is an unplayable mess and ubisoft should be ashamed
i hope the person who designed this spreadsheet never sleeps again
social media algorithms are rotting our brains
airport security queues are a violation of human dignity
loud chewing should be punishable by law
genuinely the worst customer service i have ever experienced, four hours on hold,
    transferred seven times, told my order doesn't exist and then charged twice for
    it, this company is a disgrace and whoever runs it should be ashamed, never
    again
gas prices are insane, the oil companies are robbing us blind
overly sweet coffee drinks are an insult to coffee
open plan offices should be demolished
my hayfever is trying to kill me, pollen is the enemy
the new tesco layout is an act of war
noisy leaf blowers at 7am deserve to be banned forever
homework should be abolished, change my mind
the yankees are a soulless money machine, go sox
reddit mods who lock every thread are the worst (not you guys, you're fine)
gacha games are predatory trash designed to hook kids
budget airlines treat passengers like cargo, never again
meetings that could have been emails should be illegal
"""
    )
)

TEXTS.setdefault("commerce", []).extend(
    parse_block(
        """
commissions open! chibi $25, half body $45, full $70, dm me or check my carrd
selling my old rtx 3070, 18 months old, works perfectly, £250 collection only from
    bristol
merch drop friday 6pm, hoodies and stickers on my shop, link in bio
use code STREAM15 for 15% off at my partner's store, supports the channel ❤️
we're hiring! junior backend dev, remote friendly, apply through our careers page,
    no recruiters please
tickets for our band's gig on the 22nd are on sale now, £8 on the door or £6 advance
black friday sale on all my pixel art packs, 40% off on itch.io
dm for commissions, emotes and sub badges for twitch streamers, 5-7 day turnaround
my etsy shop is open again, handmade crochet plushies, shipping worldwide 🧸
selling a spare ticket for the arctic monkeys show, face value, no scalping
the bakery is open sundays now! sourdough and cinnamon buns from 8am
free shipping on orders over $50 this weekend at our board game store
offering graphic design services for small businesses, portfolio in my bio
looking for playtesters for our indie roguelike, free steam key for feedback, sign
    up on our discord
new patreon tier: early access to comics and monthly sketch requests
we're running a giveaway for 3 copies of our game, follow and retweet to enter,
    winners drawn friday
secondhand textbooks for sale, computer science year 1, good condition, £10 each
part time barista wanted, flexible hours, apply in store with a cv
our kickstarter is live! a cosy farming game about foxes, 48 hours left
10% student discount at our bike shop, just show your card
selling my old gaming chair, bit worn but comfy, £30 ono
lunch deal at the café: soup and sandwich for £6.50 all week
custom keyboard builds, dm for a quote, i source all parts myself
tutoring available for gcse maths and physics, £25/hr, online or in person
yard sale this saturday at 14 oak road, books, toys and a very old sofa
the new album is out everywhere, buy the vinyl on bandcamp if you want to support us
    directly
hiring a part time community manager for our discord, paid role, details on our
    website
pre-orders open for our enamel pins, ships in march
photographer available for weddings and events, booking for summer now
dog walking service in north leeds, insured and dbs checked, message for rates
sale on all plants at the nursery this week, 2 for 1 on succulents 🌵
selling duplicate pokemon cards, mostly commons, £5 a bundle
streaming a charity fundraiser tonight for the children's hospital, donations
    through the official tiltify page
our escape room has a spooky halloween theme all october, book online
freelance video editor, youtube and tiktok edits, samples in my portfolio
we're looking for volunteer moderators for the community server, unpaid, mostly
    vibes and snacks
shop update: new dice sets in stock, including the glitter ones everyone asked for
selling my spare steam deck dock, barely used, £35 posted
the game is 30% off on steam for the summer sale, thanks for all your support!
local band night friday, 3 acts, £5 in, all money goes to the venue
handmade soap and candles at the christmas market this weekend, stall 14
looking for a flatmate in clapton, £750 pcm including bills, no smokers
course launch: intro to python for absolute beginners, 6 weeks, early bird price
    ends sunday
open for logo commissions, paypal invoices only, half up front
the food truck is back at the docks tomorrow, tacos and churros 🌮
now stocking the new manga volumes at the bookshop, come grab yours
offering reiki and massage sessions, book through my website
need a mechanic? family garage, mot and servicing, 20 years in business
new menu at the pub from monday, vegan options finally
i make custom mouse pads from your art, dm for pricing
grand opening of our comic store saturday, free badges for the first 50 customers
apartment for rent in austin, 1br, $1400/mo, no brokers, message for viewing
looking to buy a used switch lite, budget £100, dm me
bulk discount on 3d printed minis, send me your stl and i'll quote
sponsored: this video is brought to you by our vpn partner, code in the description
    for a free month
closing down sale at the music shop, everything must go, 50% off guitars
buy 2 get 1 free on all indie games in our store this week
selling homemade chilli jam, £4 a jar, delivering locally this weekend
hiring seasonal warehouse staff, £12.50/hr, apply on the agency website
now booking dj sets for weddings and birthdays, demo mix on soundcloud
our podcast has a merch store now, mugs and tees, link in bio
we've opened a second branch of the barbers on high street, walk ins welcome
premium membership on our minecraft server is $5/mo, all cosmetic, no pay to win
cosplay props made to order, foam and resin, message with reference pics
early bird tickets for the gaming convention are on sale until friday
fundraising bake sale at the school gates tomorrow, all proceeds to the roof repair
sell me your old lego, paying fair prices by the kilo
our small studio is looking for a junior 3d artist, paid internship, portfolio
    required
holiday cottage in cornwall available for august, message for dates and rates
crypto meetup this thursday at the library, beginners welcome, no selling or
    shilling allowed, just talks and pizza
"""
    )
)

TEXTS.setdefault("seed_disguised_benign", []).extend(
    parse_block(
        """
{good} {vibes} {only}
{streaming} {tonight} at 8pm, come say hi
{gaming} {all} {weekend}
{happy} {birthday} to me 🎂
{coffee} {addict}
{do} {not} {disturb}
{on} {holiday}, back monday
{just} {vibing}
{we} {killed} {it} tonight gg
{gg} {ez} (jk you played well)
{headshot} {king} 👑
{love} my {cat}
{pizza} {time}
{sleepy} {gamer}
{lofi} {and} {chill}
{touch} {grass} {challenge} accepted
{main} {character} {energy}
{chaotic} {good}
{professional} {napper}
{plant} {mom} 🌱
{book} {worm}
{dog} {dad}
{ranked} {grind} {never} {stops}
{new} {video} {out} now
{thank} {you} for 1000 followers!!
{bless} {up}
{stay} {hydrated} {gamers}
{be} {kind} {to} {each} {other}
{trans} {rights} {are} {human} {rights}
{black} {lives} {matter}
{love} {is} {love} 🌈
{eid} {mubarak}
{happy} {diwali}
{merry} {christmas}
{happy} {hanukkah}
{lunar} {new} {year} vibes 🧧
{gone} {fishing}
{at} {the} {beach}
{404} {sleep} {not} {found}
{level} {up}
{brb}
{afk}
{carried} {by} {my} {team}
{noob} {but} {trying}
{speedrun} {any%} {attempts}
{boss} {fight} {is} {killing} {me}
{i'm} {dead} 😂
{that} {clip} {is} {insane}
{cracked} {at} {fortnite} {lol}
{sweaty} {tryhard} {mode}
{cozy} {games} {only}
{stardew} {valley} {forever}
{minecraft} {build} {in} {progress}
{zelda} {fan} {account}
{pokemon} {master}
{nintendo} {kid}
{playstation} {family}
{xbox} {squad}
{music} {is} {life}
{metal} {head} 🤘
{kpop} {stan}
{taylor} {swift} {era}
{anime} {watcher}
{drawing} {every} {day}
{artist}, {commissions} {closed}
{learning} {to} {code}
{python} {enjoyer}
{rust} {evangelist}
{linux} {user} {btw}
{coffee} {and} {code}
{dnd} {nerd}
{dungeon} {master}
{critical} {hit}!
{nat} {20}
{hiking} {this} {weekend}
{marathon} {training}
{yoga} {and} {tea}
{gym} {rat}
{leg} {day}
{chef} {mode}
{baking} {bread}
{tea} {time}
{rainy} {days}
{sunshine} {and} {smiles}
{stay} {safe} {everyone}
{mental} {health} {matters}
{you} {are} {loved}
{one} {day} {at} {a} {time}
{sober} {and} {proud}
{new} {job}!!
{graduated}!!!
{engaged} 💍
{baby} {on} {the} {way}
{moving} {house}
{road} {trip}
{monday} {again}...
{study} {mode}
{exam} {season}
{thesis} {writing}
{teacher} {life}
{nurse} {on} {shift}
{football} {saturday}
{come} {on} {england}
{up} {the} {toon}
{go} {sox}
{cricket} {tragic}
{f1} {fan}
{ski} {trip}
{skate} {or} {die}
{peace} {and} {love}
{no} {thoughts} {head} {empty}
{vibe} {check} {passed}
yo we absolutely {slayed} that raid, {massacre} of a boss fight, see you all tuesday
{lol} just {destroyed} my little brother at {smash}, he's {crying} (he's fine, we
    had ice cream)
{killed} the {presentation} today and then went home and {died} on the sofa
{streaming} {elden} {ring} {blind} tonight, come watch me {die} 400 times to the
    first boss
{new} {emotes} {are} {live} on the channel, thank you {subs} for making this
    possible ❤️
{currently} {in} {tokyo} eating every ramen i can find, back home on the {20th}
{my} {cat} {knocked} my headset off the desk mid clutch and we {lost}, she shows no
    remorse
{charity} {stream} this saturday, all donations go to the {local} {animal} {shelter}
{shoutout} to the {mods} who keep this server the nicest place on the internet 💜
{just} {hit} {diamond} after 3 seasons of {hardstuck} {plat}, crying in the club rn
{ramadan} {kareem} to everyone fasting, see you all at iftar in the {voice} {chat}
{happy} {pride} to all the {queer} folks in the server, {you} {belong} {here} 🏳️‍🌈
{if} {you} {need} {someone} {to} {talk} {to}, my dms are open, no judgement
{road} {tripping} {through} {scotland} with the {lads}, {no} {signal}, {all} {vibes}
{finally} {finished} my first {marathon}, {legs} are {destroyed}, heart is full
{first} {day} {at} {the} {new} {job} tomorrow, wish me luck everyone
{back} {from} {hospital}, {all} {good}, thanks for the kind messages
{lan} {party} {at} {mine}, bring snacks and your own chair
"""
    )
)
