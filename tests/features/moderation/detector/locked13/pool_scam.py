# ruff: noqa: E501
"""Hand-written pools: plain scams, and scam seeds for the disguise transform (offensive)."""

from .textblock import lines

SCAM_PLAIN = lines("""
Microsoft Support: your licence has expired and your PC is at risk. Call 0800 046 2291 now
ALERT your domain yourproject.dev expires in 24 hours, renew here to avoid losing it: domain-renewal-center.net
hiring remote python devs, $45/hr, no interview, just send your ID and bank details to my whatsapp +44 7700 184220
your Matrix account will be deactivated in 12 hours, verify now at matrix-verify-account.com
invoice #88213 overdue, pay the attached balance today to avoid legal action, reply for bank details
congratulations! you have been selected for our $1000 Steam gift card giveaway, dm me to claim
send 0.1 BTC and receive 0.2 BTC back instantly, elon's official doubling event, limited
your parcel is held at customs, pay the £2.99 release fee at royalmail-redelivery.info
hi dear, I am a widowed engineer on an oil rig and I need help with a customs fee to come see you
Windows Defender detected 5 viruses on this device, call tech support +1 888 402 7719 immediately
recruiter here 👋 amazon is hiring data entry from home, 300 USD per day, text me on telegram @hr_jenny_amzn
apple ID locked due to suspicious activity, unlock within 24h via support-appleid-unlock.com
your adobe licence key is invalid, renew at a 90% discount today only, dm for link
earn 5000 a week trading forex with my mentorship, message me "INFO" on whatsapp
GitHub security: unusual login on your account, confirm your 2FA codes at github-login-secure.io
we tried to deliver your package but nobody was home, reschedule and pay 1.50 fee: dpd-reschedule.top
free nitro for the first 100 members, link in my bio, expires tonight
I'm from the IT helpdesk, please share the code we just texted you so we can fix your mailbox
your office365 password expires today. keep the same password here: o365-keep-password.com
you've won an iphone 15 in our anniversary raffle, pay shipping only, reply YES
urgent: your bank account has been suspended, call +27 21 555 0193 to restore access
GCash: your wallet is restricted. verify your identity at gcash-verify-now.ph within 2 hours
Singpost: your parcel could not be delivered due to incomplete address, update at singpost-sg-track.com
DBS alert: unusual transaction of SGD 2,480. if not you, call our fraud hotline 6011 2093
part-time job, like youtube videos and earn 200 SGD per day, whatsapp +65 8123 4471
An Post: customs fee of €3.20 outstanding on your parcel, pay now or it will be returned
HMRC: you are owed a tax refund of £612.40, claim within 48 hours at hmrc-refund-portal.uk
Revenue Commissioners: you are eligible for a refund of €455, confirm your bank details today
SARS eFiling: refund of R3 240 pending, verify your banking details to release it
investment opportunity: put in 500 and get 5000 back in a week, guaranteed returns, dm me
i can recover your hacked instagram account in 30 mins, dm me, ethical hacker, 100% success
lost crypto to a scammer? our recovery agents can get it back, message @recover_funds_pro
your Norton subscription renewed for $399.99, if you did not authorise this call 1-844-620-3301
PayPal: a payment of $849 to CoinFlux was sent. not you? call our support line to cancel
your website SSL certificate expires tomorrow, pay renewal invoice at ssl-renew-center.com
Google Workspace: your domain verification failed, your email will stop working. fix here
hi I'm Grace from HR, you've been shortlisted for a remote assistant role, pay the 50 USD training fee to start
I'll double any ETH you send to this wallet in the next hour, celebrating 1M followers
claim your free airdrop tokens now before the snapshot, connect your wallet at claim-airdrop-bonus.xyz
your steam account will be banned for trading violations, appeal here with your login
hello dear, I saw your profile and I think we have connection, add me on whatsapp, I am lonely US army doctor
I'm a lawyer representing a late client with your surname, 12.5 million USD unclaimed, reply for details
final notice: your vehicle licence is overdue, pay fine now or face court
your Netflix payment failed, update your card to keep watching: netflix-billing-update.com
hey is this you in this video?? lol click quickly before it's deleted
cheap licences: windows 11 pro keys 5 euro, office lifetime 10, pay by gift card only
earn passive income from home with my trading bot, 30% profit per week, join the telegram
grant approved: you qualify for a 9000 dollar government relief grant, pay the processing fee
your Zoom account will be suspended due to inactivity, log in here to keep it
npm security: your token was leaked, rotate it by logging in at npmjs-security-check.com
Docker Hub: your organisation billing failed, re-enter card details within 24 hours
DM me if you want a verified badge, 20 USD, comes in 10 minutes
free robux generator, 100% working, just enter your username and password
mum it's me, I lost my phone, this is my new number, can you send money for rent urgently
hi, wrong number? anyway you seem nice, what do you do for work
we are a recruitment agency for Dubai hotels, 3500 USD salary, pay visa fee first
I work for a crypto exchange and can get you early access to a coin that will 100x
your account has been compromised! reply with your password so our team can secure it
your WhatsApp will expire unless you forward this message to 10 contacts
win a free trip to Boracay, just pay the 1500 peso reservation fee via gcash
helping families in need, send your bank login and we'll deposit the aid directly
get a loan today, bad credit ok, no checks, pay 5000 rand admin fee first
IT Services: your mailbox is full, click here to upgrade storage or lose incoming mail
your company's Microsoft 365 tenant is flagged for non-payment. finance please review invoice_2291.html
please settle the attached invoice from VendorCloud Ltd today, new bank details below, this is urgent from the CEO
the CEO is in a meeting and needs you to buy 5 apple gift cards for a client, send codes asap
Final reminder: your .ie domain registration lapses tonight. renew at iedr-renewals.com
Your copy of WinRAR is not activated, pay 4.99 to continue using it securely
Your antivirus has expired. your files will be encrypted. renew now
security team here: we detected malware on your laptop, install AnyDesk and give us the code
send your seed phrase to our support bot to resolve your stuck transaction
your Ledger device needs a firmware update, enter your 24 words here to sync
Metamask wallet will be locked, verify your wallet by importing your seed here
blockchain support available 24/7 on whatsapp, we fix any wallet issue, message us
I'm hiring moderators for 800 USD a week, dm me with your full name and ID photo
looking for package reshippers, work from home, receive and forward parcels, paid weekly
you have a pending payment of 2,000 USD on our platform, complete KYC to withdraw
Facebook Meta: your page violated community standards and will be deleted, appeal at meta-appeal-center.com
Discord staff: your account was reported, verify here or be terminated in 24 hrs
your LinkedIn premium trial gives you a 500 USD job bonus, claim it here
remote job, 200 per day, just 1 hour, no experience, click to apply and pay registration
congratulations you are our 1,000,000th visitor! spin the wheel to claim
your grandson is in jail and needs bail money, don't tell his parents
I'm stuck at the airport, lost my wallet, can you send me 200 via western union, will pay back
hi babe I can't video call because my camera is broken but I'll send you my address if you send the flight money
lottery result: your email address won 750,000 GBP in the international draw
FedEx: shipping address invalid, click to confirm and pay the small redelivery fee
Maybank: your account has been temporarily frozen, call 03 7844 2011 to verify
BDO advisory: reactivate your online banking within 12 hours via this secure link
your Shopee order was cancelled, get your refund by chatting with agent on telegram
Lazada lucky draw winner! pay 299 to receive your prize
Telkom: your fibre account is in arrears, pay now to prevent disconnection tonight
Eskom refund: overcharged households can claim R1 200, register with your ID number
Capitec: suspicious activity detected, confirm your card PIN with our consultant
AIB: a new device was added to your account, if this wasn't you call us immediately on this number
Bank of Ireland: your card has been blocked, verify at boi-secure-verify.com
ticket resale: taylor swift dublin, 2 floor tickets, 80 each, bank transfer only, no paypal sorry
selling my ps5 cheap because I'm moving abroad, pay deposit and my courier will deliver
rent a lovely 2-bed in Rathmines for 600 a month, I'm overseas so send deposit and I'll post the keys
your TV licence has expired, pay now to avoid a fine, click here
Amazon: your order of a MacBook Pro has been placed. if not you, call our cancellation desk
your PC has been locked by the FBI for illegal activity, pay the fine in bitcoin
confirm your university email to keep your student discount: uni-student-verify.net
IT here, we're migrating mailboxes tonight, reply with your username and password
we noticed you were charged twice, reply with card details for your refund
your Apple iCloud storage is full, photos will be deleted, upgrade here
Hi, I'm a headhunter, I have a role at Google for you, but first complete a paid assessment
get 50% returns monthly with our gold mining pool, minimum 100 USDT
our AI trading robot made me 40k last month, ask me how
buy followers, 10k for 5 dollars, real and active
need money fast? I pay 100 for every bank account you let me use
hey! your photo was shared on this site, report it here before it spreads
paid survey: 50 dollars per answer, enter your card for payment
instant loan approved, send processing fee to this gcash number 0917 552 1189
work from home encoding jobs, 25k pesos per week, pay membership first
DHL: your package is on hold, unpaid duties 1.99, pay here today
we are your IT support provider, your domain DNS is misconfigured, pay 150 to fix or lose email
your domain name will be listed for sale to others unless you renew through our registrar
SEO notice: your domain is about to be registered by a chinese company, contact us to stop it
final invoice: web hosting renewal overdue, site will be deleted tomorrow
software licence audit: your company is using unlicensed copies, pay settlement fee to avoid prosecution
JetBrains licence violation detected on your machine, pay the fine at the link below
your GitHub Copilot licence was charged 599, call to dispute
verify your Slack workspace ownership or it will be deleted in 48 hours
Teams: you have 3 unread voice messages, sign in to listen
OneDrive: Accounts Payable shared Q3_Payment_Advice.pdf with you, sign in to view
DocuSign: please review and sign the contract, login required with your email password
your company's bank details have changed, please update your records and send payments here going forward
I'm a recruiter from a top hedge fund, 250k remote, quick chat on telegram?
we need remote testers for a new app, earn 2k/month, deposit 100 for the device
Hi! I'm from the Matrix Foundation trust and safety team, verify your homeserver ownership by DMing your access token
your homeserver certificate expires tonight, upload your signing key to our renewal portal
the project's sponsor account has unclaimed funds of 3,200 USD, send your wallet address
PyPI: your package will be removed due to malware reports, log in here to appeal
recover your deleted whatsapp chats, pay 10 dollars and send your number
hot singles in your area want to chat, sign up free, card needed for age check
claim your 500 euro covid compensation today before the deadline
your electricity will be cut in 2 hours due to unpaid bill, call this number now
you have been selected for a secret shopper job, we send you a cheque, you forward part of it
send me 50 and I'll send back 500 in gift cards, trust me it's legit
the bank is giving everyone 5000 today only, dm for the form
congrats your number won the globe promo 50k, text your name and address to claim
your Grab account will be suspended, verify in-app link sent via sms
your Singpass has been locked, reactivate at singpass-gov-help.com
MOM notice: your work permit requires urgent payment of levy arrears, call this officer
ICA: your passport application is incomplete, pay 70 SGD processing fee online
CPF: you have unclaimed savings, log in with your singpass on this portal to withdraw
garda here, there's a warrant for your arrest unless you pay the fine today
Police Scotland: you have an outstanding fine, pay now or officers will attend your address
you have a missed call from the tax office, call back immediately on this number
Your Bitcoin account is due for maintenance, deposit 0.01 btc to keep it active
I can get you a UK visa in a week, no questions, half payment upfront
pay 30 quid and I'll write your dissertation and guarantee a first
cheap textbooks for all modules, 10 quid each, pay via friends and family
free iPad for every student, just complete the form with your bank info
teacher grants available: send 200 registration fee to receive 5000
Trust Wallet support: your wallet is compromised, move funds to this safe address
your Coinbase account has been frozen, call support at +1 877 442 1190
VPN licence expiring, renew now at 95% off or lose protection, one click
Spotify: your premium is paused, verify payment here to resume
your Amazon Prime renewed at 119.99, press 1 to speak to an agent
urgent request from the finance director: wire 18,400 to the new supplier account before 3pm
this is your final notice regarding your car's extended warranty
your vaccination certificate expired, download the new one by entering your PPS number
DM me "RICH" to join my 7-day crypto masterclass, students making 3k a day
we pay 5 dollars per review, start now on whatsapp
sugar daddy looking for a sugar baby, 2k weekly allowance, pay 50 to verify you're real
Hello, this is Daniel from the Microsoft Windows Technical Department. We have received error reports showing your computer is infected and sending data to hackers. Call our certified technicians on +44 20 3868 1142 before your licence is revoked
Dear customer, your domain registration for yourbrand.com will expire in 3 days. Failure to renew will result in loss of your website, email and search rankings. Renew now through our secure portal: domain-services-renewal.org
Hi! I'm a talent acquisition partner working with several fintech clients. Your profile matches a remote role paying 9k/month. To proceed please install our onboarding app and buy the starter equipment kit, refunded with your first paycheque
Attached is invoice INV-20931 for the annual software licence renewal of your team's seats. Payment of 1,249.00 EUR is overdue. Please remit to the updated bank account in the PDF today to avoid service suspension
We noticed a sign-in attempt to your account from a new device in Lagos. If this wasn't you, reply with the 6-digit code we just sent so we can block it
account recovery team: we can restore your disabled instagram in 24h, no fee until it's back, just send your login and the email code
your antivirus licence auto-renewed for 289.99. to request a refund, download our refund app and log in to your online banking so our agent can process it
grab the leaked Adobe CC 2026 full licence, lifetime activation, only 15 dollars via USDT, dm me
job offer: social media evaluator, 1500 SGD weekly, just complete simple tasks on our app, small top-up needed to unlock commission
Kumusta! Naghahanap kami ng online sellers, 5k per day, send registration fee 500 via gcash to start
your university mailbox will be deactivated today as part of the IT migration. validate your credentials at staff-mail-validate.com
SARS: you have an outstanding penalty of R4 870. pay within 24 hours via the link or a warrant will be issued
IT department: your VPN certificate expires today. install the attached update and enter your network password when prompted
""")

