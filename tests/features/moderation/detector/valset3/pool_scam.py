# ruff: noqa: E501
"""Offensive: scams and phishing in plain text, mostly without links.

Phone numbers come from ranges reserved for drama or fiction (UK 07700 900xxx, 020 7946 0xxx,
0800 555 0xxx style; US 555-01xx). Handles and names are invented. One text per line.
Hand-written for valset3.
"""

_PRIZE = """
congratulations!! you've been selected as our monthly winner of £5,000. text CLAIM to 07700 900211 to receive your prize
🎉 you won an iPhone in our anniversary giveaway! reply with your full name, address and the £2.99 delivery fee to claim it
final notice: your unclaimed prize of $1,250 expires at midnight. call 1-555-0143 now and quote ref WIN-88
lucky draw result: your phone number was picked for a brand new SUV. whatsapp our agent on +44 7700 900876 to arrange collection
hi dear you are winner of our facebook lottery 2026, contact agent mr david on telegram @fb_lotto_desk to release your cash
customer appreciation week: you've received a £500 store voucher. to activate it, send your card details to our support team by DM
free console for the first 50 people who DM me their email and password so i can verify they're real gamers
you've been chosen for a £750 supermarket reward, reply YES and our team will call to confirm your bank info
your mobile number has won 850,000 GBP in the international email draw. send your name, age and occupation to the claims officer
spin the wheel winner! you landed on the grand prize. just cover the £15 processing charge by bank transfer and it's yours
we're giving away 10 free holidays to the maldives for our 10th birthday, comment DONE and send us a screenshot of your card to enter
you are the 1,000,000th visitor to our page! message us within 10 minutes to claim your reward
official notice from the national lottery board: ticket 4471-X matched 5 numbers. contact the payout agent on whatsapp +44 7700 900512
you qualified for a free £200 fuel card. reply with your date of birth and card number to confirm eligibility
i won the lottery last month and i'm sharing £10k with 20 random followers. reply with your bank name to be picked 🙏
"""

_ACCOUNT = """
URGENT: your bank account has been suspended due to unusual activity. call our security line 0800 555 0199 immediately to restore access
your streaming payment failed. reply with your card number, expiry and cvv today to avoid losing your account
security team notice: your matrix account will be deactivated in 24h unless you verify. send your password to this account to confirm ownership
tax office: you are owed a refund of £326.18. reply with your sort code and account number to receive it within 2 working days
paypal alert: someone tried to log in from another country. to block them, read us the 6 digit code we just sent you
this is the fraud department at your bank. we've frozen a suspicious £900 transfer. to protect your money, move your savings into the safe account we give you
steam support here: your account was reported for trading violations. to avoid a permanent ban, verify ownership by sending me your login
discord staff: your account has been flagged for spam. add me and i'll clear it before it's terminated in 12 hours
your apple id has been locked for security reasons. call apple support on 020 7946 0321 to unlock it
IRS notice: you owe back taxes and an arrest warrant will be issued today unless you pay with gift cards. call 202-555-0176
hi, i accidentally sent my verification code to your number, can you send me the 6 digits you just got? thanks so much
your whatsapp will be banned in 24 hours for violating terms. forward the code we texted you to this number to appeal
your email storage is full and incoming mail is being deleted. reply with your email and password to upgrade free of charge
instagram copyright team: your account has received a violation notice. reply with your login within 48h or it will be removed
your energy supply will be disconnected at 5pm today for non-payment. call 0800 555 0155 now to pay by card and avoid a cut-off
warning: your national insurance number has been used in a crime. press 1 or call 020 7946 0588 to speak to an officer
we detected a purchase of £849.99 on your account. if this wasn't you, call our fraud team on 0800 555 0133 and have your card ready
your driving licence is due to be suspended over an unpaid toll charge of £7.40. reply PAY to settle and avoid a fine
amazon security: a new device logged into your account. reply with the one-time code to confirm it was you
your bank card has been cloned. don't hang up. we're sending a courier to collect it, please write your pin on a note for him
your crypto exchange account is restricted. complete KYC by sending a photo of your ID and your wallet's private key to support
hello, this is the council. you've been overcharged council tax for 3 years. we need your card details to process the refund
your mobile contract has been upgraded by mistake. call 0800 555 0178 with your account pin to cancel the extra charges
final reminder: your domain name expires today. reply with your card details to renew and keep your website online
"""

