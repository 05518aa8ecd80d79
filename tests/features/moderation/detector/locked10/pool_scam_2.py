"""Hand-written scams, and scam seeds for the disguise transforms.

Written by hand for the locked10 held-out set (2026-12-06); see make_locked10.py.
"""

from tests.features.moderation.detector.locked10.blocks import parse_block

TEXTS: dict[str, list[str]] = {}

TEXTS.setdefault("seed_scam_disguised", []).extend(
    parse_block(
        """
{work} {from} {home} reshipping packages, $3000 a month
{sugar} {daddy} looking for sugar baby, $1k weekly, send bank login
{free} {discord} {boosts}, login with discord at <boost-free.site>
{scan} this {qr} {code} to verify you're human and keep your account
{urgent}: {your} {bank} {card} is {suspended}, reply with pin
{claim} your {nitro} {gift} now <discord.gift/xZ9qLmP2>
{steam} {trade} {offer} pending, accept at <steamcommunity.co/tradeoffer>
{free} {valorant} {points}, dm <@riot_giveaway_team> your password
{double} your {usdt} in 30 minutes, address in bio
{legit} {investment} {club} 15% monthly returns guaranteed
{hi} {dear} i am a widow with 4 million dollars and need your help
{stuck} {at} {airport} please send $400 for a new passport, will repay
{free} {primogems} generator, login with your genshin account
{we} {are} {hiring}! $90k remote gaming job, small equipment deposit needed
your {xbox} {account} is {compromised}, call <+1 855 555 0102>
{free} {uc} for pubg players, login with facebook at <pubg-uc-free.com>
{money} {mule} wanted, easy cash, receive and forward transfers
{get} {unbanned} from valorant for $40 in crypto
{your} {iphone} {has} {a} {virus}, install this profile to clean it
{soldier} on deployment needs itunes cards to keep talking to you
{free} {followers} on instagram, enter your password
{runescape} {support}: your account is flagged, send your bank pin to confirm
{join} {my} {team} and make 6 figures from your phone
{dev} {here} giving beta keys, send email and password
{eth} {merge} {migration} required, migrate at <eth-merge-swap.org>
{prince} needs help moving $10,000,000, you get 30%
{free} {dlc} {unlocker} download from my mega link
{irs} {warrant} pay now in apple gift cards to cancel
{leaked} {pics} of you are going around, check <tinyurl.com/leakedpics22>
{sponsor} my esports team with $100 and get $1000 back
{usdc} {airdrop} for early members, connect wallet at <usdc-bonus.finance>
{youtube} {monetization} {fee} required to activate your channel
{casino} {bonus} $500 free, just share your card details
{raising} {money} for my sick kid, crypto only, wallet in bio
{server} {migration}: verify with the captcha bot at <verify-captcha.bot>
{secret} {admirer} sent you 3 messages, sign in to read
{psn} {code} {generator} 100% legit <psn-codes-gen.net>
{gold} {bars} from ghana need transport fee, you get a share
{send} {your} {discord} {token} so we can verify you're not a bot
{free} {eth} {airdrop}, reply with your wallet seed to register
{sbi} {kyc} {pending}, account blocked today, update at <sbi-kyc-verify.in>
{part} {time} {job}: rs 5000 daily rating hotels, whatsapp hr madam <+91 98765
    55012>
{toll} {notice} {overdue}, pay $7.80 now at <linkt-pay-toll.com>
{hi} {mum} {here}, new number, can you pay a bill for me today x
{kbc} {lottery} {winner} 25 lakh, call mr sharma on whatsapp
{electricity} {disconnection} tonight, call officer <98765 00321> now
{fraud} {team}: move your savings to this safe account today
{coinbase} {alert}: new login from russia, call <1 877 555 0142>
{send} {me} {the} {code} you just got so i can block the hacker
{free} {gift} {cards} for the first 50 people who dm me
{insider} {coin} {listing}, buy before 9pm, 50x guaranteed
{ai} {trading} {bot} 97% win rate, $250 license
{dubai} {property} 40% returns, whatsapp <+971 50 555 0177>
{claim} your {free} {rtx} just pay $9.99 processing
{crypto} {recovery} {expert}, small upfront fee
{verify} with your {id} and {card} photos front and back
{covid} {relief} {grant} $500, message me to apply
{free} {steam} {games} summer sale, log in at <steam-summer-free.com>
{beta} {tester} wanted, download the installer from <drive-share.app/betabuild>
{instant} {loan} approved, pay $49 processing fee first
{win} {free} {groceries} for a year, enter card on our survey
{domain} {expiring}, renew at our secure portal <domain-renew-center.net>
{clash} {gems} {free}, enter your supercell id and password
{accident} {compensation} waiting, call <0161 555 0199>
{onlyfans} {free} {sub} if you send bank info for age check
{warzone} {unlock} {all} tool, undetectable, $30 gift card
{cheap} {gold} from the raid leader, pay through this form
{i} {am} {leaving} the game, giving items, $3 trade fee
{riot} {employee} can get you free rp, paypal f&f only
{premium} {upgrade} selected, confirm billing within 1 hour
{admin} {here}, send me the 6 digit code i texted you
giving away {free} {nitro} to the whole server, react 🎁 and dm me your {email} and
    {password}
hey its the {steam} {support} {team}, your account has a {pending} {ban}, appeal at
    <steam-appeal-help.com>
{elon} is {giving} {back} to the community, send any amount of doge and get double
lol {free} {skins} site actually works, i got a butterfly knife, try it
    <skinz-free.net>
{official} {announcement}: server {verification} needed for all members
    <dlscord-verify.com>
{binance} {listing} {leak}, buy now, 100x {guaranteed}
{claim} {your} {airdrop} before it expires, connect at <claim-airdrop.xyz>
{free} {apex} {coins}, pay $2 to prove youre human
{cash} {app} {flip}: send $50, get $500 back in an hour
{your} {account} {will} {be} {deleted} unless you confirm at <epicgames-confirm.net>
{hack} {tool} for any game, aimbot + wallhack, paypal first
{free} {minecraft} {account}, download the generator from my bio
{love} {you} {babe}, just need $300 for the plane ticket to see you
{bitcoin} {giveaway} by tesla, only today, send 1 get 2
{earn} {200} {usdt} daily by liking videos, contact our hr on telegram
{hello} {sir} your computer has virus, call <1800 555 0155>
{free} {ps} {plus} codes, complete 2 offers first
{discord} {shutting} {down} free accounts, forward to 10 servers
{valorant} {accounts} cheap, gift cards only
{gta} {money} {drop} 50m, let me log into your account
{wow} {leveling} {service}, give me your login
{cash} {a} {check} for me, keep $500, zelle me the rest
{lost} {my} {phone}, new number, send £150 for rent till friday
{rolex} {watches} $99 bogo, telegram <@luxwatch_deals>
{sell} {you} a 50k member discord server for $20 btc
{fifa} {coins} any amount, send ea login and backup codes
{sponsorship} {kit} download the exe from my bio
{free} {csgo} {skins} login with steam <csgo-free-skins.com>
{bank} {refund} pending, enter bank details at <energy-refund-uk.com>
{free} {twitch} {bits} generator, enter your login
{whoever} {sends} 5 robux first gets 500 back, trust
{mod} {here}: your nitro gift got stuck, re-enter card in the bot dm
{tired} {of} {being} {broke}? dm me READY
{free} {amazon} {voucher} £1000, text WIN to <88231>
{customs} {fee} for your package: £2.99 at <royalmail-fee-pay.com>
{your} {coinbase} {wallet} needs {verification} today
{exclusive} {presale} allocation for 1 bnb, dm now
{trust} {me} {bro}, send the skin first and i'll send 2 back
{hey} {gamer}, paid game testing, $50/hr in crypto, download from my bio
yo so i just got {free} {nitro} from this site and it actually worked, figured id
    share with the server before they patch it lol <nitro-drop.gift>
{attention} all {players}: due to a {database} {leak} every account must be
    {re-verified} today, use the official form <riot-verify-portal.com>
{guys} {this} {is} {legit}, my cousin doubled his {eth} in an hour with this {bot},
    message <@ethdouble_bot> and say i sent you
{steam} {wallet} {codes} free for the first 200, {no} {survey}, {no} {catch}
    <steam-wallet-free.codes>
{hello} {dear} {friend}, i am {barrister} {james} and your late relative left you
    $7.2m, reply with your full name and bank
{you} {won} our {weekly} {raffle}! the {prize} is a {steam} {deck}, just pay
    shipping at <steamdeck-raffle.win>
{your} {twitch} {account} will be {suspended} for {dmca}, appeal here within 12
    hours <twitch-dmca-appeal.tv>
{parcel} {delivery} {failed}, reschedule and pay 1.99 at <evri-redeliver.uk>
{dm} {me} for {cheap} {robux}, 80% off, paypal friends and family only
"""
    )
)
