"""Hand-written plain scams and phishing for locked5 (domains and numbers are invented)."""

from __future__ import annotations

from .textblock import lines

SCAM_NOLINK = lines("""
# prizes and giveaways
congratulations! you've been selected as this month's winner, DM me to claim your £500
🎁 i'm giving away 10 PS5s to my followers, message me your address and a £5 delivery fee
you won our matrix community raffle!! reply with your full name and card number to get paid
winner winner 🏆 your account was picked for a $1,000 Amazon voucher, DM to claim before 6pm
free iPhone 16 for the first 20 people to message me, just cover the shipping
i'm doing a cash app giveaway, send $20 and get $200 back within the hour
last 3 spots in the $750 gift card giveaway, dm "WIN" to enter
your number was drawn in the national lottery bonus draw, call +44 7700 900412 to release funds
claim your unclaimed prize of €2,000 today, message the agent on telegram @prize_desk_eu
# text / call / whatsapp this number
need quick cash? whatsapp +1 (202) 555-0147 for same-day loans, no credit check
text WIN to 07700 900318 to receive your free reward
call 0808 157 0321 now to stop the charge on your account
whatsapp me on +44 7700 900557 for easy money working from home
hot singles in your area want to chat, text 0491 570 112
sugar daddy looking for a sugar baby, weekly allowance $1500, text me +1 555 0139
my manager is paying people £300 a day, text me on 07700 900264 for details
need a loan? whatsapp +234 803 555 0192, instant approval
# DM me to claim
DM me to claim your free crypto
dm for free robux 🤑 only today
first 50 people to DM me get free Nitro, no catch
message me if you want free steam gift cards, limited amount
dm "claim" for your share of the airdrop before it ends
# urgent account warnings
your account will be suspended in 24 hours, verify now by sending your login details \
to this account
security alert: unusual sign-in detected, reply with your password to confirm it was you
⚠️ your matrix account has been flagged for deletion. reply with your recovery key to keep it
final notice: your homeserver account expires today. DM the admin with your password to renew
your bank account has been frozen, call +44 7700 900871 immediately to unlock it
we noticed suspicious activity on your paypal, reply with the 6-digit code we just sent you
urgent: your element session key is invalid, send it to @support-bot to fix it
your netflix payment failed, update your card details by replying here
HMRC: you are owed a tax refund of £418.20, reply with your bank details to receive it
your parcel is held at the depot, a £1.99 redelivery fee is due, send card details to release it
your apple id has been locked, message us your password and security answers to restore access
account violation detected! verify your identity within 12h or lose your username forever
# crypto doubling / investment
send 0.1 BTC and receive 0.2 BTC back instantly, official promotion
elon is doubling all ETH sent to his wallet today only, don't miss out
i turned $500 into $12,000 in 3 days with my trading signals, dm me to join
guaranteed 30% weekly returns with my forex bot, minimum deposit $250
invest £100 and get £1,500 back in 48 hours, 100% legit, ask me how
my crypto mentor made me $40k last month, dm me and i'll introduce you
binary options account manager here, i'll grow your money 10x, message me
send me any amount of USDT and i'll send back double, trust the process 🚀
limited presale: buy $MOONX now, 1000x guaranteed, dm for wallet address
recovery service: lost crypto to a scam? we get it back, just pay the fee upfront
# fake support / admin
hi, i'm from the matrix.org support team. please send me your recovery key so we can \
secure your account
moderator here: your account is under review, send your login code to avoid a ban
i'm an admin of this server, your verification is pending, dm me your password
hello from Element security, we need your 12-word seed phrase to complete the migration
official metamask support: share your secret recovery phrase to fix the sync error
hey it's the discord trust & safety team, please reply with the code we just texted you
this is your server admin, we're resetting accounts, reply with your current password
coinbase support agent here, your withdrawal is stuck, send your 2FA code to release it
i work for steam support, your account was reported, verify by sending me your login
support desk: to unlock your wallet, send the verification fee of 0.05 ETH
# fake jobs
work from home, earn £250 a day, no experience needed, dm me
hiring now!! $500/day just for liking posts on your phone, message me
easy job: reship parcels from home, £400 per week cash, ask me how
part-time online job, 1-2 hours a day, paid daily in USDT, dm to apply
need 5 people to test apps for $80/hour, no interview, start today
become a mystery shopper, we send you a cheque, you wire back the difference
earn $3000 a week as a personal assistant, just pay for the starter kit
amazon is hiring remote reviewers, paid daily, WhatsApp me for the link
receive payments into your account for a 10% cut, easy money, dm me
# gift cards
hey it's your manager, i'm in a meeting, can you buy 5 x £100 apple gift cards and \
send me the codes?
grandma needs help, please buy google play cards and send me photos of the back
pay your fine with steam gift cards or we will issue a warrant
i'll pay you back tomorrow, just send me the codes of three £50 amazon cards
ur friend here, lost my phone, can you get me a £200 itunes card? send the code asap
# romance / advance-fee
hello dear, i am a widow with $4.5 million inheritance, i need a trustworthy partner \
to help move it
my love i am stuck at the airport in lagos, please send $900 for my visa and i will come to you
i am a US army doctor on deployment, i need money for leave papers, i will repay you double
i am prince adebayo, i need your help to transfer my late father's fortune, you keep 30%
beautiful, i can't access my bank abroad, western union me $600 and i pay you back with interest
i fell in love with your profile, i want to send you a gift worth $50k, just pay the customs fee
dear friend, the bank has approved your compensation of $2.5m, send $250 processing fee
# fake airdrops / nft
ETH airdrop live now, connect your wallet to claim 2 ETH, dm for access
free NFT mint for early supporters, send 0.02 ETH gas fee to reserve yours
you are eligible for the $ARB airdrop, reply with your wallet seed to verify eligibility
exclusive token airdrop for matrix users, message @airdrop_claims to get yours
# other
i can hack any account, instagram, snapchat, whatsapp, dm for prices
selling verified bank logs and fullz, dm me
cheap followers, 10k for $5, message me
i can clear your debt with one payment of $199, text me
unlock any phone remotely, dm me, payment in btc only
you have a pending inheritance in your name, contact barrister john on +44 7700 900733
free money grant from the government, $5000, message me your ssn to apply
cheap designer bags, 90% off, message me on whatsapp +86 130 0000 0117
buy followers, likes and views, cheapest rates, pay with gift card
pay $49 and i'll get your banned account unbanned, i know the mods
i am a licensed spell caster, get your ex back in 48 hours, whatsapp +27 71 555 0108
psst, want free netflix for a year? just send me your email and password
send me your card pin and i'll add £100 credit to your phone
# more, mixed
hello sir/madam, your sim will be blocked tonight, call 07700 900190 and give the pin we sent
congrats 🎊 your username won our anniversary draw, send a £10 admin fee to get the £1000
official giveaway: first 100 to send 50 USDT get 500 USDT back, wallet in my profile
i'm a recruiter for a crypto firm, $900 a day, just need your id and bank login for payroll
we are refunding overcharged customers, reply with your sort code and account number
your bitcoin wallet is frozen, contact our recovery agent on telegram @btc_unlock_help
hey, i accidentally sent you my verification code, could you send it back to me? 🙏
your crypto has been seized, pay the 0.1 BTC release tax to get it back
winner of the weekly homeserver lottery: you! send your email password to receive the prize
this is the fraud department, read me the code we just texted so we can cancel the fraud
government grant of £7,500 approved in your name, pay the £95 release fee by gift card
stranded abroad, wallet stolen, can you send £300 by bank transfer? pay you back tonight
investment club, 5% daily guaranteed profit, zero risk, text +1 555 0176 to join
join my pyramid, er, "team" 😅 pay £200, recruit 3 people, earn £2000 a month
free crypto for the first 200 wallets that DM me their seed phrase for whitelisting
your matrix username has been reserved by someone else, pay 20 USDT to keep it
tech support here, your computer has a virus, call +1 (808) 555-0133 before it spreads
earn 2 ETH per day mining on your phone, no investment, dm me for the app
looking for bank account holders, earn £500 per transfer, no questions asked
message me if you want to make £1000 a week from your sofa, serious people only 💸
final reminder: your vehicle tax is unpaid, reply with card details to avoid a fine
loan approved!! £5000 in your account today, just pay £75 insurance first
validation required: send your recovery passphrase to the verification bot to keep your keys
bro i got free bitcoin from the giveaway, just send your wallet phrase to @giveaway_official
anyone want 70% off any flight? i book with my "special" account, pay me in btc
i represent a lottery company in spain, you won €850,000, send your passport copy to claim
your cloud storage is full, your photos will be deleted, reply YES and your card number
the prize money is ready, we just need $150 for transfer fees via western union
""")

