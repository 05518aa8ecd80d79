"""locked9 offensive pool: plain-text scams and phishing (hand-written).

Most texts carry no link at all; numbers use reserved/fictional ranges.
"""

from __future__ import annotations

from .poolutil import lines

SCAM_PLAIN = lines("""
Congratulations! Your number was selected in our monthly draw. Text WIN to 07700 900431 to claim
you've won a £500 tesco voucher 🎉 reply YES with your full name and postcode to receive it
Royal Mail: your parcel is held due to unpaid postage of £1.45. Pay at royalmail-redelivery.info
HSBC ALERT: a new payee was added to your account. If this was NOT you call 0207 946 0832 now
hi mum, i dropped my phone down the loo, this is my new number. can u text me back on whatsapp x
Hi dad its me, new phone. need a favour, can you send £340 to my mate, i'll pay you back tmrw
DM me "BTC" and i'll show you how i turned 0.1 btc into 3 btc in a week, no risk 🚀
send 1 ETH to the address in my bio and get 2 ETH back instantly, official giveaway, 2 hours only
Element Security: your session will be deactivated in 24h. Reply with your recovery key to keep it
Matrix support here 👋 we detected unusual logins on your account. Please send the 6-digit code
work from home, earn ₹25,000 per day just liking youtube videos. whatsapp +91 98201 44xx7 for job
HIRING: part-time remote job, $450/day, no experience, telegram @jobdesk_hr to start today
hello dear, i am a widow with $4.5 million inheritance and need a trusted person to help me
looking for a sugar baby 💸 $2000 weekly allowance, just send me your cashapp tag to start
your HMRC tax refund of £682.40 is ready. reply with your bank details to have it paid today
ATO: you are entitled to a refund of $1,211.05. Confirm your TFN and BSB by replying to this msg
Your pension is at risk. Call our free pension review line 0800 808 9090 before Friday
Amazon: your account is locked due to suspicious activity. verify at amazon-security-help.com
Dear customer your SBI yono account will be blocked today. update PAN immediately, call 9438xx1120
Netflix: payment declined. update your card within 24 hours to avoid suspension netflx-billing.co
FREE iPhone 16 giveaway!! first 100 people to DM me their address and £2.99 shipping win 📱
Apple ID: your account has been disabled for security reasons. Contact support on 0330 808 4411
🚨 your bank account has been compromised, move your savings to a safe account, i'll guide you
i'm an account manager at a crypto fund, 30% guaranteed monthly returns. interested? dm me
Lost crypto to a scam? Our recovery agents can get it back in 48h. message RecoveryPro on telegram
want to make £1,000 a day from your phone? i did it and so can you, DM me 'INFO'
You have (1) pending delivery. We couldn't deliver your package. Reschedule: dpd-reschedule.top
Hey! Someone is posting your photos on this page 😳 is it really you? check it here bit.ly/3xPh0t
EE: you've earned 9,860 loyalty points that expire today. Redeem for a gift: ee-rewards.site
Hello sir/madam, we are from microsoft, your computer has virus. please call +1 888 555 0147
urgent!! your whatsapp will be banned. send the 6 digit code you just received to verify 🙏
hey, i accidentally sent you a verification code, could you forward it to me please? thanks!
Your Medicare card is expiring. Call 1-800-555-0199 to get a new one free of charge
CONGRATS 🎁 you are our lucky winner of a Dyson airwrap, pay only shipping to claim
Earn daily rewards by rating hotels online 🏨 up to £300/day, msg Sarah on WhatsApp 07700 900118
Hi, I'm a recruiter from Indeed. Your CV fits a remote role paying $80/hr. Add me on telegram
Binance notice: your withdrawal is frozen. Pay a 0.05 BTC unlock fee to release your funds
i am a US army doctor in syria, i need your help to ship my gold box home, you keep 30%
Baby i love you so much 😘 but my card is blocked in Ghana, can you send itunes cards for my visa
Elon is doubling every bitcoin sent this weekend only!! don't miss this
Investment opportunity: forex signals, 95% win rate, join our VIP group for only $99
Your Facebook page will be removed for copyright violation. Appeal within 24h: meta-appeals.live
Flight cancelled ✈️ You're owed £520 compensation. Reply CLAIM and your card number
Your energy bill rebate of £400 is waiting. Apply through the govt portal: ofgem-rebate.online
This is the DVLA. Your vehicle tax payment failed. Update payment now or you will be fined
OFFICIAL: Matrix.org is migrating accounts. Log in at matrix-org-migrate.site to keep your rooms
Hi is this still available? my cousin will pick up, i'll pay by paypal plus £50 for courier
I can send you an invoice via paypal for the item, just click the link in the email to receive
CommBank: A payment of $1,850.00 is pending. If you did not authorise, call 02 5550 1942 now
Your Optus account has been suspended. Reactivate here: optus-reactivate.net
Dear user, your Jio number will be deactivated in 2 hours. KYC pending, call 7044xx9031 now
EPFO: your PF amount ₹48,250 is approved for release. share aadhaar OTP to credit it
Paytm KYC expired. your wallet will be frozen. contact executive on 9873xx2210 immediately
electricity will be disconnected tonight at 9.30pm because previous month bill not updated
Congrats! You have been selected for KBC lottery ₹25 lakh. Contact Rana Pratap on whatsapp
Sir your son has been arrested in a drug case. Pay ₹50,000 immediately to avoid FIR
your package from customs is on hold, pay ₹1,200 clearance fee via UPI to 9911xx3344@ybl
FedEx: a parcel in your name contains illegal items. Press 1 to speak to the cyber police
I have hacked your device and recorded you. Pay $950 in bitcoin or i send the video to all contacts
Greetings from the UN compensation fund, you are due $1.2 million, send your passport copy
Hello, i'm Captain James from the peacekeeping mission, lonely and looking for a honest woman
make money while you sleep 😴💰 my mentor showed me how, ask me how
Only 3 spots left in my crypto trading masterclass, 10x your money guaranteed, dm 'READY'
free robux generator no survey!! works 100% just enter your username and password
GIVEAWAY: free nitro for everyone in this server, claim before it runs out 🎁
steam gift card giveaway, reply with your steam login so we can add it to your account
hey bro, can you vote for me in this contest? just log in with your discord and click vote
Your Discord account will be disabled for violating ToS. Verify your identity with our bot
hey i reported your account by mistake 😬 pls message the admin @safety_team to sort it out
Element: verify this device by pasting your Security Key into this chat within 10 minutes
Matrix homeserver notice: your storage is full. Send your password to the admin to upgrade
we are upgrading all matrix accounts to end-to-end 2.0, DM your recovery phrase to @upgrade-bot
Wells Fargo: we've temporarily locked your card. Call 1 (650) 555-0162 to unlock
PayPal: You sent $799.99 to Crypto Exchange Ltd. Not you? Call our fraud line 888-555-0123
Your Norton subscription renewed for $349.99. To cancel and get a refund call +1 202 555 0178
IRS FINAL NOTICE: you owe back taxes. pay immediately with gift cards or face arrest
Social Security Administration: your SSN has been suspended. Press 1 to speak to an officer
you qualify for $9,500 student loan forgiveness, act now, limited spots, reply YES
make $5k/month reshipping packages from home, no experience needed, dm for details
Mystery shopper wanted! we send you a cheque, you buy gift cards and keep £200
Dear winner, your email was drawn in the Euro Millions promo. Contact claims agent Mr. Davis
Got an old phone? we'll pay £1,000 for it, just send it first and we pay after inspection
cheap ps5 for sale £150, pay by bank transfer only, can't do collection sorry, moving abroad
rent a 2 bed flat in zone 1 for £600pcm 😍 pay deposit first, i'm abroad so can't show it
Free puppy 🐶 just cover the £300 transport fee and she'll be delivered tomorrow
i want to rent your spare room for my daughter, i'll send a cheque for more, just refund the rest
NatWest: Did you attempt a payment of £1,450 to Apple Pay? Reply Y or N
Barclays: we've noticed unusual activity. Please confirm your identity by replying your card PIN
Your Coinbase wallet has been compromised. Move funds to the safe wallet we provide immediately
double your USDT in 24 hours, proof in my stories, serious investors only
Retired? Unlock up to 25% of your pension tax free today. Call our advisers before the deadline
Crypto mining app pays daily, deposit $100 get $30 a day forever, ask me for invite code
join my investment club, we pool money into AI trading bot, returns 2% daily 📈
Hey handsome 😘 i saw your profile, i'm new in town and lonely. text me on 07700 900662
my uncle works at the bank and can get you a loan with no credit check, just pay the £99 fee
Council tax rebate: you are owed £150. Confirm your bank details with us to receive it
NHS: you are eligible for a free covid test kit, just pay £0.99 delivery
Your TV licence payment failed. Update your direct debit now or face a £1,000 fine
Tesco Bank: your card has been frozen. Text back your 16 digit card number to unfreeze
Your Amazon Prime renewal of £79 will process today. Press 1 to cancel and speak to an agent
Aus Post: parcel cannot be delivered due to incomplete address. Update within 12 hours
Medibank: you're eligible for a premium refund. Send your bank details via reply SMS
Telstra: you've been chosen for a free router upgrade. Just confirm your account password
Toll road notice: you have an unpaid toll of $12.44. Pay today to avoid a $98 late fee
Your MyGov account has a pending message from Centrelink. Login to avoid payment suspension
hello beta, i am calling from your bank, please share the OTP that came just now for verification
Congratulations, your mobile number won iPhone 15 in flipkart lucky draw! pay GST ₹499 to claim
part time job offer from amazon: ₹3000 daily, just complete simple tasks. msg HR on whatsapp
Dear Customer, your electricity connection will be cut off. Please immediately contact our officer
Earn ₹500 per review on google maps! Join our telegram group and start earning today
This is Detective Sharma from Mumbai Police. A parcel with drugs was booked on your aadhaar
I am a wealthy businessman from Dubai, looking for a partner to invest in India, 50% profit share
EARN $$$ from home — crypto arbitrage, guaranteed returns, message me 'START'
We've been trying to reach you about your car's extended warranty
Your Microsoft 365 password expires today. Keep the same password: office-keepaccess.online
Hey! I sent you £50 by mistake on PayPal, please can you send it back? check your email
Final reminder: claim your unclaimed PPI refund before the deadline. Reply CLAIM
You've been chosen for an exclusive Shein £250 gift card. Just answer 3 questions
Sis i'm stuck at the airport and lost my wallet, can you send me $200 on zelle? will explain later
Grandma it's me, i'm in trouble, please don't tell mum, i need money for bail
I'm a financial advisor who made millions trading. I'll trade on your behalf, send me $500
🔥 1000% gains on this new coin, presale ends tonight, DM me to get in before the moon 🚀
I'm giving away $10,000 to my followers! comment your cashapp and i'll pick winners
Hello, your Instagram account has been flagged for copyright. Verify within 24h or it's deleted
congratz bro you won the weekly giveaway 🏆 pm me your email and password so i can send it
Quick survey from Walmart: answer 5 questions and get a $100 gift card
your google account is hacked, call google support at 1-855-555-0104 right now
Attention: your social media accounts will be linked to a crime unless you pay the fine
My name is Mrs Grace, i have a charity donation of $850,000 for you. reply for details
I'm a nurse in the UN, my contract ends soon, i just want someone to share my life and savings with
hello good morning 🌹 wrong number? never mind, you seem nice, where are you from?
Loan approved! ₹5,00,000 instantly without documents. Just pay ₹2,000 processing fee
Your SIM will be blocked within 24h because of incomplete KYC. Call customer care 8370xx1948
sugar daddy here 💰 looking to spoil someone, i'll pay your bills, just send a $50 gift card first
I need an assistant, $600/week, you'll handle payments for me from home, dm if interested
we are recruiting brand ambassadors! buy our starter kit for £79 and earn thousands
Your package was returned to our warehouse. Call 07700 900995 to arrange redelivery
ALERT: we detected a login to your Element account from Lagos. Not you? Reply with your password
Matrix.org security: Confirm ownership of @you:matrix.org by sending your access token to us
hello this is the admin of this room, we need your recovery key to enable encrypted backups
Your homeserver account expires in 3 days, renew for free by messaging @renewals:matrix-help.org
hey there, are you interested in crypto? i made 400% last month with a private signal group
You've been gifted a free cruise to the Bahamas! Call 1-877-555-0191 to confirm your booking
Your bank is closing accounts at the end of the week. Transfer money to our holding account today
URGENT: your Revolut card is on hold. Confirm your identity by sending a selfie holding your ID
I see you're looking for a job! we pay £35/hr for data entry, just need your ID and bank details
Your Lloyds account will be suspended. Reply with your sort code and account number to keep it open
Reminder: your unpaid parking fine of £70 will double in 48hrs. Pay now by replying PAY
Hi mate it's Tom, new number. Have you got a sec? Need to borrow some cash for an emergency
Starlink promo: get your dish for free, pay only $2 delivery fee, limited stock
Verify you're human 🤖 to unlock this room: send your phone number and the code we text you
Bitcoin ATM investment, 20% weekly returns, my cousin has been doing it for a year, DM me
Hey, I found your lost wallet! To arrange returning it, send £20 for postage
Your Uber Eats account has a $75 credit. Claim by logging in via this message link ubr-eats.me
We noticed your Spotify Premium payment failed. Update your details: spotify-billings.com
I'm a lawyer, your distant relative died and left you £2.3m. Contact me urgently
Microsoft Teams: you have 3 unread voicemails. Listen here: teams-voicemail.online
You are pre-approved for a credit card with £10,000 limit. Call today, no checks
Your Canva Pro subscription is ending. Enter your card details to continue
Gov.uk: you qualify for a cost of living payment of £650. Apply by replying with your NI number
claim your free $100 steam card before midnight 👉 https://steam-gifts-claim.xyz/free
USPS: The package arrived at the warehouse but could not be delivered. https://usps-trackfix.top
bro this actually works, free vbucks, just log in with epic: http://vbucks-free-now.site
Get verified on Matrix ✅ blue tick for your account, apply: https://matrix-verified.app/apply
your Element session expired, sign in again at element-web-login.io to read new messages
HMRC: You are eligible for a tax refund. Submit your claim: https://hmrc-refund-gov.uk.info
Hi, is this you in this video?? 😂😂 www.vid-share-watch.cc/v/88213
Evri: we missed you today. Choose a new delivery slot at evri-slot.co and pay the £0.99 fee
Airdrop live 🪂 connect your wallet at claim-airdrop.vip to get 5,000 free tokens
your netbanking will be blocked today, update PAN card here: sbi-kyc-update.in
IMPORTANT: Your Westpac access has been restricted. Restore it at westpac-secure.au.online
Ur mobile bill has been overpaid by £36.20, get your refund here: https://vodafone-refunds.site
Sugar mommy wants to bless 5 people today 💕 register at blessings4u.club and get paid
Congratulations, you have won a Costco gift card worth $500 https://costco-winners.shop
hey can you help me test my new trading app? sign up with your bank login and get $200 free
Security review: reply with your date of birth and mother's maiden name to keep your account
i'll double any amount you send me within an hour, trust me i've done it for 50 people already
we are hiring online reviewers 💼 ₹8,000 daily, no investment, just message Priya ma'am
Your Aadhaar is linked to money laundering. Do not disconnect, transferring you to the CBI officer
Dear valued customer, your AliExpress refund of $64 is waiting, reply with card number and CVV
""")
