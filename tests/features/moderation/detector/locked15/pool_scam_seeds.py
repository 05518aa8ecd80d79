"""Hand-written scam seeds for the disguise transform; {braces} mark brand or lure words."""

from ._text import lines

SCAM_SEEDS: list[str] = lines(
    r"""
{Congratulations} you won 1,000,000 naira in the {MTN} mega promo, call 08039876543 now
{Free} 50GB data from {Glo}, register at glo-bonus-data.com before midnight
Your {BVN} is blocked, reactivate at cbn-bvn-update.com or call 09011223344
{Dangote} {Foundation} grant of 300k for youths, apply at dangote-grants.org
{Palliative} {fund} registration is open, WhatsApp 08122334455 with your NIN
{Loan} of 500k in 5 minutes, no {BVN} needed, call 07055443322
{Bitcoin} {investment} 300% profit in 3 days, message +2348101234567
{Canada} {visa} sponsorship jobs, apply at canada-jobs-visa.net today
{UK} {care} {visa} no IELTS, pay processing fee to 0817 654 3210
{OPay} account suspended, verify at opay-verify-ng.com
{Palmpay} bonus 20k for every user, claim at palmpay-reward.com
{N-Power} stipend now paying, send details to 08060001122
Win an {iPhone} 15 in the {Jumia} anniversary draw, visit jumia-anniversary-gift.com
{EFCC} {recovery} unit will refund your money, call 09033445566
{Shell} {Nigeria} graduate job, pay test fee to 0803 222 1111
{MoMo} {bonus} 500 cedis for loyal customers, dial 0244 111 222 to claim
{MTN} {Ghana} promo winner! Send 100 cedis to 0551122334 for processing
{ECG} will disconnect your meter tonight, pay at ecg-gh-payments.com
{Ghana} {Card} linking deadline, verify at ghanacard-link.org or lose your account
{Vodafone} {Cash} reversal, please send back 600 cedis to 0201122334
{Dubai} {jobs} for Ghanaians, call Mr Boateng 0245566778
{Telecel} {Cash} free 200 cedis, register at telecel-bonus.com
{GRA} unpaid tax, pay now to avoid arrest, call 0302112233
{Lotto} winner 50,000 cedis, send processing fee to 0266778899
{M-PESA} account blocked, call Safaricom agent 0712000111 to reactivate
{Safaricom} {bonus} 10,000 bob, claim at safaricom-bonus.co.ke
{Hustler} {Fund} limit increase, send 300 to 0799111000
{KRA} tax penalty, pay to avoid arrest, visit kra-penalty-pay.com
{Kenya} {Power} disconnection tonight, pay arrears to 0733000999
{Fuliza} limit 50k, share your PIN with 0700999888
{Jobs} in {Qatar}, registration 10,000, call 0711222333
{NHIF} refund 8,000, claim at nhif-refunds.co.ke
{Forex} signals 10k to 100k in a week, join t.me/forexkenyaking
{Chama} loan approved, pay processing fee to Paybill 445566
{Equity} {Bank} card blocked, call 0722444555 now
{SBI} {YONO} blocked, update PAN at sbi-kyc-update.in
{Electricity} will be {disconnected} at 9.30pm, call officer 9876012345
{Paytm} {KYC} expired, call 9812345670 immediately
{KBC} {lottery} 25 lakh winner, WhatsApp 9123400567
{Work} {from} {home} earn 5000 daily, message 9000012345
{Amazon} parcel held, pay Rs 49 at amazon-redelivery-india.com
{Free} {laptop} {yojana} for students, register at pm-laptop-yojana.in
{Jio} free recharge for 3 months, claim at jio-offer-free.in
{PhonePe} account suspended, share OTP with 7001234567
{HDFC} reward points expiring, redeem at hdfc-rewardz.com
{Instant} {loan} Rs 50,000 without CIBIL, call 8800112233
{Canada} {work} {permit} in 2 months, contact 9876501234
{Customs} parcel from London, pay clearance to 9090909090
{BISP} 25,000 approved, send CNIC to 03001112233
{Jeeto} {Pakistan} lucky draw winner, call 03451112233
{JazzCash} verification, share the code with 03331112233
{Easypaisa} mistake transfer, please return to 03219998877
{Saudi} driver {jobs}, visa free, call 03124445566
{Ehsaas} {program} new installment, register at ehsaas-cnic-check.com
{HBL} account blocked, call 03041112222
{Laptop} {scheme} 2026, apply at pm-laptop-scheme.pk
{JPS} will disconnect your light, pay now call 876 111 2222
{Supreme} {Ventures} winner, call 876 222 3333
{Digicel} Christmas promo, send 5000 JMD to claim
{Farm} {work} {Canada}, pay 80,000 to 876 333 4444
{NCB} suspicious login, verify at ncb-jm-secure.com
{Publishers} {Clearing} {House} winner 2.5 million, call 876 444 5555
{Royal} {Mail} parcel fee unpaid, pay at royalmail-redelivery.co.uk
{HMRC} tax refund 486.72, claim at hmrc-refund-gov.uk
{Evri} missed delivery, reschedule at evri-parcel-track.com
{DVLA} vehicle tax overdue, pay at dvla-taxpay.co.uk
{TV} {Licensing} direct debit failed, call 0800 111 2233
{Hi} {Mum} new number, text me on 07700 900456
{Lloyds} new device login, call 0203 555 9876
{Post} {Office} pension bonus, text 07700 900789
{Martin} {Lewis} bitcoin system, join at quick-profit-system.co
{Tesco} vouchers 500 for pensioners, claim at tesco-pensioner-vouchers.com
{Council} {tax} rebate 150, apply at council-rebate-gov.co.uk
{USPS} package held, update at usps-redeliver-now.com
{IRS} final notice, call 202 555 0188
{Social} {Security} suspended, call 888 555 0101
{Medicare} free back brace, call 1 800 555 0133
{Cash} {App} giveaway $750, drop your cashtag
{Zelle} payment pending, call 888 555 0155
{Amazon} charged $899, call 1 800 555 0166
{Geek} {Squad} renewal $349, call 1 877 555 0144
{E-ZPass} unpaid toll, pay at ezpass-tollpay.com
{PayPal} account limited, restore at paypal-resolution-center.com
{Netflix} payment failed, update at netflix-billing-help.com
{Apple} {ID} locked, unlock at appleid-unlock-support.com
{Walmart} $1000 gift card, claim at walmart-survey-winner.com
{Facebook} {Security} page deletion, appeal at fb-appeal-center.com
{Meta} verification required, visit meta-verify-support.com
{WhatsApp} {Gold} upgrade, download at whatsapp-gold.net
{Instagram} blue tick for 5,000, DM @verify.badge.agent
{Crypto} {recovery} experts, email recoverpro2026@gmail.com
{Elon} BTC doubling, send to wallet at musk-btc-giveaway.com
{Forex} {Mrs} {Jessica} 500 to 7800, WhatsApp +447700900111
{USDT} withdrawal pending, pay unfreeze fee at usdt-unlock.io
{AI} {trading} robot 30% daily, join at ai-robot-profits.com
{Brand} {ambassador} earn 50k weekly, DM on t.me/ambassadorhiring
{Shipping} {company} job abroad, pay medical fee to 08024445566
{Shell} 100th anniversary free fuel, claim at shell-100-anniversary.com
{Coca-Cola} fridge giveaway, answer at coke-fridge-gift.com
{Emirates} free tickets, survey at emirates-birthday-gift.com
{Samsung} S24 for 20,000, pay deposit to Till 778899
{Land} in {Lekki} pay 500k, call 08098877665
{Hostel} near UG, pay deposit to 0247788990
{Puppies} for sale, pay delivery fee to 08167788990
{Widow} donating $7.5m, email mrs.helen.donation@gmail.com
{Pastor} seed offering 10,000, pay to 0123456789 First Bank
{Prophet} breakthrough, send 5,000 to 08033344455
{Savings} {circle} 20k to 160k, WhatsApp 08144455566
{Pension} verification, send PIN to 08055566677
{Flood} {relief} fund, register at flood-relief-ng.org
{Covid} {relief} 30,000 per household, apply at covid-relief-grant.com
{UN} {relief} for widows, email un.relief.desk@gmail.com
{Interpol} compensation $1.2m, call +12025550177
{CBN} scam money recovery, call 09066677788
{Hack} any {WhatsApp}, DM @hackmaster_pro
{Embassy} {visa} 100% approval, WhatsApp +2348122233344
{Student} {loan} forgiveness, call 1 888 555 0119
{Oil} {rig} engineer needs iTunes cards, my love
{Customs} holding my gold, send 300k to release
{Flight} {ticket} 2000 dollars then we marry, baby
{Herbal} {medicine} cures diabetes, call 0722333444
{Spell} {caster} Dr Okoro, WhatsApp +2348033344556
{Mganga} anarudisha mpenzi, piga 0755444333
{Love} {problem} solution Baba Ji, call 9988001122
{Church} {dues} new account, pay to 2233445566 GTBank
{iTunes} {cards} for sick member, send codes to 08099988877
{Google} {Play} cards for client, reply to ceo.office.urgent@gmail.com
{School} {fees} new account 0987654321 Zenith, pay today
{Rent} new account, pay to 1122334455 UBA, landlord abroad
{Traffic} {fine} unpaid, pay at traffic-fines-gov.com
{Toll} {notice} 11.70 unpaid, pay at tollpay-notice.com
{Gmail} storage full, verify at gmail-storage-free.com
{Airtime} {bonus} 5,000, send the code to 08111222333
{App} made me 2 million, join at easy-millions-app.com
{GCash} reward 10,000 pesos, enter MPIN at gcash-rewards-ph.com
{Aadhaar} update for post office account, call 1800 111 2222
{LPG} e-KYC incomplete, share OTP with 8899001122
{Army} {officer} selling scooter, pay advance to upi armyseller@okaxis
{Canteen} items half price, GPay 9001122334
{Son} {arrested}, pay officer 50,000 on 9811122233
{Spin} {the} {wheel} Honda Activa, pay GST at amazon-spin-win.in
{EPF} withdrawal 24 hours, call 9012345678
{Google} {Maps} reviews Rs 150 each, Telegram t.me/reviewjobs_india
{Jazz} 50GB free, dial and share, details at jazz-free-net.pk
{Pakistan} {Post} lucky draw car, call 03000001111
{Urgent} 20,000 for hospital, JazzCash 03210001111
{Citizen} {Portal} relief 12,000, verify at citizenportal-relief.pk
{M-Shwari} limit 100k, send code to 0711000222
{KCB} bonus credited, call 0799000333
{Kazi} {Majuu} Poland jobs, piga 0711000444
{Maize} {flour} relief, send ID and 200 to 0722000555
{Nimekwama} Nairobi, nitumie 2,000 kwa 0733000666
{Telecel} loyalty 500 cedis, enter PIN at telecel-loyalty.com
{GCB} {Bank} Ghana Card link, call 0244000777
{Forex} {dollars} for cedis, MoMo 0244000888
{Stranded} at Kotoka, MoMo 1,000 to 0244000999
{Flow} {Jamaica} bonus credit, send PIN to 876 555 6666
{Western} {Union} unclaimed 750,000 JMD, call 876 555 7777
{JN} {Bank} account lock, call 876 555 8888
{Marketplace} buyer needs your card for refund, click pay-secure-refund.com
{Concert} VIP tickets, pay on Zelle to 917 555 0123
{Broker} {recovery} 100% guaranteed, visit fundsback-legal.com
{Access} {Bank} token expired, call 07012340000
{First} {Bank} BVN mismatch, reply with PIN to 08011110000
{Make} 30k daily, register at 30k-daily-naija.com
{Mummy} it's Tola, send 45k to Opay 8012345678
{Visa} {lottery} USA 2027, send passport to dvlottery-check.org
{Bet9ja} sure odds 100% fixed, WhatsApp 08155566677
{SportyBet} fixed match, 50 odds guaranteed, call 0244556677
"""
)
