"""Hand-written plain-text scams and phishing (offensive / scam_plain), most without a link."""

# ruff: noqa: E501

SCAMS = """
Congratulations! Your mobile number has won £850,000 in the UK National Mobile Draw. To claim, reply with your full name, address and bank details.
Royal Mail: your parcel is being held due to an unpaid shipping fee of £1.45. Reply YES and we will send payment instructions.
Hi mum, this is my new number, old phone fell down the toilet 🙈 can you text me on whatsapp when you get a sec x
Mum it's me, I'm in a bit of a mess, need to pay my rent today but my banking app is locked on the new phone, can you send £640 to my mate's account and I'll pay u back tmrw xx
HSBC ALERT: A new payee was added to your account. If this was NOT you, call our fraud team immediately on 07700 900361.
Barclays: we have detected suspicious activity. Do not hang up when our team calls, you will need to move your funds to a secure holding account.
HMRC: You are eligible for a tax refund of £328.90. Reply with your NI number and sort code to receive payment within 3 working days.
ATO notice: you have an outstanding tax debt. Failure to pay today will result in arrest. Call 02 5550 1932 to settle with iTunes or Google Play cards.
IRS Final Notice: a lawsuit has been filed under your SSN. Call back at 555-0143 immediately to avoid legal action.
Your pension has an unclaimed bonus of £4,210. Our advisers can release it within 48 hours for a small processing fee. Call free on 0800 555 0199.
bro i doubled my btc in 3 days with this guy's signal group, no joke. message him on telegram @CryptoKingMarcus and tell him i sent you
Elon is giving away 5000 BTC to celebrate the launch! Send 0.1 BTC to the wallet in my bio and receive 0.2 BTC back instantly. Limited time!!
Hello dear, we are hiring part-time remote staff. Simple tasks, like YouTube videos, earn ₹3000-₹8000 daily. Interested reply 1.
Hi, I'm Olivia from the recruitment team. Your profile was recommended to us. Work 60-90 min a day from your phone, £200-£500 daily. Can I share details?
Amazon task job: rate products, earn commission. Top up 100 USDT to unlock higher tier tasks and withdraw everything at the end. DM for start.
I got your number from a mutual friend, I am a US army doctor on a peacekeeping mission in Syria. I would like to know you better dear 🌹
My darling, the customs want $2,500 to release the gold I sent you. As soon as you pay it we can finally be together. I love you so much.
I have recorded you through your webcam while you were visiting adult sites. Pay $1200 in bitcoin within 48 hours or the video goes to all your contacts.
we have your nudes. send £300 in steam cards or we send them to your mum and everyone on your followers list. you have 2 hours
Microsoft Security: your computer is infected with 3 viruses. Do not turn it off. Call our certified technicians now on 1-555-0188.
Apple Support: your iCloud has been locked due to suspicious sign-in. Reply with your Apple ID and password to restore access.
This is the server admin team. Your account was flagged for spam. To avoid a permanent ban, verify ownership by sending us the 6 digit code we just texted you.
Hey, sorry I accidentally reported your account for a scam 😭 please contact the mod Jake#0421 and tell him it was a mistake or you'll get banned
Hi! You've been selected for a free Nitro upgrade. Just log in with your account email and password via our partner bot to claim it.
Welcome to the VIP Stock Masters group 📈 Our professor's picks made 340% last month. Add our assistant on WhatsApp to get today's code.
Instant loan up to ₹5 lakh, no CIBIL check, no documents. Just pay ₹1499 processing fee and amount credited in 10 min. WhatsApp 98200 55531
Bad credit? Guaranteed approval for £10,000 loan today! Pay a refundable £95 insurance fee first. Text LOAN to 07700 900284.
Hi, the flat is still available. I'm working abroad so can't do a viewing, but if you send the deposit and first month I'll post the keys to you.
Selling 2 Taylor Swift Wembley tickets face value, can't go anymore 😢 bank transfer only, friends and family on paypal pls, no refunds
Got 4 tickets for the Ashes at the MCG, boxing day, gotta sell quick. $150 each, pay by bank transfer and I'll email them across
Please help the victims of the earthquake, every pound counts 🙏 send donations directly to our volunteer's personal account: sort code 20-55-31
MrBeast giveaway!! first 1000 people to comment their cashapp get $500. just pay the $10 verification fee so we know you're real
Oh sorry, wrong number! But you seem lovely. I'm Jenny, I work in crypto trading in Hong Kong. Can we be friends? 😊
Hey, I sent you a 6-digit code by mistake, can you send it back to me please? it's urgent
Your electricity connection will be disconnected tonight at 9:30 pm because your previous month bill was not updated. Please immediately contact our officer 7044 555 021
Dear customer your SBI account will be blocked today. Please update your PAN card. Call our KYC department now
KBC lottery 2026: your number won Rs 25,00,000. Contact Mr Rana Pratap Singh on WhatsApp to claim. Pay registration charge ₹12,500.
This is CBI Mumbai. A parcel in your name contains illegal drugs. You are under digital arrest. Stay on video call and do not inform family.
Your WhatsApp will be deactivated in 24 hours due to policy violation. Reply with the verification code we sent to keep your account.
Hi, it's your boss. I'm in a meeting, can't talk. I need you to buy some Apple gift cards for a client, 5 x £100. I'll reimburse you. Send me the codes asap.
Your Netflix payment failed. To keep watching, reply with your card number and expiry date.
Amazon: your Prime membership will auto-renew for £399. If you did not authorise this, press 1 or call 0800 555 0111 to cancel.
PayPal: you sent $849.99 to CoinBase Pro. Not you? Call PayPal support 1 (555) 0172 to cancel the transaction.
Social Security Administration: your SSN has been suspended due to suspicious activity. Call immediately to reactivate.
Medicare: you qualify for a free back brace and $900 grocery card. Reply with your Medicare number to confirm.
DVLA: your vehicle tax payment could not be processed. You may be fined up to £1,000. Reply to update your card details.
Unpaid toll: you have an outstanding balance of $6.99 on your Linkt account. Avoid a $120 penalty by paying today.
Government cost of living payment: you are entitled to £650. Reply with your bank details to receive it.
Dear Beneficiary, I am Barrister James Okoro. Your late relative left a fund of $7.5M and you are the next of kin. Reply for the release procedure.
Beautiful Frenchie puppies ready for new home, vaccinated. I'm overseas so courier will deliver, just need $450 deposit for the pet travel crate
Hi, I'm interested in your sofa. I've paid via PayPal including £350 extra for my courier, please refund the extra to my cousin's account before pickup
I'm the buyer, I've sent the money but the platform needs you to verify receipt. Just enter your card details on the page they sent you to receive funds
yo wanna trade ur knife? my friend from steam support needs to check it's not stolen first, add him and send it to him for verification
Steam: your account has been reported for fraudulent trading. Reply with your login to appeal within 24h or it will be permanently suspended.
Free airdrop 🪂 connect your wallet and enter your 12-word recovery phrase to validate and claim 2000 tokens
Crypto recovery expert here. I helped 500+ people get back funds lost to scams. Pay my upfront fee and I'll trace your wallet in 48h.
Your Flipkart order lucky draw winner! You won a Tata Nexon. Pay GST charges ₹8,900 to Mr Verma to receive car.
This is TRAI. Your mobile number will be disconnected in 2 hours due to illegal activities. Press 9 to talk to our officer.
Hi dear, you have earned a bonus of ₹5000 on PhonePe. Accept the request to receive money in your account.
Congratulations! You've been chosen to receive a free iPhone 17 Pro in our customer survey. Just pay £2.99 postage.
Your Evri parcel could not be delivered today because the address was incomplete. Reply with your full address and date of birth to rebook.
Australia Post: your item is awaiting an address confirmation. A small redelivery charge of $3.30 applies. Reply Y to continue.
Hey it's Jess, I'm stuck in Lisbon, my wallet got stolen and the embassy won't help till Monday. can you wire me €400 for the hotel? will pay back the second I'm home
Grandma it's me, I've been arrested and need bail money. Please don't tell mum. My lawyer will call you to explain how to pay.
Hi, we noticed you've been paying too much on your energy bill. You're owed a £230 rebate. Reply REBATE and our team will call to verify your card.
Council tax rebate: you have overpaid by £187. To process your refund, reply with your bank name and card number.
Your student loan account needs verification or payments will be suspended. Reply with your full card details.
Investment opportunity: put in £250 and our AI trading bot will turn it into £5,000 in a week. Spaces limited, text me now.
I'm a forex account manager. Give me $500 and I'll trade for you, guaranteed 30% weekly profit. No risk. Message me for proof of payouts.
Looking for 5 serious people to join my team. Work from home, earn $2k a week, no experience. The starter kit is only $199.
Guaranteed visa and job in Canada! Pay $2,500 processing fee to our agent and get your work permit in 3 weeks. Limited slots.
Hello, we saw your CV on Indeed. We're offering a data entry role, $35/hr. Please send a copy of your passport and bank details for onboarding.
Mystery shopper needed! We will send you a cheque for £2,000, deposit it, keep £300 and wire the rest to our partner store.
Hey I'm Anna, 23 🥰 saw your profile and you're cute. I only talk on my other app, can you verify you're real by buying a £25 gift card?
I'm an oil rig engineer in the North Sea, my account is frozen and I need help paying for my flight home to see you. I'll pay you back double, my love
Babe I really need help. They won't release my inheritance until I pay the tax, £3,000. You're the only one I trust 💔
Dear valued customer, your account has been temporarily restricted. To unlock, reply with your online banking username and passcode.
NatWest: Did you just attempt a payment of £1,249.00 to AMZ MKTPLACE? If NOT, reply NO and an agent will call you shortly.
Commonwealth Bank: your NetBank has been suspended. Please reply with your client number and password so we can restore it.
Chase Fraud Dept: We have frozen your debit card. Call 1-555-0110 and provide your PIN to unfreeze.
Your Coinbase account has a pending withdrawal of 1.2 BTC. If not you, call support on +1 555 0134 immediately.
Hi I'm from the bank's fraud team. Your money isn't safe, we need you to transfer it to a new account we've set up in your name.
I accidentally sent you £200 on Venmo, can you please send it back? my rent depends on it 😭
Hey, I've been trying to reach you about your car's extended warranty. This is your final notice. Press 1 to speak to an agent.
You've been in an accident that wasn't your fault? You may be entitled to £5,000 compensation. Reply CLAIM.
We're raising funds for little Amelia's cancer treatment, please send anything you can to her dad's personal account, no amount too small 💕
Flood relief appeal: donate via gift cards to our field coordinator, banks are too slow in the disaster zone
Free Robux generator working 2026!! just give me ur username and password and ill add 10k robux
Earn 0.5 ETH a day just by holding our token. Presale ends tonight. DM the admin to get whitelisted.
URGENT: your Facebook page will be deleted in 24 hours for copyright violation. Reply with your login details to appeal.
Instagram: your account is eligible for the blue tick. Pay £50 verification fee to our partner to activate.
Hey, I'm a brand manager. We'd love you as an ambassador! Just pay for your first product bundle and we'll reimburse you via commission
Urgent: your Apple Pay has been suspended. Please call 0800 555 0173 to reactivate your card.
Your mobile bill is overdue. Your line will be cut off in 1 hour. Pay now by sending airtime vouchers to 07700 900522.
Hello. I have access to your email and your device. I know your secrets. Transfer 0.05 BTC or I will share everything with your wife.
I know your password is still the same one from 2019. I have more. Pay or I send the screenshots to everyone you know.
Lonely? I'm a widow with a big heart and bigger savings 😘 just need help unlocking my late husband's account, I'll share it with you
We are hiring WhatsApp chat agents. Pay ₹2,000 training deposit, refundable after first month, earn ₹40k/month from home.
I'm offering guaranteed admission to IIT through the management quota, just pay ₹3 lakh advance. Limited seats. Whatsapp me.
Good morning sir, I am calling from your bank. Your credit card reward points will expire today. Share OTP to redeem.
Dear student, your scholarship of ₹48,000 has been approved. Pay a processing fee of ₹1,200 to release funds.
Hey it's Tom from the footy club, doing the kitty for the end of season do, can you send your $80 to my personal PayID today? account's in my cousin's name
Land for sale in Goa, 40% below market. Owner in Dubai, pay the token amount via transfer and we'll courier the documents
Spare room available, £450 all bills, central Manchester. I'm abroad, send the deposit through Airbnb and they'll hold it, I'll send you the form by email.
Hi, I'm the dad of your new flatmate, could you transfer the deposit to me for him? His card is blocked
We're an Amazon partner looking for people to do 5-star reviews. You buy, we refund you plus £15 commission. Message to start.
I'll pay you £500 to receive a package for me at your address and send it on. Easy money, no questions.
Need a mule for quick cash 💷 lend us your bank account for a day, you keep 20%. dm me
Sign up for our investment club and earn 2% daily. Refer 3 friends and your earnings double. Withdrawals every Friday.
My uncle works at Ticketmaster, can get you Oasis tickets at face value, just need the money upfront by bank transfer
I've got a spare Champions League final ticket, selling at cost. Can't use PayPal, only bank transfer, will send the PDF after
Sorry to bother you, I'm stranded at the petrol station with no cash and a dying phone, could you send $50 to my cashapp? god bless
Dear Friend, I am Mrs. Agnes Walter, dying of cancer, I wish to donate $4.2M to a God fearing person. Reply with your full details.
Hello my friend, I am a shipping agent for a consignment box addressed to you. Pay the clearance fee of $750 to receive it.
Your Google account has been hacked. To secure it, please tell us the 6-digit verification code you just received.
Telegram team: suspicious login detected. Send us the login code to stop the intruder.
I'm from the Matrix homeserver admin team. Your account will be deactivated unless you confirm your password in this chat.
moderator here 👋 we're doing an account audit. please send a screenshot of your recovery key so we can confirm you're not a bot
hi, you won our server's giveaway 🎉 to receive your prize, just log in with your account on the bot we DM you and scan the QR code
Your Roblox account is about to be deleted. Message this account your password to save it.
Hey you won a free skin in our tournament, I just need your steam login to send it over 🎮
Hello, I'm the organiser of the esports tournament. Your team qualified, but you need to pay a $25 entry deposit to confirm your slot.
Hey sweetie, I'm stuck on a layover and can't access my bank. Can you help me with $300? I'll send you $600 back when I land, I promise
I'll be honest I work for an insider trading group. We know which coins pump next week. $200 to join, you'll make it back 50x.
Hello sir, your son is with us at the police station after an accident. Send ₹50,000 for bail immediately and do not call anyone.
Your Aadhaar has been linked to a money laundering case. Our officer will call you on Skype. Do not disconnect or you will be arrested.
Your Jio SIM will be blocked today due to incomplete e-KYC. Call our executive to update immediately.
Electricity board: your meter has been flagged. Pay ₹10 via UPI now to avoid disconnection. Our lineman will call.
This is the police, a warrant has been issued for your arrest for unpaid fines. Pay with Google Play cards within 2 hours to cancel it.
Your HMRC self assessment is under investigation. Call 0161 555 0174 today or a warrant will be issued.
Centrelink: your payment has been suspended. To restore, call us and confirm your CRN and myGov password.
myGov: you have a new message about your tax refund. Reply with your TFN to view.
Your parcel from Amazon has been returned to sender. Call 0800 555 0198 and press 2 to rearrange and pay the redelivery fee.
FedEx: we tried delivering your package today. A customs duty of $2.99 needs to be paid. Text back to arrange payment.
Airtel: you have won 100 GB free data and ₹10,000 cashback. Share the OTP sent to your number to activate.
I'm a professional hacker, I can recover any lost account or catch a cheating partner. Payment upfront in crypto, 100% results.
Want to make money? I'm looking for 10 people. You send me £100, I flip it to £1,000 in 1 hour. Ask around, I've done it for loads of people 💸
cash flip 💸💸 send £200 get £2000 back same day. legit. dm for proof
Hi hun, my business coach showed me a way to make £3k a month from my phone. Want in? Only a £49 starter pack
Hi there! I'm a recruiter from a well-known hotel booking company. Simply boost hotel ratings online, earn up to £800 a week. Add me on WhatsApp.
Your parcel is at customs. A duty of ₹2,450 is pending. Pay immediately to our officer via UPI or the parcel will be destroyed.
Grant approved 💰 The Global Relief Foundation has approved you for $90,000. Pay the $350 delivery fee to receive it.
Your car insurance claim has been approved. To receive the payout, we need your bank login to verify.
Good news! Your overdue debt has been forgiven under the new scheme. Reply with your date of birth and card number to finalise.
hey you still selling the bike? my mover will collect, I'll send you a cheque for more than the price, just refund the difference
Last month I made $80k from my phone trading options, I'm sharing my exact strategy for free with the first 50 who message me. Serious people only.
Your email storage is full. Emails will be deleted. Reply with your email password to upgrade storage for free.
Dear employee, HR has updated the payroll system. Reply with your bank login to avoid a delay in this month's salary.
Urgent from CEO: I'm stuck abroad, need you to make a wire transfer to a new supplier today, I'll send details. Keep this between us.
I'm Dr Li, a fellow investor. The platform I use has a bonus window for 3 more hours only. Let me guide you through the deposit step by step.
Accidentally added you to this chat, sorry! But since you're here, our mentor is sharing free crypto signals today only 🚀
Hi Sarah? Is this still Sarah's number? Anyway, nice to meet you. I'm Kevin, I travel a lot for my import business. What do you do?
Please send me the Google Play gift card in photos, my son needs it for his birthday, I'll give you the cash when I'm back
Hi dad, it's me. My phone's smashed so I'm borrowing a friend's. Can you pay a bill for me? It's urgent, I'll explain later x
Mum I've changed my number, save this one. Also could you do me a huge favour today? 🙏
Sir your Amazon account has been used to buy an iPhone in Delhi. Press 1 to cancel or our executive will process the refund with AnyDesk.
Due to a system glitch you were overcharged £89. Our refund team will connect to your computer remotely to process it. Stay on the line.
Want to earn free money? I'll pay you $750 a week just to put an ad for Red Bull on your car. Reply with your name and address.
You are our lucky customer! Spin the wheel and win up to ₹1 lakh. Just pay ₹49 to participate.
Your Lloyds account is at risk. Please log in at lloyds-secure-verify.co to confirm your identity.
Royal Mail: we couldn't deliver your parcel. Rebook at royalmail-redelivery-fee.com within 24h or it will be returned.
Evri: your parcel is on hold. Pay the £1.99 handling fee at evri-parcel-track.info
HMRC: you are due a refund of £312.40. Claim now: hmrc-refund-claims.uk/secure
Your Netflix membership is suspended. Update payment at netflix-billing-update.net
DPD: your delivery is awaiting a customs fee. Pay at dpd-customs-pay.top to release.
🚨 Apple ID locked 🚨 unlock now at appleid-restore-support.com or your data will be erased
USPS: your package is on hold. Confirm your address at usps-redeliver-center.com
Australia Post: we attempted delivery. Reschedule here auspost-missed-item.net
Linkt: you have an unpaid toll. Pay $4.50 now to avoid a fine: linkt-tolls-pay.xyz
ATO: your refund is ready. Login through mygov-ato-refund.com to receive it.
E-ZPass: Your toll balance is overdue. Pay now at ezpass-toll-invoice.info to avoid late fees.
SBI: your YONO account is blocked. Update KYC immediately: sbi-yono-kyc.in/update
India Post: your package has arrived at the warehouse but cannot be delivered. Update address at indiapost-track.top
Your Meta account has violated our community standards. Appeal here within 48 hours: meta-appeal-center.help
free discord nitro for 3 months 🎁 just log in through discrod-gift.com before it runs out
Steam gift: your friend sent you a $50 gift card. Redeem at steamcommunity-gift.ru
Elon Musk live giveaway: double your crypto at tesla-x-bonus.io. First 1000 only!!
🚀 MrBeast is giving away 10,000 iPhones! Get yours at mrbeast-iphone-drop.com
Your Binance withdrawal is pending. Verify here or lose access: binance-security-check.org
Crypto airdrop is LIVE. Connect wallet: uniswap-claim-airdrop.app
Work from home, £350/day. Apply now at quick-remote-jobs-uk.co and start today.
Telegram task job: earn 800 rupees per task, join t.me/earn_daily_taskhub now
Claim your £500 Tesco voucher, survey takes 2 min: tesco-rewards-survey.shop
Amazon: a suspicious login was detected. Confirm at amazon-account-security.support
PayPal: your account has been limited. Restore access: paypal-resolution-center.info
Microsoft Office 365: your password expires today. Keep your current password at office365-keep-pass.com
HSBC: your card has been temporarily frozen. Unfreeze at hsbc-card-unlock.com
Barclays: a new device has been added. If this wasn't you, visit barclays-device-verify.uk
Your Instagram account will be disabled. Verify at insta-copyright-appeal.com
Hi mum this is my new number, can you save it? the old one is broken. then can you pay this bill for me, here's the link bills-pay-now.co
Get rich with the Quantum AI platform, celebrities are using it! Sign up at quantum-ai-profits.org and deposit $250 to start.
Pay only £1 for your chance to win a brand new Range Rover. This is legit 100%. enter at dream-car-winner.live
Your electricity bill is unpaid, pay now to avoid disconnection: bijli-bill-pay.online
Verify your server membership or get kicked in 24h 👉 verify-discordbot.gg
you won our giveaway!! claim your prize at steam-prize-claim.com before someone else does 🎉
Urgent refund for your cancelled flight. Submit card details at airline-refunds-portal.com
Your DVLA driving licence will be suspended. Update your details today: dvla-licence-renewal.info
Check out my cashout proof 💰 I'll teach you my method, sign up at cashappflip-legit.com
Ticket resale: Coldplay floor seats available, secure them at resale-ticket-deals.net before they're gone
Loan approved! ₹2,00,000 credited after verification. Download our app from easyloan-fast.apk.in
"""
