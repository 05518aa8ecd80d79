"""Hand-written scam and phishing statuses, mostly without links (label: offensive)."""

from ._text import lines

SCAM_PLAIN: list[str] = lines(
    r"""
Congratulations!! Your number has won 2,500,000 naira in the MTN anniversary promo. Call
~ 08031234567 to claim
Dear customer your BVN has been suspended. Call our agent on 09012345678 to reactivate immediately
I am an agent of Dangote Foundation, we are giving out 500k grants to 1000 Nigerians.
~ WhatsApp 08123456789
Federal Government N-Power stipend backlog now being paid. Send your name, BVN and account
~ number to 07034567812
OPay customers! Your account will be blocked in 24 hours due to incomplete KYC. Reply with
~ your PIN to avoid this
Are you looking for a job in Canada? Visa sponsorship, free flight, 4000 dollars monthly.
~ DM me now, limited slots
UK care worker visa available!! No IELTS needed. Pay processing fee of 350k only. Contact
~ Mrs Blessing on WhatsApp
Invest 50k today and receive 150k in 7 days guaranteed. I have 300 testimonies. Inbox me
Bitcoin mining investment!! Double your money in 48 hours, no risk. Message Mr Williams on Telegram
Palliative funds from the President now available for all citizens. Register with your NIN
~ on WhatsApp 08167890123
Loan of 200,000 naira in 5 minutes without BVN or collateral. Call Quick Credit 09087654321
I'm selling my iPhone 14 Pro Max for 180k, relocating abroad. Pay to my Palmpay first and
~ I send waybill
MTN MoMo: You have received GHS 850.00 from KWAME ASANTE. Oops wrong number, please send
~ it back to 0244567890
Vodafone Cash alert: 1,200 cedis sent to your wallet by mistake, kindly reverse to
~ 0209876543 God bless you
ECG notice: Your prepaid meter will be disconnected tonight due to unpaid arrears. Call
~ 0302987654 to settle
Ghana Lotto results: You have been selected as the lucky winner of GHS 20,000. Send 200
~ cedis for processing
Dear friend I am a Ghana Police officer, your nephew is in custody. Send 500 cedis bail on
~ MoMo to 0551234567
Hello dear, I saw your profile and I am in love. I am a US soldier in Syria and need help
~ to release my package
Jobs in Dubai for Ghanaians!!! Security guards, cleaners, drivers. Pay 2000 cedis for
~ medical and visa, call Ama
Safaricom: Dear customer, your M-PESA account has been suspended. Call 0712345678 to
~ reactivate immediately
Confirmed. You have received Ksh 5,000 from JOHN OTIENO. Kindly return, I sent by mistake
~ to your line. 0722334455
KRA notice: You have an unpaid tax penalty of Ksh 48,000. Pay today to avoid arrest. Call
~ officer Mwangi 0733221100
Hustler Fund bonus: Your limit has been increased to 50,000. Send 500 to activate via 0798765432
Kenya Power: Your account will be disconnected at 9pm tonight. Pay arrears to Till 556677
~ to avoid disconnection
Fuliza limit upgrade available. Reply with your M-PESA PIN to qualify for 30,000 instant limit
Jobs in Qatar!! Drivers, waiters, nannies needed urgently. Registration fee Ksh 15,000
~ only. Call Agnes 0700112233
NHIF refund: You are entitled to Ksh 12,300. Send your ID number and PIN to claim before Friday
Mama mboga anauza forex signals, 10,000 becomes 60,000 in a week. Join our WhatsApp group now
I am a Nigerian prince... just kidding, I am a US Army general and I have $4.5 million to
~ share with you
Dear SBI customer, your YONO account will be blocked today. Update your PAN card
~ immediately, call 9876543210
Dear consumer your electricity will be disconnected at 9.30pm tonight as previous month
~ bill was not updated. Call 8765432109
Paytm KYC expired. Your wallet will be blocked in 2 hours. Call our executive on 7890123456
Congratulations! You have won KBC lottery of Rs 25 lakh. Contact Rana Pratap on WhatsApp
~ 9123456780 to claim
Work from home!! Earn 5000 daily by liking YouTube videos. Message HR Priya on WhatsApp,
~ no investment
Your Amazon parcel is held at customs. Pay Rs 49 redelivery fee to avoid return to sender
Free laptop scheme for students from PM Yojana. Fill the form and share with 10 groups to activate
Jio is giving 3 months free recharge on its anniversary!! Forward this message to 10
~ groups to claim
Your PhonePe account will be suspended due to suspicious activity. Share the OTP you just
~ received with our team
I am calling from Airtel head office, your SIM will be blocked within 24 hours. Press 9 to
~ speak to officer
HDFC credit card reward points of Rs 7,850 expiring today. Redeem by sharing your card
~ details with our agent
Canada work permit in 2 months!!! 100% guaranteed visa. Pay only 1.5 lakh, rest after
~ arrival. Call Agent Sandhu
Instant loan approved! Rs 50,000 without CIBIL check. Just pay Rs 2,000 file charge first
Customs officer: a gift parcel from London is waiting for you. Pay Rs 35,000 clearance to
~ receive gold and dollars
BISP Ehsaas programme: 25,000 rupees have been approved in your name. Send CNIC copy and
~ 1000 rupees fee to 03001234567
Mubarak ho! Aap ka naam Jeeto Pakistan lucky draw mein nikla hai. Call 03451234567 to
~ claim your car
JazzCash alert: Your account will be closed due to verification issue. Share the code sent
~ to you with our agent
Easypaisa: Rs 15,000 galti se aap ke account mein bhej diye, please wapis kar dein
~ 03331234567, shukriya
Saudi Arabia mein driver ki jobs! Visa aur ticket free, sirf 50,000 processing fee. Rabta
~ karein 03219876543
Benazir Income Support ki nayi qist aa gayi hai. Apna CNIC aur OTP is number par bhejein
~ 03112223344
Prime Minister laptop scheme 2026 registration. Send your CNIC number and mother's name on WhatsApp
Dear customer your HBL account is blocked. Call helpline 03041122334 now to unblock
Jamaica Public Service: your light will be disconnected in 2 hours. Pay now to avoid, call
~ 8761234567
Congratulations you have won a brand new car and 2.5 million in the Supreme Ventures draw.
~ Call 876 555 0199
Yuh win di Digicel Christmas promo!! Sen yuh name and 5000 JMD fi di delivery fee
Yes mi bredda, mi have a farm work program in Canada, pay mi 80,000 fi di ticket and mi
~ sort yuh out
Hello Grandma, it's me, I'm in trouble in Kingston. Please send money by Western Union,
~ don't tell mom
NCB alert: Suspicious login detected on your account. Call fraud department at 876 333
~ 2211 immediately
Lottery scam? No! Legit Publishers Clearing House prize of $2.5 million. Just send the
~ $500 tax by MoneyGram
Royal Mail: Your parcel could not be delivered due to unpaid shipping fee of 1.45. Reply
~ YES to reschedule
HMRC: You are owed a tax refund of 486.72. Reply with your bank details to receive payment today
Evri: We tried to deliver your package today. Text back your postcode and card details to rearrange
DVLA: Your vehicle tax is overdue and you will be fined 1000. Pay today to avoid prosecution
NHS: You have been in close contact with someone with a new variant. Order your test kit
~ now, pay 2.99 delivery
TV Licensing: your licence has expired and your direct debit failed. Call 0800 123 4567 to
~ avoid prosecution
Hi Mum, I dropped my phone in the toilet, this is my new number. Can you pay a bill for
~ me, I'll pay you back tomorrow
Hi Dad it's me, new phone. Need 750 urgently for rent, can you transfer? Will explain later x
Your Lloyds account has been used on a new device. If this was not you, call our fraud
~ team on 0203 555 1234
Post Office: Your Christmas pension bonus of 250 is ready. Confirm your details with our
~ team by text
Martin Lewis recommends this bitcoin system, I made 3000 in my first week. Ask me how
Free Tesco vouchers worth 500 for every pensioner! Share with 5 groups and comment DONE
Council tax rebate of 150 is waiting for you. Text your bank details to 07700 900123
USPS: Your package is held at our warehouse due to incomplete address. Update now or it
~ will be returned
IRS final notice: A lawsuit has been filed in your name. Call 202 555 0143 immediately to
~ avoid arrest
Social Security Administration: your SSN has been suspended due to suspicious activity.
~ Press 1 to speak to an officer
Medicare is giving a free back brace to seniors. Just call and confirm your Medicare number
Cash App is giving away $750 to the first 500 people who comment with their $cashtag!!
Zelle payment of $2,000 is pending. Call our support at 888 555 0177 to cancel if you did
~ not authorise
Your Amazon account was charged $899.99 for an iPhone. Call 1 800 555 0198 if you did not
~ make this purchase
Geek Squad: your annual protection plan has renewed for $349.99. To cancel call our
~ billing department
E-ZPass: You have an unpaid toll balance of $6.99. Pay today to avoid a $50 late fee
Publishers Clearing House: You have won $5.5 million and a new Mercedes. Call our prize
~ officer to arrange delivery
Hey grandma it's Josh, I'm in jail in Mexico, please don't tell mom, send Walmart gift cards
Hello I'm interested in your couch, I will send a courier. Please confirm your Zelle email
~ and I'll pay extra for pickup
Is this still available? I'll pay with Cash App, just click the verification my bank sends you
Facebook Security: Your page will be deleted in 24 hours for copyright violation. Appeal
~ by logging in again
Meta: your account has been reported for suspicious activity. Verify your identity or lose
~ your page forever
Your WhatsApp will expire in 48 hours unless you forward this to 10 contacts. This is from
~ WhatsApp itself!
I lost my Facebook account and a hacker Mr Hack Pro helped me recover it in 2 hours.
~ Message him on Instagram
Recover your lost crypto!! Our ethical hackers have helped 300 clients. DM for a
~ consultation fee of only 200
Elon is doubling all BTC sent to his wallet this weekend only!! Send 0.1 get 0.2 back, limited time
Forex trading with Mrs Jessica changed my life. I invested 500 and got 7800 in 5 days.
~ Contact her now
Thank you Mr Robert for the payout, everyone invest with him, he is real!!! Send him a message
Earn 50,000 weekly by being a brand ambassador. All you need is a phone. Send DM, small
~ registration fee
Hello sir, congratulations, you have been selected for a shipping company job abroad. Pay
~ medical fee first
Free 100GB data for all Nigerians from Glo. Share with 15 groups to activate your bonus
Airtel is giving out free 50GB. Send this message to 10 friends and your number will be credited
Shell 100th anniversary free fuel vouchers worth 400 for every family. Claim before
~ midnight, share to qualify
Coca-Cola giving away 5000 fridges to celebrate. Answer 3 questions and share on WhatsApp
Emirates is giving two free tickets to every family to celebrate its birthday!! Answer survey now
Samsung S24 for only 20,000 shillings, last 10 pieces, pay deposit to our Till and we deliver
Toyota Vitz 2015 for sale Ksh 250,000 only, owner relocating. Pay viewing fee of Ksh 3,000
~ to my agent
Affordable land in Lekki, pay 500k now and get C of O in 2 days. Call Barrister Ayo, hurry
Hostel for students available near UG, pay 3,000 cedis to my MoMo to hold the room before
~ someone else takes it
House for rent Nairobi Kilimani 2 bedroom Ksh 15,000. Send deposit first, I am abroad and
~ will mail keys
Puppies for sale! German Shepherd, vaccinated. Pay delivery fee, I will ship from Abuja airport
I am a widow with terminal cancer and I want to donate my late husband's $7.5m to a God
~ fearing person. Reply
God bless you! I am Pastor James and God showed me your name. Sow a seed of 10,000 into
~ this account today
Prophet declares financial breakthrough for anyone who sends 5,000 before midnight. Type
~ Amen and send
Join our Mega Savings circle. Pay 20k and receive 160k in 14 days. 100% legit, ask our members
Pension verification exercise: all retirees must send their BVN and pension PIN to this
~ number or lose payment
Relief fund for flood victims: send your details and 2,000 processing fee to receive 100,000
Government is paying out covid relief of 30,000 to every household. Click on the form and
~ fill your bank info
UN relief for widows and orphans. Send your name and bank details to Dr Williams to
~ receive 5000 dollars
Hello, I am from Interpol. Your compensation of $1.2 million is ready. Pay the clearance
~ certificate fee
Central Bank of Nigeria: we have recovered your scam money. Contact our desk officer to receive it
EFCC recovery unit: your name is on the list of scam victims to be compensated. Send
~ 20,000 processing fee
WhatsApp Gold is now available!! Only celebrities used it before. Upgrade now by
~ forwarding this message
Get verified blue tick on your Instagram for only 5,000. DM me your password and I'll do
~ it in 1 hour
I can hack any WhatsApp or Facebook account. Catch your cheating partner. DM, payment upfront
Need a UK/USA visa with 100% approval? We have connections at the embassy. Inbox me quick
Student loan forgiveness approved! Call now to confirm your eligibility, only a 99 dollar fee
Your Netflix subscription has failed. Update your payment details within 24 hours or lose
~ your account
Apple ID locked due to unusual sign in. Reply with your password to unlock
PayPal: Your account has been limited. Call support at 1 888 555 0122 to restore access
You have won a $1000 Walmart gift card!! Claim it by completing our short survey
Hello beautiful, I am a widowed engineer working on an oil rig. My account is frozen, can
~ you help me with iTunes cards
Sweetheart I am coming to Nigeria to marry you but customs are holding my gold. Please
~ send 300k to release it
Baby I miss you, I just need $2000 for my flight ticket and we will finally be together
Dear sister, I am Dr Kamau, with this herbal medicine you can cure diabetes in 7 days.
~ Send 3,000 for delivery
Herbal doctor Baba Ade can bring back your lost lover in 3 days and make you win lottery.
~ WhatsApp now
Powerful spell caster Dr Okoro helped me get my husband back and win 2 million. Contact
~ him, he is real
Mganga Dr Swalehe anaponya magonjwa yote na kurudisha mpenzi. Piga simu 0755123456
Black magic specialist Baba Ji solves love problem in 24 hours, 100% guarantee. Call 9988776655
Dear members, pay your annual church dues into this new account, the old one is under maintenance
This is Pastor Adeyemi, I am in a meeting, please buy 4 iTunes cards for a sick member and
~ send me the codes
Hello, it's your MD. I'm in a meeting, I need you to buy Google Play gift cards for a
~ client urgently
Madam I am your estate security, your gas cylinder has expired, send 5,000 for replacement
~ or we disconnect
Dear parents, the school has changed its account. Pay this term's fees to the account
~ below from today
Dear tenant, the landlord has a new account, pay your rent there going forward, the old
~ one is closed
Your traffic fine of 150 is unpaid. Pay within 48 hours to avoid licence suspension
Toll notice: You have an outstanding toll of 11.70. Pay now to avoid a penalty
Dear user, your Gmail storage is full. Upgrade free by confirming your password
Your account has been credited with bonus airtime worth 5,000. Dial the code to confirm,
~ then send the code to us
I made 2 million from home using this simple app. Comment INFO and I'll send you the link
Mrs Angela helped me flip 50k into 500k, she is a certified broker. Message her before the
~ slots finish
Your GCash account has been selected for a reward of 10,000 pesos. Enter your MPIN to claim
Your post office savings account will be closed. Call 1800 123 4567 to update your Aadhaar today
Gas agency: your LPG connection will be cancelled due to incomplete e-KYC. Share OTP with
~ our delivery man
Army officer here, posted to your area and selling my furniture and scooter cheap. Pay
~ advance on UPI
Indian Army canteen selling household items at half price. Pay advance via GPay, delivery tomorrow
Your son has been arrested in a drugs case. Pay 50,000 to this officer on UPI to settle before FIR
Congratulations on winning Amazon's spin the wheel! You won a Honda Activa, pay GST of Rs 4,500
PF withdrawal helpline: withdraw your full EPF in 24 hours without employer signature, small fee
Part time job: give 5 star reviews on Google Maps and earn Rs 150 per review, message on Telegram
Jazz daily free internet 50GB for the whole month, just dial this code and share on 5 groups
Dear sir your car has been selected in Pakistan Post lucky draw, pay customs to receive the key
Ye mera account hai, mujhe hospital ke liye urgent 20,000 chahiye, kal wapas kar dunga,
~ Jazzcash kar do
Pakistan Citizen Portal: a relief grant of 12,000 is waiting. Verify with your CNIC and OTP
Dear member, your chama loan has been approved. Send Ksh 1,500 processing fee to Paybill 123987
M-Shwari: your loan limit has been raised to Ksh 100,000. Send the verification code to this number
KCB: Your account has been credited with your bonus. Call our customer care on 0799887766
~ to confirm
Equity Bank alert: your card has been blocked. Share your card PIN to unblock instantly
Kazi Majuu! Jobs in Poland, Ksh 300,000 per month. Registration ni Ksh 10,000 pekee, piga
~ 0711998877
Maize flour relief from the county for every household. Send your ID and Ksh 200 for transport
Ndugu yangu nimekwama Nairobi, nitumie 2,000 kwa M-Pesa nitakulipa kesho, namba mpya hii
Telecel Cash: Claim your 500 cedis end of year loyalty bonus, dial the code and enter your PIN
Ghana Revenue Authority: you owe unpaid tax. Pay 2,000 cedis now to avoid arrest by Friday
GCB Bank: your account will be frozen today for failing to link your Ghana Card. Call 0244998877
I have foreign exchange at good rates, send your cedis to my MoMo and I'll send dollars to
~ your account
Auntie I'm stranded at Kotoka, my wallet was stolen. Please MoMo me 1,000 cedis, this is
~ my new number
Flow Jamaica bonus credit for loyal customers! Send your account PIN to verify and receive 5000
Western Union agent here, you have an unclaimed transfer of 750,000 JMD. Pay release fee first
Yuh account at JN Bank lock. Call di fraud desk pon 876 444 5566 an gi dem di code weh dem sen yuh
Hi is this Brenda? I'm from the Facebook Marketplace, I can pay for the sofa but need your
~ card details for the refund
Ticket for the Burna Boy concert sold out? I have 2 VIP tickets, pay me on Zelle and I'll
~ transfer them
Lost your money to a fake broker? We guarantee 100% recovery. Pay our legal fee and we start today
Get rich quick with our AI trading robot, 30% profit daily!! Minimum deposit only 250
Dear investor your USDT withdrawal is pending. Pay the unfreezing fee of 500 USDT to
~ release your funds
Access Bank: Dear customer, your token has expired. Call 07012349876 and provide the code to renew
First Bank notice: your account has been restricted due to BVN mismatch. Reply with your
~ card number and PIN
Make 30k daily from your phone!! Just register with 5k and refer 2 people. Ask me how,
~ it's working!!
Mummy this is Tola, I'm using my friend's phone. Please send 45k to this Opay account,
~ emergency, I'll explain
Dear Sir/Madam, you have been shortlisted for the Shell Nigeria graduate scheme. Pay
~ 15,000 for test materials
Visa lottery winners for USA 2027 announced. Check if your name is there by sending
~ passport photo and 20k
"""
)
