"""Hand-written scams, and scam seeds for the disguise transforms.

Written by hand for the locked10 held-out set (2026-12-06); see make_locked10.py.
"""

from tests.features.moderation.detector.locked10.blocks import parse_block

TEXTS: dict[str, list[str]] = {}

TEXTS.setdefault("scam_plain", []).extend(
    parse_block(
        """
giving away 50 steam gift cards to celebrate 10k followers, dm me your steam login
    to claim
FREE DISCORD NITRO for the first 500 members, claim at discord-nitro-gifts.com
    before it expires
sending 2x back on any btc sent to my wallet in the next hour, elon approved promo,
    wallet in bio
hey im a discord moderator, your account has been flagged for suspicious activity,
    dm me within 24h or it gets terminated
i accidentally reported your steam account, please contact valve support on discord
    at valve_support#4411 to fix it
earn $500 a day from home, no experience, just message me on whatsapp +44 7700
    900412
your parcel could not be delivered, pay the £1.99 redelivery fee at
    royalmail-redeliver.info
congrats! you won a free ps5 in our server raffle, send $15 shipping to claim your
    prize
send 0.1 eth and get 0.3 eth back instantly, limited event, only 20 spots left
CS2 case opening giveaway, log in with steam at csgo-skinsdrop.net and get a free
    knife
official roblox admin here, giving 10k robux to the first 50 who send me their
    password for verification
hi dear, i am a widow with $4.5 million inheritance and need a trusted person to
    help transfer it, please reply
binance support: your wallet is locked due to unusual activity, share your seed
    phrase with the agent to unlock
i made 40k in a week with this forex signal group, telegram @fxkingsignals, limited
    places
steam is giving every verified user a $50 gift card this week, verify your account
    at steam-rewards-claim.com
your account will be banned in 12 hours for violating tos. click here to appeal:
    discord-appeals-center.net
dm me for free vbucks, just need your epic login and the 2fa code you get
hiring remote data entry, $35/hr, no interview, just send your bank details for the
    direct deposit setup
invest $200 and receive $2000 in 7 days guaranteed, ask me how on telegram
my cousin works at valve and can get you any skin for half price, paypal friends and
    family only
urgent: your paypal has been limited, confirm your identity at
    paypal-resolution-centre.com
hey babe, i really want to meet you but i need money for the plane ticket, can you
    send $300 on cashapp?
free minecraft account generator, working 2026, download from my bio, no virus i
    promise
text WIN to 88231 to claim your £1000 amazon voucher now
whatsapp me on +1 (415) 555-0192 for guaranteed crypto returns of 30% a week
the server owner is doing a nitro giveaway, react and then dm him your email and
    password to get entered
looking for gamers to test our new game, $50 per hour paid in crypto, just need to
    download the test build from the link in my bio
i'll double any skin you trade me, legit trader, 500+ vouches in my profile
your apple id has been disabled. call +1 888 555 0134 immediately to restore access
pay £2.99 customs fee for your package from china, otherwise it gets returned, link:
    parcels-uk-customs.com
mr beast giveaway!! 1000 people get $1000, comment your cashapp and send $10
    verification
you've been selected for a free iphone 17, just pay shipping and handling at my link
dm me if you want to become a twitch partner instantly, i know someone at twitch,
    small fee
metamask security update: connect your wallet at metamask-walletupdate.io or lose
    your funds
im a recruiter for a gaming company, we pay $90k remote, just need a $150 equipment
    deposit
ur steam trade offer is on hold, confirm it here with ur login
    steamcommunity-tradeoffer.org
hello sir, your microsoft computer has virus, call our support team now on 1800 555
    0110
join my pump group, next coin launching at 8pm, 100x guaranteed, dont miss out
grandma's inheritance stuck in customs, need $500 to release it, will pay you back
    double
i am from discord trust and safety team. you have 1 warning, verify your identity by
    scanning this qr code
your netflix payment failed, update your card details within 24h or your account is
    closed
win a free gaming pc! just like this status and dm me your address and card details
    for shipping
my friend is giving away free skins on his website, he's a youtuber so its legit,
    link in bio
crypto mentor here, send me 0.05 btc and i'll teach you how to turn it into 1 btc in
    a month
steam support has detected unusual activity on your account. reply with your steam
    guard code to keep it safe
earn 200 usdt daily by liking youtube videos, contact our hr on telegram
free nitro for a year, just add this bot to your server and give it admin
    permissions
need a sugar baby, $1000 weekly allowance, send me your bank login so i can deposit
free fortnite skins if u give me ur account for a day, i'll level it too
i can recover your hacked account for $50, professional hacker, 100% success
the lottery commission has selected your number, send a $200 processing fee to
    receive $850,000
your bank card has been suspended, please reply with your card number and pin to
    reactivate
exclusive nft drop, mint for free at our site, connect your wallet to claim your
    genesis ape
hey i won a huge skin jackpot and i'm sharing it, first 10 people who add me get a
    dragon lore
your epic games account will be deleted tomorrow unless you verify at
    epicgames-verify-acc.com
work from home as a package reshipper, $3000/month, just receive parcels and forward
    them
buy my trading course for $49 and make $10k per month like me, payment via gift
    cards
hey, is this you in this video?? lol look at this: bit.ly/3xZ9qLm
hi i sent you 50 dollars on cashapp by mistake, can you please send it back to my
    other account
you've got unclaimed tax refund of £462.50, claim at hmrc-refund-portal.co before it
    expires
message me for free ps plus codes, i just need you to complete 2 offers first
discord is shutting down free accounts next week, forward this to 10 servers or pay
    for nitro
we are the official steam giveaway bot, your steam id was randomly chosen, reply
    with login details
make money fast: send me $20 and i send you $100 back within the hour, 100% real
im a mod on the official server, we're doing a wallet sync, enter your 12 words on
    our form
looking for people to hold funds for my business, you keep 20%, just send me your
    account number
warzone unlock tool, all camos, undetectable, pay $30 via giftcard
free sub to my onlyfans if you send your bank info for age verification
congratulations, you are our 1,000,000th visitor! claim your samsung galaxy now
legit crypto mining pool, deposit usdt and earn 5% daily, withdraw anytime, dm for
    invite
i'm stuck at the airport in lagos and need $400 for a new passport, please help i'll
    repay you
we are hiring moderators for our server, $25/hr, pay a small $40 training fee to
    start
your instagram will be deleted for copyright violation, appeal here within 24 hours
free v-bucks and battle pass, enter your username and password on my site, trusted
    by thousands
hey i'm giving away my old account with 200 skins, just send $5 to cover the
    transfer fee
twitch prime gift: claim 6 months of free subs at twitch-prime-rewards.xyz
official valorant points giveaway, dm @riot_rewards_team with your riot id and
    password
guaranteed doubling of your usdt, send any amount to the address in my bio and
    receive 2x in 30 minutes
you have (1) pending trade from a steam friend, accept at
    steamcomunity.co/tradeoffer/new
i run a legit investment club, 15% monthly, minimum $500 buy in, referrals pay extra
hi love, i'm a soldier on deployment and my bank is frozen, could you send itunes
    cards so we can talk
dm me to buy verified twitch followers and a guaranteed partnership
your discord account is being used to spam, log in at the security page to stop it
    or lose it forever
free gta v money drop, 50 million guaranteed, just let me log into your account
lucky draw winner!! call 0800 555 0199 to claim your holiday to dubai
im giving away 100 xbox game pass codes, you just have to pay $2 to prove youre not
    a bot
real hacker here, i can give you aimbot and wallhack, totally undetectable, paypal
    me first
elon musk tesla giveaway, send 1 btc receive 2 btc, only today
cheap leveling service, give me your wow account login and i'll get you to max in 2
    days
you have won 1 bitcoin in our weekly draw, pay 0.01 btc network fee to release it
need someone to cash a check for me, keep $500, just send the rest back via zelle
free skins every day if you add our bot and link your steam, check @skinsbot on
    discord
hey its your friend, i lost my phone, this is my new number, can you send me £150
    for rent till friday
urgent from the fraud team at your bank: move your savings to this safe account
    today
genshin impact crystal generator, free primogems, verify with your login
buy one get one free on rolex watches, only $99, dm me on telegram @luxwatchdeals
crypto recovery expert, i can get back your lost funds for a small upfront fee
you've been chosen for our beta tester program, download the installer from my
    google drive
i'll sell you a discord server with 50k members for $20, send btc first
your xbox live account has been compromised, call microsoft security at +1 855 555
    0176
apex coins at 70% off, pay with amazon gift card, dm me
free trial of my signal group, 3 wins in a row today, join on whatsapp before its
    full
hey! you've been gifted a nitro, accept the gift before it expires here:
    discord.gift-claims.com
earn passive income with my ai trading bot, 97% win rate, send $250 to activate your
    license
the giveaway winner is you! just pay the $9.99 processing fee and the rtx 5090 is
    yours
real estate investment in dubai, 40% return in 6 months, whatsapp +971 50 555 0188
sorry to bother, i got this number from a friend, are you still doing business in
    crypto?
we need to verify that you're human, please send a photo of your id and card front
    and back
free fifa coins, any amount, just need your ea login and backup codes
you can get $500 from the government covid relief program, message me to apply
i have insider info on the next coin listing, send me 0.2 eth to get in early
hey streamer, i'd love to sponsor you, download our sponsorship kit (exe) from the
    link in my bio
steam summer sale exclusive: 100 free games for anyone who logs in through our
    partner site
free pubg uc, 8100 uc for every player, login with facebook to claim
looking for a money mule, easy cash, just receive transfers and withdraw them
i can get you unbanned from valorant, pay $40 in crypto, works every time
your iphone has been hacked, install this profile to remove the virus
hi sweetheart, i fell in love with your profile, i'm a doctor working in syria and
    need help with customs fees
free 1000 followers on instagram, just give us your password, no risk
claim your free csgo skins before the offer ends, login with steam required
this is the runescape support team, your account is flagged for botting, confirm
    ownership by sending your bank pin
tired of being broke? join my team and make 6 figures from your phone, dm me 'ready'
your amazon order #4421 for a macbook pro was placed, if this wasn't you call 1 800
    555 0163
free robux! complete 3 surveys and enter your roblox password to get 22,500 robux
i'm the dev of this game and i'm giving beta keys, send me your email and password
    to receive one
get rich with my crypto arbitrage method, $100 becomes $1000 in a week, dm for the
    pdf
due to the merge, all eth holders need to migrate tokens at eth-merge-migrate.org or
    lose them
hey there i'm from the mods team, we need you to confirm your account by sending a
    screenshot of your qr login
win a year of free groceries, just enter your card details on our survey page
i am a prince from a royal family and need your help moving $10,000,000, you get 30%
unlock all dlc for free with this crack, download from my mega link in bio
dm me your paypal and i'll send you $100 for every new member you invite, but first
    send me $10 deposit
legit steam key reseller, 90% off every new release, payment by gift card or crypto
    only
your domain name is expiring, renew now at our secure portal or lose your website
    forever
hey! sorry to message randomly but i'm one of the community moderators and your
    account was caught in a mass report wave last night, to avoid an automatic ban
    verify ownership with our support bot today, just reply and i'll send you the
    form
the irs has a warrant for your arrest, pay the outstanding balance in apple gift
    cards to cancel it
call this number to claim your compensation for an accident you had: 0161 555 0148
lmao this dude leaked your pics, check them out before they get deleted:
    tinyurl.com/pics4you
i run an esports team and need sponsors, invest $100 now and get $1000 when we win
free discord server boosts, just log in with your discord on our partner site
we are giving away 500 usdc to celebrate our token launch, connect your wallet to
    claim
hey babe my webcam is broken but i can show you pics if you verify at my safe site
your youtube channel has been selected for monetization, pay the activation fee to
    start earning
hello, you have a pending refund from your energy supplier, click the link and enter
    your bank details
want free twitch bits? enter your twitch login in our generator
get 10 free spins and a $500 bonus at our new online casino, no deposit, just share
    your card
i'm raising money for my sick kid, please send anything via crypto, wallet in bio
hey, i'm a crypto trader and i want to teach you, add me on whatsapp and i'll share
    my secrets
attention all members: we're migrating to a new server, verify your account with the
    captcha bot at the link
not a scam i promise, my uncle works in crypto and he's letting 10 people into his
    private trading group this week, i put in $300 on monday and i'm already at
    $2,100, message me on telegram @uncle_trades_btc if you want in before it's full
valve is giving away 3000 steam decks to celebrate the anniversary of the store, you
    just have to log in with your steam account on the event page and pick a colour,
    i got mine confirmed yesterday, link is in my bio, hurry they're going fast
buy cheap valorant radianite points, 80% off, trusted seller, send btc first
hello friend, i have gold bars to ship from ghana and need your help with transport
    fees
earn money by watching ads, invest $50 to unlock premium tasks, withdraw daily
the server is doing a verification check, please send your discord token so we can
    confirm you're not a bot
lost my steam account to a scammer, if you send me $10 i'll give you my $500
    inventory once i get it back
free spotify premium for life, download our modded app
limited time: turn your $100 into $5000 with our ai quant fund, dm to invest
i'm a blockchain developer, i'll give you a pre-sale allocation if you send 1 bnb
    now
dear customer your sbi kyc is pending, account will be blocked today, kindly update
    on link sbi-kyc-update.in
part time job offer: earn rs 5000 daily by rating hotels, contact hr madam on
    whatsapp +91 98XXX 55012
g'day mate, your toll notice is overdue, pay $7.80 now at linkt-tolls-pay.com to
    avoid a fine
your myGov account has an unclaimed rebate of $380, sign in here to process it
your electricity will be disconnected tonight at 9.30pm as your last bill is not
    updated, call officer 9876500123
congratulations, your number won kbc lottery 25 lakh, call mr rana sharma on
    whatsapp to claim
hiya, its mum, dropped my phone in the loo, this is my new number, can u pay a bill
    for me, will sort it tomorrow x
your evri parcel is waiting, confirm your address and pay 1.45 to rebook
auspost: we tried to deliver your item, schedule a new time and pay a small fee here
im a trusted middleman for skin trades, send me your knife first and ill hold it
    until the other guy sends
yo whoever sends me 5 robux first gets 500 back, for real, trust
the raid leader is selling gold at half price, pay him directly through this form
    and he'll mail it in game
free eth airdrop for discord members only, reply with your wallet seed to register
verified moderator here: we noticed your nitro gift was stuck, re-enter your card
    info in the bot dm to receive it
im leaving the game forever, giving away all my items, you just need to pay the $3
    trade fee
i work at riot, can get you a custom title and free rp, only $25 paypal friends and
    family
your account is one of 100 selected for a free upgrade to premium, confirm billing
    info within 1 hour
your coinbase account has been accessed from a new device in russia, if this wasnt
    you call 1 877 555 0193
urgent: someone tried to log into your steam, send me the code you just got so i can
    block them
hey dude i'm one of the admins, can you send me the 6 digit code i just texted you,
    it's for the server verification
binance listing insider: buy $MOONCAT before 9pm utc, 50x guaranteed, last chance
"""
    )
)

