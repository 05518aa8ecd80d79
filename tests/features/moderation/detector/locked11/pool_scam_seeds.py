# ruff: noqa: E501
"""Hand-written scam seeds for the scam_disguised category (locked11).

Braces mark what a scammer would disguise: trigger words, links (dots get
spaced or bracketed) and phone numbers (digits swapped for letters or spaced).
Every number, handle and domain is invented.
"""

SCAM_SEEDS = """
{Congratulations}! You have {won} a £1000 {Tesco} {voucher}. Claim at {tesco-rewards-uk.info}
Your {bank} {account} will be {closed} today. Call {0800 808 4410} now
{ROYAL} {MAIL}: unpaid postage £1.99, pay at {royalmail-parcel-fee.com}
{HMRC} {tax} {refund} of £482.19 waiting. Reply with your {bank} {details}
{Double} your {bitcoin} in 24 hours, {DM} me
{WhatsApp} me on {07700 900451} for {guaranteed} {profits}
Earn £500 a day from home, {message} me on {WhatsApp}
Your {pension} payment is {suspended}. {Verify} at {pension-service-update.co}
{Free} {iPhone} {giveaway}, click {bit.ly/3FreePh0ne}
{Crypto} {investment}: put in £200, get £2,000 back in a week. {Telegram} {@cryptoqueen_uk}
Hello dear, I am a {US} {Army} {doctor} in Syria. Write me on {WhatsApp} {+1 302 555 0198}
{Parcel} on hold. Pay {£2.99} {redelivery} {fee} at {evri-redeliver.net}
Your {Netflix} has been {suspended}. {Update} {payment} at {netflix-accounthelp.com}
{Work} {from} {home}!! ₹30,000 {daily}. Contact {98765 10234}
{Send} 0.5 {ETH}, {receive} 1 {ETH} back. {Official} event
{Amazon}: £89.99 {charged}. Not you? Call {0203 555 0192}
Your {PayPal} is {limited}. {Confirm} {identity} at {paypal-resolution-centre.net}
{Investment} {opportunity}, {guaranteed} 30% {weekly} {returns}, inbox me
{FINAL} {WARNING}: {TV} {Licence} expired, pay at {tvlicence-renew.uk}
Your {card} is {blocked}. {Unlock} here: {commbank-unlock.net}
{Customs} {fee} of $4.20 needed for your {AusPost} parcel, pay at {auspost-customs.com}
Mum it's me, new number. Need £400 for rent, can you {send} it {today}? xx
{Microsoft} {Security} {Alert}: call {0800 046 1190} {immediately}
Your {Aadhaar} is linked to a {crime}. Call {Cyber} {Cell} {022 4518 2233}
{Inheritance} of $6.2M, you receive 40%, reply {urgently}
{Lottery} {winner}! Your number won £750,000. Contact {agent} {David} on {07700 900812}
{Forex} {signals} with 95% win rate. Join {t.me/forexkingsUK}
{SBI} {KYC} {pending}, account {blocked} today, call {70035 88190}
{Apple} {ID} {locked}, {verify} within 24h at {appleid-secure-login.com}
{Loan} {approved} ₦500,000 in 5 minutes, {WhatsApp} {0803 555 7721}
I made £9,000 from {bitcoin} {trading} last month, {message} me to learn
Your {electricity} will be {disconnected} tonight, call {officer} {93012 77441}
{Cash} {App} {giveaway} $750, comment your {cashtag}
{Romance}: lonely {engineer} on an {oil} {rig} looking for love, {add} {me}
{Part} {time} {job}, ₹9,000 per day, {registration} {fee} ₹1,499
{Crypto} {recovery} {expert}, I get back your {lost} {funds}
Your {WhatsApp} will be {deleted}, send us the {6} {digit} {code}
{Free} £50 {Morrisons} {voucher} for pensioners, {claim} now
{Facebook} {Security}: your page will be {deleted}, appeal at {fb-appeal-centre.com}
{Amazon} {warehouse} {job}, pay £75 for {uniform} and {DBS}
{ATO}: {arrest} {warrant} issued, call {1300 555 019} to {pay}
{Gold} {scheme}: ₹10,000 becomes ₹1 lakh in 30 days
See who {viewed} your {profile}: {bit.ly/wh0viewedme}
{Vehicle} {tax} {overdue}, pay at {gov-uk-cartax.co.uk}
{Rate} {hotels} {online}, earn daily, {Telegram} {@hotelrating_job}
{Binary} {options} made me {rich}, {DM} for {free} {training}
{Free} {Asda} {hamper}, 3 left, {click} {here}
Stuck in {Manila}, {wallet} {stolen}, send money by {Western} {Union}
{Consignment} {box} with $450,000 at the {airport}, pay {clearance} {fee}
Pack {Shein} orders at home, £1,500 weekly, {starter} {kit} £49
{Council} {tax} {refund} £187, confirm {bank} {details}
{Brand} {ambassador} wanted, {free} products + £500 monthly
{Euro} {Millions} {promo}: your email won €1,000,000
{Temu} parcel {fee} £0.99, pay at {temu-delivery-fee.com}
{Universal} {Credit} {winter} {grant} £600, {confirm} {details}
{Deloitte} {recruiter}, {remote} {job}, {no} {interview}, add me on {WhatsApp}
{HDFC} {NetBanking} {blocked}, update {PAN} at {hdfc-pan-update.in}
{Single} {mums} {grant} up to £3,000, comment {interested}
{NatWest}: {unusual} {login}, {verify} at {natwest-secure-check.com}
Hey handsome, {lonely} girl new in town, add my {snap} {@kaylee_xo22}
{GTBank} {restricted}, call {0700 482 9910} with your {BVN}
{Accident} {compensation} £4,200, you may be {entitled}, reply {YES}
{Copy} {trading}, 97% win rate, {minimum} {deposit} £500
{Heating} {allowance} £1,500 for over 65s, {message} the {admin}
{Taylor} {Swift} {tickets} face value, {bank} {transfer} only
{Nurse} in {Dubai} wants to {invest} in your country, {talk} {privately}
Your {visa} has an {issue}, pay the {processing} {fee} today
{Quit} your 9-5, {forex} with me, {link} in {bio}
{SIM} {blocked} in 2 hours, call {customer} {care} {99103 22871}
{Coinbase} {compromised}, move funds to {secure} {wallet}
{Surveys} pay £200 a day, {sign} {up} with your {card}
{HSBC}: new {payee} added, call {0330 555 0143} if not you
{Federal} {Ministry} {director} needs {foreign} {account} for $15M
{Free} {stairlift} from the {government}, £49 {assessment} {fee}
{Parcelforce} {duty} {payment} {required} within 24 hours
{iCloud} {full}, {photos} will be {deleted}, claim 50GB {free}
{Widowed} {engineer}, 58, {offshore}, {looking} for {love}, message me
{Toyota} {car} {giveaway}, like and share and {message}
{Detective} from the {Met}: move your {savings} to a {safe} {account}
{Money} {transfer} {agent} wanted, keep 10%
{DHL}: {undelivered}, pay £1.99 at {dhl-parcel-confirm.com}
{Crypto} {millionaire} at 19, {WhatsApp} {Mr} {Robert} {+44 7700 900377}
{Premium} {Bonds} £25,000 {win}, {verify} your {identity}
{Post} {ads} for $500 daily, pay $35 {registration}
£10,000 {loan} once you pay the £199 {insurance} {fee}
{US} {Marine} wants to {retire} with a {loving} woman, write me
{Bitcoin} {frozen}, pay 0.05 {BTC} {unlock} {fee}
{Lloyds} {account} {CLOSED} at midnight, click the {SMS} link
{FREE} {iPad} to the first 50 who {click} and {share}
{Electricity} {KYC} {pending}, line cut tonight, call {93017 11892}
{CRA} {benefits} {terminated}, pay in {gift} {cards}
{Dubai} {real} {estate} 40% {monthly} {returns}
Your {Facebook} won our {anniversary} {lottery}, $100,000
School fees {rebate} ₹4,500, share your {UPI} {PIN}
Be your own {boss}, {passive} {income}, inbox {BOSS}
{Bad} {credit} {loan} at 2%, my husband works at the {bank}
{Holiday} to {Tenerife} {free}, text {WIN} to {81818}
{Medibank} {refund} $312, {confirm} {account} {details}
{DVLA} {licence} {revoked}, {verify} now at {dvla-licence-check.com}
£100 becomes £1,000 in 10 days, join my {investment} {team}
Your {grandson} needs {bail} {money}, call {Officer} {Ben} {07700 900261}
{Airtel} {lucky} {draw} ₹25 lakh, {WhatsApp} {Mr} {Sharma}
{Amazon} {product} {reviewer} $45/hr, {Telegram} {@amz_hr_desk}
{NHS} {PCR} {kit}, small {postage} {fee}
{Vodafone} {payment} {failed}, update {card} {details}
{Bank} {of} {England} {guaranteed} 30% return, limited {slots}
{Binance} {support}: send your {seed} {phrase} to {verify}
{Telstra} {overdue}, pay to avoid {disconnection}
{Car} {insurance} {overpaid}, claim back £1,200, reply {YES}
{FBI} flagged your {IP}, pay {fine} in {Google} {Play} {cards}
{Buy} {products}, we {refund} with 15% {commission}
{Customs} {seized} {package}, press 9 for an {officer}
{Elon} {Musk} {giveaway}, send 1 {BTC} get 2 {BTC}
{ANZ}: {suspicious} {transaction} $1,850, call {security} {team}
{Princess} {Adaeze} has {gold} {bars} to transfer
{Instagram} {copyright} {violation}, appeal at {ig-copyright-appeal.com}
{Mortgage} paid off in 6 months with {secret} {trading} {system}
{Unclaimed} {premium} {bonds} £4,700, call {07700 900633}
{Bank} {of} {Ireland} {card} {blocked}, text us your {details}
{Health} {Lottery} winner helping 100 families, {share} and comment {DONE}
{Warehouse} {job} £22/hr, pay £60 for {ID} {badge}
{Medicare} {card} {expired}, pay $19.95 {shipping}
{Life} {certificate} not submitted, {pension} stops, upload {Aadhaar} at {pension-life-cert.in}
{BT} {line} {disconnected} today, press 1
Hi mum, lost my {phone}, need an {urgent} {payment}, {text} {only}
£2,000 {cashback} per {investor} you {introduce}
{Passport} {application} {flagged}, pay £37.50
{Lonely} {soldier}, send {iTunes} {cards} so I can call you
{Ola} {refund} ₹2,150, {verify} with {OTP}
{Coca-Cola} {loyalty} {promo}, prize £750,000
{Sainsbury's} £100 {vouchers} {free} before {midnight}
{Reship} {packages} from home, £1,000 weekly
{Ring} {subscription} {failed}, update at {ring-billing-help.com}
{Meta} {verified} {badge} £9.99, {DM} to apply
{Council} {tax} {arrears}, {bailiffs} will attend today
{Woolworths} $500 {gift} {card}, pay $1 {shipping}
{Western} {Union} $4,500 waiting, {activation} {fee} $120
₦20,000 per {referral}, {forex} {community} pays Fridays
{Double} {payment} {refund} £312.60, provide {bank} {details}
{Winter} {fuel} {payment}: pensioners must {register} with {bank} {details}
{Side} {hustle} from my kitchen table, £700 a week, comment {ME}
₹5,000 {free} {recharge} for all Indians, {register} at {free-recharge-india.in}
{Bitcoin} {mining} {plan} 0.01 {BTC} daily, {admin} {verified}
{Optus} {SIM} {deactivated}, reply with {licence} {number}
{MTN} {lucky} {winner} ₦2,000,000, send {account} {details}
{DWP} {Attendance} {Allowance} {review}, {confirm} {bank} {details}
{Account} {frozen} in {Ghana}, send $900 {release} {fee} and we marry
{Free} {piano}, just pay {removal} £150
{Canada} {visa} {sponsorship}, {processing} {fee} ₦350,000
You've been {tagged} in a {video}, watch at {bit.ly/isthisu22}
{Overseas} {pension} {scheme} 12% {guaranteed}, {free} {review}
{Flipkart} {lucky} {draw} car, pay ₹12,500 {registration}
{Halifax} {card} {expires} tomorrow, {confirm} your {details}
Good morning all 🌞 I never believed in {online} {trading} until my {mentor} turned my £300 into £6,450. {Message} her on {WhatsApp} {+44 7700 900912}, God bless!!
ATTENTION PENSIONERS!!! The {government} is paying a {one-off} £850 {bonus} this month. {Register} your {bank} {details} at {gov-pension-bonus.org.uk} before Friday
Dear Customer, we {tried} to {deliver} your {parcel} but nobody was home. Book a new slot and pay the £1.45 {fee} at {redelivery-royalmail.help}
Hello beautiful soul, I am {Dr} {Frank} {Morgan}, a {widower} working with the {UN} in Juba. I want to {share} my life and my {savings} with you. {Email} {me}.
I'm {hiring} 20 {Nigerians} for {remote} {jobs} paying $2,000 a month. {Application} {fee} ₦15,000 only. {Send} {CV} to {jobs.ng.hiring@mailbox.example}
Kindly {note}: your {ICICI} {credit} {card} {reward} {points} worth ₹7,850 expire {today}. {Redeem} at {icici-rewards-redeem.in}
G'day! {Westpac} here. We've {placed} a {hold} on your {account} after a {login} from overseas. {Confirm} it's you: {westpac-verify-au.com}
""".strip()
