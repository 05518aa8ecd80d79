"""Hand-written plain scam texts: most without links, the rest with invented links.

Every number, handle and domain here is invented.
One text per line; a line ending in a backslash continues on the next line.
"""

SCAM_NOLINK = """
congratulations! you've been selected to win a £1000 tesco voucher. text WIN to 80088 to claim
you have won an iphone 17 pro in our monthly draw, reply YES with your address to claim
DM me to claim your free $500 steam gift card, only 10 left!!
whatsapp +44 7700 900481 to receive your lottery winnings of £250,000
your bank account has been suspended. call 0800 555 0199 immediately to restore access
HSBC ALERT: unusual login detected. reply with the code we just sent you to cancel it
send 0.1 BTC and get 0.2 BTC back instantly, elon's giveaway ends tonight
double your crypto in 24 hours guaranteed, message me for the wallet address
join my private investment group, members are making 30% a week, DM for invite
i made $8,400 this week trading forex with mrs. helen carter, message her on \
telegram @helencarter_fx
this is matrix support. we need your recovery key to verify your account, reply within 1 hour
hi this is the security team, please send the 6 digit code you just received so we \
can secure your account
to unlock your wallet send us your 12 word seed phrase, our agent will restore it
work from home! earn £300 a day liking youtube videos, no experience needed, text \
JOB to 07700 900762
hiring now: simple online tasks, earn $50 per task, pay a small deposit to unlock \
your first order
buy 5 amazon gift cards of $100 each and send me the codes, i'll pay you back tomorrow promise
hey it's your manager, i'm in a meeting, pick up 4 google play cards and send the pins asap
hello dear, i am a UN doctor serving in yemen, i need your help to move my savings \
to your country
i am barrister james okafor, your late relative left $4.7 million, reply with your \
full name and bank
FREE AIRDROP: first 1000 wallets to message me get 5000 tokens, just send your \
wallet + seed to verify
royal mail: your parcel is held due to unpaid shipping fee of £1.99. reply PAY to release it
your package could not be delivered. call 0330 555 0172 to rearrange and pay the \
redelivery charge
you have an unpaid toll of $4.15. reply with card details to avoid a $50 fine
HMRC: you are owed a tax refund of £826.40. reply with your bank details to receive it today
your netflix payment failed. to avoid suspension reply with your card number and expiry
dear customer your parcel is waiting at customs, pay R45 clearance fee via ewallet \
to 072 555 0134
Apple ID locked. call apple support on +1 (555) 014 2290 to unlock your device
i'm a crypto recovery expert, i can get back your stolen bitcoin for a small upfront fee
lost money to a scam? our agents recover 100% of funds, message us on whatsapp +1 555 0148
earn 2% daily on your USDT with our AI trading bot, minimum deposit 100 usdt, dm for details
hey beautiful, i'm an engineer on an oil rig, i need $300 for my internet fees so we \
can keep talking
babe my account is frozen, can you send me $800 by western union and i'll pay you back double
you've been picked as a brand ambassador! just pay the $29 starter kit fee to begin earning
guaranteed loan approval regardless of credit, pay £75 processing fee upfront, text \
LOAN to 60777
your microsoft license has expired and your PC is infected, call 0800 555 0117 now
FINAL NOTICE: your car warranty is about to expire, press 1 or call back on 0161 555 0133
claim your £650 energy rebate now, reply with your sort code and account number
you've won a free cruise for two! call 1 800 555 0190 within 24 hrs to claim your prize
i'm giving away my ps5 to the first person who sends me $20 for shipping
hello sir/madam, you have won 2.5 crore in KBC lucky draw. whatsapp 98765 55512 to claim
paytm KYC pending, your account will be blocked tonight. call our executive on 70005 55123
your SBI account will be blocked today. share OTP with our officer to update PAN
dear winner, your MTN number has won N5,000,000 in our promo. send N10,000 \
processing fee to claim
i fit double your money in 3 days, invest with me, na sure plug, DM me now
commonwealth bank: your card has been temporarily locked. reply with your netbank \
login to unlock
myGov: you have a pending refund of $1,290. reply with your TFN and bank details
canada revenue agency: you owe back taxes. pay with bitcoin within 2 hours or face arrest
this is officer daniels from the police, there is a warrant in your name, call 0800 \
555 0163 now
an post: we attempted delivery, a €2.99 customs charge is due. reply with card to reschedule
i'm selling my late husband's piano for free, you only pay the $450 moving company directly
your steam account will be banned for trading, send me your login so i can prove it \
was a mistake
hey i accidentally reported your discord account, message my friend, he's staff and can fix it
you qualify for a government grant of $9,000, pay a $200 release fee in gift cards \
to receive it
get rich quick! my mentor turned $250 into $12,000 in one week, ask me how
pls help, stuck at the airport abroad and my cards got blocked, send £300 and i'll repay monday
free bitcoin for the first 50 people who reply with their wallet private key
verify your whatsapp account by sending the 6-digit code i just texted you, it was \
sent by mistake
hi mum, i lost my phone, this is my new number, can you pay a bill for me today? it's urgent
hi dad it's me, phone broke, new number, need £420 for rent, can you send it now x
unclaimed inheritance of £2.3m under your surname. reply with your passport copy to begin
earn 500 usdt per day as a crypto task reviewer, deposit 100 usdt to activate your account
job offer: amazon is hiring remote reviewers, $80/hr, contact our HR on telegram @amz_hr_desk
exclusive signals group, 99% win rate, join our vip channel for just $99, guaranteed profits
binary options made me a millionaire in 6 months, message me and i'll teach you for free
i'm a verified trader, send me any amount and watch it grow 10x, my clients are all rich now
free robux!! just tell me your roblox username and password and i'll send 10k
get a free fortnite skin, just send your epic account login to claim
your instagram is being deleted for copyright. send your password to our support team to appeal
this is the matrix.org abuse desk, your account will be deleted unless you send your login now
final warning from your email provider: mailbox full, reply with your password to upgrade
you've been randomly chosen for a paid survey, £150 for 10 minutes, send your card \
to receive payment
looking for sugar baby, $2000 weekly allowance, first pay $50 to verify you are real
i'll pay your bills for you every month, just send me a $25 itunes card to prove you're serious
investment opportunity: gold mining shares returning 400%, limited slots, whatsapp me
limited presale for $MOONX token, guaranteed 100x, send eth to the address in my bio
crypto giveaway: send 1 eth, receive 2 eth back, verified by vitalik
mr. william from customer care: your refund of $399 was sent by mistake, please \
return it with gift cards
you've been overpaid by our company, please refund the difference by wire transfer today
your aadhaar is linked to illegal parcels, call cyber crime officer on 88000 55516 immediately
i am prince adewale of ondo state, i need a trusted foreigner to receive $12m, 30% is yours
kindly send your bank details so we can transfer your compensation fund of $1.5m
your electricity will be disconnected tonight due to unpaid bill, call 1800 555 0126 to pay now
eskom: your prepaid meter is blocked, pay R300 reactivation fee to this account today
DHL: your parcel is on hold, reply with your card details to pay the R29 delivery fee
usps: your package has an incomplete address. reply with your full address and card to update
e-ZPass final notice: unpaid tolls of $6.99, pay within 12 hrs or license suspended
your tfl account has an unpaid penalty charge, reply with card details to pay before it doubles
get paid to review hotels! earn $200 a day, first recharge your task account with $50
we saw your CV. data entry job, £25/hr, buy your own equipment from our supplier and \
we refund you
you've won the euromillions uk promo, contact our claims agent mr. david brown to collect
text CASH to 88600 to unlock your £5000 pre-approved cash loan today
reply STOP? no, reply CLAIM to receive your free samsung galaxy, just pay delivery
i work for binance, your account shows suspicious activity, send your 2FA code to secure it
coinbase support here, we need your seed phrase to recover your frozen funds
metamask team: your wallet needs to be synced, reply with your recovery phrase
ledger here, your device was in a data leak, send us your 24 words to migrate your coins
congratulations, you won the facebook lottery! send $100 delivery fee for your $50,000 prize
your email was picked in the google anniversary lottery, reply with your details to \
claim $950,000
hi, wrong number? anyway you seem nice, want to learn how i make $5k a week in crypto?
hey, are you still selling the sofa? i'll send a courier, just pay the insurance fee first
i'll buy your item for double, my agent will send a cheque, please refund the extra amount
free government phone and $500 stimulus, call 1 888 555 0112 to enrol today
student loan forgiveness approved! pay the $99 processing fee now to finalise
immigration visa lottery winner! pay $350 processing to secure your green card
work visa to canada guaranteed, pay 2 lakh agent fee first, whatsapp now
become a mystery shopper, we mail you a cheque, deposit it and send back the extra \
via gift card
tax office notice: you must pay R12,000 penalty today in vouchers to avoid arrest
dear user, your wallet address won our airdrop of 2,000 USDT, connect wallet to claim
i am an american soldier in syria with a box of gold, i need your help to ship it home
you've been selected for a secret shopper role, $400 per assignment, reply with your bank login
urgent!!! your PayPal has been limited, call 1 888 555 0187 to reactivate it
bank of ireland: a new payee was added. if this wasn't you call 01 555 0188 and give \
us your PIN
nedbank fraud team here, read me the OTP we sent so we can reverse the transaction
westpac: suspicious transfer of $2,450. reply with your login to cancel it
you are pre-approved for a $10,000 credit card, just pay a $49 activation fee by gift card
"""