_CRYPTO = """
send any amount of BTC to my wallet and i'll send double back within 10 minutes, celebrating 1M followers 🚀
the big giveaway is live: send 0.1 eth and receive 0.2 eth back instantly. only 2 hours left
my account manager turned my $300 into $14,000 in 3 weeks with his crypto signals. message him, he only takes 5 new clients
guaranteed 30% weekly returns on our USDT staking pool. zero risk. DM for the deposit address
made £40k trading forex from my phone this year. ask me how, i'll teach you for free 💰
giving back to the community: the first 20 people to send 50 USDT get 500 back. DM for the wallet
new token launching tonight, presale at 0.0001. early buyers 100x minimum. join the telegram before it's full
i'm a blockchain analyst and your wallet has been flagged for a free airdrop. reply with your seed phrase to claim
mining pool invite: deposit 1,000 USDT and earn 3% daily, withdraw anytime. referral bonus for friends
my mentor showed me a bot that trades while i sleep. 2 btc profit last month. ask me for his number
double your bitcoin in 24 hours through our verified escrow. limited slots today, message me before 6pm
the exchange is shutting down and migrating balances. send your coins to the migration wallet within 48h or lose them
hey, remember me? we met at the conference. my uncle is a fund manager, i can get you into his gold-backed coin before it lists
i've made 8k this week copying trades from a private group. i can add you, it's just a £250 joining fee
"""

_SUPPORT = """
hello, i'm from technical support. your computer has been sending us virus alerts. please install the remote tool and give me the code so i can fix it
hi, i'm a moderator of this server. your account is flagged for spam, send your recovery phrase so we can whitelist your wallet
wallet support here: we noticed your sync failed. reply with your 12 word seed phrase to restore your funds
microsoft here, your windows licence expired and your files will be deleted tonight. call us now on 0800 555 0122
hi, homeserver admin here. we're migrating accounts tonight, please reply with your password and recovery key so yours isn't lost
your broadband engineer here. we're seeing hackers on your router. i need you to open your banking app while i'm on the line
i'm from the help desk, we're upgrading the verification system. what's the code that just arrived by sms?
official support for the game: we're compensating players for the outage. give me your login and i'll add 5000 gems
hello from customer care. your refund of £399 was sent by mistake as £3,999. please return the difference by gift cards today
we are the security team of your antivirus. your subscription auto-renewed for £299. call 0800 555 0160 to cancel and get a refund
"""

_JOBS = """
earn £300-£500 a day from home just liking videos. no experience needed. whatsapp +44 7700 900333
hiring now!! remote data entry, $45/hr, no interview. pay the $60 training fee and start today
we need parcel reshippers: receive packages at home, forward them abroad, £2000 a month. send a copy of your passport to apply
looking for people to receive money into their bank account and send it on, you keep 10%. easy cash, DM me
mystery shopper wanted! we send you a cheque for £2,000, you deposit it, keep £300 and wire the rest to our evaluator
online task job: complete 40 order boosts a day, top up your account first to unlock higher commissions
hi, i'm a recruiter. your CV matched a part-time role paying £180 a day. message me on whatsapp to start immediately
work from home as a product reviewer, get paid for every rating. the starter kit is only £49 and you earn it back day one
we're hiring students as payment agents, just lend us your bank account for a week and earn £500
vacancy: cruise ship crew, all visas sorted. send £350 for the medical and documents and fly out next month
modelling agency scouting new faces! £1,200 per shoot. portfolio fee of £250 required before your first booking
remote job with a big online shop. deposit £100 into the work wallet to activate your tasks, refundable with your first salary
"""

