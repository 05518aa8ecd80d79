"""Hand-written scams and phishing for locked6.

Every link, phone number, handle and wallet here is invented for this set. UK numbers use the
07700 900xxx drama range, US numbers the 555-01xx range and AU numbers the 0491 57x range.
``DISGUISED_SEEDS`` mark lure words in braces, links as ``<url:...>`` and numbers as
``<tel:...>``; ``make_locked6`` obfuscates them with ``transforms.obfuscate_scam``.
"""

from __future__ import annotations

from .textblock import texts

NOLINK = texts("""
congratulations! you've been selected as our monthly winner of a £1,000 Tesco voucher. DM me to \
claim before midnight
🎉 you WON an iPhone 15 Pro! text CLAIM to 07700 900127 to arrange delivery
hi dear, i am a US army doctor serving in syria and i need your help moving $4.5m out of the \
country. you keep 30%
URGENT: your Matrix account will be deactivated in 24 hours. reply with your password to verify \
ownership
this is matrix.org support. we noticed an unusual login, please send us the 6-digit code we just \
texted you
send me 0.1 BTC and i'll send back 0.2 BTC within the hour, guaranteed, 100+ people paid already
i turned $500 into $12,000 in two weeks with my forex mentor, whatsapp him on +44 7700 900562
earn R5,000 a day from home, no experience needed, whatsapp 071 555 0199 now
hiring! remote data entry $45/hr, you just pay $50 for the starter kit. DM for details
Royal Mail: your parcel is on hold due to an unpaid shipping fee of £1.99. reply with your card \
details to release it
your wallet has been flagged. to avoid losing your funds please share your 12-word recovery \
phrase with our support agent
hello, i'm Sgt. Williams on a peacekeeping mission and i've fallen for you. can you send a steam \
gift card so i can call you?
buy 3 amazon gift cards of $100 each and send me the codes asap, i'm in a meeting and can't talk. \
- David (CEO)
$ELON airdrop is live! send any amount of ETH to the wallet in my bio and receive 2x back instantly
dm me "INVEST" and i'll show you how i make £3k a week passive, only 5 spots left
Dear customer your SBI KYC is pending, account will be blocked today. call 090 0055 8812 to \
update immediately
MTN promo: you have won N2,500,000! call our agent on 0803 555 0142 to claim, processing fee \
N10,000 only
i am the widow of the late Chief Okafor, i have $8.2m in a trust and God has led me to you for \
help
Bank of America: suspicious activity detected. reply YES with your online banking PIN to secure \
your account
hey it's me, lost my phone so this is my new number. can you send me £200 for rent? pay you back \
tomorrow x
Join @CryptoKingSignals on telegram, 300% returns guaranteed every week, DM to join VIP
lost crypto or got your instagram hacked? DM me, i'm a certified recovery expert, 100% success \
rate, small upfront fee
we're giving away 50 PS5s to celebrate 1M followers! just cover £4.99 postage, DM to claim yours
your Netflix payment failed. to avoid suspension reply with your card number, expiry and CVV
hello, Microsoft technical team here. your computer has a virus. please install AnyDesk and \
read me the code
congrats @you you've been picked for a free MacBook! send a DM with your address and £9.99 \
shipping
cash app flip!! send $100 get $1,000 back in 15 mins. legit, not a scam, ask anyone
job offer: amazon product reviewer, earn ₹3000 per day, just pay ₹499 registration fee by UPI
guaranteed 20% daily returns on USDT staking, withdraw anytime, DM me for the deposit wallet
hi dear, i'm a lonely engineer on an oil rig. i need help paying for my flight home, i will repay \
you double when i land
ATO: you owe $3,420 in unpaid tax. pay with Apple gift cards today or police will attend your \
address
SARS: your refund of R4,780 is approved. send your banking details and PIN to process it
HMRC: your tax rebate of £612 is ready. reply with your online banking login to receive it
free followers! give me your login and i'll boost your account to 10k overnight
Binance support here. your withdrawal is stuck, verify by sending us your seed phrase
exclusive presale!! $MOONPUP will 100x, send SOL now before listing, DM me for the address
free robux!!! give me your roblox username and password and i'll add 10k tonight
lottery winner! your phone number won €850,000 in the online Euro draw. contact agent Mr Peter \
Okon on WhatsApp +234 803 555 0177
whatsapp +27 71 555 0145 for investment opportunity, 40% monthly return, capital guaranteed
hello sir, i am from Amazon, your order of iPhone 15 for $1,249 is confirmed. if not you, call \
+1 (555) 010-0182 immediately
your PayPal is limited. send your email and password here so our team can restore access
pls i need help urgently, my card is blocked abroad, send $300 by western union, i'll pay back \
double
looking for 10 people to work from home, £500/day, no experience, message me your whatsapp number
🚨 final notice 🚨 your car warranty is about to expire, call 0800 555 0131 now to renew
WINNER! reply with your full name, date of birth and bank account to receive your £2,000 prize
i can hack any account, recover deleted messages and fix your credit score, DM with payment \
upfront
crypto mining investment: put in $1k, get $10k in 7 days. 500 satisfied clients, DM for proof
hello beautiful, i am a widower in dubai with a big inheritance, i want to share it with someone \
honest like you
Your Amazon Prime has been renewed for £79.99. to cancel and get a refund, call 020 7946 0413
we are giving out $USDT to the first 500 people who send 50 USDT to verify their wallet
urgent: your DHL package is held at customs, pay R250 release fee by eWallet to 0615550198
registration is open! earn ₹15,000 weekly by liking youtube videos, whatsapp 98765 01234 to join
Facebook security: your account will be permanently deleted. send us your password and \
the code we sent to stop it
hi, i'm the hiring manager for a remote role, $900 weekly. we'll send you a cheque for \
equipment, just send back the difference
i won the powerball and i'm giving $50,000 to 100 random followers! DM me your cashtag and a \
$20 verification fee
Congratulations! Your number was selected for a free trip to Bali. Call 0491 570 156 to confirm \
and pay the booking tax
Investment opportunity: double your money in 48 hours with our AI trading bot. minimum $250, DM \
me
NatWest fraud team: we've blocked a payment. to unblock, move your savings into the safe account \
we give you
i'm stranded in lagos airport, they took my passport. please send $600 for a new one, i beg you
send me your one-time password so i can verify your account as the real owner
looking for a sugar daddy/mommy? i'll pay you $1,500 weekly, just send a $100 loyalty fee first \
to show trust
you have been selected for the Google Rewards programme! reply with your card details to collect \
your reward
hi! just sent you a verification code by mistake, can you read it back to me please? 🙏
Coinbase alert: unauthorised withdrawal of 1.3 BTC detected. call support on +1 555 010 0127 and \
share your recovery phrase to cancel it
earn $200 per hour doing simple online tasks, payment daily, DM me "TASK" to start now
🎁 free $500 Shein gift card for the first 100 people who DM me their email and phone number
your electricity will be disconnected today. pay the overdue bill with iTunes cards, call \
07700 900884
bro i got insider info, this coin is pumping tomorrow 1000x, send me ETH and i'll buy for you
the UN compensation fund has approved $2.5m for scam victims. send a $350 clearance fee to \
receive your payment
hey cutie, i'm stuck and need a gift card to pay for my phone bill so we can keep talking 😘
hi, I'm a recruiter from Deloitte. we have a job for you, $600/day. pay $120 for the visa \
processing to get started
we detected a virus on your phone! call apple support on 0800 555 0166 right now
send 1 ETH to our giveaway address and receive 3 ETH back, this is the official Vitalik giveaway
Sir your parcel from Jumia could not be delivered, send N1,500 redelivery fee to 0816 555 0190 \
by opay
dear friend, i am a banker in ghana with a dormant account of $14m and no next of kin, let us \
share it 50/50
WhatsApp me on 0491 571 203 for a guaranteed 15% weekly on your super, no risk
IRS: you have an outstanding tax debt. pay now with google play cards or face immediate arrest
Steam: I accidentally reported your account, message my friend the Valve admin to fix it \
before you get banned
your bank card has been frozen, text your full card number and PIN to 07700 900733 to unfreeze
DM me for a loan of any amount, no credit check, just pay the insurance fee upfront
a rich family is looking for a babysitter, £800 a week, they'll pay you upfront by cheque, DM me \
your bank details
Hey it's Mum, I dropped my phone in the bath. Can you send £340 to this account for a bill? \
I'll explain later xx
i'm a forex account manager, give me your account and i'll trade for you, 35% weekly profit \
guaranteed
we are recruiting brand ambassadors! buy our $150 starter pack and earn $5,000 a month
free iPhone for every 1000th visitor! you are visitor 1000! DM to claim before it expires
TikTok is paying users $3,000 a week to watch videos. DM me for the secret app
your Apple ID has been locked. reply with your Apple ID password and security answers to unlock
attention: you have an unclaimed inheritance of £2.3m from a distant relative, contact the lawyer \
Barr. James on WhatsApp
exclusive: free Ethereum for matrix users! send 0.05 ETH to activate your wallet and get 1 ETH
you owe us for last month's internet, pay via Amazon vouchers or we cut you off tonight
Taylor Swift tickets £40 each, way under face value, bank transfer only, no paypal, pay today \
or lose them
i can clear your student loan for a one-time fee of $500, DM me, many already cleared
the winner of our weekly draw is YOU! text your PIN to 07700 900611 to receive £750
investors wanted for my gold mine in ghana, 200% returns in 3 months, whatsapp +233 20 555 0192
hello dear, i saw your profile on matrix and fell in love. i need $2,000 to visit you, please help
congratulations, you've been approved for a ₹5 lakh loan, pay ₹2,999 processing fee to get it \
today
Telegram support: your account will be deleted. send the login code we just sent to keep it
urgent message from your bank: we need your card number and expiry to stop a fraudulent \
transaction
work from home packing boxes, £1,200 a week, send £60 for your training pack
Admin here. we're verifying all members. send your password to the bot or you'll be removed
I'm giving away my late father's car for free, just pay $300 for shipping. DM if interested
Hi, you've been pre-approved for a £10,000 grant. reply with your national insurance number and \
bank details to receive it
official giveaway: first 200 people to DM me their wallet address and send 0.02 BTC gas fee get \
0.5 BTC
hey i'm from the matrix.org trust and safety team, your account is flagged. DM me your recovery \
key to keep it
URGENT from your landlord's agent: pay this month's rent to our new account today or you'll be \
evicted, DM for details
earn $700 daily as a "payment processor", just receive money into your account and forward it
i'm an investment manager with Goldman, DM me and i'll grow your savings 10x in a month, no risk
your SIM will be deactivated in 2 hours. reply with the PIN we just sent to keep your number
my friend needs 5 people to hold some money for her for a week, you keep $500, DM me your account
I have $1.2m in gold bars at customs in Accra, need $4,000 to release them, you'll get half
congrats!! you've won 2 tickets to the champions league final. call 0161 555 0174 to pay the \
admin fee
Amazon HR: we saw your CV, $35/hr part-time, add our recruiter on telegram @amzn_hr_jobs
don't miss out! our mining pool pays 5% daily, send USDT and watch it grow, ask me for proof
text STOP to 07700 900941 to avoid being charged £49.99 for your subscription
hello dear, it's your bank manager, we need your card PIN to upgrade your account to gold
Paid surveys! $150 each, just pay a one-time $25 membership to unlock them
you have a pending compensation of £3,200 for your car accident, call 0800 555 0112 today
i'll flip your $200 into $2,000 on the stock market by tonight, cashapp me and watch
this is Apple support, we need the 6-digit code that just popped up on your iPhone to secure it
selling a puppy, free to a good home, just pay $250 for the pet flight insurance
job alert: hotel receptionist in dubai, flights and visa covered, pay $300 processing to our agent
i've been watching you on cam, pay me 0.05 BTC or i send the video to all your contacts
your wallet is eligible for a $500 refund, send 1 USDT to verify ownership and we'll release it
Dear Beneficiary, your compensation fund of $2,500,000 has been approved by the World Bank. to \
receive it kindly send your full name, address, phone number and a $250 processing fee today
""")

