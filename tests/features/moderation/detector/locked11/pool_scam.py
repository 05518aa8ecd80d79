# ruff: noqa: E501
"""Hand-written scam and phishing statuses (locked11, category scam_plain).

Every number, handle and domain here is invented for this set.
"""

SCAM_PLAIN = """
CONGRATULATIONS! You have been selected to receive a £500 Tesco voucher. Text CLAIM to 07700 900184 to collect.
Your bank account will be CLOSED within 24 hours due to suspicious activity. Call our fraud team now on 0800 808 5521.
ROYAL MAIL: Your parcel could not be delivered due to unpaid postage of £1.45. Reschedule at royalmail-redelivery-uk.info
HMRC: You are due a tax refund of £648.20. Kindly reply with your bank details to process the refund today.
Dear Customer, your pension payment has been SUSPENDED. Verify your details immediately to avoid losing your entitlement.
I made £4,800 in one week with bitcoin trading from home! Message me and I'll show you how, only taking 5 more people
Hello dear, I am a US Army doctor on peacekeeping mission in Syria. I saw your profile and you have a kind heart. Please write me on WhatsApp.
WORK FROM HOME!!! Earn ₹25,000 per day liking YouTube videos. No experience needed. WhatsApp +91 98765 43012
Send 0.1 BTC and receive 0.2 BTC back instantly. Official giveaway, only today!!
Your Netflix subscription has expired. Update your payment details to avoid suspension: netflix-billing-help.com
DPD: We missed you today. Your package is being held. Pay £2.99 redelivery fee within 12 hours or it will be returned to sender.
Mum, I've dropped my phone down the toilet, this is my new number. Can you send me £350 for rent? I'll pay you back Friday xx
Amazon Prime: A payment of £79.99 has been taken from your account. If this wasn't you press 1 or call 0203 998 4417.
Grandma Shirley won the Postcode Lottery and she's sharing £20,000 with the first 100 people who message her!
Earn $3,000 weekly as a mystery shopper. Cheque sent in advance. Reply YES for details.
Your Aadhaar is linked to illegal activities. Call Mumbai Cyber Crime immediately at 022 4518 7720 or face arrest.
Hello friend, I have an inheritance of $8.5 million USD and I need a trustworthy foreign partner. You will receive 30%. Reply quickly.
Investment opportunity!! Put in £250 today, withdraw £2,500 in 7 days GUARANTEED. Ask me how, I'm living proof 🙌
FINAL WARNING: Your TV Licence has expired. Pay now to avoid a £1,000 fine and a home visit.
Your Commonwealth Bank card has been locked. Unlock it here within 2 hours: commbank-secure-verify.net
Australia Post: Your item is awaiting customs fee of $3.80. Pay now or it will be destroyed.
I'm giving away 10 iPhone 16 Pro to my followers!!! Just pay postage £4.95. DM me your address and card
Attention: Your PayPal account has been limited. Please confirm your identity within 48 hours to avoid permanent closure.
Need urgent cash? Instant loans with no credit check! ₦500,000 approved in 5 minutes. WhatsApp 0803 555 0192
Hi Sir/Madam, we are hiring part time data entry workers. ₹8,000 daily. Registration fee only ₹1,499. Limited seats.
My name is Captain James Wilson and I am stationed in Kabul. I have $2.3M in gold I need to ship out, I need your help.
Microsoft Security Alert: Your computer has been infected. Call Windows support immediately on 0800 046 3372.
Congratulations! Your mobile number has won £850,000 in the UK National Lottery Online Draw. Contact the claims agent Mr. David Walker.
Earn 20% daily returns with my forex signals group. My students are making thousands. Join before the group closes!
Your Barclays account has been accessed from a new device in Lagos. If this wasn't you reply STOP and a member of our team will call.
Hello my dear, I am a widow of 52 years, my late husband left me $4.2M. I want to use it for charity through a God-fearing person.
EVRI: Your parcel is held at our depot. Confirm your address and pay a small £1.20 fee to release it.
Electricity board: Your power will be disconnected tonight at 9.30pm as previous month bill was not updated. Contact officer 98302 11745.
Pension Credit update: You are eligible for a £300 cost of living payment. Apply now, applications close today!
Cash App is giving away $750 to the first 500 people who comment their $cashtag below 👇
I was in debt and now I'm debt-free thanks to Mrs Linda's crypto investment plan! Message her, she's genuine 🙏
Hi, is this still available? I'll pay by courier and my agent will collect. Please click the link to receive payment.
Tax rebate pending: Claim your £412.77 by confirming your National Insurance number and sort code.
Join our international company as a remote agent! Earn £300/day from your phone. Message the recruiter on Telegram.
Dear beneficiary, your ATM card worth $1.5M has been approved by the UN compensation office. Send your delivery fee of $150.
Your Medicare account needs updating. Failure to update may result in your benefits being cancelled. Call 1300 456 092.
Ethereum 2x event! Send any amount between 0.5 and 50 ETH and get double back. Vitalik confirmed. Ends in 30 minutes!
Hey beautiful, I saw your smile in the group and I couldn't stop thinking about you. I'm an engineer working on an oil rig. Add me?
Please help!! My son has been in an accident abroad and needs £2,000 for the hospital. I'll explain later, send it to this account.
The Post Office is holding a parcel in your name. Book your redelivery slot and pay the outstanding amount today.
Your broadband will be cut off in 24 hours due to unpaid bills. Press 1 to speak to an engineer.
Congratulations, you've been chosen for a free government solar panel upgrade! Just pay the £99 survey fee.
Looking for 10 people in Lagos who want to earn ₦50,000 daily with just their phone. No scam. Inbox me.
I turned £100 into £14,000 in a month with this app. Not a joke. Ask me about it before they close registrations.
Santander: Your card ending 7713 has been suspended. To reactivate, confirm your PIN and card details by reply.
Your WhatsApp account will be deleted in 48 hours unless you verify your number by sending us the 6 digit code you just received.
Free £50 Morrisons voucher for all pensioners to help with bills this winter. Share and claim in the comments!
Urgent: Your KYC is incomplete. Your SBI account will be blocked today. Update KYC by calling 70035 21980.
Hi, I'm from the Facebook Security Team. Your page has violated our policies and will be deleted. Appeal here within 24 hours.
Inheritance notice: A relative you may not know has passed away and named you in their will. Contact our solicitor for the £96,000 estate.
Dear Sir, your application for the Amazon warehouse job is approved. Pay £75 for uniform and DBS check to start Monday.
Romance? I am a lonely surgeon with the UN in Yemen. I need someone to talk to. I will send you gifts from abroad.
ATO: You have an outstanding tax debt. A warrant has been issued for your arrest. Call us immediately to avoid prosecution.
Gold investment scheme: invest ₹10,000 and get ₹1 lakh in 30 days, government approved, no risk at all!!!
Click here to see who viewed your profile 👀 bit.ly/who-viewed-u
I'm selling my late husband's Rolex for £200. Need the money urgently. Payment by bank transfer only, collection not possible.
Your energy supplier owes you £238.50 due to overcharging. Reply with your bank details for the refund.
Hello, I am Mrs. Maria from Standard Chartered Bank. A dormant account of $12.8M with no next of kin. We can share it.
Your vehicle tax is overdue. Pay now at gov-uk-vehicle-tax.co.uk to avoid DVLA penalties.
Earn daily bonuses by rating hotels online! Only need 30 minutes per day. Contact my manager on Telegram @hotelrate_hr
Binary options made me a millionaire at 24. I'm teaching 5 people for free this week. Drop a 💰 if you're serious.
You have been selected for a free Asda hamper worth £150. Only 3 left! Answer 3 questions to claim.
Your Apple ID has been locked for security reasons. Verify your account within 24 hours.
Help!! I'm stuck in Manila, my wallet and passport were stolen. Please send money through Western Union, I'll pay you back.
Shipping company: your consignment box containing $450,000 and gold is held at the airport. Clearance fee $2,850.
Work for Shein from home!! Pack orders and earn £1,500 weekly. Starter kit only £49.
Refund Alert: Your overpaid council tax of £187 is ready. Please confirm your bank details to receive it.
Your Royal Mail parcel is on hold due to an incomplete address. Please update your details to avoid it being returned.
Crypto expert here!! I help people recover lost funds and grow their portfolio. DM me for a free consultation.
Be our brand ambassador and get free products + £500 a month! Just pay for your first starter box.
Lottery commission: Your email won €1,000,000 in the Euro Millions promo. Contact our agent Mr. Hans Vogel to claim.
Your parcel from Temu could not be delivered. Pay the remaining shipping fee of £0.99 now.
Congratulations on being approved for the Universal Credit winter grant of £600. Confirm details to receive payment.
Hi there! I'm a recruiter for Deloitte. We found your CV online. Work from home, high salary, no interview. Add me on WhatsApp.
Attention customer! Your HDFC NetBanking will be blocked today. Update your PAN card immediately.
My cousin invested in my friend's crypto company and doubled his money in a week. They're taking on 10 new investors.
Free money grant for single mums! Get up to £3,000. Comment 'interested' and I'll DM you the application.
Your NatWest account requires urgent attention. Unusual login detected. Please verify using the link sent by text.
Hey handsome, I'm new in town and looking for a genuine man. Add my snap, I'm lonely 💋
Dear account holder, your GTBank account has been restricted. Call 0700 482 2553 with your BVN to reactivate.
We've tried to call you about your recent accident that wasn't your fault. You may be entitled to £4,200 compensation.
Get rich quick with my copy trading service. 97% win rate. Minimum deposit £500. Proof in my bio.
Your Wells Fargo account is temporarily suspended. Call back immediately to avoid permanent closure.
Government grant: Senior citizens over 65 can receive a £1,500 heating allowance. Apply by sharing this post and messaging the admin.
Selling Taylor Swift tickets at face value, can't go anymore. Bank transfer only, I'll send them after payment.
Hi I'm Jennifer, I'm a nurse from Texas working in Dubai, I want to invest in your country, can we talk privately?
Immigration notice: Your visa has an issue and you will be deported unless you pay the processing fee today.
Forex with me and quit your 9-5. Started with $200, now making $9k a month. Link in bio to join.
Mobile number verification required. Your SIM will be blocked in 2 hours. Call customer care 99103 47221.
Your Coinbase wallet has been compromised. Move your funds to this secure wallet address to protect them.
Make £200 a day answering surveys. Sign up with your card to verify age. 100% legit.
HSBC: A new payee has been added to your account. If you did not add this payee, call us immediately on 0330 912 4401.
Dear friend, I am a director at the Federal Ministry of Petroleum. I need a foreign account to move $15M, you will keep 25%.
Special offer for pensioners: Free stairlift from the government. Just pay £49 assessment fee.
Parcelforce: Duty payment required for your international parcel. Pay within 24 hours or it will be destroyed.
Your iCloud storage is full and your photos will be deleted. Claim 50GB free now.
Looking for a serious relationship. Widowed engineer, 58, working offshore in the North Sea. Please message me, God bless.
We are giving away 3 brand new Toyota cars to celebrate our anniversary! Like, share and message to enter.
This is Detective Sergeant Clarke from the Met. Your bank has been compromised, please transfer your savings to a safe account.
Earn £5,000 a month as a money transfer agent. Receive payments into your account and send them on. Keep 10%.
Dear user, you have an undelivered message from the DHL courier service. Confirm delivery address and pay £1.99.
I became a crypto millionaire at 19 following Mr. Robert's trades. God bless him 🙏 WhatsApp him now.
Premium Bonds: You have won £25,000. Verify your identity to claim your prize today.
Work from home job: Earn $500 daily posting ads. No experience required. Pay $35 registration.
Loan approved! £10,000 deposited to your account once you pay the £199 insurance fee.
Hello dear, I am Sgt. Mike Johnson, a US Marine. I want to retire and settle with a loving woman. Write me.
Your Bitcoin has been frozen due to suspicious transactions. Pay unlock fee of 0.05 BTC.
Your account at Lloyds will be CLOSED at midnight. Visit a secure link sent via SMS to stop this.
FREE iPad for the first 50 people to click and share!!! Don't miss out!!!
Sir your electricity KYC pending, connection cut tonight, call immediately lineman office 93017 56220
URGENT: Your Canada Revenue Agency benefits will be terminated. Pay outstanding balance in gift cards.
Real estate investment in Dubai with 40% monthly returns. Minimum ₹50,000. Call my assistant.
Congrats!! Your Facebook account won our anniversary lottery. Claim $100,000 by contacting our agent.
Dear parent, your child's school fees rebate of ₹4,500 is ready. Share your UPI PIN to receive it.
Be your own boss!! Join our team and earn passive income. Only 10 spots left. Inbox me 'BOSS'.
My husband works at the bank, we can get you a loan at 2% even with bad credit. Inbox me.
Text WIN to 81818 to claim your free holiday to Tenerife for two! T&Cs apply. Standard rates £3 per text.
Your Medibank claim refund of $312 is awaiting confirmation. Confirm your account details today.
Update! Your DVLA driving licence will be revoked. Verify your details now to avoid a £1,000 fine.
I'm looking for 3 people to join my investment team. Just £100 to start. You'll get £1,000 back in 10 days.
Your grandson is in trouble with the police. He needs bail money urgently. Don't tell his parents. Call Officer Ben on 07700 900736.
Airtel: Your number has won ₹25 lakh in lucky draw! Contact Mr. Sharma on WhatsApp to claim.
Remote job offer: Amazon hiring product reviewers. $45/hour. Message HR on Telegram @amz_review_team
NHS: You have been identified as a close contact. Order your PCR test kit for a small postage fee.
Your Vodafone bill payment failed. Update your card details now or your service will be disconnected.
My uncle works at the Bank of England and can get you a guaranteed 30% return on savings. Limited slots.
Binance support here. We detected an issue with your withdrawal. Send your seed phrase to verify ownership.
Your Telstra account is overdue. Pay now to avoid disconnection and debt collection fees.
We noticed you've been overpaying for car insurance. Claim back up to £1,200. Reply YES.
The FBI has flagged your IP address. Pay the fine in Google Play cards to avoid prosecution.
Hi I'm recruiting agents for an online shop. You buy products, we refund with 15% commission. Easy money.
A package in your name has been seized at customs with illegal items. Press 9 to speak to an officer.
Join the Elon Musk crypto giveaway! Send 1 BTC, get 2 BTC back! Limited time only!!!
ANZ: Suspicious transaction of $1,850 detected. If not you, call our security team immediately.
Dearest one, I am Princess Adaeze, daughter of a late chief. I have gold bars to transfer and need your help.
Your Instagram account will be permanently deleted for copyright infringement. Appeal within 24 hours.
I paid off my mortgage in 6 months with this secret trading system. Ask me how, I'll add you to the group.
You have unclaimed premium bonds worth £4,700. Contact our claims officer on 07700 900522.
Bank of Ireland: Your card has been blocked due to unusual activity. Text us back with your details.
Mrs. Patel won £1M on the Health Lottery and is helping 100 families. Share this and comment DONE.
Hiring! Night shift warehouse job, £22/hr, weekly pay. Just pay £60 for your ID badge and PPE.
Your Medicare card is expired. New card approved, pay $19.95 shipping to receive it.
Dear sir madam your pension will stop from next month as life certificate not submitted. Click and upload Aadhaar today.
BT: Your line is scheduled to be disconnected today. Press 1 to speak to an advisor.
Hi mum it's me, lost my phone. Can you help with an urgent payment? I'll explain later. Don't call, text only.
Get £2,000 cashback for every new investor you introduce! Our members earn six figures. Join the team.
Your UK passport application has been flagged. Pay £37.50 to avoid delays.
I'm a lonely soldier looking for true love. Please send me iTunes cards so I can call you.
Ola: Your account has an unclaimed refund of ₹2,150. Verify with OTP to receive.
Congratulations!!! You've been selected by Coca-Cola for our customer loyalty promo. Prize £750,000.
Sainsbury's is giving away free £100 shopping vouchers to celebrate its birthday. Claim yours before midnight!
Work from home: earn £1,000 per week reshipping packages. No experience needed, start today!
Recovery agent: We can recover your lost crypto for a small upfront fee. 100% success guaranteed.
Your Ring doorbell subscription failed. Update payment info or lose access to recordings.
Meta verified badge available! Pay £9.99 and get your profile blue ticked today. DM to apply.
This is your final notice from the council. Your council tax arrears must be paid today or bailiffs will attend.
Free Woolworths $500 gift card!!! Complete the survey and pay $1 shipping.
Western Union: Money transfer of $4,500 waiting for you. Pay activation fee of $120 to receive.
Earn ₦20,000 per referral! Join our forex community today! We pay every Friday!
Dear valued client, we are refunding you £312.60 for a double payment. Please provide bank details.
New tax rule: all pensioners must register for the winter fuel payment by replying with their bank details.
Ladies!! I've been earning £700 a week from my kitchen table with this little side hustle. Comment ME and I'll message you 💕
*Forwarded as received* Government is giving ₹5,000 free recharge to all Indians on Independence Day. Click and register now.
Bitcoin mining plan: 0.01 BTC daily for 30 days. Pay once and relax. Admin verified ✅
Your Optus SIM will be deactivated due to incomplete ID verification. Reply with your driver's licence number.
Lucky winner!! Your WhatsApp number has been picked by MTN for ₦2,000,000. Send your account details to our agent.
Please don't ignore: the DWP is reviewing your Attendance Allowance. Confirm your bank details or payments will stop.
Sweetheart, my account is frozen in Ghana. If you can send $900 for the release fee, I'll fly to you next week and we marry.
I'm giving away my late mother's piano, free to good home, just pay the removal company £150 and they'll deliver.
Jobs available in Canada & UK! Visa sponsorship, flight and accommodation paid. Processing fee ₦350,000 only.
Your AusPost parcel requires address confirmation. Failure to do so in 24 hours will result in return to sender.
Hey, you've been tagged in a video 😱 is this you?? watch before it gets deleted
Is your pension pot underperforming? Move it to our overseas scheme for 12% guaranteed yearly. Free pension review, call today.
Hello Sir, this is Amit from Flipkart. You have won a lucky draw car Tata Nexon. Pay registration ₹12,500 to claim.
Your Halifax debit card will expire tomorrow. Order a replacement by confirming your details with our team.
""".strip()
