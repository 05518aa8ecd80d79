"""Offensive: scams and phishing, mostly without links.

Parcel fees, bank, tax, pension and utility impersonation, police, customs and ID threats,
"hi mum" texts, romance and military stories, advance-fee and inheritance, fake jobs and
reshipping, crypto signals and doubling, prizes, recovery scammers, fake marketplace
buyers and sellers, and fake room admins asking for recovery keys or passwords. Contact
details are invented; some spell digits with letters or spaces.
"""

from __future__ import annotations

_TEXT = """
royal mail: your parcel is held at our depot due to unpaid postage of £1.45. reply PAY to release
evri: we missed you today. a redelivery fee of £2.99 is required. call 07700 900 481
dpd could not deliver your package, customs charge outstanding. text your card no. to 07700900213
your parcel is on hold. pay the 1.99 handling fee within 24h or it returns to sender
usps: your package can't be delivered, incomplete address. reply with your full address and dob
auspost: item awaiting delivery, $3.20 fee owing. reply Y and we'll send the payment form
nipost: your dhl parcel from uk is at lagos customs, pay ₦12,500 clearance to this acct today
india post: your parcel is stuck, update ur kyc by calling 98XX-1X2-3X4 else it will be destroyed
hermes driver here, your parcel needs a £1 fee before i drop it, send card details and i'll do it
final notice: customs duty of £48 unpaid on your package, call O77OO 9OO 6O2 to avoid seizure
HSBC: new payee added to your account. if this wasn't you call us now on 0 7 7 0 0 9 0 0 3 5 5
your barclays account has been suspended due to unusual activity. call fraud team 07700 900 118
lloyds alert: payment of £849 to apple store pending. not you? ring 07700900644 immediately
natwest security: we've frozen your card. reply with your online banking passcode to unfreeze
this is monzo. your account will be closed in 2 hrs unless you verify your pin by replying here
chase fraud dept: did you authorise $1,200 at walmart? reply NO and we'll call to reverse it
commbank: your netbank access is locked. call 0491 570 156 and have your card and password ready
sbi alert: ur yono account is blocked, share otp sent to ur phone to reactivate immediately
dear customer your hdfc netbanking will be suspended today. update pan card by calling 9I23-456-7O8
gtbank: your bvn has been flagged. send your bvn and atm pin to reactivate before 6pm
access bank customer care on whatsapp +234 8O3 000 1I2, your account is restricted, chat now
HMRC: you are owed a tax rebate of £326.42. reply with your bank sort code and account to claim
HMRC final warning: unpaid tax of £1,980. a warrant will be issued unless you call 07700 900 729
IRS notice: you owe back taxes. pay today with google play cards or face arrest, call 555-0143
ATO: there is a legal case against your tax file number. press 1 or call 0491 570 110 today
income tax dept: refund of rs 15,490 approved. send your bank a/c and atm pin to receive it
FIRS: your tin is flagged for evasion. settle ₦85,000 via transfer to avoid prosecution
DWP: your pension payment is on hold. confirm your national insurance number and bank details
your state pension has been overpaid, return £620 today by bank transfer or lose future payments
pension review: you can unlock your pension early at 55% tax free, call our advisor 07700 900 507
british gas: you're due a £150 energy refund. reply with card number and expiry to receive it
octopus energy: direct debit failed. your supply will be cut tonight unless you call 07700900841
tv licensing: your licence has expired. pay £159 within 48 hours or face prosecution, reply YES
thames water: a credit of £87 is on your account, confirm your card to process the refund
bses: dear consumer ur electricity will be disconnected tonight 9.30pm. contact officer 70XX-4X-1X9
ekedc: your prepaid meter is barred. pay reconnection fee to this account before 4pm
this is the met police. your bank card has been cloned. transfer your savings to a safe account
officer here from scotland yard, a suspect had your card. we need you to withdraw cash for evidence
national crime agency: your national insurance number is linked to money laundering. press 1 now
this is customs. a parcel in your name had illegal items. pay the fine or police will come today
your aadhaar is linked to a drug parcel seized by mumbai customs, call cbi officer immediately
fedex mumbai: parcel with passports and mdma in ur name. stay on video call, digital arrest ongoing
this is the FBI. your social security number is suspended due to suspicious activity. call 555-0188
ssa: your ssn will be terminated in 24 hours. press 1 to speak to an officer
afp here, there's a warrant for your arrest for tax fraud. pay the settlement via bitcoin atm
efcc: your account is under investigation. pay ₦50,000 administrative fee to clear your name
immigration office: your visa has an error and you'll be deported unless you pay the correction fee
hi mum this is my new number, phone fell in the loo 🙈 can you save it and message me on whatsapp
hey dad it's me, lost my phone. can you help me pay a bill today? i'll pay you back tomorrow x
mum i'm locked out of my banking app, can you transfer £780 to my mate's account, urgent
hi mummy new number, old one broken. need to pay rent today and my app's not working, can u help
hello mom this is my new number, text me back when you get this. need a favour ❤️
hi it's your son, new number. don't call, mic is broken. just text me pls
nan it's me, i'm in trouble and i need bail money. please don't tell mum
grandma it's your grandson, i was in a car accident abroad and need money for the lawyer
aunty this is emeka, new line. abeg help me with 40k, i go refund sunday
bhaiya new number, my phone got stolen. pls send 5000 on gpay urgent, will return
i was deployed to syria with the UN and i'm looking for an honest woman to share my life with
hello dear, i am a doctor working with the united nations in yemen, i found your profile beautiful
my love, customs are holding my gold bars at the airport, i only need $3,000 to release them
i am a US army general on peacekeeping mission, i need your help to ship my luggage home
sweetheart my bank account is frozen while i'm on the oil rig, can you send itunes cards for now
babe i just need the flight money and then we can finally be together 💕
i'm a widower engineer on an offshore platform, seeking love. send me ur whatsapp
i can't video call because of military security, but i love you. please send $500 for my leave form
my darling i am in hospital in turkey and they won't treat me without deposit, please help
you're the only one i trust. i need you to receive a package for me and forward it
i am barrister james okafor. your late relative left $4.5m with no will. contact me for the claim
dear beneficiary, your compensation fund of $2,500,000 has been approved by the world bank
i am mrs aisha, widow of a late minister. i wish to move $18m into your account for safekeeping
urgent business proposal: you will receive 30% for helping me move funds out of the country
congratulations, you are the next of kin to an unclaimed estate. send your id and a small fee
your ATM card worth $1.5m has been dispatched. pay $250 delivery to the courier
i am the bank manager. a dead client has the same surname as you. let us share the money
we found unclaimed inheritance in your name in spain. our lawyer requires a processing fee of €400
dear friend i am dying of cancer and want to donate my wealth through you to charity
this is the last notification about your lottery winning of £850,000. reply with your details
work from home! earn £300/day liking youtube videos. message @hr_jessica_recruit on telegram
we're hiring parcel inspectors. receive packages at home, reship them abroad, £2,000 a month
amazon part time: rate products, get paid daily. whatsapp our HR manager +44 7700 900 962
job offer: personal assistant to a busy executive. you'll deposit cheques and send the balance back
earn ₹5000 daily from home, no experience. just pay ₹999 registration and start today
remote data entry role, $45/hr, just need to buy the equipment with the cheque we send you
hi, i'm a recruiter from a big agency, your cv is impressive, salary 800 usdt a day, message me
we need money mules! let your account receive payments, keep 10%. dm for details
need someone with a uk bank account to receive payments for my business, easy £500
hotel review job: complete 30 tasks, earn commission. first top up your account with 100 usdt
airline hiring cabin crew in dubai, pay $350 for visa and medical to secure your slot
nigerian customs recruitment 2026 is ongoing, pay ₦30,000 to get your appointment letter
join my forex signal group, 95% accuracy, guaranteed 10x in a week 📈 dm @fx_kingsley
send me 0.1 btc and i'll send back 0.2 within the hour. proven, ask around
elon's giveaway: send any amount of eth to the wallet in my bio and receive double back 🚀
invest £250 today and make £5,000 by friday with our trading bot, limited spots
my account manager turned my $500 into $12,000 in two weeks, message her @crypto_anna_fx
pump alert: next coin 100x at 8pm utc. join our private channel, vip entry 50 usdt
earn 3% daily passive income with our staking pool, withdraw any time. invest now
i'm a crypto expert, let me manage your portfolio, i only take 20% of profits, start with $1000
binary options mentor available, i'll trade for you. deposit to my platform and watch it grow
quantum ai trading: martin lewis backs it! invest £200, earn £1,000 a day, call 07700 900 315
doubled my money in 24 hours with this investment plan, dm me and i'll connect you 💸
guaranteed returns 40% monthly, no risk, government approved scheme, whatsapp only
invest 50k naira get 150k in 7 days. testimonies everywhere, inbox me now
gold investment scheme, 2x returns in 30 days, contact mr sharma 9X8X7X6X5X
congrats! you've won an iphone 17 pro, pay the £2.99 shipping to claim your prize
you are our lucky winner of a £500 tesco voucher. reply with your card to cover the delivery
🎉 you've been selected for a free ps5! just confirm your bank details for verification
instagram giveaway winner!! dm @official_giveaway_team_ with your email and password to claim
congratulations your mobile number won 25 lakh in kbc lottery. call manager rana 88XX-99X-1X1
mtn promo: you have won ₦500,000. send your pin and account number to claim
free robux!! just enter your roblox username and password and we'll load 10,000
discord nitro free for a year, log in with your discord details here and claim it
claim your free steam gift card worth $50, just share your login with our bot
i can recover your lost crypto. i'm a certified blockchain investigator, fee upfront
scammed? we're a fund recovery agency and we've traced your money. pay the release fee
i'm an ethical hacker, i got back $80k for people like you. contact @cyber_recovery_pro
lost money to a fake broker? our lawyers can get it all back, just a 15% advance fee
i saw your post about being scammed. i know someone who can recover your funds, dm me
the fca has frozen the scam company. to release your refund pay the tax of £1,200
is the sofa still available? i'll pay full price, my courier collects, just need your card details
i'll send the money via paypal, you just need to pay the shipping agent first and i'll refund you
interested in your guitar. paid, check your email for the verification code and send it to me
i'll buy the bike but i'm overseas, i'll send a cheque for extra, refund me the difference
selling ps5 brand new sealed £150, bank transfer only, no collection, will post
iphone 16 pro for £300, moving abroad so need quick sale, pay deposit to hold
concert tickets for sale, sold out show! £80 each, friends and family payment only, no paypal g&s
puppies for sale, french bulldogs, £200 deposit to reserve, i'll deliver them to you
flat to rent central london £600/month. i'm abroad, pay deposit and i'll post the keys
renting my house while i work overseas, send first month and deposit to view it
hi i'm the admin of this room. we're upgrading encryption, please reply with your recovery key
room moderator here: your account was flagged. send your password so we can verify it's you
official matrix support: your session will be deleted. share your security phrase to keep messages
element admin here, send me your 4S key and i'll fix your unable to decrypt messages
server admin: we're migrating accounts tonight. dm me your login and password to keep your username
homeserver team here, verify your account by sending your access token to @support-team:matrlx.help
i'm from the mod team, paste the code from your settings > security so we can unlock your account
hey, admin here. bot detected suspicious activity, send your recovery passphrase to restore access
whatsapp support: someone tried to log in. send us the 6 digit code we just texted you
telegram security: your account will be banned, forward the login code to this chat
facebook: your page violates policy. to appeal send your login to meta.support.appeals@gmail.com
paypal: we've limited your account. reply with your email, password and card to restore
amazon: your prime was charged £79. call 07700 900 466 to cancel and get a refund
apple: your icloud is locked due to suspicious sign in. call apple care 555-0172 now
microsoft support: your pc has a virus, call now before your files are deleted
netflix: payment declined, update your details by replying with card number and cvv
dvla: your vehicle tax is overdue, reply with your card to avoid a £1,000 fine
nhs: you're eligible for a free covid booster, confirm your bank details for the admin fee
o2: your bill payment failed, update payment now or your number is disconnected
vodafone rewards: you have 5,000 points expiring today. redeem by replying with your card
ee: you're owed a refund of £26.31, reply with your account number and sort code
jio: ur sim will be blocked in 2 hrs due to kyc pending. call customer care 7XX8XX9XX1
airtel: your line will be barred. dial *7X# and send the code to our agent
ur nin is not linked to your sim, line will be blocked. send nin and bvn to 0803 XXX 1X2X
congratulations! you've been pre-approved for a £5,000 loan, pay a £99 fee first
instant loan no credit check, 5 minutes approval, just pay the insurance upfront
loan app: pay ₦5,000 processing fee and get ₦500,000 within 10 minutes
debt relief program: we'll wipe 80% of your debt, call 07700 900 872 today only
your credit score is at risk. verify your identity by sending your ssn and date of birth
we have your webcam footage. pay $1500 in bitcoin or we send it to all your contacts
i hacked your email. send $900 btc in 48 hours or your secrets go public
your password is in a leak. pay us to remove it or we publish your data
hey, it's your neighbour's son. i'm selling raffle tickets for school, send £20 to my account
charity appeal for flood victims, send donations directly to my personal account, god bless
donate to the orphanage! send airtime or transfer to 0 8 0 3 1 2 3 4 5 6 7
hi i'm stuck at the airport, my wallet was stolen, can you send me £200 for a ticket home
i know this is random but i'm your old schoolmate, i need a quick loan until payday
hey its chris from work, new number. can u buy 4 amazon gift cards for a client, i'll pay u back
this is your ceo. i need you to buy itunes cards for a meeting. keep it confidential
boss here, urgent wire transfer to a new supplier today, details attached, don't call me
accounts: our bank details have changed. please pay this month's invoice to the new account
solicitor here: your house purchase completion funds need to go to our new account today
builder says our account changed, please pay the final £12,000 to this new sort code
your amazon account has been used to buy a £980 iphone. press 1 to speak to fraud
visa security: your card was used in lagos. confirm last 4 digits and cvv to block
your google account will be deleted. verify by sending the code we just texted you
your verification code is 482910. an agent will call you to confirm it, please read it out
i accidentally sent my verification code to your number, can you send it back to me please?
sorry wrong number! but you seem nice. i run a small investment business, want to hear more?
hi is this anna? oh sorry wrong number. nice to meet you though, what do you do for work?
hello, found your number in my contacts, do we know each other? i'm a fashion designer in hong kong
i'm a wine trader in dubai, let me teach you the crypto strategy my uncle uses
want to earn while you sleep? dm me "INFO" and i'll add you to the team 💰
be your own boss, just buy a starter kit for £399 and recruit 3 friends
made £10k this month from home, the secret is in my dms, only 5 spots left
i'll flip your $100 into $1000, cash app only, 100% legit, ask my clients
sugar daddy here, i'll send you $1000 weekly allowance, just pay the $50 activation fee
sugar mummy looking for a young man, send ₦10,000 for registration and get connected
i'll send you $500 for your time, just send me $25 first to verify your card
looking for a loyal sugar baby, weekly $2k, dm me your cashapp and bank login
your facebook account has been selected to receive federal grant of $50,000, contact agent
government grant for seniors: $9,000 free, call 555-0199 and pay the processing fee
free energy grant for all households, apply now with your bank details, ends today
you qualify for the cost of living payment of £650, reply with your bank details to receive it
universal credit: you have an unclaimed payment, verify your nino and bank by replying
pm kisan yojana: receive ₹6000 now, send aadhaar and otp to agent sunil
n-power 2026 payment portal is open, pay ₦2,000 to be captured in the next batch
your package from china is held, a delivery officer will call you. please pay the customs bond
we tried to deliver a parcel. pay the £1.50 fee by bank transfer to sort code 20-00-00 today
your amazon order was returned, to get your refund read us the code on your gift card
hello sir i am calling from your bank, kindly share the otp for your safety
madam, this is amazon refund department. download anydesk so i can process your refund
your computer sent us an error report. install teamviewer and give me the code so i can fix it
our engineer needs remote access to clean the virus, that'll be £299
your broadband will be cut off due to hacking. press 1 to speak to our technician
your internet ip address has been compromised, call bt support 07700 900 393
i'm from the council, you're due a refund for overpaid council tax band, need card details
dear student, your student loan is suspended. update your bank details to avoid cancellation
student finance: your maintenance payment is on hold. reply with your login to release it
ielts certificate without exam, 100% genuine, contact agent on whatsapp
uk visa sponsorship job, pay £3,500 and we'll get you a care worker visa in 2 weeks
canada work permit guaranteed, pay the processing fee today and fly next month
get your driving licence without test! call 07700 900 627
buy followers? we'll verify your account with the blue tick, just give us your password
your instagram has a copyright violation. verify or it'll be deleted. dm @ig.help.centre.team
meta verified team: your account is eligible for the blue tick. send your email and password
youtube partner program: send your login to claim your ad revenue bonus
i'm a talent scout for netflix, we'd love to cast you! small registration fee required
modelling agency here, you've been selected! pay £450 for your portfolio shoot
hey, i'm a photographer, want to buy the rights to your pics for $2000, just send your bank login
i've transferred too much for the item, please send the extra back to my cousin's account
i overpaid you by mistake! please refund the difference via western union
deposit sent! my bank says you need to pay a small fee to unlock it, send it and i'll cover
i'll need the code from your marketplace verification text to prove you're a real seller
gumtree buyer here, i'll send payment through a secure courier, you pay the insurance
send me your address and i'll send a courier for the dress, just pay the courier's £40 fee
it's a gift card scam? no bro this is legit, just buy the steam cards and read me the back
need 3 ebay gift cards, scratch and send pics, i'll pay double tomorrow
selling airpods pro 2 for £40, brand new, just message me your number and card
cheap iphones! all genuine, 70% off, payment first, delivery in 2 days
taylor swift tickets floor seats £120, i can't go anymore, bank transfer and i email them
rolex for £200 real ones from my cousin's shop, deposit first
cheap flights to lagos 60% off! pay to my personal acct and i'll send the ticket
land for sale in lekki with c of o, pay deposit now before viewing, other buyers waiting
dear user, your email storage is full. send your password to the admin to upgrade
it support: mailbox will be deactivated today. reply with username and password to keep it
your office 365 password expires today. reply with your current password to keep it the same
security team: confirm your credentials or lose access to the company vpn
i'm locked out of my account, can you approve the login request that just popped up on your phone?
can you read me the code that just came to your phone? it's for our group verification
your signal safety number changed, verify by sending us your pin
matrix.org support: your account has been reported. send your login to appeal within 24h
mod here, we're doing a key backup check. paste your security key so we can confirm your devices
we're moving the room to a new server, dm me your password so i can transfer your account
new space admin: to stay in the community, verify your identity by sending your recovery phrase
your account is about to be deactivated for spam. reply with your password to keep it
yodel: parcel attempted 2x. reschedule by replying with ur postcode and card, £0.95 fee
amazon logistics: your parcel is damaged, claim compensation by sending your bank details
kindly be informed that your consignment box is with diplomatic agent at jfk, pay $850 clearance
the diplomat with your funds is stranded at heathrow, send £1,700 for the non-terrorism certificate
hello my dear, i am sgt. david miller on duty in afghanistan, will you be my pen friend? 😊
i need $2,000 for my retirement papers and then i'm coming to marry you, trust me
babe the army won't let me withdraw my own pay. can you pay the release fee, i'll send double
my beautiful queen, my ship docks next month, send me amazon cards so i can call you
i'm a surgeon with msf in sudan, the satellite phone is expensive, please top up for me
darling i've sent you a box with jewellery and $250k, pay the courier clearance fee when they call
omo i get connect for canada visa, pay me 800k i go process am sharp sharp
i fit double your money for 24hrs, my oga for cbn dey give us inside info, send 100k
abeg send your atm number and the 3 digit behind, i wan help you claim the palliative money
bro i'm from glo promo team, you won car, send recharge card of 10k for processing
sir your sim card will deactivate within 24 hours, press 9 to speak with trai officer
madam, cyber cell calling. there's fir against your number. pay fine through upi or get arrested
electricity bill not updated, ur connection will be cut tonight. call 8X1X2X3X4X immediately
your paytm kyc expired, download quicksupport app and give me the code, i'll update
hey mate, the mygov team here, you're owed a centrelink bonus, reply with ur login to claim
linkt: you have an unpaid toll of $6.89, reply with card details to avoid a fine
medicare: your card is expiring, confirm your details and bsb to receive your new one
aussie broadband: your nbn service will be disconnected, call 0491 570 159 to keep it
toll invoice overdue. pay now or a $200 penalty applies. reply PAY
e-zpass: your toll balance is unpaid. pay $4.15 today to avoid late fees, reply Y
bank of america: suspicious login detected. text back the code we sent to secure your account
wells fargo: your debit card is locked. call 5 5 5 - 0 1 2 6 to unlock it
coinbase support: a withdrawal of 0.5 btc was requested. if not you, call 555-0157 right away
binance security: your account will be frozen. send your 2fa backup codes to our agent
metamask support here! send your 12 word seed phrase and i'll restore your wallet in minutes
trust wallet team: your wallet is out of sync. dm us your recovery phrase to validate it
ledger: your device has been compromised in a data breach. enter your 24 words to secure funds
airdrop alert 🪂 connect your wallet and share the seed to claim 5,000 free tokens
wanna join my mining pool? deposit 500 usdt and earn 2x in 10 days, proof in my stories
my uncle works at a hedge fund, a coin is mooning tomorrow, send me your money and i'll buy for you
bitcoin atm guy here, deposit your cash into the machine and i'll keep it safe from the bank
we are hiring! secret shopper job, we send you a cheque, you buy gift cards and send us the codes
package handling from home, we send you electronics, you relabel them and post them to russia
urgent! need 10 people to work as payment processors, only requirement is a bank account
instagram promoter job, earn $500/week, you just pay the $49 training fee first
tiktok like and follow task, 200 rupees per task. join telegram @tasks_daily_earn, deposit for vip
your grandson asked me to call, he's in jail. the bail bondsman will come collect cash from you
hi gran, it's lily, i'm in spain and my bag was stolen. please send money through moneygram
dad can you send £150 to this account? it's a friend's, mine's frozen. don't ring, in a lecture
hello this is the landlord, pay this month's rent to my new account, the old one is closed
please pay the nursery fees to our new bank account from this month, details below
hi mate, need to ask a favour, can u send a few quid to this acct, will explain later
grab a bargain! brand new dyson airwrap £60, only 3 left, payment by bank transfer
for sale: 2019 golf, £1,800, i'm deployed overseas so pay via ebay motors escrow and it's shipped
kittens free to a good home, just pay the £150 pet transport fee 🐱
hi, still available? can i pay with zelle? zelle says you must upgrade to business, send $300
i'll pay extra for the camera if you send it first, my nephew will collect
hi admin of this room here, reply with your login so i can restore your room permissions
trust & safety here. to avoid suspension, send your password and email to safety.desk@mx-verify.net
support bot: your messages are failing to decrypt. reply with your recovery key to re-sync
hi it's the room owner, i'm doing a security audit, everyone needs to send their passphrase to me
this room is being archived. to keep access, dm @admin.helpdesk with your matrix password
"""

LINES: list[str] = [line.strip() for line in _TEXT.splitlines() if line.strip()]