LINK = texts("""
claim your £500 Amazon voucher now: https://amazon-rewards-uk.top/claim
USPS: your package delivery failed. update your address at usps-redelivery-help.com
your PayPal account has been limited. restore access: https://paypal-secure-review.net/login
Elon is doubling all BTC sent in the next hour!! livestream at tesla-x2-event.live
free nitro for 3 months, a gift from discord: https://discord-nitrogift.ru/redeem
i accidentally reported you on steam, go to steamcommunlty-appeal.com and fix it before \
you get banned
Royal Mail: pay your £1.45 redelivery fee at royalmail-parcel-reschedule.info
verify your matrix account to avoid suspension: https://matrix-account-verify.org/session
🚀 $PEPE2 airdrop live! connect your wallet at pepe2-claim.xyz to get free tokens
Netflix: we couldn't process your payment. update your details at netflix-billing-update.com
WINNER! collect your prize at www.your-prize-centre.win/collect
your Apple ID was used to sign in on a new device. not you? https://appleid-locked-support.com
hey is this you in this video?? 😂 https://vid-share.click/v/88231
ATO: you're eligible for a refund of $1,274. claim at ato-refunds-gov.au.secure-claims.net
earn $500/day from home, register at https://easy-income-now.site/join
HMRC: you have a tax refund pending. claim now at hmrc-refund-portal.co
free 1 BTC giveaway, first 1000 only: https://btc-giveaway-official.io
your bank account will be suspended. verify now at https://secure-bank-verify.net/login
DHL: your parcel is waiting, pay customs fee at dhl-delivery-fees.com/pay
get 10k followers free at instafollow-boost.top, just log in with your instagram
congrats! you've won a Samsung Galaxy S24. claim at https://samsung-winners.club
Binance: confirm your withdrawal at binance-withdraw-verify.com or funds will be frozen
Your Microsoft 365 password expires today. keep it at https://office365-keep-password.com
gift card generator 2025 working!!! https://free-giftcards-gen.online
free V-Bucks for everyone! go to fortnite-vbucks-free.net and enter your epic login
MetaMask: your wallet will be locked. validate your seed phrase at metamask-validate.app
invest $250, earn $5,000 in a week with our AI bot: https://ai-profit-trader.pro
Jumia promo: win a free laptop at https://jumia-anniversary-gifts.com.ng.promo-ng.xyz
exclusive NFT mint free for matrix users, connect at nft-freemint.io/matrix
your FNB account was locked due to suspicious activity, unlock at fnb-secure-unlock.co.za.net
claim your free covid relief grant of $1,400 at https://relief-grant-claim.us
SBI: reward points worth ₹7,850 expire today, redeem at sbi-rewards-redeem.in.net
NAB: unusual sign in detected. review it at nab-secure-check.com
last chance!! 90% off Ray-Ban sunglasses at rayban-outlet-sale.shop, ends tonight
i made $40k last month with this method, free course here: https://passive-cash-secrets.biz
your Netflix is on hold. update payment at netfIix-support.com
Amazon: your account is locked. sign in at amazon-security-centre.net to unlock
whatsapp gold is here! upgrade for free at whatsapp-gold-download.info
Telstra: you've got a $185 credit. claim at telstra-bill-credit.com.au.claims.io
job offer from Unilever! $55/hr remote, apply at unilever-careers-remote.work and pay onboarding \
fee
free $100 Uber Eats voucher, claim at ubereats-promo-gifts.site
DocuSign: you have a document waiting. view here https://docusign-secure-view.com/doc
you've been tagged in a photo, log in to see it: https://photo-tagged-matrix.com
Capitec: verify your details to avoid suspension at capitec-verify-online.co
crypto recovery service: we get back stolen funds, start at recover-my-crypto.pro
your mailbox is full! upgrade storage free at mail-storage-upgrade.net
congratulations, you're our 1,000,000th visitor! claim your reward at reward-visitor.win
Instagram: your account violated copyright. appeal within 24h at ig-copyright-appeal.com
free tickets to the World Cup final, limited! https://worldcup-free-tix.com
your Coinbase wallet has a pending deposit. accept at coinbase-pending-deposit.com
bank of baroda: kyc expired, update at bob-kyc-update.in.app
get your £650 energy rebate now at energy-rebate-uk.org.claims.net
Matrix Foundation is giving 500 free server credits! claim: matrix-credits-giveaway.com
the ultimate airdrop is live, claim 5,000 $ARB at arbitrum-airdrop-claim.net
UPS: we missed you, book redelivery and pay $2.99 at ups-redeliver-now.com
doubled my money in 3 days lol, sign up with my code at doublemyfunds.vip
verify your age to keep using this server: https://age-verify-matrix.net/scan
Optus: your bill has been overpaid, claim $93.40 at optus-refund-centre.net
Dear user your Gmail will be deleted. confirm your password at gmail-confirm-account.com
hot singles near you want to chat!!! https://local-singles-now.love
Standard Bank: new device linked to your profile. not you? cancel at sb-device-cancel.co
""")

