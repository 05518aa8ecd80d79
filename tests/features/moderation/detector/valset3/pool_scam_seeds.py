"""Seeds for the disguised scams: 100 short hand-written scam texts.

They are distinct from the plain scams in pool_scam.py. disguise.py turns each one into a
disguised variant (look-alike letters, spacing, dots, leetspeak, zero-width characters); the
seeds themselves are not written to the set. One text per line. Hand-written for valset3.
"""

_SEEDS = """
free bitcoin giveaway, send 0.05 btc and get 0.1 back today
claim your prize now, text WIN to 07700 900145
your bank account is locked, call 0800 555 0102 to verify
whatsapp me for guaranteed crypto profits every week
you won a free iphone, pay the delivery fee to claim
urgent: verify your account password or it will be deleted
double your money in 24 hours, dm me for the wallet address
paypal security: confirm your card details to unblock your account
earn 500 a day from home, no experience, message me on telegram
investment opportunity, 40 percent monthly returns guaranteed
your parcel is held, pay the 1.99 customs fee to release it
send me your seed phrase and i will recover your lost funds
cash prize waiting, contact our claims agent on whatsapp
hi mum new number, can you transfer 300 for rent today
limited offer: buy ethereum at half price, only 3 spots left
your netflix is suspended, reply with card number to restore
crypto recovery expert, I got back 20k for my client, contact me
tax refund of 412 pounds waiting, send your bank details
lottery winner notice: your number was drawn, call to collect
free gift card for the first 100 followers, just enter your login
job offer: 60 dollars an hour, pay the training fee to start
bank fraud team: move your savings to a safe account today
account suspended for suspicious login, send the sms code to unlock
forex signals group, 98 percent win rate, join for 50 pounds
sugar daddy will send 1000 weekly, pay the verification fee first
your pension can be released early, call our advisers now
steam gift: accept my trade and log in to claim free skins
elon is doubling all usdt sent to this wallet for one hour
our ai trading bot made 9k profit last week, ask me how
package delivery failed, reply with address and card to reschedule
congrats winner, your cash reward expires tonight, reply YES
i am a soldier abroad and need money for my leave papers
inheritance of 3 million dollars, pay the release fee to receive it
verify your email password now or your mailbox will be closed
get a loan today with no credit check, small upfront fee
giveaway: we are sending 5 eth to the first 20 people who deposit
act now, your apple id is disabled, call support to unlock
remote work: receive money into your account and forward it, keep 10 percent
investment club invite, triple your savings by christmas
your wallet was hacked, give me the private key so i can secure it
bonus cash: deposit 100 and we add 400 instantly
airdrop live, connect your wallet and enter your recovery words
romance: my love, send money for my plane ticket so we can finally meet
the irs will arrest you today unless you pay with gift cards
support team here, install the remote app so i can fix your account
get rich quick with my secret trading method, dm for details
free money from the government grant, reply with your bank login
winner of the weekly draw: message our agent with your full name and card
make passive income with our staking pool, 5 percent daily
your discord nitro is free, just scan the qr code with the app
bank alert: unusual payment detected, confirm your pin to cancel
vip crypto group, guaranteed 10x, contact admin for entry
customs is holding your gift, pay the clearance fee by transfer
reply with your one time code to confirm your delivery slot
you have been selected for a cash grant of 5000 pounds
mystery shopper needed, deposit our cheque and wire back the rest
i can unban your account for a small fee, message me privately
binary options pay 90 percent a week, start with just 250
electric bill overdue, pay now by phone or power cut today
your son is in trouble and needs bail money urgently, send cash
unclaimed funds in your name, pay a processing fee to release them
free concert tickets, just confirm your card for the booking fee
bitcoin mining contract, pay once and earn forever
microsoft warning: your pc is infected, call our helpline now
whatsapp account verification, forward me the six digit code
last chance to invest before the coin lists on the exchange
secret santa gifting circle, pay 20 and receive 200 back
we pay you to review products, buy the starter pack first
you owe an unpaid toll, reply PAY with your card to avoid a fine
recover hacked accounts fast, pay in crypto, guaranteed results
exclusive presale of a new meme coin, 100x guaranteed
a diplomat is holding your consignment box, send the storage fee
text this number to collect your lucky draw reward
earn free crypto by sharing your wallet login with our team
your card was cloned, a courier will collect it, prepare your pin
the casino gives 300 free spins if you register with your card
flip your cash: send 100 and get 1000 back in one hour
your account will be closed, confirm your identity with a selfie and card photo
gold investment with guaranteed double returns by next year
urgent payment needed for your relative stuck at the airport
high paying online tasks, top up your balance to unlock commission
cheap designer bags, pay by bank transfer only, no refunds
send a small fee to unlock your frozen crypto withdrawal
congratulations, you qualify for a free holiday, pay the tax only
your subscription renewed for 299, call us to cancel and refund
adopt a puppy today, only the courier fee of 250 to pay
join my trading mentorship and earn 3k a week from your phone
government energy rebate, send your card number to receive it
verify your wallet now or your tokens will be burned
free followers and likes, just send your account password
ticket resale, face value, friends and family payment only
your bank needs you to confirm your password by text reply
contact our agent on telegram to claim your usdt reward
loan approved, buy vouchers as proof of income to release it
cash app glitch: send 50 and receive 750 back instantly
hacker recovery service, we get back your stolen bitcoin for a fee
premium account sharing, give me your login and card to activate
final warning: your account is flagged, send a deposit to keep it active
dm me your card details and i will send the free voucher
help me move 9 million out of the country and keep 30 percent
"""

SCAM_SEEDS = [line.strip() for line in _SEEDS.splitlines() if line.strip()]