_INVEST = """
unlock your pension early, tax free, before age 55. our advisers can release up to 50% today. call freephone 0800 555 0187
exclusive pre-IPO shares in a lithium company, 400% return predicted, minimum £5k. only 10 places left, message me privately
my uncle works at the central bank and knows which stocks will jump next week. join my signals group, £99 entry
turn £250 into a monthly passive income with our AI trading robot. fully automated, 98% win rate
gold opportunity: buy at wholesale today and we'll store it in our vault, guaranteed to double by 2028
carbon credits are the next oil. invest £10,000 today and we guarantee 25% a year, government backed
fixed-rate bond paying 14% a year, fully protected, no fees. speak to our senior broker on 020 7946 0433
is your pension underperforming? free review, we move it into our overseas fund and triple it by retirement
wine investment: buy cases of rare vintage now and we'll sell them for you at auction for 3x the price
property in dubai from £20k, guaranteed 18% rental yield. reply to this message for the brochure
join our vip investor circle. members earned 212% last quarter. first deposit matched 100%
"""

_PARCEL = """
royal mail: your parcel is held at our depot due to unpaid postage of £1.45. reply with your card details to rebook delivery
courier notice: we attempted delivery but customs charges of £2.99 are outstanding. text your card number to 60123 to release it
your package could not be delivered. confirm your address and pay the £1 redelivery fee by replying to this message
postal service: your shipment is on hold. call 1-555-0190 with your tracking number and payment info
your parcel from china has been stopped at the border. pay £4.20 import duty by replying with card details or it will be destroyed
we're holding a package in your name with a declared value of £3,000. release fee £180, payable by bank transfer to our agent
the driver couldn't find your house. reply with your full address, date of birth and card number to rearrange
"""

_ROMANCE_FEE = """
hello my dear, i am a US army surgeon on deployment, i have $2.5 million in gold that needs moving and you seem trustworthy. you will get 30%
i am barrister okoro, your late relative left an inheritance of £4.7m. we need £850 in release fees before the funds can be transferred
hi handsome, i saw your profile and felt a connection. i'm stuck at the airport and need $400 for my ticket to come and see you, i'll pay it back when i land
my darling i cannot wait to meet you but customs have seized my luggage, please send £1,200 by money transfer, i love you
greetings, i am the widow of a late oil minister. i have chosen you to help me move $18 million out of the country
i'm a lonely engineer on an oil rig, my bank card is blocked offshore. could you buy me some gift cards so i can call you?
hi sweetheart, my daughter is in hospital abroad and the bank froze my account. just £600 and i'll repay you double next week
you don't know me but i'm a bank manager and there's an abandoned account with no next of kin. we can split $9.2m, i just need your details
my love, the gold shipment is ready but the diplomat needs a clearance fee of $2,300. once paid i fly to you forever
i'm a UN peacekeeper on a mission and they won't give me leave unless i pay a fee. please help me come home to you baby
dear friend, i have a consignment box of $3.8m stuck at the airport with your name as beneficiary. send the $450 storage fee to receive it
hey it's me, your old friend from school! i've been made executor of a trust and picked you as beneficiary. just pay the legal costs
"""

_RECOVERY = """
lost money to a crypto scam? our certified recovery agents get 100% of your funds back. upfront fee only, message me
i was scammed too until i found agent mark on telegram. he recovered my $30k in 48 hours. contact @recover_mark_official
we are the international fund recovery unit. you're eligible for compensation for the fraud you suffered. pay the processing fee to release it
hacked instagram? i can get it back in 20 minutes. DM me, small fee
police cyber unit here: we arrested the people who scammed you and recovered £12,000. pay the £300 release fee to receive it
the hacker who took your account is in our custody. for £150 in bitcoin our team will restore everything
is your account disabled? i work for the platform and can reactivate it for $50, thousands of happy customers
"""

