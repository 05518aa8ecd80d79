# ruff: noqa: E501
"""Hand-written scams and phishing in plain text (offensive/scam_plain).

Most have no link on purpose. Numbers, handles and domains are invented. One per line.
"""

SCAM_PLAIN = """\
Congratulations! You have been selected to receive a £500 Tesco voucher. Text WIN to 84422
🎉 you're our 1,000,000th visitor!! claim your iphone 15 before midnight, DM me your address
GIVEAWAY: first 50 people to send 0.01 BTC get 0.1 BTC back. Elon approved 🚀
I'm giving away my PS5 because i'm moving abroad, just pay the £20 delivery and it's yours
whatsapp me on +44 7458 219903 for the prize money you won in the lottery draw
You have won $850,000 in the Coca-Cola promo. Contact claims agent Mr. David Brown on +1 (347) 555-0192
dear winner, your email was picked in the UN compensation fund. reply with full name and bank details
Text YES to 60060 now to claim your free Amazon gift card, offer ends today
call 0800 048 7712 immediately, your bank account has been flagged for suspicious activity
ROYAL MAIL: your parcel could not be delivered due to an unpaid fee of £1.45. reply PAY to rebook
your Netflix account is suspended. send your card number to support here to reactivate
URGENT: HMRC has issued a warrant in your name. call 020 3966 1184 to avoid arrest today
Your Barclays payment of £829.99 to Apple was declined. If this wasn't you call 0330 808 4421
Hi mum it's me, dropped my phone down the loo 🙈 this is my new number, can you whatsapp me? need a favour
hey dad, new number, can u transfer £640 for my rent, bank app not working, will pay back friday
Crypto trading with guaranteed 300% returns in 7 days. message me to start with just $200
I turned $500 into $24,000 in 2 weeks with my account manager Mrs. Helen, message her she's legit
send any amount of ETH to my wallet and i'll send double back, only for the next hour
DM "INVEST" and i'll show you how i make £3k a week from my phone with zero experience
binary options mentor here, 100% profit guaranteed, no losses, dm for slots
Join our VIP signals group, 95% win rate, pay once and earn forever. telegram @vipsignals_official
Lost your crypto to a scammer? I recovered 4.2 BTC for my client last week. DM for recovery help
hacked instagram? my guy @recovery_hacker_ali got mine back in 2 hours, hit him up
Element support here. your account will be deactivated in 24h unless you verify your security key
Matrix homeserver notice: suspicious login detected, reply with your recovery passphrase to keep access
Hi, this is the Element Trust & Safety team. Please confirm your password so we can verify your device
we're hiring remote! earn $300/day liking youtube videos, no experience, message me on whatsapp
Work from home data entry, £45/hr, just pay a £60 registration fee to get your starter kit
Amazon is hiring product reviewers, paid daily via crypto. add me on telegram to start
looking for a sugar baby, i pay $2000 weekly allowance, no meeting required, just send your cashapp
sugar daddy here 💰 i will bless you $1500 today, text me your bank name and number
Hello dear, i am a US army doctor on peacekeeping in Syria, i need someone trustworthy to receive my gold
my love, the customs are holding my package with your gift, can you send $400 for the release fee
you have an unclaimed pension of £14,300. call our free helpline to release it before it expires
HMRC TAX REFUND: you are due £412.80. reply with your card details to receive payment
Department of Work and Pensions: you are eligible for a cost of living payment. Text your NI number to 07723 419 228
we've been trying to reach you about your car's extended warranty, press 1 to speak to an advisor
Microsoft support: your computer has a virus. call 1-844-555-0147 now, do not turn off your PC
PayPal: unusual activity detected. we've limited your account. reply with your login to restore it
your Apple ID has been locked for security reasons. text your password to 07300 112 984 to unlock
I'm a prince and need help moving $9.5 million out of the country, you'll get 30%. email me
Hello friend, I have a business proposal for you worth 4.5 million USD. kindly reply for details
free followers! get 10k real instagram followers instantly, just give me your login
selling rolexes for £150, 100% genuine, cash or bank transfer only, no returns
Your DHL shipment is on hold. customs duty of £2.99 outstanding. reply with card info
EE: your bill payment failed. to avoid disconnection update your details by calling 0330 024 9981
Your Santander account will be closed today. call the security team on 0800 915 3380 quickly
congrats u won the steam giveaway 🎮 send me ur steam login so i can transfer the skins
free nitro for everyone in this server, just scan the QR code i'll dm you
hey is this you in this video?? 😳 omg everyone is sharing it, dm me and i'll send it
i can get you a guaranteed UK visa and job in 2 weeks, fee is £900, whatsapp only
your grandson has been arrested and needs bail money, call me back at 555-0134 and don't tell his parents
Bitcoin doubler legit 100% — send 0.05 get 0.1 back in 30 min, ask anyone
message me for loans with no credit check, instant approval, small upfront fee
earn £500 a day as a mystery shopper, we send you a cheque, you send back the difference
Hi, you've been selected for a paid survey (£75), just verify your bank account to receive funds
I'm from the council, your council tax rebate of £325 is ready, give me your card number to process it
police notice: your ID was used in a money laundering case. call agent Collins on 07584 331 091 now
your TV licence has expired. to avoid prosecution pay immediately by calling 0300 790 6121
Hi this is Ruth from recruitment, you have been shortlisted for a £2k/wk remote role, reply to begin
we need cash app money flippers, send $100 get $1000 back in 1 hour, no scam 🙏
looking for people who want to make money with their bank account, £500 per deposit, no questions
Gold investment opportunity, 40% monthly profit guaranteed by our expert traders. message me now
dm me if you want to learn how to get free money from the government, it's legal trust
YOUR ACCOUNT HAS BEEN COMPROMISED! Verify within 12 hours or it will be permanently deleted
Matrix security alert: an unknown device signed in. send your 4S key to @security:matrix-help.org
Dear user, your Element storage is full. Reply with your login to upgrade for free
hello, i am from Coinbase support, we noticed a withdrawal of 2.1 ETH. give me your seed phrase to cancel it
never lose a crypto trade again, my AI bot made 470% last month, $250 to join
I will pay your bills today, send your paypal email and name, i'm a philanthropist blessing people
$750 to the first 20 people who comment "blessed" and dm me their cashapp 🙏💸
Need a loan? We offer 2% interest loans to everyone, even with bad credit. call Mr. James on +234 803 555 2210
hi sweetie, i'm a lonely widower in the oil business, could you help me with itunes cards until my funds clear
i'm stuck at the airport and they won't let me board, please send $300 by western union
get your driving licence without a test, fully registered with DVLA, 100% legit, whatsapp
your package from Evri is waiting. a redelivery fee applies, reply with your card to confirm
your O2 account has earned a loyalty reward, reply CLAIM and your details to receive it
British Gas: you're owed an energy rebate of £237. call 0800 808 3312 with your bank details
we tried to deliver your parcel but nobody was home. text your address and card number to 60117
your mobile number won the Vodafone annual draw, £50,000 awaits. call +44 20 7946 0213
crypto recovery specialists: we retrieve stolen funds from any platform, pay only after recovery
hi, i'm from Matrix.org moderation. to avoid a ban, verify ownership by sending your access token
🔥 forex account management 🔥 we trade for you, you sit back and earn 25% weekly
paid £9/hr to test apps at home, just send a copy of your passport to register
I am the executor of a deceased client with your surname, his $12m estate is unclaimed, reply urgently
sister please, it's auntie, my phone is broken. send me £200 on this number, i'll explain later
last chance to claim your free energy grant of £1,200, call our team today
your account at Lloyds is locked after 3 failed logins, reply with your memorable info to unlock
hiring packers for £800/week, start tomorrow, pay £40 for your uniform and DBS first
the IRS has a lawsuit against you. call 1-888-555-0163 right now or face immediate arrest
free iPhone 16 Pro for testing, we just need your card details for £1 shipping
your Spotify Premium payment failed. reply with new card number to keep listening
Dear beneficiary, your ATM card worth $2.5m has been approved for delivery. contact the courier today
Kindly send your full name, address and phone number to receive your consignment box of $800,000
i can flip your £200 into £2000 in 24hrs, dm me for proof, loads of vouches
earn passive income with our crypto staking pool, 5% daily, withdraw anytime. message admin
Be your own boss! join my team, just buy a starter pack for £199 and recruit 3 friends
Lonely? I'm Anna, 24, looking for a serious man. i need money for the ticket to come to you ❤️
my darling, i'm coming next week but the bank froze my account, please help with $800 and i'll repay double
Your WhatsApp will expire today, forward this message to 10 contacts or pay to keep it active
someone tried to log into your Element account from Lagos. if it wasn't you, reply with your passphrase
Your Matrix account is flagged for spam. Reply with your email and password to appeal within 24h
hi i'm the admin of this room, please verify your account by sending me your recovery key
security team here, your cross-signing keys are corrupted. DM me your security phrase to restore history
your bank card has been cloned. to secure your funds move them to the safe account we give you, call now
this is the fraud department. do NOT hang up. we need your one-time passcode to stop the payment
you're pre-approved for a £5,000 grant that never needs to be paid back, just cover the £95 admin fee
pension release at 50! unlock 25% of your pension tax-free, call our advisers on 0800 612 8474
selling sold-out arena tix at half face value, bank transfer only, no paypal, need the money today
selling my car cheap as i'm deployed overseas, pay the shipping company and they'll deliver it
win a free holiday to dubai 🌴 just answer 3 questions and pay the £9.99 booking fee
IG famous? no? pay me £30 and i'll get you verified with the blue tick, guaranteed
your USPS package is held at our warehouse due to incomplete address. call 1-877-555-0129 to update
Facebook Security: your page will be disabled for copyright. verify at once by replying with your login
i'm giving $100 to everyone who shares this post and sends me a screenshot, god bless
your crypto wallet is desynced. contact our support agent to validate your seed phrase
hello i saw your profile and i think you'd be perfect for our modelling agency, £300 portfolio fee
join our investment group on whatsapp, members earning 10x, admin gives daily signals
Attention: a large transfer is pending to your account. confirm by replying with your date of birth and card PIN
your AT&T bill is overdue, service will be cut today. pay now with a gift card by calling us
Amazon: an order for a MacBook Pro was placed on your account. call 0161 850 3317 if you didn't
Mr. Thompson here, you can receive a compensation of £3,400 for your accident. reply with your details
get rich with me! i've made 6 figures from home and i'll teach you for free, just pay for the course
New Element app update required! To keep receiving messages, re-enter your password here in chat
Your NHS covid pass needs updating, reply with your card details to pay the £2 admin fee
your Halifax card is suspended. text your card number and CVV to 07903 448 216 to reactivate
cash prize 💵 you've been chosen by our sponsors. message the claims team on telegram to receive it
your phone number won £750,000 from Microsoft lottery! send your details to claim
i'm a trader with 15 years experience, i'll manage your funds, profit split 50/50, min deposit $1000
GET PAID TO CHAT with lonely people online, £20 per hour, pay £15 to register
Dear customer, your NatWest online banking has been restricted. reply with your customer number and PIN
We found 3 viruses on your phone! Install our cleaner app immediately by messaging us
Your Amazon Prime has been charged £79. to cancel and get a refund speak with our agent on 0203 011 6655
Anyone need a loan? No BVN, no collateral. chat me up on WhatsApp 0813 555 4471
claim airdrop now, 500 free tokens per wallet, connect your wallet at the link in my bio
URGENT: your social security number has been suspended. call 1-866-555-0112 to reactivate it
Congratulations you have been chosen for a free Samsung S24, just pay postage: bit.ly/s24-winner-uk
Your parcel is on hold. Pay the £1.99 redelivery fee at royalmail-redeliver-uk.com
claim your £500 Amazon voucher here 👉 amaz0n-rewards.shop/claim
FREE 1 BTC giveaway from Binance, only today: binance-gift-event.com
verify your Element account or lose access: https://element-verify-account.net/login
Matrix.org security: confirm your session at matrix-org-security.com/verify before it expires
your bank account is locked, unlock it at http://secure-hsbc-update.co/login
HMRC: you have a tax refund of £268.91, claim at https://gov-uk-refund.info/claim
Netflix: update your payment details at netflix-billing-help.com or your account will be closed
the DVLA is owed £10.70 for your vehicle tax, pay now at dvla-vehicle-tax.co.uk-pay.net
your Apple iCloud storage is full! get 50GB free at apple-icloud-bonus.com
double your ETH in minutes 🔥 send to 0x4f3a9e2d71b8c6 and get 2x back, proof at eth2x.live
earn $1000/day from home, sign up at easy-cash-jobs.biz and start tomorrow
i made £7k this month with this app, no joke, sign up with my link: tinyurl.com/richfast22
Steam: you have received a gift from a friend! accept it here steamcommunnity.com/gift/8831
free discord nitro for 3 months 👉 dlscord-gift.com/nitro
your PayPal has been limited. restore access at paypal-resolution-centre.com
claim your unclaimed pension today at pension-finder-uk.org before the deadline
Royal Mail: your package is waiting, confirm delivery details: rm-parcel-track.info
sugar daddy looking for sweet girls, weekly allowance, register at sugardaddy-bless.com
recover your stolen crypto with our certified team: cryptorecover-pro.net
WhatsApp Gold is here! upgrade now at whatsapp-gold.download for exclusive features
guaranteed returns with our AI trading bot, join at quantum-ai-profits.com
your Coinbase wallet needs verification. complete it here: coinbase-wallet-verify.app
join my telegram for free crypto signals, link: t.me/pumpsignals_vip
Amazon is giving away 500 gift cards for their anniversary, get yours at amazon-anniversary.top
shortlisted for a remote job, £400/day, apply on whatsapp: wa.me/447700900461
your Microsoft 365 password expires today. keep your current password: office365-keep-pass.com
Facebook detected unusual activity. secure your account: fb-security-check.net/login
Your DPD parcel delivery failed, reschedule now at dpd-reschedule-parcel.com
a new device logged into your Element account. if this wasn't you, secure it at element-safety.io
ready for the crypto bull run? my pool pays 3% daily, deposit at stakemaxx.finance
you've won a free cruise! claim at free-cruise-winner.com within 24 hours
hot singles in your area want to meet you tonight 😘 datingnow-free.club
cost of living support: apply for your £650 payment at costofliving-gov.uk.com
your Instagram account will be deleted for copyright violation, appeal at ig-appeal-center.com
Tax rebate for 2025 ready: get £389 at refund-hmrc-portal.com/start
verify you're human to keep your matrix account: https://matrlx.org/verify-device
your EE bill is £0 this month because you won our loyalty draw, claim at ee-rewards-uk.com
urgent: your Wells Fargo account is on hold. visit wellsfargo-secure-alert.com now
free £100 Lidl voucher for everyone who completes the survey at lidl-survey-gift.com
your Vinted sale is on hold until you confirm your bank details with our agent on whatsapp
hey! homeserver admin here, we're migrating servers. send me your username, password and security key so i can move your account
invest in our gold mine, 20% monthly, details at golden-ridge-invest.co
"""