SCAM_LINK = lines("""
claim your free 2 BTC now at crypto-doubler-bonus.xyz
your account will be suspended, verify now: https://matrix-account-verify.com/login
🎉 you won a $500 gift card, collect here bit.ly/3Fq9xZw
free discord nitro for everyone 🎁 discord-nitro-gift.ru/claim
urgent: unusual login on your paypal, secure it at paypa1-security-check.com
steam is giving away free skins, login at steamcommunnity-trade.com to claim
your parcel could not be delivered, reschedule at royalmail-redelivery-fee.info
HMRC tax refund waiting for you: hmrc-refund-portal.co/claim
metamask wallet sync error, restore at metamask-restore-wallet.io
element security update required, sign in at element-io-secure-login.net
get 100 free followers instantly at free-followerz.top
netflix payment declined, update your billing at netfIix-billing-update.com
elon musk ETH giveaway live now: tesla-eth-event.org
double your crypto in 24h, register at quantum-profit-ai.click
coinbase account locked, verify at coinbase-verify-desk.help
your apple id has been disabled, unlock at appleid-unlock-service.com
last chance to claim your airdrop: http://203.0.113.14/claim
login to see who viewed your profile: http://198.51.100.72:8080/login
work from home and earn $500 a day, sign up at easy-cash-jobs.biz
hot singles near you 😘 dating-near-you.live/join
free robux generator, no survey: robux-free-gen.site
your microsoft 365 password expires today, keep it at ms365-password-keep.com
claim your £250 energy rebate at gov-energy-rebate.uk-claims.com
you've been chosen for an amazon reward, take the survey at amaz0n-rewards.shop
binance security alert: confirm your withdrawal at binance-secure-withdraw.net
matrix.org is migrating accounts, re-verify at matrix-org-migration.com before friday
tinyurl.com/freegiftcard2026 ← free gift card, hurry
cutt.ly/nitrofree - free nitro for 3 months
your instagram account will be deleted for copyright, appeal at insta-copyright-appeal.com
unclaimed package with your name, pay £1.49 at dpd-parcel-fees.com
bank of america: suspicious transfer blocked, review at bofa-secure-review.com
register for the exclusive presale at moonx-token-presale.io, 1000x guaranteed
free iphone 16 pro for testers, apply at iphone-tester-program.win
exclusive investment opportunity, 40% monthly returns: goldline-capital-invest.com
your wallet was chosen for a $USDT airdrop, connect at usdt-airdrop-claim.app
⚠️ your homeserver storage is full, log in to upgrade: http://203.0.113.45/upgrade
free v-bucks for the first 1000 players: vbucks-drop.xyz/epic
verify your crypto wallet to avoid suspension: wallet-verify-now.com
whatsapp gold is here, download at whatsapp-gold-update.com
see the leaked video of you 😳 bit.ly/2xLmN8q
get paid $80 per survey, join at paid-surveys-daily.net
claim your covid relief payment at relief-grant-portal.org
your dhl shipment is on hold, pay customs at dhl-customs-fee.com
google docs shared a file with you, sign in to view: g00gle-docs-share.com
lottery winners list is out, check your name at intl-lotto-winners.info
ledger firmware update required, connect at ledger-live-update.com
chase alert: card locked, verify at chase-cardunlock.com
free $100 steam wallet codes at steam-wallet-codes.club
earn 5% daily, withdraw any time: hyip-smart-yield.com
uniswap v4 airdrop is live, claim at uniswap-v4-claim.org
your email storage is 99% full, upgrade free at mailbox-upgrade-center.com
job offer: remote data entry, $45/hour, apply at remote-hire-now.work
i made $9k last week with this bot: ai-trade-genius.com/ref=me
click to see if your password was leaked: password-leak-check.top
act now: your domain is expiring, renew at domain-renew-alert.com
limited offer, 95% off ray-bans: rayban-outlet-sale.shop
tap here to unlock your free reward: http://198.51.100.23/reward
claim your free spins, no deposit: spin-free-bonus.casino
update your whatsapp or lose your chats: wa-update-now.com
your account appeal has been approved, finish at meta-appeal-center.com
amazon prime renewal failed, update card at prime-renew-billing.com
free gift from the matrix foundation for our 10th anniversary: matrix-gifts.org
the admin team requires you to verify, go to http://192.0.2.77/verify and enter your password
download the leaked album free here: mega-leaks-download.net
kraken account alert, secure it now at kraken-account-secure.com
polkadot staking rewards 50% APY at dot-staking-rewards.io
get your free crypto starter pack at cryptostarter-gift.com
""")