_MISC = """
hi mum, this is my new number, my phone broke. can you send £280 for my rent today? i'll pay you back friday, don't call i can't talk
dad it's me, i'm in trouble, lost my wallet abroad. please send money to my friend's account, i'll explain later xx
hello, sorry, is this anna? oh wrong number! you seem nice though. what do you do for work? i invest in crypto on the side
tickets for saturday's sold-out gig, 2 left, face value. bank transfer only, i'll send them after the payment clears
adorable puppies for rehoming, vaccinated, just pay the £250 courier fee and we'll deliver to your door
lovely 2 bed flat, £600 a month, bills included. i'm working abroad so can't show it, send the deposit and i'll post the keys
earthquake relief appeal: families need you now. send donations to my personal account and i'll make sure it reaches them
government cost of living grant: you qualify for £650. reply with your NI number and bank details to receive it this week
student loan forgiveness approved! call 1-555-0164 to finalise, a small processing fee applies
pre-approved loan of £15,000 regardless of credit score. just pay the £99 insurance fee first to release the funds
boss here, in a meeting and can't talk. i need you to buy 5 x £100 gift cards for a client, send me the codes asap
free government energy rebate of £400 this winter. reply with your full name, date of birth and the long number on your bank card. closes friday
your grandson has been arrested and needs £2,000 bail today. don't tell his parents, he's embarrassed. a courier will collect the cash
legit sugar daddy looking for a sugar baby, $2k a week allowance. i just need you to pay the $100 verification fee first
sell your old phone for top price! send it to our freepost address first, we'll pay you once it's checked
i'm a famous footballer's manager, he's doing a secret fan giveaway. pay £20 shipping for your signed shirt
your house qualifies for free solar panels under a new scheme. just a £199 survey fee, reply today
grant for small businesses: £5,000 no strings. reply with company name and account details, we deposit tomorrow
"""