SCAM_LINK = """
congrats!! claim your free £500 asda voucher here: asda-rewards-uk.top/claim
your parcel is on hold, pay the £1.45 fee at royalmail-redelivery.info/pay
netflix: your payment was declined, update your billing at netflix-billing-help.xyz
FREE NITRO for 3 months!! login with discord at discord-gifts.click/nitro
claim your airdrop before it ends: https://uniswap-airdrop-claim.site
verify your wallet now or lose your funds: https://metamask-verify-secure.net
steam: you won a free case, log in to claim at steamcommunnity-trade.com/gift
your apple id was locked, unlock it at https://appleid-unlock-support.info
HMRC refund of £612 ready: https://hmrc-taxrefund-gov.uk.online
double your bitcoin today only at https://elon-btc-giveaway.live
join our vip trading group: t.me/profit_kings_vip, 300% guaranteed returns
last chance to claim your toll refund: https://ezpass-tolls-pay.com/refund
dhl: confirm your delivery address at dhl-parcel-track.help/confirm to avoid return
earn $500 a day from home, sign up at quick-cash-jobs.biz
sbi kyc update pending, update now at sbi-kyc-online.in.net or account blocked
your amazon order #4471 is on hold, verify payment: amazn-secure-orders.com
free iphone giveaway!! enter your card for shipping at iphone-win-2026.shop
matrix account verification needed: https://matrix-org-verify.account-check.co
instagram copyright notice, appeal within 24h at https://ig-copyright-appeal.page
facebook security: your page will be removed, confirm at meta-business-support.site
coinbase: unusual activity, secure your account at coinbase-secure-login.app
paypal: you received $850, accept the payment at paypal-receive-funds.net
usps: package held, pay $1.99 at usps-redeliver-parcel.com
tfl penalty unpaid, pay now at tfl-penalty-notice.co.uk.pay-fine.info
your microsoft account will be closed, keep it at https://outlook-keep-account.com
win a year of free groceries, spin the wheel at woolworths-rewards-au.top
claim your R500 checkers voucher: checkers-sa-promo.xyz/win
MTN promo winner!! claim your N2,000,000 at mtn-mega-promo.ng.claim-now.link
post office canada: customs fee of $3.50 due, pay at canadapost-delivery-fee.com
your binance account is restricted, verify here: binance-kyc-verify.org
free V-bucks generator 2026, no survey!! vbucks-free-gen.io
get 10,000 robux free at robux-claim.xyz, just enter your login
crypto doubled in 1 hour, see proof at https://doubleyourcoins.money
pre-sale live! buy $GEMX before it 100x at gemx-presale.finance
ledger firmware urgent update: ledger-live-update.app/recover
you have (1) unclaimed prize, open https://prize-center-rewards.win/u8372
google play gift card generator, codes at free-gplay-codes.fun
you've been chosen for a $1000 walmart gift card: walmart-survey-rewards.shop
job: remote assistant, $45/hr, apply at careers-remote-hiring.work and pay the onboarding fee
your eskom account is overdue, pay at eskom-prepaid-reconnect.co.za.pay-now.site
aib: a payment of €749 is pending, cancel at aib-secure-cancel.com
westpac alert: confirm your identity at westpac-verify-id.com.au.secure-link.net
irs: your stimulus payment is ready, claim at irs-stimulus-gov.us.com
myGov alert, verify your details: mygov-au-refund.com
free 1 month spotify premium family, login to claim at spotify-gift-free.net
earn crypto by watching ads, sign up with your wallet at adwatch-earn.io
see who viewed your profile!! login here: profile-viewers-check.app
your whatsapp will expire today, renew free at whatsapp-renewal.online
delete this account? if not, confirm now: account-keep-confirm.com/matrix
claim free ETH from the merge at https://eth-merge-bonus.org
ur package is at the depot, pay R18 at courier-guy-redelivery.site
big win!! 🎉 collect your prize at https://lucky-spin-bonus.club
invest $200 get $2000 in 7 days at https://fastprofit-capital.ltd
bank of america: suspicious login, verify at bofa-secure-alert.com
i made 8k this month with this app, join with my link: quickrich-app.io/ref/kay
free tesla model 3 giveaway, enter at tesla-free-giveaway.org
your gmail storage is full, claim 100gb free: google-storage-bonus.net
nft mint live, free for the first 500: https://freemint-apes.club
discord staff: your account was flagged, appeal at discord-appeal-center.com
hey is this you in this video?? lol bit-vid.click/x9k2
omg look what they posted about you 😳 https://look-at-this-pic.site/you
kindly log in to reactivate your revolut card: revolut-card-reactivate.eu
visa lottery results are out, check yours at usa-greencard-results.info
your telegram account will be deleted, verify at telegram-verify-now.org
claim your free energy rebate £400: energy-rebate-gov.co.uk.claim.site
fifa world cup free tickets, 2 per person, grab them at fifa-tickets-free.store
urgent: your icloud is full and photos will be deleted, upgrade free at icloud-storage-free.app
"""