DISGUISED_SEEDS = texts("""
{congratulations}! you've {won} a $1,000 gift card, claim at <url:giftcard-rewards.top/claim>
{free} {crypto} airdrop for early holders, connect your wallet at <url:claim-airdrop-eth.xyz>
text {WIN} to <tel:07700 900312> to collect your {prize}
DM me for {guaranteed} {profit} trading signals, 50% weekly
call <tel:+1 555 010 0134> now, your {account} is {suspended}
{double} your {bitcoin} in 24 hours, send to the wallet in my bio
your parcel is held, pay the {fee} at <url:parcel-redelivery-uk.com/pay>
{investment} opportunity, 30% weekly {returns}, whatsapp <tel:+44 7700 900486>
{verify} your {wallet} at <url:wallet-sync-validate.app> or lose your funds
i am a {recovery} {expert}, i get back {stolen} {crypto}, whatsapp <tel:+1 555 010 0147>
your {bank} {account} is {locked}, call <tel:0800 555 0193> immediately
{claim} your {free} {iphone} at <url:iphone-giveaway.club>
{airdrop} is live, send 0.1 ETH to receive 1 ETH
need a {loan}? no credit check, call <tel:0491 570 982>
{winner}! reply with your {bank} {details} to receive £5,000
send your {seed} {phrase} to support to unlock your {account}
{earn} $500 a day from home, whatsapp <tel:+27 71 555 0162>
{hiring} now, remote job $40/hr, just pay a small {fee} for the kit
{gift} {cards} wanted urgently, buy 5 and send me the codes
{binance} {support}: confirm your {withdrawal} at <url:binance-support-help.net/verify>
{paypal}: your {account} is {limited}, restore at <url:paypal-resolution-centre.com>
{free} {nitro} at <url:discord-gifts-claim.com/nitro>
call <tel:+234 809 555 0118> to claim your {lottery} {prize}
{urgent}: your {matrix} {account} will be {deleted}, send us the {code} we texted you
{forex} {mentor} turned $200 into $8,000 for me, message him on whatsapp <tel:+44 7700 900277>
get {rich} quick with {crypto}, DM me now
{refund} of £312 waiting, claim at <url:gov-refund-online.uk.claims-portal.co>
{netflix}: {payment} {failed}, update at <url:netflix-account-billing.com/update>
{free} {robux} at <url:robux-free-gen.net>
{congrats} you are our {lucky} {winner}, call <tel:07700 900745>
{investment} {scheme} with 200% {profit} in a month, DM for the details
{win} a free car, text your name to <tel:0491 571 448>
your {apple} {id} is {locked}, unlock at <url:appleid-unlock-support.com>
send me your {one-time} {password} to {verify} your account
{cash} {app} {flip}, send $50 get $500
{hi} {dear}, i need $500 for my {visa} to come and see you, i will pay you back {double}
{job} {offer}: £600/week, send £50 for {registration}, whatsapp <tel:+44 7700 900590>
your {package} is at customs, pay R199 to <tel:061 555 0174>
{elon} {giveaway}! send 1 BTC, get 2 BTC back at <url:elon-btc-event.live>
{win} £1,000 in {amazon} {vouchers}, DM me
{unclaimed} {inheritance} of $3.2m, contact barrister on <tel:+234 803 555 0125>
{bitcoin} {mining} returns 15% daily, join at <url:btc-cloud-mine.pro>
{hello} {dear}, i am a {widow} with $6m for charity, please help me move it
{urgent}! your {card} has been {blocked}, text your {PIN} to <tel:07700 900231>
{free} {followers}, log in at <url:insta-boost-free.top>
{usdt} {staking} 25% weekly {guaranteed}, DM me
{claim} your {tax} {rebate} at <url:tax-rebate-claims.co.uk.secure-id.net>
{kyc} {pending}, account blocked today, call <tel:090 0055 7301>
{verify} your {account} or it will be {suspended}, reply with your password
{exclusive} {presale}, 100x guaranteed, buy at <url:moonshot-presale.io>
{free} {money} for the first 100 people, send your cashtag
{customer} {support} here, install AnyDesk and give me the code to fix your {account}
{lottery} {winner}! call agent Mike on <tel:+1 555 010 0156> to receive $250,000
{work} from {home} and earn £2k/week, whatsapp <tel:07700 900658>
{sugar} {daddy} will pay you $2k weekly, just send a $100 {trust} {fee}
{free} {ps5} giveaway, pay £5 shipping at <url:ps5-winners-uk.shop>
{delivery} {failed}, reschedule at <url:dpd-reschedule-parcel.com>
{metamask}: sync your {wallet} at <url:metamask-sync.app> or lose access
{giveaway} {alert}: 50 MacBooks, DM to claim, just cover the £9 shipping
{crypto} {signals} vip group, 500% monthly, telegram @vip_signals_pro
{loan} {approved} ₹3 lakh, pay ₹1,999 {processing} {fee}, call <tel:98765 01987>
{urgent} {help} needed, i'm stuck abroad, send $400 by western union
{bonus} {reward}: $750 Walmart gift card, claim at <url:walmart-reward-center.com>
your {microsoft} {licence} expired, call <tel:+1 555 010 0163> to renew
{free} {eth} for matrix users, connect at <url:matrix-eth-drop.xyz>
{secret} {method} to make $10k a month, DM me "MONEY"
{congratulations}, your number won {N5,000,000}, call <tel:0803 555 0168>
{guaranteed} {income} 40% monthly, whatsapp <tel:+27 82 555 0139>
{security} {alert}: confirm your {login} at <url:secure-login-check.net>
send {gift} {card} codes to unlock your {prize}
{hacker} for {hire}: recover accounts, change grades, DM me
{invest} $100 today, withdraw $1,000 on friday
{free} {vouchers} for every member, claim at <url:member-vouchers.win>
your {energy} {bill} is overdue, pay now with {itunes} {cards} or be cut off
{tiktok} is {paying} $50 per video watched, DM me for the app
{instant} {loan} no {checks}, whatsapp <tel:+44 7700 900924>
{your} {wallet} {is} {compromised}, move funds to our safe wallet now
{earn} {daily} by liking posts, join at <url:like-and-earn.site>
{coinbase}: {pending} {deposit}, accept at <url:coinbase-deposit-accept.com>
{amazon} {prime} renewed for £89, call <tel:020 7946 0577> to cancel
{hi} {mum}, new number, can you send £250 for a bill? urgent x
{free} {laptop} for students, register at <url:student-laptop-grant.org>
{double} your {usdt} in 12 hours, min deposit 100
{steam} {admin} here, your account will be {banned}, message me to appeal
{congratulations}! you've been {selected} for a paid survey, $300, DM me
{text} {YES} to <tel:07700 900189> to receive your {refund}
{vip} {investment} {club}, 10x in 30 days, whatsapp <tel:+234 816 555 0103>
{claim} your {airdrop} before it ends at <url:layerzero-claim-drop.com>
{bank} {transfer} failed, confirm your {details} at <url:secure-transfer-confirm.net>
{winner} {winner}! you've won a holiday, call <tel:0491 572 611> to book
{free} {bitcoin} just for signing up, DM for the invite
{password} {reset} required, enter your old password at <url:matrix-password-reset.info>
100% {legit} {earnings} of $3,500 weekly, DM for proof
{telegram} {support}: send the {code} to keep your account
{whatsapp} {gold} upgrade free at <url:wa-gold-upgrade.net>
{quick} {cash}, send $20 and receive $200, cashapp me
{mystery} {box} winner, pay £2 postage at <url:mystery-box-winners.co>
{recover} your {lost} {funds}, call <tel:+1 555 010 0171>
{gold} {investment} in ghana, 200% returns, whatsapp <tel:+233 20 555 0146>
{ticket} {sale}: sold-out concert tickets at half price, bank transfer only, pay today, call \
<tel:07700 900376>
{account} {verification} needed, scan the QR code in my bio with your wallet
{dating}: i love you, i need $900 for flights to see you, please send today
{prize} {draw}: you won a tesla, call <tel:+1 555 010 0189> to pay delivery
{free} {money} from the government, apply at <url:gov-cash-grant.us.apply-now.net>
{exclusive} {offer}: buy 1 BTC at half price, DM me
{your} {parcel} {returned}, pay redelivery at <url:auspost-redelivery-au.com>
{earn} $$$ with our {ai} {trading} bot, whatsapp <tel:0491 573 207>
{giveaway}: 10 ETH for the first to send 0.5 ETH
""")