_MORE = """
cash flip! send me £50 and i'll flip it into £500 within the hour, 100% legit, look at my proofs 💸
marketplace buyer here, i'll take the sofa unseen. i'll pay via courier service, you just need to pay their £45 insurance first
i accidentally overpaid you by £700 for the bike, could you send the difference back to my cousin's account?
i hacked your webcam and recorded you. send £1,500 in bitcoin within 48 hours or the video goes to all your contacts
i have insider info on fixed football matches this weekend. 100% sure wins, one tip costs £200. serious buyers only
psychic reading reveals a curse on your family. for £300 i can perform the cleansing ritual tonight
dating site security check: to prove you're not a bot, buy a £25 gift card and send me the code
matrix is moving to a paid plan. reply with your card details in this room to keep your username for free
verify you're human: send $1 to this account and you'll receive $100 within the hour
join our blessing loom! give £100, receive £800 when your flower blooms. totally not a pyramid, it's a gifting circle
green card lottery 2026 results are in and you were selected! pay the $320 visa fee to our consulate agent to confirm
this miracle herbal cure reverses diabetes in 7 days. pay upfront and we ship tonight, doctors hate it
your flight was cancelled and you're due £520 compensation. reply with your booking ref and bank login to process
low mileage hatchback, £1,800 ono. i'm posted overseas so the car is with a shipping company, pay them and they deliver
we found gold bars in a war zone and need a partner to receive them. 40% to you, only customs costs upfront
full university scholarship approved for you! pay the $150 registration fee within 24 hours to secure your place
get 10k followers in a day with our growth service, but pay today because it's half price until midnight
my little boy needs urgent surgery, we're £3,000 short. please send anything you can to my personal account, god bless
you're invited to our exclusive trading masterclass, normally £2,000, today only £97. results guaranteed or your money back*
farmland investment in paraguay, guaranteed returns of 20% a year. minimum 5k. call our office on 020 7946 0912
your tv licence has expired and you may face prosecution. reply with your card details to renew today
you've been selected for a paid survey, £150 for 10 minutes. we just need your bank details to send payment
census fine: you failed to complete the census and owe £120. pay by phone on 0800 555 0114 today to avoid court
congratulations on your new OnlyFans agency contract! we just need a £200 onboarding fee before your first payout
your phone has been hacked and your photos stolen. call our helpline on 0800 555 0141 now and we'll remove the virus remotely
the booking for your hotel needs reconfirming or it'll be cancelled. reply with your card number and security code
we're hiring immigration paralegals to help people skip the queue. a visa guaranteed in 2 weeks for a one-off fee of £900
an anonymous donor has chosen you to receive a $50,000 grant. contact their secretary on telegram @donor_secretary_grant
psst. i can get you a free premium account for any streaming service, just give me your email password so i can link it
your computer registered a trojan, don't switch it off. call the number on screen 0800 555 0129
your loyalty points worth £84.50 expire today. reply POINTS with your card number to convert them into cash
claim your tax-free crypto bonus from the government digital currency scheme, reply with your wallet's seed words
my friend made 3 grand last week on a new app, you just deposit and it trades for you. DM me and i'll send you her referral
please help, i'm locked out of my account and the bank needs someone to receive a transfer for me. you keep £100 for your trouble
the widow of a diamond dealer needs a trustworthy person abroad. you were recommended. reply for the secret details
you've got a package waiting at the post office from a secret admirer 😍 pay the £3 customs charge to receive it
we are selling apple products at 80% off, unclaimed stock from the warehouse. bank transfer only, no refunds
limited: free £1,000 for the first 100 people who verify their identity with a selfie and a photo of their bank card
your child's school dinner account is in arrears. pay £36.40 by replying with card details or meals will stop tomorrow
bank of england notice: old notes are being withdrawn, a courier will exchange yours at home. keep them ready in an envelope
your amazon prime membership renewed for £479. if you didn't authorise this call 0800 555 0181 and press 1
get rich from home with our secret method! i went from zero to 30k a month. first step: pay for the starter pack
i'm a soldier posted overseas and i found you on here. i'm coming home soon, i just need help with my leave papers, it costs $800
urgent, your account is compromised! transfer all your money to this new sort code 40-55-01 for safekeeping until we investigate
i'm a lawyer for a deceased client who shares your surname. we can claim his $7.4m estate together, 50/50, just pay my filing fees
hello friend, i am prince adebayo of a royal family in exile. help me receive my fortune and i will reward you generously
pay £20 to join my secret santa exchange and you'll get 36 gifts back! the more people you bring in the more you receive
the tax authority has issued a warrant in your name. only a payment in gift cards today will cancel it. call 202-555-0138
win an electric bike by answering one simple question! the small shipping fee of £1.95 is all you pay
your crypto account is ready for withdrawal: $41,230 in profit. pay the 10% withdrawal tax first to unlock your funds
the charity is giving free groceries to families this christmas, reply with your bank details for a delivery voucher
i'm from the energy company and you're entitled to a smart meter rebate. read me the long number on your card to process it
hey i'm stuck at a hospital abroad and my phone's dying, can you top up my number with £50 and i'll send it back tonight?
guaranteed payday loan, no credit checks, £2,000 in your account today. just send the £75 arrangement fee upfront
lonely widower here looking for a companion. i'm wealthy but my funds are tied up in probate, could you help with a small bridging loan?
we noticed your retirement savings are at risk from a market crash. move them today into our protected gold account
the prize team is trying to reach you about your £10,000 cheque. call 07700 900639 before 5pm or it will be given to another winner
you've been identified as a beneficiary of an unclaimed insurance policy. the release fee is only £95. reply to start the claim
free iphones for our loyal followers!! link in bio, enter your card details for shipping only 📱
check my bio for a special deal: bitcoin bought at half the market price, only today, only 5 spots
for the refund click the secure page in my profile and log in with your bank details there
last chance to claim your compensation for the data breach: visit the claims page in my pinned post and enter your card
confirm your account at secure-verify-login.info within 24 hours or lose access permanently
your parcel is waiting, pay the redelivery charge at parcel-redeliver-fees.net to choose a new slot
claim your free crypto airdrop at airdrop-claim-bonus.org before the snapshot closes tonight
your sim will be deactivated tonight. to keep your number, send us the pin and puk codes from the card it came on
hey, saw your post about the fundraiser. i'm the organiser's assistant, send your donation to my personal account, the official one is down
selling my festival wristband for £90. friends and family payment only please, i don't do buyer protection
great news, your loan of £25,000 is approved! to receive the funds you must first buy £300 of vouchers as proof of income
genuine luxury watches at 90% off, seized by customs and sold at auction. message me for the private sale price
"""

SCAM_PLAIN = [
    line.strip()
    for block in (
        _PRIZE,
        _ACCOUNT,
        _CRYPTO,
        _SUPPORT,
        _JOBS,
        _INVEST,
        _PARCEL,
        _ROMANCE_FEE,
        _RECOVERY,
        _MISC,
        _MORE,
    )
    for line in block.splitlines()
    if line.strip()
]