SCAM_SEEDS = lines("""
Microsoft support: your licence has expired, call 0800 915 4431 to reactivate now
your domain expires tonight, renew at [domain-renew-now.com] or lose your website
remote job 300 USD per day, message recruiter on whatsapp +44 7700 901223
your account will be suspended, verify at [account-verify-secure.com]
overdue invoice attached, pay today to avoid legal action
send 1 BTC and get 2 BTC back, official giveaway
your parcel is waiting, pay the customs fee at [parcel-fee-pay.info]
free steam gift card, dm me to claim
windows detected a virus, call tech support now
unlock your apple id at [appleid-unlock-help.com]
earn 5000 per week from home, dm me
click here to claim your prize
your paypal is limited, log in at [paypal-resolve-center.com]
bitcoin doubling event, send to my wallet now
free nitro giveaway at [discord-nitro-gift.com]
work from home, no experience, 2000 per week, whatsapp me
your bank account is frozen, call the fraud team now
your office365 password expires today, keep it at [o365-password-keep.com]
cheap windows licence keys, pay with gift cards
your adobe licence is invalid, renew now at 90 percent off
recover your hacked account, message me on telegram
investment with guaranteed returns, 10x in a week
your github account is at risk, verify at [github-verify-login.io]
urgent: confirm your seed phrase to unlock your wallet
hiring now, pay the training fee to start today
your gcash is restricted, verify at [gcash-verify.ph]
singpost parcel undelivered, update address at [singpost-track-sg.com]
dbs fraud alert, call our hotline to stop the transaction
tax refund waiting, claim at [revenue-refund-claim.com]
it helpdesk here, send me the code you just received
your ssl certificate expires tomorrow, pay renewal invoice now
airdrop live, connect your wallet at [claim-airdrop.xyz]
your steam account will be banned, appeal at [steam-appeal-help.com]
lonely army doctor looking for love, add me on whatsapp
you won 750000 pounds in the lottery, reply with bank details
your netflix payment failed, update at [netflix-billing-help.com]
free robux, enter your username and password
mum I lost my phone, send money to this new number
pay the visa fee for your dubai hotel job
forward this message to 10 contacts or whatsapp expires
ceo needs gift cards for a client, send the codes asap
your .ie domain lapses tonight, renew at [ie-domain-renewals.com]
install anydesk so our security team can remove the malware
ledger firmware update, enter your 24 words here
we pay 100 for every bank account you lend us
complete kyc to withdraw your 2000 usd
meta appeal: your page will be deleted, appeal at [meta-appeals-help.com]
discord staff: verify or be terminated in 24 hours
grandson in jail needs bail money, don't tell anyone
fbi locked your pc, pay the fine in bitcoin
verify your student email at [uni-verify-student.net]
buy 10k followers for 5 dollars
secret shopper job, we send a cheque, you forward the rest
capitec: confirm your card pin with our consultant
bank of ireland card blocked, verify at [boi-verify-secure.com]
your tv licence expired, pay the fine at [tvlicence-pay.co]
garda warrant issued, pay the fine today to cancel it
sugar daddy wants a sugar baby, pay 50 to verify
hot singles near you, enter card for age check
your crypto is stuck, send your private key to support
software licence audit failed, pay the settlement fee
teams voicemail waiting, sign in at [teams-voicemail-login.com]
accounts payable shared an invoice, sign in at [onedrive-docs-view.com]
pypi package flagged, appeal at [pypi-security-appeal.com]
npm token leaked, rotate at [npm-token-secure.com]
matrix trust and safety: send your access token to verify
loan approved, pay the admin fee first
paid survey, 50 dollars per answer, enter your card
mom work permit levy overdue, call the officer now
singpass locked, reactivate at [singpass-help-gov.com]
claim your covid compensation before the deadline
electricity cut in 2 hours, call now to pay
amazon order placed for macbook, call to cancel
your icloud is full, photos deleted unless you upgrade
headhunter role at google, pay for the assessment first
gold mining pool pays 50 percent monthly
hi dear, send the flight money and I will come to you
wire 18400 to the new supplier account before 3pm
aib new device added, call this number now
your vpn licence expires, renew at 95 percent off
""")