TEXTS.setdefault("seed_scam_disguised", []).extend(
    parse_block(
        """
{free} {nitro} for everyone in this server, claim it at <discord-gift.club/claim>
    before midnight
{steam} {gift} {card} giveaway, 100 winners, log in at <steamcommunity-giveaway.com>
    to enter
send {btc} to my wallet and get {double} back in 20 min, official {promo}
{discord} {moderator} here, your account is flagged, verify now at
    <discord-safety-check.net> or get banned
i accidentally {reported} your account, talk to {steam} {support} at
    <steamsupport_desk> on telegram
{earn} {$500} a day from home, whatsapp me on <+44 7700 900881>
{free} {robux} generator no verification, link: <robux-free-gen.xyz>
{claim} your {free} {knife} skin, login with steam: <cs-skinclaim.ru>
{elon} {musk} {giveaway} send 0.5 eth get 1 eth back, address in bio
{crypto} {doubling} event live now, only 30 spots, dm for the {wallet}
{urgent}: your {paypal} is {limited}, restore at <paypal-secure-restore.com>
{free} {vbucks} for the first 100 people, enter your {epic} {login} at
    <vbucks-reward.gg>
your {parcel} is on hold, pay the {customs} {fee} at <uk-parcel-customs.net>
{binance} {support}: your {wallet} is frozen, send your {seed} {phrase} to unlock
{official} {valve} {staff}: your inventory is under review, confirm ownership at
    <steam-inv-review.com>
{congratulations} you won an {iphone}, pay {shipping} at <iphone-winner-claim.com>
{investment} {opportunity}: 10x in 7 days {guaranteed}, telegram
    <@cryptoking_official>
{free} {skins} every hour, add our bot <skinsbot#0001>
{hiring} {remote} {moderators} $30/hr, pay {training} {fee} first
{metamask} {security} {alert}: sync your wallet at <metamask-sync-secure.io>
get {free} {ps5} just pay {$10} {shipping}, dm me
{roblox} {admin} giving {robux} to anyone who sends their {password}
{twitch} {partner} {guaranteed} for a small fee, dm for details
{apple} {id} {disabled}, call <+1 888 555 0177> now
{free} {gaming} {pc} winner announced, claim at <gamingpc-winner.info>
{limited} {offer}: {free} {spotify} {premium} for life <spotify-free-life.app>
{nft} {airdrop} for holders, connect wallet at <apesclaim-airdrop.io>
i can {recover} your {hacked} {account} for $40, {100%} {success}
your {netflix} {payment} {failed}, update card at <netflix-billing-update.com>
{mr} {beast} {giveaway} comment your cashapp and send $5 to verify
{verify} your {account} within 24 hours or lose it: <discord-verify-now.com>
{free} {fortnite} {account} with 300 skins, dm me
{hey} check this {video} of you lol <bit.ly/4hR2xQp>
{you} {have} {won} 1 btc, pay the {network} {fee} to receive it
{cheap} {steam} {keys} 90% off, pay in {gift} {cards} only
{trusted} {middleman} for trades, send me your items first
{crypto} {mentor} will turn 0.1 btc into 1 btc, dm now
{tax} {refund} of £462 waiting, claim at <hmrc-refund-gov.co>
{free} {fifa} {coins}, just need your {ea} {login}
{pump} {group} launching at 8pm, 100x {guaranteed}, join <t.me/pumpkings>
{lottery} {winner}! call <0800 555 0123> to claim
"""
    )
)
